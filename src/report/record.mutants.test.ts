// A tally record read and checked (report part 5's survivors in _record.ts): every issue of the slow path in full
// (code, path, params as the issue codes document them), and the fast reader where what it decides shows: a record
// it wrongly accepts is counted, one it wrongly refuses is counted as rejected when no rejected record is listed
// (maxRejected 0), or is not counted at all after the schema accepted it. The rules are checkTallyRecord's @remarks
// (unit code 1–64 characters, persons 1–1000, poorBasis, middleLiving, each value at most once) and the 2021–2025
// class rule of Decree 07/2021/NĐ-CP Art. 3 (poor: D ≥ 3, near-poor: D < 3); under 2016–2020 (Decision 59/2015/QĐ-TTg)
// the poor by deprivation need D ≥ 3 too, the poor by income any D. SCAN (8) is the support list length up to which
// repeats are found by a scan, above it by a set.
import { describe, expect, it } from "vitest";
import { addToTally, checkTallyRecord } from "./addToTally.js";
import { emptyTally } from "./emptyTally.js";
import { tallyRecords } from "./tallyRecords.js";
import type { TallyRecord } from "./types.js";

const S = "2021-2025";
const OLD = "2016-2020";

/** The issues as [code, path, params], the whole of each. */
const full = (issues: readonly { readonly code: string; readonly path: readonly (string | number)[]; readonly params?: unknown }[]) => issues.map((i) => [i.code, i.path, i.params]);
/** The support keys k1…kn. */
const keys = (n: number): string[] => Array.from({ length: n }, (_, i) => `k${i + 1}`);

describe("the slow path: each issue with its exact path and params", () => {
  it("a unit code: empty is missing (received \"\"); a number is missing (received it); too long or __proto__ is not a key", () => {
    const base = { standard: S, kind: "not_poor", persons: 2 };
    expect(full(checkTallyRecord(S, { ...base, unitCode: "" }))).toEqual([["missing_unit_code", ["unitCode"], { received: "" }]]);
    expect(full(checkTallyRecord(S, { ...base, unitCode: 42 }))).toEqual([["missing_unit_code", ["unitCode"], { received: 42 }]]);
    const long = "V".repeat(65);
    expect(full(checkTallyRecord(S, { ...base, unitCode: long }))).toEqual([["invalid_key", ["unitCode"], { received: long }]]);
    expect(full(checkTallyRecord(S, { ...base, unitCode: "__proto__" }))).toEqual([["invalid_key", ["unitCode"], { received: "__proto__" }]]);
    expect(checkTallyRecord(S, { ...base, unitCode: "V".repeat(64) })).toEqual([]);
  });
  it("an ethnicity code that is empty or over 64 characters is not a key, with what was received", () => {
    const base = { unitCode: "V", standard: S, kind: "not_poor", persons: 2 };
    expect(full(checkTallyRecord(S, { ...base, ethnicity: "" }))).toEqual([["invalid_key", ["ethnicity"], { received: "" }]]);
    const long = "e".repeat(65);
    expect(full(checkTallyRecord(S, { ...base, ethnicity: long }))).toEqual([["invalid_key", ["ethnicity"], { received: long }]]);
  });
  it("persons 0 and 1001 are refused with what was received and the maximum 1000; 1 and 1000 are fine", () => {
    const at = (persons: unknown) => checkTallyRecord(S, { unitCode: "V", standard: S, kind: "not_poor", persons });
    expect(full(at(0))).toEqual([["invalid_persons", ["persons"], { received: 0, max: 1000 }]]);
    expect(full(at(1001))).toEqual([["invalid_persons", ["persons"], { received: 1001, max: 1000 }]]);
    expect(full(at(2.5))).toEqual([["invalid_persons", ["persons"], { received: 2.5, max: 1000 }]]);
    expect([at(1), at(1000)]).toEqual([[], []]);
  });
  it("a cause or a children's deprivation given twice: the repeat's index and the value", () => {
    const base = { unitCode: "V", standard: S, kind: "near_poor", persons: 2 };
    expect(full(checkTallyRecord(S, { ...base, causesOfPoverty: ["land", "capital", "land"] }))).toEqual([["duplicate_value", ["causesOfPoverty", 2], { value: "land" }]]);
    expect(full(checkTallyRecord(S, { ...base, childDeprivations: ["nutrition", "nutrition"] }))).toEqual([["duplicate_value", ["childDeprivations", 1], { value: "nutrition" }]]);
  });
  it("a support key given twice: the repeat's index and the value", () => {
    const base = { unitCode: "V", standard: S, kind: "near_poor", persons: 2 };
    expect(full(checkTallyRecord(S, { ...base, supportReceived: ["rice", "cash", "rice"] }))).toEqual([["duplicate_value", ["supportReceived", 2], { value: "rice" }]]);
  });
  it("a support list whose last item is not a key: that one issue, no repeat found past the end of the list", () => {
    const r = checkTallyRecord(S, { unitCode: "V", standard: S, kind: "near_poor", persons: 2, supportReceived: ["rice", undefined] });
    expect(r.map((i) => [i.code, i.path])).toEqual([["invalid_key", ["supportReceived", 1]]]);
  });
  it("2016–2020: a poor household without poorBasis needs one, naming the standard", () => {
    const r = checkTallyRecord(OLD, { unitCode: "V", standard: OLD, kind: "poor", persons: 3 });
    expect(full(r)).toEqual([["poor_basis_required", ["poorBasis"], { standard: OLD }]]);
  });
  it("2016–2020: a basis of the 2021–2025 kind is of another standard; allowed are income and deprivation", () => {
    const r = checkTallyRecord(OLD, { unitCode: "V", standard: OLD, kind: "poor", persons: 3, poorBasis: "income_and_deprivation" });
    expect(full(r)).toEqual([["poor_basis_of_other_standard", ["poorBasis"], { received: "income_and_deprivation", standard: OLD, allowed: ["income", "deprivation"] }]]);
  });
  it("2021–2025: a basis of income is of another standard; only income_and_deprivation is allowed", () => {
    const r = checkTallyRecord(S, { unitCode: "V", standard: S, kind: "poor", persons: 3, poorBasis: "income", deprivations: ["employment", "nutrition", "sanitation"] });
    expect(full(r)).toEqual([["poor_basis_of_other_standard", ["poorBasis"], { received: "income", standard: S, allowed: ["income_and_deprivation"] }]]);
  });
  it("a near-poor household with a poorBasis: not allowed, with what was received", () => {
    const r = checkTallyRecord(S, { unitCode: "V", standard: S, kind: "near_poor", persons: 3, poorBasis: "income" });
    expect(full(r)).toEqual([["poor_basis_not_allowed", ["poorBasis"], { received: "income" }]]);
  });
  it("a near-poor household marked middle-living (2021–2025 defines the band): the one issue, with its kind", () => {
    const r = checkTallyRecord(S, { unitCode: "V", standard: S, kind: "near_poor", persons: 3, middleLiving: true });
    expect(full(r)).toEqual([["middle_living_not_poor_only", ["middleLiving"], { kind: "near_poor" }]]);
  });
  it("an unknown indicator is reported under deprivations at its index, and then the class is not checked against the count", () => {
    // poor with 2 keys, one unknown: not a class contradiction (the list itself is wrong)
    const poor = checkTallyRecord(S, { unitCode: "V", standard: S, kind: "poor", persons: 3, deprivations: ["employment", "bogus"] });
    expect(poor.map((i) => [i.code, i.path, (i.params as { key?: unknown }).key])).toEqual([["unknown_indicator", ["deprivations", 1], "bogus"]]);
    // near-poor with 3 known keys and an unknown one
    const near = checkTallyRecord(S, { unitCode: "V", standard: S, kind: "near_poor", persons: 3, deprivations: ["employment", "nutrition", "sanitation", "bogus"] });
    expect(near.map((i) => [i.code, i.path])).toEqual([["unknown_indicator", ["deprivations", 3]]]);
  });
  it("a not-poor household may list any number of deprivations; so may one poor by income under 2016–2020", () => {
    expect(checkTallyRecord(S, { unitCode: "V", standard: S, kind: "not_poor", persons: 3, deprivations: ["employment", "nutrition", "sanitation"] })).toEqual([]);
    expect(checkTallyRecord(OLD, { unitCode: "V", standard: OLD, kind: "poor", poorBasis: "income", persons: 3, deprivations: ["healthInsurance"] })).toEqual([]);
  });
});

describe("the fast reader: a record is an object, not an array or a function carrying a record's fields", () => {
  const fields = () => ({ unitCode: "V", standard: S, kind: "not_poor", persons: 2 });
  it("an array with the fields is refused as a whole (invalid_type at the root) and counts nothing", () => {
    const t = emptyTally(S);
    const arr = Object.assign([], fields());
    expect(addToTally(t, arr as unknown as TallyRecord).map((i) => [i.code, i.path])).toEqual([["invalid_type", []]]);
    expect(t.households.total).toBe(0);
    const run = tallyRecords([Object.assign([], fields())], { standard: S, maxRejected: 0 });
    expect([run.counted, run.rejectedCount, run.units]).toEqual([0, 1, {}]);
  });
  it("a function with the fields is refused as a whole and counts nothing", () => {
    const t = emptyTally(S);
    const fn = Object.assign(() => 0, fields());
    expect(addToTally(t, fn as unknown as TallyRecord).map((i) => [i.code, i.path])).toEqual([["invalid_type", []]]);
    expect(t.households.total).toBe(0);
    const run = tallyRecords([Object.assign(() => 0, fields())], { standard: S, maxRejected: 0 });
    expect([run.counted, run.rejectedCount, run.units]).toEqual([0, 1, {}]);
  });
  it("the same fields in a plain object are counted", () => {
    const t = emptyTally(S);
    expect(addToTally(t, fields() as TallyRecord)).toEqual([]);
    expect([t.households.notPoor, t.persons.notPoor]).toEqual([1, 2]);
  });
});

describe("the fast reader: persons at the bounds, and not a number", () => {
  it("persons 1 and 1000 are counted (1001 persons in all); 0, 1001, 2.5 and \"3\" are rejected even when none is listed", () => {
    const rec = (persons: unknown) => ({ unitCode: "V", standard: S, kind: "not_poor", persons });
    const run = tallyRecords([rec(1), rec(1000), rec(0), rec(1001), rec(2.5), rec("3")], { standard: S, maxRejected: 0 });
    expect([run.counted, run.rejectedCount]).toEqual([2, 4]);
    expect([run.units["V"]?.households.total, run.units["V"]?.persons.total, run.units["V"]?.persons.notPoor]).toEqual([2, 1001, 1001]);
  });
});

describe("the fast reader: support keys, by a scan up to 8 and by a set above", () => {
  const near = (supportReceived: string[]) => ({ unitCode: "V", standard: S, kind: "near_poor", persons: 2, supportReceived });
  it("9 distinct keys (one over the scan): counted, each key once", () => {
    const t = emptyTally(S);
    expect(addToTally(t, near(keys(9)) as TallyRecord)).toEqual([]);
    expect(t.households.nearPoor).toBe(1);
    expect(t.segments.nearPoor.support).toEqual(Object.fromEntries(keys(9).map((k) => [k, 1])));
    const run = tallyRecords([near(keys(9))], { standard: S, maxRejected: 0 });
    expect([run.counted, run.rejectedCount]).toEqual([1, 0]);
    expect(run.units["V"]?.segments.nearPoor.support["k9"]).toBe(1);
  });
  it("8 distinct keys (the scan exactly): counted, each key once", () => {
    const t = emptyTally(S);
    expect(addToTally(t, near(keys(8)) as TallyRecord)).toEqual([]);
    expect(t.segments.nearPoor.support).toEqual(Object.fromEntries(keys(8).map((k) => [k, 1])));
    const run = tallyRecords([near(keys(8))], { standard: S, maxRejected: 0 });
    expect([run.counted, run.rejectedCount]).toEqual([1, 0]);
  });
  it("records with the same 9 keys one after another: every one counted (the set holds one record's keys only)", () => {
    const t = emptyTally(S);
    expect(addToTally(t, near(keys(9)) as TallyRecord)).toEqual([]);
    expect(addToTally(t, near(keys(9).reverse()) as TallyRecord)).toEqual([]);
    expect(addToTally(t, near(["k5", ...keys(12).slice(5)]) as TallyRecord)).toEqual([]);
    expect(t.households.nearPoor).toBe(3);
    expect([t.segments.nearPoor.support["k1"], t.segments.nearPoor.support["k5"], t.segments.nearPoor.support["k12"]]).toEqual([2, 3, 1]);
    const run = tallyRecords([near(keys(9)), near(keys(9)), near(keys(10))], { standard: S, maxRejected: 0 });
    expect([run.counted, run.rejectedCount]).toEqual([3, 0]);
    expect([run.units["V"]?.segments.nearPoor.support["k9"], run.units["V"]?.segments.nearPoor.support["k10"]]).toEqual([3, 1]);
  });
  it("a repeat at the end of 8 keys (scan) and of 9 keys (set): refused with its index, nothing counted", () => {
    const eight = [...keys(7), "k3"];
    const nine = [...keys(8), "k1"];
    const t = emptyTally(S);
    expect(full(addToTally(t, near(eight) as TallyRecord))).toEqual([["duplicate_value", ["supportReceived", 7], { value: "k3" }]]);
    expect(full(addToTally(t, near(nine) as TallyRecord))).toEqual([["duplicate_value", ["supportReceived", 8], { value: "k1" }]]);
    expect(t.households.total).toBe(0);
    const run = tallyRecords([near(eight), near(nine)], { standard: S, maxRejected: 0 });
    expect([run.counted, run.rejectedCount]).toEqual([0, 2]);
  });
  it("after a refused list of 9 with a repeat, a good list of 9 with the same keys is counted", () => {
    const run = tallyRecords([near([...keys(8), "k2"]), near(keys(9))], { standard: S, maxRejected: 0 });
    expect([run.counted, run.rejectedCount]).toEqual([1, 1]);
  });
});

describe("the fast reader: the class agrees with the number of deprivations", () => {
  const d = (n: number) => ["employment", "dependants", "nutrition", "healthInsurance", "adultEducation"].slice(0, n);
  it("2021–2025: poor with 3 and near-poor with 2 are counted; poor with 2 and near-poor with 3 are rejected, even unlisted", () => {
    const run = tallyRecords(
      [
        { unitCode: "V", standard: S, kind: "poor", persons: 4, deprivations: d(3) },
        { unitCode: "V", standard: S, kind: "near_poor", persons: 3, deprivations: d(2) },
        { unitCode: "V", standard: S, kind: "poor", persons: 2, deprivations: d(2) },
        { unitCode: "V", standard: S, kind: "near_poor", persons: 2, deprivations: d(3) },
        { unitCode: "V", standard: S, kind: "not_poor", persons: 5, deprivations: d(5) },
      ],
      { standard: S, maxRejected: 0 },
    );
    expect([run.counted, run.rejectedCount]).toEqual([3, 2]);
    const u = run.units["V"];
    expect([u?.households.poor, u?.households.nearPoor, u?.households.notPoor, u?.persons.total]).toEqual([1, 1, 1, 12]);
    expect([u?.segments.poor.deprivations["nutrition"], u?.segments.nearPoor.deprivations["dependants"]]).toEqual([1, 1]);
  });
  it("2016–2020: poor by deprivation with 3 counted, with 2 rejected; poor by income with any count counted", () => {
    const run = tallyRecords(
      [
        { unitCode: "V", standard: OLD, kind: "poor", poorBasis: "deprivation", persons: 4, deprivations: ["healthInsurance", "adultEducation", "housingArea"] },
        { unitCode: "V", standard: OLD, kind: "poor", poorBasis: "deprivation", persons: 2, deprivations: ["healthInsurance", "adultEducation"] },
        { unitCode: "V", standard: OLD, kind: "poor", poorBasis: "income", persons: 1, deprivations: ["healthInsurance"] },
        { unitCode: "V", standard: OLD, kind: "poor", poorBasis: "income", persons: 5, deprivations: ["healthInsurance", "adultEducation", "housingArea", "drinkingWater"] },
      ],
      { standard: OLD, maxRejected: 0 },
    );
    expect([run.counted, run.rejectedCount]).toEqual([3, 1]);
    const u = run.units["V"];
    expect([u?.households.poor, u?.households.poorByIncome, u?.households.poorByDeprivation, u?.persons.poor]).toEqual([3, 2, 1, 10]);
  });
});
