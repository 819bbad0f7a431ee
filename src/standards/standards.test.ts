import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { STANDARDS } from "./STANDARDS.js";
import { getStandard, findStandard } from "./getStandard.js";
import { safeStandardForYear, standardForYear } from "./standardForYear.js";
import { PovertyError } from "../errors/PovertyError.js";
import type { LegalValue } from "../types.js";

/** Reads a legal value by path ("incomeLines.rural.incomeLine"). */
function at(obj: unknown, path: string): LegalValue<unknown> {
  let cur: unknown = obj;
  for (const k of path.split(".")) cur = (cur as Record<string, unknown>)[k];
  return cur as LegalValue<unknown>;
}

// Every legal value, pinned to the value and source in ../shared/spec (standards.md, forms.md, procedure.md) and to
// the corrections recorded in docs/legal-sources.md (each with the source re-read).
const GUIDE_2023 = "Hướng dẫn số 01/HD-BCĐ ngày 05/9/2023 của Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo xã Nam Cao";
const PLAN_2019 = "Kế hoạch số 124/KH-UBND ngày 09/8/2019 của UBND tỉnh Kiên Giang";
type Cite = { instrument: string; article?: string; clause?: string; point?: string; item?: string };
const PINS: readonly [string, string, unknown, Cite, string][] = [
  // [standard, path, value, citation (the fields pinned), status]
  ["2016-2020", "incomeLines.rural.poorByIncomeLine", 700_000, { instrument: "Quyết định 59/2015/QĐ-TTg" }, "confirmed"],
  ["2016-2020", "incomeLines.rural.incomeLine", 1_000_000, { instrument: "Quyết định 59/2015/QĐ-TTg" }, "confirmed"],
  ["2016-2020", "incomeLines.urban.poorByIncomeLine", 900_000, { instrument: "Quyết định 59/2015/QĐ-TTg" }, "confirmed"],
  ["2016-2020", "incomeLines.urban.incomeLine", 1_300_000, { instrument: "Quyết định 59/2015/QĐ-TTg" }, "confirmed"],
  ["2016-2020", "middleLiving.rural", 1_500_000, { instrument: PLAN_2019, item: "Mục II.3" }, "seed"],
  ["2016-2020", "middleLiving.urban", 1_950_000, { instrument: PLAN_2019, item: "Mục II.3" }, "seed"],
  ["2016-2020", "poorDeprivationCount", 3, { instrument: "Quyết định 59/2015/QĐ-TTg" }, "confirmed"],
  // Circular 14/2018 (a legal portal's summary): urban 140/175 and rural 120; no article named
  ["2016-2020", "scoring.b1.rural.poorByIncome", 120, { instrument: "Thông tư 14/2018/TT-BLĐTBXH" }, "confirmed"],
  // rural 150: only the 2019 provincial plan states it ("1.000.000 đồng tương đương 150 điểm")
  ["2016-2020", "scoring.b1.rural.cutoff", 150, { instrument: PLAN_2019, item: "Mục II.4" }, "seed"],
  ["2016-2020", "scoring.b1.urban.poorByIncome", 140, { instrument: "Thông tư 14/2018/TT-BLĐTBXH" }, "confirmed"],
  ["2016-2020", "scoring.b1.urban.cutoff", 175, { instrument: "Thông tư 14/2018/TT-BLĐTBXH" }, "confirmed"],
  // 10 points per indicator (2016–2020): an inference from "3 indicators" ≡ "30 points"
  ["2016-2020", "scoring.b2.pointsPerIndicator", 10, { instrument: "Thông tư 17/2016/TT-BLĐTBXH", item: "Phiếu B, phần B2" }, "uncertain"],
  ["2016-2020", "scoring.b2.poorAtOrAbove", 30, { instrument: "Thông tư 14/2018/TT-BLĐTBXH" }, "confirmed"],
  ["2016-2020", "scoring.formA.stopAtOrAbove", 3, { instrument: "Thông tư 17/2016/TT-BLĐTBXH" }, "confirmed"],
  ["2016-2020", "procedure.posting", { days: 7, unit: "working" }, { instrument: "Thông tư 17/2016/TT-BLĐTBXH" }, "confirmed"],
  ["2016-2020", "procedure.periodicWindow", { from: "09-01", to: "12-31" }, { instrument: "Thông tư 17/2016/TT-BLĐTBXH", article: "4" }, "confirmed"],
  // Decree 07/2021 Art. 3 cl. 1: point a the income criterion, point b the deprivation criterion (not cl. 2)
  ["2021-2025", "incomeLines.rural.incomeLine", 1_500_000, { instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "1", point: "a" }, "confirmed"],
  ["2021-2025", "incomeLines.urban.incomeLine", 2_000_000, { instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "1", point: "a" }, "confirmed"],
  ["2021-2025", "poorDeprivationCount", 3, { instrument: "Nghị định 07/2021/NĐ-CP", article: "3" }, "confirmed"],
  ["2021-2025", "listYears", { from: 2022, to: 2026 }, { instrument: "Nghị định 351/2025/NĐ-CP", article: "2" }, "confirmed"],
  ["2021-2025", "middleLiving.rural", 2_250_000, { instrument: "Nghị định 07/2021/NĐ-CP", article: "3" }, "confirmed"],
  ["2021-2025", "middleLiving.urban", 3_000_000, { instrument: "Nghị định 07/2021/NĐ-CP", article: "3" }, "confirmed"],
  ["2021-2025", "lowIncomeWorker.rural", 2_250_000, { instrument: "Nghị định 30/2025/NĐ-CP" }, "confirmed"],
  ["2021-2025", "lowIncomeWorker.urban", 3_000_000, { instrument: "Nghị định 30/2025/NĐ-CP" }, "confirmed"],
  ["2021-2025", "scoring.b1.rural.cutoff", 140, { instrument: "Thông tư 07/2021/TT-BLĐTBXH" }, "confirmed"],
  ["2021-2025", "scoring.b1.urban.cutoff", 175, { instrument: "Thông tư 07/2021/TT-BLĐTBXH" }, "confirmed"],
  ["2021-2025", "scoring.b2.pointsPerIndicator", 10, { instrument: "Thông tư 07/2021/TT-BLĐTBXH" }, "confirmed"],
  ["2021-2025", "scoring.b2.poorAtOrAbove", 30, { instrument: "Thông tư 07/2021/TT-BLĐTBXH" }, "confirmed"],
  ["2021-2025", "scoring.formA.criteriaCount", 9, { instrument: GUIDE_2023, item: "Mục I.2, Bước 1 (Phiếu A, cột 1–9)" }, "seed"],
  ["2021-2025", "scoring.formA.stopAtOrAbove", 4, { instrument: GUIDE_2023, item: "Mục I.2, Bước 1 (Phiếu A, cột E)" }, "seed"],
  ["2021-2025", "procedure.periodicWindow", { from: "09-01", to: "12-14" }, { instrument: "Quyết định 24/2021/QĐ-TTg", article: "3" }, "confirmed"],
  ["2021-2025", "procedure.regularReviewFromDay", 15, { instrument: "Quyết định 24/2021/QĐ-TTg", article: "3" }, "confirmed"],
  ["2021-2025", "procedure.meetingAgreementShare", { numerator: 1, denominator: 2 }, { instrument: "Quyết định 24/2021/QĐ-TTg", article: "4" }, "confirmed"],
  // two copies of the minutes: the procedure text published by Decision 406/QĐ-LĐTBXH reproduces Decision 24 Art. 4
  ["2021-2025", "procedure.meetingMinutesCopies", 2, { instrument: "Quyết định 24/2021/QĐ-TTg", article: "4" }, "confirmed"],
  ["2021-2025", "procedure.posting", { days: 3, unit: "working" }, { instrument: GUIDE_2023, item: "Mục I.2, Bước 4" }, "seed"],
  ["2021-2025", "procedure.complaintRecheck", { days: 7, unit: "working" }, { instrument: GUIDE_2023, item: "Mục I.2, Bước 4" }, "seed"],
  ["2021-2025", "procedure.recheckPosting", { days: 3, unit: "working" }, { instrument: GUIDE_2023, item: "Mục I.2, Bước 4" }, "seed"],
  ["2021-2025", "procedure.middleLiving.posting", { days: 5, unit: "working" }, { instrument: "Quyết định 406/QĐ-LĐTBXH" }, "confirmed"],
  ["2021-2025", "procedure.middleLiving.recheck", { days: 3, unit: "working" }, { instrument: "Quyết định 406/QĐ-LĐTBXH" }, "confirmed"],
  ["2021-2025", "procedure.middleLiving.decision", { days: 15, unit: "calendar" }, { instrument: "Quyết định 406/QĐ-LĐTBXH" }, "uncertain"],
  ["2021-2025", "procedure.lowIncomeWorkerPosting", { days: 5, unit: "working" }, { instrument: "Nghị định 30/2025/NĐ-CP" }, "confirmed"],
  ["2027-2030", "incomeLines.rural.incomeLine", 2_200_000, { instrument: "Nghị định 351/2025/NĐ-CP", article: "3" }, "confirmed"],
  ["2027-2030", "incomeLines.urban.incomeLine", 2_800_000, { instrument: "Nghị định 351/2025/NĐ-CP", article: "3" }, "confirmed"],
  ["2027-2030", "poorDeprivationCount", 3, { instrument: "Nghị định 351/2025/NĐ-CP", article: "3" }, "confirmed"],
  ["2027-2030", "listYears", { from: 2027, to: 2030 }, { instrument: "Nghị định 351/2025/NĐ-CP", article: "3" }, "confirmed"],
  // no procedure found for 2027–2030: the 2022–2025 one applies as the practical default, marked uncertain
  ["2027-2030", "procedure.periodicWindow", { from: "09-01", to: "12-14" }, { instrument: "Quyết định 24/2021/QĐ-TTg", article: "3" }, "uncertain"],
  ["2027-2030", "procedure.meetingAgreementShare", { numerator: 1, denominator: 2 }, { instrument: "Quyết định 24/2021/QĐ-TTg", article: "4" }, "uncertain"],
  ["2027-2030", "procedure.posting", { days: 3, unit: "working" }, { instrument: GUIDE_2023, item: "Mục I.2, Bước 4" }, "uncertain"],
];

describe("legal values are pinned to their citation", () => {
  it.each(PINS)("%s %s = %j (%o, %s)", (id, path, value, citation, status) => {
    const v = at(getStandard(id), path);
    expect(v.value).toEqual(value);
    expect(v.citation).toMatchObject(citation);
    for (const k of ["article", "clause", "point"] as const) if (!(k in citation)) expect(v.citation[k], `${k} not confirmed, so not cited`).toBeUndefined();
    expect(v.status).toBe(status);
  });

  it("instruments carry the dates re-read: Circular 17/2016 in force 15/08/2016, Circular 14/2018 10/11/2018, Decision 24/2021 01/09/2021, Decree 351/2025 15/02/2026 (uncertain)", () => {
    const inst = (id: string, n: string) => getStandard(id).instruments.find((i) => i.id === n);
    expect(inst("2016-2020", "Thông tư 17/2016/TT-BLĐTBXH")).toMatchObject({ signed: "2016-06-28", inForce: "2016-08-15" });
    expect(inst("2016-2020", "Thông tư 14/2018/TT-BLĐTBXH")).toMatchObject({ signed: "2018-09-26", inForce: "2018-11-10" });
    expect(inst("2021-2025", "Quyết định 24/2021/QĐ-TTg")).toMatchObject({ signed: "2021-07-16", inForce: "2021-09-01" });
    expect(inst("2027-2030", "Nghị định 351/2025/NĐ-CP")).toMatchObject({ signed: "2025-12-30", inForce: "2026-02-15", inForceStatus: "uncertain" });
  });

  it("no citation anywhere names a file or a project document number: local documents are cited by number, issuer and date", () => {
    const text = JSON.stringify(STANDARDS.map((s) => [s.instruments, s.indicators, s.scoring, s.procedure, s.incomeLines, s.middleLiving].map((x) => JSON.stringify(x, (k, v: unknown) => (k === "note" || k === "status" ? undefined : v)))));
    expect(text).not.toMatch(/seed|[0-9a-f]{16}/i);
  });

  it("Decision 24/2021 Art. 7 deadlines: preliminary before 15/11, official before 20/12; monthly on the 5th, Feb–Sep", () => {
    const d = getStandard("2021-2025").procedure?.deadlines ?? [];
    expect(d.map((x) => [x.id, x.when])).toEqual([
      ["commune_regular_monthly", { kind: "monthly", day: 5, months: [2, 3, 4, 5, 6, 7, 8, 9] }],
      ["province_preliminary", { kind: "yearly", before: "11-15" }],
      ["province_official", { kind: "yearly", before: "12-20" }],
    ]);
    for (const x of d) expect(x.citation).toMatchObject({ instrument: "Quyết định 24/2021/QĐ-TTg", article: "7" });
  });

  it("Circular 17/2016 Art. 9 deadlines: 15/11 and 15/12", () => {
    const d = getStandard("2016-2020").procedure?.deadlines ?? [];
    expect(d.map((x) => x.when)).toEqual([
      { kind: "yearly", before: "11-15" },
      { kind: "yearly", before: "12-15" },
    ]);
  });

  it("middle-living income is measured over 12 months, state allowances excluded (Decision 24/2021, Art. 2)", () => {
    const m = getStandard("2021-2025").middleLivingIncomeMethod;
    expect(m?.citation).toMatchObject({ instrument: "Quyết định 24/2021/QĐ-TTg", article: "2" });
    expect(m?.status).toBe("confirmed");
    expect(m?.value.vi).toContain("12 tháng");
    expect(getStandard("2016-2020").middleLivingIncomeMethod?.status).toBe("uncertain");
    expect(getStandard("2027-2030").middleLivingIncomeMethod).toBeUndefined();
  });

  it("the 2027–2030 urban near-poor rule is marked uncertain (source cut off)", () => {
    expect(getStandard("2027-2030").incomeLines.urban.nearPoorRule?.status).toBe("uncertain");
    expect(getStandard("2027-2030").incomeLines.rural.nearPoorRule).toBeUndefined();
  });

  it("values NOT FOUND are absent, not guessed", () => {
    const s2027 = getStandard("2027-2030");
    expect(s2027.scoring.b1).toBeUndefined();
    expect(s2027.scoring.formA).toBeUndefined();
    expect(s2027.middleLiving).toBeUndefined();
    expect(s2027.procedure?.practicalDefault).toMatchObject({ from: "2021-2025", status: "uncertain" });
    expect(s2027.incomeLines.rural.poorByIncomeLine).toBeUndefined(); // the draft's lower line is not in the signed decree
    expect(getStandard("2016-2020").procedure?.meetingAgreementShare).toBeUndefined();
    expect(getStandard("2016-2020").scoring.formA?.criteriaCount).toBeUndefined();
    expect(getStandard("2021-2025").incomeLines.rural.poorByIncomeLine).toBeUndefined();
    // telecom and information-access definitions (2021–2025) were not found
    const defs = Object.fromEntries(getStandard("2021-2025").indicators.map((i) => [i.key, i.definition]));
    expect(defs["telecom"]).toBeUndefined();
    expect(defs["informationAccess"]).toBeUndefined();
  });
});

describe("indicators", () => {
  it("2021–2025 has the decree's twelve indicators in order (the report column order)", () => {
    expect(getStandard("2021-2025").indicators.map((i) => i.key)).toEqual([
      "employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance",
      "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess",
    ]);
  });
  it("2016–2020 has ten indicators in five services", () => {
    const s = getStandard("2016-2020");
    expect(s.indicators).toHaveLength(10);
    expect(new Set(s.indicators.map((i) => i.service.key)).size).toBe(5);
  });
  it("2027–2030 has twelve indicators in six services, drops information access, adds waste treatment — all uncertain", () => {
    const s = getStandard("2027-2030");
    expect(s.indicators).toHaveLength(12);
    expect(new Set(s.indicators.map((i) => i.service.key)).size).toBe(6);
    expect(s.indicators.map((i) => i.key)).not.toContain("informationAccess");
    expect(s.indicators.map((i) => i.key)).toContain("wasteTreatment");
    expect(s.indicators.every((i) => i.status === "uncertain")).toBe(true);
  });
  it("orders are 1..n with unique keys in every standard", () => {
    for (const s of STANDARDS) {
      expect(s.indicators.map((i) => i.order)).toEqual(s.indicators.map((_, k) => k + 1));
      expect(new Set(s.indicators.map((i) => i.key)).size).toBe(s.indicators.length);
    }
  });
});

describe("lookup", () => {
  it("getStandard throws a coded error for an unknown id", () => {
    expect(() => getStandard("2030-2035")).toThrowError(PovertyError);
    try {
      getStandard("2030-2035");
    } catch (e) {
      expect((e as PovertyError).code).toBe("unknown_standard");
    }
    expect(findStandard("nope")).toBeUndefined();
  });

  it.each([
    [2016, "2016-2020"], [2020, "2016-2020"], [2021, "2016-2020"],
    [2022, "2021-2025"], [2025, "2021-2025"], [2026, "2021-2025"],
    [2027, "2027-2030"], [2030, "2027-2030"],
  ])("the list for %i is governed by %s", (year, id) => {
    expect(standardForYear(year).id).toBe(id);
  });

  it.each([2015, 2031, 1900])("no standard governs %i: issue no_standard_for_year", (year) => {
    const r = safeStandardForYear(year);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("no_standard_for_year");
      expect(r.issues[0]?.path).toEqual(["year"]);
      expect(r.issues[0]?.message.vi).toContain(String(year));
      expect(r.issues[0]?.message.en).toContain(String(year));
    }
    expect(() => standardForYear(year)).toThrowError(expect.objectContaining({ code: "no_standard_for_year" }) as Error);
  });

  it.each([2021.5, Number.NaN, "2022" as unknown as number])("a non-integer year %s is an invalid input", (year) => {
    const r = safeStandardForYear(year);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("invalid_year");
  });

  it("property: list years 2016–2030 are covered exactly once, with no gap or overlap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2016, max: 2030 }), (year) => {
        const covering = STANDARDS.filter((s) => year >= s.listYears.value.from && year <= s.listYears.value.to);
        return covering.length === 1;
      }),
    );
    // and contiguously, oldest first
    for (let k = 1; k < STANDARDS.length; k++) {
      expect(STANDARDS[k]?.listYears.value.from).toBe((STANDARDS[k - 1]?.listYears.value.to ?? 0) + 1);
    }
  });

  it("standards are frozen data that a caller cannot overwrite in place", () => {
    expect(Object.isFrozen(STANDARDS)).toBe(true);
  });
});

describe("immutability", () => {
  it("every standard is deep-frozen: a line cannot be overwritten", () => {
    const s = getStandard("2021-2025");
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.incomeLines.rural.incomeLine)).toBe(true);
    expect(() => {
      (s.incomeLines.rural.incomeLine as { value: number }).value = 1;
    }).toThrow(TypeError);
    expect(s.incomeLines.rural.incomeLine.value).toBe(1_500_000);
  });
});
