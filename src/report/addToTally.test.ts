import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tallyRecord } from "../../test/scenarios/_report/arbitraries.js";
import { getStandard } from "../standards/getStandard.js";
import { layoutOf } from "./_layout.js";
import { isCountable, newRecordScratch, parseRecord } from "./_record.js";
import { addToTally, checkTallyRecord } from "./addToTally.js";
import { emptyTally } from "./emptyTally.js";
import type { TallyRecord } from "./types.js";

const base: TallyRecord = { unitCode: "V-001", standard: "2021-2025", kind: "poor", persons: 4 };
const codes = (standard: string, r: unknown) => checkTallyRecord(standard, r).map((i) => i.code);

describe("emptyTally", () => {
  it("keys deprivations by the standard's indicators, in the standard's order (Decree 07/2021 Art. 3: 12 indicators)", () => {
    expect(Object.keys(emptyTally("2021-2025").segments.poor.deprivations)).toEqual([
      "employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance",
      "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess",
    ]);
  });
  it("splits the poor by basis only under 2016–2020 (Decision 59/2015)", () => {
    expect(Object.keys(emptyTally("2016-2020").segments)).toEqual(["poor", "nearPoor", "poorByIncome", "poorByDeprivation"]);
    expect(Object.keys(emptyTally("2021-2025").segments)).toEqual(["poor", "nearPoor"]);
  });
  it("refuses an unknown standard", () => {
    expect(() => emptyTally("2030-2035")).toThrow(/unknown|no poverty standard/i);
  });
});

describe("addToTally", () => {
  it("counts households, persons, deprivations and groups of a poor household", () => {
    const t = emptyTally("2021-2025");
    const issues = addToTally(t, {
      ...base,
      deprivations: ["employment", "healthInsurance", "sanitation"],
      ethnicMinority: true,
      causesOfPoverty: ["land", "illness_or_accident"],
      supportReceived: ["health_card"],
      ethnicity: "05",
      childDeprivations: ["nutrition"],
    });
    expect(issues).toEqual([]);
    expect(t.households).toEqual({ total: 1, poor: 1, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 0, notPoor: 0, middleLiving: 0 });
    expect(t.persons.poor).toBe(4);
    expect(t.segments.poor.deprivations["employment"]).toBe(1);
    expect(t.segments.poor.deprivations["telecom"]).toBe(0);
    expect(t.segments.poor.causes).toEqual({ land: 1, capital: 0, labour: 0, tools: 0, knowhow: 0, skills: 0, illness_or_accident: 1, other: 0 });
    expect(t.segments.poor.support).toEqual({ health_card: 1 });
    expect(t.segments.poor.ethnicity).toEqual({ "05": 1 });
    expect(t.segments.poor.children).toEqual({ healthInsurance: 0, nutrition: 1, schoolAttendance: 0 });
    expect(t.segments.nearPoor.ethnicMinority).toBe(0);
  });
  it("counts middle-living households inside not-poor", () => {
    const t = emptyTally("2021-2025");
    addToTally(t, { ...base, kind: "not_poor", middleLiving: true, persons: 3 });
    addToTally(t, { ...base, kind: "not_poor", persons: 2 });
    expect(t.households.notPoor).toBe(2);
    expect(t.households.middleLiving).toBe(1);
    expect(t.persons.middleLiving).toBe(3);
  });
  it("splits the poor by basis under 2016–2020", () => {
    const t = emptyTally("2016-2020");
    addToTally(t, { ...base, standard: "2016-2020", poorBasis: "income", deprivations: ["telecom"] });
    addToTally(t, { ...base, standard: "2016-2020", poorBasis: "deprivation", deprivations: ["telecom", "sanitation", "housingArea"] });
    expect([t.households.poor, t.households.poorByIncome, t.households.poorByDeprivation]).toEqual([2, 1, 1]);
    expect(t.segments.poorByDeprivation?.deprivations["sanitation"]).toBe(1);
    expect(t.segments.poor.deprivations["telecom"]).toBe(2);
  });
  it("leaves the tally unchanged and returns issues for a bad record", () => {
    const t = emptyTally("2021-2025");
    const before = JSON.stringify(t);
    const issues = addToTally(t, { ...base, unitCode: "" });
    expect(issues.map((i) => i.code)).toEqual(["missing_unit_code"]);
    expect(issues[0]?.path).toEqual(["unitCode"]);
    expect(issues[0]?.message.vi).toContain("unitCode");
    expect(issues[0]?.message.en).toContain("unit code");
    expect(JSON.stringify(t)).toBe(before);
  });
});

describe("checkTallyRecord", () => {
  it.each<[string, string, unknown, string]>([
    ["no unit code", "2021-2025", { ...base, unitCode: undefined }, "missing_unit_code"],
    ["another standard", "2021-2025", { ...base, standard: "2016-2020" }, "standard_mismatch"],
    ["an unknown class", "2021-2025", { ...base, kind: "undetermined" }, "invalid_value"],
    ["0 persons", "2021-2025", { ...base, persons: 0 }, "invalid_persons"],
    ["1001 persons", "2021-2025", { ...base, persons: 1001 }, "invalid_persons"],
    ["a fractional person", "2021-2025", { ...base, persons: 2.5 }, "invalid_persons"],
    ["poor without basis under 2016–2020", "2016-2020", { ...base, standard: "2016-2020" }, "poor_basis_required"],
    ["a 2016–2020 basis under 2021–2025", "2021-2025", { ...base, poorBasis: "income" }, "poor_basis_of_other_standard"],
    ["a basis on a near-poor household", "2021-2025", { ...base, kind: "near_poor", poorBasis: "income_and_deprivation" }, "poor_basis_not_allowed"],
    ["middle-living and poor", "2021-2025", { ...base, middleLiving: true }, "middle_living_not_poor_only"],
    ["middle-living under 2027–2030 (none defined)", "2027-2030", { ...base, standard: "2027-2030", kind: "not_poor", middleLiving: true }, "middle_living_not_defined"],
    ["an unknown indicator", "2021-2025", { ...base, deprivations: ["happiness"] }, "unknown_indicator"],
    ["a 2016–2020 indicator under 2021–2025", "2021-2025", { ...base, deprivations: ["healthcareAccess"] }, "indicator_of_other_standard"],
    ["an indicator twice", "2021-2025", { ...base, deprivations: ["telecom", "telecom"] }, "duplicate_indicator"],
    ["an unknown cause", "2021-2025", { ...base, causesOfPoverty: ["bad_luck"] }, "invalid_value"],
    ["a cause twice", "2021-2025", { ...base, causesOfPoverty: ["land", "land"] }, "duplicate_value"],
    ["a support key __proto__", "2021-2025", { ...base, supportReceived: ["__proto__"] }, "invalid_key"],
    ["an empty ethnicity", "2021-2025", { ...base, ethnicity: "" }, "invalid_key"],
    ["a flag that is not boolean", "2021-2025", { ...base, ethnicMinority: "yes" }, "invalid_type"],
    ["not an object", "2021-2025", 42, "invalid_type"],
  ])("rejects %s", (_, standard, record, code) => {
    expect(codes(standard, record)).toContain(code);
  });
  it("collects every issue of a record", () => {
    expect(codes("2021-2025", { unitCode: "", standard: "2016-2020", kind: "poor", persons: 0 })).toEqual(["missing_unit_code", "standard_mismatch", "invalid_persons"]);
  });
  it("accepts the boundary values: 1 and 1000 persons", () => {
    expect(codes("2021-2025", { ...base, persons: 1 })).toEqual([]);
    expect(codes("2021-2025", { ...base, persons: 1000 })).toEqual([]);
  });
  it("agrees with the allocation-free hot path on valid records", () => {
    for (const s of ["2016-2020", "2021-2025", "2027-2030"] as const) {
      const l = layoutOf(getStandard(s));
      const scratch = newRecordScratch(l);
      fc.assert(fc.property(tallyRecord(s), (r) => isCountable(l, r, scratch) && parseRecord(l, r).ok), { seed: 20231015 });
    }
  });
  it("agrees with the hot path on damaged records", () => {
    const damage = fc.record({
      field: fc.constantFrom("unitCode", "standard", "kind", "persons", "poorBasis", "middleLiving", "deprivations", "causesOfPoverty", "supportReceived", "ethnicity", "childDeprivations", "ethnicMinority"),
      value: fc.oneof(fc.constant(undefined), fc.constant(""), fc.constant("income"), fc.constant(true), fc.integer({ min: -2, max: 1002 }), fc.constant(["telecom", "telecom"]), fc.constant(["land"]), fc.constant("x".repeat(65)), fc.constant(["__proto__"])),
    });
    for (const s of ["2016-2020", "2021-2025"] as const) {
      fc.assert(
        fc.property(tallyRecord(s), damage, (r, d) => {
          const broken = { ...r, [d.field]: d.value };
          const layout = layoutOf(getStandard(s));
          const slow = parseRecord(layout, broken);
          expect(isCountable(layout, broken, newRecordScratch(layout))).toBe(slow.ok);
        }),
        { numRuns: 500, seed: 20231015 },
      );
    }
  });
});

describe("addToTally and checkTallyRecord: what a refused record leaves, and a call from inside a record", () => {
  it("a refused record returns its issues and leaves the tally as it was", () => {
    const t = emptyTally("2021-2025");
    const issues = addToTally(t, { ...base, persons: 0 });
    expect(issues.map((i) => [i.code, i.path])).toEqual([["invalid_persons", ["persons"]]]);
    expect(t.households.total).toBe(0);
    expect(addToTally(t, base)).toEqual([]);
    expect(t.households.poor).toBe(1);
  });

  it("refuses a tally the library did not make, naming itself", () => {
    let e: unknown;
    try {
      addToTally(JSON.parse(JSON.stringify(emptyTally("2021-2025"))), base);
    } catch (x) {
      e = x;
    }
    expect(e).toMatchObject({ code: "invalid_input", message: "addToTally needs a tally made by the library (emptyTally, tallyFromJson or a run)", details: { function: "addToTally" } });
  });

  it("checkTallyRecord refuses an unknown standard at `standard`, naming itself", () => {
    let e: unknown;
    try {
      checkTallyRecord("2030-2035", base);
    } catch (x) {
      e = x;
    }
    expect(e).toMatchObject({ code: "invalid_input", issues: [{ path: ["standard"] }] });
    expect((e as Error).message).toContain("checkTallyRecord");
  });

  it("a record whose getter adds another record (re-entrant) counts both, each once, in its own tally", () => {
    const a = emptyTally("2021-2025");
    const b = emptyTally("2021-2025");
    const inner = { ...base, unitCode: "V-002", kind: "near_poor" as const, persons: 2 };
    const outer = {
      ...base,
      get persons() {
        expect(addToTally(b, inner)).toEqual([]);
        return 5;
      },
    };
    expect(addToTally(a, outer as TallyRecord)).toEqual([]);
    expect([a.households.poor, a.persons.poor, a.households.nearPoor]).toEqual([1, 5, 0]);
    expect([b.households.nearPoor, b.persons.nearPoor, b.households.poor]).toEqual([1, 2, 0]);
    // and the shared scratch is free again afterwards
    expect(addToTally(a, base)).toEqual([]);
    expect([a.households.poor, a.persons.poor]).toEqual([2, 9]);
  });
});
