// Reading and writing a tally as JSON, each refusal read in full (code, path, params, the function named): the
// options (standard, year), every field of format @2 the schema checks, what a tally must match when it joins
// others (standard, indicators, year), the year a tally read back carries, and sums past 2^53 − 1 in persons.
// Expected values: the standards' own data (list years, indicators: spec/standards.md), TallyJson's documented
// layout, safeTallyFromJson's @remarks; every count is written by hand.
import { describe, expect, it } from "vitest";
import { revokedProxy } from "../../test/_lib/hostile.js";
import { caught } from "../../test/_lib/issues.js";
import { layerLocalStandard } from "../standards/layerLocalStandard.js";
import { exampleLocal } from "../../test/fixtures/localStandard.js";
import { addToTally } from "./addToTally.js";
import { emptyTally } from "./emptyTally.js";
import { mergeTallies, safeMergeTallies } from "./mergeTallies.js";
import { movementFromJson } from "./movementJson.js";
import { safeTallyFromJson, tallyFromJson, tallyToJson } from "./tallyJson.js";
import type { Tally } from "./types.js";

/** Decree 07/2021 Art. 3's twelve indicators in order (spec/standards.md). */
const KEYS_2021 = ["employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"];
/** Decision 59/2015's ten indicators in order (spec/standards.md, keys as the library names them). */
const KEYS_2016 = ["healthcareAccess", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"];

interface Seg {
  deprivations: number[];
  groups: number[];
  causes: number[];
  children: number[];
  support?: unknown;
  ethnicity?: unknown;
  [k: string]: unknown;
}
interface Json {
  format: string;
  standard: unknown;
  year?: unknown;
  classRule: string;
  indicators: string[];
  households: number[];
  persons: number[];
  segments: { [k: string]: Seg };
  [k: string]: unknown;
}
const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const seg = (): Seg => ({ deprivations: zeros(12), groups: zeros(3), causes: zeros(8), children: zeros(3) });
/** A 2021–2025 tally as JSON: one near-poor household of 3 persons (TallyJson's layout, written by hand). */
function oneNearPoor(year: number | null = null): Json {
  return {
    format: "vn-poverty/tally@2",
    standard: "2021-2025",
    year,
    classRule: "line_and_deprivations",
    indicators: [...KEYS_2021],
    households: [1, 0, 0, 0, 1, 0, 0],
    persons: [3, 0, 0, 0, 3, 0, 0],
    segments: { poor: seg(), nearPoor: seg() },
  };
}
const nearPoorOf = (j: Json): Seg => j.segments["nearPoor"] as Seg;

/** The issues (code, path, params) of reading `j`; [] when it is read. */
function refusals(j: unknown, options?: Parameters<typeof safeTallyFromJson>[1]): { code: string; path: readonly (string | number)[]; params: unknown }[] {
  const r = safeTallyFromJson(j, options);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}


describe("the throwing twins name themselves", () => {
  it("tallyToJson of something that is not a tally: invalid_input, naming tallyToJson and counting the issues", () => {
    const e = caught(() => tallyToJson({} as never));
    expect(e.code).toBe("invalid_input");
    expect(e.details).toEqual({ function: "tallyToJson", issueCount: 1 });
    expect(e.message.startsWith("Invalid input to tallyToJson: ")).toBe(true);
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([["invalid_standard", ["standard"]]]);
  });
  it("tallyFromJson of a tally that does not add up: invalid_input, naming tallyFromJson", () => {
    const j = oneNearPoor();
    j.households[0] = 2;
    const e = caught(() => tallyFromJson(j));
    expect(e.details).toEqual({ function: "tallyFromJson", issueCount: 1 });
    expect(e.message.startsWith("Invalid input to tallyFromJson: ")).toBe(true);
    expect(e.issues[0]).toMatchObject({ code: "inconsistent_counts", path: ["households", 0] });
  });
  it("movementFromJson of something that is not a movement: invalid_input, naming movementFromJson", () => {
    const e = caught(() => movementFromJson(null));
    expect(e.code).toBe("invalid_input");
    expect(e.details).toMatchObject({ function: "movementFromJson" });
    expect(e.message.startsWith("Invalid input to movementFromJson: ")).toBe(true);
  });
});

describe("tallyToJson and safeTallyFromJson given a tally object", () => {
  it("tallyToJson writes the tally's own counts; given a tally as JSON it checks it and writes it again", () => {
    const t = emptyTally("2021-2025", { year: 2024 });
    expect(addToTally(t, { unitCode: "V", standard: "2021-2025", kind: "near_poor", persons: 3 })).toEqual([]);
    expect(tallyToJson(t)).toEqual(oneNearPoor(2024));
    expect(tallyToJson(oneNearPoor(2024) as never)).toEqual(oneNearPoor(2024));
  });
  it("a tally object is read through its JSON: the result is a new tally that later counts into the old one do not change", () => {
    const t = tallyFromJson(oneNearPoor(2025));
    const r = safeTallyFromJson(t);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).not.toBe(t);
    expect(r.value.year).toBe(2025);
    expect(addToTally(t, { unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 2 })).toEqual([]);
    expect(t.households.total).toBe(2);
    expect(r.value.households.total).toBe(1);
    expect(r.value.persons.nearPoor).toBe(3);
  });
});

describe("safeTallyFromJson's options", () => {
  it("an unknown standard option is unknown_standard at `standard`, listing the national ids", () => {
    expect(refusals(oneNearPoor(), { standard: "2099" })).toEqual([{ code: "unknown_standard", path: ["standard"], params: { id: "2099", known: "2016-2020, 2021-2025, 2027-2030" } }]);
  });
  it("a tally of a local standard is read only under that standard: its id alone names no standard", () => {
    const s = layerLocalStandard({ ...exampleLocal("L-1", "2021-2025"), incomeLines: { rural: { incomeLine: 1_750_000 } } });
    const j = { ...oneNearPoor(), standard: "L-1" };
    expect(refusals(j)).toEqual([{ code: "unknown_standard", path: ["standard"], params: { id: "L-1", known: "2016-2020, 2021-2025, 2027-2030" } }]);
    const t = tallyFromJson(j, { standard: s });
    expect([t.standard, t.households.nearPoor]).toEqual(["L-1", 1]);
  });
  it("a standard option other than the tally's: standard_mismatch at `standard`, with both ids", () => {
    expect(refusals(oneNearPoor(), { standard: "2016-2020" })[0]).toEqual({ code: "standard_mismatch", path: ["standard"], params: { expected: "2016-2020", actual: "2021-2025" } });
    expect(refusals({ ...oneNearPoor(), standard: "2016-2020" }, { standard: "2021-2025" })).toEqual([
      { code: "standard_mismatch", path: ["standard"], params: { expected: "2021-2025", actual: "2016-2020" } },
    ]);
  });
  it("a year option that is not a whole number: invalid_year at `year`, the value described", () => {
    expect(refusals(oneNearPoor(), { year: "2024" as never })).toEqual([{ code: "invalid_year", path: ["year"], params: { received: "2024" } }]);
    expect(refusals(oneNearPoor(), { standard: "2021-2025", year: 2024.5 })).toEqual([{ code: "invalid_year", path: ["year"], params: { received: "2024.5" } }]);
  });
  it("a year option outside the standard's list years (2022–2026 for 2021–2025): year_outside_standard at `year`", () => {
    for (const year of [2021, 2027]) {
      expect(refusals(oneNearPoor(year), { standard: "2021-2025", year })).toEqual([{ code: "year_outside_standard", path: ["year"], params: { year, standard: "2021-2025", from: 2022, to: 2026 } }]);
    }
    for (const year of [2022, 2026]) expect(tallyFromJson(oneNearPoor(year), { standard: "2021-2025", year }).year).toBe(year);
  });
  it("a year option without a standard is not checked against one: the tally's own year must equal it", () => {
    expect(refusals(oneNearPoor(), { year: 2030 })).toEqual([{ code: "year_mismatch", path: ["year"], params: { expected: 2030, actual: null } }]);
    expect(refusals(oneNearPoor(2024), { year: 2025 })).toEqual([{ code: "year_mismatch", path: ["year"], params: { expected: 2025, actual: 2024 } }]);
    expect(tallyFromJson(oneNearPoor(2024), { year: 2024 }).year).toBe(2024);
  });
  it("a standard and a year together: both are checked", () => {
    expect(refusals(oneNearPoor(2024), { standard: "2021-2025", year: 2025 })).toEqual([{ code: "year_mismatch", path: ["year"], params: { expected: 2025, actual: 2024 } }]);
    expect(refusals(oneNearPoor(2024), { standard: "2016-2020", year: 2019 })[0]).toEqual({ code: "standard_mismatch", path: ["standard"], params: { expected: "2016-2020", actual: "2021-2025" } });
    expect(refusals(oneNearPoor(), { standard: "2016-2020", year: null })[0]).toEqual({ code: "standard_mismatch", path: ["standard"], params: { expected: "2016-2020", actual: "2021-2025" } });
    expect(tallyFromJson(oneNearPoor(2025), { standard: "2021-2025", year: 2025 }).year).toBe(2025);
  });
  it("year: null asks for a tally without a year", () => {
    expect(refusals(oneNearPoor(2024), { year: null })).toEqual([{ code: "year_mismatch", path: ["year"], params: { expected: null, actual: 2024 } }]);
    expect(refusals(oneNearPoor(2024), { standard: "2021-2025", year: null })).toEqual([{ code: "year_mismatch", path: ["year"], params: { expected: null, actual: 2024 } }]);
    expect(tallyFromJson(oneNearPoor(), { year: null }).year).toBeNull();
  });
  it("no year option takes any year; options that are not an object are no options", () => {
    expect(tallyFromJson(oneNearPoor(2023), { standard: "2021-2025" }).year).toBe(2023);
    expect(tallyFromJson(oneNearPoor(2023), null as never).year).toBe(2023);
    expect(tallyFromJson(oneNearPoor(2023), 5 as never).year).toBe(2023);
  });
  it("options that cannot be read are no options, never thrown through", () => {
    expect(safeTallyFromJson(oneNearPoor(2023), revokedProxy() as never).ok).toBe(true);
  });
});

describe("the fields of format @2, each refused by the schema in full", () => {
  it("a format other than @2 or @1", () => {
    expect(refusals({ ...oneNearPoor(), format: "vn-poverty/tally@3" })).toEqual([{ code: "invalid_value", path: ["format"], params: { values: ["vn-poverty/tally@2"], received: "vn-poverty/tally@3" } }]);
  });
  it("a year outside the standard's list years, at `year` (2022–2026 for 2021–2025)", () => {
    for (const year of [2021, 2027]) {
      expect(refusals(oneNearPoor(year))).toEqual([{ code: "year_outside_standard", path: ["year"], params: { year, standard: "2021-2025", from: 2022, to: 2026 } }]);
    }
    expect(tallyFromJson(oneNearPoor(2022)).year).toBe(2022);
    expect(tallyFromJson(oneNearPoor(2026)).year).toBe(2026);
  });
  it("a year that is not a whole number", () => {
    expect(refusals(oneNearPoor(2024.5))).toEqual([{ code: "invalid_type", path: ["year"], params: { expected: "int", received: 2024.5 } }]);
    expect(refusals({ ...oneNearPoor(), year: "2024" })).toEqual([{ code: "invalid_type", path: ["year"], params: { expected: "number", received: "2024" } }]);
  });
  it("a class rule other than the standard's: tally_layout_mismatch at `classRule`", () => {
    expect(refusals({ ...oneNearPoor(), classRule: "two_lines" })).toEqual([
      { code: "tally_layout_mismatch", path: ["classRule"], params: { standard: "2021-2025", field: "classRule", expected: "line_and_deprivations", actual: "two_lines" } },
    ]);
  });
  it("indicators in another order, or one missing: tally_layout_mismatch at `indicators`, the standard's list joined", () => {
    const swapped = [...KEYS_2021];
    [swapped[10], swapped[11]] = [swapped[11] as string, swapped[10] as string];
    for (const indicators of [swapped, KEYS_2021.slice(0, 11), [...KEYS_2021, "telecom"]]) {
      expect(refusals({ ...oneNearPoor(), indicators })).toEqual([
        { code: "tally_layout_mismatch", path: ["indicators"], params: { standard: "2021-2025", field: "indicators", expected: KEYS_2021.join(", "), actual: indicators } },
      ]);
    }
  });
  it("a key the format does not have, at the top, in `segments` or in a segment", () => {
    expect(refusals({ ...oneNearPoor(), note: "x" })).toEqual([{ code: "unrecognized_keys", path: [], params: { keys: ["note"] } }]);
    const j = oneNearPoor();
    j.segments["poorByIncome"] = seg();
    expect(refusals(j)).toEqual([{ code: "unrecognized_keys", path: ["segments"], params: { keys: ["poorByIncome"] } }]);
    const k = oneNearPoor();
    nearPoorOf(k)["other"] = [];
    expect(refusals(k)).toEqual([{ code: "unrecognized_keys", path: ["segments", "nearPoor"], params: { keys: ["other"] } }]);
  });
  it("a list of the wrong length: households, persons, or any list of a segment; the identities are not checked on counts not read", () => {
    const cases: [string, (j: Json) => void, (string | number)[]][] = [
      ["too_big", (j) => j.households.push(0), ["households"]],
      ["too_small", (j) => j.persons.pop(), ["persons"]],
      ["too_small", (j) => nearPoorOf(j).deprivations.pop(), ["segments", "nearPoor", "deprivations"]],
      ["too_big", (j) => nearPoorOf(j).groups.push(0), ["segments", "nearPoor", "groups"]],
      ["too_small", (j) => nearPoorOf(j).causes.pop(), ["segments", "nearPoor", "causes"]],
      ["too_big", (j) => nearPoorOf(j).children.push(0), ["segments", "nearPoor", "children"]],
    ];
    for (const [code, damage, path] of cases) {
      const j = oneNearPoor();
      damage(j);
      expect(refusals(j).map((i) => [i.code, i.path])).toEqual([[code, path]]);
    }
  });
  it("a negative count of persons is one issue, not also persons below households (the counts after it are not read)", () => {
    const j = oneNearPoor();
    j.persons[0] = -1;
    expect(refusals(j)).toEqual([{ code: "too_small", path: ["persons", 0], params: { origin: "number", minimum: 0, inclusive: true, received: -1 } }]);
    const k = oneNearPoor();
    nearPoorOf(k).groups = [2, 2];
    expect(refusals(k)).toEqual([{ code: "too_small", path: ["segments", "nearPoor", "groups"], params: { origin: "array", minimum: 3, inclusive: true, received: [2, 2] } }]);
    const v1 = {
      format: "vn-poverty/tally@1",
      standard: "2021-2025",
      households: { total: 1, poor: 0, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 1, notPoor: 0, middleLiving: 0 },
      persons: { total: -3, poor: 0, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 3, notPoor: 0, middleLiving: 0 },
      segments: Object.fromEntries(
        ["poor", "nearPoor"].map((s) => [
          s,
          {
            deprivations: Object.fromEntries(KEYS_2021.map((k) => [k, 0])),
            ethnicMinority: 0,
            noMemberAbleToWork: 0,
            memberWithMerit: 0,
            causes: { land: 0, capital: 0, labour: 0, tools: 0, knowhow: 0, skills: 0, illness_or_accident: 0, other: 0 },
            support: {},
            ethnicity: {},
            children: { healthInsurance: 0, nutrition: 0, schoolAttendance: 0 },
          },
        ]),
      ),
    };
    expect(refusals(v1)).toEqual([{ code: "too_small", path: ["persons", "total"], params: { origin: "number", minimum: 0, inclusive: true, received: -3 } }]);
    v1.persons.total = 3;
    expect(tallyFromJson(v1).persons.nearPoor).toBe(3);
  });
  it("a count that is negative, fractional, a string or past 2^53 − 1", () => {
    const bad: [unknown, string][] = [
      [-1, "too_small"],
      [0.5, "invalid_type"],
      ["1", "invalid_type"],
      [Number.MAX_SAFE_INTEGER + 1, "too_big"],
    ];
    for (const [v, code] of bad) {
      const j = oneNearPoor();
      (nearPoorOf(j).causes as unknown[])[7] = v;
      expect(refusals(j).map((i) => [i.code, i.path])).toEqual([[code, ["segments", "nearPoor", "causes", 7]]]);
    }
  });
  it("a segment missing", () => {
    const j = oneNearPoor();
    delete j.segments["poor"];
    expect(refusals(j)).toEqual([{ code: "invalid_type", path: ["segments", "poor"], params: { expected: "object", received: "undefined" } }]);
  });
  it("support and ethnicity: an object of keys 1–64 characters (not __proto__) with whole counts", () => {
    const at = ["segments", "nearPoor"];
    const cases: [unknown, { code: string; path: (string | number)[]; params: unknown }[]][] = [
      [5, [{ code: "invalid_type", path: [...at, "support"], params: { expected: "object", received: 5 } }]],
      [["a"], [{ code: "invalid_type", path: [...at, "support"], params: { expected: "object", received: ["a"] } }]],
      [null, [{ code: "invalid_type", path: [...at, "support"], params: { expected: "object", received: null } }]],
      [{ "": 1 }, [{ code: "invalid_key", path: [...at, "support", ""], params: { received: "" } }]],
      [{ ["k".repeat(65)]: 1 }, [{ code: "invalid_key", path: [...at, "support", "k".repeat(65)], params: { received: "k".repeat(65) } }]],
      [JSON.parse('{"__proto__": 1}'), [{ code: "invalid_key", path: [...at, "support", "__proto__"], params: { received: "__proto__" } }]],
      [{ credit: -1 }, [{ code: "invalid_type", path: [...at, "support", "credit"], params: { expected: "int", received: -1 } }]],
      [{ credit: 0.5 }, [{ code: "invalid_type", path: [...at, "support", "credit"], params: { expected: "int", received: 0.5 } }]],
      [{ credit: "1" }, [{ code: "invalid_type", path: [...at, "support", "credit"], params: { expected: "int", received: "1" } }]],
    ];
    for (const [support, issues] of cases) {
      const j = oneNearPoor();
      nearPoorOf(j).support = support;
      expect(refusals(j)).toEqual(issues);
      const k = oneNearPoor();
      nearPoorOf(k).ethnicity = support;
      expect(refusals(k)).toEqual(issues.map((i) => ({ ...i, path: i.path.map((p) => (p === "support" ? "ethnicity" : p)) })));
    }
    const ok = oneNearPoor();
    nearPoorOf(ok).support = { ["k".repeat(64)]: 1, credit: 0 };
    expect(tallyFromJson(ok).segments.nearPoor.support).toEqual({ ["k".repeat(64)]: 1 });
  });
});

describe("joining others: a tally must be of the same standard, indicators and year (through mergeTallies)", () => {
  it("a tally of another standard: standard_mismatch at [1, standard], with both ids", () => {
    const r = safeMergeTallies(emptyTally("2021-2025"), emptyTally("2016-2020"));
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["standard_mismatch", [1, "standard"], { expected: "2021-2025", actual: "2016-2020" }]]);
  });
  it("two local standards of the same id on different national ones: tally_layout_mismatch at [1, indicators], both lists", () => {
    const a = layerLocalStandard({ ...exampleLocal("L-1", "2021-2025"), incomeLines: { rural: { incomeLine: 1_750_000 } } });
    const b = layerLocalStandard({ ...exampleLocal("L-1", "2016-2020"), incomeLines: { rural: { incomeLine: 1_750_000 } } });
    const r = safeMergeTallies(emptyTally(a), emptyTally(b));
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["tally_layout_mismatch", [1, "indicators"], { standard: "L-1", field: "indicators", expected: KEYS_2021.join(", "), actual: KEYS_2016 }],
    ]);
  });
  it("a tally of another year: year_mismatch at [1, year], whether it is a tally object or JSON", () => {
    const first = emptyTally("2021-2025", { year: 2024 });
    for (const second of [tallyFromJson(oneNearPoor(2025)), oneNearPoor(2025)]) {
      const r = safeMergeTallies(first, second as Tally);
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["year_mismatch", [1, "year"], { expected: 2024, actual: 2025 }]]);
    }
    const r = safeMergeTallies(first, oneNearPoor() as never);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["year_mismatch", [1, "year"], { expected: 2024, actual: null }]]);
    expect(mergeTallies(first, oneNearPoor(2024) as never).households.nearPoor).toBe(1);
  });
  it("a JSON tally of another standard is read under the first one's: standard_mismatch at [1, standard] first", () => {
    const j = tallyToJson(emptyTally("2016-2020"));
    const r = safeMergeTallies(emptyTally("2021-2025"), j as never);
    expect(r.ok ? undefined : r.issues[0]).toMatchObject({ code: "standard_mismatch", path: [1, "standard"], params: { expected: "2021-2025", actual: "2016-2020" } });
  });
  it("a first tally that names no standard: invalid_standard at [0, standard]", () => {
    for (const v of [{}, 5, null, [], { format: "vn-poverty/tally@2" }, { get standard(): string { throw new Error("unreadable"); } }]) {
      const r = safeMergeTallies([v as never]);
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["invalid_standard", [0, "standard"], {}]]);
    }
  });
});

describe("the year a tally read from JSON carries", () => {
  it("the fast reader: the JSON's year, or none when null or absent", () => {
    expect(tallyFromJson(oneNearPoor(2024)).year).toBe(2024);
    expect(tallyFromJson(oneNearPoor(null)).year).toBeNull();
    const j = oneNearPoor();
    delete j.year;
    const t = tallyFromJson(j);
    expect(t.year).toBeNull();
    expect(tallyToJson(t).year).toBeNull();
  });
  it("the schema's copy (a value that throws on its first read only): the same counts and year", () => {
    const once = (j: Json): Json => {
      let first = true;
      const households = j.households;
      return Object.defineProperty({ ...j }, "households", {
        enumerable: true,
        get() {
          if (first) {
            first = false;
            throw new Error("first read");
          }
          return households;
        },
      }) as Json;
    };
    const t = tallyFromJson(once(oneNearPoor(2024)));
    expect([t.year, t.households.nearPoor, t.persons.total]).toEqual([2024, 1, 3]);
    const j = oneNearPoor();
    delete j.year;
    const u = tallyFromJson(once(j));
    expect(u.year).toBeNull();
    expect(tallyToJson(u)).toEqual(oneNearPoor(null));
  });
  it("a value whose every read throws: input_unreadable, never thrown", () => {
    const r = safeTallyFromJson(revokedProxy(), { standard: "2021-2025" });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["input_unreadable", [], { error: "TypeError" }]]);
  });
});

describe("sums past 2^53 − 1 in persons alone", () => {
  it("households far below the limit, persons past it: count_overflow", () => {
    const max = Number.MAX_SAFE_INTEGER;
    // 9,007,199,254,741 households may hold up to 1000 times as many persons: max − 1 of them is a valid tally
    const h = 9_007_199_254_741;
    const j = { ...oneNearPoor(), households: [h, 0, 0, 0, 0, h, 0], persons: [max - 1, 0, 0, 0, 0, max - 1, 0] };
    const big = tallyFromJson(j);
    expect(big.persons.total).toBe(max - 1);
    const one = tallyFromJson(oneNearPoor());
    // max − 1 + 3 persons: past the limit, while the households (h + 1) are not
    const r = safeMergeTallies(big, one);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["count_overflow", [], { limit: max }]]);
    const j2 = { ...j, persons: [max - 3, 0, 0, 0, 0, max - 3, 0] };
    expect(mergeTallies(tallyFromJson(j2), one).persons.total).toBe(max);
  });
});
