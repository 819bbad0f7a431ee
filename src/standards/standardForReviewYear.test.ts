import { describe, expect, it } from "vitest";
import { safeStandardForListYear, safeStandardForReviewYear, standardForListYear, standardForReviewYear, type ReviewYearInput } from "./standardForReviewYear.js";
import { isDeepFrozen } from "../_lib/freeze.js";

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
