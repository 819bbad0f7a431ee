import type { JsonValue, LocalizedText } from "../explain/types.js";

/**
 * A problem found in an input (lỗi dữ liệu đầu vào): a stable snake_case code, the path to the field, the values
 * the message was built from, and the message in Vietnamese and English.
 *
 * @remarks
 * Codes that come from the schema layer follow zod's names (`invalid_type`, `too_small`, `too_big`,
 * `invalid_format`, `invalid_value`, `unrecognized_keys`, `not_multiple_of`); domain checks add their own
 * (`unknown_indicator`, `indicator_of_other_standard`, `no_standard_for_year`, …). Apps match on `code` and
 * `path`, never on the message text.
 *
 * @example
 * ```ts
 * const r = safeClassifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: -1 }, deprivationCount: 0 });
 * if (!r.ok) r.issues[0]?.path; //=> ["income", "perCapitaMonthly"]
 * ```
 * @category Errors
 */
export interface Issue {
  /** Stable snake_case code. */
  readonly code: string;
  /** Path to the offending field; empty for the input as a whole. */
  readonly path: readonly (string | number)[];
  /** The values the message was built from. */
  readonly params: { readonly [key: string]: JsonValue };
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
