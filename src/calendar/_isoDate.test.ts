// The day-number helpers every calendar function stands on, against facts that do not come from the code: the
// Gregorian leap rule (1900 and 2100 are not leap years, 2000 is), the lengths of the months, day numbers counted
// from 1970-01-01 (a Thursday) as Python's `date` counts them, and the supported range 1900-01-01–2199-12-31. Each
// refusal is checked twice: the fast parser gives no day, and the schema names what is wrong.
import { describe, expect, it } from "vitest";
import { collect, dayFromCivil, daysInMonth, formatDay, isLeapYear, parseDay, safeDay, safeInt, safeYear, weekdayOf } from "./_isoDate.js";
import { PovertyError } from "../errors/PovertyError.js";
import { lunarNewYear, safeLunarNewYear, safeToLunarDate, toLunarDate } from "./index.js";

/** The issues of a refused result, as code, path and params. */
function issuesOf(r: { ok: boolean; issues?: readonly { code: string; path: readonly (string | number)[]; params: unknown }[] }): unknown {
  if (r.ok || r.issues === undefined) throw new Error("accepted");
  return r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

describe("the Gregorian calendar", () => {
  it("has leap years every 4 years except centuries not divisible by 400", () => {
    expect([1900, 2000, 2023, 2024, 2100, 2196, 2199].map(isLeapYear)).toEqual([false, true, false, true, false, true, false]);
  });

  it("has months of 31, 28/29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 days", () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(months.map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it("counts days from 1970-01-01, a Thursday", () => {
    expect([dayFromCivil(1970, 1, 1), dayFromCivil(2024, 2, 10), dayFromCivil(1900, 1, 1), dayFromCivil(2199, 12, 31)]).toEqual([0, 19763, -25567, 84005]);
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(-25567)).toBe(1); // 1900-01-01 was a Monday
  });

  it("prints a year below 1000 with four digits", () => {
    expect(formatDay(-354650)).toBe("0999-01-01");
    expect(formatDay(dayFromCivil(5, 3, 7))).toBe("0005-03-07");
    expect(formatDay(dayFromCivil(1000, 1, 1))).toBe("1000-01-01");
    expect(formatDay(19782)).toBe("2024-02-29");
  });
});

describe("parseDay, the fast parser", () => {
  it("reads the first and last supported days and a leap day", () => {
    expect(["1900-01-01", "2199-12-31", "2024-02-29", "2000-02-29"].map(parseDay)).toEqual([-25567, 84005, 19782, 11016]);
  });

  it("gives no day for a date that does not exist or is outside 1900–2199", () => {
    for (const s of ["2023-02-29", "1900-02-29", "2100-02-29", "2024-04-31", "2024-06-31", "2024-09-31", "2024-11-31", "2024-01-32", "2024-01-00", "2024-00-10", "2024-13-01", "1899-12-31", "2200-01-01"]) {
      expect(parseDay(s), s).toBeUndefined();
    }
  });

  it("gives no day when a digit is not a digit, even where its value would make a date", () => {
    // each would read as a real date if a non-digit counted as -1 or as its code minus 48 (":" as 10)
    for (const s of ["2/99-01-01", "20/9-01-01", "202/-01-01", "2024-1/-01", "2024-01-1/", "2024-0:-01", "1:24-01-01", "2024-01-0:", "/024-01-01", "2024-/1-01", "2024-01-/1"]) {
      expect(parseDay(s), s).toBeUndefined();
    }
  });

  it("gives no day without the dashes, at another length or for a value that is not a string", () => {
    for (const s of ["2024/01/01", "2024-01/01", "2024/01-01", "2024-01-011", "2024-01-1", "20240-1-01"]) expect(parseDay(s), s).toBeUndefined();
    for (const v of [20240101, null, undefined, { length: 10 }, ["2024-01-01"]]) expect(parseDay(v)).toBeUndefined();
  });
});

describe("safeDay, the schema's issues", () => {
  it("a date that is not YYYY-MM-DD: invalid_date, the text shortened after 60 characters", () => {
    expect(issuesOf(safeDay("2024/01/01", ["date"]))).toEqual([{ code: "invalid_date", path: ["date"], params: { received: "2024/01/01" } }]);
    expect(issuesOf(safeDay("x".repeat(61), ["d"]))).toEqual([{ code: "invalid_date", path: ["d"], params: { received: `${"x".repeat(60)}…` } }]);
    expect(issuesOf(safeDay("y".repeat(60), []))).toEqual([{ code: "invalid_date", path: [], params: { received: "y".repeat(60) } }]);
  });

  it("a day its month does not have: impossible_date, naming the month's length (0 for a month that does not exist)", () => {
    const p = (received: string, year: number, month: number, days: number) => [{ code: "impossible_date", path: ["date"], params: { received, year, month, days } }];
    expect(issuesOf(safeDay("2023-02-29", ["date"]))).toEqual(p("2023-02-29", 2023, 2, 28));
    expect(issuesOf(safeDay("2024-04-31", ["date"]))).toEqual(p("2024-04-31", 2024, 4, 30));
    expect(issuesOf(safeDay("2024-01-00", ["date"]))).toEqual(p("2024-01-00", 2024, 1, 31));
    expect(issuesOf(safeDay("2024-12-32", ["date"]))).toEqual(p("2024-12-32", 2024, 12, 31));
    expect(issuesOf(safeDay("2024-13-01", ["date"]))).toEqual(p("2024-13-01", 2024, 13, 0));
    expect(issuesOf(safeDay("2024-00-05", ["date"]))).toEqual(p("2024-00-05", 2024, 0, 0));
    // an impossible date outside the range is impossible first
    expect(issuesOf(safeDay("1899-02-29", ["date"]))).toEqual(p("1899-02-29", 1899, 2, 28));
  });

  it("a real date outside 1900–2199: year_out_of_range", () => {
    const p = (year: number) => [{ code: "year_out_of_range", path: ["date"], params: { year, min: 1900, max: 2199 } }];
    expect(issuesOf(safeDay("1899-12-31", ["date"]))).toEqual(p(1899));
    expect(issuesOf(safeDay("2200-01-01", ["date"]))).toEqual(p(2200));
  });

  it("reaches the public functions with the argument's name", () => {
    expect(issuesOf(safeToLunarDate("2023-02-29"))).toEqual([{ code: "impossible_date", path: ["date"], params: { received: "2023-02-29", year: 2023, month: 2, days: 28 } }]);
    expect(issuesOf(safeToLunarDate("banana"))).toEqual([{ code: "invalid_date", path: ["date"], params: { received: "banana" } }]);
    expect(() => toLunarDate("banana")).toThrow(PovertyError);
    try {
      toLunarDate("banana");
    } catch (e) {
      expect((e as PovertyError).details).toEqual({ function: "toLunarDate", issueCount: 1 });
    }
  });
});

describe("safeYear and safeInt", () => {
  it("a year: a whole number in 1900–2199", () => {
    expect(safeYear(1900, ["year"])).toEqual({ ok: true, value: 1900 });
    expect(safeYear(2199, ["year"])).toEqual({ ok: true, value: 2199 });
    expect(issuesOf(safeYear(1899, ["year"]))).toEqual([{ code: "year_out_of_range", path: ["year"], params: { year: 1899, min: 1900, max: 2199 } }]);
    expect(issuesOf(safeYear(2200, ["y"]))).toEqual([{ code: "year_out_of_range", path: ["y"], params: { year: 2200, min: 1900, max: 2199 } }]);
    const type = (received: string | number) => [{ code: "invalid_type", path: ["year"], params: { expected: "int", received } }];
    expect(issuesOf(safeYear(2023.5, ["year"]))).toEqual(type(2023.5));
    expect(issuesOf(safeYear(Number.NaN, ["year"]))).toEqual(type("NaN"));
    expect(issuesOf(safeYear(-Infinity, ["year"]))).toEqual(type("-Infinity"));
    expect(issuesOf(safeYear("2024", ["year"]))).toEqual(type("2024"));
    expect(issuesOf(safeYear(null, ["year"]))).toEqual(type("null"));
  });

  it("lunarNewYear takes the year through it", () => {
    expect(issuesOf(safeLunarNewYear(2023.5))).toEqual([{ code: "invalid_type", path: ["year"], params: { expected: "int", received: 2023.5 } }]);
    expect(lunarNewYear(2025)).toBe("2025-01-29");
    try {
      lunarNewYear(1899);
      expect.unreachable();
    } catch (e) {
      expect((e as PovertyError).details).toEqual({ function: "lunarNewYear", issueCount: 1 });
    }
  });

  it("a count of days: a whole number of at most 100,000 either way (or the limit given)", () => {
    expect(safeInt(100_000, ["n"])).toEqual({ ok: true, value: 100_000 });
    expect(safeInt(-100_000, ["n"])).toEqual({ ok: true, value: -100_000 });
    expect(safeInt(0, ["n"])).toEqual({ ok: true, value: 0 });
    expect(safeInt(5, ["n"], 5)).toEqual({ ok: true, value: 5 });
    const type = (received: string | number) => [{ code: "invalid_type", path: ["n"], params: { expected: "int", received } }];
    expect(issuesOf(safeInt(100_001, ["n"]))).toEqual(type(100_001));
    expect(issuesOf(safeInt(-100_001, ["n"]))).toEqual(type(-100_001));
    expect(issuesOf(safeInt(6, ["n"], 5))).toEqual(type(6));
    expect(issuesOf(safeInt(1.5, ["n"]))).toEqual(type(1.5));
    expect(issuesOf(safeInt(Number.POSITIVE_INFINITY, ["n"]))).toEqual(type("Infinity"));
    expect(issuesOf(safeInt("3", ["n"]))).toEqual(type("3"));
  });

  it("collect gathers the issues of the refused results in order, or nothing", () => {
    expect(collect()).toBeUndefined();
    expect(collect({ ok: true, value: 1 }, { ok: true, value: 2 })).toBeUndefined();
    const a = safeYear(1, ["a"]);
    const b = safeInt(0.5, ["b"]);
    expect(collect(a, { ok: true, value: 0 }, b)?.map((i) => i.path)).toEqual([["a"], ["b"]]);
  });
});
