// layerLocalStandard, field by field: each refusal's code, path and numbers (a province reads them to fix its
// decision), each local value's citation down to the provision and its label, and what the layered standard keeps
// or leaves out from the national one. Lines and cut-offs from ../shared/spec/standards.md: 2016–2020 rural
// 700,000 / 1,000,000 and B1 120 / 150; 2021–2025 rural 1,500,000 (B1 140), middle-living 2,250,000; 2027–2030
// rural 2,200,000, urban 2,800,000 (its urban near-poor rule uncertain), no B1 cut-offs, no middle-living band.
import { describe, expect, it } from "vitest";
import { classifyByIncome, classifyMiddleLiving, layerLocalStandard, safeClassifyByIncome, safeLayerLocalStandard, type LocalStandardInput } from "../index.js";

const base = {
  id: "tinh-x",
  authority: "UBND tỉnh X",
  title: { vi: "Chuẩn nghèo tỉnh X", en: "Province X poverty standard" },
  instrument: { id: "Quyết định 1/2025/QĐ-UBND", kind: "local" as const, title: { vi: "…", en: "…" } },
};
const issues = (input: Partial<LocalStandardInput>) => {
  const r = safeLayerLocalStandard({ ...base, national: "2021-2025", incomeLines: {}, ...input } as LocalStandardInput);
  return r.ok ? [] : r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
};

describe("a local standard refused, with the numbers", () => {
  it("a national id taken as its own", () => {
    expect(issues({ id: "2021-2025", incomeLines: { rural: { incomeLine: 1_600_000 } } })).toEqual([{ code: "local_id_shadows_national", path: ["id"], params: { id: "2021-2025" } }]);
  });

  it("an unknown national standard: the id and the ones known", () => {
    expect(issues({ national: "2020-2024", incomeLines: { rural: { incomeLine: 1_600_000 } } })).toEqual([{ code: "unknown_standard", path: ["national"], params: { id: "2020-2024", known: "2016-2020, 2021-2025, 2027-2030" } }]);
    expect(issues({ national: { id: "2021-2025" } as never, incomeLines: { rural: { incomeLine: 1_600_000 } } })).toEqual([{ code: "invalid_standard", path: ["national"], params: {} }]);
    // a refused object that threw nothing carries no cause
    const r = safeLayerLocalStandard({ ...base, national: { id: "2021-2025" } as never, incomeLines: { rural: { incomeLine: 1_600_000 } } });
    expect(!r.ok && "cause" in (r.issues[0] as object)).toBe(false);
  });

  it("2016–2020 B1 cut-offs: each below the national one, reversed, or the poverty cut-off missing under two lines", () => {
    const on2016 = (b1: NonNullable<LocalStandardInput["b1"]>) => issues({ national: "2016-2020", b1 });
    expect(on2016({ rural: { cutoff: 149, poorByIncome: 120 } })).toEqual([{ code: "local_b1_below_national", path: ["b1", "rural", "cutoff"], params: { local: 149, national: 150 } }]);
    expect(on2016({ rural: { cutoff: 160, poorByIncome: 119 } })).toEqual([{ code: "local_b1_below_national", path: ["b1", "rural", "poorByIncome"], params: { local: 119, national: 120 } }]);
    expect(on2016({ urban: { cutoff: 175, poorByIncome: 175 } })).toEqual([{ code: "local_b1_cutoffs_reversed", path: ["b1", "urban", "poorByIncome"], params: { poorByIncome: 175, cutoff: 175 } }]);
    expect(on2016({ rural: { cutoff: 160 } })).toEqual([{ code: "local_b1_poor_cutoff_missing", path: ["b1", "rural", "poorByIncome"], params: {} }]);
    // at the national values, and above: accepted
    expect(on2016({ rural: { cutoff: 150, poorByIncome: 120 }, urban: { cutoff: 180, poorByIncome: 141 } })).toEqual([]);
  });

  it("2021–2025 has no B1 poverty cut-off (one line): a local one is refused", () => {
    expect(issues({ b1: { rural: { cutoff: 150, poorByIncome: 120 } } })).toEqual([{ code: "local_poor_line_without_national", path: ["b1", "rural", "poorByIncome"], params: {} }]);
    expect(issues({ b1: { rural: { cutoff: 139 } } })).toEqual([{ code: "local_b1_below_national", path: ["b1", "rural", "cutoff"], params: { local: 139, national: 140 } }]);
  });

  it("a middle-living ceiling not above the area's line: the line and its period (the local one when given, else the national one)", () => {
    // 1,700,000 a month × 12 = 20,400,000 ≤ a local line of 21,000,000 a year
    expect(issues({ incomeLines: { rural: { incomeLine: 21_000_000, period: "year" } }, middleLiving: { rural: { ceiling: 2_250_000 } } })).toEqual([]);
    expect(issues({ incomeLines: { rural: { incomeLine: 27_000_000, period: "year" } }, middleLiving: { rural: { ceiling: 2_250_000 } } })).toEqual([
      { code: "local_ceiling_not_above_line", path: ["middleLiving", "rural", "ceiling"], params: { ceiling: 2_250_000, line: 27_000_000, period: "year" } },
    ]);
    expect(issues({ incomeLines: { urban: { incomeLine: 3_000_000 } }, middleLiving: { urban: { ceiling: 3_000_000 } } })).toEqual([
      { code: "local_ceiling_not_above_line", path: ["middleLiving", "urban", "ceiling"], params: { ceiling: 3_000_000, line: 3_000_000, period: "month" } },
    ]);
    // below the national ceiling (2,250,000 rural): refused with the month as period
    expect(issues({ middleLiving: { rural: { ceiling: 2_249_999 } } })).toEqual([
      { code: "local_line_below_national", path: ["middleLiving", "rural", "ceiling"], params: { local: 2_249_999, national: 2_250_000, period: "month" } },
    ]);
  });

  it("a local line below the national one, per month or per year", () => {
    expect(issues({ incomeLines: { rural: { incomeLine: 1_499_999 } } })).toEqual([{ code: "local_line_below_national", path: ["incomeLines", "rural", "incomeLine"], params: { local: 1_499_999, national: 1_500_000, period: "month" } }]);
    expect(issues({ incomeLines: { rural: { incomeLine: 17_999_999, period: "year" } } })).toEqual([{ code: "local_line_below_national", path: ["incomeLines", "rural", "incomeLine"], params: { local: 17_999_999, national: 1_500_000, period: "year" } }]);
  });

  it("more deprivations than the national count: refused with both counts", () => {
    expect(issues({ poorDeprivationCount: { value: 4 } })).toEqual([{ code: "local_threshold_above_national", path: ["poorDeprivationCount", "value"], params: { local: 4, national: 3 } }]);
  });

  it("only a middle-living ceiling is something set (not an empty standard)", () => {
    expect(issues({ middleLiving: { rural: { ceiling: 2_500_000 } } })).toEqual([]);
    expect(issues({})).toEqual([{ code: "local_standard_empty", path: ["incomeLines"], params: {} }]);
  });

  it("the throwing twin names itself", () => {
    expect(() => layerLocalStandard({ ...base, national: "2021-2025", incomeLines: {} })).toThrow(expect.objectContaining({ code: "invalid_input", message: expect.stringContaining("layerLocalStandard") }));
  });
});

describe("what a layered standard holds", () => {
  it("each local value cited to the provision given, with its label in both languages", () => {
    const s = layerLocalStandard({
      ...base,
      national: "2016-2020",
      incomeLines: { rural: { incomeLine: 1_100_000, poorByIncomeLine: 800_000, cite: { article: "1", clause: "2", point: "a", item: "Phụ lục I" } } },
      b1: { rural: { cutoff: 160, poorByIncome: 130, cite: { article: "2" } } },
    });
    const line = s.incomeLines.rural;
    expect(line.incomeLine).toEqual({
      value: 1_100_000,
      citation: { instrument: "Quyết định 1/2025/QĐ-UBND", article: "1", clause: "2", point: "a", item: "Phụ lục I", note: "UBND tỉnh X; layered on 2016-2020" },
      status: "confirmed",
      label: { vi: "chuẩn thu nhập địa phương, nông thôn", en: "local income line, rural" },
    });
    expect(line.poorByIncomeLine?.label).toEqual({ vi: "chuẩn nghèo địa phương, nông thôn", en: "local poverty line, rural" });
    expect(s.scoring.b1?.rural?.poorByIncome).toMatchObject({ value: 130, citation: { instrument: "Quyết định 1/2025/QĐ-UBND", article: "2" }, label: { vi: "điểm B1 tương đương chuẩn nghèo địa phương, nông thôn", en: "B1 score equivalent to the local poverty line, rural" } });
    expect(s.scoring.b1?.rural?.cutoff.label).toEqual({ vi: "điểm B1 tương đương chuẩn thu nhập địa phương, nông thôn", en: "B1 score equivalent to the local income line, rural" });
    // no provision given: the instrument alone, with the note
    expect(s.scoring.b1?.urban?.cutoff.citation.instrument).toBe("Thông tư 14/2018/TT-BLĐTBXH");
    const plain = layerLocalStandard({ ...base, national: "2021-2025", incomeLines: { urban: { incomeLine: 2_100_000 } } });
    expect(plain.incomeLines.urban.incomeLine.citation).toEqual({ instrument: "Quyết định 1/2025/QĐ-UBND", note: "UBND tỉnh X; layered on 2021-2025" });
    expect(plain.incomeLines.urban.poorByIncomeLine).toBeUndefined();
  });

  it("over 2027–2030: the urban near-poor rule's uncertainty is kept; no B1 cut-offs and no middle-living band appear", () => {
    const s = layerLocalStandard({ ...base, national: "2027-2030", incomeLines: { urban: { incomeLine: 3_000_000 } } });
    expect(s.incomeLines.urban.nearPoorRule?.status).toBe("uncertain");
    expect(s.scoring.b1).toBeUndefined();
    expect(s.middleLiving).toBeUndefined();
    const d = classifyByIncome({ standard: s, area: "urban", income: { perCapitaMonthly: 3_000_000 }, deprivationCount: 1 });
    expect(d.outcome.kind).toBe("near_poor");
    expect(d.explanation.steps.map((x) => x.code)).toContain("near_poor_rule_uncertain");
    expect(classifyMiddleLiving({ standard: s, area: "urban", members: 2, agriculturalSectors: ["salt"], income12Months: { totalExcludingAllowances: 80_000_000 } }).outcome.kind).toBe("rule_not_found");
  });

  it("a copy of a local standard is recognised by its definition; one without a definition, or whose definition no longer builds it, is refused", () => {
    const s = layerLocalStandard({ ...base, national: "2021-2025", incomeLines: { rural: { incomeLine: 1_750_000 } } });
    const copy = JSON.parse(JSON.stringify(s));
    const ok = safeClassifyByIncome({ standard: copy, area: "rural", income: { perCapitaMonthly: 1_750_000 }, deprivationCount: 3 });
    expect(ok.ok && ok.value.outcome).toEqual({ kind: "poor", basis: "income_and_deprivation" });
    for (const bad of [
      { ...copy, layeredOn: { ...copy.layeredOn, definition: null } },
      { ...copy, layeredOn: { ...copy.layeredOn, definition: "tinh-x" } },
      { ...copy, layeredOn: undefined },
      { ...copy, layeredOn: { ...copy.layeredOn, definition: { ...copy.layeredOn.definition, incomeLines: { rural: { incomeLine: 1 } } } } },
    ]) {
      const r = safeClassifyByIncome({ standard: bad, area: "rural", income: { perCapitaMonthly: 1 }, deprivationCount: 0 });
      expect(!r.ok && r.issues[0]?.code).toBe("invalid_standard");
    }
  });
});
