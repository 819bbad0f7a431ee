// A working calendar's schedules are refused with the issue that names the day and the rule it breaks, at its path;
// what is accepted is kept in a canonical order. Dates from the inputs and from independent facts: Tết 2025 (mùng 1)
// is 2025-01-29; 2025-02-14 is a Friday, 2025-02-08 a Saturday; a per-holiday schedule may reach 45 days from the
// holiday's own day.
import { describe, expect, it } from "vitest";
import { createWorkingCalendar, isWorkingDay, safeCreateWorkingCalendar, safeIsWorkingDay, type WorkingCalendar } from "./index.js";

type Shown = { code: string; path: readonly (string | number)[]; params: unknown };

function issuesOf(options: unknown): Shown[] {
  const r = safeCreateWorkingCalendar(options as never);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(options)}`);
  return r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

describe("a year's schedule", () => {
  it("refuses a day of another year, in the days off and in the working days, naming the date and the year", () => {
    expect(issuesOf({ schedules: [{ year: 2025, daysOff: ["2024-12-31"], workingDays: ["2026-01-03"] }] })).toEqual([
      { code: "schedule_wrong_year", path: ["schedules", 0, "daysOff", 0], params: { date: "2024-12-31", year: 2025 } },
      { code: "schedule_wrong_year", path: ["schedules", 0, "workingDays", 0], params: { date: "2026-01-03", year: 2025 } },
    ]);
  });

  it("takes a day off on a weekday (only a swapped working day must be a weekend day)", () => {
    const cal = createWorkingCalendar({ schedules: [{ year: 2025, daysOff: ["2025-02-14"] }] });
    expect(isWorkingDay("2025-02-14", cal)).toBe(false);
  });

  it("refuses a year given twice, and a per-holiday schedule in a year that has a whole schedule", () => {
    expect(issuesOf({ schedules: [{ year: 2025, daysOff: [] }, { year: 2025, daysOff: [] }], holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: [] }] })).toEqual([
      { code: "duplicate_schedule_year", path: ["schedules", 1, "year"], params: { year: 2025 } },
      { code: "holiday_schedule_in_scheduled_year", path: ["holidaySchedules", 0, "year"], params: { year: 2025 } },
    ]);
  });

  it("refuses a holiday schedule's day in another year that has a whole schedule (it would be hidden), and accepts it when that year has none", () => {
    // New Year 2025 with 31/12/2024 off and Saturday 04/01/2025 worked; 2024 has a whole-year schedule without that day.
    const newYear2025 = { year: 2025, holiday: "new_year" as const, daysOff: ["2024-12-31", "2025-01-01"], workingDays: ["2025-01-04"] };
    expect(issuesOf({ schedules: [{ year: 2024, daysOff: ["2024-01-01"] }], holidaySchedules: [newYear2025] })).toEqual([
      { code: "holiday_schedule_date_in_scheduled_year", path: ["holidaySchedules", 0, "daysOff", 0], params: { date: "2024-12-31", year: 2024 } },
    ]);
    // A working day crossing into a scheduled year is refused the same way (Saturday 28/12/2024 worked for it).
    const worked = { year: 2025, holiday: "new_year" as const, daysOff: ["2025-01-01"], workingDays: ["2024-12-28"] };
    expect(issuesOf({ schedules: [{ year: 2024, daysOff: [] }], holidaySchedules: [worked] })).toEqual([
      { code: "holiday_schedule_date_in_scheduled_year", path: ["holidaySchedules", 0, "workingDays", 0], params: { date: "2024-12-28", year: 2024 } },
    ]);
    // Without a whole-year schedule for 2024 the day counts: 31/12/2024 (a Tuesday) is off.
    const cal = createWorkingCalendar({ holidaySchedules: [newYear2025] });
    expect(isWorkingDay("2024-12-31", cal)).toBe(false);
    // A whole-year schedule for 2026 does not concern it.
    expect(safeCreateWorkingCalendar({ schedules: [{ year: 2026, daysOff: [] }], holidaySchedules: [newYear2025] }).ok).toBe(true);
  });

  it("keeps the schedules in year order and their days in date order, whatever order they came in", () => {
    const cal = createWorkingCalendar({
      schedules: [
        { year: 2031, daysOff: ["2031-01-02", "2031-01-01"] },
        { year: 2030, daysOff: ["2030-01-01"], workingDays: ["2030-01-12", "2030-01-05"] },
      ],
      holidaySchedules: [
        { year: 2029, holiday: "tet", daysOff: ["2029-02-13", "2029-02-12"] },
        { year: 2028, holiday: "national_day", daysOff: ["2028-09-01"] },
        { year: 2028, holiday: "tet", daysOff: ["2028-01-26"] },
      ],
    });
    expect(cal.scheduleYears).toEqual([2030, 2031]);
    expect(cal.schedules).toEqual([
      { year: 2030, daysOff: ["2030-01-01"], workingDays: ["2030-01-05", "2030-01-12"] },
      { year: 2031, daysOff: ["2031-01-01", "2031-01-02"], workingDays: [] },
    ]);
    expect(cal.holidaySchedules.map((s) => [s.year, s.holiday, s.daysOff])).toEqual([
      [2028, "tet", ["2028-01-26"]],
      [2028, "national_day", ["2028-09-01"]],
      [2029, "tet", ["2029-02-12", "2029-02-13"]],
    ]);
  });
});

describe("a per-holiday schedule", () => {
  it("reaches 45 days either side of the holiday's day, and not 46, naming the holiday's day", () => {
    expect(safeCreateWorkingCalendar({ holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: ["2025-03-15", "2024-12-15"] }] }).ok).toBe(true);
    expect(issuesOf({ holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: ["2025-03-16"], workingDays: ["2024-12-14"] }] })).toEqual([
      { code: "holiday_schedule_too_far", path: ["holidaySchedules", 0, "daysOff", 0], params: { date: "2025-03-16", main: "2025-01-29", days: 45 } },
      { code: "holiday_schedule_too_far", path: ["holidaySchedules", 0, "workingDays", 0], params: { date: "2024-12-14", main: "2025-01-29", days: 45 } },
    ]);
  });

  it("refuses a holiday given twice in a year (another holiday of that year is fine)", () => {
    expect(issuesOf({ holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: [] }, { year: 2025, holiday: "tet", daysOff: [] }, { year: 2025, holiday: "hung_kings", daysOff: [] }] })).toEqual([
      { code: "duplicate_holiday_schedule", path: ["holidaySchedules", 1], params: { year: 2025, holiday: "tet" } },
    ]);
  });

  it("names a day given twice, a day both off and working, and a swapped working day that is not a weekend day", () => {
    expect(issuesOf({ holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: ["2025-01-28", "2025-01-28"], workingDays: ["2025-01-28", "2025-02-08"] }] })).toEqual([
      { code: "duplicate_date", path: ["holidaySchedules", 0, "daysOff", 1], params: { date: "2025-01-28" } },
      { code: "day_off_and_working_day", path: ["holidaySchedules", 0, "workingDays", 0], params: { date: "2025-01-28" } },
      { code: "working_day_not_weekend", path: ["holidaySchedules", 0, "workingDays", 0], params: { date: "2025-01-28" } },
    ]);
  });
});

describe("a calendar handed back", () => {
  it("whose list of schedule years was changed is refused, naming both lists", () => {
    const cal = createWorkingCalendar({ schedules: [{ year: 2031, daysOff: ["2031-01-01"] }, { year: 2030, daysOff: ["2030-01-01"] }] });
    const forged = { ...(JSON.parse(JSON.stringify(cal)) as object), scheduleYears: [2031, 2032] } as unknown as WorkingCalendar;
    const r = safeIsWorkingDay("2030-01-03", forged);
    expect(r.ok ? null : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }))).toEqual([
      { code: "schedule_years_mismatch", path: ["calendar", "scheduleYears"], params: { scheduleYears: "2031, 2032", years: "2030, 2031" } },
    ]);
  });

  it("a deep-frozen copy is read as the calendar it is", () => {
    const cal = createWorkingCalendar({ schedules: [{ year: 2031, daysOff: ["2031-01-02"] }] });
    const deepFreeze = <T>(v: T): T => {
      if (typeof v === "object" && v !== null) {
        for (const x of Object.values(v)) deepFreeze(x);
        Object.freeze(v);
      }
      return v;
    };
    const frozen = deepFreeze(JSON.parse(JSON.stringify(cal)) as WorkingCalendar);
    expect(isWorkingDay("2031-01-02", frozen)).toBe(false);
    expect(isWorkingDay("2031-01-03", frozen)).toBe(true);
    expect(isWorkingDay("2031-01-02", frozen)).toBe(false);
  });
});
