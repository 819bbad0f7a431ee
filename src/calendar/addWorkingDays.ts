import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, unwrap } from "../_lib/issues.js";
import { collect, formatDay, outOfRange, safeDay, safeInt } from "./_isoDate.js";
import { stepWorking } from "./_workingDays.js";
import { noRulesIssue, resolveCalendar, type WorkingCalendar } from "./workingCalendar.js";

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
 * {@link isWorkingDay}. Dates in 1900–2199; a result outside gives `date_out_of_range`, and crossing a year whose
 * holidays the library does not know (before 2014, without a schedule) gives `holiday_rules_not_found`. Cost:
 * O(years crossed), from per-year prefix sums cached inside the calendar — never a walk over the days.
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
  return guardSafe(() => {
    const d = safeDay(date, ["date"]);
    const n = safeInt(days, ["days"]);
    const c = resolveCalendar(calendar, ["calendar"]);
    if (!d.ok || !n.ok || !c.ok) return { ok: false, issues: collect(d, n, c) ?? [] };
    const r = stepWorking(c.value, d.value, n.value);
    if (typeof r === "number") return { ok: true, value: formatDay(r) };
    if (r.reason === "no_rules") return { ok: false, issues: [noRulesIssue(r.year, ["days"])] };
    return { ok: false, issues: [outOfRange(["days"])] };
  });
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
