// The lunar table's look-ups outside what it holds: a day before its first month or from the day after its last
// month has no lunar date, and a month that is not in a year is not found (the public functions check the range
// first; these are the table's own answers).
import { describe, expect, it } from "vitest";
import { lunarFromDay, lunarMonthOf, lunarTable } from "./_lunar.js";
import { dayFromCivil } from "./_isoDate.js";

describe("the lunar table's edges", () => {
  const t = lunarTable();
  const first = t.start[0] as number;
  const end = t.start[t.start.length - 1] as number;

  it("gives no lunar date before its first month or from the day after its last", () => {
    expect(lunarFromDay(first - 1)).toBeUndefined();
    expect(lunarFromDay(end)).toBeUndefined();
    expect(lunarFromDay(first)?.day).toBe(1);
    expect(lunarFromDay(end - 1)).toBeDefined();
  });

  it("covers the supported range 1900-01-01–2199-12-31 with room on both sides", () => {
    expect(first).toBeLessThan(dayFromCivil(1900, 1, 1));
    expect(end).toBeGreaterThan(dayFromCivil(2199, 12, 31));
  });

  it("finds a month only for a whole year and a month 1–12 that the year has", () => {
    expect(lunarMonthOf(2024, 1, false)?.start).toBe(dayFromCivil(2024, 2, 10));
    for (const [y, m, leap] of [[2024.5, 1, false], [2024, 0, false], [2024, 13, false], [2024, 1.5, false], [2024, 2, true], [Number.NaN, 1, false]] as const) {
      expect(lunarMonthOf(y, m, leap)).toBeUndefined();
    }
    expect(lunarMonthOf(2023, 2, true)?.start).toBe(dayFromCivil(2023, 3, 22));
  });
});
