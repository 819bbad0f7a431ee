// The forms' explanations, step by step, for the law's boundary cases: the rule and code of each step, its params,
// the value read and the value it was compared with, the result, the mark of certainty and the instrument cited.
// Every number comes from the law as docs/legal-sources.md reads it (../shared/spec/forms.md): Phiếu A stops at
// E ≥ 4 (2022–2025, seed guide 003) and at 3 or more (2016–2020); B1 cut-offs 140 / 175 (2022–2025) and
// 120, 150 / 140, 175 (2016–2020, Circular 14/2018 rewriting Circular 17/2016); B2 at 10 points per indicator,
// poor at 30 or more.
import { describe, expect, it } from "vitest";
import type { Decision, ExplanationStep } from "../explain/types.js";
import { safeScoreB2, scoreB1, scoreB2, screenFormA } from "../index.js";

const GUIDE_003 = "Hướng dẫn số 01/HD-BCĐ ngày 05/9/2023 của Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo xã Nam Cao";
const CIRCULAR_07 = "Thông tư 07/2021/TT-BLĐTBXH";
const CIRCULAR_14 = "Thông tư 14/2018/TT-BLĐTBXH";
const CIRCULAR_17 = "Thông tư 17/2016/TT-BLĐTBXH";
const KIEN_GIANG_124 = "Kế hoạch số 124/KH-UBND ngày 09/8/2019 của UBND tỉnh Kiên Giang";

/** A step without its text: what the tests pin. */
function bare(s: ExplanationStep): object {
  return {
    rule: s.rule,
    code: s.code,
    params: s.params,
    ...(s.actual !== undefined ? { actual: s.actual } : {}),
    ...(s.expected !== undefined ? { expected: s.expected } : {}),
    result: s.result,
    status: s.status,
    cited: s.citations.map((c) => [c.instrument, c.item ?? null]),
  };
}

/** The steps after the standard's own (the first step names the standard applied). */
function steps(d: Decision<unknown>): object[] {
  expect(d.explanation.steps[0]?.rule).toBe("standard.applied");
  return d.explanation.steps.slice(1).map(bare);
}

const nine = (e: number) => Array.from({ length: 9 }, (_, i) => (i < e ? 1 : 0) as 0 | 1);

describe("Phiếu A explained (2022–2025, seed guide 003: column E ≥ 4 stops)", () => {
  const reviewed = { rule: "form_a.column_0", code: "form_a_reviewed", params: { reviewed: true }, actual: 1, expected: 1, result: true, status: "seed", cited: [[GUIDE_003, "Mục I.2, Bước 1 (Phiếu A, cột E)"]] };
  const count = { rule: "form_a.criteria_count", code: "form_a_criteria_count", params: { expected: 9, received: 9 }, actual: 9, expected: 9, result: true, status: "seed", cited: [[GUIDE_003, "Mục I.2, Bước 1 (Phiếu A, cột 1–9)"]] };

  it("E = 3: code 1, on to Phiếu B", () => {
    expect(steps(screenFormA({ standard: "2021-2025", reviewed: 1, criteria: nine(3) }))).toEqual([
      reviewed,
      count,
      { rule: "form_a.column_e", code: "form_a_score_on_form_b", params: { total: 3, stopAt: 4, stop: false }, actual: 3, expected: "< 4", result: true, status: "seed", cited: [[GUIDE_003, "Mục I.2, Bước 1 (Phiếu A, cột E)"]] },
      { rule: "form_a.outcome", code: "form_a_outcome_score_on_form_b", params: { kind: "score_on_form_b", total: 3 }, result: "score_on_form_b", status: "seed", cited: [[GUIDE_003, "Mục I.2, Bước 1 (Phiếu A, cột E)"]] },
    ]);
  });

  it("E = 4: code 0, stop", () => {
    const s = steps(screenFormA({ standard: "2021-2025", reviewed: 1, criteria: nine(4) }));
    expect(s.slice(2)).toEqual([
      { rule: "form_a.column_e", code: "form_a_stop", params: { total: 4, stopAt: 4, stop: true }, actual: 4, expected: "< 4", result: false, status: "seed", cited: [[GUIDE_003, "Mục I.2, Bước 1 (Phiếu A, cột E)"]] },
      { rule: "form_a.outcome", code: "form_a_outcome_stop", params: { kind: "stop", total: 4 }, result: "stop", status: "seed", cited: [[GUIDE_003, "Mục I.2, Bước 1 (Phiếu A, cột E)"]] },
    ]);
  });

  it("column (0) = 0: not reviewed, nothing else read", () => {
    expect(steps(screenFormA({ standard: "2021-2025", reviewed: 0 }))).toEqual([
      { ...reviewed, code: "form_a_not_reviewed", params: { reviewed: false }, actual: 0, result: false },
      { rule: "form_a.outcome", code: "form_a_outcome_not_reviewed", params: { kind: "not_reviewed", total: null }, result: "not_reviewed", status: "seed", cited: [[GUIDE_003, "Mục I.2, Bước 1 (Phiếu A, cột E)"]] },
    ]);
  });

  it("2016–2020 (Circular 17/2016, Phụ lục 3a): 2 criteria go on, 3 stop, with any number of criteria", () => {
    const on = screenFormA({ standard: "2016-2020", reviewed: 1, criteria: [1, 1, 0, 0, 0] });
    const stop = screenFormA({ standard: "2016-2020", reviewed: 1, criteria: [1, 1, 1] });
    const columnE = (d: Decision<unknown>) => d.explanation.steps.find((x) => x.rule === "form_a.column_e");
    expect(columnE(on)).toMatchObject({ code: "form_a_score_on_form_b", params: { total: 2, stopAt: 3, stop: false }, actual: 2, expected: "< 3", result: true });
    expect(columnE(stop)).toMatchObject({ code: "form_a_stop", params: { total: 3, stopAt: 3, stop: true }, actual: 3, expected: "< 3", result: false });
    // no fixed number of criteria in 2016–2020: no count step
    expect(on.explanation.steps.some((x) => x.rule === "form_a.criteria_count")).toBe(false);
  });
});

describe("B1 explained: the paper total against the area's cut-off", () => {
  const paper = (total: number, instrument: string, item: string | null, status = "confirmed") => ({ rule: "b1.total", code: "b1_paper_total", params: { total }, actual: total, result: true, status, cited: [[instrument, item]] });
  const outcome = (total: number) => ({ rule: "b1.outcome", code: "b1_outcome_scored", params: { kind: "scored", total, missing: null }, result: "scored", status: "confirmed", cited: [] });

  it("2022–2025 rural: 140 is at the cut-off (≡ 1,500,000 đồng), 141 above", () => {
    for (const [total, holds] of [
      [140, true],
      [141, false],
    ] as const) {
      expect(steps(scoreB1({ standard: "2021-2025", area: "rural", total }))).toEqual([
        paper(total, CIRCULAR_07, "Phiếu B, phần B1"),
        {
          rule: "b1.at_or_below_cutoff",
          code: holds ? "b1_at_or_below_cutoff" : "b1_above_cutoff",
          params: { total, cutoff: 140, holds, area: "rural", labelVi: "điểm B1 tương đương 1.500.000 đồng", labelEn: "B1 score equivalent to 1,500,000 VND" },
          actual: total,
          expected: "≤ 140",
          result: holds,
          status: "confirmed",
          cited: [[CIRCULAR_07, "Phiếu B, phần B1"]],
        },
        outcome(total),
      ]);
    }
  });

  it("2022–2025 urban: 175 is at the cut-off (≡ 2,000,000 đồng), 176 above", () => {
    const at = steps(scoreB1({ standard: "2021-2025", area: "urban", total: 175 }))[1];
    const above = steps(scoreB1({ standard: "2021-2025", area: "urban", total: 176 }))[1];
    expect(at).toMatchObject({ code: "b1_at_or_below_cutoff", params: { cutoff: 175, holds: true, area: "urban", labelEn: "B1 score equivalent to 2,000,000 VND" }, expected: "≤ 175", result: true });
    expect(above).toMatchObject({ code: "b1_above_cutoff", params: { total: 176, cutoff: 175, holds: false }, actual: 176, result: false });
  });

  it("2016–2020 rural: 120 (≡ 700,000) is poor by income; 121 is checked against 150 (≡ 1,000,000); 151 is above both", () => {
    const poorByIncome = steps(scoreB1({ standard: "2016-2020", area: "rural", total: 120 }));
    expect(poorByIncome[1]).toEqual({
      rule: "b1.at_or_below_poor_by_income",
      code: "b1_at_or_below_poor_by_income",
      params: { total: 120, cutoff: 120, holds: true, labelVi: "điểm B1 tương đương 700.000 đồng", labelEn: "B1 score equivalent to 700,000 VND" },
      actual: 120,
      expected: "≤ 120",
      result: true,
      status: "confirmed",
      cited: [[CIRCULAR_14, null]],
    });
    const middle = steps(scoreB1({ standard: "2016-2020", area: "rural", total: 121 }));
    expect(middle).toEqual([
      paper(121, KIEN_GIANG_124, "Mục II.4"),
      expect.objectContaining({ code: "b1_above_poor_by_income", params: expect.objectContaining({ total: 121, cutoff: 120, holds: false }), result: false }),
      {
        rule: "b1.at_or_below_cutoff",
        code: "b1_at_or_below_cutoff",
        params: { total: 121, cutoff: 150, holds: true, area: "rural", labelVi: "điểm B1 tương đương 1.000.000 đồng", labelEn: "B1 score equivalent to 1,000,000 VND" },
        actual: 121,
        expected: "≤ 150",
        result: true,
        // the rural 150 is read from the Kiên Giang plan (seed 002): the legal summary is cut before it
        status: "seed",
        cited: [[KIEN_GIANG_124, "Mục II.4"]],
      },
      outcome(121),
    ]);
    const above = steps(scoreB1({ standard: "2016-2020", area: "rural", total: 151 }));
    expect(above[2]).toMatchObject({ code: "b1_above_cutoff", params: { total: 151, cutoff: 150, holds: false }, result: false });
  });

  it("2016–2020 urban: 140 (≡ 900,000) and 175 (≡ 1,300,000)", () => {
    const s = steps(scoreB1({ standard: "2016-2020", area: "urban", total: 141 }));
    expect(s[1]).toMatchObject({ code: "b1_above_poor_by_income", params: { cutoff: 140, labelEn: "B1 score equivalent to 900,000 VND" }, expected: "≤ 140", result: false });
    expect(s[2]).toMatchObject({ code: "b1_at_or_below_cutoff", params: { cutoff: 175, area: "urban", labelEn: "B1 score equivalent to 1,300,000 VND" }, expected: "≤ 175", result: true });
  });
});

describe("B2 explained: 10 points per deprived indicator, poor at 30 or more", () => {
  const outcome = (total: number) => ({ rule: "b2.outcome", code: "b2_outcome_scored", params: { kind: "scored", total, missing: null }, result: "scored", status: "confirmed", cited: [] });
  const threshold = (total: number) => ({
    rule: "b2.at_or_above_threshold",
    code: total >= 30 ? "b2_at_or_above_threshold" : "b2_below_threshold",
    params: { total, threshold: 30, holds: total >= 30 },
    actual: total,
    expected: "≥ 30",
    result: total >= 30,
    status: "confirmed",
    cited: [[CIRCULAR_07, "Phiếu B, phần B2"]],
  });

  it("2022–2025, three indicators by list: 30 points, at the threshold; the indicators named in the decree's words", () => {
    expect(steps(scoreB2({ standard: "2021-2025", deprivations: ["employment", "telecom", "sanitation"] }))).toEqual([
      {
        rule: "b2.total",
        code: "b2_total",
        params: { total: 30, count: 3, points: 10, keys: ["employment", "telecom", "sanitation"], namesVi: "việc làm, nhà tiêu hợp vệ sinh, sử dụng dịch vụ viễn thông", namesEn: "employment, hygienic latrine, use of telecom services" },
        actual: 30,
        result: true,
        status: "confirmed",
        cited: [[CIRCULAR_07, "Phiếu B, phần B2"]],
      },
      threshold(30),
      outcome(30),
    ]);
  });

  it("2022–2025: every form of entry gives the same total and the same comparison (20 is below, 30 at, 120 the most)", () => {
    for (const [entry, total] of [
      [{ total: 20 }, 20],
      [{ deprivationCount: 3 }, 30],
      [{ answers: { employment: true, dependants: false, nutrition: true, healthInsurance: false, adultEducation: false, childSchoolAttendance: false, housingQuality: false, housingArea: false, drinkingWater: false, sanitation: false, telecom: false, informationAccess: false } }, 20],
      [{ total: 120 }, 120],
    ] as const) {
      const d = scoreB2({ standard: "2021-2025", ...entry });
      expect(d.outcome).toMatchObject({ kind: "scored", total, count: total / 10 });
      const s = steps(d);
      expect(s[0]).toMatchObject({ rule: "b2.total", code: "b2_total", params: { total, count: total / 10, points: 10 }, actual: total, result: true });
      expect(s.slice(1)).toEqual([threshold(total), outcome(total)]);
    }
  });

  it("above the most (130 > 12 × 10) and not a multiple of 10 are refused with the numbers", () => {
    const over = safeScoreB2({ standard: "2021-2025", total: 130 });
    expect(!over.ok && over.issues[0]).toMatchObject({ code: "b2_above_maximum", params: { total: 130, max: 120, count: 12, points: 10 } });
    const odd = safeScoreB2({ standard: "2021-2025", total: 25 });
    expect(!odd.ok && odd.issues[0]).toMatchObject({ code: "b2_not_multiple_of_points", params: { total: 25, points: 10 } });
    const over2016 = safeScoreB2({ standard: "2016-2020", total: 110 });
    expect(!over2016.ok && over2016.issues[0]).toMatchObject({ code: "b2_above_maximum", params: { total: 110, max: 100, count: 10, points: 10 } });
  });

  it("answers with some missing: undetermined, the missing listed and never assumed", () => {
    const d = scoreB2({ standard: "2021-2025", answers: { employment: true, telecom: false } });
    const missing = ["dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "informationAccess"];
    expect(d.outcome).toEqual({ kind: "undetermined", missing });
    expect(steps(d)).toEqual([
      { rule: "b2.answers", code: "b2_answers_missing", params: { missing: missing.join(", ") }, actual: null, expected: missing.join(", "), result: false, status: "confirmed", cited: [[CIRCULAR_07, "Phiếu B, phần B2"]] },
      { rule: "b2.outcome", code: "b2_outcome_undetermined", params: { kind: "undetermined", total: null, missing: missing.join(", ") }, result: "undetermined", status: "confirmed", cited: [] },
    ]);
  });

  it("2016–2020: 10 points each is inferred (uncertain), the threshold 30 is Circular 14/2018's", () => {
    expect(steps(scoreB2({ standard: "2016-2020", total: 20 }))).toEqual([
      { rule: "b2.total", code: "b2_total", params: { total: 20, count: 2, points: 10, keys: null, namesVi: null, namesEn: null }, actual: 20, result: true, status: "uncertain", cited: [[CIRCULAR_17, "Phiếu B, phần B2"]] },
      { ...threshold(20), cited: [[CIRCULAR_14, null]] },
      outcome(20),
    ]);
    expect(steps(scoreB2({ standard: "2016-2020", total: 30 }))[1]).toMatchObject({ code: "b2_at_or_above_threshold", params: { total: 30, threshold: 30, holds: true }, result: true });
  });
});

describe("Phiếu A's criteria under column E, and the standards without a forms rule (2027–2030, Decree 351/2025)", () => {
  const labels = Array.from({ length: 9 }, (_, i) => ({ vi: `Tiêu chí ${i + 1}`, en: `Criterion ${i + 1}` }));
  const criteria = [1, 0, 1, 0, 0, 0, 0, 0, 0] as const;
  const children = (d: Decision<unknown>) => (d.explanation.steps.find((s) => s.rule === "form_a.column_e")?.children ?? []).map(bare);

  it("each column 1–9 is a step: met when 1, with its column number and, when given, its label", () => {
    const withLabels = children(screenFormA({ standard: "2021-2025", reviewed: 1, criteria: [...criteria], labels }));
    expect(withLabels).toEqual(
      criteria.map((v, i) => ({
        rule: "form_a.criterion",
        code: v === 1 ? "form_a_criterion_met" : "form_a_criterion_not_met",
        params: { column: i + 1, value: v, labelVi: `Tiêu chí ${i + 1}`, labelEn: `Criterion ${i + 1}` },
        actual: v,
        result: v === 1,
        status: "seed",
        cited: [],
      })),
    );
    // the same answers without labels: no label carried over from the call before
    const without = children(screenFormA({ standard: "2021-2025", reviewed: 1, criteria: [...criteria] }));
    expect(without.map((c) => (c as { params: object }).params)).toEqual(criteria.map((v, i) => ({ column: i + 1, value: v, labelVi: null, labelEn: null })));
  });

  it("2027–2030: Phiếu A, B1 and B2 each say the rule was not found, citing the decree", () => {
    const notFound = (form: "form_a" | "b1" | "b2") => ({ rule: `${form}.rule`, code: `${form}_rule_not_found`, params: { standard: "2027-2030" }, result: false, status: "confirmed", cited: [["Nghị định 351/2025/NĐ-CP", null]] });
    expect(steps(screenFormA({ standard: "2027-2030", reviewed: 1, criteria: [0] }))).toEqual([
      notFound("form_a"),
      { rule: "form_a.outcome", code: "form_a_outcome_rule_not_found", params: { kind: "rule_not_found", total: null }, result: "rule_not_found", status: "confirmed", cited: [] },
    ]);
    expect(steps(scoreB1({ standard: "2027-2030", area: "rural", total: 100 }))).toEqual([notFound("b1")]);
    expect(steps(scoreB2({ standard: "2027-2030", total: 10 }))).toEqual([notFound("b2")]);
  });
});
