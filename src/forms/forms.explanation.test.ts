// The forms' explanations, step by step, for the law's boundary cases: the rule and code of each step, its params,
// the value read and the value it was compared with, the result, the mark of certainty and the instrument cited.
// Every number comes from the law as docs/legal-sources.md reads it (../shared/spec/forms.md): Phiếu A stops at
// E ≥ 4 (2022–2025, seed guide 003) and at 3 or more (2016–2020); B1 cut-offs 140 / 175 (2022–2025) and
// 120, 150 / 140, 175 (2016–2020, Circular 14/2018 rewriting Circular 17/2016); B2 at 10 points per indicator,
// poor at 30 or more.
import { describe, expect, it } from "vitest";
import { exampleLocal } from "../../test/fixtures/localStandard.js";
import { byItem, pinned } from "../../test/_lib/steps.js";
import type { Decision, ExplanationStep } from "../explain/types.js";
import { layerLocalStandard, safeScoreB1, safeScoreB2, safeScreenFormA, scoreB1, scoreB2, screenFormA } from "../index.js";
import { FICTIONAL_SCORECARD } from "../../test/fixtures/fictionalScorecard.js";

const GUIDE_003 = "Hướng dẫn số 01/HD-BCĐ ngày 05/9/2023 của Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo xã Nam Cao";
const CIRCULAR_07 = "Thông tư 07/2021/TT-BLĐTBXH";
const CIRCULAR_14 = "Thông tư 14/2018/TT-BLĐTBXH";
const CIRCULAR_17 = "Thông tư 17/2016/TT-BLĐTBXH";
const KIEN_GIANG_124 = "Kế hoạch số 124/KH-UBND ngày 09/8/2019 của UBND tỉnh Kiên Giang";

/** A step without its text: what the tests pin (citations as [instrument, form item]). */
const bare = (s: ExplanationStep): object => pinned(s, byItem);

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
    expect(screenFormA({ standard: "2027-2030", reviewed: 1, criteria: [0] }).explanation.decision).toBe("screen_form_a");
    expect(steps(scoreB1({ standard: "2027-2030", area: "rural", total: 100 }))).toEqual([notFound("b1")]);
    expect(scoreB2({ standard: "2027-2030", total: 10 }).explanation.decision).toBe("score_b2");
    expect(steps(scoreB2({ standard: "2027-2030", total: 10 }))).toEqual([notFound("b2")]);
  });
});

describe("B1 from a scorecard, explained item by item (the fictional test card: its points are invented)", () => {
  const FICT = "FICTIONAL-TEST-SCORECARD";
  const B1_07: [string, string] = [CIRCULAR_07, "Phiếu B, phần B1"];
  const item = (id: string, option: string, points: number, formItem: string | null, labelVi: string, labelEn: string, optionVi: string, optionEn: string) => ({
    rule: "b1.item",
    code: "b1_item_points",
    params: { item: id, option, points, formItem, labelVi, labelEn, optionVi, optionEn },
    actual: points,
    result: true,
    status: "uncertain",
    cited: [[FICT, formItem]],
  });

  it("rural, Mekong delta (sheet NT-south, base 90): 90 + 10 (3–4) + 20 (tiles) + 0 (no motorbike) = 120, each item with its form item and labels", () => {
    const d = scoreB1({ standard: "2021-2025", area: "rural", region: "mekong_delta", scorecard: FICTIONAL_SCORECARD, answers: { householdSize: "3-4", roof: "tiled", motorbike: "no" } });
    const card = d.explanation.steps.find((s) => s.rule === "b1.scorecard");
    expect(card && bare(card)).toEqual({
      rule: "b1.scorecard",
      code: "b1_scorecard_total",
      params: { total: 120, scorecard: FICT, version: "0.1-test", sheet: "NT-south", base: 90 },
      actual: 120,
      result: true,
      status: "uncertain",
      cited: [[FICT, null], B1_07],
    });
    expect(card?.children?.map(bare)).toEqual([
      item("householdSize", "3-4", 10, "B1.1", "Số nhân khẩu", "Household size", "3–4 người", "3–4 persons"),
      item("roof", "tiled", 20, "B1.2", "Vật liệu mái", "Roof material", "Ngói", "Tiles"),
      item("motorbike", "no", 0, "B1.3", "Xe máy", "Motorbike", "Không", "No"),
    ]);
    // the card is a value read, named with its version, and marked as uncertain as the card says
    expect(d.explanation.valuesRead.find((v) => v.key === `b1Scorecard.${FICT}`)).toMatchObject({ standard: "2021-2025", value: `${FICT}@0.1-test`, status: "uncertain", citation: { instrument: FICT } });
    expect(d.explanation.valuesRead.find((v) => v.key === "scoring.b1.rural.cutoff")).toMatchObject({ value: 140, status: "confirmed" });
    expect(d.explanation.valuesRead.some((v) => v.key === "scoring.b1.urban.cutoff")).toBe(false);
  });

  it("an item without a form item is cited by the card alone", () => {
    const card = { ...FICTIONAL_SCORECARD, items: FICTIONAL_SCORECARD.items.map((i) => (i.id === "roof" ? { id: i.id, label: i.label, options: i.options } : i)) };
    const d = scoreB1({ standard: "2021-2025", area: "urban", scorecard: card, answers: { householdSize: "5+", roof: "concrete", motorbike: "yes" } });
    const children = d.explanation.steps.find((s) => s.rule === "b1.scorecard")?.children?.map(bare);
    // urban: 100 + 0 + 40 + 12 = 152
    expect(d.outcome).toMatchObject({ kind: "scored", total: 152, base: 100, scorecard: { sheet: "urban" } });
    expect(children?.[1]).toEqual(item("roof", "concrete", 40, null, "Vật liệu mái", "Roof material", "Bê tông", "Concrete"));
    expect(d.explanation.valuesRead.find((v) => v.key === "scoring.b1.urban.cutoff")).toMatchObject({ value: 175 });
  });

  it("answers missing: the step lists them, reads the card, and the B1 is not compared with any cut-off", () => {
    const d = scoreB1({ standard: "2021-2025", area: "rural", region: "red_river_delta", scorecard: FICTIONAL_SCORECARD, answers: { householdSize: "1-2" } });
    expect(d.outcome).toEqual({ kind: "undetermined", missing: ["roof", "motorbike"] });
    expect(steps(d)[0]).toEqual({ rule: "b1.scorecard", code: "b1_items_missing", params: { missing: "roof, motorbike" }, actual: null, expected: "roof, motorbike", result: false, status: "uncertain", cited: [[FICT, null], B1_07] });
    expect(d.explanation.steps.some((s) => s.rule === "b1.at_or_below_cutoff")).toBe(false);
    expect(steps(d)[1]).toEqual({ rule: "b1.outcome", code: "b1_outcome_undetermined", params: { kind: "undetermined", total: null, missing: "roof, motorbike" }, result: "undetermined", status: "confirmed", cited: [] });
    expect(d.explanation.decision).toBe("score_b1");
  });

  it("the sheet follows the region: Red River delta is NT-north (base 80), the Mekong delta NT-south (base 90)", () => {
    const answers = { householdSize: "5+", roof: "leaves", motorbike: "no" };
    expect(scoreB1({ standard: "2021-2025", area: "rural", region: "red_river_delta", scorecard: FICTIONAL_SCORECARD, answers }).outcome).toMatchObject({ total: 80, base: 80, scorecard: { sheet: "NT-north" } });
    expect(scoreB1({ standard: "2021-2025", area: "rural", region: "mekong_delta", scorecard: FICTIONAL_SCORECARD, answers }).outcome).toMatchObject({ total: 90, base: 90, scorecard: { sheet: "NT-south" } });
  });

  it("no sheet for the area or the region: refused, naming the area and the region (null when none was given)", () => {
    // the card cut down to its NT-north sheet (points for the other sheets removed with them)
    const northOnly = {
      ...FICTIONAL_SCORECARD,
      sheets: FICTIONAL_SCORECARD.sheets.filter((s) => s.id === "NT-north"),
      items: FICTIONAL_SCORECARD.items.map((i) => ({ ...i, options: i.options.map((o) => ({ ...o, points: { "NT-north": o.points["NT-north"] } })) })),
    };
    const answers = { householdSize: "5+", roof: "leaves", motorbike: "no" };
    const south = safeScoreB1({ standard: "2021-2025", area: "rural", region: "mekong_delta", scorecard: northOnly, answers });
    expect(!south.ok && south.issues).toEqual([expect.objectContaining({ code: "region_not_covered", path: ["region"], params: { area: "rural", region: "mekong_delta" } })]);
    // no urban sheet at all: no region would help, so the region is not asked for
    const urban = safeScoreB1({ standard: "2021-2025", area: "urban", scorecard: northOnly, answers });
    expect(!urban.ok && urban.issues).toEqual([expect.objectContaining({ code: "region_not_covered", path: ["region"], params: { area: "urban", region: null } })]);
    const rural = safeScoreB1({ standard: "2021-2025", area: "rural", scorecard: northOnly, answers });
    expect(!rural.ok && rural.issues).toEqual([expect.objectContaining({ code: "region_required", path: ["region"], params: { area: "rural" } })]);
  });

  it("issues name the card, the item, the option and the options known", () => {
    const other = safeScoreB1({ standard: "2021-2025", area: "urban", scorecard: { ...FICTIONAL_SCORECARD, standard: "2016-2020" }, answers: {} });
    expect(!other.ok && other.issues[0]).toMatchObject({ code: "scorecard_of_other_standard", path: ["scorecard", "standard"], params: { scorecard: FICT, belongsTo: "2016-2020", standard: "2021-2025" } });
    const unknown = safeScoreB1({ standard: "2021-2025", area: "urban", scorecard: FICTIONAL_SCORECARD, answers: { garage: "yes", roof: "gold" } });
    expect(!unknown.ok && unknown.issues).toEqual([
      expect.objectContaining({ code: "unknown_b1_item", path: ["answers", "garage"], params: { item: "garage", scorecard: FICT } }),
      expect.objectContaining({ code: "unknown_b1_option", path: ["answers", "roof"], params: { item: "roof", option: "gold", known: "concrete, tiled, leaves" } }),
    ]);
    const broken = safeScoreB1({ standard: "2021-2025", area: "urban", scorecard: { ...FICTIONAL_SCORECARD, version: 1 } as never, answers: {} });
    expect(!broken.ok && broken.issues[0]?.path.slice(0, 2)).toEqual(["scorecard", "version"]);
  });

  it("a local standard layered on 2021–2025 takes the national card", () => {
    const local = layerLocalStandard({ ...exampleLocal("local-b1", "2021-2025"), incomeLines: { rural: { incomeLine: 1_750_000 } } });
    const d = scoreB1({ standard: local, area: "urban", scorecard: FICTIONAL_SCORECARD, answers: { householdSize: "5+", roof: "leaves", motorbike: "no" } });
    expect(d.outcome).toMatchObject({ kind: "scored", total: 95 });
    const other = safeScoreB1({ standard: local, area: "urban", scorecard: { ...FICTIONAL_SCORECARD, standard: "2016-2020" }, answers: {} });
    expect(!other.ok && other.issues[0]).toMatchObject({ code: "scorecard_of_other_standard", params: { belongsTo: "2016-2020", standard: "local-b1" } });
    // the rural line was raised and no local cut-off was given: no B1 score stands for the local line, so no rule
    const rural = scoreB1({ standard: local, area: "rural", total: 100 });
    expect(rural.outcome).toEqual({ kind: "rule_not_found", reason: "local_b1_not_found", standard: "local-b1" });
    expect(rural.explanation.steps.slice(1).map(bare)).toEqual([
      { rule: "b1.rule", code: "b1_local_rule_not_found", params: { standard: "local-b1", area: "rural" }, result: false, status: "confirmed", cited: [["Quyết định địa phương (ví dụ)", null]] },
    ]);
    expect(rural.explanation.decision).toBe("score_b1");
    expect(rural.explanation.summary).toEqual(rural.explanation.steps[1]?.message);
  });

  it("2016–2020: the values read are the area's own cut-offs (rural 120 and 150, urban 140 and 175)", () => {
    const keys = (area: "rural" | "urban") => scoreB1({ standard: "2016-2020", area, total: 160 }).explanation.valuesRead.map((v) => [v.key, v.value]);
    expect(keys("rural")).toEqual([["scoring.b1.rural.poorByIncome", 120], ["scoring.b1.rural.cutoff", 150]]);
    expect(keys("urban")).toEqual([["scoring.b1.urban.poorByIncome", 140], ["scoring.b1.urban.cutoff", 175]]);
  });
});

describe("B2's indicators, explained one by one (2022–2025, Decree 07/2021 Art. 3 cl. 1 point b: 12 indicators)", () => {
  const names = ["employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"];
  const children = (d: Decision<unknown>) => d.explanation.steps.find((s) => s.rule === "b2.total")?.children ?? [];

  it("by list: one step per deprived indicator, in the decree's order, whatever the order given", () => {
    const c = children(scoreB2({ standard: "2021-2025", deprivations: ["informationAccess", "employment"] }));
    expect(c.map((s) => [s.rule, s.code, s.params, s.actual, s.result])).toEqual([
      ["b2.indicator", "b2_indicator_deprived", { key: "employment", order: 1, nameVi: "Việc làm", nameEn: "Employment", deprived: true, points: 10 }, true, true],
      ["b2.indicator", "b2_indicator_deprived", { key: "informationAccess", order: 12, nameVi: "Phương tiện phục vụ tiếp cận thông tin", nameEn: "Means of access to information", deprived: true, points: 10 }, true, true],
    ]);
    expect(c[1]?.citations).toEqual([{ instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "1", point: "b" }]);
  });

  it("by answers: all 12 indicators, deprived or not; the same deprivations by list do not borrow the answers' steps", () => {
    const answers = Object.fromEntries(names.map((k) => [k, k === "telecom" || k === "nutrition"]));
    const a = children(scoreB2({ standard: "2021-2025", answers }));
    expect(a.map((s) => [(s.params as { key?: string }).key, s.code, s.result])).toEqual(names.map((k) => [k, k === "telecom" || k === "nutrition" ? "b2_indicator_deprived" : "b2_indicator_not_deprived", k === "telecom" || k === "nutrition"]));
    expect(a.map((s) => (s.params as { order?: number }).order)).toEqual(names.map((_, i) => i + 1));
    const l = children(scoreB2({ standard: "2021-2025", deprivations: ["nutrition", "telecom"] }));
    expect(l.map((s) => (s.params as { key?: string }).key)).toEqual(["nutrition", "telecom"]);
    // and the other way round, after the list was seen first
    expect(children(scoreB2({ standard: "2021-2025", answers })).length).toBe(12);
  });

  it("a total or a count names no indicator", () => {
    expect(children(scoreB2({ standard: "2021-2025", total: 30 }))).toEqual([]);
    expect(children(scoreB2({ standard: "2021-2025", deprivationCount: 3 }))).toEqual([]);
  });

  it("too many deprivations by count: refused with the count and the most (12)", () => {
    const r = safeScoreB2({ standard: "2021-2025", deprivationCount: 13 });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "too_many_deprivations", path: ["deprivationCount"], params: { count: 13, max: 12 } });
    expect(scoreB2({ standard: "2021-2025", deprivationCount: 12 }).outcome).toMatchObject({ kind: "scored", total: 120 });
  });
});

describe("each form's decision is named, and a thrown error names the function called", () => {
  it.each([
    ["screen_form_a", "screenFormA", () => screenFormA({ standard: "2021-2025", reviewed: 0 }), () => screenFormA({ standard: "2021-2025", reviewed: 2 } as never)],
    ["score_b1", "scoreB1", () => scoreB1({ standard: "2021-2025", area: "rural", total: 1 }), () => scoreB1({ standard: "2021-2025", area: "rural", total: -1 })],
    ["score_b2", "scoreB2", () => scoreB2({ standard: "2021-2025", total: 10 }), () => scoreB2({ standard: "2021-2025", total: 5 })],
  ] as const)("%s / %s", (decision, fn, ok, bad) => {
    const d: Decision<unknown> = ok();
    expect(d.explanation.decision).toBe(decision);
    expect(d.explanation.summary).toEqual(d.explanation.steps.at(-1)?.message);
    expect(bad).toThrow(expect.objectContaining({ code: "invalid_input", message: expect.stringContaining(fn) }));
  });

  it("Phiếu A labels not one per criterion: the issue is at `labels`, with both counts", () => {
    const r = safeScreenFormA({ standard: "2021-2025", reviewed: 1, criteria: nine(1), labels: [{ vi: "a", en: "a" }] });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "labels_length_mismatch", path: ["labels"], params: { labels: 1, criteria: 9 } });
  });
});
