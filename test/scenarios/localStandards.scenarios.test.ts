// Local standards in full: lines, the deprivation count, B1 cut-offs and middle-living ceilings, each only more
// generous than the national value and each cited to the province's instrument.
//
// Đồng Nai: Quyết định 32/2022/QĐ-UBND of 29/7/2022 (in force 10/8/2022), "Quy định chuẩn nghèo đa chiều của tỉnh
// Đồng Nai giai đoạn 2022-2025" (provincial news page and press; docs/legal-sources.md): income lines 2,000,000
// rural and 2,500,000 urban per person per month; poor = income at or below the line and deprived of 2 or more of
// the 12 national indicators; middle-living above the line up to 3,000,000 rural, 3,750,000 urban. Its own B1
// cut-offs were not found: Phiếu B is refused under it, unless a province supplies them (the 160/200 below are
// made up for the test and say so).
import { describe, expect, it } from "vitest";
import {
  classifyByIncome,
  classifyHousehold,
  classifyMiddleLiving,
  getStandard,
  layerLocalStandard,
  safeLayerLocalStandard,
  scoreB1,
  type LocalStandardInput,
} from "../../src/index.js";
import { isDeepFrozen } from "../../src/_lib/freeze.js";

const DONG_NAI: LocalStandardInput = {
  id: "dong-nai-2022-2025",
  national: "2021-2025",
  authority: "UBND tỉnh Đồng Nai",
  title: { vi: "Chuẩn nghèo đa chiều của tỉnh Đồng Nai giai đoạn 2022–2025", en: "Đồng Nai multidimensional poverty standard 2022–2025" },
  instrument: {
    id: "Quyết định 32/2022/QĐ-UBND",
    kind: "local",
    title: { vi: "Quy định chuẩn nghèo đa chiều của tỉnh Đồng Nai giai đoạn 2022-2025", en: "Đồng Nai multidimensional poverty standard 2022–2025" },
    signed: "2022-07-29",
    inForce: "2022-08-10",
  },
  incomeLines: { rural: { incomeLine: 2_000_000 }, urban: { incomeLine: 2_500_000 } },
  poorDeprivationCount: { value: 2 },
  middleLiving: { rural: { ceiling: 3_000_000 }, urban: { ceiling: 3_750_000 } },
  status: "uncertain",
};

const S = layerLocalStandard(DONG_NAI);
const income = (perCapitaMonthly: number) => ({ perCapitaMonthly });

describe("Đồng Nai 2022–2025: a line and a deprivation count of its own", () => {
  it.each([
    // [area, income, deprivations, class]
    ["rural", 2_000_000, 2, "poor"], // at the local line, 2 deprivations: poor (nationally: above the 1,500,000 line)
    ["rural", 2_000_000, 1, "near_poor"],
    ["rural", 2_000_001, 5, "not_poor"], // one đồng above the local line
    ["urban", 2_500_000, 2, "poor"],
    ["urban", 2_500_001, 2, "not_poor"],
    ["rural", 1_500_000, 2, "poor"], // nationally near-poor (3 needed)
  ] as const)("%s, %i đồng, %i deprivations → %s", (area, amount, count, kind) => {
    expect(classifyByIncome({ standard: S, area, income: income(amount), deprivationCount: count }).outcome.kind).toBe(kind);
  });

  it("the explanation reads the local count, cited to the province's decision", () => {
    const { explanation } = classifyByIncome({ standard: S, area: "rural", income: income(1_900_000), deprivationCount: 2 });
    const read = explanation.valuesRead.find((v) => v.key === "poorDeprivationCount");
    expect(read).toMatchObject({ value: 2, citation: { instrument: "Quyết định 32/2022/QĐ-UBND" }, status: "uncertain" });
    expect(explanation.steps[0]?.code).toBe("local_standard_applied");
  });

  it("Phiếu B: B2 reaches the poor threshold at 2 indicators × 10 points = 20 (the form's points per indicator)", () => {
    expect(S.scoring.b2?.poorAtOrAbove.value).toBe(20);
    // the province raised both lines without B1 cut-offs: Phiếu B is not scored under its standard
    expect(classifyHousehold({ standard: S, area: "rural", b1: 100, b2: 20 }).outcome).toEqual({ kind: "rule_not_found", reason: "local_b1_cutoff_not_found", standard: S.id });
    expect(scoreB1({ standard: S, area: "urban", total: 150 }).outcome).toEqual({ kind: "rule_not_found", reason: "local_b1_not_found", standard: S.id });
  });

  it("middle-living: above the local line up to the local ceiling", () => {
    const ml = (perMonth: number) =>
      classifyMiddleLiving({ standard: S, area: "rural", agriculturalSectors: ["agriculture"], members: 4, income12Months: { totalExcludingAllowances: perMonth * 12 * 4 } }).outcome;
    expect(ml(2_000_000)).toEqual({ kind: "not_middle_living", reason: "income_at_or_below_line" });
    expect(ml(2_000_001)).toEqual({ kind: "middle_living" });
    expect(ml(3_000_000)).toEqual({ kind: "middle_living" });
    expect(ml(3_000_001)).toEqual({ kind: "not_middle_living", reason: "income_above_ceiling" });
  });

  it("is deeply frozen and survives a JSON round trip as the same standard", () => {
    expect(isDeepFrozen(S)).toBe(true);
    const copy = JSON.parse(JSON.stringify(S)) as typeof S;
    expect(classifyByIncome({ standard: copy, area: "rural", income: income(1_900_000), deprivationCount: 2 }).outcome.kind).toBe("poor");
    expect(S.layeredOn?.definition.poorDeprivationCount).toEqual({ value: 2 });
  });
});

describe("a province that supplies its own B1 cut-offs can score Phiếu B", () => {
  // The cut-offs below are invented for the test: no province's B1 cut-offs were found.
  const withB1 = layerLocalStandard({
    ...DONG_NAI,
    id: "tinh-thu-nghiem-b1",
    b1: { rural: { cutoff: 160, cite: { article: "2", clause: "3" } }, urban: { cutoff: 200 } },
  });

  it("B1 at or below the local cut-off is in the band; one point above is not", () => {
    expect(classifyHousehold({ standard: withB1, area: "rural", b1: 160, b2: 20 }).outcome).toEqual({ kind: "poor", basis: "income_and_deprivation" });
    expect(classifyHousehold({ standard: withB1, area: "rural", b1: 160, b2: 10 }).outcome).toEqual({ kind: "near_poor" });
    expect(classifyHousehold({ standard: withB1, area: "rural", b1: 161, b2: 30 }).outcome).toMatchObject({ kind: "not_poor", reason: "b1_above_cutoff" });
    expect(scoreB1({ standard: withB1, area: "urban", total: 200 }).outcome).toMatchObject({ kind: "scored", total: 200 });
  });

  it("each local cut-off is cited to its provision", () => {
    expect(withB1.scoring.b1?.rural?.cutoff.citation).toMatchObject({ instrument: "Quyết định 32/2022/QĐ-UBND", article: "2", clause: "3" });
  });

  it("under 2027–2030, which has no national B1 cut-off, a province's cut-offs are used for the areas it gives", () => {
    const l = layerLocalStandard({
      id: "tinh-thu-nghiem-2027",
      national: "2027-2030",
      authority: "UBND tỉnh thử nghiệm",
      title: { vi: "Thử nghiệm", en: "Test" },
      instrument: { id: "Quyết định thử nghiệm", kind: "local", title: { vi: "Thử nghiệm", en: "Test" } },
      incomeLines: {},
      b1: { rural: { cutoff: 150 } },
    });
    // 2027–2030 has no national B2 points either: the forms stay unscorable, and say so
    expect(classifyHousehold({ standard: l, area: "rural", b1: 150, b2: 30 }).outcome).toMatchObject({ kind: "rule_not_found", reason: "b1_cutoff_not_found" });
    expect(scoreB1({ standard: l, area: "rural", total: 150 }).outcome).toMatchObject({ kind: "scored" });
    expect(scoreB1({ standard: l, area: "urban", total: 150 }).outcome).toMatchObject({ kind: "rule_not_found", reason: "b1_not_found" });
  });
});

describe("a local value may only be more generous than the national one", () => {
  const base: LocalStandardInput = { ...DONG_NAI, id: "tinh-x" };
  it.each([
    ["a deprivation count above the national 3", { poorDeprivationCount: { value: 4 } }, "local_threshold_above_national", ["poorDeprivationCount", "value"]],
    ["a B1 cut-off below the national 140", { b1: { rural: { cutoff: 139 } } }, "local_b1_below_national", ["b1", "rural", "cutoff"]],
    ["a middle-living ceiling below the national 2,250,000", { incomeLines: {}, middleLiving: { rural: { ceiling: 2_249_999 } } }, "local_line_below_national", ["middleLiving", "rural", "ceiling"]],
    ["a ceiling not above the local line", { middleLiving: { rural: { ceiling: 2_000_000 }, urban: { ceiling: 3_750_000 } } }, "local_ceiling_not_above_line", ["middleLiving", "rural", "ceiling"]],
    ["a poverty cut-off under a standard with one line", { b1: { rural: { cutoff: 150, poorByIncome: 120 } } }, "local_poor_line_without_national", ["b1", "rural", "poorByIncome"]],
    ["a middle-living ceiling on 2027–2030, which has no middle-living band", { national: "2027-2030", incomeLines: {}, poorDeprivationCount: undefined, b1: undefined, middleLiving: { urban: { ceiling: 4_000_000 } } }, "local_middle_living_without_national", ["middleLiving", "urban"]],
    ["a count of zero", { poorDeprivationCount: { value: 0 } }, "too_small", ["poorDeprivationCount", "value"]],
    ["nothing set", { incomeLines: {}, poorDeprivationCount: undefined, middleLiving: undefined }, "local_standard_empty", ["incomeLines"]],
  ] as const)("refuses %s", (_name, change, code, path) => {
    const r = safeLayerLocalStandard({ ...base, ...change } as LocalStandardInput);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual(expect.objectContaining({ code, path }));
  });

  it("accepts the national values themselves (equal is not less generous)", () => {
    const r = safeLayerLocalStandard({
      ...base,
      incomeLines: { rural: { incomeLine: 1_500_000 } },
      poorDeprivationCount: { value: 3 },
      b1: { rural: { cutoff: 140 } },
      middleLiving: { rural: { ceiling: 2_250_000 }, urban: { ceiling: 3_000_000 } },
    });
    expect(r.ok).toBe(true);
  });

  it("2016–2020 has two B1 cut-offs: a province gives both, the poverty one below the other", () => {
    const { poorDeprivationCount: _c, middleLiving: _m, ...rest } = base;
    const two: LocalStandardInput = { ...rest, national: "2016-2020", incomeLines: {} };
    const missing = safeLayerLocalStandard({ ...two, b1: { rural: { cutoff: 160 } } });
    expect(!missing.ok && missing.issues[0]?.code).toBe("local_b1_poor_cutoff_missing");
    const reversed = safeLayerLocalStandard({ ...two, b1: { rural: { cutoff: 160, poorByIncome: 160 } } });
    expect(!reversed.ok && reversed.issues[0]?.code).toBe("local_b1_cutoffs_reversed");
    const below = safeLayerLocalStandard({ ...two, b1: { rural: { cutoff: 150, poorByIncome: 119 } } });
    expect(!below.ok && below.issues[0]).toMatchObject({ code: "local_b1_below_national", params: { local: 119, national: 120 } });
    const ok = layerLocalStandard({ ...two, b1: { rural: { cutoff: 150, poorByIncome: 125 } } });
    expect(ok.scoring.b1?.rural?.poorByIncome?.value).toBe(125);
    expect(ok.scoring.b1?.urban).toBe(getStandard("2016-2020").scoring.b1?.urban);
  });
});
