// The identities every tally as JSON must satisfy (safeTallyFromJson's @remarks, TallyJson's layout), each broken
// on its own in a tally written by hand, and each refusal read in full: code, path (the counter's position in
// format @2, its key in format @1), the rule named, the bound in it. The counts are chosen so that exactly the
// identities named are broken; every expected issue is counted here from the layout, never read off a run.
import { describe, expect, it } from "vitest";
import { getStandard } from "../standards/getStandard.js";
import { safeTallyFromJson, tallyFromJson } from "./tallyJson.js";

type Id = "2016-2020" | "2021-2025" | "2027-2030";
interface Seg {
  deprivations: number[];
  groups: number[];
  causes: number[];
  children: number[];
  support?: { [k: string]: number };
  ethnicity?: { [k: string]: number };
}
interface Json {
  format: string;
  standard: string;
  year: number | null;
  classRule: string;
  indicators: string[];
  households: number[];
  persons: number[];
  segments: { [k: string]: Seg };
}

/** The indicator keys of a standard in its order (its own data: Decision 59/2015, Decree 07/2021, Decree 351/2025). */
const keysOf = (s: Id): string[] => [...getStandard(s).indicators].sort((a, b) => a.order - b.order).map((i) => i.key);
const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const seg = (k: number): Seg => ({ deprivations: zeros(k), groups: zeros(3), causes: zeros(8), children: zeros(3) });

/** An empty tally as JSON, written out from TallyJson's documented layout. */
function blank(s: Id): Json {
  const twoLines = s === "2016-2020";
  const k = keysOf(s).length;
  return {
    format: "vn-poverty/tally@2",
    standard: s,
    year: null,
    classRule: twoLines ? "two_lines" : "line_and_deprivations",
    indicators: keysOf(s),
    households: zeros(7),
    persons: zeros(7),
    segments: twoLines ? { poor: seg(k), nearPoor: seg(k), poorByIncome: seg(k), poorByDeprivation: seg(k) } : { poor: seg(k), nearPoor: seg(k) },
  };
}

/** The issues (code, path, params) of reading `j`; [] when it is read. */
function refusals(j: unknown): { code: string; path: readonly (string | number)[]; params: unknown }[] {
  const r = safeTallyFromJson(j);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}
const broken = (path: (string | number)[], rule: string) => ({ code: "inconsistent_counts", path, params: { rule } });
const seg0 = (j: Json, key: string): Seg => j.segments[key] as Seg;

describe("the hand-written layout is the library's own", () => {
  it("an empty 2021–2025 tally as JSON is the one written out from TallyJson's layout (the decree's 12 indicators in order)", () => {
    const j = blank("2021-2025");
    expect(j.indicators).toEqual(["employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"]);
    expect(JSON.parse(JSON.stringify(tallyFromJson(j)))).toEqual(j);
  });
});

describe("class totals: total = poor + nearPoor + notPoor, households and persons each", () => {
  it("households that do not add up are refused at households[0]; the persons, which do, are not", () => {
    const j = blank("2021-2025");
    j.households = [3, 1, 0, 0, 1, 0, 0]; // 1 + 1 + 0 = 2, not 3
    j.persons = [4, 2, 0, 0, 2, 0, 0];
    expect(refusals(j)).toEqual([broken(["households", 0], "total = poor + nearPoor + notPoor")]);
  });
  it("persons that do not add up are refused at persons[0]", () => {
    const j = blank("2021-2025");
    j.households = [2, 1, 0, 0, 1, 0, 0];
    j.persons = [5, 2, 0, 0, 2, 0, 0]; // 2 + 2 = 4, not 5
    expect(refusals(j)).toEqual([broken(["persons", 0], "total = poor + nearPoor + notPoor")]);
  });
  it("each term counts: a not-poor household missing from the total is refused too", () => {
    const j = blank("2021-2025");
    j.households = [1, 0, 0, 0, 0, 2, 0];
    j.persons = [2, 0, 0, 0, 0, 2, 0];
    expect(refusals(j)).toEqual([broken(["households", 0], "total = poor + nearPoor + notPoor")]);
  });
});

describe("middle-living households", () => {
  it("more middle-living than not-poor households is refused at [6], for households and then persons", () => {
    const j = blank("2021-2025");
    j.households = [2, 0, 0, 0, 0, 2, 3];
    j.persons = [2, 0, 0, 0, 0, 2, 3];
    expect(refusals(j)).toEqual([broken(["households", 6], "middleLiving ≤ notPoor"), broken(["persons", 6], "middleLiving ≤ notPoor")]);
  });
  it("as many middle-living as not-poor households is fine", () => {
    const j = blank("2021-2025");
    j.households = [2, 0, 0, 0, 0, 2, 2];
    j.persons = [5, 0, 0, 0, 0, 5, 5];
    expect(tallyFromJson(j).households.middleLiving).toBe(2);
  });
  it("under 2027–2030, which defines none (Decree 351/2025: NOT FOUND), any middle-living count is refused, naming the standard", () => {
    const j = blank("2027-2030");
    j.households = [1, 0, 0, 0, 0, 1, 1];
    j.persons = [3, 0, 0, 0, 0, 3, 1];
    const rule = "middleLiving = 0 (standard 2027-2030 defines none)";
    expect(refusals(j)).toEqual([broken(["households", 6], rule), broken(["persons", 6], rule)]);
    j.households[6] = 0;
    j.persons[6] = 0;
    expect(tallyFromJson(j).households.notPoor).toBe(1);
  });
});

describe("the poor by basis", () => {
  it("under 2021–2025 (one basis) a poor-by-income count is refused at [2], naming the standard", () => {
    const j = blank("2021-2025");
    j.households = [1, 1, 1, 0, 0, 0, 0];
    j.persons = [2, 2, 0, 0, 0, 0, 0];
    const rule = "poorByIncome = poorByDeprivation = 0 (standard 2021-2025 has one basis)";
    // persons: 0 poor by income within 1 household breaks households ≤ persons too
    expect(refusals(j)).toEqual([broken(["households", 2], rule), broken(["persons", 2], "households ≤ persons ≤ 1000 × households")]);
  });
  it("under 2021–2025 a poor-by-deprivation count alone is refused at [2] too (the pair is one identity)", () => {
    const j = blank("2021-2025");
    j.households = [1, 1, 0, 0, 0, 0, 0];
    j.persons = [2, 2, 0, 2, 0, 0, 0];
    expect(refusals(j)).toEqual([
      broken(["persons", 2], "poorByIncome = poorByDeprivation = 0 (standard 2021-2025 has one basis)"),
      broken(["persons", 3], "households ≤ persons ≤ 1000 × households"),
    ]);
  });
  it("under 2016–2020 (two lines, Decision 59/2015) poor ≠ by income + by deprivation is refused at [1]", () => {
    const j = blank("2016-2020");
    j.households = [3, 3, 1, 1, 0, 0, 0]; // 1 + 1 = 2, not 3
    j.persons = [6, 6, 2, 2, 0, 0, 0];
    expect(refusals(j)).toEqual([broken(["households", 1], "poor = poorByIncome + poorByDeprivation"), broken(["persons", 1], "poor = poorByIncome + poorByDeprivation")]);
  });
  it("under 2016–2020 the split that adds up is read", () => {
    const j = blank("2016-2020");
    j.households = [3, 3, 1, 2, 0, 0, 0];
    j.persons = [6, 6, 2, 4, 0, 0, 0];
    const t = tallyFromJson(j);
    expect([t.households.poorByIncome, t.households.poorByDeprivation, t.persons.poorByDeprivation]).toEqual([1, 2, 4]);
  });
});

describe("households ≤ persons ≤ 1000 × households, class by class", () => {
  it("fewer persons than households is refused at each class where it happens, in class order", () => {
    const j = blank("2021-2025");
    j.households = [2, 0, 0, 0, 1, 1, 0];
    j.persons = [1, 0, 0, 0, 1, 0, 0];
    const rule = "households ≤ persons ≤ 1000 × households";
    expect(refusals(j)).toEqual([broken(["persons", 0], rule), broken(["persons", 5], rule)]);
  });
  it("1000 persons per household is fine, 1001 is refused", () => {
    const j = blank("2021-2025");
    j.households = [1, 0, 0, 0, 1, 0, 0];
    j.persons = [1000, 0, 0, 0, 1000, 0, 0];
    expect(tallyFromJson(j).persons.nearPoor).toBe(1000);
    j.persons = [1001, 0, 0, 0, 1001, 0, 0];
    const rule = "households ≤ persons ≤ 1000 × households";
    expect(refusals(j)).toEqual([broken(["persons", 0], rule), broken(["persons", 4], rule)]);
  });
  it("persons in a class with no household are refused", () => {
    const j = blank("2021-2025");
    j.households = [1, 0, 0, 0, 0, 1, 0];
    j.persons = [3, 1, 0, 0, 0, 2, 0];
    expect(refusals(j)).toEqual([broken(["persons", 1], "households ≤ persons ≤ 1000 × households")]);
  });
});

describe("segment counts within the segment's households (format @2: positions)", () => {
  /** One poor household of 4 persons under 2021–2025, deprived in 3 indicators as the decree's poor are. */
  const onePoor = (): Json => {
    const j = blank("2021-2025");
    j.households = [1, 1, 0, 0, 0, 0, 0];
    j.persons = [4, 4, 0, 0, 0, 0, 0];
    seg0(j, "poor").deprivations = [1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0];
    return j;
  };
  it("the one poor household reads back", () => {
    expect(tallyFromJson(onePoor()).segments.poor.deprivations["sanitation"]).toBe(1);
  });
  it("a deprivation, a group, a cause and a children's deprivation above 1 are each refused at their position", () => {
    const j = onePoor();
    const poor = seg0(j, "poor");
    poor.deprivations[11] = 2; // informationAccess, the last indicator
    poor.groups[2] = 2; // memberWithMerit
    poor.causes[7] = 2; // other
    poor.children[2] = 2; // schoolAttendance
    const rule = "≤ 1 poor households";
    expect(refusals(j)).toEqual([
      broken(["segments", "poor", "deprivations", 11], rule),
      broken(["segments", "poor", "groups", 2], rule),
      broken(["segments", "poor", "causes", 7], rule),
      broken(["segments", "poor", "children", 2], rule),
    ]);
  });
  it("the first of each list: deprivations[0], groups[0], causes[0], children[0]", () => {
    const j = onePoor();
    const poor = seg0(j, "poor");
    poor.deprivations[0] = 2;
    poor.groups[0] = 2;
    poor.causes[0] = 2;
    poor.children[0] = 2;
    const rule = "≤ 1 poor households";
    expect(refusals(j)).toEqual([
      broken(["segments", "poor", "deprivations", 0], rule),
      broken(["segments", "poor", "groups", 0], rule),
      broken(["segments", "poor", "causes", 0], rule),
      broken(["segments", "poor", "children", 0], rule),
    ]);
  });
  it("a near-poor segment is bounded by the near-poor households (none here)", () => {
    const j = onePoor();
    seg0(j, "nearPoor").groups[1] = 1;
    expect(refusals(j)).toEqual([broken(["segments", "nearPoor", "groups", 1], "≤ 0 nearPoor households")]);
  });
  it("a count equal to the households is fine", () => {
    const j = onePoor();
    const poor = seg0(j, "poor");
    poor.groups = [1, 1, 1];
    poor.causes = [1, 1, 1, 1, 1, 1, 1, 1];
    poor.children = [1, 1, 1];
    expect(tallyFromJson(j).segments.poor.children).toEqual({ healthInsurance: 1, nutrition: 1, schoolAttendance: 1 });
  });
  it("a support key above the households is refused at its key; several support keys may each count every household", () => {
    const j = onePoor();
    seg0(j, "poor").support = { health_card: 1, credit: 1 };
    expect(tallyFromJson(j).segments.poor.support).toEqual({ credit: 1, health_card: 1 });
    seg0(j, "poor").support = { health_card: 1, credit: 2 };
    expect(refusals(j)).toEqual([broken(["segments", "poor", "support", "credit"], "≤ 1 poor households")]);
  });
  it("an ethnicity code above the households is refused at its code; codes summing above them at `ethnicity`", () => {
    const j = onePoor();
    seg0(j, "poor").ethnicity = { "01": 2 };
    expect(refusals(j)).toEqual([
      broken(["segments", "poor", "ethnicity", "01"], "≤ 1 poor households"),
      broken(["segments", "poor", "ethnicity"], "sum of ethnicity counts ≤ 1 poor households"),
    ]);
    seg0(j, "poor").ethnicity = { "01": 1, "05": 1 };
    expect(refusals(j)).toEqual([broken(["segments", "poor", "ethnicity"], "sum of ethnicity counts ≤ 1 poor households")]);
    seg0(j, "poor").ethnicity = { "05": 1 };
    expect(tallyFromJson(j).segments.poor.ethnicity).toEqual({ "05": 1 });
  });
  it("open keys of the near-poor segment are bounded by the near-poor households", () => {
    const j = onePoor();
    seg0(j, "nearPoor").support = { health_card: 1 };
    seg0(j, "nearPoor").ethnicity = { "01": 1 };
    expect(refusals(j)).toEqual([
      broken(["segments", "nearPoor", "support", "health_card"], "≤ 0 nearPoor households"),
      broken(["segments", "nearPoor", "ethnicity", "01"], "≤ 0 nearPoor households"),
      broken(["segments", "nearPoor", "ethnicity"], "sum of ethnicity counts ≤ 0 nearPoor households"),
    ]);
  });
});

describe("under 2016–2020 the poor segment is the sum of the two by-basis segments, count by count and key by key", () => {
  /** One poor household by income and one by deprivation (Decision 59/2015), none deprived in anything. */
  const twoPoor = (): Json => {
    const j = blank("2016-2020");
    j.households = [2, 2, 1, 1, 0, 0, 0];
    j.persons = [5, 5, 2, 3, 0, 0, 0];
    return j;
  };
  it("the two added up are read", () => {
    const j = twoPoor();
    seg0(j, "poor").deprivations[9] = 2;
    seg0(j, "poorByIncome").deprivations[9] = 1;
    seg0(j, "poorByDeprivation").deprivations[9] = 1;
    seg0(j, "poor").support = { credit: 2 };
    seg0(j, "poorByIncome").support = { credit: 1 };
    seg0(j, "poorByDeprivation").support = { credit: 1 };
    const t = tallyFromJson(j);
    expect(t.segments.poor.deprivations["informationAccess"]).toBe(2);
    expect(t.segments.poorByDeprivation?.support).toEqual({ credit: 1 });
  });
  it("a poor count that is not the sum is refused at the poor segment's position, whichever list it is in", () => {
    const j = twoPoor();
    seg0(j, "poor").deprivations[9] = 1; // 0 + 0 by basis
    seg0(j, "poor").groups[1] = 1;
    seg0(j, "poorByIncome").causes[3] = 1; // poor has 0
    seg0(j, "poorByDeprivation").children[1] = 1;
    const rule = "poor = poorByIncome + poorByDeprivation";
    expect(refusals(j)).toEqual([
      broken(["segments", "poor", "deprivations", 9], rule),
      broken(["segments", "poor", "groups", 1], rule),
      broken(["segments", "poor", "causes", 3], rule),
      broken(["segments", "poor", "children", 1], rule),
    ]);
  });
  it("support and ethnicity keys: a key in any one of the three segments only is refused at the poor segment's key", () => {
    const j = twoPoor();
    seg0(j, "poor").support = { a: 1 };
    seg0(j, "poorByIncome").support = { b: 1 };
    seg0(j, "poorByDeprivation").ethnicity = { "07": 1 };
    const rule = "poor = poorByIncome + poorByDeprivation";
    expect(refusals(j)).toEqual([
      broken(["segments", "poor", "support", "a"], rule),
      broken(["segments", "poor", "support", "b"], rule),
      broken(["segments", "poor", "ethnicity", "07"], rule),
    ]);
  });
  it("a key counted in both by-basis segments must be counted twice in the poor one", () => {
    const j = twoPoor();
    seg0(j, "poor").ethnicity = { "07": 1 };
    seg0(j, "poorByIncome").ethnicity = { "07": 1 };
    seg0(j, "poorByDeprivation").ethnicity = { "07": 1 };
    expect(refusals(j)).toEqual([broken(["segments", "poor", "ethnicity", "07"], "poor = poorByIncome + poorByDeprivation")]);
  });
});

describe("a count the schema could not read is one issue: the identities are not checked on what was left unread", () => {
  /** Under 2016–2020 one household poor by income, in every list of its segments, the poor segment the same. */
  const byIncome = (): Json => {
    const j = blank("2016-2020");
    j.households = [1, 1, 1, 0, 0, 0, 0];
    j.persons = [2, 2, 2, 0, 0, 0, 0];
    for (const key of ["poor", "poorByIncome"]) {
      const s = seg0(j, key);
      s.deprivations[0] = 1;
      s.groups[0] = 1;
      s.causes[0] = 1;
      s.children[0] = 1;
      s.support = { a: 1 };
      s.ethnicity = { "01": 1 };
    }
    return j;
  };
  it("the tally itself is read", () => {
    expect(tallyFromJson(byIncome()).segments.poor.ethnicity).toEqual({ "01": 1 });
  });
  it("each list of the poor segment cut short, or an open key refused before a good one: that issue alone", () => {
    const cases: [(s: Seg) => void, string, (string | number)[]][] = [
      [(s) => s.deprivations.pop(), "too_small", ["segments", "poor", "deprivations"]],
      [(s) => s.groups.pop(), "too_small", ["segments", "poor", "groups"]],
      [(s) => s.causes.pop(), "too_small", ["segments", "poor", "causes"]],
      [(s) => s.children.pop(), "too_small", ["segments", "poor", "children"]],
      [(s) => (s.support = { "": 1, a: 1 }), "invalid_key", ["segments", "poor", "support", ""]],
      [(s) => (s.ethnicity = { "": 1, "01": 1 }), "invalid_key", ["segments", "poor", "ethnicity", ""]],
    ];
    for (const [damage, code, path] of cases) {
      const j = byIncome();
      damage(seg0(j, "poor"));
      expect(refusals(j).map((i) => [i.code, i.path])).toEqual([[code, path]]);
    }
  });
  it("a negative count of households or persons: that issue alone", () => {
    const j = byIncome();
    j.households[5] = -1;
    expect(refusals(j).map((i) => [i.code, i.path])).toEqual([["too_small", ["households", 5]]]);
    const k = byIncome();
    k.persons[6] = -1;
    expect(refusals(k).map((i) => [i.code, i.path])).toEqual([["too_small", ["persons", 6]]]);
  });
});

describe("format @1 names every count by its key", () => {
  const CLASS = ["total", "poor", "poorByIncome", "poorByDeprivation", "nearPoor", "notPoor", "middleLiving"] as const;
  const CAUSES = ["land", "capital", "labour", "tools", "knowhow", "skills", "illness_or_accident", "other"];
  const CHILD = ["healthInsurance", "nutrition", "schoolAttendance"];
  const keyed = (keys: readonly string[], v: readonly number[] = []) => Object.fromEntries(keys.map((k, i) => [k, v[i] ?? 0]));
  /** A 2016–2020 tally in format @1 (segments keyed), with the given class counts. */
  function v1(households: number[], persons: number[]) {
    const seg1 = () => ({
      deprivations: keyed(keysOf("2016-2020")),
      ethnicMinority: 0,
      noMemberAbleToWork: 0,
      memberWithMerit: 0,
      causes: keyed(CAUSES),
      support: {} as { [k: string]: number },
      ethnicity: {} as { [k: string]: number },
      children: keyed(CHILD),
    });
    return {
      format: "vn-poverty/tally@1",
      standard: "2016-2020",
      households: keyed(CLASS, households),
      persons: keyed(CLASS, persons),
      segments: { poor: seg1(), nearPoor: seg1(), poorByIncome: seg1(), poorByDeprivation: seg1() },
    };
  }
  it("class identities at the class's key", () => {
    expect(refusals(v1([3, 1, 1, 0, 1, 0, 0], [3, 1, 1, 0, 1, 0, 0]))).toEqual([
      broken(["households", "total"], "total = poor + nearPoor + notPoor"),
      broken(["persons", "total"], "total = poor + nearPoor + notPoor"),
    ]);
    expect(refusals(v1([1, 0, 0, 0, 0, 1, 2], [2, 0, 0, 0, 0, 2, 2]))).toEqual([broken(["households", "middleLiving"], "middleLiving ≤ notPoor")]);
    expect(refusals(v1([1, 1, 0, 0, 0, 0, 0], [2, 2, 0, 0, 0, 0, 0]))).toEqual([
      broken(["households", "poor"], "poor = poorByIncome + poorByDeprivation"),
      broken(["persons", "poor"], "poor = poorByIncome + poorByDeprivation"),
    ]);
    expect(refusals(v1([1, 0, 0, 0, 1, 0, 0], [1001, 0, 0, 0, 1001, 0, 0]))).toEqual([
      broken(["persons", "total"], "households ≤ persons ≤ 1000 × households"),
      broken(["persons", "nearPoor"], "households ≤ persons ≤ 1000 × households"),
    ]);
  });
  it("segment counts at the indicator's, group's, cause's or child deprivation's key", () => {
    const j = v1([1, 1, 1, 0, 0, 0, 0], [2, 2, 2, 0, 0, 0, 0]);
    j.segments.poor.deprivations["telecom"] = 2;
    j.segments.poor.noMemberAbleToWork = 2;
    j.segments.poor.causes["skills"] = 2;
    j.segments.poor.children["nutrition"] = 2;
    j.segments.poor.support = { credit: 2 };
    const rule = "≤ 1 poor households";
    const sum = "poor = poorByIncome + poorByDeprivation";
    expect(refusals(j)).toEqual([
      broken(["segments", "poor", "deprivations", "telecom"], rule),
      broken(["segments", "poor", "noMemberAbleToWork"], rule),
      broken(["segments", "poor", "causes", "skills"], rule),
      broken(["segments", "poor", "children", "nutrition"], rule),
      broken(["segments", "poor", "support", "credit"], rule),
      broken(["segments", "poor", "deprivations", "telecom"], sum),
      broken(["segments", "poor", "noMemberAbleToWork"], sum),
      broken(["segments", "poor", "causes", "skills"], sum),
      broken(["segments", "poor", "children", "nutrition"], sum),
      broken(["segments", "poor", "support", "credit"], sum),
    ]);
  });
  it("the first keys: the first indicator, ethnicMinority, land, healthInsurance", () => {
    const j = v1([1, 1, 0, 1, 0, 0, 0], [2, 2, 0, 2, 0, 0, 0]);
    j.segments.poorByDeprivation.deprivations["healthcareAccess"] = 2;
    j.segments.poorByDeprivation.ethnicMinority = 2;
    j.segments.poorByDeprivation.causes["land"] = 2;
    j.segments.poorByDeprivation.children["healthInsurance"] = 2;
    const rule = "≤ 1 poorByDeprivation households";
    const sum = "poor = poorByIncome + poorByDeprivation";
    expect(refusals(j)).toEqual([
      broken(["segments", "poorByDeprivation", "deprivations", "healthcareAccess"], rule),
      broken(["segments", "poorByDeprivation", "ethnicMinority"], rule),
      broken(["segments", "poorByDeprivation", "causes", "land"], rule),
      broken(["segments", "poorByDeprivation", "children", "healthInsurance"], rule),
      broken(["segments", "poor", "deprivations", "healthcareAccess"], sum),
      broken(["segments", "poor", "ethnicMinority"], sum),
      broken(["segments", "poor", "causes", "land"], sum),
      broken(["segments", "poor", "children", "healthInsurance"], sum),
    ]);
  });
  it("a valid @1 tally is read, its open keys counted, with no year", () => {
    const j = v1([2, 1, 0, 1, 0, 1, 1], [5, 3, 0, 3, 0, 2, 2]);
    j.segments.poor.memberWithMerit = 1;
    j.segments.poorByDeprivation.memberWithMerit = 1;
    j.segments.poor.ethnicity = { "01": 1 };
    j.segments.poorByDeprivation.ethnicity = { "01": 1 };
    const t = tallyFromJson(j);
    expect(t.year).toBeNull();
    expect([t.segments.poor.memberWithMerit, t.segments.poorByDeprivation?.memberWithMerit, t.segments.poorByIncome?.memberWithMerit]).toEqual([1, 1, 0]);
    expect(t.segments.poor.ethnicity).toEqual({ "01": 1 });
    expect(t.households.middleLiving).toBe(1);
  });
  it("an open key refused before a good one in @1: that issue alone, not also the poor segment's sum", () => {
    for (const field of ["support", "ethnicity"] as const) {
      const j = v1([1, 1, 1, 0, 0, 0, 0], [2, 2, 2, 0, 0, 0, 0]);
      for (const s of [j.segments.poor, j.segments.poorByIncome]) s[field] = { a: 1 };
      j.segments.poor[field] = { "": 1, a: 1 };
      // @1 refuses the object as a whole (its reader has no per-key issues)
      expect(refusals(j).map((i) => [i.code, i.path])).toEqual([["invalid_type", ["segments", "poor", field]]]);
    }
  });
  it("support and ethnicity are required objects in @1: missing or not an object, each refused", () => {
    const j = v1([0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0]) as { segments: { [k: string]: { support?: unknown; ethnicity?: unknown } } };
    const poor = j.segments["poor"] as { support?: unknown; ethnicity?: unknown };
    const nearPoor = j.segments["nearPoor"] as { support?: unknown; ethnicity?: unknown };
    poor.support = 5;
    delete poor.ethnicity;
    delete nearPoor.support;
    nearPoor.ethnicity = ["01"];
    expect(refusals(j)).toEqual([
      { code: "invalid_type", path: ["segments", "poor", "support"], params: { expected: "object", received: 5 } },
      { code: "invalid_type", path: ["segments", "poor", "ethnicity"], params: { expected: "object", received: "undefined" } },
      { code: "invalid_type", path: ["segments", "nearPoor", "support"], params: { expected: "object", received: "undefined" } },
      { code: "invalid_type", path: ["segments", "nearPoor", "ethnicity"], params: { expected: "object", received: ["01"] } },
    ]);
  });
  it("causes, groups and children's deprivations of @1 are read into their own counts", () => {
    const j = v1([1, 1, 1, 0, 0, 0, 0], [2, 2, 2, 0, 0, 0, 0]);
    for (const s of [j.segments.poor, j.segments.poorByIncome]) {
      s.causes["other"] = 1;
      s.children["schoolAttendance"] = 1;
      s.ethnicMinority = 1;
      s.deprivations["informationAccess"] = 1;
    }
    const t = tallyFromJson(j);
    expect(t.segments.poorByIncome?.causes).toEqual({ land: 0, capital: 0, labour: 0, tools: 0, knowhow: 0, skills: 0, illness_or_accident: 0, other: 1 });
    expect(t.segments.poor.children).toEqual({ healthInsurance: 0, nutrition: 0, schoolAttendance: 1 });
    expect([t.segments.poor.ethnicMinority, t.segments.poor.noMemberAbleToWork, t.segments.poor.deprivations["informationAccess"], t.segments.poor.deprivations["telecom"]]).toEqual([1, 0, 1, 0]);
  });
});
