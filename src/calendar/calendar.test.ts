import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addWorkingDays,
  createWorkingCalendar,
  fromLunarDate,
  isWorkingDay,
  lunarNewYear,
  publicHolidays,
  safeAddWorkingDays,
  safeCreateWorkingCalendar,
  safeFromLunarDate,
  safeIsWorkingDay,
  safeLunarNewYear,
  safePublicHolidays,
  safeWorkingDaysBetween,
  toLunarDate,
  workingDaysBetween,
  COMPENSATORY_DAY_RULE,
  DEADLINE_COUNTING_RULE,
  DEFAULT_WORKING_CALENDAR,
  HOLIDAY_KEYS,
  HOLIDAY_RULE_SETS,
  NATIONAL_DAY_ADJACENT_DEFAULT,
  OFFICIAL_HOLIDAY_SCHEDULES,
  PUBLIC_HOLIDAY_RULES,
  type HolidayKey,
  type WorkingCalendar,
} from "./index.js";
import { lunarNewYearDay } from "./_lunar.js";
import { dayFromCivil, formatDay, parseDay } from "./_isoDate.js";

const SEED = 20_261_130;
const COMPUTED_ONLY = createWorkingCalendar({ officialSchedules: "none" });

// Vietnamese Tết (mùng 1 tháng Giêng), 2016–2035, written out as known dates. 2030 is 2 February in Vietnam: the
// new moon falls at about 23:07 on 2 February at UTC+7 and 00:07 on 3 February at UTC+8, so China's New Year is
// 3 February (see docs/calendar.md).
const TET: readonly [number, string][] = [
  [2016, "2016-02-08"], [2017, "2017-01-28"], [2018, "2018-02-16"], [2019, "2019-02-05"], [2020, "2020-01-25"],
  [2021, "2021-02-12"], [2022, "2022-02-01"], [2023, "2023-01-22"], [2024, "2024-02-10"], [2025, "2025-01-29"],
  [2026, "2026-02-17"], [2027, "2027-02-06"], [2028, "2028-01-26"], [2029, "2029-02-13"], [2030, "2030-02-02"],
  [2031, "2031-01-23"], [2032, "2032-02-11"], [2033, "2033-01-31"], [2034, "2034-02-19"], [2035, "2035-02-08"],
];

describe("lunar calendar (Vietnamese, UTC+7)", () => {
  it.each(TET)("Tết %i is %s", (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(toLunarDate(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it("differs from the Chinese calendar (UTC+8) in 1985, 2007 and 2030", () => {
    // Tết Ất Sửu 1985: 21/01/1985 in Vietnam, 20/02/1985 in China; Đinh Hợi 2007: 17/02 vs 18/02; 2030: 02/02 vs 03/02.
    expect(lunarNewYear(1985)).toBe("1985-01-21");
    expect(formatDay(lunarNewYearDay(1985, 8))).toBe("1985-02-20");
    expect(lunarNewYear(2007)).toBe("2007-02-17");
    expect(formatDay(lunarNewYearDay(2007, 8))).toBe("2007-02-18");
    expect(formatDay(lunarNewYearDay(2030, 8))).toBe("2030-02-03");
  });

  it("knows leap months and month lengths", () => {
    // 2023 (Quý Mão) has a leap 2nd month starting 22/03/2023.
    expect(toLunarDate("2023-03-22")).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(fromLunarDate({ year: 2023, month: 2, day: 1, leap: true })).toBe("2023-03-22");
    // 30 Tết existed in Giáp Thìn's eve (09/02/2024) but the 12th month of 2024 has 29 days (no 30 Tết 2025–2032).
    expect(toLunarDate("2024-02-09")).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(toLunarDate("2025-01-28")).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    const r = safeFromLunarDate({ year: 2024, month: 12, day: 30 });
    expect(r.ok ? null : r.issues[0]?.code).toBe("no_such_lunar_day");
    const l = safeFromLunarDate({ year: 2024, month: 2, day: 1, leap: true });
    expect(l.ok ? null : l.issues[0]?.code).toBe("no_such_leap_month");
  });

  it("places the Hùng Kings' day (10/3 lunar)", () => {
    expect(fromLunarDate({ year: 2023, month: 3, day: 10 })).toBe("2023-04-29");
    expect(fromLunarDate({ year: 2024, month: 3, day: 10 })).toBe("2024-04-18");
    expect(fromLunarDate({ year: 2025, month: 3, day: 10 })).toBe("2025-04-07");
  });

  it("round-trips random days (property, fixed seed)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2199, 12, 31) }), (n) => {
        const iso = formatDay(n);
        return fromLunarDate(toLunarDate(iso)) === iso;
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it("rejects bad input with issues", () => {
    const r = safeLunarNewYear(2023.5);
    expect(r.ok ? null : r.issues[0]?.code).toBe("invalid_type");
    expect(() => lunarNewYear(1800)).toThrow();
  });
});

describe("public holidays by the Labour Code in force", () => {
  it("dates the two codes and cites each one's articles", () => {
    expect(HOLIDAY_RULE_SETS.map((s) => [s.id, s.effectiveFrom, s.effectiveTo])).toEqual([
      ["labour_code_2012", "2013-05-01", "2020-12-31"],
      ["labour_code_2019", "2021-01-01", null],
    ]);
    const [lc2012, lc2019] = HOLIDAY_RULE_SETS;
    // 2012 code Art. 115 cl. 1: ten days, National Day one day; cl. 3 compensatory days.
    expect(lc2012?.rules.national_day.days.value).toBe(1);
    expect(lc2012?.rules.national_day.days.citation).toMatchObject({ article: "115", clause: "1", point: "đ" });
    expect(lc2012?.compensatory.citation).toMatchObject({ article: "115", clause: "3" });
    expect(HOLIDAY_KEYS.reduce((n, k) => n + (lc2012?.rules[k].days.value ?? 0), 0)).toBe(10);
    // 2019 code Art. 112 cl. 1: eleven days, National Day two; Art. 111 cl. 3 compensatory days.
    expect(lc2019?.rules.national_day.days.value).toBe(2);
    expect(lc2019?.compensatory.citation).toMatchObject({ article: "111", clause: "3" });
    expect(HOLIDAY_KEYS.reduce((n, k) => n + (lc2019?.rules[k].days.value ?? 0), 0)).toBe(11);
    expect(PUBLIC_HOLIDAY_RULES.tet.days.value).toBe(5);
    expect(COMPENSATORY_DAY_RULE.citation.article).toBe("111");
    expect(NATIONAL_DAY_ADJACENT_DEFAULT.status).toBe("uncertain");
    expect(PUBLIC_HOLIDAY_RULES.hung_kings.dateStatus).toBe("uncertain");
  });

  it("gives National Day one day until 2020 and two from 2021 (computed)", () => {
    const nd = (y: number) => publicHolidays(y, COMPUTED_ONLY).daysOff.filter((d) => d.holiday === "national_day" && d.kind === "holiday").map((d) => d.date);
    expect(nd(2016)).toEqual(["2016-09-02"]);
    expect(nd(2020)).toEqual(["2020-09-02"]);
    expect(nd(2021)).toEqual(["2021-09-02", "2021-09-03"]);
    // Wednesday 2/9/2020: one day off, so Thursday 3/9 is a working day (the 2019 code would have taken 1/9 too).
    expect(isWorkingDay("2020-09-01", COMPUTED_ONLY)).toBe(true);
    expect(addWorkingDays("2020-08-31", 3, COMPUTED_ONLY)).toBe("2020-09-04");
    expect(addWorkingDays("2020-08-31", 3)).toBe("2020-09-04"); // the announced 2020 schedule agrees
  });

  it("chooses National Day's adjacent day as the official schedules of 2021–2026 did", () => {
    const adj = (y: number) => publicHolidays(y, COMPUTED_ONLY).daysOff.filter((d) => d.holiday === "national_day" && d.kind === "holiday").map((d) => d.date);
    expect(adj(2021)).toEqual(["2021-09-02", "2021-09-03"]);
    expect(adj(2022)).toEqual(["2022-09-01", "2022-09-02"]);
    expect(adj(2024)).toEqual(["2024-09-02", "2024-09-03"]);
    expect(adj(2025)).toEqual(["2025-09-01", "2025-09-02"]);
    expect(adj(2026)).toEqual(["2026-09-01", "2026-09-02"]);
    const after = createWorkingCalendar({ nationalDayAdjacent: "after", officialSchedules: "none" });
    expect(isWorkingDay("2025-09-01", after)).toBe(true);
    expect(isWorkingDay("2025-09-03", after)).toBe(false);
  });

  it("computes compensatory days (2023, computed: Art. 111 cl. 3)", () => {
    // 1/1/2023 Sunday → 2/1; Tết 20–24/1 with 21 (Sat) and 22 (Sun) → 25, 26; 29/4 (Hùng Kings, Sat) and 30/4 (Sun)
    // → 2/5, 3/5 (1/5 is a holiday); 2/9 Saturday → adjacent Friday 1/9, compensatory Monday 4/9.
    const comp = publicHolidays(2023, COMPUTED_ONLY).daysOff.filter((d) => d.kind === "compensatory").map((d) => d.date);
    expect(comp).toEqual(["2023-01-02", "2023-01-25", "2023-01-26", "2023-05-02", "2023-05-03", "2023-09-04"]);
  });

  it("takes Hùng Kings' day in the regular 3rd month when a leap 3rd month follows (2031), marked uncertain", () => {
    const hk = (y: number) => publicHolidays(y).daysOff.find((d) => d.holiday === "hung_kings" && d.kind === "holiday");
    // 2031 has a leap 3rd month: 10/3 is 01/04/2031 in the regular month, 30/04/2031 in the leap one.
    expect(fromLunarDate({ year: 2031, month: 3, day: 10, leap: true })).toBe("2031-04-30");
    expect([hk(2031)?.date, hk(2031)?.status]).toEqual(["2031-04-01", "uncertain"]);
    expect(hk(2030)?.status).toBe("confirmed");
  });

  it("knows no holidays before 2014 unless a schedule is supplied", () => {
    const r = safeIsWorkingDay("2013-06-03");
    expect(r.ok ? null : r.issues[0]?.code).toBe("holiday_rules_not_found");
    expect(r.ok ? null : r.issues[0]?.message.vi).toContain("01/05/2013");
    const w = safeWorkingDaysBetween("2013-12-20", "2014-01-10");
    expect(w.ok ? null : w.issues[0]?.code).toBe("holiday_rules_not_found");
    const withSchedule = createWorkingCalendar({ schedules: [{ year: 2013, daysOff: ["2013-01-01", "2013-09-02", "2013-09-03"] }] });
    expect(isWorkingDay("2013-09-03", withSchedule)).toBe(false);
    expect(workingDaysBetween("2013-12-20", "2014-01-10", withSchedule)).toBe(14);
  });
});

/** The weekdays (Monday–Friday) of an announced break that are not working days. */
function announcedWeekdaysOff(year: number, key: HolidayKey): string[] {
  const h = OFFICIAL_HOLIDAY_SCHEDULES.find((y) => y.year === year)?.holidays.find((x) => x.holiday === key);
  if (!h) return [];
  const out: string[] = [];
  for (let d = parseDay(h.breakFrom) ?? 0; d <= (parseDay(h.breakTo) ?? 0); d++) {
    const w = (d + 4) % 7; // 1970-01-01 was a Thursday
    if (w !== 0 && w !== 6 && !h.workingDays.includes(formatDay(d))) out.push(formatDay(d));
  }
  return out;
}

/** Weekdays off of a five-day Tết pattern starting `before` days before mùng 1, weekend days compensated forward. */
function patternWeekdaysOff(year: number, before: number): string[] {
  const m1 = parseDay(lunarNewYear(year)) ?? 0;
  const days = [0, 1, 2, 3, 4].map((i) => m1 - before + i);
  const off = new Set(days);
  const weekend = (d: number) => [0, 6].includes((d + 4) % 7);
  for (const d of days) {
    if (!weekend(d)) continue;
    let c = d + 1;
    while (weekend(c) || off.has(c)) c++;
    off.add(c);
  }
  return [...off].filter((d) => !weekend(d)).sort((a, b) => a - b).map(formatDay);
}

describe("Tết's default pattern against the announced schedules 2016–2026", () => {
  const YEARS = OFFICIAL_HOLIDAY_SCHEDULES.map((y) => y.year);

  it("two days before mùng 1 + mùng 1–3 matches the weekdays off of all 11 years", () => {
    expect(YEARS).toHaveLength(11);
    for (const y of YEARS) expect([y, patternWeekdaysOff(y, 2)]).toEqual([y, announcedWeekdaysOff(y, "tet")]);
  });

  it("the last day + mùng 1–4 matches only 4 of them (2016, 2019, 2022, 2026)", () => {
    const matching = YEARS.filter((y) => patternWeekdaysOff(y, 1).join() === announcedWeekdaysOff(y, "tet").join());
    expect(matching).toEqual([2016, 2019, 2022, 2026]);
  });

  it("is what the library computes when no schedule applies", () => {
    for (const y of YEARS) {
      const computed = publicHolidays(y, COMPUTED_ONLY).daysOff.filter((d) => d.holiday === "tet" && ![0, 6].includes(((parseDay(d.date) ?? 0) + 4) % 7));
      expect([y, computed.map((d) => d.date)]).toEqual([y, announcedWeekdaysOff(y, "tet")]);
    }
  });
});

describe("the announced schedules 2016–2026 (data)", () => {
  it("agree with the lunar calendar and the law's fixed dates", () => {
    for (const y of OFFICIAL_HOLIDAY_SCHEDULES) {
      const hk = y.holidays.find((h) => h.holiday === "hung_kings");
      expect([y.year, hk?.holidayDays]).toEqual([y.year, [fromLunarDate({ year: y.year, month: 3, day: 10 })]]);
      const tet = y.holidays.find((h) => h.holiday === "tet");
      const m1 = parseDay(lunarNewYear(y.year)) ?? 0;
      for (const d of tet?.holidayDays ?? []) expect(Math.abs((parseDay(d) ?? 0) - m1)).toBeLessThanOrEqual(4);
      expect(y.holidays.find((h) => h.holiday === "new_year")?.holidayDays).toEqual([`${y.year}-01-01`]);
      expect(y.holidays.find((h) => h.holiday === "reunification")?.holidayDays).toEqual([`${y.year}-04-30`]);
      expect(y.holidays.find((h) => h.holiday === "labour_day")?.holidayDays).toEqual([`${y.year}-05-01`]);
      // National Day: one day under the 2012 code (to 2020), two from 2021.
      expect(y.holidays.find((h) => h.holiday === "national_day")?.holidayDays.length).toBe(y.year <= 2020 ? 1 : 2);
    }
  });

  it("are consistent: days inside the break, worked days on weekends, swapped days on weekdays, year status the weakest", () => {
    const weekend = (s: string) => [0, 6].includes(((parseDay(s) ?? 0) + 4) % 7);
    for (const y of OFFICIAL_HOLIDAY_SCHEDULES) {
      for (const h of y.holidays) {
        for (const d of [...h.holidayDays, ...h.compensatoryDays, ...h.swappedDays]) expect(d >= h.breakFrom && d <= h.breakTo).toBe(true);
        for (const d of h.workingDays) expect(weekend(d)).toBe(true);
        for (const d of [...h.swappedDays, ...h.compensatoryDays]) expect(weekend(d)).toBe(false);
        // A swap always pairs one weekday off with one weekend day worked.
        expect(h.swappedDays.length).toBe(h.workingDays.length);
      }
      expect(y.status).toBe(y.holidays.every((h) => h.status === "confirmed") ? "confirmed" : "uncertain");
    }
  });

  it("are used by default: the 2025 facts", () => {
    // Tết 25/01–02/02/2025; 30/4–1/5: 30/04–04/05 with Friday 2/5 swapped for Saturday 26/4; National Day 30/08–02/09.
    for (const d of ["2025-01-27", "2025-01-31", "2025-04-30", "2025-05-02", "2025-09-01", "2025-09-02"]) expect([d, isWorkingDay(d)]).toEqual([d, false]);
    expect(isWorkingDay("2025-04-26")).toBe(true);
    expect(isWorkingDay("2025-02-03")).toBe(true);
    expect(isWorkingDay("2025-02-15")).toBe(false); // no source says Saturday 15/02/2025 was worked
    expect(addWorkingDays("2025-01-24", 1)).toBe("2025-02-03");
    expect(addWorkingDays("2025-04-25", 1)).toBe("2025-04-26"); // Saturday worked
    expect(addWorkingDays("2025-04-29", 1)).toBe("2025-05-05");
    const y = publicHolidays(2025);
    expect(y.source).toBe("official");
    expect(y.workingDays).toEqual(["2025-04-26"]);
    expect(y.daysOff.filter((d) => d.kind === "swapped").map((d) => d.date)).toEqual(["2025-05-02"]);
  });

  it("cross a year end: New Year 2019 took Monday 31/12/2018 off and Saturday 05/01/2019 on", () => {
    expect(isWorkingDay("2018-12-31")).toBe(false);
    expect(isWorkingDay("2019-01-05")).toBe(true);
    expect(workingDaysBetween("2018-12-28", "2019-01-07")).toBe(5); // 2, 3, 4, 5 (Sat), 7 January
    expect(isWorkingDay("2018-12-31", COMPUTED_ONLY)).toBe(true);
  });
});

describe("official schedules supplied by the caller", () => {
  // Tết Ất Tỵ 2025 for civil servants as announced: days off 25/01–02/02/2025, no day worked in exchange; 30/4–1/5
  // with Friday 02/05 off and Saturday 26/04 worked; National Day 30/08–02/09.
  const DAYS_OFF_2025 = ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"];

  it("replace a whole year", () => {
    const cal = createWorkingCalendar({ schedules: [{ year: 2025, daysOff: DAYS_OFF_2025, workingDays: ["2025-04-26"], source: "the announced 2025 schedule" }] });
    expect(addWorkingDays("2025-01-24", 3, cal)).toBe("2025-02-05"); // Fri 24/01 → Mon 3, Tue 4, Wed 5 Feb
    expect(isWorkingDay("2025-04-26", cal)).toBe(true);
    expect(publicHolidays(2025, cal).source).toBe("official");
    expect(workingDaysBetween("2025-04-25", "2025-05-05", cal)).toBe(4); // Sat 26/4, Mon 28, Tue 29/4 and Mon 5/5
  });

  it("replace one holiday and keep the rest", () => {
    // Suppose Tết 2025 had been only 28/01–01/02: Monday 27/01 becomes a working day; 30/4's swap stays.
    const cal = createWorkingCalendar({ holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: ["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01"] }] });
    expect(isWorkingDay("2025-01-27", cal)).toBe(true);
    expect(isWorkingDay("2025-05-02", cal)).toBe(false);
    expect(isWorkingDay("2025-04-26", cal)).toBe(true);
    // On a computed year too: 2030's Tết replaced, National Day still computed.
    const c2 = createWorkingCalendar({ holidaySchedules: [{ year: 2030, holiday: "tet", daysOff: ["2030-02-01", "2030-02-04", "2030-02-05", "2030-02-06", "2030-02-07"] }] });
    expect(publicHolidays(2030, c2).source).toBe("mixed");
    expect(isWorkingDay("2030-02-08", c2)).toBe(true);
    expect(isWorkingDay("2030-09-02", c2)).toBe(false);
  });

  it("can switch the announced schedules off", () => {
    expect(isWorkingDay("2025-04-26", COMPUTED_ONLY)).toBe(false);
    expect(publicHolidays(2025, COMPUTED_ONLY).source).toBe("computed");
  });

  it("are validated", () => {
    const r = safeCreateWorkingCalendar({ schedules: [{ year: 2025, daysOff: ["2024-12-31"] }] });
    expect(r.ok ? null : { code: r.issues[0]?.code, path: r.issues[0]?.path }).toEqual({ code: "schedule_wrong_year", path: ["schedules", 0, "daysOff", 0] });
    const s = safeCreateWorkingCalendar({ schedules: [{ year: 2025, daysOff: [], workingDays: ["2025-02-14"] }] });
    expect(s.ok ? null : s.issues[0]?.code).toBe("working_day_not_weekend");
    const far = safeCreateWorkingCalendar({ holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: ["2025-06-02"] }] });
    expect(far.ok ? null : [far.issues[0]?.code, far.issues[0]?.message.vi]).toEqual(["holiday_schedule_too_far", expect.stringContaining("02/06/2025")]);
    const dup = safeCreateWorkingCalendar({ holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: [] }, { year: 2025, holiday: "tet", daysOff: [] }] });
    expect(dup.ok ? null : dup.issues[0]?.code).toBe("duplicate_holiday_schedule");
    const both = safeCreateWorkingCalendar({ schedules: [{ year: 2025, daysOff: [] }], holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: [] }] });
    expect(both.ok ? null : both.issues[0]?.code).toBe("holiday_schedule_in_scheduled_year");
    const d = safeIsWorkingDay("2023-02-30");
    expect(d.ok ? null : d.issues[0]?.code).toBe("impossible_date");
    expect(d.ok ? null : d.issues[0]?.message.vi).toContain("không tồn tại");
    const n = safeAddWorkingDays("2023-09-01", 1.5);
    expect(n.ok ? null : n.issues[0]?.path).toEqual(["days"]);
    expect(safeWorkingDaysBetween("2023-13-01", "2023-01-01").ok).toBe(false);
  });
});

describe("a calendar is recognised by its structure", () => {
  const cal = createWorkingCalendar({
    nationalDayAdjacent: "after",
    schedules: [{ year: 2031, daysOff: ["2031-01-01", "2031-01-21", "2031-01-22"], workingDays: ["2031-01-25"] }],
    holidaySchedules: [{ year: 2030, holiday: "tet", daysOff: ["2030-02-01", "2030-02-04", "2030-02-05", "2030-02-06", "2030-02-07"] }],
  });
  const DATES = ["2030-02-01", "2030-02-08", "2032-09-03", "2031-01-21", "2031-01-23", "2031-01-25", "2025-05-02"];
  const answers = (c: WorkingCalendar) => DATES.map((d) => isWorkingDay(d, c));

  it("works the same after JSON and structuredClone", () => {
    const expected = answers(cal);
    expect(answers(JSON.parse(JSON.stringify(cal)) as WorkingCalendar)).toEqual(expected);
    expect(answers(structuredClone(cal))).toEqual(expected);
    expect(workingDaysBetween("2030-01-01", "2031-12-31", structuredClone(cal))).toBe(workingDaysBetween("2030-01-01", "2031-12-31", cal));
  });

  it("reads a copy's content on every call (a changed copy is a different calendar)", () => {
    const copy = JSON.parse(JSON.stringify(cal)) as { nationalDayAdjacent: string };
    // 2/9/2032 is a Thursday: "after" takes Friday 3/9, "before" Wednesday 1/9.
    expect(isWorkingDay("2032-09-03", copy as WorkingCalendar)).toBe(false);
    copy.nationalDayAdjacent = "before";
    expect(isWorkingDay("2032-09-03", copy as WorkingCalendar)).toBe(true);
  });

  it("refuses a forged or broken one with issues", () => {
    const forged = { ...JSON.parse(JSON.stringify(cal)), scheduleYears: [2031, 2032] } as WorkingCalendar;
    const f = safeIsWorkingDay("2030-01-03", forged);
    expect(f.ok ? null : [f.issues[0]?.code, f.issues[0]?.path]).toEqual(["schedule_years_mismatch", ["calendar", "scheduleYears"]]);
    const old = safeIsWorkingDay("2023-01-03", { kind: "working_calendar", nationalDayAdjacent: "auto", scheduleYears: [] } as unknown as WorkingCalendar);
    expect(old.ok).toBe(false);
    const bad = safeIsWorkingDay("2023-01-03", { kind: "working_calendar", nationalDayAdjacent: "sideways", officialSchedules: "built_in", scheduleYears: [], schedules: [], holidaySchedules: [] } as unknown as WorkingCalendar);
    expect(bad.ok ? null : bad.issues[0]?.path).toEqual(["calendar", "nationalDayAdjacent"]);
    const wrongDay = safeWorkingDaysBetween("2030-01-01", "2030-12-31", { ...JSON.parse(JSON.stringify(cal)), schedules: [{ year: 2031, daysOff: ["2031-02-30"] }] } as WorkingCalendar);
    expect(wrongDay.ok ? null : wrongDay.issues[0]?.code).toBe("impossible_date");
    const notOne = safePublicHolidays(2024, "2024" as unknown as WorkingCalendar);
    expect(notOne.ok ? null : notOne.issues[0]?.code).toBe("invalid_calendar");
  });
});

function isDeeplyFrozen(v: unknown, seen = new Set<unknown>()): boolean {
  if (v === null || typeof v !== "object" || seen.has(v)) return true;
  seen.add(v);
  return Object.isFrozen(v) && Object.values(v as Record<string, unknown>).every((x) => isDeeplyFrozen(x, seen));
}

describe("nothing shared", () => {
  it("freezes every exported constant deeply", () => {
    const constants = { PUBLIC_HOLIDAY_RULES, HOLIDAY_RULE_SETS, HOLIDAY_KEYS, NATIONAL_DAY_ADJACENT_DEFAULT, COMPENSATORY_DAY_RULE, DEADLINE_COUNTING_RULE, DEFAULT_WORKING_CALENDAR, OFFICIAL_HOLIDAY_SCHEDULES };
    for (const [name, value] of Object.entries(constants)) expect([name, isDeeplyFrozen(value)]).toEqual([name, true]);
    expect(isDeeplyFrozen(createWorkingCalendar({ schedules: [{ year: 2030, daysOff: ["2030-01-01"] }] }))).toBe(true);
  });

  it("hands out a year's holidays deeply frozen: trimming them fails and the next call is unaffected", () => {
    const first = publicHolidays(2024);
    expect(isDeeplyFrozen(first)).toBe(true);
    const before = JSON.stringify(first);
    expect(() => (first.daysOff as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (first.workingDays as unknown as string[])[0] = "2024-01-01";
    }).toThrow(TypeError);
    expect(JSON.stringify(publicHolidays(2024))).toBe(before);
  });

  it("returns a fresh lunar date each call", () => {
    const a = toLunarDate("2024-02-10") as { day: number };
    a.day = 99;
    expect(toLunarDate("2024-02-10").day).toBe(1);
  });

  it("keeps a caller's schedule from changing the calendar made from it", () => {
    const daysOff = ["2030-02-01"];
    const cal = createWorkingCalendar({ schedules: [{ year: 2030, daysOff }] });
    daysOff.push("2030-02-04");
    expect(isWorkingDay("2030-02-04", cal)).toBe(true);
  });
});

describe("working days", () => {
  it("crosses a weekend", () => {
    // Friday 08/09/2023 + 3 working days: Mon 11, Tue 12, Wed 13.
    expect(addWorkingDays("2023-09-08", 3)).toBe("2023-09-13");
    expect(workingDaysBetween("2023-09-08", "2023-09-13")).toBe(3);
    expect(addWorkingDays("2023-09-09", 1)).toBe("2023-09-11"); // from a Saturday
    expect(addWorkingDays("2023-09-08", 0)).toBe("2023-09-08");
    expect(addWorkingDays("2023-09-11", -1)).toBe("2023-09-08");
    expect(workingDaysBetween("2023-09-13", "2023-09-08")).toBe(-3);
  });

  it("crosses 30/4–1/5 (2024: Monday 29/4 swapped for Saturday 4/5)", () => {
    // Friday 26/04/2024 + 3: (Mon 29 swapped, Tue 30/4, Wed 1/5 holidays) Thu 2, Fri 3, Sat 4 (worked).
    expect(addWorkingDays("2024-04-26", 3)).toBe("2024-05-04");
    expect(addWorkingDays("2024-04-26", 3, COMPUTED_ONLY)).toBe("2024-05-03"); // Labour Code only: 29, 2, 3
    expect(isWorkingDay("2024-04-30")).toBe(false);
    expect(isWorkingDay("2024-05-01")).toBe(false);
  });

  it("counts across many years the same as day by day (property, fixed seed)", () => {
    const from = dayFromCivil(2014, 1, 1);
    const to = dayFromCivil(2199, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: 900 }), (a, span) => {
        const b = Math.min(a + span, to);
        let n = 0;
        for (let d = a + 1; d <= b; d++) if (isWorkingDay(formatDay(d))) n++;
        return workingDaysBetween(formatDay(a), formatDay(b)) === n && workingDaysBetween(formatDay(b), formatDay(a)) === -n;
      }),
      { numRuns: 120, seed: SEED },
    );
  });

  it("workingDaysBetween(a, addWorkingDays(a, n)) === n (property, fixed seed)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(2014, 1, 1), max: dayFromCivil(2185, 1, 1) }), fc.integer({ min: 0, max: 3000 }), (d, n) => {
        const a = formatDay(d);
        return workingDaysBetween(a, addWorkingDays(a, n)) === n;
      }),
      { numRuns: 300, seed: SEED },
    );
  });

  it("adding forward then back returns to the last working day on or before the start (property, fixed seed)", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromCivil(2015, 1, 1), max: dayFromCivil(2035, 1, 1) }), fc.integer({ min: 1, max: 600 }), (d, n) => {
        const a = formatDay(d);
        const back = addWorkingDays(addWorkingDays(a, n), -n);
        return isWorkingDay(a) ? back === a : back < a;
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it("gives the issue date_out_of_range past 2199", () => {
    const r = safeAddWorkingDays("2199-12-30", 5);
    expect(r.ok ? null : r.issues[0]?.code).toBe("date_out_of_range");
  });
});
