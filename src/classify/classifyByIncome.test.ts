import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyByIncome, safeClassifyByIncome, type ClassifyByIncomeInput } from "./classifyByIncome.js";
import { layerLocalStandard, safeLayerLocalStandard } from "../standards/layerLocalStandard.js";
import type { LocalStandardInput } from "../standards/types.js";
import { getStandard } from "../standards/getStandard.js";
import { PovertyError } from "../errors/PovertyError.js";
import type { PovertyClassOutcome } from "./types.js";

const RANK: Record<PovertyClassOutcome["kind"], number> = { poor: 2, near_poor: 1, not_poor: 0, undetermined: -1 };

function issuesOf(input: unknown) {
  const r = safeClassifyByIncome(input as ClassifyByIncomeInput);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}

describe("bad input returns issues naming the field, in Vietnamese and English", () => {
  const base = { standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_000_000 }, deprivationCount: 1 };
  it.each([
    ["negative income", { ...base, income: { perCapitaMonthly: -1 } }, "too_small", ["income", "perCapitaMonthly"]],
    ["NaN income", { ...base, income: { perCapitaMonthly: Number.NaN } }, "invalid_type", ["income", "perCapitaMonthly"]],
    ["fractional đồng", { ...base, income: { perCapitaMonthly: 1_000_000.5 } }, "invalid_type", ["income", "perCapitaMonthly"]],
    ["a string where a number goes", { ...base, income: { perCapitaMonthly: "1000000" } }, "invalid_type", ["income", "perCapitaMonthly"]],
    ["zero members", { ...base, income: { monthlyTotal: 1_000_000, members: 0 } }, "too_small", ["income", "members"]],
    ["a total without members", { ...base, income: { monthlyTotal: 1_000_000 } }, "members_required", ["income", "members"]],
    ["two incomes at once", { ...base, income: { perCapitaMonthly: 1, monthlyTotal: 1, members: 1 } }, "invalid_income", ["income"]],
    ["unknown area", { ...base, area: "mountain" }, "invalid_value", ["area"]],
    ["unknown standard id", { ...base, standard: "2030-2035" }, "unknown_standard", ["standard"]],
    ["a standard object the library did not build", { ...base, standard: { id: "fake" } }, "invalid_standard", ["standard"]],
    ["unknown indicator key", { ...base, deprivationCount: undefined, deprivations: ["wifi"] }, "unknown_indicator", ["deprivations", 0]],
    ["a key of another standard", { ...base, deprivationCount: undefined, deprivations: ["healthcareAccess"] }, "indicator_of_other_standard", ["deprivations", 0]],
    ["a 2027 key under 2021", { ...base, deprivationCount: undefined, deprivations: ["employment", "wasteTreatment"] }, "indicator_of_other_standard", ["deprivations", 1]],
    ["a duplicate key", { ...base, deprivationCount: undefined, deprivations: ["sanitation", "sanitation"] }, "duplicate_indicator", ["deprivations", 1]],
    ["more deprivations than indicators", { ...base, deprivationCount: 13 }, "too_many_deprivations", ["deprivationCount"]],
    ["a fractional count", { ...base, deprivationCount: 2.5 }, "invalid_type", ["deprivationCount"]],
    ["both the list and the count", { ...base, deprivations: ["sanitation"] }, "deprivations_and_count_both_given", []],
    ["an unknown field", { ...base, incomee: 5 }, "unrecognized_keys", []],
  ])("%s", (_name, input, code, path) => {
    const issues = issuesOf(input);
    const issue = issues.find((i) => i.code === code);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.path).toEqual(path);
    expect(issue?.message.vi.length).toBeGreaterThan(10);
    expect(issue?.message.en.length).toBeGreaterThan(10);
    if (path.length > 0) {
      // the field named in Vietnamese, not as a program path
      const field = issue?.message.vi.split(": ")[0] ?? "";
      expect(field).not.toMatch(/[a-z][A-Z]|\[\d+\]|Trường "/);
      expect(issue?.message.en).toContain("Field");
    }
  });

  it("the throwing variant throws one coded PovertyError carrying the same issues", () => {
    const input = { ...base, income: { perCapitaMonthly: -1 } } as unknown as ClassifyByIncomeInput;
    try {
      classifyByIncome(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PovertyError);
      expect((e as PovertyError).code).toBe("invalid_input");
      expect((e as PovertyError).issues).toEqual(issuesOf(input));
    }
  });

  it("never crashes on garbage", () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = safeClassifyByIncome(x as ClassifyByIncomeInput);
        return r.ok === false || ["poor", "near_poor", "not_poor", "undetermined"].includes(r.value.outcome.kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the explanation", () => {
  it("names the instrument, the line, the actual values and every legal value read", () => {
    const { outcome, explanation } = classifyByIncome({
      standard: "2021-2025",
      area: "urban",
      income: { monthlyTotal: 8_000_000, members: 4 },
      deprivations: ["healthInsurance", "sanitation", "telecom"],
    });
    expect(outcome).toEqual({ kind: "poor", basis: "income_and_deprivation" });
    const line = explanation.steps.find((s) => s.rule === "income.at_or_below_income_line");
    expect(line?.result).toBe(true);
    expect(line?.citations[0]).toMatchObject({ instrument: "Nghị định 07/2021/NĐ-CP", article: "3" });
    expect(line?.message.vi).toContain("8.000.000 đồng");
    expect(line?.message.vi).toContain("2.000.000 đồng");
    expect(line?.message.en).toContain("8,000,000 ≤ 8,000,000");
    const dep = explanation.steps.find((s) => s.rule === "deprivation.at_or_above_threshold");
    expect(dep).toMatchObject({ actual: 3, expected: "≥ 3", result: true, code: "deprivations_at_or_above_threshold" });
    expect(explanation.valuesRead.map((v) => [v.key, v.value])).toEqual([
      ["incomeLines.urban.incomeLine", 2_000_000],
      ["poorDeprivationCount", 3],
    ]);
    expect(explanation.valuesRead[0]).toMatchObject({ standard: "2021-2025", effectiveFrom: "2021-03-15", effectiveTo: "2026-12-31", status: "confirmed" });
    expect(explanation.uncertain).toBe(false);
    expect(explanation.summary.vi).toContain("hộ nghèo");
    expect(explanation.summary.en).toContain("poor household");
    // plain JSON: survives a round trip unchanged
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
  });

  it("2016–2020 poor by income reads only the poverty line, and says so", () => {
    const { explanation } = classifyByIncome({ standard: "2016-2020", area: "rural", income: { perCapitaMonthly: 700_000 } });
    expect(explanation.valuesRead.map((v) => v.key)).toEqual(["incomeLines.rural.poorByIncomeLine"]);
    expect(explanation.steps.at(-1)?.code).toBe("poor_income");
  });

  it("an undetermined outcome names the missing input", () => {
    const { explanation } = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1 } });
    expect(explanation.steps.map((s) => s.code)).toContain("deprivations_missing");
  });

  it("a 2027–2030 urban near-poor decision is marked uncertain; a rural one is not", () => {
    const urban = classifyByIncome({ standard: "2027-2030", area: "urban", income: { perCapitaMonthly: 2_000_000 }, deprivationCount: 0 });
    expect(urban.outcome.kind).toBe("near_poor");
    expect(urban.explanation.uncertain).toBe(true);
    expect(urban.explanation.steps.map((s) => s.code)).toContain("near_poor_rule_uncertain");
    const rural = classifyByIncome({ standard: "2027-2030", area: "rural", income: { perCapitaMonthly: 2_000_000 }, deprivationCount: 0 });
    expect(rural.explanation.uncertain).toBe(false);
  });
});

describe("local standards", () => {
  const local: LocalStandardInput = {
    id: "local-2025",
    national: "2021-2025",
    authority: "UBND tỉnh (ví dụ)",
    title: { vi: "Chuẩn nghèo địa phương (ví dụ)", en: "Local poverty standard (example)" },
    instrument: { id: "Quyết định địa phương (ví dụ)", kind: "local", title: { vi: "…", en: "…" } },
    // spec/standards.md: a province using 1,750,000 / 2,250,000 in 2025
    incomeLines: { rural: { incomeLine: 1_750_000 } },
  };

  it("a higher local line decides in its area, and the explanation says the local standard decided", () => {
    const s = layerLocalStandard(local);
    const r = classifyByIncome({ standard: s, area: "rural", income: { perCapitaMonthly: 1_750_000 }, deprivationCount: 3 });
    expect(r.outcome).toEqual({ kind: "poor", basis: "income_and_deprivation" });
    expect(r.explanation.standard).toBe("local-2025");
    expect(r.explanation.steps[0]?.code).toBe("local_standard_applied");
    expect(r.explanation.valuesRead[0]).toMatchObject({ standard: "local-2025", key: "incomeLines.rural.incomeLine", value: 1_750_000 });
    // the same household is not poor under the national standard
    expect(classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_750_000 }, deprivationCount: 3 }).outcome.kind).toBe("not_poor");
    expect(classifyByIncome({ standard: s, area: "rural", income: { perCapitaMonthly: 1_750_001 }, deprivationCount: 3 }).outcome.kind).toBe("not_poor");
  });

  it("an area the province did not set keeps the national line, and the trace names the national standard", () => {
    const s = layerLocalStandard(local);
    const r = classifyByIncome({ standard: s, area: "urban", income: { perCapitaMonthly: 2_000_001 }, deprivationCount: 3 });
    expect(r.outcome.kind).toBe("not_poor");
    expect(r.explanation.valuesRead[0]).toMatchObject({ standard: "2021-2025", key: "incomeLines.urban.incomeLine", value: 2_000_000 });
  });

  it("a line per person per year is compared exactly (Ho Chi Minh City style)", () => {
    // 21,000,001 per year is above 1,750,000 × 12 = 21,000,000 — invented local figure for the test
    const s = layerLocalStandard({ ...local, id: "local-year", incomeLines: { rural: { incomeLine: 21_000_001, period: "year" } } });
    expect(classifyByIncome({ standard: s, area: "rural", income: { annualTotal: 84_000_004, members: 4 }, deprivationCount: 0 }).outcome.kind).toBe("near_poor");
    expect(classifyByIncome({ standard: s, area: "rural", income: { annualTotal: 84_000_005, members: 4 }, deprivationCount: 0 }).outcome.kind).toBe("not_poor");
    expect(classifyByIncome({ standard: s, area: "rural", income: { perCapitaMonthly: 1_750_000 }, deprivationCount: 0 }).outcome.kind).toBe("near_poor");
    expect(classifyByIncome({ standard: s, area: "rural", income: { perCapitaMonthly: 1_750_001 }, deprivationCount: 0 }).outcome.kind).toBe("not_poor");
  });

  it("a local line below the national one is refused", () => {
    const r = safeLayerLocalStandard({ ...local, incomeLines: { rural: { incomeLine: 1_499_999 } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "local_line_below_national", path: ["incomeLines", "rural", "incomeLine"] });
    expect(safeLayerLocalStandard({ ...local, incomeLines: { rural: { incomeLine: 1_500_000 } } }).ok).toBe(true);
    expect(safeLayerLocalStandard({ ...local, incomeLines: {} }).ok).toBe(false);
    expect(() => layerLocalStandard({ ...local, national: "nope" })).toThrowError(PovertyError);
  });

  it("the national standard is left untouched", () => {
    layerLocalStandard(local);
    expect(getStandard("2021-2025").incomeLines.rural.incomeLine.value).toBe(1_500_000);
  });
});

describe("properties", () => {
  const standardArb = fc.constantFrom("2016-2020", "2021-2025", "2027-2030");
  const areaArb = fc.constantFrom("rural" as const, "urban" as const);

  it("raising income never makes a household poorer", () => {
    fc.assert(
      fc.property(standardArb, areaArb, fc.nat(5_000_000), fc.nat(2_000_000), fc.nat(10), (standard, area, income, raise, d) => {
        const a = classifyByIncome({ standard, area, income: { perCapitaMonthly: income }, deprivationCount: d }).outcome;
        const b = classifyByIncome({ standard, area, income: { perCapitaMonthly: income + raise }, deprivationCount: d }).outcome;
        return RANK[b.kind] <= RANK[a.kind];
      }),
      { numRuns: 500 },
    );
  });

  it("adding a deprivation never makes a household less poor", () => {
    fc.assert(
      fc.property(standardArb, areaArb, fc.nat(4_000_000), fc.nat(9), (standard, area, income, d) => {
        const a = classifyByIncome({ standard, area, income: { perCapitaMonthly: income }, deprivationCount: d }).outcome;
        const b = classifyByIncome({ standard, area, income: { perCapitaMonthly: income }, deprivationCount: d + 1 }).outcome;
        return RANK[b.kind] >= RANK[a.kind];
      }),
      { numRuns: 500 },
    );
  });

  it("a household total and its per-capita equivalent classify alike", () => {
    fc.assert(
      fc.property(standardArb, areaArb, fc.nat(4_000_000), fc.integer({ min: 1, max: 15 }), fc.nat(10), (standard, area, pcIncome, members, d) => {
        const a = classifyByIncome({ standard, area, income: { perCapitaMonthly: pcIncome }, deprivationCount: d }).outcome;
        const b = classifyByIncome({ standard, area, income: { monthlyTotal: pcIncome * members, members }, deprivationCount: d }).outcome;
        const c = classifyByIncome({ standard, area, income: { annualTotal: pcIncome * members * 12, members }, deprivationCount: d }).outcome;
        return JSON.stringify(a) === JSON.stringify(b) && JSON.stringify(b) === JSON.stringify(c);
      }),
      { numRuns: 300 },
    );
  });
});

describe("indicators not answered are never guessed (unknownIndicators)", () => {
  const base = { standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_500_000 } } as const;
  it.each([
    // [deprived known, unknown, outcome] — Decree 07/2021 Art. 3: poor from 3 deprivations
    [["employment", "nutrition", "sanitation"], ["telecom"], { kind: "poor", basis: "income_and_deprivation" }],
    [["employment", "nutrition"], ["telecom"], { kind: "undetermined", missing: ["deprivations.telecom"] }],
    [["employment"], ["telecom", "informationAccess"], { kind: "undetermined", missing: ["deprivations.telecom", "deprivations.informationAccess"] }],
    [["employment"], ["telecom"], { kind: "near_poor" }],
    [[], [], { kind: "near_poor" }],
  ] as const)("%j deprived, %j unknown → %j", (deprivations, unknownIndicators, outcome) => {
    expect(classifyByIncome({ ...base, deprivations, unknownIndicators }).outcome).toEqual(outcome);
  });

  it("above the line, unknown indicators do not matter", () => {
    expect(classifyByIncome({ ...base, income: { perCapitaMonthly: 1_500_001 }, deprivations: [], unknownIndicators: ["telecom", "employment", "nutrition"] }).outcome).toEqual({ kind: "not_poor" });
  });

  it("refuses them with a count, with keys of another standard, and when also listed as deprived", () => {
    const codes = (i: object) => {
      const r = safeClassifyByIncome({ ...base, ...i } as ClassifyByIncomeInput);
      return r.ok ? [] : r.issues.map((x) => x.code);
    };
    expect(codes({ deprivationCount: 1, unknownIndicators: ["telecom"] })).toEqual(["unknown_indicators_without_list"]);
    expect(codes({ deprivations: ["telecom"], unknownIndicators: ["telecom"] })).toEqual(["indicator_deprived_and_unknown"]);
    expect(codes({ deprivations: [], unknownIndicators: ["wasteTreatment"] })).toEqual(["indicator_of_other_standard"]);
    // the issue names the key and its place in the list of unknown ones
    const both = safeClassifyByIncome({ ...base, deprivations: ["employment", "telecom"], unknownIndicators: ["nutrition", "telecom"] });
    expect(!both.ok && both.issues).toEqual([expect.objectContaining({ code: "indicator_deprived_and_unknown", path: ["unknownIndicators", 1], params: { key: "telecom" } })]);
    // too many by count: the count and the most (12 indicators in 2021–2025)
    const many = safeClassifyByIncome({ ...base, deprivationCount: 13 });
    expect(!many.ok && many.issues).toEqual([expect.objectContaining({ code: "too_many_deprivations", path: ["deprivationCount"], params: { count: 13, max: 12 } })]);
  });

  it("an undetermined outcome is one that answering the unknown indicators could make poor or near-poor; a decided one no answer changes", () => {
    const keys = getStandard("2021-2025").indicators.map((i) => i.key);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1, 2), { minLength: 12, maxLength: 12 }), fc.integer({ min: 1_000_000, max: 1_600_000 }), (marks, amount) => {
        const deprived = keys.filter((_, i) => marks[i] === 1);
        const unknown = keys.filter((_, i) => marks[i] === 2);
        const input = { ...base, income: { perCapitaMonthly: amount } };
        const o = classifyByIncome({ ...input, deprivations: deprived, unknownIndicators: unknown }).outcome;
        const none = classifyByIncome({ ...input, deprivations: deprived }).outcome.kind;
        const all = classifyByIncome({ ...input, deprivations: [...deprived, ...unknown] }).outcome.kind;
        if (o.kind === "undetermined") {
          expect([none, all]).toEqual(["near_poor", "poor"]);
          expect(o.missing).toEqual(unknown.map((k) => `deprivations.${k}`));
        } else {
          expect(none).toBe(o.kind);
          expect(all).toBe(o.kind);
        }
      }),
    );
  });
});
