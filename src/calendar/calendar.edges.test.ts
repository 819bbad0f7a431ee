// The calendar at its edges: counting across a year whose holidays the library does not know (before 2014, without
// a schedule), malformed dates, schedules that repeat a day or a year, calendars handed in as copies.
import { describe, expect, it } from "vitest";
import { createWorkingCalendar, safeCreateWorkingCalendar, type WorkingCalendar } from "./workingCalendar.js";
import { isWorkingDay, safeIsWorkingDay } from "./isWorkingDay.js";
import { safeAddWorkingDays } from "./addWorkingDays.js";
import { safeWorkingDaysBetween, workingDaysBetween } from "./workingDaysBetween.js";
import { safePublicHolidays } from "./workingCalendar.js";
import { parseDay } from "./_isoDate.js";

const codes = (r: { ok: boolean; issues?: readonly { code: string; path: readonly (string | number)[] }[] }) => (r.ok ? [] : (r.issues ?? []).map((i) => [i.code, i.path]));
// A calendar that knows 2012 (a schedule) but not 2013: the Labour Code 2012 rules the library keeps start in 2014.
const with2012 = createWorkingCalendar({ schedules: [{ year: 2012, daysOff: ["2012-01-01", "2012-09-02"] }] });

describe("counting across a year without holiday rules", () => {
  it("between a known year and an unknown one: holiday_rules_not_found", () => {
    expect(codes(safeWorkingDaysBetween("2012-06-01", "2013-06-03", with2012))).toEqual([["holiday_rules_not_found", []]].map(([c]) => [c, expect.anything()]));
  });
  it("across an unknown year between two known ones: holiday_rules_not_found", () => {
    const r = safeWorkingDaysBetween("2012-06-01", "2014-06-02", with2012);
    expect(r.ok ? null : r.issues[0]?.code).toBe("holiday_rules_not_found");
  });
  it("from a start in an unknown year, forward or back into one", () => {
    expect(codes(safeAddWorkingDays("2010-01-05", 1))).toEqual([["holiday_rules_not_found", ["days"]]]);
    // 2014-01-03 is the second working day of 2014 (1 January is a holiday): ten back reaches 2013.
    expect(codes(safeAddWorkingDays("2014-01-03", -10))).toEqual([["holiday_rules_not_found", ["days"]]]);
    expect(safeAddWorkingDays("2014-01-03", -1)).toEqual({ ok: true, value: "2014-01-02" });
  });
  it("the holidays of a year without rules are refused, by year", () => {
    expect(codes(safePublicHolidays(2013))).toEqual([["holiday_rules_not_found", ["year"]]]);
  });
  it("a year the schedule gives is counted with it: 2012-12-28 (Fri) to 2012-12-31 (Mon) is one working day", () => {
    expect(workingDaysBetween("2012-12-28", "2012-12-31", with2012)).toBe(1);
  });
});

describe("dates", () => {
  it("a date with a letter where a digit should be is not a date", () => {
    for (const s of ["2023-0a-01", "202x-01-01", "2023-01-0 ", "2023/01/01"]) expect(parseDay(s)).toBeUndefined();
    expect(codes(safeIsWorkingDay("2023-0a-01"))).toEqual([["invalid_date", ["date"]]]);
  });
});

describe("schedules", () => {
  it("name a day given twice, a day both off and working, and a year given twice", () => {
    const r = safeCreateWorkingCalendar({
      schedules: [
        { year: 2025, daysOff: ["2025-01-01", "2025-01-01"], workingDays: ["2025-01-01"] },
        { year: 2025, daysOff: ["2025-09-02"] },
      ],
    });
    expect(codes(r)).toEqual([
      ["duplicate_date", ["schedules", 0, "daysOff", 1]],
      ["day_off_and_working_day", ["schedules", 0, "workingDays", 0]],
      // and a working day (a swapped Saturday) must be a weekend day: 2025-01-01 is a Wednesday
      ["working_day_not_weekend", ["schedules", 0, "workingDays", 0]],
      ["duplicate_schedule_year", ["schedules", 1, "year"]],
    ]);
  });
});

describe("calendars handed in as copies", () => {
  it("a copy is read by its content, however many different copies come (older ones are forgotten, not wrong)", () => {
    // A schedule lists every day off of its year: each copy has one, its own.
    const copies: WorkingCalendar[] = [];
    const days: string[] = [];
    for (let i = 0; i < 70; i++) {
      const day = `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(10 + Math.floor(i / 12)).padStart(2, "0")}`;
      days.push(day);
      copies.push(JSON.parse(JSON.stringify(createWorkingCalendar({ schedules: [{ year: 2025, daysOff: [day] }] }))) as WorkingCalendar);
    }
    copies.forEach((c, i) => expect(isWorkingDay(days[i] ?? "", c)).toBe(false));
    // The first copy again, after 69 others: its own day off is still off.
    expect(isWorkingDay("2025-01-10", copies[0])).toBe(false);
    expect(isWorkingDay("2025-01-10", copies[1])).toBe(true);
  });
});
