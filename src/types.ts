// The bottom layer: plain value types shared by every module. Imports nothing.

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
  /** The instrument's official number, e.g. `"Nghị định 07/2021/NĐ-CP"`, or a local document's number and issuer. */
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
 * The area a household lives in (khu vực): rural (nông thôn) or urban (thành thị; đô thị from 2027).
 *
 * @example
 * ```ts
 * const area: Area = "rural";
 * ```
 * @category Standards
 */
export type Area = "rural" | "urban";

/**
 * The path to a field of an input (đường dẫn tới trường dữ liệu): property names and array positions, outermost
 * first; empty for the input as a whole.
 *
 * @example
 * ```ts
 * const p: Path = ["members", 0, "birthDate"];
 * ```
 * @category Errors
 */
export type Path = readonly (string | number)[];
