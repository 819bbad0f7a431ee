// classifyByIncome's explanation step by step at the law's boundaries: each step's rule, code, params (the exact
// comparison T ≤ L × months × members as lhs and rhs), the value compared with, the result, the instrument cited
// and the certainty. Lines from ../shared/spec/standards.md: 2021–2025 rural 1,500,000 and urban 2,000,000 a
// person a month, poor from 3 deprivations (Decree 07/2021 Art. 3 cl. 1); 2016–2020 urban 900,000 and 1,300,000
// (Decision 59/2015); 2027–2030 urban 2,800,000 (Decree 351/2025 Art. 3, its urban near-poor rule uncertain).
import { describe, expect, it } from "vitest";
import { exampleLocal } from "../../test/fixtures/localStandard.js";
import { byProvision, pinned } from "../../test/_lib/steps.js";
import { caught } from "../../test/_lib/issues.js";
import { classifyByIncome, layerLocalStandard } from "../index.js";
import type { Decision, ExplanationStep } from "../index.js";

const D07 = "Nghị định 07/2021/NĐ-CP";
const D59 = "Quyết định 59/2015/QĐ-TTg";
const D351 = "Nghị định 351/2025/NĐ-CP";

/** A step without its text (citations as [instrument, article, clause, point]). */
const bare = (s: ExplanationStep): object => pinned(s, byProvision);
const steps = (d: Decision<unknown>) => d.explanation.steps.slice(1).map(bare);

describe("2021–2025: income at the line and 3 deprivations (Decree 07/2021 Art. 3 cl. 1 points a and b)", () => {
  it("rural, 1,500,000 a person, 3 deprivations listed: poor, every step pinned", () => {
    const d = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_500_000 }, deprivations: ["telecom", "employment", "sanitation"] });
    expect(d.outcome).toEqual({ kind: "poor", basis: "income_and_deprivation" });
    expect(steps(d)).toEqual([
      { rule: "income.given", code: "income_given", params: { amount: 1_500_000, months: 1, persons: 1, perCapita: true }, actual: { amount: 1_500_000, months: 1, persons: 1, perCapita: true }, result: true, status: "confirmed", cited: [] },
      {
        rule: "income.at_or_below_income_line",
        code: "income_at_or_below_line",
        params: { amount: 1_500_000, months: 1, persons: 1, perCapita: true, line: 1_500_000, period: "month", labelVi: "chuẩn mức thu nhập khu vực nông thôn", labelEn: "rural income line", holds: true, local: false, lhs: 1_500_000, rhs: 1_500_000 },
        actual: 1_500_000,
        expected: "≤ 1500000",
        result: true,
        status: "confirmed",
        cited: [[D07, "3", "1", "a"]],
      },
      {
        rule: "deprivation.at_or_above_threshold",
        code: "deprivations_at_or_above_threshold",
        params: { count: 3, threshold: 3, holds: true, keys: ["telecom", "employment", "sanitation"], namesVi: "việc làm, nhà tiêu hợp vệ sinh, sử dụng dịch vụ viễn thông", namesEn: "employment, hygienic latrine, use of telecom services" },
        actual: 3,
        expected: "≥ 3",
        result: true,
        status: "confirmed",
        cited: [[D07, "3", null, null]],
      },
      { rule: "outcome", code: "poor_income_and_deprivation", params: { kind: "poor_income_and_deprivation", threshold: 3 }, result: "poor", status: "confirmed", cited: [[D07, "3", null, null]] },
    ]);
    expect(d.explanation.valuesRead.map((v) => [v.standard, v.key, v.value])).toEqual([
      ["2021-2025", "incomeLines.rural.incomeLine", 1_500_000],
      ["2021-2025", "poorDeprivationCount", 3],
    ]);
    expect(d.explanation.decision).toBe("classify_by_income");
  });

  it("urban, a 12-month total for 4 members 1 đồng over 2,000,000 × 12 × 4: not poor, the comparison in whole đồng", () => {
    const d = classifyByIncome({ standard: "2021-2025", area: "urban", income: { annualTotal: 96_000_001, members: 4 }, deprivationCount: 5 });
    expect(d.outcome).toEqual({ kind: "not_poor" });
    expect(steps(d)).toEqual([
      { rule: "income.given", code: "income_given", params: { amount: 96_000_001, months: 12, persons: 4, perCapita: false }, actual: { amount: 96_000_001, months: 12, persons: 4, perCapita: false }, result: true, status: "confirmed", cited: [] },
      {
        rule: "income.at_or_below_income_line",
        code: "income_above_line",
        params: { amount: 96_000_001, months: 12, persons: 4, perCapita: false, line: 2_000_000, period: "month", labelVi: "chuẩn mức thu nhập khu vực thành thị", labelEn: "urban income line", holds: false, local: false, lhs: 96_000_001, rhs: 96_000_000 },
        actual: 96_000_001,
        expected: "≤ 2000000",
        result: false,
        status: "confirmed",
        cited: [[D07, "3", "1", "a"]],
      },
      { rule: "outcome", code: "not_poor", params: { kind: "not_poor" }, result: "not_poor", status: "confirmed", cited: [[D07, "3", null, null]] },
    ]);
    expect(d.explanation.valuesRead.map((v) => v.key)).toEqual(["incomeLines.urban.incomeLine"]);
  });

  it("at the line with 2 deprivations by count: near-poor, no keys named", () => {
    const d = classifyByIncome({ standard: "2021-2025", area: "urban", income: { monthlyTotal: 6_000_000, members: 3 }, deprivationCount: 2 });
    expect(d.outcome).toEqual({ kind: "near_poor" });
    expect(steps(d).slice(1)).toEqual([
      expect.objectContaining({ code: "income_at_or_below_line", params: expect.objectContaining({ lhs: 6_000_000, rhs: 6_000_000, months: 1, persons: 3 }) }),
      { rule: "deprivation.at_or_above_threshold", code: "deprivations_below_threshold", params: { count: 2, threshold: 3, holds: false, keys: null, namesVi: null, namesEn: null }, actual: 2, expected: "≥ 3", result: false, status: "confirmed", cited: [[D07, "3", null, null]] },
      { rule: "outcome", code: "near_poor", params: { kind: "near_poor" }, result: "near_poor", status: "confirmed", cited: [[D07, "3", null, null]] },
    ]);
  });

  it("at the line, deprivations not given: undetermined, the missing step cites the count's basis", () => {
    const d = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_000_000 } });
    expect(d.outcome).toEqual({ kind: "undetermined", missing: ["deprivations"] });
    expect(steps(d).slice(2)).toEqual([
      { rule: "deprivation.count", code: "deprivations_missing", params: {}, expected: "deprivations", result: false, status: "confirmed", cited: [[D07, "3", null, null]] },
      { rule: "outcome", code: "undetermined", params: { kind: "undetermined" }, result: "undetermined", status: "confirmed", cited: [[D07, "3", null, null]] },
    ]);
  });

  it("2 deprivations and 2 unknown: undetermined, the unknown named", () => {
    const d = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_000_000 }, deprivations: ["telecom", "sanitation"], unknownIndicators: ["employment", "nutrition"] });
    expect(d.outcome).toEqual({ kind: "undetermined", missing: ["deprivations.employment", "deprivations.nutrition"] });
    expect(steps(d)[2]).toEqual({
      rule: "deprivation.at_or_above_threshold",
      code: "deprivations_undetermined",
      params: { count: 2, unknown: 2, threshold: 3, keys: ["employment", "nutrition"], namesVi: "việc làm, dinh dưỡng", namesEn: "employment, nutrition" },
      actual: 2,
      expected: "≥ 3",
      result: "undetermined",
      status: "confirmed",
      cited: [[D07, "3", null, null]],
    });
    // the threshold compared with is a value read from the standard, listed with the line
    expect(d.explanation.valuesRead.map((v) => [v.key, v.value])).toEqual([
      ["incomeLines.rural.incomeLine", 1_500_000],
      ["poorDeprivationCount", 3],
    ]);
  });
});

describe("the input's form, whichever path validates it", () => {
  // unknownIndicators send the input through the full validation (the fast path leaves them to it)
  const full = { deprivations: [] as string[], unknownIndicators: [] as string[] };
  it.each([
    ["per capita", { perCapitaMonthly: 1_000_000 }, { amount: 1_000_000, months: 1, persons: 1, perCapita: true }],
    ["a monthly total", { monthlyTotal: 4_000_000, members: 4 }, { amount: 4_000_000, months: 1, persons: 4, perCapita: false }],
    ["a 12-month total", { annualTotal: 48_000_000, members: 4 }, { amount: 48_000_000, months: 12, persons: 4, perCapita: false }],
  ])("%s: the income step says how it was given", (_, income, actual) => {
    for (const extra of [{ deprivations: [] }, full]) {
      const d = classifyByIncome({ standard: "2021-2025", area: "rural", income, ...extra } as never);
      expect(d.explanation.steps[1]).toMatchObject({ code: "income_given", actual });
      // 1,000,000 a person a month ≤ 1,500,000 with no deprivation: near-poor
      expect(d.outcome).toEqual({ kind: "near_poor" });
    }
  });

  it("decisions with the same outcome share its (frozen) outcome step", () => {
    const a = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_000_000 }, deprivationCount: 0 });
    const b = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_200_000 }, deprivationCount: 1 });
    expect(a.explanation.steps.at(-1)).toBe(b.explanation.steps.at(-1));
  });

  it("names itself when it throws", () => {
    expect(caught(() => classifyByIncome({ standard: "2021-2025", area: "rural", income: {} } as never)).details).toMatchObject({ function: "classifyByIncome" });
  });
});

describe("2016–2020: two lines (Decision 59/2015)", () => {
  it("urban, 3,600,000 for 4 members = 900,000 each: poor by income, the poverty line read, not the near-poverty line", () => {
    const d = classifyByIncome({ standard: "2016-2020", area: "urban", income: { monthlyTotal: 3_600_000, members: 4 } });
    expect(d.outcome).toEqual({ kind: "poor", basis: "income" });
    expect(steps(d).slice(1)).toEqual([
      {
        rule: "income.at_or_below_poverty_line",
        code: "income_at_or_below_poverty_line",
        params: { amount: 3_600_000, months: 1, persons: 4, perCapita: false, line: 900_000, period: "month", labelVi: "chuẩn nghèo khu vực thành thị", labelEn: "urban poverty line", holds: true, local: false, lhs: 3_600_000, rhs: 3_600_000 },
        actual: 3_600_000,
        expected: "≤ 900000",
        result: true,
        status: "confirmed",
        cited: [[D59, null, null, null]],
      },
      { rule: "outcome", code: "poor_income", params: { kind: "poor_income" }, result: "poor", status: "confirmed", cited: [[D59, null, null, null]] },
    ]);
    expect(d.explanation.valuesRead.map((v) => [v.key, v.value])).toEqual([["incomeLines.urban.poorByIncomeLine", 900_000]]);
  });

  it("rural 700,001: above the poverty line, at or below 1,000,000, 3 deprivations → poor by deprivation", () => {
    const d = classifyByIncome({ standard: "2016-2020", area: "rural", income: { perCapitaMonthly: 700_001 }, deprivationCount: 3 });
    expect(d.outcome).toEqual({ kind: "poor", basis: "deprivation" });
    expect(steps(d).map((s) => (s as { code: string }).code)).toEqual(["income_given", "income_above_poverty_line", "income_at_or_below_line", "deprivations_at_or_above_threshold", "poor_deprivation"]);
    expect(d.explanation.valuesRead.map((v) => [v.key, v.value])).toEqual([
      ["incomeLines.rural.poorByIncomeLine", 700_000],
      ["incomeLines.rural.incomeLine", 1_000_000],
      ["poorDeprivationCount", 3],
    ]);
  });
});

describe("lines per year, local standards and uncertain rules", () => {
  it("a local line per year: compared as income × 12 ≤ the yearly line × members, marked local", () => {
    const s = layerLocalStandard({ ...exampleLocal("tinh-nam", "2021-2025"), incomeLines: { urban: { incomeLine: 28_000_000, period: "year" } } });
    const d = classifyByIncome({ standard: s, area: "urban", income: { monthlyTotal: 4_666_667, members: 2 }, deprivationCount: 0 });
    // 4,666,667 × 12 = 56,000,004 > 28,000,000 × 1 × 2 = 56,000,000
    expect(d.outcome).toEqual({ kind: "not_poor" });
    expect(steps(d)[1]).toMatchObject({ code: "income_above_line", params: { line: 28_000_000, period: "year", local: true, lhs: 56_000_004, rhs: 56_000_000, labelEn: "local income line, urban" } });
    // the national rural line, read through the local standard, is not marked local
    const rural = classifyByIncome({ standard: s, area: "rural", income: { perCapitaMonthly: 1 }, deprivationCount: 0 });
    expect(steps(rural)[1]).toMatchObject({ params: { local: false, period: "month", line: 1_500_000 } });
    expect(rural.explanation.valuesRead[0]).toMatchObject({ standard: "2021-2025", key: "incomeLines.rural.incomeLine" });
  });

  it("2027–2030 urban near-poor: its rule is marked uncertain, and so is the outcome; rural near-poor is not", () => {
    const urban = classifyByIncome({ standard: "2027-2030", area: "urban", income: { perCapitaMonthly: 2_800_000 }, deprivationCount: 2 });
    expect(urban.outcome).toEqual({ kind: "near_poor" });
    expect(steps(urban).slice(3)).toEqual([
      { rule: "near_poor.rule_certainty", code: "near_poor_rule_uncertain", params: {}, result: true, status: "uncertain", cited: [[D351, "3", null, null]] },
      { rule: "outcome", code: "near_poor", params: { kind: "near_poor" }, result: "near_poor", status: "uncertain", cited: [[D351, "3", null, null]] },
    ]);
    const rural = classifyByIncome({ standard: "2027-2030", area: "rural", income: { perCapitaMonthly: 2_200_000 }, deprivationCount: 2 });
    expect(steps(rural).at(-1)).toMatchObject({ code: "near_poor", status: "confirmed" });
    expect(steps(rural).some((s) => (s as { code: string }).code === "near_poor_rule_uncertain")).toBe(false);
    // and a poor household there is not touched by the near-poor rule's uncertainty
    const poor = classifyByIncome({ standard: "2027-2030", area: "urban", income: { perCapitaMonthly: 2_800_000 }, deprivationCount: 3 });
    expect(steps(poor).at(-1)).toMatchObject({ code: "poor_income_and_deprivation", status: "confirmed" });
    expect(steps(poor).some((s) => (s as { code: string }).code === "near_poor_rule_uncertain")).toBe(false);
  });
});
