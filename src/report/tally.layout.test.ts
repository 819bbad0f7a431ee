// A tally's layout and counters, read through the public API only: TallyLayout's fields per standard
// (shared/spec/standards.md: the indicators in the decree's order, the list years, middle-living defined or not),
// which counter sits where (TallyJson's documented order; every count in a hand-written tally different, so a getter
// that read its neighbour shows the wrong number), the list year a tally accepts, and tallies that never share
// counters, also across the 8192-number slab the counters are carved from.
import { describe, expect, it } from "vitest";
import { caught } from "../../test/_lib/issues.js";
import { tallyWithTotals } from "../../test/_lib/tallies.js";
import { addToTally } from "./addToTally.js";
import { buildHierarchy } from "./buildHierarchy.js";
import { emptyTally, safeEmptyTally } from "./emptyTally.js";
import { mergeTallies, safeMergeTallies } from "./mergeTallies.js";
import { remapUnits, rollUpTallies, safeRemapUnits } from "./rollUpTallies.js";
import { safeTallyFromJson, tallyFromJson, tallyToJson } from "./tallyJson.js";
import type { Tally, TallyJson } from "./types.js";

// shared/spec/standards.md, the indicator tables (2021–2025: the suggested keys, in the decree's order 1–12).
const KEYS_2021 = ["employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"];
// 2016–2020: the ten indicators 1–10 of the spec's table (health access, insurance, adult education, school
// attendance, housing quality, floor area, water, latrine, telecom, information assets).
const KEYS_2016 = ["healthcareAccess", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"];
const CAUSES = ["land", "capital", "labour", "tools", "knowhow", "skills", "illness_or_accident", "other"];
const CHILD = ["healthInsurance", "nutrition", "schoolAttendance"];

/** `n` numbers from `from` up: from, from + 1, … */
const run = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => from + i);

/**
 * A 2021–2025 tally written by hand, every counter a different number: households [130, 50, 0, 0, 60, 20, 7] (130 =
 * 50 + 60 + 20; 7 middle-living ≤ 20 not poor), persons four times as many; the poor segment's counters 1–26 in
 * layout order (12 deprivations, 3 groups, 8 causes, 3 children), the near-poor's 27–52, each ≤ its households.
 */
function json2021(): TallyJson {
  return {
    format: "vn-poverty/tally@2",
    standard: "2021-2025",
    year: 2024,
    classRule: "line_and_deprivations",
    indicators: [...KEYS_2021],
    households: [130, 50, 0, 0, 60, 20, 7],
    persons: [520, 200, 0, 0, 240, 80, 28],
    segments: {
      poor: { deprivations: run(1, 12), groups: run(13, 3), causes: run(16, 8), children: run(24, 3), support: { zeta: 4, alpha: 2 }, ethnicity: { "17": 9, "01": 5 } },
      nearPoor: { deprivations: run(27, 12), groups: run(39, 3), causes: run(42, 8), children: run(50, 3), ethnicity: { "02": 1 } },
    },
  } as TallyJson;
}

describe("TallyLayout: what a tally says about its standard", () => {
  it("2021–2025: its id, the rule of one line and deprivations, the 12 indicators in the decree's order, the poor and near-poor segments, middle-living defined", () => {
    const t = emptyTally("2021-2025");
    expect(t.layout).toEqual({ standard: "2021-2025", classRule: "line_and_deprivations", indicators: KEYS_2021, segments: ["poor", "nearPoor"], middleLiving: true });
    expect([t.format, t.standard, t.year]).toEqual(["vn-poverty/tally@2", "2021-2025", null]);
    expect(Object.isFrozen(t.layout) && Object.isFrozen(t.layout.indicators) && Object.isFrozen(t.layout.segments)).toBe(true);
    expect(Object.isFrozen(t)).toBe(true);
  });
  it("2016–2020: two lines, so four segments in the order poor, nearPoor, poorByIncome, poorByDeprivation; ten indicators; middle-living defined", () => {
    const t = emptyTally("2016-2020", { year: 2019 });
    expect(t.layout).toEqual({ standard: "2016-2020", classRule: "two_lines", indicators: KEYS_2016, segments: ["poor", "nearPoor", "poorByIncome", "poorByDeprivation"], middleLiving: true });
    expect(t.year).toBe(2019);
    expect(Object.keys(t.segments)).toEqual(["poor", "nearPoor", "poorByIncome", "poorByDeprivation"]);
  });
  it("2027–2030: middle-living not defined (the spec: NOT FOUND), two segments", () => {
    const t = emptyTally("2027-2030");
    expect([t.layout.middleLiving, t.layout.classRule, t.layout.segments, t.layout.indicators.length]).toEqual([false, "line_and_deprivations", ["poor", "nearPoor"], 12]);
    expect(Object.keys(t.segments)).toEqual(["poor", "nearPoor"]);
  });
  it("one standard, one layout: two tallies of it describe it with the same object", () => {
    expect(emptyTally("2021-2025").layout).toBe(emptyTally("2021-2025", { year: 2022 }).layout);
  });
  it("an empty tally's JSON: every count 0, 7 + 7 class counts, each segment 12 + 3 + 8 + 3 counters and no open keys", () => {
    const zeros = (n: number): number[] => new Array<number>(n).fill(0);
    const seg = { deprivations: zeros(12), groups: zeros(3), causes: zeros(8), children: zeros(3) };
    expect(JSON.parse(JSON.stringify(emptyTally("2021-2025", { year: 2026 })))).toEqual({
      format: "vn-poverty/tally@2",
      standard: "2021-2025",
      year: 2026,
      classRule: "line_and_deprivations",
      indicators: KEYS_2021,
      households: zeros(7),
      persons: zeros(7),
      segments: { poor: seg, nearPoor: seg },
    });
    const s16 = { deprivations: zeros(10), groups: zeros(3), causes: zeros(8), children: zeros(3) };
    expect(tallyToJson(emptyTally("2016-2020")).segments).toEqual({ poor: s16, nearPoor: s16, poorByIncome: s16, poorByDeprivation: s16 });
  });
});

describe("which counter sits where", () => {
  it("households and persons: total, poor, poorByIncome, poorByDeprivation, nearPoor, notPoor, middleLiving", () => {
    const t = tallyFromJson(json2021());
    expect(t.households).toEqual({ total: 130, poor: 50, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 60, notPoor: 20, middleLiving: 7 });
    expect(t.persons).toEqual({ total: 520, poor: 200, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 240, notPoor: 80, middleLiving: 28 });
  });
  it("2016–2020's poor by income and by deprivation sit at positions 2 and 3 of both lists", () => {
    const j = tallyToJson(emptyTally("2016-2020")) as unknown as { households: number[]; persons: number[] };
    j.households = [10, 5, 2, 3, 4, 1, 0];
    j.persons = [40, 20, 6, 14, 16, 4, 0];
    const t = tallyFromJson(j);
    expect([t.households.poorByIncome, t.households.poorByDeprivation, t.persons.poorByIncome, t.persons.poorByDeprivation]).toEqual([2, 3, 6, 14]);
    expect([t.households.total, t.households.poor, t.households.nearPoor, t.households.notPoor, t.persons.total]).toEqual([10, 5, 4, 1, 40]);
  });
  it("a segment: deprivations by key in the standard's order, then the three groups, the 8 causes and the 3 children's deprivations", () => {
    const t = tallyFromJson(json2021());
    const poor = t.segments.poor;
    expect(poor.deprivations).toEqual(Object.fromEntries(KEYS_2021.map((k, i) => [k, 1 + i])));
    expect([poor.ethnicMinority, poor.noMemberAbleToWork, poor.memberWithMerit]).toEqual([13, 14, 15]);
    expect(poor.causes).toEqual(Object.fromEntries(CAUSES.map((k, i) => [k, 16 + i])));
    expect(poor.children).toEqual({ healthInsurance: 24, nutrition: 25, schoolAttendance: 26 });
    const near = t.segments.nearPoor;
    expect(near.deprivations).toEqual(Object.fromEntries(KEYS_2021.map((k, i) => [k, 27 + i])));
    expect([near.ethnicMinority, near.noMemberAbleToWork, near.memberWithMerit]).toEqual([39, 40, 41]);
    expect(near.causes).toEqual(Object.fromEntries(CAUSES.map((k, i) => [k, 42 + i])));
    expect(near.children).toEqual(Object.fromEntries(CHILD.map((k, i) => [k, 50 + i])));
  });
  it("the open keys: sorted by key, per segment; a segment without any has empty maps in `segments` and none in the JSON", () => {
    const t = tallyFromJson(json2021());
    expect(Object.entries(t.segments.poor.support)).toEqual([["alpha", 2], ["zeta", 4]]);
    expect(t.segments.poor.ethnicity).toEqual({ "01": 5, "17": 9 });
    expect(t.segments.nearPoor.support).toEqual({});
    expect(t.segments.nearPoor.ethnicity).toEqual({ "02": 1 });
    const j = t.toJSON();
    expect(j.segments.poor.support).toEqual({ alpha: 2, zeta: 4 });
    expect("support" in j.segments.nearPoor).toBe(false);
    expect(j.segments.nearPoor.ethnicity).toEqual({ "02": 1 });
    expect(Object.keys(emptyTally("2021-2025").toJSON().segments.poor)).toEqual(["deprivations", "groups", "causes", "children"]);
  });
  it("the JSON written back is the JSON read, field by field and in the documented field order", () => {
    const j = json2021();
    const back = JSON.parse(JSON.stringify(tallyFromJson(j))) as TallyJson;
    expect(back).toEqual({ ...j, segments: { poor: { ...j.segments.poor, support: { alpha: 2, zeta: 4 }, ethnicity: { "01": 5, "17": 9 } }, nearPoor: j.segments.nearPoor } });
    expect(Object.keys(back)).toEqual(["format", "standard", "year", "classRule", "indicators", "households", "persons", "segments"]);
    expect(Object.keys(back.segments.poor)).toEqual(["deprivations", "groups", "causes", "children", "support", "ethnicity"]);
  });
  it("2016–2020's four segment blocks in order: the poor block is the sum of the by-income and by-deprivation blocks", () => {
    const j = tallyToJson(emptyTally("2016-2020")) as unknown as { households: number[]; persons: number[]; segments: { [k: string]: { deprivations: number[]; groups: number[]; causes: number[]; children: number[] } } };
    j.households = [100, 50, 20, 30, 30, 20, 0];
    j.persons = [400, 200, 80, 120, 120, 80, 0];
    const seg = (d: number, g: number, c: number, ch: number) => ({ deprivations: new Array<number>(10).fill(d), groups: [g, g, g], causes: new Array<number>(8).fill(c), children: [ch, ch, ch] });
    j.segments = { poor: seg(11, 12, 13, 14), nearPoor: seg(21, 22, 23, 24), poorByIncome: seg(5, 5, 6, 7), poorByDeprivation: seg(6, 7, 7, 7) };
    const t = tallyFromJson(j);
    expect(t.segments.poorByIncome?.deprivations["healthcareAccess"]).toBe(5);
    expect(t.segments.poorByDeprivation?.deprivations["informationAccess"]).toBe(6);
    expect([t.segments.poorByIncome?.memberWithMerit, t.segments.poorByDeprivation?.memberWithMerit]).toEqual([5, 7]);
    expect([t.segments.poorByIncome?.causes.other, t.segments.poorByDeprivation?.causes.land]).toEqual([6, 7]);
    expect([t.segments.nearPoor.children.schoolAttendance, t.segments.nearPoor.deprivations["healthcareAccess"], t.segments.poor.children.healthInsurance]).toEqual([24, 21, 14]);
    expect(t.toJSON().segments).toEqual(j.segments);
  });
  it("households, persons and segments are fresh objects on every read: changing one does not change the tally", () => {
    const t = tallyFromJson(json2021());
    const h = t.households as { total: number };
    h.total = 1;
    const d = t.segments.poor.deprivations as { [k: string]: number };
    d["employment"] = 99;
    expect([t.households.total, t.segments.poor.deprivations["employment"]]).toEqual([130, 1]);
    expect(t.households).not.toBe(t.households);
  });
});

describe("the list year a tally is for", () => {
  it("not given or null: null; the standard's first and last list years (2022 and 2026 for 2021–2025; 2016 and 2021 for 2016–2020)", () => {
    expect([emptyTally("2021-2025").year, emptyTally("2021-2025", { year: null }).year]).toEqual([null, null]);
    expect([emptyTally("2021-2025", { year: 2022 }).year, emptyTally("2021-2025", { year: 2026 }).year]).toEqual([2022, 2026]);
    expect([emptyTally("2016-2020", { year: 2016 }).year, emptyTally("2016-2020", { year: 2021 }).year]).toEqual([2016, 2021]);
  });
  it("one year before or after them: year_outside_standard at the path year, with the year, the standard and its bounds", () => {
    for (const [id, year, from, to] of [["2021-2025", 2021, 2022, 2026], ["2021-2025", 2027, 2022, 2026], ["2016-2020", 2015, 2016, 2021], ["2016-2020", 2022, 2016, 2021]] as const) {
      const r = safeEmptyTally(id, { year });
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["year_outside_standard", ["year"], { year, standard: id, from, to }]]);
    }
    const e = caught(() => emptyTally("2021-2025", { year: 2027 }));
    expect([e.code, e.details]).toEqual(["invalid_input", { function: "emptyTally", issueCount: 1 }]);
  });
  it("not a whole number: invalid_year at the path year, the value described", () => {
    for (const [year, received] of [[2024.5, "2024.5"], ["2024", "2024"], [Number.NaN, "NaN"], [Number.POSITIVE_INFINITY, "Infinity"], [true, "true"], [[2024], "array"]] as const) {
      const r = safeEmptyTally("2021-2025", { year });
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["invalid_year", ["year"], { received }]]);
    }
  });
  it("tallyFromJson with a year option checks it against the standard the same way", () => {
    const r = safeTallyFromJson(json2021(), { standard: "2021-2025", year: 2030 });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["year_outside_standard", ["year"], { year: 2030, standard: "2021-2025", from: 2022, to: 2026 }]]);
  });
});

describe("tallies never share counters", () => {
  /** A near-poor household of `persons` with every children's deprivation: it reaches the last counter of the layout. */
  const near = (persons: number) => ({ unitCode: "V", standard: "2021-2025", kind: "near_poor" as const, persons, deprivations: ["employment"], childDeprivations: ["healthInsurance", "nutrition", "schoolAttendance"] as const });
  it("300 tallies of 66 counters each (more than two slabs of 8192): each keeps its own counts, to the last counter", () => {
    const ts: Tally[] = [];
    for (let i = 0; i < 300; i++) ts.push(emptyTally("2021-2025"));
    ts.forEach((t, i) => {
      expect(addToTally(t, near(1 + (i % 5)))).toEqual([]);
      if (i % 2 === 0) expect(addToTally(t, near(2))).toEqual([]);
    });
    ts.forEach((t, i) => {
      const n = i % 2 === 0 ? 2 : 1;
      expect([t.households.total, t.households.nearPoor, t.persons.total]).toEqual([n, n, 1 + (i % 5) + (i % 2 === 0 ? 2 : 0)]);
      expect(t.segments.nearPoor.children).toEqual({ healthInsurance: n, nutrition: n, schoolAttendance: n });
      expect(t.segments.poor.children.schoolAttendance).toBe(0);
      expect(tallyToJson(t).segments.nearPoor.children).toEqual([n, n, n]);
    });
  });
  it("a merged tally and a tally read from JSON are copies: adding to them leaves their sources unchanged, and the reverse", () => {
    const a = emptyTally("2021-2025");
    addToTally(a, near(3));
    const b = tallyFromJson(tallyToJson(a));
    const m = mergeTallies(a, b);
    addToTally(m, near(4));
    addToTally(b, near(5));
    expect([a.persons.total, b.persons.total, m.persons.total]).toEqual([3, 8, 10]);
    addToTally(a, near(1));
    expect([a.persons.total, b.persons.total, m.persons.total]).toEqual([4, 8, 10]);
  });
  it("open keys are copied too: a support key added to the merge is not in its sources", () => {
    const a = emptyTally("2021-2025");
    addToTally(a, { ...near(1), supportReceived: ["credit"], ethnicity: "01" });
    const m = mergeTallies(a, emptyTally("2021-2025"));
    addToTally(m, { ...near(1), supportReceived: ["credit", "housing"], ethnicity: "02" });
    expect([a.segments.nearPoor.support, a.segments.nearPoor.ethnicity]).toEqual([{ credit: 1 }, { "01": 1 }]);
    expect([m.segments.nearPoor.support, m.segments.nearPoor.ethnicity]).toEqual([{ credit: 2, housing: 1 }, { "01": 1, "02": 1 }]);
  });
});

describe("merging: the open keys add up, and the totals stay exact", () => {
  it("support and ethnicity keys from both sides, the shared ones summed", () => {
    const rec = (support: string[], ethnicity: string) => ({ unitCode: "V", standard: "2021-2025", kind: "poor" as const, persons: 2, deprivations: ["employment", "dependants", "nutrition"], supportReceived: support, ethnicity });
    const a = emptyTally("2021-2025");
    addToTally(a, rec(["credit", "health"], "01"));
    const b = emptyTally("2021-2025");
    addToTally(b, rec(["credit"], "17"));
    addToTally(b, rec(["school"], "01"));
    const m = mergeTallies(a, b);
    expect(m.segments.poor.support).toEqual({ credit: 2, health: 1, school: 1 });
    expect(m.segments.poor.ethnicity).toEqual({ "01": 2, "17": 1 });
    expect([m.households.poor, m.segments.poor.deprivations["nutrition"], m.segments.nearPoor.support]).toEqual([3, 3, {}]);
  });
  it("persons past 2^53 − 1 while households are far below it: count_overflow", () => {
    const half = 5e15; // two of them: 10^16 persons > 9,007,199,254,740,991; households 2 × 10^13
    const j = tallyToJson(emptyTally("2021-2025")) as unknown as { households: number[]; persons: number[] };
    j.households = [1e13, 0, 0, 0, 0, 1e13, 0];
    j.persons = [half, 0, 0, 0, 0, half, 0];
    const r = safeMergeTallies(tallyFromJson(j), tallyFromJson(j));
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.params])).toEqual([["count_overflow", { limit: Number.MAX_SAFE_INTEGER }]]);
    const k = tallyToJson(emptyTally("2021-2025")) as unknown as { households: number[]; persons: number[] };
    k.households = [4e15, 0, 0, 0, 0, 4e15, 0];
    k.persons = [4e15, 0, 0, 0, 0, 4e15, 0];
    const ok = safeMergeTallies(tallyFromJson(k), tallyFromJson(k));
    expect(ok.ok ? ok.value.persons.total : 0).toBe(8e15);
  });
});

describe("only the library's own tallies are tallies", () => {
  it("null, a number, a plain copy, a Proxy of a tally and a tally-like object are refused by addToTally, naming itself", () => {
    const rec = { unitCode: "V", standard: "2021-2025", kind: "not_poor" as const, persons: 1 };
    const t = emptyTally("2021-2025");
    for (const x of [null, 5, "tally", { ...t }, new Proxy(t, {}), Object.create(t) as unknown]) {
      const e = caught(() => addToTally(x as Tally, rec));
      expect([e.code, e.message, e.details]).toEqual(["invalid_input", "addToTally needs a tally made by the library (emptyTally, tallyFromJson or a run)", { function: "addToTally" }]);
    }
    expect(addToTally(t, rec)).toEqual([]);
    expect(t.households.notPoor).toBe(1);
  });
});

describe("open keys in the JSON, copies in the roll-up, and the sum's exact limit", () => {
  it("an empty support or ethnicity object read from JSON is written back as none", () => {
    const j = json2021() as unknown as { segments: { poor: { support?: object; ethnicity?: object } } };
    j.segments.poor.support = {};
    j.segments.poor.ethnicity = {};
    const back = tallyToJson(tallyFromJson(j));
    expect(Object.keys(back.segments.poor)).toEqual(["deprivations", "groups", "causes", "children"]);
    expect(Object.keys(back.segments.nearPoor)).toEqual(["deprivations", "groups", "causes", "children", "ethnicity"]);
  });
  it("remapUnits: two tallies under one new code sum their open keys; the sources keep their own", () => {
    const a = emptyTally("2021-2025");
    addToTally(a, { unitCode: "V", standard: "2021-2025", kind: "near_poor", persons: 1, supportReceived: ["credit"], ethnicity: "01" });
    const b = emptyTally("2021-2025");
    addToTally(b, { unitCode: "V", standard: "2021-2025", kind: "near_poor", persons: 2, supportReceived: ["credit", "school"] });
    const r = remapUnits({ A: a, B: b }, { A: "N", B: "N" });
    expect(r["N"]?.segments.nearPoor.support).toEqual({ credit: 2, school: 1 });
    expect(r["N"]?.segments.nearPoor.ethnicity).toEqual({ "01": 1 });
    expect([a.segments.nearPoor.support, b.segments.nearPoor.support, b.segments.nearPoor.ethnicity]).toEqual([{ credit: 1 }, { credit: 1, school: 1 }, {}]);
  });
  it("rollUpTallies: a village's open keys reach its own row and its parents', and adding to the result leaves the input unchanged", () => {
    const h = buildHierarchy([
      { code: "P", name: "Tỉnh", level: "province" },
      { code: "C", name: "Xã", level: "commune", parentCode: "P" },
      { code: "V", name: "Thôn", level: "village", parentCode: "C" },
    ]);
    const v = emptyTally("2021-2025");
    addToTally(v, { unitCode: "V", standard: "2021-2025", kind: "near_poor", persons: 1, supportReceived: ["credit"], ethnicity: "01" });
    const r = rollUpTallies(h, { V: v }, { standard: "2021-2025" });
    const rv = r.tallies["V"] as Tally;
    expect([rv.segments.nearPoor.support, rv.segments.nearPoor.ethnicity, r.tallies["P"]?.segments.nearPoor.support, r.total.segments.nearPoor.ethnicity]).toEqual([{ credit: 1 }, { "01": 1 }, { credit: 1 }, { "01": 1 }]);
    addToTally(rv, { unitCode: "V", standard: "2021-2025", kind: "near_poor", persons: 1, supportReceived: ["credit"], ethnicity: "02" });
    expect([v.segments.nearPoor.support, v.segments.nearPoor.ethnicity, v.households.total]).toEqual([{ credit: 1 }, { "01": 1 }, 1]);
  });
  it("remapUnits: households reaching exactly 2^53 − 1 are fine; persons passing it while households do not is count_overflow", () => {
    const max = Number.MAX_SAFE_INTEGER;
    const ok = safeRemapUnits({ A: tallyWithTotals(max - 1), B: tallyWithTotals(1) }, { A: "N", B: "N" });
    expect(ok.ok ? [ok.value["N"]?.households.total, ok.value["N"]?.persons.total] : ok.issues).toEqual([max, max]);
    const j = tallyToJson(emptyTally("2021-2025")) as unknown as { households: number[]; persons: number[] };
    j.households = [1e13, 0, 0, 0, 0, 1e13, 0];
    j.persons = [5e15, 0, 0, 0, 0, 5e15, 0]; // two of them: 10^16 persons > 9,007,199,254,740,991; households 2 × 10^13
    const over = safeRemapUnits({ A: tallyFromJson(j), B: tallyFromJson(j) }, { A: "N", B: "N" });
    expect(over.ok ? [] : over.issues.map((i) => [i.code, i.path, i.params])).toEqual([["count_overflow", ["units", "B"], { limit: max }]]);
  });
});
