import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, unwrap } from "../_lib/issues.js";
import { collect, outOfRange, safeDay } from "./_isoDate.js";
import { countWorkingDays } from "./_workingDays.js";
import { noRulesIssue, resolveCalendar, type WorkingCalendar } from "./workingCalendar.js";


/**
 * Counts the working days between two dates (số ngày làm việc giữa hai ngày), returning the issues on bad input.
 *
 * @remarks
 * Convention: start **exclusive**, end **inclusive** — the number of working days `d` with `from < d ≤ to`. When
 * `to` is before `from` the count is negative: `-workingDaysBetween(to, from)`. Same date → 0. This is the inverse
 * of {@link addWorkingDays}: `workingDaysBetween(a, addWorkingDays(a, n)) === n` for n ≥ 0. Working days per
 * {@link isWorkingDay}. A span reaching a year whose holidays the library does not know (before 2014, without a
 * schedule) gives `holiday_rules_not_found`. Cost: O(years spanned), from per-year prefix sums cached inside the
 * calendar — never a walk over the days.
 *
 * @param from - the ISO start date (not counted).
 * @param to - the ISO end date (counted when it is a working day).
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns `{ ok: true, value: count }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeWorkingDaysBetween("2023-02-30", "2023-03-01").ok; //=> false
 * ```
 * @category Calendar
 */
export function safeWorkingDaysBetween(from: string, to: string, calendar?: WorkingCalendar): SafeResult<number> {
  return guardSafe(() => {
    const a = safeDay(from, ["from"]);
    const b = safeDay(to, ["to"]);
    const c = resolveCalendar(calendar, ["calendar"]);
    if (!a.ok || !b.ok || !c.ok) return { ok: false, issues: collect(a, b, c) ?? [] };
    const r = countWorkingDays(c.value, a.value, b.value);
    if (typeof r === "number") return { ok: true, value: r };
    if (r.reason === "no_rules") return { ok: false, issues: [noRulesIssue(r.year, ["from"])] };
    return { ok: false, issues: [outOfRange(["from"])] };
  });
}

/**
 * Counts the working days between two dates (số ngày làm việc), start exclusive and end inclusive; throws on bad
 * input.
 *
 * @remarks See {@link safeWorkingDaysBetween}.
 * @param from - the ISO start date (not counted).
 * @param to - the ISO end date (counted).
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns the signed count.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * workingDaysBetween("2023-09-08", "2023-09-13"); //=> 3
 * workingDaysBetween("2023-09-13", "2023-09-08"); //=> -3
 * ```
 * @category Calendar
 */
export function workingDaysBetween(from: string, to: string, calendar?: WorkingCalendar): number {
  return unwrap(safeWorkingDaysBetween(from, to, calendar), "workingDaysBetween");
}
