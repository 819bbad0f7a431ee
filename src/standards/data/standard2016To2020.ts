import type { Citation } from "../../types.js";
import type { PovertyStandard } from "../types.js";
import { deepFreeze } from "../../_lib/freeze.js";
import { PLAN_KIEN_GIANG_2019 } from "./localDocuments.js";

const DECISION_59: Citation = { instrument: "Quyết định 59/2015/QĐ-TTg" };
const PLAN_2019 = (item: string, note?: string): Citation => ({ instrument: PLAN_KIEN_GIANG_2019.instrument, item, note: note ? `${PLAN_KIEN_GIANG_2019.note ?? ""}; ${note}` : (PLAN_KIEN_GIANG_2019.note ?? "") });
/**
 * The B1 cut-offs as Circular 14/2018 rewrote Circular 17/2016: read in a legal portal's summary, which gives the
 * urban 140/175 and the rural 120 but is cut before the rural 150, and names no article (the "Art. 6 cl. 2" earlier
 * versions cited could not be confirmed, so it is no longer cited).
 */
const CIRCULAR_14: Citation = { instrument: "Thông tư 14/2018/TT-BLĐTBXH", note: "B1 cut-offs as it rewrote Circular 17/2016; article not confirmed" };
const CIRCULAR_17 = "Thông tư 17/2016/TT-BLĐTBXH";
const SECONDARY = "read in a secondary source";

const svc = {
  health: { key: "health", name: { vi: "Y tế", en: "Health" } },
  education: { key: "education", name: { vi: "Giáo dục", en: "Education" } },
  housing: { key: "housing", name: { vi: "Nhà ở", en: "Housing" } },
  water: { key: "water_sanitation", name: { vi: "Nước sạch và vệ sinh", en: "Clean water and sanitation" } },
  information: { key: "information", name: { vi: "Thông tin", en: "Information" } },
} as const;

/**
 * The multidimensional poverty standard for 2016–2020 (chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020),
 * Decision 59/2015/QĐ-TTg; it governs the lists for 2016–2021 (Decree 07/2021/NĐ-CP kept it for 2021).
 *
 * @remarks
 * Rural: poor if income ≤ 700,000, or 700,000 < income ≤ 1,000,000 with at least 3 of 10 indicators deprived
 * (30 points); near-poor if 700,000 < income ≤ 1,000,000 with fewer. Urban: 900,000 and 1,300,000. Reports split the
 * poor into poor by income and poor by deprivation. Middle-living (farm, forestry, fishery, salt households): above
 * 1,000,000 up to 1,500,000 (rural), above 1,300,000 up to 1,950,000 (urban), as stated in seed 002 (the spec
 * marks it uncertain; the seed confirms the wording "trên … đến …"). The indicator definitions were not found.
 * The village-meeting vote threshold of this period was not found: it is absent.
 *
 * @example
 * ```ts
 * STANDARD_2016_2020.incomeLines.urban.poorByIncomeLine?.value; //=> 900000
 * ```
 * @category Standards
 */
export const STANDARD_2016_2020: PovertyStandard = deepFreeze({
  id: "2016-2020",
  title: {
    vi: "Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020 (Quyết định 59/2015/QĐ-TTg)",
    en: "Multidimensional poverty standard 2016–2020 (Decision 59/2015/QD-TTg)",
  },
  scope: "national",
  instruments: [
    {
      id: "Quyết định 59/2015/QĐ-TTg",
      kind: "decision",
      title: { vi: "Ban hành chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016–2020", en: "Multidimensional poverty standard for 2016–2020" },
      signed: "2015-11-19",
      inForce: "2016-01-05",
    },
    {
      id: "Thông tư 17/2016/TT-BLĐTBXH",
      kind: "circular",
      title: { vi: "Hướng dẫn quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm", en: "Annual review procedure 2016–2020" },
      signed: "2016-06-28",
      inForce: "2016-08-15",
    },
    {
      id: "Thông tư 14/2018/TT-BLĐTBXH",
      kind: "circular",
      title: { vi: "Sửa đổi, bổ sung Thông tư 17/2016/TT-BLĐTBXH", en: "Amending Circular 17/2016/TT-BLDTBXH" },
      signed: "2018-09-26",
      inForce: "2018-11-10",
      amends: ["Thông tư 17/2016/TT-BLĐTBXH"],
    },
    {
      id: "Thông tư 02/2016/TT-BLĐTBXH",
      kind: "circular",
      title: { vi: "Hướng dẫn xác định hộ có mức sống trung bình", en: "Identifying middle-living households 2016–2020" },
      signed: "2016-03-25",
    },
  ],
  effectiveFrom: "2016-01-05",
  effectiveTo: "2021-12-31",
  listYears: {
    value: { from: 2016, to: 2021 },
    citation: { instrument: "Nghị định 07/2021/NĐ-CP", note: "keeps the 2016–2020 standard for 2021" },
    status: "confirmed",
  },
  classRule: { value: "two_lines", citation: { instrument: "Quyết định 59/2015/QĐ-TTg", note: "poor: income at or below the poverty line, or between the two lines with 3 or more deprivations" }, status: "confirmed" },
  incomeLines: {
    rural: {
      poorByIncomeLine: { value: 700_000, citation: DECISION_59, status: "confirmed", label: { vi: "chuẩn nghèo khu vực nông thôn", en: "rural poverty line" } },
      incomeLine: { value: 1_000_000, citation: DECISION_59, status: "confirmed", label: { vi: "chuẩn cận nghèo khu vực nông thôn", en: "rural near-poverty line" } },
    },
    urban: {
      poorByIncomeLine: { value: 900_000, citation: DECISION_59, status: "confirmed", label: { vi: "chuẩn nghèo khu vực thành thị", en: "urban poverty line" } },
      incomeLine: { value: 1_300_000, citation: DECISION_59, status: "confirmed", label: { vi: "chuẩn cận nghèo khu vực thành thị", en: "urban near-poverty line" } },
    },
  },
  poorDeprivationCount: { value: 3, citation: DECISION_59, status: "confirmed" },
  indicators: [
    { key: "healthcareAccess", order: 1, service: svc.health, name: { vi: "Tiếp cận các dịch vụ y tế", en: "Access to health services" }, citation: DECISION_59, status: "confirmed" },
    { key: "healthInsurance", order: 2, service: svc.health, name: { vi: "Bảo hiểm y tế", en: "Health insurance" }, citation: DECISION_59, status: "confirmed" },
    { key: "adultEducation", order: 3, service: svc.education, name: { vi: "Trình độ giáo dục của người lớn", en: "Adult education level" }, citation: DECISION_59, status: "confirmed" },
    { key: "childSchoolAttendance", order: 4, service: svc.education, name: { vi: "Tình trạng đi học của trẻ em", en: "Children's school attendance" }, citation: DECISION_59, status: "confirmed" },
    { key: "housingQuality", order: 5, service: svc.housing, name: { vi: "Chất lượng nhà ở", en: "Housing quality" }, citation: DECISION_59, status: "confirmed" },
    { key: "housingArea", order: 6, service: svc.housing, name: { vi: "Diện tích nhà ở bình quân đầu người", en: "Floor area per person" }, citation: DECISION_59, status: "confirmed" },
    { key: "drinkingWater", order: 7, service: svc.water, name: { vi: "Nguồn nước sinh hoạt", en: "Domestic water source" }, citation: DECISION_59, status: "confirmed" },
    { key: "sanitation", order: 8, service: svc.water, name: { vi: "Hố xí/nhà tiêu hợp vệ sinh", en: "Hygienic latrine" }, citation: DECISION_59, status: "confirmed" },
    { key: "telecom", order: 9, service: svc.information, name: { vi: "Sử dụng dịch vụ viễn thông", en: "Use of telecom services" }, citation: DECISION_59, status: "confirmed" },
    { key: "informationAccess", order: 10, service: svc.information, name: { vi: "Tài sản phục vụ tiếp cận thông tin", en: "Assets for access to information" }, citation: DECISION_59, status: "confirmed" },
  ],
  middleLiving: {
    rural: { value: 1_500_000, citation: PLAN_2019("Mục II.3", "Decision 59/2015 read only in one secondary source; the plan states the band"), status: "seed", label: { vi: "mức sống trung bình, nông thôn", en: "middle-living ceiling, rural" } },
    urban: { value: 1_950_000, citation: PLAN_2019("Mục II.3", "Decision 59/2015 read only in one secondary source; the plan states the band"), status: "seed", label: { vi: "mức sống trung bình, thành thị", en: "middle-living ceiling, urban" } },
  },
  middleLivingIncomeMethod: {
    value: {
      vi: "Thu nhập 12 tháng, không tính trợ cấp của Nhà nước (giả định như Quyết định 24/2021/QĐ-TTg, Điều 2).",
      en: "Income over 12 months, state allowances excluded (assumed as in Decision 24/2021/QD-TTg Art. 2).",
    },
    citation: { instrument: "Thông tư 02/2016/TT-BLĐTBXH", note: "method not read; assumed the same as Decision 24/2021 Art. 2" },
    status: "uncertain",
  },
  scoring: {
    formA: {
      stopAtOrAbove: {
        value: 3,
        citation: { instrument: CIRCULAR_17, item: "Phụ lục 3a (Phiếu A)", note: `${SECONDARY}; 2 criteria or fewer go on to Phiếu B` },
        status: "confirmed",
      },
    },
    b1: {
      rural: {
        poorByIncome: { value: 120, citation: CIRCULAR_14, status: "confirmed", label: { vi: "điểm B1 tương đương 700.000 đồng", en: "B1 score equivalent to 700,000 VND" } },
        cutoff: {
          value: 150,
          citation: PLAN_2019("Mục II.4", "'1.000.000 đồng tương đương 150 điểm'; the legal summary read is cut before the rural 150"),
          status: "seed",
          label: { vi: "điểm B1 tương đương 1.000.000 đồng", en: "B1 score equivalent to 1,000,000 VND" },
        },
      },
      urban: {
        poorByIncome: { value: 140, citation: CIRCULAR_14, status: "confirmed", label: { vi: "điểm B1 tương đương 900.000 đồng", en: "B1 score equivalent to 900,000 VND" } },
        cutoff: { value: 175, citation: CIRCULAR_14, status: "confirmed", label: { vi: "điểm B1 tương đương 1.300.000 đồng", en: "B1 score equivalent to 1,300,000 VND" } },
      },
    },
    b2: {
      pointsPerIndicator: {
        value: 10,
        citation: { instrument: CIRCULAR_17, item: "Phiếu B, phần B2", note: "inferred: Decision 59/2015 counts 3 indicators where the forms count 30 points; no text read states 10 points each" },
        status: "uncertain",
      },
      poorAtOrAbove: { value: 30, citation: { ...CIRCULAR_14, note: "'B2 ≥ 30' in the legal summary; also Kế hoạch 124/KH-UBND of Kiên Giang, Mục II.2" }, status: "confirmed" },
    },
  },
  procedure: {
    instrument: CIRCULAR_17,
    periodicWindow: { value: { from: "09-01", to: "12-31" }, citation: { instrument: CIRCULAR_17, article: "4", note: SECONDARY }, status: "confirmed" },
    posting: { value: { days: 7, unit: "working" }, citation: { instrument: CIRCULAR_17, note: SECONDARY }, status: "confirmed" },
    deadlines: [
      {
        id: "province_preliminary",
        description: { vi: "Báo cáo kết quả sơ bộ rà soát về Bộ", en: "Preliminary results of the review to the ministry" },
        when: { kind: "yearly", before: "11-15" },
        citation: { instrument: CIRCULAR_17, article: "9", note: SECONDARY },
        status: "confirmed",
      },
      {
        id: "province_official",
        description: { vi: "Báo cáo kết quả chính thức về Bộ", en: "Official results to the ministry" },
        when: { kind: "yearly", before: "12-15" },
        citation: { instrument: CIRCULAR_17, article: "9", note: SECONDARY },
        status: "confirmed",
      },
    ],
  },
} as const satisfies PovertyStandard);
