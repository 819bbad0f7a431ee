import * as z from "zod/mini";
import type { LocalizedText, Path } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { Tracer } from "../explain/_trace.js";
import type { Decision, RuleNotFound } from "../explain/types.js";
import type { PovertyStandard } from "../standards/types.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import { standardStep } from "../standards/_standardStep.js";
import { FormATracer, evaluateFormA, traceFormANotFound, type ResolvedFormA } from "./_formARule.js";
import { issue, step } from "./_messages.js";

/**
 * The answers of Phiếu A, the quick identification form (phiếu nhận dạng nhanh), without the standard.
 *
 * @example
 * ```ts
 * const a: FormAAnswers = { reviewed: 1, criteria: [1, 0, 0, 1, 0, 0, 0, 1, 0] };
 * ```
 * @category Forms
 */
export interface FormAAnswers {
  /** Column (0): 1 = the household is reviewed; 0 = not reviewed, stop here. */
  readonly reviewed: 0 | 1;
  /** Columns 1–n, by position: 1 if the household has the criterion, 0 if not. Required when `reviewed` is 1. */
  readonly criteria?: readonly (0 | 1)[];
  /** The official wording of each criterion, by position (optional; the rule does not depend on it). */
  readonly labels?: readonly LocalizedText[];
}

/**
 * The input of {@link screenFormA}: the standard and the Phiếu A answers (phiếu A).
 *
 * @example
 * ```ts
 * const input: ScreenFormAInput = { standard: "2021-2025", reviewed: 1, criteria: [0, 0, 1, 0, 0, 1, 0, 1, 0] };
 * ```
 * @category Forms
 */
export interface ScreenFormAInput extends FormAAnswers {
  /** The standard: an id (`"2021-2025"`) or a standard object. */
  readonly standard: string | PovertyStandard;
}

/**
 * What Phiếu A decides (kết quả nhận dạng nhanh).
 *
 * @remarks
 * - `not_reviewed`: column (0) is 0; the household is not reviewed further.
 * - `stop`: column E (the number of criteria the household has) is at or above the standard's stop count; code 0,
 *   the household is not scored on Phiếu B (it is neither poor nor near-poor).
 * - `score_on_form_b`: E is below the stop count; code 1, the household is scored on Phiếu B.
 * - `rule_not_found`: the standard has no sourced Phiếu A rule (2027–2030); `standard` names it.
 *
 * @example
 * ```ts
 * const o: FormAOutcome = { kind: "score_on_form_b", total: 3, code: 1 };
 * ```
 * @category Forms
 */
export type FormAOutcome =
  | { readonly kind: "not_reviewed" }
  | { readonly kind: "stop"; readonly total: number; readonly code: 0 }
  | { readonly kind: "score_on_form_b"; readonly total: number; readonly code: 1 }
  | RuleNotFound<"form_a_rule_not_found">;

/** A sanity bound on the number of Phiếu A criteria when the standard does not fix it (2016–2020). */
export const MAX_CRITERIA = 50;
const bit = z.union([z.literal(0), z.literal(1)]);

/** The Phiếu A fields of an input, as parsed. */
export const formAFieldsSchema = z.strictObject({
  reviewed: bit,
  criteria: z.optional(z.array(bit).check(z.maxLength(MAX_CRITERIA))),
  labels: z.optional(z.array(z.strictObject({ vi: z.string(), en: z.string() })).check(z.maxLength(MAX_CRITERIA))),
});

/**
 * Validates Phiếu A answers against a standard's rule. The criteria count is checked only when the standard has
 * one (2022–2025: 9); a standard without a Phiếu A rule accepts the answers (the decision then refuses).
 */
export function resolveFormA(standard: PovertyStandard, fields: z.output<typeof formAFieldsSchema>, path: Path): SafeResult<ResolvedFormA> {
  const expected = standard.scoring.formA?.criteriaCount?.value;
  const criteria = fields.criteria ?? [];
  const issues: Issue[] = [];
  if (fields.reviewed === 1 && fields.criteria === undefined) issues.push(issue("form_a_criteria_required", [...path, "criteria"], {}));
  else if (fields.criteria !== undefined && expected !== undefined && criteria.length !== expected) {
    issues.push(issue("wrong_criteria_count", [...path, "criteria"], { standard: standard.id, expected, received: criteria.length }));
  }
  if (fields.labels !== undefined && fields.labels.length !== criteria.length) {
    issues.push(issue("labels_length_mismatch", [...path, "labels"], { labels: fields.labels.length, criteria: criteria.length }));
  }
  if (issues.length > 0) return { ok: false, issues };
  let total = 0;
  for (const c of criteria) total += c;
  return { ok: true, value: { reviewed: fields.reviewed === 1, criteria, total, labels: fields.labels } };
}

/** The schema of {@link ScreenFormAInput}: the standard and the Phiếu A answers. */
export const screenFormAInputSchema = z.extend(formAFieldsSchema, { standard: standardRefSchema });

const OUTCOME_NOT_REVIEWED: FormAOutcome = Object.freeze({ kind: "not_reviewed" });

/**
 * Screens a household with Phiếu A, the quick identification form (nhận dạng nhanh bằng Phiếu A), returning the
 * issues when the input is bad.
 *
 * @remarks
 * 2022–2025 (the commune guide Hướng dẫn 01/HD-BCĐ under Circular 07/2021/TT-BLĐTBXH, Mục I.2 Bước 1): column (0)
 * = 0 → not reviewed, stop; = 1 → the nine criteria columns are answered 0/1 by position; column E is their sum;
 * E ≥ 4 → code 0, stop (not scored); E < 4 → code 1, go on to Phiếu B. Exactly 9 criteria
 * (`wrong_criteria_count` otherwise). 2016–2020 (Circular 17/2016/TT-BLĐTBXH, Phụ lục 3a): the number of criteria
 * was not found, so any number of 0/1 answers is accepted; 3 or more stops. Both counts are read from the standard's
 * `scoring.formA`. 2027–2030: no Phiếu A rule was found → `rule_not_found`. The criteria's wording is the caller's
 * (optional `labels`); the library works by position.
 *
 * @param input - standard, column (0), the criteria, optional labels.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeScreenFormA({ standard: "2021-2025", reviewed: 1, criteria: [1, 1, 1] });
 * r.ok; //=> false (wrong_criteria_count: 2022–2025 has 9 criteria)
 * ```
 * @category Forms
 */
export function safeScreenFormA(input: ScreenFormAInput): SafeResult<Decision<FormAOutcome>> {
  return guardSafe(() => {
    const parsed = safeParseWith(screenFormAInputSchema, input);
    if (!parsed.ok) return parsed;
    const standard = parsed.value.standard;
    const a = resolveFormA(standard, parsed.value, []);
    if (!a.ok) return a;
    const t = new Tracer();
    t.add(standardStep(standard));
    const rule = standard.scoring.formA;
    if (!rule) {
      traceFormANotFound(t, standard);
      const outcome: FormAOutcome = { kind: "rule_not_found", reason: "form_a_rule_not_found", standard: standard.id };
      const final = t.add(step({ rule: "form_a.outcome", code: "form_a_outcome_rule_not_found", params: { kind: "rule_not_found", total: null }, result: "rule_not_found", citations: [], status: "confirmed" }));
      return { ok: true, value: { outcome, explanation: t.finish("screen_form_a", standard.id, final.message) } };
    }
    const r = evaluateFormA(rule, a.value, new FormATracer(t, standard, rule));
    const outcome: FormAOutcome = r === "not_reviewed" ? OUTCOME_NOT_REVIEWED : r === "stop" ? { kind: "stop", total: a.value.total, code: 0 } : { kind: "score_on_form_b", total: a.value.total, code: 1 };
    const total = outcome.kind === "stop" || outcome.kind === "score_on_form_b" ? outcome.total : null;
    const final = t.add(
      step({
        rule: "form_a.outcome",
        code: r === "not_reviewed" ? "form_a_outcome_not_reviewed" : r === "stop" ? "form_a_outcome_stop" : "form_a_outcome_score_on_form_b",
        params: { kind: outcome.kind as "not_reviewed" | "stop" | "score_on_form_b", total },
        result: outcome.kind,
        citations: [rule.stopAtOrAbove.citation],
        status: rule.stopAtOrAbove.status,
      }),
    );
    return { ok: true, value: { outcome, explanation: t.finish("screen_form_a", standard.id, final.message) } };
  });
}

/**
 * Screens a household with Phiếu A (nhận dạng nhanh bằng Phiếu A); throws on bad input.
 *
 * @remarks See {@link safeScreenFormA} for the rule per standard.
 * @param input - standard, column (0), the criteria, optional labels.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * // E = 3 < 4: code 1, scored on Phiếu B (Hướng dẫn 01/HD-BCĐ, Mục I.2 Bước 1)
 * screenFormA({ standard: "2021-2025", reviewed: 1, criteria: [1, 1, 1, 0, 0, 0, 0, 0, 0] }).outcome;
 * //=> { kind: "score_on_form_b", total: 3, code: 1 }
 * ```
 * @category Forms
 */
export function screenFormA(input: ScreenFormAInput): Decision<FormAOutcome> {
  return unwrap(safeScreenFormA(input), "screenFormA");
}
