// Scenarios for classifyByIncome: every line of every standard and area, exactly at the line and one đồng above,
// with D = 2 and D = 3. Expected classes are read from ../shared/spec/standards.md (the class tables), not from
// the code.
import { describe, expect, it } from "vitest";
import { classifyByIncome, type ClassifyByIncomeInput, type PovertyClassOutcome } from "../../src/index.js";

interface Scenario {
  name: string;
  input: ClassifyByIncomeInput;
  expected: PovertyClassOutcome;
}

const pc = (n: number) => ({ perCapitaMonthly: n });
const POOR_INCOME = { kind: "poor", basis: "income" } as const;
const POOR_DEP = { kind: "poor", basis: "deprivation" } as const;
const POOR = { kind: "poor", basis: "income_and_deprivation" } as const;
const NEAR = { kind: "near_poor" } as const;
const NOT = { kind: "not_poor" } as const;

const SCENARIOS: Scenario[] = [
  // 2016–2020 rural: poverty line 700,000; near-poverty line 1,000,000 (Decision 59/2015/QĐ-TTg)
  { name: "2016 rural: at the poverty line, D=0 → poor by income", input: { standard: "2016-2020", area: "rural", income: pc(700_000), deprivationCount: 0 }, expected: POOR_INCOME },
  { name: "2016 rural: at the poverty line, deprivations not given → still poor by income", input: { standard: "2016-2020", area: "rural", income: pc(700_000) }, expected: POOR_INCOME },
  { name: "2016 rural: 1 đồng above the poverty line, D=2 → near-poor", input: { standard: "2016-2020", area: "rural", income: pc(700_001), deprivationCount: 2 }, expected: NEAR },
  { name: "2016 rural: 1 đồng above the poverty line, D=3 → poor by deprivation", input: { standard: "2016-2020", area: "rural", income: pc(700_001), deprivationCount: 3 }, expected: POOR_DEP },
  { name: "2016 rural: at the near-poverty line, D=2 → near-poor", input: { standard: "2016-2020", area: "rural", income: pc(1_000_000), deprivationCount: 2 }, expected: NEAR },
  { name: "2016 rural: at the near-poverty line, D=3 → poor by deprivation", input: { standard: "2016-2020", area: "rural", income: pc(1_000_000), deprivationCount: 3 }, expected: POOR_DEP },
  { name: "2016 rural: 1 đồng above the near-poverty line, D=10 → neither", input: { standard: "2016-2020", area: "rural", income: pc(1_000_001), deprivationCount: 10 }, expected: NOT },
  // 2016–2020 urban: 900,000 and 1,300,000
  { name: "2016 urban: at the poverty line → poor by income", input: { standard: "2016-2020", area: "urban", income: pc(900_000), deprivationCount: 0 }, expected: POOR_INCOME },
  { name: "2016 urban: 1 đồng above the poverty line, D=2 → near-poor", input: { standard: "2016-2020", area: "urban", income: pc(900_001), deprivationCount: 2 }, expected: NEAR },
  { name: "2016 urban: 1 đồng above the poverty line, D=3 → poor by deprivation", input: { standard: "2016-2020", area: "urban", income: pc(900_001), deprivationCount: 3 }, expected: POOR_DEP },
  { name: "2016 urban: at the near-poverty line, D=2 → near-poor", input: { standard: "2016-2020", area: "urban", income: pc(1_300_000), deprivationCount: 2 }, expected: NEAR },
  { name: "2016 urban: at the near-poverty line, D=3 → poor by deprivation", input: { standard: "2016-2020", area: "urban", income: pc(1_300_000), deprivationCount: 3 }, expected: POOR_DEP },
  { name: "2016 urban: 1 đồng above the near-poverty line → neither", input: { standard: "2016-2020", area: "urban", income: pc(1_300_001), deprivationCount: 10 }, expected: NOT },
  // 2021–2025: one line, 1,500,000 / 2,000,000; poor = income ≤ line AND D ≥ 3 (Decree 07/2021/NĐ-CP Art. 3)
  { name: "2021 rural: at the line, D=3 → poor", input: { standard: "2021-2025", area: "rural", income: pc(1_500_000), deprivationCount: 3 }, expected: POOR },
  { name: "2021 rural: at the line, D=2 → near-poor", input: { standard: "2021-2025", area: "rural", income: pc(1_500_000), deprivationCount: 2 }, expected: NEAR },
  { name: "2021 rural: at the line, D=0 → near-poor (income alone never makes a household poor)", input: { standard: "2021-2025", area: "rural", income: pc(0), deprivationCount: 0 }, expected: NEAR },
  { name: "2021 rural: 1 đồng above the line, D=12 → neither (deprivation cannot make it poor)", input: { standard: "2021-2025", area: "rural", income: pc(1_500_001), deprivationCount: 12 }, expected: NOT },
  { name: "2021 urban: at the line, D=3 → poor", input: { standard: "2021-2025", area: "urban", income: pc(2_000_000), deprivationCount: 3 }, expected: POOR },
  { name: "2021 urban: at the line, D=2 → near-poor", input: { standard: "2021-2025", area: "urban", income: pc(2_000_000), deprivationCount: 2 }, expected: NEAR },
  { name: "2021 urban: 1 đồng above the line → neither", input: { standard: "2021-2025", area: "urban", income: pc(2_000_001), deprivationCount: 12 }, expected: NOT },
  // 2027–2030: 2,200,000 / 2,800,000 (Decree 351/2025/NĐ-CP)
  { name: "2027 rural: at the line, D=3 → poor", input: { standard: "2027-2030", area: "rural", income: pc(2_200_000), deprivationCount: 3 }, expected: POOR },
  { name: "2027 rural: at the line, D=2 → near-poor", input: { standard: "2027-2030", area: "rural", income: pc(2_200_000), deprivationCount: 2 }, expected: NEAR },
  { name: "2027 rural: 1 đồng above → neither", input: { standard: "2027-2030", area: "rural", income: pc(2_200_001), deprivationCount: 5 }, expected: NOT },
  { name: "2027 urban: at the line, D=3 → poor", input: { standard: "2027-2030", area: "urban", income: pc(2_800_000), deprivationCount: 3 }, expected: POOR },
  { name: "2027 urban: at the line, D=2 → near-poor", input: { standard: "2027-2030", area: "urban", income: pc(2_800_000), deprivationCount: 2 }, expected: NEAR },
  { name: "2027 urban: 1 đồng above → neither", input: { standard: "2027-2030", area: "urban", income: pc(2_800_001), deprivationCount: 5 }, expected: NOT },
  // household totals, compared as total ≤ line × members (no division)
  { name: "2021 rural: 6,000,000 for 4 members is exactly the line", input: { standard: "2021-2025", area: "rural", income: { monthlyTotal: 6_000_000, members: 4 }, deprivationCount: 3 }, expected: POOR },
  { name: "2021 rural: 6,000,001 for 4 members is above the line", input: { standard: "2021-2025", area: "rural", income: { monthlyTotal: 6_000_001, members: 4 }, deprivationCount: 3 }, expected: NOT },
  { name: "2021 urban: 6,000,001 for 3 members (2,000,000.33 each) is above the line", input: { standard: "2021-2025", area: "urban", income: { monthlyTotal: 6_000_001, members: 3 }, deprivationCount: 3 }, expected: NOT },
  { name: "2021 rural: 12 months 72,000,000 for 4 members is exactly the line", input: { standard: "2021-2025", area: "rural", income: { annualTotal: 72_000_000, members: 4 }, deprivationCount: 2 }, expected: NEAR },
  { name: "2021 rural: 12 months 72,000,001 for 4 members is above", input: { standard: "2021-2025", area: "rural", income: { annualTotal: 72_000_001, members: 4 }, deprivationCount: 2 }, expected: NOT },
  // deprivations as keys
  { name: "2021 rural: three deprivation keys → poor", input: { standard: "2021-2025", area: "rural", income: pc(1_000_000), deprivations: ["healthInsurance", "sanitation", "housingArea"] }, expected: POOR },
  { name: "2021 rural: two deprivation keys → near-poor", input: { standard: "2021-2025", area: "rural", income: pc(1_000_000), deprivations: ["healthInsurance", "sanitation"] }, expected: NEAR },
  // missing input is reported, not filled
  { name: "2021 rural: income under the line, deprivations not given → undetermined", input: { standard: "2021-2025", area: "rural", income: pc(1_000_000) }, expected: { kind: "undetermined", missing: ["deprivations"] } },
  { name: "2021 rural: income above the line, deprivations not needed → neither", input: { standard: "2021-2025", area: "rural", income: pc(1_600_000) }, expected: NOT },
  { name: "2016 urban: between the lines, deprivations not given → undetermined", input: { standard: "2016-2020", area: "urban", income: pc(1_000_000) }, expected: { kind: "undetermined", missing: ["deprivations"] } },
];

describe("classifyByIncome scenarios (spec/standards.md)", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    expect(classifyByIncome(s.input).outcome).toEqual(s.expected);
  });
});
