import type { SafeResult } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import type { PovertyStandard } from "../standards/types.js";
import { checkYear, resolveLayout } from "./_layout.js";
import { newTally } from "./_tally.js";
import type { Tally } from "./types.js";

/**
 * Options of {@link emptyTally} (tùy chọn tạo bảng tổng hợp).
 *
 * @example
 * ```ts
 * const o: TallyOptions = { year: 2024 };
 * ```
 * @category Reports
 */
export interface TallyOptions {
  /**
   * The list year (năm danh sách): the year the lists are used for, as {@link standardForYear} reads it (a review
   * at the end of 2023 gives the 2024 lists). It must be one of the standard's list years. Tallies of different
   * years never merge. Default: not given (`null`).
   */
  readonly year?: number | null;
}

/** An empty tally, or why the standard or year is not valid. Private to the report module. */
export function safeEmptyTally(standard: unknown, options: unknown): SafeResult<Tally> {
  const l = resolveLayout(standard, ["standard"]);
  if (!l.ok) return l;
  let year: unknown;
  try {
    year = typeof options === "object" && options !== null ? (options as { year?: unknown }).year : undefined;
  } catch {
    year = Number.NaN;
  }
  const y = checkYear(l.value, year, ["year"]);
  return y.ok ? { ok: true, value: newTally(l.value, y.value) } : y;
}

/**
 * Returns an empty tally for a standard (bảng tổng hợp rỗng): every count 0, in the standard's layout.
 *
 * @remarks
 * The identity of {@link mergeTallies}. The layout comes from the standard itself (its indicators in order and
 * its class rule, `classRule`): under `"two_lines"` (2016–2020, Decision 59/2015/QĐ-TTg) the poor are also kept
 * apart by basis (income, deprivation). The tally carries the layout, so nothing is looked up by id later.
 *
 * @param standard - an id (`"2021-2025"`) or a standard object (national, or local from {@link layerLocalStandard}).
 * @param options - `year`: the list year the counts are for.
 * @returns a new, mutable tally.
 * @throws {@link PovertyError} `"invalid_input"` when the standard is unknown or the year is not one of its list
 *   years.
 * @example
 * ```ts
 * emptyTally("2021-2025").households.total; //=> 0
 * emptyTally("2016-2020", { year: 2019 }).layout.classRule; //=> "two_lines"
 * ```
 * @category Reports
 */
export function emptyTally(standard: string | PovertyStandard, options: TallyOptions = {}): Tally {
  return unwrap(safeEmptyTally(standard, options), "emptyTally");
}
