// The fused run (classify and tally in one pass) and the columnar run give the same tallies as classifying each
// household, making its record and tallying the records — over arbitrary households, valid and not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CAUSES_OF_POVERTY,
  CHILD_DEPRIVATIONS,
  classifyAndTally,
  classifyAndTallyAsync,
  classifyAndTallyColumns,
  emptyTally,
  getStandard,
  PovertyError,
  type HouseholdColumns,
  type UnitTallies,
} from "../../src/index.js";
import { household, reference, type StandardId } from "./_report/households.js";

const SEED = 20231015;
const json = (r: UnitTallies) => JSON.stringify(r.units);

describe("classifyAndTally equals classify → tallyRecordFromDecision → tallyRecords (property)", () => {
  for (const s of ["2016-2020", "2021-2025"] as const) {
    it(`under ${s}, valid households`, () => {
      fc.assert(
        fc.property(fc.array(household(s), { maxLength: 40 }), (hs) => {
          const fused = classifyAndTally(hs, { standard: s, maxRejected: Infinity });
          const ref = reference(hs, s);
          expect(json(fused)).toBe(json(ref.run));
          expect(fused.rejected.map((r) => r.index)).toEqual(ref.rejected);
          expect(fused.counted + fused.rejectedCount).toBe(hs.length);
        }),
        { seed: SEED, numRuns: 150 },
      );
    });
    it(`under ${s}, with bad fields in random places`, () => {
      fc.assert(
        fc.property(fc.array(household(s, ["V1", "V2"], true), { maxLength: 40 }), (hs) => {
          const fused = classifyAndTally(hs, { standard: s, maxRejected: Infinity });
          const ref = reference(hs, s);
          expect(json(fused)).toBe(json(ref.run));
          expect(fused.rejected.map((r) => r.index)).toEqual(ref.rejected);
        }),
        { seed: SEED, numRuns: 150 },
      );
    });
  }
  it("refuses a household classified both ways, or neither, and one of another standard", () => {
    const r = classifyAndTally(
      [
        { unitCode: "V", standard: "2021-2025", area: "rural", persons: 2, income: { perCapitaMonthly: 1 }, b1: 100 },
        { unitCode: "V", standard: "2021-2025", area: "rural", persons: 2 },
        { unitCode: "V", standard: "2016-2020", area: "rural", persons: 2, b1: 100 },
        { unitCode: "V", standard: "2021-2025", area: "rural", persons: 2, income: { perCapitaMonthly: 1 } },
      ],
      { standard: "2021-2025" },
    );
    expect(r.rejected.map((x) => x.issues[0]?.code)).toEqual(["classification_input_ambiguous", "classification_input_missing", "standard_mismatch", "undetermined_household"]);
  });
  it("refuses score-based households under 2027–2030, whose B1 cut-offs were not found", () => {
    const r = classifyAndTally([{ unitCode: "V", standard: "2027-2030", area: "rural", persons: 2, b1: 100, b2: 30 }], { standard: "2027-2030" });
    expect(r.rejected[0]?.issues[0]?.code).toBe("household_rule_not_found");
  });
  it("reads an async source like an array", async () => {
    const hs = fc.sample(household("2021-2025"), { numRuns: 200, seed: SEED });
    async function* stream() {
      for (const h of hs) yield h;
    }
    expect(json(await classifyAndTallyAsync(stream(), { standard: "2021-2025" }))).toBe(json(classifyAndTally(hs, { standard: "2021-2025" })));
  });
});

/** The same households as columns, when they fit the columnar form (B1 a total, B2 from the mask; no Phiếu A). */
function toColumns(hs: readonly Record<string, unknown>[], s: StandardId, byIncome: boolean): HouseholdColumns {
  const keys = getStandard(s).indicators.map((i) => i.key);
  const units = ["V1", "V2", "V3"];
  const n = hs.length;
  const c = {
    unitCodes: units,
    unit: new Uint32Array(n),
    persons: new Uint16Array(n),
    area: new Uint8Array(n),
    deprivations: new Uint32Array(n),
    flags: new Uint8Array(n),
    causes: new Uint8Array(n),
    children: new Uint8Array(n),
    ethnicity: new Uint8Array(n),
    ethnicityCodes: ["01", "02", "05", "09"],
    support: new Uint8Array(n),
    supportKeys: ["health_card", "tuition", "housing", "credit"],
    ...(byIncome ? { income: new Float64Array(n), incomeKind: "perCapitaMonthly" as const } : { b1: new Uint16Array(n) }),
  };
  const mask = (list: readonly string[], all: readonly string[]) => list.reduce((m, k) => m | (1 << all.indexOf(k)), 0);
  hs.forEach((h, i) => {
    c.unit[i] = units.indexOf(h["unitCode"] as string);
    c.persons[i] = h["persons"] as number;
    c.area[i] = h["area"] === "urban" ? 1 : 0;
    c.deprivations[i] = mask((h["deprivations"] as string[]) ?? [], keys);
    c.flags[i] = (h["ethnicMinority"] ? 1 : 0) | (h["noMemberAbleToWork"] ? 2 : 0) | (h["memberWithMerit"] ? 4 : 0) | (h["middleLiving"] ? 8 : 0);
    c.causes[i] = mask((h["causesOfPoverty"] as string[]) ?? [], CAUSES_OF_POVERTY);
    c.children[i] = mask((h["childDeprivations"] as string[]) ?? [], CHILD_DEPRIVATIONS);
    c.ethnicity[i] = h["ethnicity"] === undefined ? 0 : 1 + c.ethnicityCodes.indexOf(h["ethnicity"] as string);
    c.support[i] = mask((h["supportReceived"] as string[]) ?? [], c.supportKeys);
    if ("income" in c) c.income[i] = (h["income"] as { perCapitaMonthly: number }).perCapitaMonthly;
    else (c as { b1: Uint16Array }).b1[i] = h["b1"] as number;
  });
  return c;
}

/** Households that fit the columns: a per-capita income with its deprivation list, or a B1 total with a B2 list. */
function columnHousehold(s: StandardId, byIncome: boolean) {
  return household(s).filter((h) =>
    byIncome ? h["income"] !== undefined && "perCapitaMonthly" in (h["income"] as object) && Array.isArray(h["deprivations"]) : typeof h["b1"] === "number" && h["formA"] === undefined && typeof h["b2"] === "object" && "deprivations" in (h["b2"] as object),
  ).map((h) => (byIncome ? h : { ...h, deprivations: (h["b2"] as { deprivations: string[] }).deprivations }));
}

describe("classifyAndTallyColumns equals classifyAndTally over the same households (property)", () => {
  for (const s of ["2016-2020", "2021-2025"] as const) {
    for (const byIncome of [true, false]) {
      it(`under ${s}, ${byIncome ? "by income" : "from the forms"}`, () => {
        fc.assert(
          fc.property(fc.array(columnHousehold(s, byIncome), { maxLength: 40 }), (hs) => {
            const objects = byIncome ? hs : hs.map(({ deprivations: _d, ...h }) => h);
            const fused = classifyAndTally(objects, { standard: s, maxRejected: Infinity });
            const cols = classifyAndTallyColumns(toColumns(hs, s, byIncome), { standard: s, maxRejected: Infinity });
            expect(JSON.stringify(cols.units)).toBe(json(fused));
            expect(cols.rejected.map((r) => r.index)).toEqual(fused.rejected.map((r) => r.index));
          }),
          { seed: SEED, numRuns: 100 },
        );
      });
    }
  }
  it("the order of the code table changes nothing: the same units, tallies and rejections whatever order unitCodes is in", () => {
    // Each unit's counters lie in code order whatever the table's order; a table out of code order must still put
    // every household's counts under its own code.
    fc.assert(
      fc.property(fc.array(columnHousehold("2021-2025", true), { maxLength: 40 }), fc.constantFrom([2, 0, 1], [1, 2, 0], [2, 1, 0]), (hs, perm) => {
        const sorted = toColumns(hs, "2021-2025", true);
        const codes = perm.map((i) => sorted.unitCodes[i] as string);
        const unit = Uint32Array.from(sorted.unit, (u) => codes.indexOf(sorted.unitCodes[u] as string));
        const shuffled = classifyAndTallyColumns({ ...sorted, unitCodes: codes, unit }, { standard: "2021-2025", maxRejected: Infinity });
        const r = classifyAndTallyColumns(sorted, { standard: "2021-2025", maxRejected: Infinity });
        expect(Object.keys(shuffled.units)).toEqual(Object.keys(r.units));
        expect(JSON.stringify(shuffled.units)).toBe(JSON.stringify(r.units));
        expect([shuffled.counted, shuffled.rejected.map((x) => x.index)]).toEqual([r.counted, r.rejected.map((x) => x.index)]);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
  it("rejects rows out of range by index and refuses columns of different lengths", () => {
    const base: HouseholdColumns = {
      unitCodes: ["V1"],
      unit: new Uint32Array([0, 5, 0, 0]),
      persons: new Uint16Array([2, 2, 0, 2]),
      area: "rural",
      income: new Float64Array([100, 100, 100, -1]),
      incomeKind: "perCapitaMonthly",
      deprivations: new Uint32Array([7, 7, 7, 7]),
    };
    const r = classifyAndTallyColumns(base, { standard: "2021-2025" });
    expect(r.counted).toBe(1);
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code])).toEqual([
      [1, "unknown_unit"],
      [2, "invalid_persons"],
      [3, "too_small"],
    ]);
    expect(() => classifyAndTallyColumns({ ...base, persons: new Uint16Array(3) }, { standard: "2021-2025" })).toThrow(PovertyError);
  });
  it("gives tallies that merge and serialise like any other", () => {
    const r = classifyAndTallyColumns(
      { unitCodes: ["V1"], unit: new Uint32Array([0]), persons: new Uint16Array([3]), area: "urban", b1: new Uint16Array([100]), deprivations: new Uint32Array([0b111]) },
      { standard: "2021-2025" },
    );
    const t = r.units["V1"]!;
    expect(t.households.poor).toBe(1);
    expect(JSON.stringify(t)).toBe(JSON.stringify(emptyTally("2021-2025").toJSON()).replace('"households":[0,0,0,0,0,0,0]', '"households":[1,1,0,0,0,0,0]').replace('"persons":[0,0,0,0,0,0,0]', '"persons":[3,3,0,0,0,0,0]').replace('"poor":{"deprivations":[0,0,0', '"poor":{"deprivations":[1,1,1'));
  });
});
