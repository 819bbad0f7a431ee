import type { Citation, LegalValue } from "../../types.js";
import type { IndicatorChange, ProcedureRules, PovertyStandard } from "../types.js";
import { deepFreeze } from "../../_lib/freeze.js";
import { STANDARD_2021_2025 } from "./standard2021To2025.js";

const ARTICLES_NOTE = "article numbers as read in fragments of the gazette copy; the content in several reports after signing";
/** Art. 3: the standard for 2027–2030 (income lines, the class rule, the indicators). */
const DECREE_351: Citation = { instrument: "Nghị định 351/2025/NĐ-CP", article: "3", note: ARTICLES_NOTE };
const REPORTED: Citation = { instrument: "Nghị định 351/2025/NĐ-CP", article: "3", note: "indicator list as reported; not read in the decree's text" };
const DRAFT: Citation = { instrument: "Nghị định 351/2025/NĐ-CP", article: "3", note: "definition seen only in the draft decree" };
/** The health dimension's order: one report on the draft lists health insurance first, another nutrition first. */
const HEALTH_ORDER: Citation = {
  instrument: "Nghị định 351/2025/NĐ-CP",
  article: "3",
  note: "indicator list as reported; one report on the draft lists health insurance before nutrition (the order kept here), another the reverse",
};
/** The statement made after signing by the National Office for Poverty Reduction. */
const STATEMENT: Citation = {
  instrument: "Nghị định 351/2025/NĐ-CP",
  article: "3",
  note: "changes stated after signing by the National Office for Poverty Reduction (press); the decree's text not read",
};
/** Art. 4 cl. 1 point a: the ministry guides the review of 2026 under the 2022–2025 standard. */
const DECREE_351_REVIEW_2026: Citation = {
  instrument: "Nghị định 351/2025/NĐ-CP",
  article: "4",
  clause: "1",
  point: "a",
  note: "'rà soát, xác định hộ nghèo, hộ cận nghèo năm 2026 theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025', read in fragments of the gazette copy",
};

/** Marks one legal value of the 2022–2025 procedure as applied here by default: uncertain, with a note. */
function byDefault<T>(v: LegalValue<T>): LegalValue<T> {
  return { ...v, citation: { ...v.citation, note: `${v.citation.note ? `${v.citation.note}; ` : ""}applied to 2027–2030 as the practical default` }, status: "uncertain" };
}

/**
 * The review procedure for reviews under the 2027–2030 standard: no procedure for it was found, so the 2022–2025
 * procedure (Decision 24/2021/QĐ-TTg and the commune guide's durations) applies as the practical default, every
 * value marked uncertain.
 */
function practicalDefaultProcedure(): ProcedureRules {
  const p = STANDARD_2021_2025.procedure;
  if (!p) throw new Error("the 2021-2025 standard has a procedure");
  return {
    instrument: p.instrument,
    practicalDefault: {
      from: STANDARD_2021_2025.id,
      citation: { instrument: p.instrument, note: "no review procedure for 2027–2030 found; the 2022–2025 procedure is applied until one is" },
      status: "uncertain",
      reason: {
        vi: "Chưa tìm thấy quy trình rà soát áp dụng cho chuẩn nghèo giai đoạn 2027–2030; tạm áp dụng quy trình của giai đoạn 2022–2025 (Quyết định 24/2021/QĐ-TTg).",
        en: "No review procedure for the 2027–2030 standard was found; the 2022–2025 procedure (Decision 24/2021/QD-TTg) is applied meanwhile.",
      },
    },
    periodicWindow: byDefault(p.periodicWindow),
    ...(p.regularReviewFromDay ? { regularReviewFromDay: byDefault(p.regularReviewFromDay) } : {}),
    ...(p.meetingAgreementShare ? { meetingAgreementShare: byDefault(p.meetingAgreementShare) } : {}),
    ...(p.meetingMinutesCopies ? { meetingMinutesCopies: byDefault(p.meetingMinutesCopies) } : {}),
    posting: byDefault(p.posting),
    ...(p.complaintRecheck ? { complaintRecheck: byDefault(p.complaintRecheck) } : {}),
    ...(p.recheckPosting ? { recheckPosting: byDefault(p.recheckPosting) } : {}),
    deadlines: p.deadlines.map((d) => ({ ...d, citation: { ...d.citation, note: "applied to 2027–2030 as the practical default" }, status: "uncertain" as const })),
  };
}

const kept = (key: string): IndicatorChange => ({
  kind: "kept",
  from: key,
  to: key,
  note: { vi: "Giữ nguyên chỉ số (theo danh sách được công bố).", en: "Kept (as reported)." },
  citation: REPORTED,
  status: "uncertain",
});

const svc = {
  employment: { key: "employment", name: { vi: "Việc làm", en: "Employment" } },
  health: { key: "health", name: { vi: "Y tế", en: "Health" } },
  education: { key: "education", name: { vi: "Giáo dục", en: "Education" } },
  housing: { key: "housing", name: { vi: "Nhà ở", en: "Housing" } },
  information: { key: "information", name: { vi: "Thông tin", en: "Information" } },
  water: { key: "water_sanitation_environment", name: { vi: "Nước sinh hoạt, vệ sinh và môi trường", en: "Water, sanitation and environment" } },
} as const;

/**
 * The national poverty standard for 2027–2030 (chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030), Decree
 * 351/2025/NĐ-CP signed 30/12/2025; it governs the lists for 2027–2030.
 *
 * @remarks
 * Income lines 2,200,000 (rural) and 2,800,000 (urban, đô thị) per person per month; poor = income ≤ line and at
 * least 3 deprivations; near-poor = income ≤ line and fewer (urban rule UNCERTAIN: the source was cut off; the same
 * rule is applied by symmetry). The indicator list is UNCERTAIN (as reported; the health order follows the report
 * that lists health insurance first), with its map from the 2021–2025 indicators in `indicatorChanges`. No
 * middle-living band, no B1 cut-off and no Phiếu A rule could be sourced: they are absent, and functions that need
 * them refuse. No review procedure was found either: the 2022–2025 procedure applies as the practical default,
 * every value marked uncertain (`procedure.practicalDefault`). The decree's Art. 4 cl. 1 point a directs the review
 * held in 2026 to apply the 2022–2025 standard (`reviewDirectives`). In force 15/02/2026 (Art. 5, uncertain). The
 * draft's second, lower line is not part of the signed decree and is not encoded.
 *
 * @example
 * ```ts
 * STANDARD_2027_2030.incomeLines.urban.incomeLine.value; //=> 2800000
 * ```
 * @category Standards
 */
export const STANDARD_2027_2030: PovertyStandard = deepFreeze({
  id: "2027-2030",
  title: {
    vi: "Chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030 (Nghị định 351/2025/NĐ-CP)",
    en: "National multidimensional poverty standard 2026–2030 (Decree 351/2025/ND-CP)",
  },
  scope: "national",
  instruments: [
    {
      id: "Nghị định 351/2025/NĐ-CP",
      kind: "decree",
      title: { vi: "Quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030", en: "National multidimensional poverty standard 2026–2030" },
      signed: "2025-12-30",
      inForce: "2026-02-15",
      inForceStatus: "uncertain",
    },
  ],
  effectiveFrom: "2027-01-01",
  effectiveTo: "2030-12-31",
  listYears: { value: { from: 2027, to: 2030 }, citation: DECREE_351, status: "confirmed" },
  reviewDirectives: [
    {
      reviewYear: 2026,
      kinds: ["periodic", "regular"],
      applies: "2021-2025",
      citation: DECREE_351_REVIEW_2026,
      status: "uncertain",
      text: {
        vi: "Nghị định 351/2025/NĐ-CP giao hướng dẫn rà soát, xác định hộ nghèo, hộ cận nghèo năm 2026 theo chuẩn nghèo đa chiều giai đoạn 2022–2025.",
        en: "Decree 351/2025/ND-CP directs the review and identification of poor and near-poor households in 2026 under the 2022–2025 standard.",
      },
    },
  ],
  classRule: { value: "line_and_deprivations", citation: DECREE_351, status: "confirmed" },
  incomeLines: {
    rural: {
      incomeLine: { value: 2_200_000, citation: DECREE_351, status: "confirmed", label: { vi: "chuẩn mức thu nhập khu vực nông thôn", en: "rural income line" } },
    },
    urban: {
      incomeLine: { value: 2_800_000, citation: DECREE_351, status: "confirmed", label: { vi: "chuẩn mức thu nhập khu vực đô thị", en: "urban income line" } },
      nearPoorRule: {
        citation: { ...DECREE_351, note: "source cut off before the urban near-poor rule; the rural rule is applied by symmetry" },
        status: "uncertain",
      },
    },
  },
  poorDeprivationCount: { value: 3, citation: DECREE_351, status: "confirmed" },
  indicators: [
    {
      key: "employment", order: 1, service: svc.employment, name: { vi: "Việc làm", en: "Employment" },
      definition: {
        vi: "Có ít nhất một thành viên trong độ tuổi lao động, có khả năng và mong muốn làm việc nhưng không có việc làm, hoặc làm công ăn lương không có hợp đồng lao động.",
        en: "At least one working-age member able and willing to work is unemployed, or a wage worker without a labour contract.",
      },
      citation: DRAFT, status: "uncertain",
    },
    {
      key: "dependants", order: 2, service: svc.employment, name: { vi: "Người phụ thuộc trong hộ gia đình", en: "Household dependants" },
      definition: {
        vi: "Người phụ thuộc (trẻ em dưới 16 tuổi; người cao tuổi hoặc người khuyết tật hưởng trợ cấp xã hội hằng tháng) chiếm trên 50% số thành viên.",
        en: "Dependants (children under 16; elderly or disabled people receiving a monthly social allowance) are more than 50% of members.",
      },
      citation: DRAFT, status: "uncertain",
    },
    { key: "healthInsurance", order: 3, service: svc.health, name: { vi: "Bảo hiểm y tế", en: "Health insurance" }, citation: HEALTH_ORDER, status: "uncertain" },
    {
      key: "nutrition", order: 4, service: svc.health, name: { vi: "Dinh dưỡng", en: "Nutrition" },
      definition: { vi: "Có ít nhất một trẻ em dưới 16 tuổi bị thấp còi hoặc nhẹ cân.", en: "At least one child under 16 is stunted or underweight." },
      citation: DRAFT, status: "uncertain",
    },
    { key: "adultEducation", order: 5, service: svc.education, name: { vi: "Trình độ giáo dục của người lớn", en: "Adult education level" }, citation: REPORTED, status: "uncertain" },
    { key: "childSchoolAttendance", order: 6, service: svc.education, name: { vi: "Tình trạng đi học của trẻ em", en: "Children's school attendance" }, citation: REPORTED, status: "uncertain" },
    { key: "housingArea", order: 7, service: svc.housing, name: { vi: "Diện tích nhà ở bình quân đầu người", en: "Floor area per person" }, citation: REPORTED, status: "uncertain" },
    { key: "housingQuality", order: 8, service: svc.housing, name: { vi: "Chất lượng nhà ở", en: "Housing quality" }, citation: REPORTED, status: "uncertain" },
    { key: "digitalServices", order: 9, service: svc.information, name: { vi: "Sử dụng dịch vụ viễn thông, dịch vụ số", en: "Use of telecom and digital services" }, citation: REPORTED, status: "uncertain" },
    { key: "drinkingWater", order: 10, service: svc.water, name: { vi: "Nguồn nước sinh hoạt", en: "Domestic water source" }, citation: REPORTED, status: "uncertain" },
    { key: "sanitation", order: 11, service: svc.water, name: { vi: "Nhà tiêu hợp vệ sinh", en: "Hygienic latrine" }, citation: REPORTED, status: "uncertain" },
    { key: "wasteTreatment", order: 12, service: svc.water, name: { vi: "Xử lý rác thải", en: "Waste treatment" }, citation: REPORTED, status: "uncertain" },
  ],
  scoring: {},
  procedure: practicalDefaultProcedure(),
  indicatorChanges: {
    from: "2021-2025",
    changes: [
      kept("employment"),
      kept("dependants"),
      kept("nutrition"),
      kept("healthInsurance"),
      kept("adultEducation"),
      kept("childSchoolAttendance"),
      kept("housingQuality"),
      kept("housingArea"),
      kept("drinkingWater"),
      kept("sanitation"),
      {
        kind: "changed",
        from: "telecom",
        to: "digitalServices",
        note: {
          vi: "Chỉ số sử dụng dịch vụ viễn thông được thay bằng chỉ số sử dụng dịch vụ số, truy cập internet: câu trả lời theo chuẩn cũ không trả lời được chỉ số mới.",
          en: "Use of telecom services becomes use of digital services and internet access: an answer under the old standard does not answer the new indicator.",
        },
        citation: STATEMENT,
        status: "uncertain",
      },
      {
        kind: "removed",
        from: "informationAccess",
        note: { vi: "Bỏ chỉ số phương tiện phục vụ tiếp cận thông tin.", en: "The means-of-access-to-information indicator is removed." },
        citation: STATEMENT,
        status: "uncertain",
      },
      {
        kind: "added",
        to: "wasteTreatment",
        note: { vi: "Thêm chỉ số xử lý rác thải sinh hoạt (chiều nước sinh hoạt, vệ sinh và môi trường).", en: "Domestic waste treatment is added (water, sanitation and environment)." },
        citation: STATEMENT,
        status: "uncertain",
      },
    ],
  },
} as const satisfies PovertyStandard);
