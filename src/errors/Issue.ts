import type { LocalizedText, Path } from "../types.js";
import type { IssueCode, IssueParams } from "../messages/codes.js";

/**
 * A problem found in an input (lỗi dữ liệu đầu vào): a stable snake_case code, the path to the field, the values
 * the message was built from (typed per code), and the message in Vietnamese and English.
 *
 * @remarks
 * Codes that come from the schema layer follow zod's names (`invalid_type`, `too_small`, `too_big`,
 * `invalid_format`, `invalid_value`, `unrecognized_keys`, `not_multiple_of`, `invalid_union`); domain checks add
 * their own (`unknown_indicator`, `indicator_of_other_standard`, `no_standard_for_year`, …). Apps narrow on `code`
 * (then `params` is typed) and read `path`, never the message text. Every code and its params are listed in
 * {@link IssueParams}.
 *
 * @example
 * ```ts
 * const r = safeClassifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: -1 }, deprivationCount: 0 });
 * if (!r.ok) r.issues[0]?.path; //=> ["income", "perCapitaMonthly"]
 * const i = r.ok ? undefined : r.issues[0];
 * if (i?.code === "too_small") i.params.minimum; //=> 0
 * ```
 * @category Errors
 */
export type Issue = { readonly [C in IssueCode]: IssueOf<C> }[IssueCode];

/**
 * One issue of a given code.
 *
 * @typeParam C - the code.
 * @example
 * ```ts
 * const i: IssueOf<"duplicate_indicator"> = { code: "duplicate_indicator", path: ["deprivations", 1], params: { key: "employment" }, message: { vi: "…", en: "…" } };
 * ```
 * @category Errors
 */
export interface IssueOf<C extends IssueCode> {
  /** Stable snake_case code. */
  readonly code: C;
  /** Path to the offending field; empty for the input as a whole. */
  readonly path: Path;
  /** The values the message was built from. */
  readonly params: IssueParams[C];
  /** The message, naming the field, in Vietnamese and English. */
  readonly message: LocalizedText;
}

/**
 * The result of a `safe…` function (kết quả kiểm tra): the value, or the issues that stopped it.
 *
 * @typeParam T - the value on success.
 * @example
 * ```ts
 * const r: SafeResult<number> = { ok: true, value: 1 };
 * if (r.ok) r.value; //=> 1
 * ```
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };
