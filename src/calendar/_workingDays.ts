// Private: counting and stepping working days with per-year prefix sums (workingCalendar.ts builds them, once per
// calendar and year). A count or a step costs O(years crossed + log 366), never a walk over the days.
import { civilFromDay, MAX_YEAR, MIN_YEAR } from "./_isoDate.js";
import { yearData, type Internal, type YearData } from "./workingCalendar.js";

/** Why a count or step failed: it left 1900–2199 (`range`) or reached a year without holiday rules (`no_rules`). */
export type WorkingDayFailure = { readonly reason: "range" | "no_rules"; readonly year: number };

function dataOf(c: Internal, year: number): YearData | WorkingDayFailure {
  if (year < MIN_YEAR || year > MAX_YEAR) return { reason: "range", year };
  return yearData(c, c.adjacent, year) ?? { reason: "no_rules", year };
}

function isFailure(x: YearData | WorkingDayFailure): x is WorkingDayFailure {
  return "reason" in x;
}

/** The smallest k with prefix[k] ≥ target (prefix is non-decreasing; target ≤ prefix[last]). */
function lowerBound(prefix: Int32Array, target: number): number {
  let lo = 0;
  let hi = prefix.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((prefix[mid] ?? 0) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Working days among the first `k` days of a year. */
function upTo(y: YearData, k: number): number {
  return y.prefix[k] ?? 0;
}

/**
 * The number of working days `d` with `a < d ≤ b` (negative when `b < a`), or why it cannot be counted.
 */
export function countWorkingDays(c: Internal, a: number, b: number): number | WorkingDayFailure {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const ya = civilFromDay(lo).year;
  const yb = civilFromDay(hi).year;
  const first = dataOf(c, ya);
  if (isFailure(first)) return first;
  const last = ya === yb ? first : dataOf(c, yb);
  if (isFailure(last)) return last;
  // count(lo, hi] = cum(hi) − cum(lo), cum(d) = working days from the start of ya up to and including d.
  let count = upTo(last, hi - last.first + 1) - upTo(first, lo - first.first + 1);
  for (let y = ya; y < yb; y++) {
    const data = y === ya ? first : dataOf(c, y);
    if (isFailure(data)) return data;
    count += upTo(data, data.length);
  }
  return a <= b ? count : -count;
}

/**
 * The `n`-th working day strictly after `start` (n > 0), strictly before it (n < 0), or `start` (n = 0); or why
 * it cannot be found.
 */
export function stepWorking(c: Internal, start: number, n: number): number | WorkingDayFailure {
  if (n === 0) return start;
  let year = civilFromDay(start).year;
  let y = dataOf(c, year);
  if (isFailure(y)) return y;
  if (n > 0) {
    // Working days left to find; the day must come after index `from` (days before it are already passed).
    let left = n;
    let base = upTo(y, start - y.first + 1);
    for (;;) {
      const available = upTo(y, y.length) - base;
      if (left <= available) return y.first + lowerBound(y.prefix, base + left) - 1;
      left -= available;
      year += 1;
      y = dataOf(c, year);
      if (isFailure(y)) return y;
      base = 0;
    }
  }
  let left = -n;
  let before = upTo(y, start - y.first); // working days of the year strictly before start
  for (;;) {
    if (left <= before) return y.first + lowerBound(y.prefix, before - left + 1) - 1;
    left -= before;
    year -= 1;
    y = dataOf(c, year);
    if (isFailure(y)) return y;
    before = upTo(y, y.length);
  }
}
