import { Decimal } from "decimal.js";
import { PovertyError } from "../errors/PovertyError.js";
import { describeValue } from "../messages/format.js";
import type { Rate } from "./types.js";

/** 40 significant digits: more than a quotient of two safe integers needs before rounding to 2 places. */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
/** Up to this total (so count ≤ total), count × 20000 + total stays a safe integer: the rate is computed in integers. */
const INTEGER_LIMIT = 4 * 10 ** 11;

function checkCount(v: unknown, name: string): asserts v is number {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
    throw new PovertyError("invalid_input", `${name} must be a safe integer ≥ 0, got ${describeValue(v)}`, { [name]: describeValue(v) });
  }
}

/** ⌊a ÷ b⌋ for safe integers a ≥ 0, b > 0, exact (the float quotient corrected by its remainder). */
function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q--;
  else if (r >= b) q++;
  return q;
}

/** Hundredths as a decimal string with two places: 197 → "1.97", -36 → "-0.36". */
function hundredths(h: number): string {
  const sign = h < 0 ? "-" : "";
  const a = Math.abs(h);
  const cents = a % 100;
  return `${sign}${(a - cents) / 100}.${cents < 10 ? "0" : ""}${cents}`;
}

/** The rate as integer hundredths when it is computed in integers, or undefined (a zero or a very large total). Private. */
export function rateHundredths(count: number, total: number): number | undefined {
  return total > 0 && total <= INTEGER_LIMIT && count >= 0 && count <= total && Number.isSafeInteger(count) && Number.isSafeInteger(total) ? floorDiv(count * 20000 + total, 2 * total) : undefined;
}

/** Hundredths as the rate's text. Private. */
export function hundredthsText(h: number): string {
  return hundredths(h);
}

/**
 * Computes a rate from counts (tỷ lệ): count ÷ total × 100, two decimals, rounded half-up, as a string.
 *
 * @remarks
 * shared/spec/reports.md: a rate is always recomputed from counts ("1.97" for 242 of 12,299), never averaged from
 * other rates. Computed exactly in integers, ⌊(count × 20000 + total) ÷ (2 × total)⌋ hundredths (…5 rounds up);
 * for a total above 4 × 10^11, where that product could pass 2^53, with decimal.js at 40 significant digits and
 * the same half-up rounding. A total of 0 has no rate: `value: null` with `reason: "zero_total"` (not "0.00",
 * which would claim a measured zero). A count is a part of its total, so a count above the total is refused.
 *
 * @param count - households (or persons) in the class or group, a safe integer from 0 to `total`.
 * @param total - the households (or persons) it is a share of, a safe integer ≥ 0.
 * @returns the rate, or no rate with the reason.
 * @throws {@link PovertyError} `"invalid_input"` when a count is negative, fractional, unsafe or above the total
 *   (a programmer error: tallies never hold such counts).
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
  if (count > total) throw new PovertyError("invalid_input", `count ${count} is more than its total ${total}`, { count, total });
  if (total === 0) return { value: null, reason: "zero_total" };
  if (total <= INTEGER_LIMIT) return { value: hundredths(floorDiv(count * 20000 + total, 2 * total)) };
  return { value: new D(count).times(100).dividedBy(total).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) };
}

/** A shown rate as hundredths, or a {@link PovertyError}. */
function parseRate(r: unknown, name: string): number | null {
  let v: unknown;
  try {
    v = typeof r === "object" && r !== null ? (r as { value?: unknown }).value : undefined;
  } catch {
    v = undefined;
  }
  if (v === null) return null;
  // what computeRate prints: 0.00 to 100.00, no leading zero ("007.50" and "100.01" are not rates it gives)
  if (typeof v === "string" && /^(?:100\.00|[1-9]?\d\.\d\d)$/.test(v)) return Number(v.slice(0, -3)) * 100 + Number(v.slice(-2));
  throw new PovertyError("invalid_input", `${name} must be a rate from computeRate`, { [name]: describeValue(v) });
}

/**
 * The change between two rates in percentage points (thay đổi tỷ lệ, điểm phần trăm), as shown: current − previous.
 *
 * @remarks
 * Subtracts the two rates as shown (each already rounded half-up to 2 decimals), in integer hundredths, so the
 * change read in a table is the difference of the rates printed beside it: 1.97 − 2.33 = −0.36 (seed
 * 001_93e701d5dcfcee7e). No change when either rate is missing (a zero total).
 *
 * @param previous - the earlier rate.
 * @param current - the later rate.
 * @returns the change with 2 decimals and a leading "-" when negative, or `null`.
 * @throws {@link PovertyError} `"invalid_input"` when a rate is not one {@link computeRate} gives.
 * @example
 * ```ts
 * rateChange(computeRate(285, 12232), computeRate(242, 12299)); //=> "-0.36"
 * ```
 * @category Reports
 */
export function rateChange(previous: Rate, current: Rate): string | null {
  const p = parseRate(previous, "previous");
  const c = parseRate(current, "current");
  if (p === null || c === null) return null;
  return hundredths(c - p);
}
