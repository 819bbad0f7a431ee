import type { Certainty, Citation, JsonValue, LocalizedText } from "../types.js";
import type { StepCode, StepParams } from "../messages/codes.js";

/**
 * One step of an explanation (bước giải thích): a rule the library applied, the actual and expected values, the
 * result, and its legal basis.
 *
 * @remarks
 * The tree mirrors the rule: a step's `children` are the conditions it combined. Everything is plain JSON (money
 * as integers, decimals as strings), so an explanation can be stored with the decision and read back later.
 * `code` names the message and its `params` (typed per code in {@link StepParams}); apps narrow on it.
 *
 * @example
 * ```ts
 * const step: ExplanationStep = {
 *   rule: "b2.at_or_above_threshold",
 *   code: "b2_at_or_above_threshold",
 *   params: { total: 30, threshold: 30, holds: true },
 *   actual: 30,
 *   expected: "≥ 30",
 *   result: true,
 *   citations: [{ instrument: "Thông tư 07/2021/TT-BLĐTBXH", item: "Phiếu B, phần B2" }],
 *   status: "confirmed",
 *   message: { vi: "…", en: "…" },
 * };
 * ```
 * @category Explanations
 */
export type ExplanationStep = { readonly [C in StepCode]: StepOf<C> }[StepCode];

/**
 * One explanation step of a given code.
 *
 * @typeParam C - the step's code.
 * @example
 * ```ts
 * const s: StepOf<"what_would_change"> = { rule: "what_would_change", code: "what_would_change", params: { count: 0 }, result: true, citations: [], status: "confirmed", message: { vi: "…", en: "…" } };
 * ```
 * @category Explanations
 */
export interface StepOf<C extends StepCode> {
  /** The rule's stable id, e.g. `"b1.at_or_below_cutoff"`. */
  readonly rule: string;
  /** The message and reason code (snake_case), stable across versions, for apps to match on. */
  readonly code: C;
  /** The values the message was built from. */
  readonly params: StepParams[C];
  /** The actual value the rule looked at. */
  readonly actual?: JsonValue;
  /** The value or condition the rule expected (e.g. `"≤ 140"`). */
  readonly expected?: JsonValue;
  /** Whether the condition held, or the outcome the step produced. */
  readonly result: boolean | string;
  /** The legal basis: instrument, article, clause, point, or form item. */
  readonly citations: readonly Citation[];
  /** The weakest certainty of the legal values this step used. */
  readonly status: Certainty;
  /** The message, in Vietnamese and English. */
  readonly message: LocalizedText;
  /** The sub-steps this step combined. */
  readonly children?: readonly ExplanationStep[];
}

/**
 * A legal value that a decision read (giá trị pháp lý đã dùng): which standard, the value's key, its value, the
 * dates it is in force, its citation and certainty. The tracer records every one.
 *
 * @example
 * ```ts
 * const read: ValueRead = {
 *   standard: "2021-2025", key: "poorDeprivationCount", value: 3,
 *   effectiveFrom: "2021-03-15", effectiveTo: "2026-12-31",
 *   citation: { instrument: "Nghị định 07/2021/NĐ-CP", article: "3" }, status: "confirmed",
 * };
 * ```
 * @category Explanations
 */
export interface ValueRead {
  /** The id of the standard the value belongs to (a local standard's own id when a local value was read). */
  readonly standard: string;
  /** The value's path inside the standard, e.g. `"incomeLines.urban.incomeLine"`. */
  readonly key: string;
  /** The value. */
  readonly value: JsonValue;
  /** First day the standard is in force (ISO `YYYY-MM-DD`, inclusive). */
  readonly effectiveFrom: string;
  /** Last day the standard is in force (inclusive), when it has an end. */
  readonly effectiveTo?: string;
  /** Where the value comes from. */
  readonly citation: Citation;
  /** How sure the project is of it. */
  readonly status: Certainty;
}

/**
 * The explanation of a decision (giải thích quyết định): the steps, the legal values read, and whether any of them
 * is uncertain.
 *
 * @example
 * ```ts
 * const { explanation } = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_000_000 }, deprivationCount: 3 });
 * explanation.uncertain; //=> false
 * ```
 * @category Explanations
 */
export interface Explanation {
  /**
   * The version of this JSON shape (currently 1). A later version of the library that reads a stored explanation
   * checks it before interpreting the steps.
   */
  readonly formatVersion: 1;
  /** The kind of decision, e.g. `"classify_by_income"`. */
  readonly decision: string;
  /** The standard applied (its id; a local standard's id when one was layered). */
  readonly standard: string;
  /** The steps, in the order applied. */
  readonly steps: readonly ExplanationStep[];
  /** Every dated legal value read. */
  readonly valuesRead: readonly ValueRead[];
  /** True when any value read or step is marked uncertain. */
  readonly uncertain: boolean;
  /** The one-line summary, in both languages. */
  readonly summary: LocalizedText;
}

/**
 * A decision with its explanation (quyết định kèm giải thích): what every decision function returns.
 *
 * @typeParam O - the outcome type.
 * @example
 * ```ts
 * const r: Decision<PovertyClassOutcome> = classifyByIncome({ standard: "2021-2025", area: "urban", income: { perCapitaMonthly: 2_000_001 } });
 * r.outcome.kind; //=> "not_poor"
 * ```
 * @category Explanations
 */
export interface Decision<O> {
  /** What was decided. */
  readonly outcome: O;
  /** Why: the steps, with the law and the values read. */
  readonly explanation: Explanation;
}

/**
 * The outcome of a decision the law gives no rule for (không có căn cứ): which rule is missing, under which
 * standard. The same shape in every module (classification, forms, meeting, procedure).
 *
 * @typeParam R - the reason codes.
 * @example
 * ```ts
 * const o: RuleNotFound<"b1_cutoff_not_found"> = { kind: "rule_not_found", reason: "b1_cutoff_not_found", standard: "2027-2030" };
 * ```
 * @category Explanations
 */
export interface RuleNotFound<R extends string> {
  /** The discriminant. */
  readonly kind: "rule_not_found";
  /** Which rule the law lacks (a value that could not be sourced). */
  readonly reason: R;
  /** The standard's id. */
  readonly standard: string;
}
