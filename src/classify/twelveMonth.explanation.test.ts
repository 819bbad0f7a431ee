// Middle-living households and low-income workers: the outcome and the explanation pinned step by step for the
// law's cases, and the issues of the 12-month income with their params. The expected numbers are written from the
// law (the legal reference's standards chapter; the data in src/standards/data/, each value cited):
// - 2021–2025 (Decree 07/2021/NĐ-CP Art. 3; method: Decision 24/2021/QĐ-TTg Art. 2): middle-living = an
//   agricultural, forestry, fishery or salt household with 12-month income, state allowances excluded, above the
//   income line and at most the ceiling: rural 1,500,000 < income ≤ 2,250,000, urban 2,000,000 < income ≤ 3,000,000
//   per person per month. Over 12 months for n members: line × 12 × n < net ≤ ceiling × 12 × n.
// - 2016–2020 (seed): above the near-poverty line (rural 1,000,000) up to 1,500,000; the method is assumed, uncertain.
// - Low-income worker (Decree 30/2025/NĐ-CP, in force 24/02/2025, to the standard's end 31/12/2026): a household
//   neither poor nor near-poor, per-capita income ≤ 2,250,000 rural, 3,000,000 urban.
import { describe, expect, it } from "vitest";
import { withoutMessage } from "../../test/_lib/steps.js";
import { classifyLowIncomeWorker, classifyMiddleLiving, safeClassifyLowIncomeWorker, safeClassifyMiddleLiving } from "./index.js";
import type { ClassifyLowIncomeWorkerInput, ClassifyMiddleLivingInput } from "./index.js";
import { getStandard } from "../standards/getStandard.js";
import { layerLocalStandard } from "../standards/layerLocalStandard.js";
import { isPovertyError } from "../errors/isPovertyError.js";

const S21 = getStandard("2021-2025");
const S16 = getStandard("2016-2020");
const DECREE_07 = "Nghị định 07/2021/NĐ-CP";
const DECREE_30 = "Nghị định 30/2025/NĐ-CP";
const DECISION_24 = "Quyết định 24/2021/QĐ-TTg";

// the citations the rules read, from the data; their instrument and article checked against the law below
const LINE_RURAL = S21.incomeLines.rural.incomeLine.citation;
const LINE_URBAN = S21.incomeLines.urban.incomeLine.citation;
const CEILING = S21.middleLiving?.rural.citation;
const METHOD = S21.middleLivingIncomeMethod?.citation;
const WORKER = S21.lowIncomeWorker?.rural.citation;

/** A step without its rendered message (test/_lib/steps.ts). */
const bare = withoutMessage;

describe("the legal values these rules read", () => {
  it("2021–2025: lines and ceilings as the law states them, each cited", () => {
    expect(S21.incomeLines.rural.incomeLine.value).toBe(1_500_000);
    expect(S21.incomeLines.urban.incomeLine.value).toBe(2_000_000);
    expect([S21.middleLiving?.rural.value, S21.middleLiving?.urban.value]).toEqual([2_250_000, 3_000_000]);
    expect([S21.lowIncomeWorker?.rural.value, S21.lowIncomeWorker?.urban.value]).toEqual([2_250_000, 3_000_000]);
    expect(S21.lowIncomeWorker?.effectiveFrom).toBe("2025-02-24");
    expect(S21.effectiveTo).toBe("2026-12-31");
    expect(LINE_RURAL).toMatchObject({ instrument: DECREE_07, article: "3", clause: "1", point: "a" });
    expect(LINE_URBAN).toEqual(LINE_RURAL);
    expect(CEILING).toMatchObject({ instrument: DECREE_07, article: "3" });
    expect(S21.middleLiving?.urban.citation).toEqual(CEILING);
    expect(METHOD).toEqual({ instrument: DECISION_24, article: "2" });
    expect(WORKER).toMatchObject({ instrument: DECREE_30 });
    expect(S21.lowIncomeWorker?.urban.citation).toEqual(WORKER);
  });
  it("2016–2020: the near-poverty line 1,000,000 rural and the seed ceiling 1,500,000; no low-income-worker rule", () => {
    expect(S16.incomeLines.rural.incomeLine.value).toBe(1_000_000);
    expect(S16.middleLiving?.rural).toMatchObject({ value: 1_500_000, status: "seed" });
    expect(S16.middleLivingIncomeMethod?.status).toBe("uncertain");
    expect(S16.lowIncomeWorker).toBeUndefined();
  });
});

const ml = (extra: Partial<ClassifyMiddleLivingInput>): ClassifyMiddleLivingInput => ({
  standard: "2021-2025",
  area: "rural",
  members: 4,
  agriculturalSectors: ["agriculture"],
  income12Months: { totalExcludingAllowances: 80_000_000 },
  ...extra,
});

describe("classifyMiddleLiving — the explanation, step by step (2021–2025)", () => {
  it("rural, 4 members, fishery and agriculture, 84,000,000 with 4,000,000 allowances: 72,000,000 < 80,000,000 ≤ 108,000,000", () => {
    const r = classifyMiddleLiving(ml({ agriculturalSectors: ["fishery", "agriculture", "fishery"], income12Months: { total: 84_000_000, stateAllowances: 4_000_000 } }));
    expect(r.outcome).toEqual({ kind: "middle_living" });
    const e = r.explanation;
    expect(e.decision).toBe("classify_middle_living");
    expect(e.standard).toBe("2021-2025");
    expect(e.uncertain).toBe(false);
    expect(e.steps.map(bare).slice(1)).toEqual([
      {
        rule: "middle_living.sector",
        code: "agricultural_household",
        // the same sector given twice is counted once, in the order given
        params: { holds: true, sectorsVi: "ngư nghiệp, nông nghiệp", sectorsEn: "fishery, agriculture" },
        actual: ["fishery", "agriculture"],
        result: true,
        citations: [METHOD],
        status: "confirmed",
      },
      {
        rule: "income.twelve_months_excluding_allowances",
        code: "income_allowances_excluded",
        params: { split: true, total: 84_000_000, allowances: 4_000_000, net: 80_000_000, members: 4 },
        actual: 80_000_000,
        result: true,
        citations: [METHOD],
        status: "confirmed",
      },
      {
        rule: "middle_living.above_income_line",
        code: "middle_living_income_above_line",
        // 1,500,000 × 12 × 4 = 72,000,000 < 80,000,000
        params: { holds: false, line: 1_500_000, labelVi: "chuẩn mức thu nhập khu vực nông thôn", labelEn: "rural income line", lhs: 80_000_000, rhs: 72_000_000 },
        actual: 80_000_000,
        expected: "≤ 1500000 × 12 × 4",
        result: false,
        citations: [LINE_RURAL],
        status: "confirmed",
      },
      {
        rule: "middle_living.at_or_below_ceiling",
        code: "income_at_or_below_middle_living",
        // 80,000,000 ≤ 2,250,000 × 12 × 4 = 108,000,000
        params: { holds: true, line: 2_250_000, labelVi: "mức sống trung bình, nông thôn", labelEn: "middle-living ceiling, rural", lhs: 80_000_000, rhs: 108_000_000 },
        actual: 80_000_000,
        expected: "≤ 2250000 × 12 × 4",
        result: true,
        citations: [CEILING],
        status: "confirmed",
      },
      { rule: "outcome", code: "middle_living_outcome_middle_living", params: { key: "middle_living" }, result: "middle_living", citations: [CEILING, METHOD], status: "confirmed" },
    ]);
    expect(e.steps[0]).toMatchObject({ rule: "standard.applied", result: "2021-2025" });
    expect(e.valuesRead.map((v) => [v.standard, v.key, v.value])).toEqual([
      ["2021-2025", "incomeLines.rural.incomeLine", 1_500_000],
      ["2021-2025", "middleLiving.rural", 2_250_000],
    ]);
    expect(e.summary).toEqual(e.steps[5]?.message);
    expect(e.steps[3]?.message.en).toContain("72,000,000");
  });

  it.each([
    // [area, members, net, outcome kind, reason, line step holds, ceiling step holds (undefined: not reached)]
    ["rural", 4, 72_000_000, "not_middle_living", "income_at_or_below_line", true, undefined], // at the line: poor / near-poor band
    ["rural", 4, 72_000_001, "middle_living", undefined, false, true], // 1 đồng above the line
    ["rural", 4, 108_000_000, "middle_living", undefined, false, true], // at the ceiling: inclusive
    ["rural", 4, 108_000_001, "not_middle_living", "income_above_ceiling", false, false], // 1 đồng above the ceiling
    ["urban", 3, 72_000_000, "not_middle_living", "income_at_or_below_line", true, undefined], // 2,000,000 × 12 × 3
    ["urban", 3, 72_000_001, "middle_living", undefined, false, true],
    ["urban", 3, 108_000_000, "middle_living", undefined, false, true], // 3,000,000 × 12 × 3
    ["urban", 3, 108_000_001, "not_middle_living", "income_above_ceiling", false, false],
  ] as const)("%s, %i members, net %i: %s %s", (area, members, net, kind, reason, lineHolds, ceilingHolds) => {
    const r = classifyMiddleLiving(ml({ area, members, income12Months: { totalExcludingAllowances: net } }));
    expect(r.outcome).toEqual(reason === undefined ? { kind } : { kind, reason });
    const line = area === "rural" ? 1_500_000 : 2_000_000;
    const ceiling = area === "rural" ? 2_250_000 : 3_000_000;
    const lineCitation = area === "rural" ? LINE_RURAL : LINE_URBAN;
    const steps = r.explanation.steps.map(bare);
    expect(steps[2]).toEqual({
      rule: "income.twelve_months_excluding_allowances",
      code: "income_given_excluding_allowances",
      params: { split: false, total: null, allowances: null, net, members },
      actual: net,
      result: true,
      citations: [METHOD],
      status: "confirmed",
    });
    expect(steps[3]).toMatchObject({
      rule: "middle_living.above_income_line",
      code: lineHolds ? "middle_living_income_at_or_below_line" : "middle_living_income_above_line",
      params: { holds: lineHolds, line, lhs: net, rhs: line * 12 * members },
      expected: `≤ ${line} × 12 × ${members}`,
      result: lineHolds,
      citations: [lineCitation],
    });
    const final = r.explanation.steps.at(-1);
    if (ceilingHolds === undefined) {
      expect(r.explanation.steps).toHaveLength(5);
      expect(bare(final)).toEqual({ rule: "outcome", code: "middle_living_outcome_income_at_or_below_line", params: { key: "income_at_or_below_line" }, result: "not_middle_living", citations: [lineCitation], status: "confirmed" });
      expect(r.explanation.valuesRead.map((v) => v.key)).toEqual([`incomeLines.${area}.incomeLine`]);
      return;
    }
    expect(steps[4]).toMatchObject({
      rule: "middle_living.at_or_below_ceiling",
      code: ceilingHolds ? "income_at_or_below_middle_living" : "income_above_middle_living",
      params: { holds: ceilingHolds, line: ceiling, labelEn: `middle-living ceiling, ${area}`, lhs: net, rhs: ceiling * 12 * members },
      expected: `≤ ${ceiling} × 12 × ${members}`,
      result: ceilingHolds,
      citations: [CEILING],
      status: "confirmed",
    });
    expect(bare(final)).toEqual(
      ceilingHolds
        ? { rule: "outcome", code: "middle_living_outcome_middle_living", params: { key: "middle_living" }, result: "middle_living", citations: [CEILING, METHOD], status: "confirmed" }
        : { rule: "outcome", code: "middle_living_outcome_income_above_ceiling", params: { key: "income_above_ceiling" }, result: "not_middle_living", citations: [CEILING], status: "confirmed" },
    );
    expect(r.explanation.valuesRead.map((v) => [v.standard, v.key])).toEqual([
      ["2021-2025", `incomeLines.${area}.incomeLine`],
      ["2021-2025", `middleLiving.${area}`],
    ]);
  });

  it("no agricultural, forestry, fishery or salt sector: not middle-living whatever the income, citing the method", () => {
    const r = classifyMiddleLiving(ml({ agriculturalSectors: [], income12Months: { totalExcludingAllowances: 80_000_000 } }));
    expect(r.outcome).toEqual({ kind: "not_middle_living", reason: "not_agricultural" });
    expect(r.explanation.steps.map(bare).slice(1)).toEqual([
      { rule: "middle_living.sector", code: "not_agricultural_household", params: { holds: false, sectorsVi: "", sectorsEn: "" }, actual: [], result: false, citations: [METHOD], status: "confirmed" },
      { rule: "outcome", code: "middle_living_outcome_not_agricultural", params: { key: "not_agricultural" }, result: "not_middle_living", citations: [METHOD], status: "confirmed" },
    ]);
    expect(r.explanation.valuesRead).toEqual([]);
  });

  it("the four sectors, named in both languages in the order given", () => {
    const r = classifyMiddleLiving(ml({ agriculturalSectors: ["salt", "forestry", "fishery", "agriculture"] }));
    expect(r.explanation.steps[1]?.params).toEqual({ holds: true, sectorsVi: "diêm nghiệp, lâm nghiệp, ngư nghiệp, nông nghiệp", sectorsEn: "salt production, forestry, fishery, agriculture" });
    expect(r.explanation.steps[1]?.actual).toEqual(["salt", "forestry", "fishery", "agriculture"]);
  });

  it("2016–2020 rural (seed): above the near-poverty line 1,000,000 up to 1,500,000; the assumed method is uncertain", () => {
    const method = S16.middleLivingIncomeMethod?.citation;
    const ceiling = S16.middleLiving?.rural.citation;
    const lineCitation = S16.incomeLines.rural.incomeLine.citation;
    // 2 members: 1,000,000 × 12 × 2 = 24,000,000 < 36,000,000 = 1,500,000 × 12 × 2 (at the ceiling)
    const r = classifyMiddleLiving(ml({ standard: "2016-2020", members: 2, income12Months: { total: 36_500_000, stateAllowances: 500_000 } }));
    expect(r.outcome).toEqual({ kind: "middle_living" });
    expect(r.explanation.uncertain).toBe(true);
    expect(r.explanation.steps.map(bare).slice(1)).toEqual([
      { rule: "middle_living.sector", code: "agricultural_household", params: { holds: true, sectorsVi: "nông nghiệp", sectorsEn: "agriculture" }, actual: ["agriculture"], result: true, citations: [method], status: "uncertain" },
      { rule: "income.twelve_months_excluding_allowances", code: "income_allowances_excluded", params: { split: true, total: 36_500_000, allowances: 500_000, net: 36_000_000, members: 2 }, actual: 36_000_000, result: true, citations: [method], status: "uncertain" },
      {
        rule: "middle_living.above_income_line",
        code: "middle_living_income_above_line",
        params: { holds: false, line: 1_000_000, labelVi: "chuẩn cận nghèo khu vực nông thôn", labelEn: "rural near-poverty line", lhs: 36_000_000, rhs: 24_000_000 },
        actual: 36_000_000,
        expected: "≤ 1000000 × 12 × 2",
        result: false,
        citations: [lineCitation],
        status: "confirmed",
      },
      {
        rule: "middle_living.at_or_below_ceiling",
        code: "income_at_or_below_middle_living",
        params: { holds: true, line: 1_500_000, labelVi: "mức sống trung bình, nông thôn", labelEn: "middle-living ceiling, rural", lhs: 36_000_000, rhs: 36_000_000 },
        actual: 36_000_000,
        expected: "≤ 1500000 × 12 × 2",
        result: true,
        citations: [ceiling],
        status: "seed",
      },
      { rule: "outcome", code: "middle_living_outcome_middle_living", params: { key: "middle_living" }, result: "middle_living", citations: [ceiling, method], status: "confirmed" },
    ]);
  });

  it("2027–2030: no sourced middle-living band — rule_not_found, citing the standard's first instrument", () => {
    const r = classifyMiddleLiving(ml({ standard: "2027-2030" }));
    const instrument = getStandard("2027-2030").instruments[0]?.id;
    expect(instrument).toBe("Nghị định 351/2025/NĐ-CP");
    expect(r.outcome).toEqual({ kind: "rule_not_found", reason: "middle_living_not_found", standard: "2027-2030" });
    expect(r.explanation.decision).toBe("classify_middle_living");
    expect(r.explanation.standard).toBe("2027-2030");
    expect(r.explanation.steps.map(bare).slice(1)).toEqual([
      { rule: "middle_living.rule", code: "middle_living_not_found", params: { standard: "2027-2030" }, result: false, citations: [{ instrument }], status: "confirmed" },
      { rule: "outcome", code: "middle_living_outcome_rule_not_found", params: { key: "middle_living_not_found" }, result: "rule_not_found", citations: [], status: "confirmed" },
    ]);
    expect(r.explanation.valuesRead).toEqual([]);
    expect(r.explanation.summary).toEqual(r.explanation.steps[2]?.message);
  });
});

describe("classifyMiddleLiving — a local standard: lines per year, the line's source", () => {
  // made up for the test: a province's urban line of 30,000,000 per person per year (2,500,000 a month) and a
  // ceiling of 3,500,000 a month; rural left to the national standard
  const LOCAL = layerLocalStandard({
    id: "x-local-2022-2025",
    national: "2021-2025",
    authority: "UBND tỉnh X",
    title: { vi: "Chuẩn nghèo tỉnh X (ví dụ)", en: "Province X standard (example)" },
    instrument: { id: "Quyết định 1/2022/QĐ-UBND", kind: "local", title: { vi: "X", en: "X" }, signed: "2022-01-01", inForce: "2022-01-10" },
    incomeLines: { urban: { incomeLine: 30_000_000, period: "year" } },
    middleLiving: { urban: { ceiling: 3_500_000 } },
    status: "uncertain",
  });

  it("urban: a per-year line compared over 12 months — 60,000,001 × 12 > 30,000,000 × 12 × 2 (1 đồng over the year)", () => {
    const r = classifyMiddleLiving({ standard: LOCAL, area: "urban", members: 2, agriculturalSectors: ["salt"], income12Months: { totalExcludingAllowances: 60_000_001 } });
    expect(r.outcome).toEqual({ kind: "middle_living" });
    const local = LOCAL.incomeLines.urban.incomeLine.citation;
    expect(local).toMatchObject({ instrument: "Quyết định 1/2022/QĐ-UBND" });
    expect(r.explanation.steps[3]).toMatchObject({
      rule: "middle_living.above_income_line",
      code: "middle_living_income_above_line",
      params: { holds: false, line: 30_000_000, lhs: 720_000_012, rhs: 720_000_000 },
      actual: 60_000_001,
      expected: "≤ 30000000 × 12 × 2",
      citations: [local],
      status: "uncertain",
    });
    // 60,000,001 ≤ 3,500,000 × 12 × 2 = 84,000,000
    expect(r.explanation.steps[4]).toMatchObject({ code: "income_at_or_below_middle_living", params: { line: 3_500_000, lhs: 60_000_001, rhs: 84_000_000 } });
    expect(r.explanation.valuesRead.map((v) => [v.standard, v.key, v.value])).toEqual([
      ["x-local-2022-2025", "incomeLines.urban.incomeLine", 30_000_000],
      ["x-local-2022-2025", "middleLiving.urban", 3_500_000],
    ]);
  });

  it("urban at the per-year line exactly (60,000,000 over 2 members): at or below the line", () => {
    const r = classifyMiddleLiving({ standard: LOCAL, area: "urban", members: 2, agriculturalSectors: ["salt"], income12Months: { totalExcludingAllowances: 60_000_000 } });
    expect(r.outcome).toEqual({ kind: "not_middle_living", reason: "income_at_or_below_line" });
    expect(r.explanation.steps[3]).toMatchObject({ code: "middle_living_income_at_or_below_line", params: { holds: true, lhs: 720_000_000, rhs: 720_000_000 } });
  });

  it("rural: the national line, read as supplied by the national standard", () => {
    const r = classifyMiddleLiving({ standard: LOCAL, area: "rural", members: 2, agriculturalSectors: ["salt"], income12Months: { totalExcludingAllowances: 36_000_001 } });
    expect(r.outcome).toEqual({ kind: "middle_living" });
    expect(r.explanation.valuesRead.map((v) => [v.standard, v.key, v.value])).toEqual([
      ["2021-2025", "incomeLines.rural.incomeLine", 1_500_000],
      ["x-local-2022-2025", "middleLiving.rural", 2_250_000],
    ]);
  });
});

const worker = (extra: Partial<ClassifyLowIncomeWorkerInput>): ClassifyLowIncomeWorkerInput => ({
  standard: "2021-2025",
  area: "urban",
  decisionDate: "2025-06-01",
  householdClass: "not_poor",
  members: 3,
  income12Months: { totalExcludingAllowances: 100_000_000 },
  ...extra,
});

describe("classifyLowIncomeWorker — the explanation, step by step (Decree 30/2025)", () => {
  const METHOD_FOR_WORKERS = { ...METHOD, note: "applied to low-income workers as for middle-living households" };

  it("urban, 3 members, 108,000,000 = 3,000,000 × 12 × 3 (at the ceiling): a low-income worker", () => {
    const r = classifyLowIncomeWorker(worker({ income12Months: { totalExcludingAllowances: 108_000_000 } }));
    expect(r.outcome).toEqual({ kind: "low_income_worker" });
    const e = r.explanation;
    expect(e.decision).toBe("classify_low_income_worker");
    expect(e.standard).toBe("2021-2025");
    // the decree's own income method was not read: the income step is uncertain
    expect(e.uncertain).toBe(true);
    expect(e.steps.map(bare).slice(1)).toEqual([
      {
        rule: "low_income_worker.in_force",
        code: "rule_in_force",
        params: { date: "2025-06-01", from: "2025-02-24", to: "2026-12-31", holds: true },
        actual: "2025-06-01",
        expected: "≥ 2025-02-24",
        result: true,
        citations: [WORKER],
        status: "confirmed",
      },
      { rule: "low_income_worker.household", code: "household_neither_poor_nor_near_poor", params: { holds: true, cls: "not_poor" }, actual: "not_poor", expected: "not_poor", result: true, citations: [WORKER], status: "confirmed" },
      {
        rule: "income.twelve_months_excluding_allowances",
        code: "income_given_excluding_allowances",
        params: { split: false, total: null, allowances: null, net: 108_000_000, members: 3 },
        actual: 108_000_000,
        result: true,
        citations: [METHOD_FOR_WORKERS],
        status: "uncertain",
      },
      {
        rule: "low_income_worker.at_or_below_ceiling",
        code: "income_at_or_below_low_income_ceiling",
        params: { holds: true, line: 3_000_000, labelVi: "người lao động có thu nhập thấp, thành thị", labelEn: "low-income worker ceiling, urban", lhs: 108_000_000, rhs: 108_000_000 },
        actual: 108_000_000,
        expected: "≤ 3000000 × 12 × 3",
        result: true,
        citations: [WORKER],
        status: "confirmed",
      },
      { rule: "outcome", code: "low_income_worker_outcome_low_income_worker", params: { key: "low_income_worker" }, result: "low_income_worker", citations: [WORKER], status: "confirmed" },
    ]);
    expect(e.valuesRead.map((v) => [v.standard, v.key, v.value])).toEqual([["2021-2025", "lowIncomeWorker.urban", 3_000_000]]);
    expect(e.summary).toEqual(e.steps[5]?.message);
  });

  it("urban, 1 đồng over the ceiling (108,000,001): income above the ceiling", () => {
    const r = classifyLowIncomeWorker(worker({ income12Months: { total: 110_000_001, stateAllowances: 2_000_000 } }));
    expect(r.outcome).toEqual({ kind: "not_low_income_worker", reason: "income_above_ceiling" });
    const steps = r.explanation.steps.map(bare);
    expect(steps[3]).toEqual({
      rule: "income.twelve_months_excluding_allowances",
      code: "income_allowances_excluded",
      params: { split: true, total: 110_000_001, allowances: 2_000_000, net: 108_000_001, members: 3 },
      actual: 108_000_001,
      result: true,
      citations: [METHOD_FOR_WORKERS],
      status: "uncertain",
    });
    expect(steps[4]).toMatchObject({ code: "income_above_low_income_ceiling", params: { holds: false, lhs: 108_000_001, rhs: 108_000_000 }, result: false });
    expect(steps[5]).toEqual({ rule: "outcome", code: "low_income_worker_outcome_income_above_ceiling", params: { key: "income_above_ceiling" }, result: "not_low_income_worker", citations: [WORKER], status: "confirmed" });
  });

  it("rural, 1 member: 27,000,000 = 2,250,000 × 12 is within, 27,000,001 is not", () => {
    const at = classifyLowIncomeWorker(worker({ area: "rural", members: 1, income12Months: { totalExcludingAllowances: 27_000_000 } }));
    expect(at.outcome).toEqual({ kind: "low_income_worker" });
    expect(at.explanation.steps[4]).toMatchObject({ params: { line: 2_250_000, labelEn: "low-income worker ceiling, rural", lhs: 27_000_000, rhs: 27_000_000 }, expected: "≤ 2250000 × 12 × 1" });
    expect(at.explanation.valuesRead.map((v) => v.key)).toEqual(["lowIncomeWorker.rural"]);
    const over = classifyLowIncomeWorker(worker({ area: "rural", members: 1, income12Months: { totalExcludingAllowances: 27_000_001 } }));
    expect(over.outcome).toEqual({ kind: "not_low_income_worker", reason: "income_above_ceiling" });
  });

  it.each([
    ["poor", "household_poor_or_near_poor"],
    ["near_poor", "household_poor_or_near_poor"],
  ] as const)("a %s household: not a low-income worker, whatever the income; the ceiling is not read", (cls, code) => {
    const r = classifyLowIncomeWorker(worker({ householdClass: cls, income12Months: { totalExcludingAllowances: 1 } }));
    expect(r.outcome).toEqual({ kind: "not_low_income_worker", reason: "household_poor_or_near_poor" });
    expect(r.explanation.steps.map(bare).slice(2)).toEqual([
      { rule: "low_income_worker.household", code, params: { holds: false, cls }, actual: cls, expected: "not_poor", result: false, citations: [WORKER], status: "confirmed" },
      { rule: "outcome", code: "low_income_worker_outcome_household_poor_or_near_poor", params: { key: "household_poor_or_near_poor" }, result: "not_low_income_worker", citations: [WORKER], status: "confirmed" },
    ]);
    expect(r.explanation.valuesRead).toEqual([]);
    expect(r.explanation.uncertain).toBe(false);
  });

  it.each([
    // [date, in force, before the end, outcome]
    ["2025-02-23", false, true, { kind: "not_in_force", reason: "before_effective_from" }], // the day before Decree 30/2025
    ["2025-02-24", true, true, { kind: "low_income_worker" }], // its first day
    ["2026-12-31", true, true, { kind: "low_income_worker" }], // the standard's last day
    ["2027-01-01", true, false, { kind: "not_in_force", reason: "after_standard_end" }], // the day after
  ] as const)("decided on %s", (date, inForce, beforeEnd, outcome) => {
    const r = classifyLowIncomeWorker(worker({ decisionDate: date }));
    expect(r.outcome).toEqual(outcome);
    expect(bare(r.explanation.steps[1])).toEqual({
      rule: "low_income_worker.in_force",
      code: inForce ? (beforeEnd ? "rule_in_force" : "after_standard_end") : "before_effective_from",
      params: { date, from: "2025-02-24", to: "2026-12-31", holds: inForce },
      actual: date,
      expected: "≥ 2025-02-24",
      result: inForce && beforeEnd,
      citations: [WORKER],
      status: "confirmed",
    });
    if (outcome.kind === "not_in_force") {
      expect(r.explanation.steps).toHaveLength(3);
      expect(bare(r.explanation.steps[2])).toEqual({ rule: "outcome", code: `low_income_worker_outcome_${outcome.reason}`, params: { key: outcome.reason }, result: "not_in_force", citations: [WORKER], status: "confirmed" });
    } else {
      expect(r.explanation.steps).toHaveLength(6);
    }
  });

  it.each(["2016-2020", "2027-2030"] as const)("%s: no low-income-worker rule — rule_not_found, citing the standard's first instrument", (id) => {
    const instrument = getStandard(id).instruments[0]?.id;
    expect(instrument).toBe(id === "2016-2020" ? "Quyết định 59/2015/QĐ-TTg" : "Nghị định 351/2025/NĐ-CP");
    const r = classifyLowIncomeWorker(worker({ standard: id, decisionDate: id === "2016-2020" ? "2019-06-01" : "2027-06-01" }));
    expect(r.outcome).toEqual({ kind: "rule_not_found", reason: "low_income_worker_not_found", standard: id });
    expect(r.explanation.decision).toBe("classify_low_income_worker");
    expect(r.explanation.steps.map(bare).slice(1)).toEqual([
      { rule: "low_income_worker.rule", code: "low_income_worker_not_found", params: { standard: id }, result: false, citations: [{ instrument }], status: "confirmed" },
      { rule: "outcome", code: "low_income_worker_outcome_rule_not_found", params: { key: "low_income_worker_not_found" }, result: "rule_not_found", citations: [], status: "confirmed" },
    ]);
    expect(r.explanation.summary).toEqual(r.explanation.steps[2]?.message);
  });
});

describe("the 12-month income — the issues, with their params", () => {
  const issuesOf = (income12Months: unknown) => {
    const a = safeClassifyMiddleLiving(ml({ income12Months: income12Months as ClassifyMiddleLivingInput["income12Months"] }));
    const b = safeClassifyLowIncomeWorker(worker({ income12Months: income12Months as ClassifyLowIncomeWorkerInput["income12Months"] }));
    if (a.ok || b.ok) throw new Error("expected issues");
    const shape = (i: { code: string; path: readonly (string | number)[]; params?: unknown }) => ({ code: i.code, path: i.path, params: i.params });
    expect(b.issues.map(shape)).toEqual(a.issues.map(shape));
    return a.issues.map(shape);
  };
  const invalid = [{ code: "invalid_income_12_months", path: ["income12Months"], params: {} }];

  it("a total without its allowances, allowances without a total, both forms, or neither: one issue", () => {
    expect(issuesOf({ total: 10 })).toEqual(invalid);
    expect(issuesOf({ stateAllowances: 10 })).toEqual(invalid);
    expect(issuesOf({ total: 10, stateAllowances: 1, totalExcludingAllowances: 9 })).toEqual(invalid);
    expect(issuesOf({ total: 10, totalExcludingAllowances: 9 })).toEqual(invalid);
    expect(issuesOf({ stateAllowances: 1, totalExcludingAllowances: 9 })).toEqual(invalid);
    expect(issuesOf({})).toEqual(invalid);
  });

  it("allowances above the total (1 đồng over), at the path of the allowances; equal to the total is accepted", () => {
    expect(issuesOf({ total: 10_000_000, stateAllowances: 10_000_001 })).toEqual([{ code: "allowances_above_total", path: ["income12Months", "stateAllowances"], params: { allowances: 10_000_001, total: 10_000_000 } }]);
    const r = safeClassifyMiddleLiving(ml({ income12Months: { total: 10_000_000, stateAllowances: 10_000_000 } }));
    expect(r.ok && r.value.outcome).toEqual({ kind: "not_middle_living", reason: "income_at_or_below_line" });
    expect(r.ok && r.value.explanation.steps[2]?.params).toMatchObject({ split: true, total: 10_000_000, allowances: 10_000_000, net: 0 });
  });

  it("the throwing variants name themselves in the error", () => {
    const caught = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const a = caught(() => classifyMiddleLiving(ml({ members: 0 })));
    const b = caught(() => classifyLowIncomeWorker(worker({ decisionDate: "2025-02-30" })));
    expect(isPovertyError(a) && a.code).toBe("invalid_input");
    expect(isPovertyError(a) && a.details).toMatchObject({ function: "classifyMiddleLiving", issueCount: 1 });
    expect(isPovertyError(b) && b.details).toMatchObject({ function: "classifyLowIncomeWorker", issueCount: 1 });
  });
});
