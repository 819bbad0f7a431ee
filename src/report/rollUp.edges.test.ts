// The roll-up's edges, each issue read in full (code, path, params): a unit counted both directly and through a
// descendant, a root below the top level, unknown units, tallies of two list years, a sum past 2^53 − 1, units
// that are not an object; and the re-filing of tallies under new codes (remapUnits) with the same care.
// shared/spec/reports.md: "counts roll up; rates never do", a unit is counted once.
import { describe, expect, it } from "vitest";
import { revokedProxy } from "../../test/_lib/hostile.js";
import { caught } from "../../test/_lib/issues.js";
import { tallyWithTotals } from "../../test/_lib/tallies.js";
import { buildHierarchy } from "./buildHierarchy.js";
import { emptyTally } from "./emptyTally.js";
import { rollUpTallies, remapUnits, safeRemapUnits } from "./rollUpTallies.js";
import { tallyRecords } from "./tallyRecords.js";
import type { Tally } from "./types.js";

const S = "2021-2025";
/** A unit's tally of `n` not-poor households of 2 persons, for list year `year` (none: no year). */
function tally(n: number, year?: number): Tally {
  const rs = Array.from({ length: n }, () => ({ unitCode: "X", standard: S, kind: "not_poor" as const, persons: 2 }));
  return tallyRecords(rs, year === undefined ? { standard: S } : { standard: S, year }).units["X"] ?? emptyTally(S, year === undefined ? {} : { year });
}
/** A valid tally whose households and persons total `count` (all not poor). */
const big = (count: number): Tally => tallyWithTotals(count);

// P (province) → C (commune) → V1, V2 (villages); A9 a commune whose province is missing, with its village A9-1.
const hier = () =>
  buildHierarchy([
  { code: "P", name: "Tỉnh", level: "province" },
  { code: "C", name: "Xã", level: "commune", parentCode: "P" },
  { code: "V1", name: "Thôn 1", level: "village", parentCode: "C" },
  { code: "V2", name: "Thôn 2", level: "village", parentCode: "C" },
  { code: "A9", name: "Xã mồ côi", level: "commune" },
  { code: "A9-1", name: "Thôn mồ côi", level: "village", parentCode: "A9" },
]);

describe("rollUpTallies: each unit counted once", () => {
  it("refuses the own tallies of the province and the commune when their villages have data, naming the first descendant in code order", () => {
    // given in reverse code order: the result must not depend on it
    const r = rollUpTallies(hier(), { V2: tally(2), V1: tally(3), P: tally(100), C: tally(50) }, { standard: S });
    expect(r.rejected).toEqual([
      { unitCode: "C", issues: [expect.objectContaining({ code: "unit_counted_twice", path: ["C"], params: { code: "C", descendant: "V1" } })] },
      { unitCode: "P", issues: [expect.objectContaining({ code: "unit_counted_twice", path: ["P"], params: { code: "P", descendant: "C" } })] },
    ]);
    expect(r.total.households.total).toBe(5);
    expect(r.tallies["C"]?.households.total).toBe(5);
    expect(r.tallies["P"]?.persons.total).toBe(10);
  });
  it("refuses the top unit's own tally when a village two levels down has data", () => {
    const r = rollUpTallies(hier(), { P: tally(7), V2: tally(1) }, { standard: S });
    expect(r.rejected.map((x) => [x.unitCode, x.issues[0]?.code])).toEqual([["P", "unit_counted_twice"]]);
    expect(r.total.households.total).toBe(1);
  });
  it("counts a commune's own tally when none of its villages has data", () => {
    const r = rollUpTallies(hier(), { C: tally(4) }, { standard: S });
    expect(r.rejected).toEqual([]);
    expect(r.tallies["C"]?.households.total).toBe(4);
    expect(r.tallies["P"]?.households.total).toBe(4);
    expect(r.total.households.total).toBe(4);
    expect(r.tallies["V1"]?.households.total).toBe(0);
  });
  it("reports a root below the top level whose village has data, rolls it up, and leaves it out of the total", () => {
    const r = rollUpTallies(hier(), { "A9-1": tally(2), V1: tally(1) }, { standard: S });
    expect(r.rejected).toEqual([
      { unitCode: "A9", issues: [expect.objectContaining({ code: "unit_outside_root", path: ["A9"], params: { code: "A9", level: "commune", top: "province" } })] },
    ]);
    expect(r.tallies["A9"]?.households.total).toBe(2);
    expect(r.total.households.total).toBe(1);
  });
  it("does not report a root below the top level that has no data", () => {
    expect(rollUpTallies(hier(), { V1: tally(1) }, { standard: S }).rejected).toEqual([]);
  });
  it("lists unknown units by code, in code order whatever the order given", () => {
    const r = rollUpTallies(hier(), { ZZ: tally(1), MM: tally(1), AA: tally(1), V1: tally(1) }, { standard: S });
    expect(r.rejected).toEqual(["AA", "MM", "ZZ"].map((code) => ({ unitCode: code, issues: [expect.objectContaining({ code: "unknown_unit", path: [code], params: { code } })] })));
    expect(r.total.households.total).toBe(1);
  });
  it("names a bad tally by its unit code", () => {
    const r = rollUpTallies(hier(), { V1: tally(1), V2: 5 as unknown as Tally }, { standard: S });
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.unitCode).toBe("V2");
    expect(r.rejected[0]?.issues[0]?.path[0]).toBe("V2");
  });
});

describe("rollUpTallies: one list year", () => {
  it("without a year: the year of the smallest unit code; a tally of another year is refused with both years", () => {
    const r = rollUpTallies(hier(), { V2: tally(2, 2024), V1: tally(3, 2023) }, { standard: S });
    expect(r.year).toBe(2023);
    expect(r.total.year).toBe(2023);
    expect(r.rejected).toEqual([{ unitCode: "V2", issues: [expect.objectContaining({ code: "year_mismatch", path: ["V2", "year"], params: { expected: 2023, actual: 2024 } })] }]);
    expect(r.total.households.total).toBe(3);
  });
  it("without a year: the smallest code's year even when that unit comes later in the hierarchy", () => {
    // units in hierarchy order: P, C1, C2, V9 (under C1), V1 (under C2); the smallest village code, V1, comes last
    const h = buildHierarchy([
      { code: "P", name: "Tỉnh", level: "province" },
      { code: "C1", name: "Xã 1", level: "commune", parentCode: "P" },
      { code: "C2", name: "Xã 2", level: "commune", parentCode: "P" },
      { code: "V9", name: "Thôn 9", level: "village", parentCode: "C1" },
      { code: "V1", name: "Thôn 1", level: "village", parentCode: "C2" },
    ]);
    const r = rollUpTallies(h, { V9: tally(2, 2024), V1: tally(3, 2023) }, { standard: S });
    expect(r.year).toBe(2023);
    expect(r.rejected.map((x) => [x.unitCode, x.issues[0]?.code])).toEqual([["V9", "year_mismatch"]]);
    expect(r.total.households.total).toBe(3);
  });
  it("with a year: that year, whatever the smallest code's tally says", () => {
    const r = rollUpTallies(hier(), { V1: tally(3, 2023), V2: tally(2, 2024) }, { standard: S, year: 2024 });
    expect(r.year).toBe(2024);
    expect(r.total.year).toBe(2024);
    expect(r.rejected.map((x) => [x.unitCode, x.issues[0]?.code])).toEqual([["V1", "year_mismatch"]]);
    expect(r.total.households.total).toBe(2);
  });
  it("tallies without a year roll up without one", () => {
    const r = rollUpTallies(hier(), { V1: tally(1) }, { standard: S });
    expect(r.year).toBeNull();
    expect(r.rejected).toEqual([]);
  });
});

describe("rollUpTallies: refusals", () => {
  it("units that are not an object: one issue at [\"units\"], for an array, a number and a string", () => {
    for (const [units, received] of [
      [[], "array"],
      [5, "number"],
      ["V1", "string"],
      [null, "object"],
    ] as const) {
      const e = caught(() => rollUpTallies(hier(), units as never, { standard: S }));
      expect(e.code).toBe("invalid_input");
      expect(e.message).toContain("rollUpTallies");
      expect(e.issues).toEqual([expect.objectContaining({ code: "invalid_type", path: ["units"], params: { expected: "object", received } })]);
    }
  });
  it("an unknown standard or a bad year is named by its option", () => {
    const s = caught(() => rollUpTallies(hier(), {}, { standard: "1999" }));
    expect(s.issues[0]?.path).toEqual(["standard"]);
    expect(s.message).toContain("rollUpTallies");
    const e = caught(() => rollUpTallies(hier(), {}, { standard: S, year: 20.5 }));
    expect(e.issues[0]?.path).toEqual(["year"]);
    expect(e.message).toContain("rollUpTallies");
  });
  it("a sum past 2^53 − 1 is refused; a sum of exactly 2^53 − 1 is not", () => {
    const max = Number.MAX_SAFE_INTEGER;
    // tally(1) is one household of 2 persons: the persons reach 2^53 − 1 exactly, then pass it by one
    expect(rollUpTallies(hier(), { V1: big(max - 2), V2: tally(1) }, { standard: S }).total.persons.total).toBe(max);
    const e = caught(() => rollUpTallies(hier(), { V1: big(max - 1), V2: tally(1) }, { standard: S }));
    expect(e.code).toBe("invalid_input");
    expect(e.details["function"]).toBe("rollUpTallies");
    expect(e.message).toContain("rollUpTallies");
    expect(e.issues).toEqual([expect.objectContaining({ code: "count_overflow", path: [], params: { limit: max } })]);
  });
});

describe("remapUnits", () => {
  it("merges tallies mapped to one new code, keeps unmapped codes, and returns the codes in order", () => {
    const r = remapUnits({ B: tally(2), A: tally(3), K: tally(1) }, { A: "Z", B: "Z" });
    expect(Object.keys(r)).toEqual(["K", "Z"]);
    expect(r["Z"]?.households.total).toBe(5);
    const order = remapUnits({ A: tally(1), B: tally(1) }, { A: "Z", B: "Y" });
    expect(Object.keys(order)).toEqual(["Y", "Z"]);
  });
  it("names the units and the mapping when they are not objects, both at once", () => {
    const r = safeRemapUnits(5 as never, [] as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
        ["invalid_type", ["units"], { expected: "object", received: 5 }],
        ["invalid_type", ["mapping"], { expected: "object", received: [] }],
      ]);
    }
    const m = safeRemapUnits({}, null as never);
    expect(m.ok ? [] : m.issues.map((i) => i.path)).toEqual([["mapping"]]);
  });
  it("a new code that is not a code is invalid_key at the mapping's entry", () => {
    const r = safeRemapUnits({ A: tally(1) }, { A: 5 as unknown as string });
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "invalid_key", path: ["mapping", "A"], params: { received: 5 } })]);
  });
  it("a bad tally is named under units; tallies merged under one code must share the standard, checked in code order", () => {
    const bad = safeRemapUnits({ A: 7 as unknown as Tally }, {});
    expect(bad.ok ? [] : bad.issues[0]?.path.slice(0, 2)).toEqual(["units", "A"]);
    // B (2016–2020) and A (2021–2025) both to N: A comes first in code order, so B is the one refused
    const mixed = safeRemapUnits({ B: emptyTally("2016-2020"), A: tally(1) }, { A: "N", B: "N" });
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) {
      expect(mixed.issues[0]?.code).toBe("standard_mismatch");
      expect(mixed.issues[0]?.path.slice(0, 2)).toEqual(["units", "B"]);
    }
  });
  it("units whose keys cannot be listed, or whose value throws when read, are reported, not thrown", () => {
    const keys = safeRemapUnits(new Proxy({}, { ownKeys: () => { throw new Error("no keys"); } }), {});
    expect(keys.ok ? [] : keys.issues).toEqual([expect.objectContaining({ code: "invalid_type", path: ["units"], params: { expected: "object", received: "object" } })]);
    const units = Object.defineProperty({}, "A", { enumerable: true, get: () => { throw new Error("no value"); } }) as { [k: string]: Tally };
    const value = safeRemapUnits(units, {});
    expect(value.ok ? [] : value.issues).toEqual([expect.objectContaining({ code: "invalid_type", path: ["units", "A"], params: { expected: "object", received: "object" } })]);
  });
  it("a merged count past 2^53 − 1 is count_overflow at the unit that passed it", () => {
    const r = safeRemapUnits({ A: big(Number.MAX_SAFE_INTEGER - 1), B: big(2) }, { A: "N", B: "N" });
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "count_overflow", path: ["units", "B"], params: { limit: Number.MAX_SAFE_INTEGER } })]);
  });
  it("the throwing twin names itself", () => {
    expect(caught(() => remapUnits(5 as never, {})).message).toContain("remapUnits");
  });
});

describe("hostile input names the function that refused it", () => {
  it("rollUpTallies: a hierarchy that cannot be read", () => {
    const e = caught(() => rollUpTallies(revokedProxy() as never, {}, { standard: S }));
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain("rollUpTallies");
    expect(caught(() => rollUpTallies({} as never, {}, { standard: S })).message).toContain("rollUpTallies");
  });
});
