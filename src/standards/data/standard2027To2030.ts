import type { Citation } from "../../types.js";
import type { PovertyStandard } from "../types.js";
import { deepFreeze } from "../../_lib/freeze.js";

const DECREE_351: Citation = { instrument: "Nghị định 351/2025/NĐ-CP" };
const REPORTED: Citation = { instrument: "Nghị định 351/2025/NĐ-CP", note: "indicator list as reported; not read in the decree's text" };
const DRAFT: Citation = { instrument: "Nghị định 351/2025/NĐ-CP", note: "definition seen only in the draft decree" };

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
 * rule is applied by symmetry). The indicator list is UNCERTAIN (as reported). No middle-living band, no B1
 * cut-off, no Phiếu A rule and no procedure could be sourced: they are absent, and functions that need them refuse.
 * The draft's second, lower line is not part of the signed decree and is not encoded.
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
    },
  ],
  effectiveFrom: "2027-01-01",
  effectiveTo: "2030-12-31",
  listYears: { value: { from: 2027, to: 2030 }, citation: DECREE_351, status: "confirmed" },
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
    {
      key: "nutrition", order: 3, service: svc.health, name: { vi: "Dinh dưỡng", en: "Nutrition" },
      definition: { vi: "Có ít nhất một trẻ em dưới 16 tuổi bị thấp còi hoặc nhẹ cân.", en: "At least one child under 16 is stunted or underweight." },
      citation: DRAFT, status: "uncertain",
    },
    { key: "healthInsurance", order: 4, service: svc.health, name: { vi: "Bảo hiểm y tế", en: "Health insurance" }, citation: REPORTED, status: "uncertain" },
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
} as const satisfies PovertyStandard);
