/**
 * A language the library writes messages in: Vietnamese (`"vi"`, the default) or English (`"en"`).
 *
 * @example
 * ```ts
 * const locale: Locale = "vi";
 * ```
 * @category Explanations
 */
export type Locale = "vi" | "en";

/**
 * A text in both languages the library speaks (văn bản song ngữ): Vietnamese and English.
 *
 * @example
 * ```ts
 * const t: LocalizedText = { vi: "Hộ nghèo", en: "Poor household" };
 * ```
 * @category Explanations
 */
export interface LocalizedText {
  /** Vietnamese text. */
  readonly vi: string;
  /** English text. */
  readonly en: string;
}

/**
 * How sure the project is of a legal value (mức độ chắc chắn), as marked in the legal reference.
 *
 * @remarks
 * - `"confirmed"`: read in the legal text or a legal portal quoting the article.
 * - `"seed"`: stated in one of the project's source documents (a commune guide, a city plan).
 * - `"uncertain"`: only a secondary source, a truncated text, or an inference. A trace that used it says so.
 *
 * Values the project could not source at all are absent from the data, never guessed.
 *
 * @example
 * ```ts
 * const status: Certainty = "confirmed";
 * ```
 * @category Explanations
 */
export type Certainty = "confirmed" | "seed" | "uncertain";

/**
 * A reference to the place in a legal instrument or form that a value or rule comes from (căn cứ pháp lý).
 *
 * @example
 * ```ts
 * const ref: Citation = { instrument: "Nghị định 07/2021/NĐ-CP", article: "3" };
 * ```
 * @category Explanations
 */
export interface Citation {
  /** The instrument's official number, e.g. `"Nghị định 07/2021/NĐ-CP"`, or a seed document's name. */
  readonly instrument: string;
  /** Article (Điều). */
  readonly article?: string;
  /** Clause (Khoản). */
  readonly clause?: string;
  /** Point (Điểm). */
  readonly point?: string;
  /** A form item or appendix (e.g. `"Phiếu B, phần B1"`, `"Phụ lục VII, Mẫu 7.1"`). */
  readonly item?: string;
  /** A short note on how the value was read, when it matters (e.g. the secondary source). */
  readonly note?: string;
}

/**
 * A legal value with its source and certainty (giá trị pháp lý có căn cứ).
 *
 * @typeParam T - the value's type.
 * @example
 * ```ts
 * const line: LegalValue<number> = getStandard("2021-2025").incomeLines.rural.incomeLine;
 * line.status; //=> "confirmed"
 * const local: LegalValue<number> = { value: 42, citation: { instrument: "Quyết định của UBND tỉnh (ví dụ)" }, status: "uncertain" };
 * ```
 * @category Explanations
 */
export interface LegalValue<T> {
  /** The value. Money is whole đồng. */
  readonly value: T;
  /** Where it comes from. */
  readonly citation: Citation;
  /** How sure the project is of it. */
  readonly status: Certainty;
  /** Its name in the law, when it has one (e.g. "chuẩn nghèo" / "poverty line"). */
  readonly label?: LocalizedText;
}

/**
 * A JSON value, as stored in an explanation.
 *
 * @example
 * ```ts
 * const v: JsonValue = { total: "5600000", members: 4 };
 * ```
 * @category Explanations
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One step of an explanation (bước giải thích): a rule the library applied, the actual and expected values, the
 * result, and its legal basis.
 *
 * @remarks
 * The tree mirrors the rule: a step's `children` are the conditions it combined. Everything is plain JSON (money
 * as integers, decimals as strings), so an explanation can be stored with the decision and read back later.
 *
 * @example
 * ```ts
 * const step: ExplanationStep = {
 *   rule: "income.at_or_below_line",
 *   code: "income_at_or_below_line",
 *   params: { income: 1_400_000, line: 1_600_000 },
 *   actual: 1_400_000,
 *   expected: "≤ 1600000",
 *   result: true,
 *   citations: [{ instrument: "Nghị định 07/2021/NĐ-CP", article: "3" }],
 *   status: "confirmed",
 *   message: { vi: "…", en: "…" },
 * };
 * ```
 * @category Explanations
 */
export interface ExplanationStep {
  /** The rule's stable id, e.g. `"b1.at_or_below_cutoff"`. */
  readonly rule: string;
  /** The message and reason code (snake_case), stable across versions, for apps to match on. */
  readonly code: string;
  /** The values the message was built from. */
  readonly params: { readonly [key: string]: JsonValue };
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
