// The input of classification from the forms: its schema, its full resolution (with issues), and a fast twin
// for ordinary valid inputs. Private.
import * as z from "zod/mini";
import type { Area } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { safeParseWith } from "../_lib/issues.js";
import type { PovertyStandard } from "../standards/types.js";
import { lookupStandard, standardRefSchema } from "../standards/_resolveStandard.js";
import { indicatorKeySet } from "../standards/_indicatorKeys.js";
import { REGION_KEYS, type SocioEconomicRegion } from "../household/regions.js";
import { MAX_CRITERIA, formAFieldsSchema, resolveFormA, type FormAAnswers } from "../forms/formA.js";
import type { ResolvedFormA } from "../forms/_formARule.js";
import { b1FieldsSchema, resolveB1, type ResolvedB1 } from "../forms/_b1.js";
import { b2FieldsSchema, resolveB2, type ResolvedB2 } from "../forms/_b2.js";
import type { B1Entry, B2Entry } from "../forms/types.js";
import { scoreRule, type NoScoreRule, type ScoreFacts, type ScoreRule } from "./_householdRule.js";

/**
 * The input of {@link classifyHousehold} (phân loại hộ theo Phiếu A và Phiếu B).
 *
 * @example
 * ```ts
 * const input: ClassifyHouseholdInput = {
 *   standard: "2021-2025", area: "rural",
 *   formA: { reviewed: 1, criteria: [0, 1, 0, 0, 1, 0, 0, 0, 0] },
 *   b1: 138,
 *   b2: { deprivations: ["healthInsurance", "sanitation", "housingArea"] },
 * };
 * ```
 * @category Classification
 */
export interface ClassifyHouseholdInput {
  /** The standard: an id (`"2021-2025"`) or a standard object. */
  readonly standard: string | PovertyStandard;
  /** Rural (nông thôn) or urban (thành thị). */
  readonly area: Area;
  /** The socio-economic region (for a B1 scorecard with regional sheets). */
  readonly region?: SocioEconomicRegion;
  /** Phiếu A answers; when absent the decision starts from Phiếu B. */
  readonly formA?: FormAAnswers;
  /** B1: the total (a number or `{ total }`) or scorecard answers. */
  readonly b1?: number | B1Entry;
  /** B2: the total in points (a number or `{ total }`), per-indicator answers, the deprived keys, or their count. */
  readonly b2?: number | B2Entry;
}

/** A validated classifyHousehold input: the standard, the area, the forms, and the score rule. */
export interface ResolvedHousehold extends ScoreFacts {
  readonly standard: PovertyStandard;
  readonly area: Area;
  readonly region: SocioEconomicRegion | undefined;
  readonly rule: ScoreRule | NoScoreRule;
}

/** The schema of {@link ClassifyHouseholdInput}'s shape; `b1` and `b2` are checked in steps by {@link resolveFull}. */
export const classifyHouseholdShape = z.strictObject({
  standard: standardRefSchema,
  area: z.enum(["rural", "urban"]),
  region: z.optional(z.enum(REGION_KEYS)),
  formA: z.optional(formAFieldsSchema),
  b1: z.optional(z.unknown()),
  b2: z.optional(z.unknown()),
});
/** A form score given as a number: a whole number of points, 0 or more. */
export const scoreSchema = z.int().check(z.nonnegative());

function isEntryObject(v: unknown): boolean {
  return typeof v === "object" && v !== null;
}

/** Validates and resolves an input with the schemas (the shape, the standard, then each form), with issues. */
export function resolveFull(input: unknown): SafeResult<ResolvedHousehold> {
  const parsed = safeParseWith(classifyHouseholdShape, input);
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
    if (!isEntryObject(v.b1)) {
      const n = safeParseWith(scoreSchema, v.b1, ["b1"]);
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
    const fields = isEntryObject(v.b2) ? safeParseWith(b2FieldsSchema, v.b2, ["b2"]) : safeParseWith(scoreSchema, v.b2, ["b2"]);
    if (!fields.ok) return fields;
    if (standard.scoring.b2) {
      const r = typeof fields.value === "number" ? resolveB2(standard, { total: fields.value }, ["b2"], ["b2"]) : resolveB2(standard, fields.value, ["b2"]);
      if (!r.ok) return r;
      b2 = r.value;
    }
  }
  return { ok: true, value: { standard, area: v.area, region: v.region, formA, b1, b2, rule: scoreRule(standard, v.area) } };
}

/** Mutable facts that the bulk path fills record after record (no allocation per record). */
export interface FactsScratch {
  readonly formA: { reviewed: boolean; criteria: readonly (0 | 1)[]; total: number; labels: undefined };
  readonly b1: { kind: "total"; total: number };
  readonly b2: { kind: "scored"; total: number; count: number; deprived: readonly string[] | undefined; answers: { readonly [k: string]: boolean } | undefined };
}

/** A new scratch. */
// Stryker disable all: equivalent — every field of the scratch is written before it is read (and without a scratch the facts are fresh)
export function newScratch(): FactsScratch {
  return { formA: { reviewed: false, criteria: [], total: 0, labels: undefined }, b1: { kind: "total", total: 0 }, b2: { kind: "scored", total: 0, count: 0, deprived: undefined, answers: undefined } };
}
// Stryker restore all

const FIELDS = new Set(["standard", "area", "region", "formA", "b1", "b2"]);
const FORM_A_KEYS = new Set(["reviewed", "criteria", "labels"]);
const REGIONS: ReadonlySet<string> = new Set(REGION_KEYS);

function isScore(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function isRecord(v: unknown): v is { readonly [k: string]: unknown } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The one key of a record, or undefined when it has not exactly one (keys with an undefined value ignored). */
function soleKey(o: { readonly [k: string]: unknown }): string | undefined {
  let found: string | undefined;
  // for…in with an own-key test visits the same keys as Object.keys without allocating an array per household
  for (const k in o) {
    if (!Object.hasOwn(o, k) || o[k] === undefined) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/** The fast resolution's result: the facts (in the scratch, or fresh), with the standard and rule. */
export interface FastHousehold {
  standard: PovertyStandard;
  area: Area;
  region: SocioEconomicRegion | undefined;
  rule: ScoreRule;
  formA: ResolvedFormA | undefined;
  b1: ResolvedB1 | undefined;
  b2: ResolvedB2 | undefined;
}

/**
 * The fast twin of {@link resolveFull} for ordinary valid inputs (no scorecard, no labels, a national or already
 * built standard with a score rule): fills `out` and returns true, or returns false when the input is anything
 * else (then the full path decides and reports the issues). With `scratch`, the facts are written into it (the
 * bulk path); without, they are fresh. A property test proves that whenever this accepts, the full path gives the
 * same facts.
 * `fields` restricts the record's keys: the bulk path allows other fields (a household code).
 */
export function resolveFast(
  input: unknown,
  out: FastHousehold,
  scratch: FactsScratch | undefined,
  allowOtherFields: boolean,
  lookup: (ref: unknown) => PovertyStandard | undefined = lookupStandard,
): boolean {
  if (!isRecord(input)) return false;
  if (!allowOtherFields) for (const k of Object.keys(input)) if (!FIELDS.has(k)) return false;
  const standard = lookup(input["standard"]);
  if (standard === undefined) return false;
  const area = input["area"];
  if (area !== "rural" && area !== "urban") return false;
  const region = input["region"];
  if (region !== undefined && (typeof region !== "string" || !REGIONS.has(region))) return false;
  const rule = scoreRule(standard, area);
  if (typeof rule === "string") return false;
  out.standard = standard;
  out.area = area;
  // read once: a getter may answer differently the second time
  out.region = region as SocioEconomicRegion | undefined;
  out.rule = rule;
  // Phiếu A
  const fa = input["formA"];
  out.formA = undefined;
  if (fa !== undefined) {
    if (!isRecord(fa)) return false;
    for (const k of Object.keys(fa)) if (!FORM_A_KEYS.has(k) || (k === "labels" && fa[k] !== undefined)) return false;
    const reviewed = fa["reviewed"];
    const criteria = fa["criteria"];
    if (reviewed !== 0 && reviewed !== 1) return false;
    let total = 0;
    if (criteria !== undefined) {
      if (!Array.isArray(criteria) || criteria.length > MAX_CRITERIA) return false;
      const expected = standard.scoring.formA?.criteriaCount?.value;
      if (expected !== undefined && criteria.length !== expected) return false;
      for (let i = 0; i < criteria.length; i++) {
        const c: unknown = criteria[i];
        if (c !== 0 && c !== 1) return false;
        total += c;
      }
    } else if (reviewed === 1) return false;
    const list = (criteria ?? []) as readonly (0 | 1)[];
    // Stryker disable next-line ConditionalExpression: equivalent — writing fresh facts instead of the scratch gives the same facts
    if (scratch) {
      const a = scratch.formA;
      a.reviewed = reviewed === 1;
      a.criteria = list;
      a.total = total;
      out.formA = a;
    } else out.formA = { reviewed: reviewed === 1, criteria: [...list], total, labels: undefined };
  }
  // B1: a total, as a number or { total }
  const b1 = input["b1"];
  out.b1 = undefined;
  if (b1 !== undefined) {
    let total: unknown = b1;
    if (isRecord(b1)) {
      if (soleKey(b1) !== "total" || Object.keys(b1).some((k) => k !== "total")) return false;
      total = b1["total"];
    }
    if (!isScore(total)) return false;
    // Stryker disable next-line ConditionalExpression: equivalent — writing fresh facts instead of the scratch gives the same facts
    if (scratch) {
      scratch.b1.total = total;
      out.b1 = scratch.b1;
    } else out.b1 = { kind: "total", total };
  }
  // B2: a total, answers, a list or a count
  const b2 = input["b2"];
  out.b2 = undefined;
  if (b2 !== undefined) {
    const ppi = rule.b2.pointsPerIndicator.value;
    const n = rule.indicatorCount;
    let total: number;
    let count: number;
    let deprived: readonly string[] | undefined;
    let answers: { readonly [k: string]: boolean } | undefined;
    if (!isRecord(b2)) {
      if (!isScore(b2) || b2 % ppi !== 0 || b2 > ppi * n) return false;
      total = b2;
      count = b2 / ppi;
    } else {
      const key = soleKey(b2);
      if (key === undefined) return false;
      if (key !== "total" && key !== "answers" && key !== "deprivations" && key !== "deprivationCount") return false;
      const v = b2[key];
      if (key === "total") {
        if (!isScore(v) || v % ppi !== 0 || v > ppi * n) return false;
        total = v;
        count = v / ppi;
      } else if (key === "deprivationCount") {
        if (!isScore(v) || v > n) return false;
        count = v;
        total = v * ppi;
      } else if (key === "deprivations") {
        if (!Array.isArray(v) || v.length > 100) return false;
        const known = indicatorKeySet(standard);
        for (let i = 0; i < v.length; i++) {
          const k: unknown = v[i];
          if (typeof k !== "string" || !known.has(k)) return false;
          for (let j = 0; j < i; j++) if (v[j] === k) return false;
        }
        count = v.length;
        total = count * ppi;
        deprived = scratch ? (v as string[]) : [...(v as string[])];
      } else {
        if (!isRecord(v)) return false;
        const known = indicatorKeySet(standard);
        for (const k of Object.keys(v)) if (!known.has(k) || typeof v[k] !== "boolean") return false;
        const list: string[] = [];
        let missing: string[] | undefined;
        for (const ind of standard.indicators) {
          const x = v[ind.key];
          if (x === undefined) (missing ??= []).push(ind.key);
          else if (x === true) list.push(ind.key);
        }
        if (missing !== undefined) {
          out.b2 = { kind: "missing", missing };
          return true;
        }
        deprived = list;
        answers = scratch ? (v as { readonly [k: string]: boolean }) : { ...(v as { readonly [k: string]: boolean }) };
        count = list.length;
        total = count * ppi;
      }
    }
    // Stryker disable next-line ConditionalExpression: equivalent — writing fresh facts instead of the scratch gives the same facts
    if (scratch) {
      const s = scratch.b2;
      s.total = total;
      s.count = count;
      s.deprived = deprived;
      s.answers = answers;
      out.b2 = s;
    } else out.b2 = { kind: "scored", total, count, deprived, answers };
  }
  return true;
}

/** Resolves an input: the fast path for ordinary valid inputs, the schemas for everything else. */
export function resolveHouseholdInput(input: unknown): SafeResult<ResolvedHousehold> {
  const out = {} as FastHousehold;
  // Stryker disable all: equivalent — the fast path: an input it declines, or every input if it is skipped, goes through the full validation, which gives the same resolution (fastPaths.test.ts and the property test prove the two agree)
  let ok = false;
  try {
    ok = resolveFast(input, out, undefined, false);
  } catch {
    ok = false; // a getter that throws, a revoked Proxy: the full path reports it
  }
  if (!ok) return resolveFull(input);
  // Stryker restore all
  return { ok: true, value: { standard: out.standard, area: out.area, region: out.region, formA: out.formA, b1: out.b1, b2: out.b2, rule: out.rule } };
}
