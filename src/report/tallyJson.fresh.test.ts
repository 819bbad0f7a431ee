// Tallies as JSON read under a standard made inside the test (a local standard: a layout of its own), so that the
// schemas the library builds once per layout are built while the test runs; and a refusal that is followed by
// another, both listed. Expected issues are counted by hand from TallyJson's layout and safeTallyFromJson's
// @remarks (format @1 support and ethnicity are objects; an ethnicity sum at most the segment's households).
import { describe, expect, it } from "vitest";
import { layerLocalStandard } from "../standards/layerLocalStandard.js";
import { exampleLocal } from "../../test/fixtures/localStandard.js";
import { safeTallyFromJson } from "./tallyJson.js";

/** Decree 07/2021 Art. 3's twelve indicators in order (spec/standards.md). */
const KEYS_2021 = ["employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"];
const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** A local standard layered on 2021–2025 (a new standard object, so a new layout, each call). */
const local = () => layerLocalStandard({ ...exampleLocal("L-1", "2021-2025"), incomeLines: { rural: { incomeLine: 1_750_000 } } });

describe("format @1 under a standard made in the test", () => {
  it("support missing and ethnicity not an object: each invalid_type, expecting an object", () => {
    const s = local();
    const seg = (support: unknown, ethnicity: unknown) => ({
      deprivations: Object.fromEntries(KEYS_2021.map((k) => [k, 0])),
      ethnicMinority: 0,
      noMemberAbleToWork: 0,
      memberWithMerit: 0,
      causes: { land: 0, capital: 0, labour: 0, tools: 0, knowhow: 0, skills: 0, illness_or_accident: 0, other: 0 },
      ...(support === undefined ? {} : { support }),
      ...(ethnicity === undefined ? {} : { ethnicity }),
      children: { healthInsurance: 0, nutrition: 0, schoolAttendance: 0 },
    });
    const cls = { total: 0, poor: 0, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 0, notPoor: 0, middleLiving: 0 };
    const j = { format: "vn-poverty/tally@1", standard: "L-1", households: cls, persons: cls, segments: { poor: seg(undefined, 5), nearPoor: seg({}, {}) } };
    const r = safeTallyFromJson(j, { standard: s });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["invalid_type", ["segments", "poor", "support"], { expected: "object", received: "undefined" }],
      ["invalid_type", ["segments", "poor", "ethnicity"], { expected: "object", received: 5 }],
    ]);
    const ok = { ...j, segments: { poor: seg({}, {}), nearPoor: seg({}, {}) } };
    expect(safeTallyFromJson(ok, { standard: s }).ok).toBe(true);
  });
});

describe("a refusal followed by another: both listed", () => {
  it("the poor's ethnicity codes summing past their households, then a near-poor group count with no near-poor household", () => {
    const s = local();
    const seg = () => ({ deprivations: zeros(12), groups: zeros(3), causes: zeros(8), children: zeros(3) });
    const poor = { ...seg(), ethnicity: { "01": 1, "02": 1 } };
    const nearPoor = { ...seg(), groups: [1, 0, 0] };
    const j = { format: "vn-poverty/tally@2", standard: "L-1", year: null, classRule: "line_and_deprivations", indicators: KEYS_2021, households: [1, 1, 0, 0, 0, 0, 0], persons: [3, 3, 0, 0, 0, 0, 0], segments: { poor, nearPoor } };
    const r = safeTallyFromJson(j, { standard: s });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["inconsistent_counts", ["segments", "poor", "ethnicity"], { rule: "sum of ethnicity counts ≤ 1 poor households" }],
      ["inconsistent_counts", ["segments", "nearPoor", "groups", 0], { rule: "≤ 0 nearPoor households" }],
    ]);
  });
});
