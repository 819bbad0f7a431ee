import type { SafeResult } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import { makeIssue } from "../_lib/legacyIssues.js";
import { str, type MessageParams } from "../_lib/legacyIssues.js";
import { civilFromDay, collect, dayFromCivil, formatDay, isWeekend, safeDay, safeInt, MAX_YEAR, MIN_YEAR } from "./_isoDate.js";
import { adjacentOf, resolveCalendar, yearData, type WorkingCalendar } from "./workingCalendar.js";

type Internal = Parameters<typeof yearData>[0];
type Adjacent = Parameters<typeof yearData>[1];

const OUT_OF_RANGE = {
  vi: (p: MessageParams) => `kết quả vượt ra ngoài khoảng lịch hỗ trợ ${str(p["min"])}–${str(p["max"])}.`,
  en: (p: MessageParams) => `the result falls outside the supported years ${str(p["min"])}–${str(p["max"])}.`,
};

/**
 * Moves `n` working days from day number `start` (strictly after it for n > 0, strictly before for n < 0); returns
 * undefined when it leaves the supported years. The hot loop: one year's data is looked up per year crossed.
 */
export function stepWorkingDays(c: Internal, adjacent: Adjacent, start: number, n: number): number | undefined {
  if (n === 0) return start;
  const dir = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let d = start;
  let year = civilFromDay(start).year;
  let lo = dayFromCivil(year, 1, 1);
  let hi = dayFromCivil(year + 1, 1, 1) - 1;
  let y = yearData(c, adjacent, year);
  while (left > 0) {
    d += dir;
    if (d > hi || d < lo) {
      year += dir;
      if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
      lo = dayFromCivil(year, 1, 1);
      hi = dayFromCivil(year + 1, 1, 1) - 1;
      y = yearData(c, adjacent, year);
    }
    if (y.work.has(d) || (!isWeekend(d) && !y.off.has(d))) left--;
  }
  return d;
}

/**
 * Returns the date `days` working days after (or, when negative, before) a date (cộng ngày làm việc), or the
 * issues on bad input.
 *
 * @remarks
 * Convention: the start date itself is never counted, whether or not it is a working day. For `days > 0` the
 * result is the `days`-th working day strictly after `date`; for `days < 0`, the `|days|`-th working day strictly
 * before it; for `days = 0`, `date` itself. So `workingDaysBetween(a, addWorkingDays(a, n)) === n` for every
 * n ≥ 0 (see {@link workingDaysBetween}), and a period of n working days started by an event on `date` ends on
 * `addWorkingDays(date, n)` (Civil Code 2015 Art. 147 cl. 3, {@link DEADLINE_COUNTING_RULE}). Working days per
 * {@link isWorkingDay}. Dates in 1900–2199; a result outside gives `date_out_of_range`.
 *
 * @param date - the ISO start date.
 * @param days - a whole number of working days (|days| ≤ 100000).
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns `{ ok: true, value: isoDate }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeAddWorkingDays("2023-09-01", 1.5).ok; //=> false
 * ```
 * @category Calendar
 */
export function safeAddWorkingDays(date: string, days: number, calendar?: WorkingCalendar): SafeResult<string> {
  const d = safeDay(date, ["date"]);
  const n = safeInt(days, ["days"]);
  const c = resolveCalendar(calendar, ["calendar"]);
  if (!d.ok || !n.ok || !c.ok) return { ok: false, issues: collect(d, n, c) ?? [] };
  const r = stepWorkingDays(c.value, adjacentOf(calendar), d.value, n.value);
  if (r === undefined) return { ok: false, issues: [makeIssue("date_out_of_range", ["days"], OUT_OF_RANGE, { min: MIN_YEAR, max: MAX_YEAR })] };
  return { ok: true, value: formatDay(r) };
}

/**
 * Returns the date `days` working days after (or before) a date (cộng ngày làm việc); throws on bad input.
 *
 * @remarks See {@link safeAddWorkingDays} for the convention (the start date is not counted).
 * @param date - the ISO start date.
 * @param days - a whole number of working days.
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns the ISO date.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * addWorkingDays("2023-09-08", 3); //=> "2023-09-13" (Friday + 3 working days: Mon 11, Tue 12, Wed 13)
 * addWorkingDays("2024-04-26", 3); //=> "2024-05-03" (30/4 and 1/5 are holidays)
 * ```
 * @category Calendar
 */
export function addWorkingDays(date: string, days: number, calendar?: WorkingCalendar): string {
  return unwrap(safeAddWorkingDays(date, days, calendar), "addWorkingDays");
}
