// Scenarios for middle-living households and low-income workers, on both sides of every bound. Values from
// ../shared/spec/standards.md: 2021–2025 income line 1,500,000 / 2,000,000 and middle-living ceiling 2,250,000 /
// 3,000,000 (Decree 07/2021/NĐ-CP); 2016–2020 1,000,000 / 1,300,000 and 1,500,000 / 1,950,000 (seed 002);
// low-income workers ≤ 2,250,000 / 3,000,000 from 24/02/2025 (Decree 30/2025/NĐ-CP). Income is over 12 months,
// state allowances excluded (Decision 24/2021/QĐ-TTg Art. 2).
import { describe, expect, it } from "vitest";
import { classifyLowIncomeWorker, classifyMiddleLiving, safeClassifyLowIncomeWorker, safeClassifyMiddleLiving, type ClassifyLowIncomeWorkerInput, type ClassifyMiddleLivingInput } from "../../src/index.js";

const ML = { kind: "middle_living" } as const;
const AT_LINE = { kind: "not_middle_living", reason: "income_at_or_below_line" } as const;
const ABOVE = { kind: "not_middle_living", reason: "income_above_ceiling" } as const;
const net = (n: number) => ({ totalExcludingAllowances: n });
const farm = ["agriculture"] as const;

const ML_SCENARIOS: [string, ClassifyMiddleLivingInput, unknown][] = [
  // 2021–2025 rural, 4 members: line 1,500,000 × 12 × 4 = 72,000,000; ceiling 2,250,000 × 12 × 4 = 108,000,000
  ["2021 rural: at the income line → not middle-living", { standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: farm, income12Months: net(72_000_000) }, AT_LINE],
  ["2021 rural: 1 đồng above the line → middle-living", { standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: farm, income12Months: net(72_000_001) }, ML],
  ["2021 rural: at the ceiling → middle-living", { standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: farm, income12Months: net(108_000_000) }, ML],
  ["2021 rural: 1 đồng above the ceiling → not", { standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: farm, income12Months: net(108_000_001) }, ABOVE],
  ["2021 rural: allowances excluded: 110,000,000 − 2,000,001 → at the ceiling", { standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: ["salt"], income12Months: { total: 110_000_001, stateAllowances: 2_000_001 } }, ML],
  ["2021 rural: not a farm household → not considered", { standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: [], income12Months: net(90_000_000) }, { kind: "not_middle_living", reason: "not_agricultural" }],
  // 2021–2025 urban, 1 member: 24,000,000 and 36,000,000
  ["2021 urban: at the line → not", { standard: "2021-2025", area: "urban", members: 1, agriculturalSectors: ["fishery"], income12Months: net(24_000_000) }, AT_LINE],
  ["2021 urban: line + 1 → middle-living", { standard: "2021-2025", area: "urban", members: 1, agriculturalSectors: ["fishery"], income12Months: net(24_000_001) }, ML],
  ["2021 urban: at the ceiling → middle-living", { standard: "2021-2025", area: "urban", members: 1, agriculturalSectors: ["forestry"], income12Months: net(36_000_000) }, ML],
  ["2021 urban: ceiling + 1 → not", { standard: "2021-2025", area: "urban", members: 1, agriculturalSectors: ["forestry"], income12Months: net(36_000_001) }, ABOVE],
  // 2016–2020 (seed 002): rural 1,000,000 < income ≤ 1,500,000; urban 1,300,000 < income ≤ 1,950,000; 1 member
  ["2016 rural: at the near-poverty line → not", { standard: "2016-2020", area: "rural", members: 1, agriculturalSectors: farm, income12Months: net(12_000_000) }, AT_LINE],
  ["2016 rural: line + 1 → middle-living", { standard: "2016-2020", area: "rural", members: 1, agriculturalSectors: farm, income12Months: net(12_000_001) }, ML],
  ["2016 rural: at 1,500,000 → middle-living", { standard: "2016-2020", area: "rural", members: 1, agriculturalSectors: farm, income12Months: net(18_000_000) }, ML],
  ["2016 rural: above → not", { standard: "2016-2020", area: "rural", members: 1, agriculturalSectors: farm, income12Months: net(18_000_001) }, ABOVE],
  ["2016 urban: at 1,950,000 → middle-living", { standard: "2016-2020", area: "urban", members: 1, agriculturalSectors: farm, income12Months: net(23_400_000) }, ML],
  ["2016 urban: above → not", { standard: "2016-2020", area: "urban", members: 1, agriculturalSectors: farm, income12Months: net(23_400_001) }, ABOVE],
  // 2027–2030: NOT FOUND
  ["2027: no middle-living band", { standard: "2027-2030", area: "rural", members: 1, agriculturalSectors: farm, income12Months: net(30_000_000) }, { kind: "rule_not_found", reason: "middle_living_not_found", standard: "2027-2030" }],
];

const LIW = (o: Partial<ClassifyLowIncomeWorkerInput>): ClassifyLowIncomeWorkerInput => ({ standard: "2021-2025", area: "urban", decisionDate: "2025-06-01", householdClass: "not_poor", members: 1, income12Months: net(36_000_000), ...o });
const LIW_SCENARIOS: [string, ClassifyLowIncomeWorkerInput, unknown][] = [
  ["urban at 3,000,000 × 12 → low-income worker", LIW({}), { kind: "low_income_worker" }],
  ["urban 1 đồng above → not", LIW({ income12Months: net(36_000_001) }), { kind: "not_low_income_worker", reason: "income_above_ceiling" }],
  ["rural at 2,250,000 × 12 × 2 → low-income worker", LIW({ area: "rural", members: 2, income12Months: net(54_000_000) }), { kind: "low_income_worker" }],
  ["rural 1 đồng above → not", LIW({ area: "rural", members: 2, income12Months: net(54_000_001) }), { kind: "not_low_income_worker", reason: "income_above_ceiling" }],
  ["near-poor household → not", LIW({ householdClass: "near_poor", income12Months: net(1) }), { kind: "not_low_income_worker", reason: "household_poor_or_near_poor" }],
  ["on 24/02/2025, the day Decree 30/2025 took effect → applies", LIW({ decisionDate: "2025-02-24" }), { kind: "low_income_worker" }],
  ["on 23/02/2025 → not in force", LIW({ decisionDate: "2025-02-23" }), { kind: "not_in_force", reason: "before_effective_from" }],
  ["after the standard's end (31/12/2026) → not in force", LIW({ decisionDate: "2027-01-01" }), { kind: "not_in_force", reason: "after_standard_end" }],
  ["2016–2020 has no such rule", LIW({ standard: "2016-2020", decisionDate: "2019-06-01" }), { kind: "rule_not_found", reason: "low_income_worker_not_found", standard: "2016-2020" }],
  ["2027–2030: not found", LIW({ standard: "2027-2030", decisionDate: "2027-06-01" }), { kind: "rule_not_found", reason: "low_income_worker_not_found", standard: "2027-2030" }],
];

describe("classifyMiddleLiving scenarios", () => {
  it.each(ML_SCENARIOS)("%s", (_n, input, expected) => {
    expect(classifyMiddleLiving(input).outcome).toEqual(expected);
  });

  it("the explanation shows the exclusion of state allowances and the exact 12-month comparison", () => {
    const { explanation } = classifyMiddleLiving({ standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: farm, income12Months: { total: 90_000_000, stateAllowances: 6_000_000 } });
    const inc = explanation.steps.find((s) => s.code === "income_allowances_excluded");
    expect(inc?.actual).toBe(84_000_000);
    expect(inc?.message.vi).toContain("trừ trợ cấp của Nhà nước 6.000.000 đồng = 84.000.000 đồng");
    expect(inc?.citations[0]).toMatchObject({ instrument: "Quyết định 24/2021/QĐ-TTg", article: "2" });
    const ceiling = explanation.steps.find((s) => s.rule === "middle_living.at_or_below_ceiling");
    expect(ceiling?.message.en).toContain("84,000,000 VND ≤ 108,000,000 VND");
  });

  it.each([
    ["allowances_above_total", { total: 1, stateAllowances: 2 }],
    ["invalid_income_12_months", { total: 1 }],
    ["invalid_type", { totalExcludingAllowances: 1.5 }],
  ])("bad income → %s", (code, income12Months) => {
    const r = safeClassifyMiddleLiving({ standard: "2021-2025", area: "rural", members: 1, agriculturalSectors: farm, income12Months: income12Months as { totalExcludingAllowances: number } });
    expect(!r.ok && r.issues[0]?.code).toBe(code);
  });
});

describe("classifyLowIncomeWorker scenarios", () => {
  it.each(LIW_SCENARIOS)("%s", (_n, input, expected) => {
    expect(classifyLowIncomeWorker(input).outcome).toEqual(expected);
  });

  it("needs a real ISO decision date (never today's date)", () => {
    const r = safeClassifyLowIncomeWorker(LIW({ decisionDate: "2025-02-30" }));
    expect(!r.ok && r.issues[0]?.path).toEqual(["decisionDate"]);
  });
});
