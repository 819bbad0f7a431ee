// What a tally's layout reads off its standard besides the counters: for each number of deprivations 0…k, whether
// a poor (by deprivation) or near-poor household can have that many under the standard's own rule
// (shared/spec/standards.md: 2021–2025 poor D ≥ 3 and near-poor D < 3 under the income line; 2016–2020 poor by
// deprivation D ≥ 3 between the lines, near-poor D < 3, poor by income whatever D), and which strings are keys
// (unit codes and open keys: 1–64 characters, not __proto__).
import { describe, expect, it } from "vitest";
import { checkTallyRecord } from "./addToTally.js";
import { tallyRecords } from "./tallyRecords.js";

const KEYS_2021 = ["employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"];
const KEYS_2016 = ["healthcareAccess", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"];

describe("the class and the number of deprivations", () => {
  it("2021–2025, poor: refused with 0, 1 or 2 deprivations (class_contradicts_deprivations, threshold 3); accepted with 3 to all 12", () => {
    for (let n = 0; n <= 12; n++) {
      const issues = checkTallyRecord("2021-2025", { unitCode: "V", standard: "2021-2025", kind: "poor", persons: 2, deprivations: KEYS_2021.slice(0, n) });
      expect(issues.map((i) => [i.code, i.path, i.params])).toEqual(n < 3 ? [["class_contradicts_deprivations", ["deprivations"], { kind: "poor", count: n, threshold: 3, standard: "2021-2025" }]] : []);
    }
  });
  it("2021–2025, near-poor: accepted with 0, 1 or 2; refused with 3 to 12", () => {
    for (let n = 0; n <= 12; n++) {
      const issues = checkTallyRecord("2021-2025", { unitCode: "V", standard: "2021-2025", kind: "near_poor", persons: 2, deprivations: KEYS_2021.slice(0, n) });
      expect(issues.map((i) => [i.code, i.params])).toEqual(n < 3 ? [] : [["class_contradicts_deprivations", { kind: "near_poor", count: n, threshold: 3, standard: "2021-2025" }]]);
    }
  });
  it("2016–2020: poor by deprivation needs 3 of 10 (all 10 too); poor by income any number; near-poor fewer than 3", () => {
    const r = (kind: string, n: number, poorBasis?: string) =>
      checkTallyRecord("2016-2020", { unitCode: "V", standard: "2016-2020", kind, persons: 1, deprivations: KEYS_2016.slice(0, n), ...(poorBasis === undefined ? {} : { poorBasis }) }).map((i) => i.code);
    for (let n = 0; n <= 10; n++) {
      expect(r("poor", n, "deprivation")).toEqual(n < 3 ? ["class_contradicts_deprivations"] : []);
      expect(r("poor", n, "income")).toEqual([]);
      expect(r("near_poor", n)).toEqual(n < 3 ? [] : ["class_contradicts_deprivations"]);
      expect(r("not_poor", n)).toEqual([]);
    }
  });
  it("the same rule when records are tallied: the refused ones listed, the others counted in their segment", () => {
    const rec = (kind: string, n: number) => ({ unitCode: "V", standard: "2021-2025", kind, persons: 1, deprivations: KEYS_2021.slice(0, n) });
    const r = tallyRecords([rec("poor", 2), rec("poor", 3), rec("poor", 12), rec("near_poor", 2), rec("near_poor", 3)], { standard: "2021-2025" });
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => i.code)])).toEqual([
      [0, ["class_contradicts_deprivations"]],
      [4, ["class_contradicts_deprivations"]],
    ]);
    expect([r.units["V"]?.households.poor, r.units["V"]?.households.nearPoor, r.units["V"]?.segments.poor.deprivations["informationAccess"], r.units["V"]?.segments.poor.deprivations["employment"]]).toEqual([2, 1, 1, 2]);
  });
});

describe("keys: unit codes and open keys are 1–64 characters, not __proto__", () => {
  const at = (unitCode: string, ethnicity?: string, support?: string[]) => ({ unitCode, standard: "2021-2025", kind: "not_poor", persons: 1, ...(ethnicity === undefined ? {} : { ethnicity }), ...(support === undefined ? {} : { supportReceived: support }) });
  it("64 characters and 1 character are keys, counted; 65 characters, the empty string and __proto__ are not", () => {
    const k64 = "k".repeat(64);
    const ok = tallyRecords([at(k64, k64, [k64]), at("A", "B", ["C"])], { standard: "2021-2025" });
    expect([ok.counted, ok.rejectedCount, Object.keys(ok.units)]).toEqual([2, 0, ["A", k64]]);
    for (const bad of ["k".repeat(65), "", "__proto__"]) {
      expect(checkTallyRecord("2021-2025", at("V", bad)).map((i) => i.path)).toEqual([["ethnicity"]]);
      expect(checkTallyRecord("2021-2025", at("V", undefined, [bad])).map((i) => i.path)).toEqual([["supportReceived", 0]]);
      expect(checkTallyRecord("2021-2025", at(bad)).map((i) => i.path)).toEqual([["unitCode"]]);
      const r = tallyRecords([at("V", bad), at(bad), at("V", undefined, ["x", bad])], { standard: "2021-2025" });
      expect([r.counted, r.rejected.map((x) => x.index)]).toEqual([0, [0, 1, 2]]);
    }
  });
  it("a key that only looks like __proto__ is a key: __proto__x, constructor", () => {
    const r = tallyRecords([at("constructor", "__proto__x", ["toString"])], { standard: "2021-2025" });
    expect([r.counted, Object.keys(r.units)]).toEqual([1, ["constructor"]]);
  });
});

describe("middle-living: only under a standard that defines it", () => {
  it("2021–2025 and 2016–2020 define it: a middle-living record is counted; 2027–2030 does not: middle_living_not_defined", () => {
    const rec = (standard: string) => ({ unitCode: "V", standard, kind: "not_poor", persons: 3, middleLiving: true });
    expect(checkTallyRecord("2021-2025", rec("2021-2025"))).toEqual([]);
    expect(checkTallyRecord("2016-2020", rec("2016-2020"))).toEqual([]);
    expect(checkTallyRecord("2027-2030", rec("2027-2030")).map((i) => [i.code, i.path, i.params])).toEqual([["middle_living_not_defined", ["middleLiving"], { standard: "2027-2030" }]]);
    const r = tallyRecords([rec("2027-2030"), { ...rec("2027-2030"), middleLiving: false }], { standard: "2027-2030" });
    expect([r.counted, r.rejected.map((x) => x.issues.map((i) => i.code))]).toEqual([1, [["middle_living_not_defined"]]]);
    const m = tallyRecords([rec("2021-2025")], { standard: "2021-2025" });
    expect([m.units["V"]?.households.middleLiving, m.units["V"]?.persons.middleLiving]).toEqual([1, 3]);
  });
});
