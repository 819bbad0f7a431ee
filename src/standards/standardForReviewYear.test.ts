import { describe, expect, it } from "vitest";
import { safeStandardForListYear, safeStandardForReviewYear, standardForListYear, standardForReviewYear, type ReviewYearInput } from "./standardForReviewYear.js";
import { isDeepFrozen } from "../_lib/freeze.js";
import type { ExplanationStep } from "../explain/types.js";
import { byProvision, pinned } from "../../test/_lib/steps.js";

// Decree 351/2025/NĐ-CP (spec/standards.md): Art. 2 keeps the 2022–2025 standard for 2026; Art. 3 sets the 2027–2030
// standard; Art. 4 cl. 1 point a: "rà soát, xác định hộ nghèo, hộ cận nghèo năm 2026 theo chuẩn nghèo đa chiều giai
// đoạn 2022 - 2025". A periodic review held in year Y fixes the lists used in Y + 1.
const ART_2 = { instrument: "Nghị định 351/2025/NĐ-CP", article: "2" };
const ART_3 = { instrument: "Nghị định 351/2025/NĐ-CP", article: "3" };
const ART_4_1_A = { instrument: "Nghị định 351/2025/NĐ-CP", article: "4", clause: "1", point: "a" };

describe("which standard governs the lists of a year", () => {
  it.each([
    [2016, "2016-2020"],
    [2021, "2016-2020"],
    [2022, "2021-2025"],
    [2026, "2021-2025"],
    [2027, "2027-2030"],
    [2030, "2027-2030"],
  ])("lists of %i: %s", (year, id) => {
    const a = standardForListYear(year);
    expect(a.standard.id).toBe(id);
    expect(a.outcome).toMatchObject({ question: "list_year", listYear: year, standard: id, reading: "law", alternative: null, procedure: null });
  });

  it("2026 rests on Decree 351 Art. 2, 2027 on Art. 3", () => {
    expect(standardForListYear(2026).outcome.citations[0]).toMatchObject(ART_2);
    expect(standardForListYear(2027).outcome.citations[0]).toMatchObject(ART_3);
  });

  it("refuses years no standard governs", () => {
    const r = safeStandardForListYear(2031);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "no_standard_for_year", params: { year: 2031, from: 2016, to: 2030 } });
  });
});

describe("which standard the review held in a year applies", () => {
  it("the periodic review held in 2026 applies 2021-2025 (Art. 4 cl. 1 point a, uncertain); the 2027 lists' own standard is the alternative", () => {
    const a = standardForReviewYear({ year: 2026, kind: "periodic" });
    expect(a.standard.id).toBe("2021-2025");
    expect(a.outcome).toMatchObject({ question: "review_year", year: 2026, kind: "periodic", listYear: 2027, standard: "2021-2025", reading: "direction", status: "uncertain" });
    expect(a.outcome.citations[0]).toMatchObject(ART_4_1_A);
    expect(a.outcome.alternative).toMatchObject({ standard: "2027-2030", reading: "list_year", citation: ART_3 });
    expect(a.outcome.procedure).toMatchObject({ standard: "2021-2025", instrument: "Quyết định 24/2021/QĐ-TTg", practicalDefault: false });
    expect(a.explanation.uncertain).toBe(true);
    expect(a.explanation.steps.map((s) => s.code)).toEqual(["review_fixes_lists_of", "list_year_governed_by", "review_direction", "reading_direction", "procedure_of_standard", "standard_for_review_year"]);
    expect(a.explanation.summary.vi).toBe("Đợt rà soát định kỳ năm 2026 (danh sách năm 2027): áp dụng chuẩn nghèo 2021-2025. (Nghị định 351/2025/NĐ-CP, Điều 4, khoản 1, điểm a)");
  });

  it("the caller may choose the list year's standard instead; the direction is then the alternative", () => {
    const a = standardForReviewYear({ year: 2026, kind: "periodic", reading: "list_year" });
    expect(a.standard.id).toBe("2027-2030");
    expect(a.outcome).toMatchObject({ reading: "list_year", alternative: { standard: "2021-2025", reading: "direction", citation: ART_4_1_A } });
    // no 2027–2030 procedure was found: the 2022–2025 one applies, uncertain
    expect(a.outcome.procedure).toMatchObject({ standard: "2027-2030", practicalDefault: true, status: "uncertain" });
    expect(a.outcome.status).toBe("uncertain");
  });

  it("a regular review held in 2026 amends the 2026 lists: 2021-2025 either way", () => {
    const a = standardForReviewYear({ year: 2026, kind: "regular" });
    expect(a.outcome).toMatchObject({ listYear: 2026, standard: "2021-2025", reading: "law", alternative: null });
  });

  it.each([
    [{ year: 2015, kind: "periodic" }, 2016, "2016-2020"],
    [{ year: 2020, kind: "periodic" }, 2021, "2016-2020"],
    [{ year: 2021, kind: "regular" }, 2021, "2016-2020"],
    // the review at the end of 2021 was run under the 2022–2025 standard (spec/standards.md)
    [{ year: 2021, kind: "periodic" }, 2022, "2021-2025"],
    [{ year: 2025, kind: "periodic" }, 2026, "2021-2025"],
    [{ year: 2027, kind: "regular" }, 2027, "2027-2030"],
    [{ year: 2029, kind: "periodic" }, 2030, "2027-2030"],
  ] as const)("%o fixes or amends the lists of %i: %s", (input, listYear, id) => {
    const a = standardForReviewYear(input);
    expect(a.outcome).toMatchObject({ listYear, standard: id, reading: "law", alternative: null });
  });

  it("reviews under 2027-2030 follow the 2022–2025 procedure as the practical default, marked uncertain", () => {
    const a = standardForReviewYear({ year: 2027, kind: "periodic" });
    expect(a.outcome.procedure).toEqual({ standard: "2027-2030", instrument: "Quyết định 24/2021/QĐ-TTg", practicalDefault: true, status: "uncertain" });
    expect(a.outcome.status).toBe("uncertain");
    expect(a.explanation.steps.find((s) => s.code === "procedure_practical_default")?.message.vi).toContain("tạm áp dụng quy trình của chuẩn 2021-2025");
  });

  it("refuses a review whose lists no standard governs, a reading where no direction exists, and a missing kind", () => {
    const a = safeStandardForReviewYear({ year: 2030, kind: "periodic" });
    expect(!a.ok && a.issues[0]).toMatchObject({ code: "no_standard_for_review_year", path: ["year"], params: { year: 2030, listYear: 2031 } });
    const b = safeStandardForReviewYear({ year: 2024, kind: "periodic", reading: "list_year" });
    expect(!b.ok && b.issues[0]).toMatchObject({ code: "reading_without_direction", path: ["reading"] });
    const c = safeStandardForReviewYear({ year: 2026 } as unknown as ReviewYearInput);
    expect(!c.ok && c.issues[0]).toMatchObject({ path: ["kind"] });
    const d = safeStandardForReviewYear({ year: 2026.5, kind: "periodic" });
    expect(d.ok).toBe(false);
    expect(() => standardForReviewYear({ year: 2030, kind: "periodic" })).toThrow(/2031/);
  });

  it("answers are deeply frozen and the same every time (nothing depends on today's date or on earlier calls)", () => {
    const a = standardForReviewYear({ year: 2026, kind: "periodic" });
    expect(isDeepFrozen(a.outcome)).toBe(true);
    expect(JSON.stringify(standardForReviewYear({ year: 2026, kind: "periodic" }))).toBe(JSON.stringify(a));
  });
});

describe("the answers explained step by step (each step's rule, params, result, basis and certainty)", () => {
  const DECISION_24 = "Quyết định 24/2021/QĐ-TTg";
  const bare = (s: ExplanationStep): object => pinned(s, byProvision);
  const art = (a: string, c: string | null = null, p: string | null = null) => ["Nghị định 351/2025/NĐ-CP", a, c, p];

  it("the periodic review held in 2026: lists of 2027, governed by 2027-2030 (Art. 3); directed to 2021-2025 (Art. 4 cl. 1 pt a); the 2022–2025 procedure", () => {
    const a = standardForReviewYear({ year: 2026, kind: "periodic" });
    expect(a.explanation.steps.map(bare)).toEqual([
      // Decision 24/2021 Art. 3: the periodic review (1/9–14/12) fixes the lists of the following year
      { rule: "review.lists_of", code: "review_fixes_lists_of", params: { year: 2026, kind: "periodic", listYear: 2027 }, result: "2027", status: "confirmed", cited: [[DECISION_24, "3", null, null]] },
      { rule: "standard.list_years", code: "list_year_governed_by", params: { listYear: 2027, standard: "2027-2030", from: 2027, to: 2030 }, result: "2027-2030", status: "confirmed", cited: [art("3")] },
      {
        rule: "review.direction",
        code: "review_direction",
        params: {
          year: 2026,
          standard: "2021-2025",
          textVi: "Nghị định 351/2025/NĐ-CP giao hướng dẫn rà soát, xác định hộ nghèo, hộ cận nghèo năm 2026 theo chuẩn nghèo đa chiều giai đoạn 2022–2025.",
          textEn: "Decree 351/2025/ND-CP directs the review and identification of poor and near-poor households in 2026 under the 2022–2025 standard.",
        },
        result: "2021-2025",
        status: "uncertain",
        cited: [art("4", "1", "a")],
      },
      { rule: "review.reading", code: "reading_direction", params: { standard: "2021-2025", alternative: "2027-2030", listYear: 2027 }, result: "2021-2025", status: "uncertain", cited: [art("4", "1", "a")] },
      { rule: "review.procedure", code: "procedure_of_standard", params: { standard: "2021-2025", instrument: DECISION_24 }, result: "2021-2025", status: "confirmed", cited: [[DECISION_24, null, null, null]] },
      { rule: "standard.for_review_year", code: "standard_for_review_year", params: { year: 2026, kind: "periodic", standard: "2021-2025", listYear: 2027 }, result: "2021-2025", status: "uncertain", cited: [art("4", "1", "a")] },
    ]);
    expect(a.outcome.citations.map((c) => [c.instrument, c.article])).toEqual([["Nghị định 351/2025/NĐ-CP", "4"], ["Nghị định 351/2025/NĐ-CP", "3"]]);
    expect(a.explanation.decision).toBe("standard_for_review_year");
    expect(a.explanation.valuesRead.map((v) => [v.standard, v.key, v.value])).toEqual([["2027-2030", "listYears", { from: 2027, to: 2030 }]]);
  });

  it("the same review read by the list year: 2027-2030, the direction kept as the alternative, the procedure a practical default", () => {
    const a = standardForReviewYear({ year: 2026, kind: "periodic", reading: "list_year" });
    expect(a.explanation.steps.slice(3).map(bare)).toEqual([
      { rule: "review.reading", code: "reading_list_year", params: { standard: "2027-2030", alternative: "2021-2025", listYear: 2027 }, result: "2027-2030", status: "confirmed", cited: [art("3")] },
      { rule: "review.procedure", code: "procedure_practical_default", params: { standard: "2027-2030", from: "2021-2025", instrument: DECISION_24 }, result: "2021-2025", status: "uncertain", cited: [[DECISION_24, null, null, null]] },
      { rule: "standard.for_review_year", code: "standard_for_review_year", params: { year: 2026, kind: "periodic", standard: "2027-2030", listYear: 2027 }, result: "2027-2030", status: "uncertain", cited: [art("3")] },
    ]);
    expect(a.outcome.alternative).toEqual({ standard: "2021-2025", reading: "direction", citation: expect.objectContaining({ article: "4", clause: "1", point: "a" }), status: "uncertain" });
    expect(a.outcome.citations.map((c) => c.article)).toEqual(["3"]);
  });

  it("a regular review held in 2024 amends the 2024 lists: Decision 24/2021 Art. 3 (and Art. 5), no direction, the law's answer", () => {
    const a = standardForReviewYear({ year: 2024, kind: "regular" });
    expect(a.explanation.steps.map((s) => s.code)).toEqual(["review_fixes_lists_of", "list_year_governed_by", "procedure_of_standard", "standard_for_review_year"]);
    expect(bare(a.explanation.steps[0] as never)).toEqual({ rule: "review.lists_of", code: "review_fixes_lists_of", params: { year: 2024, kind: "regular", listYear: 2024 }, result: "2024", status: "confirmed", cited: [[DECISION_24, "3", null, null]] });
    expect(a.explanation.steps[0]?.citations[0]?.note).toBe("and Art. 5");
    expect(a.outcome).toEqual({
      question: "review_year",
      year: 2024,
      kind: "regular",
      listYear: 2024,
      standard: "2021-2025",
      reading: "law",
      alternative: null,
      procedure: { standard: "2021-2025", instrument: DECISION_24, practicalDefault: false, status: "confirmed" },
      citations: [expect.objectContaining({ instrument: "Nghị định 351/2025/NĐ-CP", article: "2" })],
      status: "confirmed",
    });
  });

  it("a review no standard's lists cover names the range of list years (2016–2030)", () => {
    const r = safeStandardForReviewYear({ year: 2030, kind: "periodic" });
    expect(!r.ok && r.issues[0]?.params).toEqual({ year: 2030, kind: "periodic", listYear: 2031, from: 2016, to: 2030 });
    const b = safeStandardForReviewYear({ year: 2024, kind: "regular", reading: "direction" });
    expect(!b.ok && b.issues[0]).toMatchObject({ code: "reading_without_direction", params: { year: 2024, kind: "regular" } });
  });

  it("the list-year answer: one step naming the years the standard governs, then the answer", () => {
    const a = standardForListYear(2026);
    expect(a.explanation.steps.map(bare)).toEqual([
      { rule: "standard.list_years", code: "list_year_governed_by", params: { listYear: 2026, standard: "2021-2025", from: 2022, to: 2026 }, result: "2021-2025", status: "confirmed", cited: [art("2")] },
      { rule: "standard.for_list_year", code: "standard_for_list_year", params: { listYear: 2026, standard: "2021-2025" }, result: "2021-2025", status: "confirmed", cited: [art("2")] },
    ]);
    expect(a.explanation.decision).toBe("standard_for_list_year");
    expect(a.outcome.status).toBe("confirmed");
    expect(() => standardForListYear(2015)).toThrow(expect.objectContaining({ code: "no_standard_for_year", details: { year: "2015" } }));
  });
});
