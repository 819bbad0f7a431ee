// The fused run's fast path hands every household it does not read itself to the full path: those households are
// counted or refused exactly as the classifiers decide them (the issue codes, paths and params asserted here).
import { describe, expect, it } from "vitest";
import { safeClassifyByIncome } from "../classify/classifyByIncome.js";
import { resolveLayout } from "./_layout.js";
import { classifyAndTally, householdIssues } from "./classifyAndTally.js";

const V = { unitCode: "V", standard: "2021-2025", area: "rural", persons: 4 } as const;
const run = (hs: readonly unknown[], standard = "2021-2025") => classifyAndTally(hs, { standard, maxRejected: Infinity });
const rejection = (h: unknown, standard = "2021-2025") => {
  const r = run([h], standard);
  expect(r.counted).toBe(0);
  const i = r.rejected[0]?.issues[0];
  return i && { code: i.code, path: i.path, params: i.params };
};
const classOf = (h: unknown, standard = "2021-2025") => {
  const r = run([h], standard);
  expect(r.rejected).toEqual([]);
  const c = r.units["V"]?.households;
  return c && (["poor", "nearPoor", "notPoor"] as const).find((k) => c[k] === 1);
};

describe("classifyAndTally counts a household the fast path does not read as the classifier decides it", () => {
  it("an income object with an inherited amount is refused as classifyByIncome refuses it; an amount given as undefined beside the real one is read", () => {
    // The schema reads the inherited 12-month total beside the own per-capita amount: two amounts, not one.
    const inherited = Object.assign(Object.create({ annualTotal: 1 }) as object, { perCapitaMonthly: 1_500_000 });
    const household = { ...V, income: inherited, deprivations: ["nutrition", "sanitation", "telecom"] };
    expect(rejection(household)).toEqual({ code: "invalid_income", path: ["income"], params: {} });
    const alone = safeClassifyByIncome({ standard: "2021-2025", area: "rural", income: inherited, deprivations: ["nutrition", "sanitation", "telecom"] });
    expect(alone.ok ? [] : alone.issues.map((i) => [i.code, i.path])).toEqual([["invalid_income", ["income"]]]);
    // 2021-2025 rural: above 1,500,000 đồng a person a month is neither poor nor near-poor (Decree 07/2021, Art. 3).
    expect(classOf({ ...V, income: { perCapitaMonthly: 1_500_001, monthlyTotal: undefined }, deprivations: ["nutrition"] })).toBe("notPoor");
  });
  it("a deprivation count instead of the list: 3 makes a household at the line poor, 2 near-poor", () => {
    expect(classOf({ ...V, income: { perCapitaMonthly: 1_500_000 }, deprivationCount: 3 })).toBe("poor");
    expect(classOf({ ...V, income: { perCapitaMonthly: 1_500_000 }, deprivationCount: 2 })).toBe("nearPoor");
  });
  it("a 12-month total for its members, at the line (1,500,000 × 5 × 12) and one đồng above", () => {
    expect(classOf({ ...V, income: { annualTotal: 90_000_000, members: 5 }, deprivationCount: 0 })).toBe("nearPoor");
    expect(classOf({ ...V, income: { annualTotal: 90_000_001, members: 5 }, deprivationCount: 0 })).toBe("notPoor");
  });
  it("a middle-living household (not poor, 2016-2020 defines the band) is counted in its own column", () => {
    const r = run([{ ...V, standard: "2016-2020", income: { perCapitaMonthly: 1_200_000 }, deprivationCount: 0, middleLiving: true }], "2016-2020");
    expect(r.units["V"]?.households.middleLiving).toBe(1);
    expect(r.units["V"]?.households.notPoor).toBe(1);
  });
  it("a household by B1 and B2 with its deprivations named, and the same household with a flag the fast path does not take", () => {
    const h = { ...V, standard: "2016-2020", b1: 130, b2: { deprivations: ["healthInsurance", "housingQuality", "drinkingWater"] } };
    // 2016-2020 rural: 120 < B1 ≤ 150 with B2 ≥ 30 points (3 indicators × 10) is poor (Circular 14/2018).
    const a = run([h], "2016-2020");
    expect(a.units["V"]?.households.poor).toBe(1);
    expect(a.units["V"]?.segments.poor.deprivations).toMatchObject({ healthInsurance: 1, housingQuality: 1, drinkingWater: 1 });
  });
});

describe("classifyAndTally refuses a household the fast path does not read with the full path's issue", () => {
  it("income and B1 both, or neither", () => {
    expect(rejection({ ...V, income: { perCapitaMonthly: 1 }, b1: 100 })?.code).toBe("classification_input_ambiguous");
    expect(rejection({ ...V })?.code).toBe("classification_input_missing");
  });
  it("an income with a region, an area that is not rural or urban, or an income that is not an object", () => {
    expect(rejection({ ...V, area: "hill", income: { perCapitaMonthly: 1 }, deprivationCount: 0 })?.path).toEqual(["area"]);
    expect(rejection({ ...V, income: 5, deprivationCount: 0 })?.path).toEqual(["income"]);
  });
  it("an income with an unknown key, two amounts, a bad amount or a bad member count", () => {
    expect(rejection({ ...V, income: { weekly: 1 }, deprivationCount: 0 })?.path).toEqual(["income"]);
    expect(rejection({ ...V, income: { perCapitaMonthly: 1, monthlyTotal: 4 }, deprivationCount: 0 })?.path).toEqual(["income"]);
    expect(rejection({ ...V, income: { perCapitaMonthly: -1 }, deprivationCount: 0 })?.path).toEqual(["income", "perCapitaMonthly"]);
    expect(rejection({ ...V, income: { monthlyTotal: 4_000_000, members: 0 }, deprivationCount: 0 })?.path).toEqual(["income", "members"]);
    expect(rejection({ ...V, income: { monthlyTotal: 4_000_000 }, deprivationCount: 0 })?.path).toEqual(["income", "members"]);
  });
  it("a household of another standard than the run's", () => {
    expect(rejection({ ...V, standard: "2016-2020", income: { perCapitaMonthly: 1 }, deprivationCount: 0 })).toEqual({
      code: "standard_mismatch",
      path: ["standard"],
      params: { expected: "2021-2025", actual: "2016-2020" },
    });
  });
  it("deprivations given twice (list and count), a count out of range, or a list on a household by scores", () => {
    expect(rejection({ ...V, income: { perCapitaMonthly: 1 }, deprivations: ["nutrition"], deprivationCount: 1 })).toEqual({ code: "deprivations_and_count_both_given", path: [], params: {} });
    expect(rejection({ ...V, income: { perCapitaMonthly: 1 }, deprivationCount: 13 })?.path).toEqual(["deprivationCount"]);
    expect(rejection({ ...V, income: { perCapitaMonthly: 1 }, deprivationCount: 1.5 })?.path).toEqual(["deprivationCount"]);
    expect(rejection({ ...V, b1: 100, deprivations: ["nutrition"] })).toEqual({ code: "unrecognized_keys", path: [], params: { keys: ["deprivations"] } });
  });
  it("a middle-living flag that is not a boolean, on a poor household, or under a standard without the band", () => {
    const poor = { ...V, income: { perCapitaMonthly: 1 }, deprivationCount: 3 };
    expect(rejection({ ...poor, middleLiving: "yes" })?.path).toEqual(["middleLiving"]);
    expect(rejection({ ...poor, middleLiving: true })).toEqual({ code: "middle_living_not_poor_only", path: ["middleLiving"], params: { kind: "poor" } });
    expect(rejection({ ...V, standard: "2027-2030", income: { perCapitaMonthly: 90_000_000 }, deprivationCount: 0, middleLiving: true }, "2027-2030")).toEqual({
      code: "middle_living_not_defined",
      path: ["middleLiving"],
      params: { standard: "2027-2030" },
    });
  });
  it("an income at the line without deprivations cannot be decided", () => {
    expect(rejection({ ...V, income: { perCapitaMonthly: 1_500_000 } })).toEqual({ code: "undetermined_household", path: [], params: { missing: ["deprivations"] } });
  });
});

describe("householdIssues (the full path alone) agrees with classifyByIncome", () => {
  const l = resolveLayout("2021-2025", []);
  if (!l.ok) throw new Error("layout");
  it("gives the class for a valid household and the classifier's issues for a bad one", () => {
    const good = householdIssues(l.value, { ...V, income: { perCapitaMonthly: 1_000_000 }, deprivationCount: 0 });
    expect(good.ok).toBe(true);
    expect(safeClassifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_000_000 }, deprivationCount: 0 })).toMatchObject({ ok: true, value: { outcome: { kind: "near_poor" } } });
    const bad = householdIssues(l.value, { ...V, income: { perCapitaMonthly: -5 }, deprivationCount: 0 });
    const direct = safeClassifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: -5 }, deprivationCount: 0 });
    expect(bad.ok || direct.ok).toBe(false);
    if (!bad.ok && !direct.ok) expect(bad.issues.map((i) => [i.code, i.path])).toEqual(direct.issues.map((i) => [i.code, i.path]));
    expect(householdIssues(l.value, [1])).toMatchObject({ ok: false, issues: [{ code: "invalid_type", params: { expected: "object", received: "array" } }] });
  });
});
