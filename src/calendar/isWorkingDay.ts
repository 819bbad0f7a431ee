import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, unwrap } from "../_lib/issues.js";
import { collect, safeDay } from "./_isoDate.js";
import { noRulesIssue, resolveCalendar, yearData, type WorkingCalendar } from "./workingCalendar.js";
import { yearOfDay } from "./_isoDate.js";

/**
 * Tells whether a date is a working day (ngày làm việc), returning the issues on bad input.
 *
 * @remarks
 * A working day is Monday–Friday that is not a public holiday, compensatory day or swapped day off (Labour Code
 * in force: 2012 Art. 115 until 2020, 2019 Art. 111–112 from 2021; the Government's announced schedules for
 * 2016–2026), or a weekend day that an official schedule makes a working day (ngày làm bù). Dates are ISO
 * `YYYY-MM-DD` in 1900–2199, with no time zone: the day is the Vietnamese calendar day. A year whose holidays the
 * library does not know (before 2014, without a schedule) gives `holiday_rules_not_found`.
 *
 * @param date - the ISO date.
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns `{ ok: true, value: boolean }` or `{ ok: false, issues }` (`invalid_date` for "2023-02-30").
 * @example
 * ```ts
 * safeIsWorkingDay("2023-02-30").ok; //=> false
 * ```
 * @category Calendar
 */
export function safeIsWorkingDay(date: string, calendar?: WorkingCalendar): SafeResult<boolean> {
  return guardSafe(() => {
    const d = safeDay(date, ["date"]);
    const c = resolveCalendar(calendar, ["calendar"]);
    if (!d.ok || !c.ok) return { ok: false, issues: collect(d, c) ?? [] };
    const year = yearOfDay(d.value);
    const y = yearData(c.value, c.value.adjacent, year);
    if (!y) return { ok: false, issues: [noRulesIssue(year, ["date"])] };
    const i = d.value - y.first;
    return { ok: true, value: (y.prefix[i + 1] ?? 0) - (y.prefix[i] ?? 0) === 1 };
  });
}

/**
 * Tells whether a date is a working day (ngày làm việc); throws on bad input.
 *
 * @remarks See {@link safeIsWorkingDay}.
 * @param date - the ISO date.
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns true on a working day.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * isWorkingDay("2023-05-02"); //=> false (compensatory day for 29/4, which fell on a Saturday)
 * isWorkingDay("2023-05-04"); //=> true
 * ```
 * @category Calendar
 */
export function isWorkingDay(date: string, calendar?: WorkingCalendar): boolean {
  return unwrap(safeIsWorkingDay(date, calendar), "isWorkingDay");
}
