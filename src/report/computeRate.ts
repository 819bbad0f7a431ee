import { Decimal } from "decimal.js";
import { PovertyError } from "../errors/PovertyError.js";
import type { Rate } from "./types.js";

/** 40 significant digits: far more than a quotient of two safe integers needs before rounding to 2 places. */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

function checkCount(v: number, name: string): void {
  if (!Number.isSafeInteger(v) || v < 0) throw new PovertyError("invalid_input", `${name} must be a safe integer ≥ 0, got ${v}`, { [name]: String(v) });
}

/**
 * Computes a rate from counts (tỷ lệ): count ÷ total × 100, two decimals, rounded half-up, as a string.
 *
 * @remarks
 * shared/spec/reports.md: a rate is always recomputed from counts ("1.97" for 242 of 12,299), never averaged from
 * other rates. Computed with decimal.js at 40 significant digits, then rounded to 2 decimals with ROUND_HALF_UP
 * (…5 rounds away from zero): exact for any pair of safe integers. A total of 0 has no rate: `value: null` with
 * `reason: "zero_total"` (not "0.00", which would claim a measured zero).
 *
 * @param count - households (or persons) in the class or group, a safe integer ≥ 0.
 * @param total - the households (or persons) it is a share of, a safe integer ≥ 0.
 * @returns the rate, or no rate with the reason.
 * @throws {@link PovertyError} `"invalid_input"` when a count is negative, fractional or unsafe (a programmer error:
 *   tallies never hold such counts).
 * @example
 * ```ts
 * computeRate(242, 12299); //=> { value: "1.97" }
 * computeRate(93, 204); //=> { value: "45.59" }
 * computeRate(1, 8); //=> { value: "12.50" }
 * computeRate(0, 0); //=> { value: null, reason: "zero_total" }
 * ```
 * @category Reports
 */
export function computeRate(count: number, total: number): Rate {
  checkCount(count, "count");
  checkCount(total, "total");
  if (total === 0) return { value: null, reason: "zero_total" };
  return { value: new D(count).times(100).dividedBy(total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) };
}

/**
 * The change between two rates in percentage points (thay đổi tỷ lệ, điểm phần trăm), as shown: current − previous.
 *
 * @remarks
 * Subtracts the two rates as shown (each already rounded half-up to 2 decimals), so the change read in a table is
 * the difference of the rates printed beside it: 1.97 − 2.33 = −0.36 (seed 001_93e701d5dcfcee7e). No change when
 * either rate is missing (a zero total).
 *
 * @param previous - the earlier rate.
 * @param current - the later rate.
 * @returns the change with 2 decimals and a leading "-" when negative, or `null`.
 * @example
 * ```ts
 * rateChange(computeRate(285, 12232), computeRate(242, 12299)); //=> "-0.36"
 * ```
 * @category Reports
 */
export function rateChange(previous: Rate, current: Rate): string | null {
  if (previous.value === null || current.value === null) return null;
  return new D(current.value).minus(previous.value).toFixed(2);
}
