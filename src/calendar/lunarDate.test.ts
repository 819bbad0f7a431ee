// The lunar calendar against its own inverse on every day of the supported range, and against an independent
// reference: the same calendar rules applied to a full ephemeris (test/reference/ephemerisLunarCalendar.ts).
import { describe, expect, it } from "vitest";
import { fromLunarDate, lunarNewYear, safeFromLunarDate, toLunarDate, type LunarDate } from "./index.js";
import { formatDay, dayFromCivil } from "./_isoDate.js";
import { lunarMonthOf, lunarNewYearDay } from "./_lunar.js";
import { referenceLunarMonths } from "../../test/reference/ephemerisLunarCalendar.js";

const FIRST = dayFromCivil(1900, 1, 1);
const LAST = dayFromCivil(2199, 12, 31);

describe("every day of 1900–2199", () => {
  it("converts both ways, with days 1–30, months 1–12 and consistent leap months", () => {
    const problems: string[] = [];
    let prev: LunarDate | undefined;
    for (let d = FIRST; d <= LAST; d++) {
      const iso = formatDay(d);
      const l = toLunarDate(iso);
      if (l.day < 1 || l.day > 30 || l.month < 1 || l.month > 12) problems.push(`${iso}: ${JSON.stringify(l)}`);
      if (fromLunarDate(l) !== iso) problems.push(`${iso}: round trip gives ${fromLunarDate(l)}`);
      if (prev) {
        const sameMonth = l.year === prev.year && l.month === prev.month && l.leap === prev.leap;
        if (sameMonth ? l.day !== prev.day + 1 : l.day !== 1 || prev.day < 29) problems.push(`${iso}: does not follow ${JSON.stringify(prev)}`);
        // A leap month follows the regular month of the same number, in the same year.
        if (!sameMonth && l.leap && (prev.leap || prev.month !== l.month || prev.year !== l.year)) problems.push(`${iso}: leap month not after its regular month`);
        // Otherwise months follow 1 → 2 → … → 12 → 1 (next year).
        if (!sameMonth && !l.leap) {
          const next = prev.month === 12 ? { y: prev.year + 1, m: 1 } : { y: prev.year, m: prev.month + 1 };
          if (l.year !== next.y || l.month !== next.m) problems.push(`${iso}: month ${l.year}/${l.month} after ${prev.year}/${prev.month}`);
        }
      }
      prev = l;
      if (problems.length > 5) break;
    }
    expect(problems).toEqual([]);
  });

  it("has no day 0 where the old month search had one (2054-05-07, 2062-04-09)", () => {
    expect(toLunarDate("2054-05-07")).toEqual({ year: 2054, month: 3, day: 30, leap: false });
    expect(toLunarDate("2062-04-09")).toEqual({ year: 2062, month: 2, day: 30, leap: false });
    expect(fromLunarDate({ year: 2054, month: 4, day: 1 })).toBe("2054-05-08");
  });

  it("accepts the lunar years at the edges of the range, as far as their days are in it", () => {
    const first = toLunarDate("1900-01-01");
    expect(first.year).toBe(1899);
    expect(fromLunarDate(first)).toBe("1900-01-01");
    expect(fromLunarDate(toLunarDate("2199-12-31"))).toBe("2199-12-31");
    const before = safeFromLunarDate({ year: 1899, month: 1, day: 1 });
    expect(before.ok ? null : before.issues[0]?.code).toBe("date_out_of_range");
    const after = safeFromLunarDate({ year: 2199, month: 12, day: 1 });
    expect(after.ok ? null : after.issues[0]?.code).toBe("date_out_of_range");
  });
});

describe("against an ephemeris (independent reference)", () => {
  // Where the library's truncated series and the full ephemeris put a new moon on different sides of local
  // midnight, the month starts a day apart. These are all such months in 1900–2199 (the published algorithm is
  // kept; docs/calendar.md lists them).
  const KNOWN: readonly string[] = ["2072-12-09", "2085-10-19", "2130-05-07", "2150-05-26", "2159-05-17", "2199-01-26"];

  it("agrees on every month start, month number and leap month in 1900–2199 but six", () => {
    const disagreements: string[] = [];
    for (const m of referenceLunarMonths(1900, 2199)) {
      const l = toLunarDate(m.start);
      if (l.day !== 1 || l.month !== m.month || l.year !== m.year || l.leap !== m.leap) disagreements.push(m.start);
    }
    expect(disagreements).toEqual(KNOWN);
  });

  it("names the leap months the reference names (1900–2199)", () => {
    const leaps = referenceLunarMonths(1900, 2199).filter((m) => m.leap);
    expect(leaps.length).toBeGreaterThan(100);
    for (const m of leaps) expect(fromLunarDate({ year: m.year, month: m.month, day: 1, leap: true })).toBe(m.start);
  });
});

describe("UTC+8 before 1968, UTC+7 after", () => {
  it("puts Tết Mậu Thân 1968 on 29/01/1968 (UTC+8 would give 30/01)", () => {
    expect(lunarNewYear(1968)).toBe("1968-01-29");
    expect(formatDay(lunarNewYearDay(1968, 8))).toBe("1968-01-30");
    expect(toLunarDate("1968-01-28")).toEqual({ year: 1967, month: 12, day: 29, leap: false });
  });

  it("gives the same month 12 of Đinh Mùi (from 31/12/1967) whether the switch is 01/01/1968 or Tết 1968", () => {
    expect(fromLunarDate({ year: 1967, month: 12, day: 1 })).toBe("1967-12-31");
    expect(formatDay((lunarMonthOf(1967, 12, false, 7)?.start ?? 0))).toBe("1967-12-31");
    expect(formatDay((lunarMonthOf(1967, 12, false, 8)?.start ?? 0))).toBe("1967-12-31");
  });

  it("computes 1967 and earlier at UTC+8", () => {
    // Month 11 of Đinh Mùi (1967) starts on 02/12/1967 at UTC+8 and 01/12/1967 at UTC+7 (new moon near midnight).
    expect(fromLunarDate({ year: 1967, month: 11, day: 1 })).toBe(formatDay(dayFromCivil(1967, 12, 2)));
    for (let y = 1900; y < 1968; y++) expect(lunarNewYearDay(y)).toBe(lunarNewYearDay(y, 8));
  });
});
