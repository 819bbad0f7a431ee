// classifyHousehold's explanation, step by step through the cascade: Phiếu A, B1, B2, the outcome with the
// provisions it rests on, and the scores returned. Numbers from the law (../shared/spec/forms.md): 2022–2025 Phiếu A
// stops at E ≥ 4 (commune guide 003), B1 ≤ 140 rural / 175 urban, B2 ≥ 30 (Circular 07/2021); 2016–2020 B1 ≤ 120 /
// 140 poor by income, ≤ 150 / 175 band (Circular 14/2018; the rural 150 from the 2019 provincial plan).
import { describe, expect, it } from "vitest";
import { exampleLocal } from "../../test/fixtures/localStandard.js";
import { classifyHousehold, layerLocalStandard } from "../index.js";
import type { Decision, ExplanationStep } from "../index.js";

const C07 = "Thông tư 07/2021/TT-BLĐTBXH";
const GUIDE = "Hướng dẫn số 01/HD-BCĐ ngày 05/9/2023 của Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo xã Nam Cao";
const cited = (s: ExplanationStep | undefined) => s?.citations.map((c) => [c.instrument, c.item ?? null]);
const byRule = (d: Decision<unknown>, rule: string) => d.explanation.steps.find((s) => s.rule === rule);
const codes = (d: Decision<unknown>) => d.explanation.steps.map((s) => s.code);
const nine = (e: number) => Array.from({ length: 9 }, (_, i) => (i < e ? 1 : 0) as 0 | 1);

describe("2022–2025: the cascade explained", () => {
  it("Phiếu A E = 3, B1 = 140 (at the rural cut-off), B2 = 30 by list: poor, resting on B1's and B2's provisions", () => {
    const d = classifyHousehold({ standard: "2021-2025", area: "rural", formA: { reviewed: 1, criteria: nine(3) }, b1: 140, b2: { deprivations: ["employment", "telecom", "sanitation"] } });
    expect(d.outcome).toMatchObject({ kind: "poor" });
    expect(codes(d)).toEqual(["standard_applied", "form_a_reviewed", "form_a_criteria_count", "form_a_score_on_form_b", "b1_paper_total", "b1_at_or_below_cutoff", "b2_total", "b2_at_or_above_threshold", "what_would_change", "household_poor_income_and_deprivation"]);
    const outcome = byRule(d, "outcome");
    expect(outcome).toMatchObject({ code: "household_poor_income_and_deprivation", params: { kind: "poor_income_and_deprivation", missing: null, threshold: 30 }, result: "poor" });
    expect(cited(outcome)).toEqual([[C07, "Phiếu B, phần B1"], [C07, "Phiếu B, phần B2"]]);
    expect(d.scores).toEqual({
      formA: { kind: "score_on_form_b", total: 3, code: 1 },
      b1: { kind: "scored", total: 140, source: "paper_total", items: [] },
      b2: { kind: "scored", total: 30, count: 3, deprived: ["employment", "telecom", "sanitation"] },
    });
    const change = byRule(d, "what_would_change");
    expect(change?.params).toEqual({ count: change?.children?.length });
    expect(d.explanation.decision).toBe("classify_household");
  });

  it("B2 = 20: near-poor; B1 = 141: not poor, B2 not needed (cited to Phiếu B part B2)", () => {
    const near = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140, b2: 20 });
    expect(byRule(near, "outcome")).toMatchObject({ code: "household_near_poor", params: { kind: "near_poor", missing: null, threshold: 30 }, result: "near_poor" });
    const above = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 141, b2: 50 });
    expect(above.outcome).toMatchObject({ kind: "not_poor" });
    expect(byRule(above, "b2.not_needed")).toMatchObject({ code: "b2_not_needed", params: {}, result: "skipped" });
    expect(cited(byRule(above, "b2.not_needed"))).toEqual([[C07, "Phiếu B, phần B2"]]);
    expect(byRule(above, "outcome")).toMatchObject({ code: "household_not_poor_b1_above_cutoff", params: { kind: "not_poor_b1_above_cutoff" }, result: "not_poor" });
    expect(cited(byRule(above, "outcome"))).toEqual([[C07, "Phiếu B, phần B1"]]);
  });

  it("without Phiếu A: a step says it was not given; B1 missing or B2 missing: undetermined, naming the form part", () => {
    const noB1 = classifyHousehold({ standard: "2021-2025", area: "urban", b2: 30 });
    expect(byRule(noB1, "form_a.absent")).toMatchObject({ code: "form_a_not_given", params: {}, result: "skipped", citations: [] });
    expect(byRule(noB1, "b1.given")).toMatchObject({ code: "b1_missing", params: { what: "b1" }, expected: "b1", result: false });
    expect(cited(byRule(noB1, "b1.given"))).toEqual([[C07, "Phiếu B, phần B1"]]);
    expect(byRule(noB1, "outcome")).toMatchObject({ code: "household_undetermined", params: { kind: "undetermined", missing: "b1" }, result: "undetermined" });
    const noB2 = classifyHousehold({ standard: "2021-2025", area: "urban", b1: 175 });
    expect(byRule(noB2, "b2.given")).toMatchObject({ code: "b2_missing", params: { what: "b2" }, expected: "b2", result: false });
    expect(cited(byRule(noB2, "b2.given"))).toEqual([[C07, "Phiếu B, phần B2"]]);
    expect(noB2.outcome).toEqual({ kind: "undetermined", missing: ["b2"] });
  });

  it("Phiếu A not reviewed, or E = 4: not poor, resting on the guide's column E", () => {
    const notReviewed = classifyHousehold({ standard: "2021-2025", area: "rural", formA: { reviewed: 0 }, b1: 100, b2: 60 });
    expect(byRule(notReviewed, "outcome")).toMatchObject({ code: "household_not_poor_form_a_not_reviewed", params: { kind: "not_poor_form_a_not_reviewed" }, result: "not_poor" });
    expect(cited(byRule(notReviewed, "outcome"))).toEqual([[GUIDE, "Mục I.2, Bước 1 (Phiếu A, cột E)"]]);
    expect(notReviewed.scores.formA).toEqual({ kind: "not_reviewed" });
    const stop = classifyHousehold({ standard: "2021-2025", area: "rural", formA: { reviewed: 1, criteria: nine(4) }, b1: 100, b2: 60 });
    expect(byRule(stop, "outcome")).toMatchObject({ code: "household_not_poor_form_a_screened_out", params: { kind: "not_poor_form_a_screened_out" }, result: "not_poor" });
    expect(cited(byRule(stop, "outcome"))).toEqual([[GUIDE, "Mục I.2, Bước 1 (Phiếu A, cột E)"]]);
    expect(stop.scores.formA).toEqual({ kind: "stop", total: 4, code: 0 });
  });
});

describe("2016–2020: two B1 cut-offs", () => {
  it("B1 = 140 urban: poor by income, on Circular 14/2018; B1 = 141 with B2 = 30: poor by deprivation", () => {
    const income = classifyHousehold({ standard: "2016-2020", area: "urban", b1: 140 });
    expect(byRule(income, "outcome")).toMatchObject({ code: "household_poor_income", params: { kind: "poor_income", threshold: 30 }, result: "poor" });
    expect(cited(byRule(income, "outcome"))).toEqual([["Thông tư 14/2018/TT-BLĐTBXH", null]]);
    const deprivation = classifyHousehold({ standard: "2016-2020", area: "urban", b1: 141, b2: 30 });
    expect(byRule(deprivation, "outcome")).toMatchObject({ code: "household_poor_deprivation", params: { kind: "poor_deprivation" }, result: "poor" });
    expect(cited(byRule(deprivation, "outcome"))).toEqual([["Thông tư 14/2018/TT-BLĐTBXH", null], ["Thông tư 14/2018/TT-BLĐTBXH", null]]);
  });
});

describe("no score rule", () => {
  it("2027–2030: the B1 cut-offs were not found; the step names the standard and the area, citing Decree 351/2025", () => {
    const d = classifyHousehold({ standard: "2027-2030", area: "urban", b1: 100, b2: 30 });
    expect(d.outcome).toMatchObject({ kind: "rule_not_found", reason: "b1_cutoff_not_found" });
    expect(byRule(d, "scoring.rule")).toMatchObject({ code: "b1_cutoff_not_found", params: { standard: "2027-2030", area: "urban", local: false }, result: false });
    expect(cited(byRule(d, "scoring.rule"))).toEqual([["Nghị định 351/2025/NĐ-CP", null]]);
    expect(byRule(d, "outcome")).toMatchObject({ code: "household_b1_cutoff_not_found", params: { kind: "rule_not_found_b1_cutoff" }, result: "rule_not_found" });
    // B2 is not scored: the standard has no B2 rule either
    expect(d.scores.b2).toBeUndefined();
  });

  it("a local standard that raised the line without B1 cut-offs: the local rule not found", () => {
    const local = layerLocalStandard({ ...exampleLocal("tinh-b1", "2021-2025"), incomeLines: { rural: { incomeLine: 1_750_000 } } });
    const d = classifyHousehold({ standard: local, area: "rural", b1: 100, b2: 30 });
    expect(d.outcome).toMatchObject({ kind: "rule_not_found", reason: "local_b1_cutoff_not_found" });
    expect(byRule(d, "scoring.rule")).toMatchObject({ code: "local_b1_cutoff_not_found", params: { standard: "tinh-b1", area: "rural", local: true } });
    expect(cited(byRule(d, "scoring.rule"))).toEqual([["Quyết định địa phương (ví dụ)", null]]);
    expect(byRule(d, "outcome")).toMatchObject({ code: "household_local_b1_cutoff_not_found", params: { kind: "rule_not_found_local_b1_cutoff" } });
    // its urban area kept the national line: scored as 2022–2025
    expect(classifyHousehold({ standard: local, area: "urban", b1: 175, b2: 30 }).outcome).toMatchObject({ kind: "poor" });
  });
});
