import * as z from "zod";
import type { SafeResult } from "../errors/Issue.js";
import { safeParseWith } from "../_lib/issues.js";
import { standardRefSchema } from "../_lib/standardRef.js";
import type { Area, PovertyStandard } from "../standards/types.js";
import { REGION_KEYS, type SocioEconomicRegion } from "../household/regions.js";
import { formAFieldsSchema, resolveFormA, type ResolvedFormA } from "../forms/formA.js";
import { b1FieldsSchema, resolveB1, type ResolvedB1 } from "../forms/scoreB1.js";
import { b2FieldsSchema, resolveB2, type ResolvedB2 } from "../forms/scoreB2.js";
import { FORM_A_ABSENT, FORM_A_NOT_REVIEWED, OUTCOMES, SCORE_ABSENT, decideScores, scoreRule, type NoScoreRule, type ScoreRule } from "./scoreRule.js";
import type { HouseholdClassOutcome } from "./classifyHousehold.js";

/** A validated classifyHousehold input. */
export interface ResolvedHousehold {
  readonly standard: PovertyStandard;
  readonly area: Area;
  readonly region: SocioEconomicRegion | undefined;
  readonly formA: ResolvedFormA | undefined;
  readonly b1: ResolvedB1 | undefined;
  readonly b2: ResolvedB2 | undefined;
  readonly rule: ScoreRule | NoScoreRule;
}

const shape = z
  .object({
    standard: standardRefSchema,
    area: z.enum(["rural", "urban"]),
    region: z.enum(REGION_KEYS).optional(),
    formA: formAFieldsSchema.optional(),
    b1: z.unknown().optional(),
    b2: z.unknown().optional(),
  })
  .strict();
const score = z.number().int().nonnegative();

/** Validates and resolves a classifyHousehold input (the shape, the standard, then each form). */
export function resolveHousehold(input: unknown): SafeResult<ResolvedHousehold> {
  const parsed = safeParseWith(shape, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const standard = v.standard;
  let formA: ResolvedFormA | undefined;
  if (v.formA !== undefined) {
    const a = resolveFormA(standard, v.formA, ["formA"]);
    if (!a.ok) return a;
    formA = a.value;
  }
  let b1: ResolvedB1 | undefined;
  if (v.b1 !== undefined) {
    if (typeof v.b1 === "number" || typeof v.b1 !== "object" || v.b1 === null) {
      const n = safeParseWith(score, v.b1, ["b1"]);
      if (!n.ok) return n;
      b1 = { kind: "total", total: n.value };
    } else {
      const f = safeParseWith(b1FieldsSchema, v.b1, ["b1"]);
      if (!f.ok) return f;
      const r = resolveB1(standard, v.area, v.region, f.value, ["b1"], []);
      if (!r.ok) return r;
      b1 = r.value;
    }
  }
  let b2: ResolvedB2 | undefined;
  if (v.b2 !== undefined) {
    const fields = typeof v.b2 === "number" || typeof v.b2 !== "object" || v.b2 === null ? safeParseWith(score, v.b2, ["b2"]) : safeParseWith(b2FieldsSchema, v.b2, ["b2"]);
    if (!fields.ok) return fields;
    if (standard.scoring.b2) {
      const r = typeof fields.value === "number" ? resolveB2(standard, { total: fields.value }, ["b2"], ["b2"]) : resolveB2(standard, fields.value, ["b2"]);
      if (!r.ok) return r;
      b2 = r.value;
    }
  }
  return { ok: true, value: { standard, area: v.area, region: v.region, formA, b1, b2, rule: scoreRule(standard, v.area) } };
}

/** The Phiếu A state for the core rule. */
export function formAState(a: ResolvedFormA | undefined): number {
  if (!a) return FORM_A_ABSENT;
  return a.reviewed ? a.total : FORM_A_NOT_REVIEWED;
}

/** Decides the class of a resolved household, without an explanation. */
export function decideHousehold(r: ResolvedHousehold): HouseholdClassOutcome {
  const rule = r.rule;
  if (typeof rule === "string") return rule === "b1_cutoff_not_found" ? OUTCOMES.noCutoff : OUTCOMES.noLocalCutoff;
  const fa = formAState(r.formA);
  if (fa === FORM_A_NOT_REVIEWED || fa >= rule.formAStop) return decideScores(rule, fa, SCORE_ABSENT, SCORE_ABSENT);
  if (r.b1?.kind === "missing") return { kind: "undetermined", missing: r.b1.missing.map((m) => `b1.answers.${m}`) };
  const b1 = r.b1 ? r.b1.total : SCORE_ABSENT;
  if (b1 !== SCORE_ABSENT && b1 <= rule.cutoff && b1 > rule.poorByIncome && r.b2?.kind === "missing") {
    return { kind: "undetermined", missing: r.b2.missing.map((k) => `b2.answers.${k}`) };
  }
  const b2 = r.b2?.kind === "scored" ? r.b2.total : SCORE_ABSENT;
  return decideScores(rule, fa, b1, b2);
}
