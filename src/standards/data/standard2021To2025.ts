import type { Citation } from "../../types.js";
import type { PovertyStandard } from "../types.js";
import { deepFreeze } from "../../_lib/freeze.js";
import { GUIDE_NAM_CAO_2023 } from "./localDocuments.js";

const DECREE_07: Citation = { instrument: "Nghị định 07/2021/NĐ-CP", article: "3" };
/**
 * The income criterion: Art. 3 cl. 1 point a (the criteria are in clause 1 — a legal portal's copy of the decree's
 * opening; the commune guide of 2023 cites clause 2, which the project takes for a slip).
 */
const DECREE_07_INCOME: Citation = { instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "1", point: "a" };
/** The deprivation criterion: Art. 3 cl. 1 point b (6 services, 12 indicators). */
const DECREE_07_DEPRIVATION: Citation = { instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "1", point: "b" };
const DECREE_351_KEEPS: Citation = {
  instrument: "Nghị định 351/2025/NĐ-CP",
  article: "2",
  note: "keeps Art. 3 of Nghị định 07/2021/NĐ-CP in force from 01/01/2026 to 31/12/2026; article number as read in fragments of the gazette copy, the content in several reports after signing",
};
const DECREE_30: Citation = { instrument: "Nghị định 30/2025/NĐ-CP", note: "amends Nghị định 07/2021/NĐ-CP; in force 24/02/2025" };
const CIRCULAR_07_B1: Citation = { instrument: "Thông tư 07/2021/TT-BLĐTBXH", item: "Phiếu B, phần B1" };
const CIRCULAR_07_B2: Citation = { instrument: "Thông tư 07/2021/TT-BLĐTBXH", item: "Phiếu B, phần B2" };
const GUIDE = (item: string): Citation => ({ instrument: GUIDE_NAM_CAO_2023.instrument, item, ...(GUIDE_NAM_CAO_2023.note ? { note: GUIDE_NAM_CAO_2023.note } : {}) });
const DECISION_24 = "Quyết định 24/2021/QĐ-TTg";
const DECISION_406: Citation = { instrument: "Quyết định 406/QĐ-LĐTBXH", note: "administrative procedures published in 2023" };
const DEFINITION_NOTE = "definition read only in a secondary note on the decree";
/** Employment, dependants and nutrition: the wording the library uses comes from the 2026–2030 draft decree. */
const DRAFT_WORDING_NOTE = "wording taken from the 2026–2030 draft decree; the 2021–2025 definition itself was not read, nothing shows it used the same words";

const svc = {
  employment: { key: "employment", name: { vi: "Việc làm", en: "Employment" } },
  health: { key: "health", name: { vi: "Y tế", en: "Health" } },
  education: { key: "education", name: { vi: "Giáo dục", en: "Education" } },
  housing: { key: "housing", name: { vi: "Nhà ở", en: "Housing" } },
  water: { key: "water_sanitation", name: { vi: "Nước sinh hoạt và vệ sinh", en: "Water and sanitation" } },
  information: { key: "information", name: { vi: "Thông tin", en: "Information" } },
} as const;

const indicatorSource: Citation = { ...DECREE_07_DEPRIVATION, note: DEFINITION_NOTE };
const draftWording: Citation = { ...DECREE_07_DEPRIVATION, note: DRAFT_WORDING_NOTE };
const healthInsuranceSource: Citation = {
  ...DECREE_07_DEPRIVATION,
  note: `${DEFINITION_NOTE}; sources differ on the age wording (one says 'from 6 years', others give no age): the minimum age is uncertain`,
};

/**
 * The multidimensional poverty standard for 2021–2025 (chuẩn nghèo đa chiều giai đoạn 2021–2025), Decree
 * 07/2021/NĐ-CP Art. 3 as amended by Decree 30/2025/NĐ-CP; it governs the lists for 2022–2025 and, kept in force by
 * Decree 351/2025/NĐ-CP, for 2026.
 *
 * @remarks
 * Income lines 1,500,000 (rural) and 2,000,000 (urban) đồng per person per month; poor = income ≤ line **and** at
 * least 3 of 12 indicators deprived; near-poor = income ≤ line and fewer than 3. Middle-living: above the line up to
 * 2,250,000 / 3,000,000. Low-income workers (from 24/02/2025): a worker in a household neither poor nor near-poor
 * with per-capita income ≤ 2,250,000 / 3,000,000. Indicator definitions are UNCERTAIN (secondary wording);
 * telecom and information-access definitions were not found.
 *
 * @example
 * ```ts
 * STANDARD_2021_2025.incomeLines.rural.incomeLine.value; //=> 1500000
 * ```
 * @category Standards
 */
export const STANDARD_2021_2025: PovertyStandard = deepFreeze({
  id: "2021-2025",
  title: {
    vi: "Chuẩn nghèo đa chiều giai đoạn 2021–2025 (Nghị định 07/2021/NĐ-CP)",
    en: "Multidimensional poverty standard 2021–2025 (Decree 07/2021/ND-CP)",
  },
  scope: "national",
  instruments: [
    {
      id: "Nghị định 07/2021/NĐ-CP",
      kind: "decree",
      title: { vi: "Quy định chuẩn nghèo đa chiều giai đoạn 2021–2025", en: "Multidimensional poverty standard for 2021–2025" },
      signed: "2021-01-27",
      inForce: "2021-03-15",
    },
    {
      id: "Nghị định 30/2025/NĐ-CP",
      kind: "decree",
      title: { vi: "Sửa đổi, bổ sung Nghị định 07/2021/NĐ-CP", en: "Amending Decree 07/2021/ND-CP" },
      signed: "2025-02-24",
      inForce: "2025-02-24",
      amends: ["Nghị định 07/2021/NĐ-CP"],
    },
    {
      id: "Quyết định 24/2021/QĐ-TTg",
      kind: "decision",
      title: { vi: "Quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm giai đoạn 2022–2025", en: "Annual review procedure 2022–2025" },
      signed: "2021-07-16",
      inForce: "2021-09-01",
    },
    {
      id: "Thông tư 07/2021/TT-BLĐTBXH",
      kind: "circular",
      title: { vi: "Hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo", en: "Review and classification method, forms and reports" },
      signed: "2021-07-18",
    },
    {
      id: "Thông tư 02/2022/TT-BLĐTBXH",
      kind: "circular",
      title: { vi: "Sửa đổi, bổ sung Thông tư 07/2021/TT-BLĐTBXH", en: "Amending Circular 07/2021/TT-BLDTBXH" },
      signed: "2022-03-30",
      amends: ["Thông tư 07/2021/TT-BLĐTBXH"],
    },
  ],
  effectiveFrom: "2021-03-15",
  effectiveTo: "2026-12-31",
  listYears: {
    value: { from: 2022, to: 2026 },
    citation: DECREE_351_KEEPS,
    status: "confirmed",
  },
  classRule: { value: "line_and_deprivations", citation: DECREE_07, status: "confirmed" },
  incomeLines: {
    rural: {
      incomeLine: {
        value: 1_500_000,
        citation: DECREE_07_INCOME,
        status: "confirmed",
        label: { vi: "chuẩn mức thu nhập khu vực nông thôn", en: "rural income line" },
      },
    },
    urban: {
      incomeLine: {
        value: 2_000_000,
        citation: DECREE_07_INCOME,
        status: "confirmed",
        label: { vi: "chuẩn mức thu nhập khu vực thành thị", en: "urban income line" },
      },
    },
  },
  poorDeprivationCount: { value: 3, citation: DECREE_07, status: "confirmed" },
  indicators: [
    {
      key: "employment",
      order: 1,
      service: svc.employment,
      name: { vi: "Việc làm", en: "Employment" },
      definition: {
        vi: "Có ít nhất một thành viên trong độ tuổi lao động không có việc làm, hoặc làm công ăn lương không có hợp đồng lao động.",
        en: "At least one working-age member has no job, or works for wages without a labour contract.",
      },
      citation: draftWording,
      status: "uncertain",
    },
    {
      key: "dependants",
      order: 2,
      service: svc.employment,
      name: { vi: "Người phụ thuộc trong hộ gia đình", en: "Household dependants" },
      definition: {
        vi: "Người phụ thuộc chiếm trên một nửa số thành viên của hộ.",
        en: "Dependants are more than half of the household's members.",
      },
      citation: draftWording,
      status: "uncertain",
      parameters: {
        shareAbove: { value: 0.5, citation: draftWording, status: "uncertain", label: { vi: "tỷ lệ người phụ thuộc (trên một nửa)", en: "share of dependants (more than half)" } },
      },
    },
    {
      key: "nutrition",
      order: 3,
      service: svc.health,
      name: { vi: "Dinh dưỡng", en: "Nutrition" },
      definition: {
        vi: "Có ít nhất một trẻ em dưới 16 tuổi bị suy dinh dưỡng (thấp còi hoặc nhẹ cân).",
        en: "At least one child under 16 is malnourished (stunted or underweight).",
      },
      citation: draftWording,
      status: "uncertain",
    },
    {
      key: "healthInsurance",
      order: 4,
      service: svc.health,
      name: { vi: "Bảo hiểm y tế", en: "Health insurance" },
      definition: {
        vi: "Có ít nhất một thành viên từ 6 tuổi trở lên không có bảo hiểm y tế.",
        en: "At least one member aged 6 or over has no health insurance.",
      },
      citation: healthInsuranceSource,
      status: "uncertain",
      parameters: {
        minAge: { value: 6, citation: healthInsuranceSource, status: "uncertain", label: { vi: "tuổi từ đó phải có bảo hiểm y tế", en: "age from which a member needs health insurance" } },
      },
    },
    {
      key: "adultEducation",
      order: 5,
      service: svc.education,
      name: { vi: "Trình độ giáo dục của người lớn", en: "Adult education level" },
      definition: {
        vi: "Có ít nhất một thành viên từ 16 đến 30 tuổi không đi học và chưa đạt trình độ theo độ tuổi (trung học cơ sở ở tuổi 16–17; trung học phổ thông hoặc chứng chỉ nghề ở tuổi 18–30).",
        en: "At least one member aged 16–30 is not in school and lacks the schooling for their age (lower secondary at 16–17; upper secondary or a vocational certificate at 18–30).",
      },
      citation: indicatorSource,
      status: "uncertain",
    },
    {
      key: "childSchoolAttendance",
      order: 6,
      service: svc.education,
      name: { vi: "Tình trạng đi học của trẻ em", en: "Children's school attendance" },
      definition: {
        vi: "Có ít nhất một trẻ em từ 3 đến dưới 16 tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi.",
        en: "At least one child aged 3 to under 16 does not attend school at the level for their age.",
      },
      citation: indicatorSource,
      status: "uncertain",
    },
    {
      key: "housingQuality",
      order: 7,
      service: svc.housing,
      name: { vi: "Chất lượng nhà ở", en: "Housing quality" },
      definition: {
        vi: "Hộ ở nhà không bền chắc: ít nhất hai trong ba kết cấu chính (tường, cột, mái) làm bằng vật liệu không bền chắc.",
        en: "The household lives in a non-durable house: at least two of walls, columns and roof are of non-durable materials.",
      },
      citation: indicatorSource,
      status: "uncertain",
      parameters: {
        nonDurablePartsAtLeast: { value: 2, citation: indicatorSource, status: "uncertain", label: { vi: "số kết cấu chính không bền chắc", en: "main parts of non-durable materials" } },
      },
    },
    {
      key: "housingArea",
      order: 8,
      service: svc.housing,
      name: { vi: "Diện tích nhà ở bình quân đầu người", en: "Floor area per person" },
      definition: { vi: "Diện tích nhà ở bình quân dưới 8 m²/người.", en: "Less than 8 m² of floor area per person." },
      citation: indicatorSource,
      status: "uncertain",
      parameters: {
        minFloorAreaPerPersonM2: { value: 8, citation: indicatorSource, status: "uncertain", label: { vi: "diện tích nhà ở tối thiểu (m²/người)", en: "minimum floor area (m² per person)" } },
      },
    },
    {
      key: "drinkingWater",
      order: 9,
      service: svc.water,
      name: { vi: "Nguồn nước sinh hoạt", en: "Domestic water source" },
      definition: {
        vi: "Hộ không tiếp cận được nguồn nước sạch (nước máy, giếng khoan, giếng đào hoặc khe mó được bảo vệ, nước mưa, nước đóng chai).",
        en: "No access to a clean water source (piped water, drilled well, protected dug well or spring, rainwater, bottled water).",
      },
      citation: indicatorSource,
      status: "uncertain",
    },
    {
      key: "sanitation",
      order: 10,
      service: svc.water,
      name: { vi: "Nhà tiêu hợp vệ sinh", en: "Hygienic latrine" },
      definition: { vi: "Hộ không sử dụng nhà tiêu hợp vệ sinh.", en: "The household does not use a hygienic latrine." },
      citation: indicatorSource,
      status: "uncertain",
    },
    {
      key: "telecom",
      order: 11,
      service: svc.information,
      name: { vi: "Sử dụng dịch vụ viễn thông", en: "Use of telecom services" },
      citation: DECREE_07_DEPRIVATION,
      status: "confirmed",
    },
    {
      key: "informationAccess",
      order: 12,
      service: svc.information,
      name: { vi: "Phương tiện phục vụ tiếp cận thông tin", en: "Means of access to information" },
      citation: DECREE_07_DEPRIVATION,
      status: "confirmed",
    },
  ],
  middleLiving: {
    rural: {
      value: 2_250_000,
      citation: { ...DECREE_07, note: "read in a secondary restatement of the decree" },
      status: "confirmed",
      label: { vi: "mức sống trung bình, nông thôn", en: "middle-living ceiling, rural" },
    },
    urban: {
      value: 3_000_000,
      citation: { ...DECREE_07, note: "read in a secondary restatement of the decree" },
      status: "confirmed",
      label: { vi: "mức sống trung bình, thành thị", en: "middle-living ceiling, urban" },
    },
  },
  middleLivingIncomeMethod: {
    value: {
      vi: "Thu nhập bình quân đầu người của hộ trong 12 tháng trước thời điểm rà soát, không tính các khoản trợ cấp của Nhà nước.",
      en: "The household's per-capita income over the 12 months before the review, state allowances excluded.",
    },
    citation: { instrument: DECISION_24, article: "2" },
    status: "confirmed",
  },
  lowIncomeWorker: {
    effectiveFrom: "2025-02-24",
    rural: {
      value: 2_250_000,
      citation: DECREE_30,
      status: "confirmed",
      label: { vi: "người lao động có thu nhập thấp, nông thôn", en: "low-income worker ceiling, rural" },
    },
    urban: {
      value: 3_000_000,
      citation: DECREE_30,
      status: "confirmed",
      label: { vi: "người lao động có thu nhập thấp, thành thị", en: "low-income worker ceiling, urban" },
    },
  },
  scoring: {
    formA: {
      criteriaCount: { value: 9, citation: GUIDE("Mục I.2, Bước 1 (Phiếu A, cột 1–9)"), status: "seed" },
      stopAtOrAbove: { value: 4, citation: GUIDE("Mục I.2, Bước 1 (Phiếu A, cột E)"), status: "seed" },
    },
    b1: {
      rural: { cutoff: { value: 140, citation: CIRCULAR_07_B1, status: "confirmed", label: { vi: "điểm B1 tương đương 1.500.000 đồng", en: "B1 score equivalent to 1,500,000 VND" } } },
      urban: { cutoff: { value: 175, citation: CIRCULAR_07_B1, status: "confirmed", label: { vi: "điểm B1 tương đương 2.000.000 đồng", en: "B1 score equivalent to 2,000,000 VND" } } },
    },
    b2: {
      pointsPerIndicator: { value: 10, citation: CIRCULAR_07_B2, status: "confirmed" },
      poorAtOrAbove: { value: 30, citation: CIRCULAR_07_B2, status: "confirmed" },
    },
  },
  procedure: {
    instrument: DECISION_24,
    periodicWindow: { value: { from: "09-01", to: "12-14" }, citation: { instrument: DECISION_24, article: "3" }, status: "confirmed" },
    regularReviewFromDay: { value: 15, citation: { instrument: DECISION_24, article: "3", note: "and Art. 5" }, status: "confirmed" },
    meetingAgreementShare: {
      value: { numerator: 1, denominator: 2 },
      citation: { instrument: DECISION_24, article: "4", note: "'ít nhất 50% tổng số người tham dự cuộc họp', as published in Quyết định 406/QĐ-LĐTBXH; clause number not confirmed" },
      status: "confirmed",
    },
    meetingMinutesCopies: {
      value: 2,
      citation: { instrument: DECISION_24, article: "4", note: "'02 biên bản … 01 bản lưu ở thôn, 01 bản gửi Ban Chỉ đạo rà soát cấp xã', as published in Quyết định 406/QĐ-LĐTBXH; also the commune guide of 2023, Mục I.2, Bước 3" },
      status: "confirmed",
    },
    posting: { value: { days: 3, unit: "working" }, citation: GUIDE("Mục I.2, Bước 4"), status: "seed" },
    complaintRecheck: { value: { days: 7, unit: "working" }, citation: GUIDE("Mục I.2, Bước 4"), status: "seed" },
    recheckPosting: { value: { days: 3, unit: "working" }, citation: GUIDE("Mục I.2, Bước 4"), status: "seed" },
    middleLiving: {
      posting: { value: { days: 5, unit: "working" }, citation: DECISION_406, status: "confirmed" },
      recheck: { value: { days: 3, unit: "working" }, citation: DECISION_406, status: "confirmed" },
      decision: {
        value: { days: 15, unit: "calendar" },
        citation: { ...DECISION_406, note: "'within 15 days' without 'working': counted as calendar days" },
        status: "uncertain",
      },
    },
    lowIncomeWorkerPosting: {
      value: { days: 5, unit: "working" },
      citation: { instrument: "Nghị định 30/2025/NĐ-CP", note: "as listed in provincial administrative-procedure listings" },
      status: "confirmed",
    },
    deadlines: [
      {
        id: "commune_regular_monthly",
        description: {
          vi: "UBND cấp xã báo cáo kết quả rà soát thường xuyên lên cấp trên",
          en: "Commune reports the results of regular reviews to the level above",
        },
        when: { kind: "monthly", day: 5, months: [2, 3, 4, 5, 6, 7, 8, 9] },
        citation: { instrument: DECISION_24, article: "7" },
        status: "confirmed",
      },
      {
        id: "province_preliminary",
        description: {
          vi: "Sở báo cáo kết quả sơ bộ rà soát định kỳ về Bộ",
          en: "Provincial department reports the preliminary results of the periodic review to the ministry",
        },
        when: { kind: "yearly", before: "11-15" },
        citation: { instrument: DECISION_24, article: "7" },
        status: "confirmed",
      },
      {
        id: "province_official",
        description: {
          vi: "Tỉnh báo cáo kết quả chính thức về Bộ",
          en: "Province reports the official results to the ministry",
        },
        when: { kind: "yearly", before: "12-20" },
        citation: { instrument: DECISION_24, article: "7" },
        status: "confirmed",
      },
    ],
  },
} as const satisfies PovertyStandard);
