import * as z from "zod";
import type { ExplanationStep, LocalizedText } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { addDomainIssue, safeParseWith, unwrap } from "../_lib/issues.js";
import { standardRefSchema } from "../_lib/standardRef.js";
import { Tracer, step } from "../_lib/trace.js";
import { str, type MessageParams } from "../_lib/messages.js";
import type { PovertyStandard } from "../standards/types.js";
import { standardStep, type Decision } from "../classify/classifyByIncome.js";

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
 * - `rule_not_found`: the standard has no sourced Phiếu A rule (2027–2030).
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
  | { readonly kind: "rule_not_found"; readonly reason: "form_a_rule_not_found" };

/** Phiếu A answers after validation. */
export interface ResolvedFormA {
  readonly reviewed: boolean;
  readonly criteria: readonly (0 | 1)[];
  readonly total: number;
  readonly labels: readonly LocalizedText[] | undefined;
}

/** A sanity bound on the number of Phiếu A criteria when the standard does not fix it (2016–2020). */
export const MAX_CRITERIA = 50;
const bit = z.union([z.literal(0), z.literal(1)]);
export const formAFieldsSchema = z
  .object({
    reviewed: bit,
    criteria: z.array(bit).max(MAX_CRITERIA).optional(),
    labels: z.array(z.object({ vi: z.string(), en: z.string() }).strict()).max(MAX_CRITERIA).optional(),
  })
  .strict();

const WRONG_COUNT = {
  vi: (p: MessageParams) => `Phiếu A của chuẩn ${str(p["standard"])} có đúng ${str(p["expected"])} tiêu chí (cột 1–${str(p["expected"])}); nhận được ${str(p["received"])}.`,
  en: (p: MessageParams) => `Phiếu A under standard ${str(p["standard"])} has exactly ${str(p["expected"])} criteria (columns 1–${str(p["expected"])}); received ${str(p["received"])}.`,
};
const CRITERIA_REQUIRED = {
  vi: () => "hộ được rà soát (cột 0 = 1) thì phải ghi các tiêu chí (criteria).",
  en: () => "a reviewed household (column 0 = 1) needs its criteria answers.",
};
const LABELS_LENGTH = {
  vi: (p: MessageParams) => `số nhãn (${str(p["labels"])}) phải bằng số tiêu chí (${str(p["criteria"])}).`,
  en: (p: MessageParams) => `the number of labels (${str(p["labels"])}) must equal the number of criteria (${str(p["criteria"])}).`,
};

/**
 * Validates Phiếu A answers against a standard's rule. The criteria count is checked only when the standard has
 * one (2022–2025: 9); a standard without a Phiếu A rule accepts the answers (the decision then refuses).
 */
export function resolveFormA(standard: PovertyStandard, fields: z.output<typeof formAFieldsSchema>, path: readonly (string | number)[]): SafeResult<ResolvedFormA> {
  const expected = standard.scoring.formA?.criteriaCount?.value;
  const criteria = fields.criteria ?? [];
  const check = z.unknown().superRefine((_, ctx) => {
    if (fields.reviewed === 1 && fields.criteria === undefined) addDomainIssue(ctx, "form_a_criteria_required", [...path, "criteria"], CRITERIA_REQUIRED, {});
    else if (fields.criteria !== undefined && expected !== undefined && criteria.length !== expected) {
      addDomainIssue(ctx, "wrong_criteria_count", [...path, "criteria"], WRONG_COUNT, { standard: standard.id, expected, received: criteria.length });
    }
    if (fields.labels !== undefined && fields.labels.length !== criteria.length) {
      addDomainIssue(ctx, "labels_length_mismatch", [...path, "labels"], LABELS_LENGTH, { labels: fields.labels.length, criteria: criteria.length });
    }
  });
  const r = safeParseWith(check, null);
  if (!r.ok) return r;
  let total = 0;
  for (const c of criteria) total += c;
  return { ok: true, value: { reviewed: fields.reviewed === 1, criteria, total, labels: fields.labels } };
}

const NOT_REVIEWED: FormAOutcome = Object.freeze({ kind: "not_reviewed" });
const NOT_FOUND: FormAOutcome = Object.freeze({ kind: "rule_not_found", reason: "form_a_rule_not_found" });

/** Decides Phiếu A without an explanation. */
export function decideFormA(standard: PovertyStandard, a: ResolvedFormA): FormAOutcome {
  const rule = standard.scoring.formA;
  if (!rule) return NOT_FOUND;
  if (!a.reviewed) return NOT_REVIEWED;
  return a.total >= rule.stopAtOrAbove.value ? { kind: "stop", total: a.total, code: 0 } : { kind: "score_on_form_b", total: a.total, code: 1 };
}

const M = {
  column0: {
    vi: (p: MessageParams) => (p["reviewed"] ? "Phiếu A, cột (0) = 1: hộ được rà soát, ghi các cột tiêu chí." : "Phiếu A, cột (0) = 0: hộ không rà soát, ngừng rà soát hộ này."),
    en: (p: MessageParams) => (p["reviewed"] ? "Phiếu A, column (0) = 1: the household is reviewed; the criteria columns are filled in." : "Phiếu A, column (0) = 0: the household is not reviewed; its review stops here."),
  },
  criteriaCount: {
    vi: (p: MessageParams) => `Phiếu A có ${str(p["expected"])} tiêu chí (cột 1–${str(p["expected"])}); đã ghi ${str(p["received"])}.`,
    en: (p: MessageParams) => `Phiếu A has ${str(p["expected"])} criteria (columns 1–${str(p["expected"])}); ${str(p["received"])} answered.`,
  },
  criterion: {
    vi: (p: MessageParams) => `Cột ${str(p["column"])}${p["labelVi"] ? ` (${str(p["labelVi"])})` : ""}: ${str(p["value"])}.`,
    en: (p: MessageParams) => `Column ${str(p["column"])}${p["labelEn"] ? ` (${str(p["labelEn"])})` : ""}: ${str(p["value"])}.`,
  },
  columnE: {
    vi: (p: MessageParams) =>
      `Phiếu A, cột E = ${str(p["total"])} (tổng các cột tiêu chí) ${p["stop"] ? "≥" : "<"} ${str(p["stopAt"])}: ${p["stop"] ? "đánh mã 0, ngừng rà soát, không chấm điểm Phiếu B" : "đánh mã 1, đưa vào danh sách chấm điểm Phiếu B"}.`,
    en: (p: MessageParams) =>
      `Phiếu A, column E = ${str(p["total"])} (the sum of the criteria columns) ${p["stop"] ? "≥" : "<"} ${str(p["stopAt"])}: ${p["stop"] ? "code 0, the review stops and the household is not scored on Phiếu B" : "code 1, the household goes on to be scored on Phiếu B"}.`,
  },
  notFound: {
    vi: (p: MessageParams) => `Chuẩn ${str(p["standard"])} chưa có quy tắc Phiếu A được xác minh: không thể nhận dạng nhanh.`,
    en: (p: MessageParams) => `Standard ${str(p["standard"])} has no sourced Phiếu A rule: quick identification cannot be applied.`,
  },
  outcome: {
    vi: (p: MessageParams) =>
      ({ not_reviewed: "Kết quả Phiếu A: hộ không rà soát.", stop: `Kết quả Phiếu A: mã 0, ngừng rà soát (E = ${str(p["total"])}).`, score_on_form_b: `Kết quả Phiếu A: mã 1, chấm điểm Phiếu B (E = ${str(p["total"])}).`, rule_not_found: "Kết quả Phiếu A: không áp dụng được (chưa có quy tắc)." })[str(p["kind"])] ?? str(p["kind"]),
    en: (p: MessageParams) =>
      ({ not_reviewed: "Phiếu A: the household is not reviewed.", stop: `Phiếu A: code 0, the review stops (E = ${str(p["total"])}).`, score_on_form_b: `Phiếu A: code 1, score on Phiếu B (E = ${str(p["total"])}).`, rule_not_found: "Phiếu A: cannot be applied (no sourced rule)." })[str(p["kind"])] ?? str(p["kind"]),
  },
};

/** Adds the Phiếu A steps to a trace; returns the decisive step. */
export function traceFormA(t: Tracer, standard: PovertyStandard, a: ResolvedFormA, outcome: FormAOutcome): ExplanationStep {
  const rule = standard.scoring.formA;
  if (!rule) {
    return t.add(step({ rule: "form_a.rule", code: "form_a_rule_not_found", template: M.notFound, params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
  }
  const stopAt = t.read(standard, "scoring.formA.stopAtOrAbove", rule.stopAtOrAbove);
  const c0 = t.add(
    step({ rule: "form_a.column_0", code: a.reviewed ? "form_a_reviewed" : "form_a_not_reviewed", template: M.column0, params: { reviewed: a.reviewed }, actual: a.reviewed ? 1 : 0, expected: 1, result: a.reviewed, citations: [rule.stopAtOrAbove.citation], status: rule.stopAtOrAbove.status }),
  );
  if (!a.reviewed) return c0;
  if (rule.criteriaCount) {
    const expected = t.read(standard, "scoring.formA.criteriaCount", rule.criteriaCount);
    t.add(step({ rule: "form_a.criteria_count", code: "form_a_criteria_count", template: M.criteriaCount, params: { expected, received: a.criteria.length }, actual: a.criteria.length, expected, result: true, citations: [rule.criteriaCount.citation], status: rule.criteriaCount.status }));
  }
  const children = a.criteria.map((v, i) =>
    step({
      rule: "form_a.criterion",
      code: v === 1 ? "form_a_criterion_met" : "form_a_criterion_not_met",
      template: M.criterion,
      params: { column: i + 1, value: v, labelVi: a.labels?.[i]?.vi ?? null, labelEn: a.labels?.[i]?.en ?? null },
      actual: v,
      result: v === 1,
      citations: [],
      status: rule.stopAtOrAbove.status,
    }),
  );
  const stop = outcome.kind === "stop";
  return t.add(
    step({
      rule: "form_a.column_e",
      code: stop ? "form_a_stop" : "form_a_score_on_form_b",
      template: M.columnE,
      params: { total: a.total, stopAt, stop },
      actual: a.total,
      expected: `< ${stopAt}`,
      result: !stop,
      citations: [rule.stopAtOrAbove.citation],
      status: rule.stopAtOrAbove.status,
      children,
    }),
  );
}

const inputSchema = formAFieldsSchema.extend({ standard: standardRefSchema }).strict();

/**
 * Screens a household with Phiếu A, the quick identification form (nhận dạng nhanh bằng Phiếu A), returning the
 * issues when the input is bad.
 *
 * @remarks
 * 2022–2025 (seed `003_b0cbdf9d415140e7`, a commune guide under Circular 07/2021/TT-BLĐTBXH, Mục I.2 Bước 1):
 * column (0) = 0 → not reviewed, stop; = 1 → the nine criteria columns are answered 0/1 by position; column E is
 * their sum; E ≥ 4 → code 0, stop (not scored); E < 4 → code 1, go on to Phiếu B. Exactly 9 criteria
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
  const parsed = safeParseWith(inputSchema, input);
  if (!parsed.ok) return parsed;
  const standard = parsed.value.standard;
  const a = resolveFormA(standard, parsed.value, []);
  if (!a.ok) return a;
  const outcome = decideFormA(standard, a.value);
  const t = new Tracer();
  t.add(standardStep(standard));
  traceFormA(t, standard, a.value, outcome);
  const total = outcome.kind === "stop" || outcome.kind === "score_on_form_b" ? outcome.total : null;
  const final = t.add(step({ rule: "form_a.outcome", code: `form_a_${outcome.kind}`, template: M.outcome, params: { kind: outcome.kind, total }, result: outcome.kind, citations: standard.scoring.formA ? [standard.scoring.formA.stopAtOrAbove.citation] : [], status: standard.scoring.formA?.stopAtOrAbove.status ?? "confirmed" }));
  return { ok: true, value: { outcome, explanation: t.finish("screen_form_a", standard.id, final.message) } };
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
 * // E = 3 < 4: code 1, scored on Phiếu B (seed 003, Mục I.2 Bước 1)
 * screenFormA({ standard: "2021-2025", reviewed: 1, criteria: [1, 1, 1, 0, 0, 0, 0, 0, 0] }).outcome;
 * //=> { kind: "score_on_form_b", total: 3, code: 1 }
 * ```
 * @category Forms
 */
export function screenFormA(input: ScreenFormAInput): Decision<FormAOutcome> {
  return unwrap(safeScreenFormA(input), "screenFormA");
}
