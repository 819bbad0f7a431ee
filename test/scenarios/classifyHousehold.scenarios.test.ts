// Scenarios for classifyHousehold: every standard and area on both sides of every cut-off, Phiếu A on both sides
// of its stop count, and missing inputs. Expected classes come from ../shared/spec/forms.md (the B1/B2 tables and
// the 2022–2025 decision rule), seed 003 (Phiếu A: E ≥ 4 stops) and Circular 17/2016 Phụ lục 3a (E ≥ 3 stops) —
// never from the code.
import { describe, expect, it } from "vitest";
import { classifyHousehold, layerLocalStandard, type ClassifyHouseholdInput, type HouseholdClassOutcome } from "../../src/index.js";
import { FICTIONAL_SCORECARD } from "../fixtures/fictionalScorecard.js";

interface Scenario {
  name: string;
  input: ClassifyHouseholdInput;
  expected: HouseholdClassOutcome;
}

const POOR = { kind: "poor", basis: "income_and_deprivation" } as const;
const POOR_INCOME = { kind: "poor", basis: "income" } as const;
const POOR_DEP = { kind: "poor", basis: "deprivation" } as const;
const NEAR = { kind: "near_poor" } as const;
const NOT_B1 = { kind: "not_poor", reason: "b1_above_cutoff", screenedOut: false } as const;
const SCREENED = { kind: "not_poor", reason: "form_a_screened_out", screenedOut: true } as const;
const NOT_REVIEWED = { kind: "not_poor", reason: "form_a_not_reviewed", screenedOut: true } as const;
const NEED_B1 = { kind: "undetermined", missing: ["b1"] } as const;
const NEED_B2 = { kind: "undetermined", missing: ["b2"] } as const;
const NO_CUTOFF = { kind: "rule_not_found", reason: "b1_cutoff_not_found", standard: "2027-2030" } as const;

/** Nine Phiếu A answers with `e` ones first (2022–2025 has exactly 9 criteria, seed 003). */
const nine = (e: number) => Array.from({ length: 9 }, (_, i) => (i < e ? 1 : 0) as 0 | 1);
/** Any number of answers (2016–2020: the count was not found). */
const some = (n: number, e: number) => Array.from({ length: n }, (_, i) => (i < e ? 1 : 0) as 0 | 1);
const S21 = "2021-2025";
const S16 = "2016-2020";

const SCENARIOS: Scenario[] = [
  // 2022–2025 rural: cut-off 140 (Circular 07/2021, Phiếu B; forms.md), B2 ≥ 30 poor
  { name: "2021 rural: B1 = 140 (cut-off), B2 = 30 → poor", input: { standard: S21, area: "rural", b1: 140, b2: 30 }, expected: POOR },
  { name: "2021 rural: B1 = 140, B2 = 20 → near-poor", input: { standard: S21, area: "rural", b1: 140, b2: 20 }, expected: NEAR },
  { name: "2021 rural: B1 = 0, B2 = 0 → near-poor", input: { standard: S21, area: "rural", b1: 0, b2: 0 }, expected: NEAR },
  { name: "2021 rural: B1 = 141 (cut-off + 1), B2 = 30 → not poor", input: { standard: S21, area: "rural", b1: 141, b2: 30 }, expected: NOT_B1 },
  { name: "2021 rural: B1 = 141, no B2 → not poor (B2 not scored)", input: { standard: S21, area: "rural", b1: 141 }, expected: NOT_B1 },
  { name: "2021 rural: B1 = 140, no B2 → undetermined, B2 missing", input: { standard: S21, area: "rural", b1: 140 }, expected: NEED_B2 },
  { name: "2021 rural: nothing given → undetermined, B1 missing", input: { standard: S21, area: "rural" }, expected: NEED_B1 },
  { name: "2021 rural: B2 only → undetermined, B1 missing", input: { standard: S21, area: "rural", b2: 40 }, expected: NEED_B1 },
  // 2022–2025 urban: cut-off 175
  { name: "2021 urban: B1 = 175 (cut-off), B2 = 30 → poor", input: { standard: S21, area: "urban", b1: 175, b2: 30 }, expected: POOR },
  { name: "2021 urban: B1 = 175, B2 = 20 → near-poor", input: { standard: S21, area: "urban", b1: 175, b2: 20 }, expected: NEAR },
  { name: "2021 urban: B1 = 176 (cut-off + 1) → not poor", input: { standard: S21, area: "urban", b1: 176, b2: 120 }, expected: NOT_B1 },
  { name: "2021 urban: B1 = 141 is under the urban cut-off, B2 = 30 → poor", input: { standard: S21, area: "urban", b1: 141, b2: 30 }, expected: POOR },
  // 2022–2025 Phiếu A: E ≥ 4 → code 0 stop; E < 4 → code 1, Phiếu B (seed 003, Mục I.2 Bước 1)
  { name: "2021 Phiếu A E = 3 → scored: B1 140, B2 30 → poor", input: { standard: S21, area: "rural", formA: { reviewed: 1, criteria: nine(3) }, b1: 140, b2: 30 }, expected: POOR },
  { name: "2021 Phiếu A E = 4 → screened out (B1/B2 not used)", input: { standard: S21, area: "rural", formA: { reviewed: 1, criteria: nine(4) }, b1: 100, b2: 60 }, expected: SCREENED },
  { name: "2021 Phiếu A E = 9 → screened out", input: { standard: S21, area: "urban", formA: { reviewed: 1, criteria: nine(9) } }, expected: SCREENED },
  { name: "2021 Phiếu A column 0 = 0 → not reviewed", input: { standard: S21, area: "rural", formA: { reviewed: 0 }, b1: 100, b2: 60 }, expected: NOT_REVIEWED },
  { name: "2021 Phiếu A E = 3, no B1 → undetermined, B1 missing", input: { standard: S21, area: "rural", formA: { reviewed: 1, criteria: nine(3) } }, expected: NEED_B1 },
  { name: "2021 Phiếu A E = 0, B1 = 141 → not poor", input: { standard: S21, area: "rural", formA: { reviewed: 1, criteria: nine(0) }, b1: 141 }, expected: NOT_B1 },
  // B2 from the reviewer's answers: all 12 indicators; one missing answer is listed, never assumed
  {
    name: "2021 B2 answers: 3 deprived of 12 → poor",
    input: { standard: S21, area: "rural", b1: 120, b2: { answers: { employment: true, dependants: false, nutrition: false, healthInsurance: true, adultEducation: false, childSchoolAttendance: false, housingQuality: false, housingArea: true, drinkingWater: false, sanitation: false, telecom: false, informationAccess: false } } },
    expected: POOR,
  },
  {
    name: "2021 B2 answers: informationAccess not answered → undetermined listing it",
    input: { standard: S21, area: "rural", b1: 120, b2: { answers: { employment: true, dependants: false, nutrition: false, healthInsurance: true, adultEducation: false, childSchoolAttendance: false, housingQuality: false, housingArea: true, drinkingWater: false, sanitation: false, telecom: false } } },
    expected: { kind: "undetermined", missing: ["b2.answers.informationAccess"] },
  },
  {
    name: "2021 B2 answers missing but B1 above the cut-off → not poor (B2 not needed)",
    input: { standard: S21, area: "rural", b1: 141, b2: { answers: { employment: true } } },
    expected: NOT_B1,
  },
  { name: "2021 B2 as a list of 2 deprivations → near-poor", input: { standard: S21, area: "rural", b1: 140, b2: { deprivations: ["telecom", "sanitation"] } }, expected: NEAR },
  { name: "2021 B2 as a count of 3 → poor", input: { standard: S21, area: "urban", b1: 175, b2: { deprivationCount: 3 } }, expected: POOR },

  // 2016–2020 rural: 120 (≡ 700,000) poor by income; 150 (≡ 1,000,000) cut-off (Circular 14/2018 rewriting Art. 6.2)
  { name: "2016 rural: B1 = 120 → poor by income, B2 not needed", input: { standard: S16, area: "rural", b1: 120 }, expected: POOR_INCOME },
  { name: "2016 rural: B1 = 120, B2 = 0 → poor by income", input: { standard: S16, area: "rural", b1: 120, b2: 0 }, expected: POOR_INCOME },
  { name: "2016 rural: B1 = 121, B2 = 30 → poor by deprivation", input: { standard: S16, area: "rural", b1: 121, b2: 30 }, expected: POOR_DEP },
  { name: "2016 rural: B1 = 121, B2 = 20 → near-poor", input: { standard: S16, area: "rural", b1: 121, b2: 20 }, expected: NEAR },
  { name: "2016 rural: B1 = 121, no B2 → undetermined, B2 missing", input: { standard: S16, area: "rural", b1: 121 }, expected: NEED_B2 },
  { name: "2016 rural: B1 = 150, B2 = 30 → poor by deprivation", input: { standard: S16, area: "rural", b1: 150, b2: 30 }, expected: POOR_DEP },
  { name: "2016 rural: B1 = 150, B2 = 20 → near-poor", input: { standard: S16, area: "rural", b1: 150, b2: 20 }, expected: NEAR },
  { name: "2016 rural: B1 = 151 → not poor", input: { standard: S16, area: "rural", b1: 151, b2: 100 }, expected: NOT_B1 },
  // 2016–2020 urban: 140 (≡ 900,000) and 175 (≡ 1,300,000)
  { name: "2016 urban: B1 = 140 → poor by income", input: { standard: S16, area: "urban", b1: 140 }, expected: POOR_INCOME },
  { name: "2016 urban: B1 = 141, B2 = 30 → poor by deprivation", input: { standard: S16, area: "urban", b1: 141, b2: 30 }, expected: POOR_DEP },
  { name: "2016 urban: B1 = 141, B2 = 20 → near-poor", input: { standard: S16, area: "urban", b1: 141, b2: 20 }, expected: NEAR },
  { name: "2016 urban: B1 = 175, B2 = 30 → poor by deprivation", input: { standard: S16, area: "urban", b1: 175, b2: 30 }, expected: POOR_DEP },
  { name: "2016 urban: B1 = 175, B2 = 20 → near-poor", input: { standard: S16, area: "urban", b1: 175, b2: 20 }, expected: NEAR },
  { name: "2016 urban: B1 = 176 → not poor", input: { standard: S16, area: "urban", b1: 176 }, expected: NOT_B1 },
  // 2016–2020 Phiếu A: 2 criteria or fewer → scored; 3 or more → stop (Circular 17/2016, Phụ lục 3a); any count
  { name: "2016 Phiếu A E = 2 (of 9) → scored, B1 = 120 → poor by income", input: { standard: S16, area: "rural", formA: { reviewed: 1, criteria: some(9, 2) }, b1: 120 }, expected: POOR_INCOME },
  { name: "2016 Phiếu A E = 3 (of 9) → screened out", input: { standard: S16, area: "rural", formA: { reviewed: 1, criteria: some(9, 3) }, b1: 120 }, expected: SCREENED },
  { name: "2016 Phiếu A E = 2 (of 5) → scored", input: { standard: S16, area: "urban", formA: { reviewed: 1, criteria: some(5, 2) }, b1: 176 }, expected: NOT_B1 },
  { name: "2016 Phiếu A E = 3 (of 12) → screened out", input: { standard: S16, area: "urban", formA: { reviewed: 1, criteria: some(12, 3) } }, expected: SCREENED },

  // 2027–2030: no B1/B2 cut-off, no Phiếu A rule (NOT FOUND) → refused with a reason, nothing missing
  { name: "2027 rural: B1 given → undetermined, cut-off not found", input: { standard: "2027-2030", area: "rural", b1: 100, b2: 30 }, expected: NO_CUTOFF },
  { name: "2027 urban: nothing given → undetermined, cut-off not found", input: { standard: "2027-2030", area: "urban" }, expected: NO_CUTOFF },

  // B1 from the fictional scorecard (invented points): rural NT-south base 90 + 10 (3–4) + 20 (tiled) + 10 (motorbike) = 130
  {
    name: "scorecard: rural Mekong Delta, 130 ≤ 140, B2 = 30 → poor",
    input: { standard: S21, area: "rural", region: "mekong_delta", b1: { scorecard: FICTIONAL_SCORECARD, answers: { householdSize: "3-4", roof: "tiled", motorbike: "yes" } }, b2: 30 },
    expected: POOR,
  },
  // NT-north: 80 + 25 + 38 + 0 = 143 > 140
  {
    name: "scorecard: rural Red River Delta, 143 > 140 → not poor",
    input: { standard: S21, area: "rural", region: "red_river_delta", b1: { scorecard: FICTIONAL_SCORECARD, answers: { householdSize: "1-2", roof: "concrete", motorbike: "no" } } },
    expected: NOT_B1,
  },
  {
    name: "scorecard: roof not answered → undetermined listing the item",
    input: { standard: S21, area: "urban", b1: { scorecard: FICTIONAL_SCORECARD, answers: { householdSize: "5+", motorbike: "no" } } },
    expected: { kind: "undetermined", missing: ["b1.answers.roof"] },
  },
];

describe("classifyHousehold scenarios", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", (_name, s) => {
    expect(classifyHousehold(s.input).outcome).toEqual(s.expected);
  });

  it("a local standard that raises the rural line refuses B1 scores there, and keeps the national urban cut-off", () => {
    const local = layerLocalStandard({
      id: "tinh-thu-nghiem",
      national: S21,
      authority: "UBND tỉnh thử nghiệm",
      title: { vi: "Chuẩn nghèo thử nghiệm", en: "Test local standard" },
      instrument: { id: "Quyết định thử nghiệm", kind: "local", title: { vi: "Thử nghiệm", en: "Test" } },
      incomeLines: { rural: { incomeLine: 1_750_000 } },
    });
    expect(classifyHousehold({ standard: local, area: "rural", b1: 100, b2: 30 }).outcome).toEqual({ kind: "rule_not_found", reason: "local_b1_cutoff_not_found", standard: local.id });
    expect(classifyHousehold({ standard: local, area: "urban", b1: 175, b2: 30 }).outcome).toEqual(POOR);
  });
});
