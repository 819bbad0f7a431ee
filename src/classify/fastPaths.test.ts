// The fast twins of the input checks (classifyByIncome's and classifyHousehold's): they must take every ordinary
// valid input the docs show — else national runs fall to the slow path — and decline every near miss, which the
// full path then refuses with its issue. The resolutions expected are written from the definitions (income per
// capita or as a total over 1 or 12 months; B2 at 10 points per indicator, Circular 07/2021), not from the code.
import { describe, expect, it } from "vitest";
import { resolveFast as fastIncome, resolveIncomeInput } from "./classifyByIncome.js";
import { newScratch, resolveFast as fastHousehold, resolveHouseholdInput, type FastHousehold } from "./_householdInput.js";
import { getStandard, STANDARD_2021_2025 } from "../index.js";

const S = getStandard("2021-2025");

describe("classifyByIncome's fast path", () => {
  it.each([
    ["per capita, with a list", { income: { perCapitaMonthly: 1_500_000 }, deprivations: ["telecom", "employment"] }, { amount: 1_500_000, months: 1, persons: 1 }, true, ["telecom", "employment"], 2],
    ["monthly total, with a count", { income: { monthlyTotal: 6_000_000, members: 4 }, deprivationCount: 3 }, { amount: 6_000_000, months: 1, persons: 4 }, false, undefined, 3],
    ["12-month total, nothing on deprivations", { income: { annualTotal: 72_000_000, members: 4 } }, { amount: 72_000_000, months: 12, persons: 4 }, false, undefined, undefined],
    ["an empty list", { income: { perCapitaMonthly: 0 }, deprivations: [] }, { amount: 0, months: 1, persons: 1 }, true, [], 0],
    ["the most: 12 by count, a key given as undefined", { income: { perCapitaMonthly: 1, monthlyTotal: undefined }, deprivationCount: 12 }, { amount: 1, months: 1, persons: 1 }, true, undefined, 12],
  ] as const)("takes %s", (_, fields, income, perCapita, keys, count) => {
    for (const area of ["rural", "urban"] as const) {
      const r = fastIncome({ standard: "2021-2025", area, ...fields });
      expect(r).toEqual({ standard: S, area, income, perCapita, deprivationKeys: keys, deprivationCount: count });
    }
    // a standard object is taken as its id is
    expect(fastIncome({ standard: STANDARD_2021_2025, area: "rural", ...fields })?.standard).toBe(S);
  });

  it.each([
    ["not an object", null, "invalid_type"],
    ["an array", [], "invalid_type"],
    ["an unknown field", { income: { perCapitaMonthly: 1 }, code: "HH-1" }, "unrecognized_keys"],
    ["an unknown standard", { standard: "2020-2024", income: { perCapitaMonthly: 1 } }, "unknown_standard"],
    ["no area", { area: undefined, income: { perCapitaMonthly: 1 } }, "invalid_value"],
    ["a bad area", { area: "city", income: { perCapitaMonthly: 1 } }, "invalid_value"],
    ["income not an object", { income: 1_000_000 }, "invalid_type"],
    ["income as an array", { income: [1] }, "invalid_type"],
    ["an unknown income field", { income: { perCapitaMonthly: 1, currency: "VND" } }, "unrecognized_keys"],
    ["two amounts", { income: { perCapitaMonthly: 1, monthlyTotal: 4, members: 4 } }, "invalid_income"],
    ["no amount", { income: { members: 4 } }, "invalid_income"],
    ["per capita with members", { income: { perCapitaMonthly: 1, members: 4 } }, "members_not_allowed"],
    ["a total without members", { income: { monthlyTotal: 4 } }, "members_required"],
    ["a fractional amount", { income: { perCapitaMonthly: 1.5 } }, "invalid_type"],
    ["a negative amount", { income: { perCapitaMonthly: -1 } }, "too_small"],
    ["an amount as text", { income: { perCapitaMonthly: "1" } }, "invalid_type"],
    ["no members (0)", { income: { monthlyTotal: 4, members: 0 } }, "too_small"],
    ["fractional members", { income: { monthlyTotal: 4, members: 1.5 } }, "invalid_type"],
    ["a list and a count", { income: { perCapitaMonthly: 1 }, deprivations: [], deprivationCount: 0 }, "deprivations_and_count_both_given"],
    ["a list that is not an array", { income: { perCapitaMonthly: 1 }, deprivations: "telecom" }, "invalid_type"],
    ["a key twice", { income: { perCapitaMonthly: 1 }, deprivations: ["telecom", "telecom"] }, "duplicate_indicator"],
    ["a key of another standard", { income: { perCapitaMonthly: 1 }, deprivations: ["wasteTreatment"] }, "indicator_of_other_standard"],
    ["a key that is not text", { income: { perCapitaMonthly: 1 }, deprivations: [1] }, "invalid_type"],
    ["a list over 100", { income: { perCapitaMonthly: 1 }, deprivations: Array(101).fill("telecom") }, "too_big"],
    ["a count over 12", { income: { perCapitaMonthly: 1 }, deprivationCount: 13 }, "too_many_deprivations"],
    ["a fractional count", { income: { perCapitaMonthly: 1 }, deprivationCount: 1.5 }, "invalid_type"],
    ["a negative count", { income: { perCapitaMonthly: 1 }, deprivationCount: -1 }, "too_small"],
    ["a count as text", { income: { perCapitaMonthly: 1 }, deprivationCount: "3" }, "invalid_type"],
    ["an unknown income field, even left undefined", { income: { perCapitaMonthly: 1, currency: undefined } }, "unrecognized_keys"],
  ] as const)("declines %s, which the full path refuses", (_, fields, code) => {
    const input = fields === null || Array.isArray(fields) ? fields : { standard: "2021-2025", area: "rural", ...fields };
    expect(fastIncome(input)).toBeUndefined();
    const full = resolveIncomeInput(input);
    expect(!full.ok && full.issues.map((i) => i.code)).toContain(code);
  });

  it("declines unknown indicators (the full path checks them against the list) and the full path takes them", () => {
    const input = { standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1 }, deprivations: ["telecom"], unknownIndicators: ["employment"] };
    expect(fastIncome(input)).toBeUndefined();
    expect(resolveIncomeInput(input)).toMatchObject({ ok: true, value: { deprivationKeys: ["telecom"], unknownKeys: ["employment"] } });
  });
});

describe("classifyHousehold's fast path", () => {
  const run = (input: unknown, scratch = false, other = false): FastHousehold | undefined => {
    const out = {} as FastHousehold;
    return fastHousehold(input, out, scratch ? newScratch() : undefined, other) ? out : undefined;
  };
  const base = { standard: "2021-2025", area: "rural" };
  const nine = [1, 0, 1, 0, 0, 0, 0, 0, 0];

  it.each([
    ["B1 and B2 as numbers", { b1: 120, b2: 30 }, { kind: "total", total: 120 }, { kind: "scored", total: 30, count: 3, deprived: undefined, answers: undefined }],
    ["totals as objects", { b1: { total: 140 }, b2: { total: 0 } }, { kind: "total", total: 140 }, { kind: "scored", total: 0, count: 0, deprived: undefined, answers: undefined }],
    ["B2 as a total object of 30 (3 indicators at 10 points)", { b1: 140, b2: { total: 30 } }, { kind: "total", total: 140 }, { kind: "scored", total: 30, count: 3, deprived: undefined, answers: undefined }],
    ["B2 as a count", { b1: 0, b2: { deprivationCount: 12 } }, { kind: "total", total: 0 }, { kind: "scored", total: 120, count: 12, deprived: undefined, answers: undefined }],
    ["B2 as a list", { b1: 141, b2: { deprivations: ["telecom", "sanitation"] } }, { kind: "total", total: 141 }, { kind: "scored", total: 20, count: 2, deprived: ["telecom", "sanitation"], answers: undefined }],
  ] as const)("takes %s", (_, fields, b1, b2) => {
    for (const scratch of [false, true]) {
      const r = run({ ...base, ...fields }, scratch);
      expect(r).toMatchObject({ standard: S, area: "rural", region: undefined, formA: undefined, b1, b2 });
    }
  });

  it("takes B2 answers: complete → scored in the decree's order; incomplete → missing, listed in order", () => {
    const keys = S.indicators.map((i) => i.key);
    const all = Object.fromEntries(keys.map((k) => [k, k === "sanitation" || k === "employment"]));
    expect(run({ ...base, b2: { answers: all } })?.b2).toEqual({ kind: "scored", total: 20, count: 2, deprived: ["employment", "sanitation"], answers: all });
    expect(run({ ...base, b2: { answers: { employment: true, telecom: false } } })?.b2).toEqual({ kind: "missing", missing: keys.filter((k) => k !== "employment" && k !== "telecom") });
  });

  it("takes Phiếu A (reviewed with its 9 criteria, or not reviewed) and a region", () => {
    expect(run({ ...base, region: "mekong_delta", formA: { reviewed: 1, criteria: nine }, b1: 100 })).toMatchObject({ region: "mekong_delta", formA: { reviewed: true, criteria: nine, total: 2 } });
    expect(run({ ...base, formA: { reviewed: 0 } })?.formA).toEqual({ reviewed: false, criteria: [], total: 0, labels: undefined });
    expect(run({ ...base, formA: { reviewed: 1, criteria: nine } }, true)?.formA).toMatchObject({ reviewed: true, total: 2 });
  });

  it("declines a standard without a score rule (2027–2030): the full path answers, with the rule not found", () => {
    const input = { standard: "2027-2030", area: "rural", b1: 1 };
    expect(run(input)).toBeUndefined();
    const full = resolveHouseholdInput(input);
    expect(full.ok && full.value.rule).toBe("b1_cutoff_not_found");
  });

  it("other fields (a household code) only when the bulk path allows them", () => {
    expect(run({ ...base, code: "HH-1", b1: 1 }, false, true)).toBeDefined();
    expect(run({ ...base, code: "HH-1", b1: 1 })).toBeUndefined();
  });

  it.each([
    ["not an object", null],
    ["an array", []],
    ["an unknown standard", { standard: "2020-2024" }],
    ["a bad area", { area: "city" }],
    ["a bad region", { region: "atlantis" }],
    ["a region that is not text", { region: 1 }],
    ["Phiếu A not an object", { formA: 1 }],
    ["Phiếu A with an unknown key", { formA: { reviewed: 0, extra: 1 } }],
    ["Phiếu A with labels", { formA: { reviewed: 1, criteria: nine, labels: [] } }],
    ["Phiếu A reviewed = 2", { formA: { reviewed: 2 } }],
    ["Phiếu A reviewed without criteria", { formA: { reviewed: 1 } }],
    ["Phiếu A with 8 criteria", { formA: { reviewed: 1, criteria: nine.slice(1) } }],
    ["Phiếu A criteria not an array", { formA: { reviewed: 1, criteria: "101000000" } }],
    ["Phiếu A criterion 2", { formA: { reviewed: 1, criteria: [2, 0, 0, 0, 0, 0, 0, 0, 0] } }],
    ["B1 negative", { b1: -1 }],
    ["B1 fractional", { b1: 1.5 }],
    ["B1 as text", { b1: "120" }],
    ["B1 with a scorecard", { b1: { scorecard: {}, answers: {} } }],
    ["B1 with total and another key", { b1: { total: 1, answers: {} } }],
    ["B1 as an empty object", { b1: {} }],
    ["B1 with an unknown key, even left undefined", { b1: { total: 1, points: undefined } }],
    ["B2 not a multiple of 10", { b2: 25 }],
    ["B2 over 120", { b2: 130 }],
    ["B2 total not a multiple of 10", { b2: { total: 25 } }],
    ["B2 total over 120", { b2: { total: 130 } }],
    ["B2 with two entries", { b2: { total: 10, deprivationCount: 1 } }],
    ["B2 as an empty object", { b2: {} }],
    ["B2 with an unknown entry", { b2: { points: 10 } }],
    ["B2 answers under an unknown entry", { b2: { replies: Object.fromEntries(S.indicators.map((i) => [i.key, false])) } }],
    ["B2 count over 12", { b2: { deprivationCount: 13 } }],
    ["B2 count fractional", { b2: { deprivationCount: 1.5 } }],
    ["B2 list not an array", { b2: { deprivations: "telecom" } }],
    ["B2 list over 100", { b2: { deprivations: Array(101).fill("telecom") } }],
    ["B2 list with a key twice", { b2: { deprivations: ["telecom", "sanitation", "telecom"] } }],
    ["B2 list with a key of another standard", { b2: { deprivations: ["wasteTreatment"] } }],
    ["B2 list with a number", { b2: { deprivations: [1] } }],
    ["B2 answers not an object", { b2: { answers: [true] } }],
    ["B2 answers with an unknown key", { b2: { answers: { wasteTreatment: true } } }],
    ["B2 answers not booleans", { b2: { answers: { telecom: 1 } } }],
  ])("declines %s, which the full path refuses", (_, fields) => {
    const input = fields === null || Array.isArray(fields) ? fields : { ...base, ...fields };
    expect(run(input)).toBeUndefined();
    expect(run(input, true, true)).toBeUndefined();
    expect(resolveHouseholdInput(input).ok).toBe(false);
  });
});
