// What fromLunarDate refuses, and how: each bad lunar date gets the one issue that names what is wrong with it, at
// its field; no bad date is read as another month. Lengths and edges from independent facts: Tết 2025 is
// 2025-01-29 (so month 12 of lunar 2024 ends on 2025-01-28, its 29th day), 2024 has no leap month, 2023 a leap 2nd
// month from 2023-03-22, and the supported range is 1900-01-01–2199-12-31 (its first day is 1/12 of lunar 1899, its
// last 14/11 of lunar 2199).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromLunarDate, safeFromLunarDate, toLunarDate } from "./index.js";

const RANGE = { min: "1900-01-01", max: "2199-12-31" };

/** The issues of a refused lunar date, as code, path and params. */
function refused(x: unknown): { code: string; path: readonly (string | number)[]; params: unknown }[] {
  const r = safeFromLunarDate(x as never);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(x)} as ${r.value}`);
  return r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

describe("fromLunarDate refuses, with one issue at the field", () => {
  it("day 30 of a 29-day month, naming the month's length", () => {
    expect(refused({ year: 2024, month: 12, day: 30 })).toEqual([{ code: "no_such_lunar_day", path: ["day"], params: { year: 2024, month: 12, length: 29 } }]);
    expect(fromLunarDate({ year: 2024, month: 12, day: 29 })).toBe("2025-01-28");
  });

  it("a leap month the year does not have, at `leap`", () => {
    expect(refused({ year: 2024, month: 2, day: 1, leap: true })).toEqual([{ code: "no_such_leap_month", path: ["leap"], params: { year: 2024, month: 2 } }]);
    expect(fromLunarDate({ year: 2023, month: 2, day: 1, leap: true })).toBe("2023-03-22");
  });

  it("a day, month or year that is not a whole number in its range: only that field's issue", () => {
    expect(refused({ year: 2024, month: 1, day: 0 })).toEqual([{ code: "too_small", path: ["day"], params: { origin: "number", minimum: 1, inclusive: true, received: 0 } }]);
    expect(refused({ year: 2024, month: 1, day: 31 })).toEqual([{ code: "too_big", path: ["day"], params: { origin: "number", maximum: 30, inclusive: true, received: 31 } }]);
    expect(refused({ year: 2024, month: 1, day: 1.5 })).toEqual([{ code: "invalid_type", path: ["day"], params: { expected: "int", received: 1.5 } }]);
    expect(refused({ year: 2024, month: 0, day: 1 })).toEqual([{ code: "too_small", path: ["month"], params: { origin: "number", minimum: 1, inclusive: true, received: 0 } }]);
    expect(refused({ year: 2024, month: 13, day: 1 })).toEqual([{ code: "too_big", path: ["month"], params: { origin: "number", maximum: 12, inclusive: true, received: 13 } }]);
    expect(refused({ year: 2024, month: 1.5, day: 1 })).toEqual([{ code: "invalid_type", path: ["month"], params: { expected: "int", received: 1.5 } }]);
    expect(refused({ year: 1898, month: 1, day: 1 })).toEqual([{ code: "too_small", path: ["year"], params: { origin: "number", minimum: 1899, inclusive: true, received: 1898 } }]);
    expect(refused({ year: 2200, month: 1, day: 1 })).toEqual([{ code: "too_big", path: ["year"], params: { origin: "number", maximum: 2199, inclusive: true, received: 2200 } }]);
  });

  it("never reads a fractional year or a month past 12 as another month (they once gave 9/2024 and Tết 2025)", () => {
    expect(refused({ year: 2024.5, month: 1, day: 1 })).toEqual([{ code: "invalid_type", path: ["year"], params: { expected: "int", received: 2024.5 } }]);
    expect(refused({ year: 2024, month: 17, day: 1 }).map((i) => [i.code, i.path])).toEqual([["too_big", ["month"]]]);
    expect(refused({ year: 2024.0625, month: 0, day: 1 }).map((i) => i.path[0])).toEqual(["year", "month"]);
  });

  it("a leap flag that is not a boolean, an unknown key, and a value that is not an object", () => {
    expect(refused({ year: 2024, month: 1, day: 1, leap: "no" })).toEqual([{ code: "invalid_type", path: ["leap"], params: { expected: "boolean", received: "no" } }]);
    expect(refused({ year: 2024, month: 1, day: 1, hour: 7 })).toEqual([{ code: "unrecognized_keys", path: [], params: { keys: ["hour"] } }]);
    for (const x of [null, "2024-01-01", [2024, 1, 1], 20240101]) expect(refused(x).map((i) => [i.code, i.path])).toEqual([["invalid_type", []]]);
  });

  it("takes `leap: undefined` as not leap, and an object with an inherited key as the schema does", () => {
    expect(fromLunarDate({ year: 2024, month: 1, day: 1, leap: undefined } as unknown as Parameters<typeof fromLunarDate>[0])).toBe("2024-02-10");
    const inherited = Object.create({ hour: 7 }, { year: { value: 2024, enumerable: true }, month: { value: 1, enumerable: true }, day: { value: 1, enumerable: true } }) as unknown;
    expect(refused(inherited)).toEqual([{ code: "unrecognized_keys", path: [], params: { keys: ["hour"] } }]);
  });
});

describe("fromLunarDate at the edges of the supported range", () => {
  it("accepts the first and the last day, and refuses the day before and the day after, as out of range", () => {
    expect(fromLunarDate({ year: 1899, month: 12, day: 1 })).toBe("1900-01-01");
    expect(refused({ year: 1899, month: 11, day: 29 })).toEqual([{ code: "date_out_of_range", path: [], params: RANGE }]);
    expect(fromLunarDate({ year: 2199, month: 11, day: 14 })).toBe("2199-12-31");
    expect(refused({ year: 2199, month: 11, day: 15 })).toEqual([{ code: "date_out_of_range", path: [], params: RANGE }]);
    expect(refused({ year: 2199, month: 12, day: 1 })).toEqual([{ code: "date_out_of_range", path: [], params: RANGE }]);
  });
});

describe("fromLunarDate answers only with the day it was asked for (property)", () => {
  it("any numbers: refused, or a date whose lunar date is exactly the input", () => {
    const num = (lo: number, hi: number) => fc.oneof(fc.integer({ min: lo, max: hi }), fc.double({ min: lo, max: hi, noNaN: true }), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0));
    fc.assert(
      fc.property(num(1895, 2205), num(-3, 20), num(-2, 33), fc.boolean(), (year, month, day, leap) => {
        const r = safeFromLunarDate({ year, month, day, leap });
        if (!r.ok) return true;
        expect(toLunarDate(r.value)).toEqual({ year, month, day, leap });
        return true;
      }),
      { seed: 20261201, numRuns: 3000 },
    );
  });
});
