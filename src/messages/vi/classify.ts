// Vietnamese: classification by income, from the forms, middle-living households, low-income workers.
import { formatDate, formatDong, groupDigits } from "../format.js";
import type {
  ChangeParams,
  ClassifyIssueParams,
  ClassifyTermParams,
  HouseholdOutcomeParams,
  HouseholdStepParams,
  IncomeFactParams,
  IncomeStepParams,
  LowIncomeWorkerStepParams,
  MiddleLivingStepParams,
  TwelveMonthIncomeParams,
  TwelveMonthLineParams,
} from "../codes/classify.js";

/** Vietnamese texts of the classifiers' input issues. */
export const viClassifyIssues: { readonly [C in keyof ClassifyIssueParams]: (p: ClassifyIssueParams[C]) => string } = {
  invalid_income: () => "thu nhập phải là đúng một trong: perCapitaMonthly; monthlyTotal kèm members; annualTotal kèm members.",
  members_required: () => "cần số nhân khẩu (members) khi cho tổng thu nhập của hộ.",
  members_not_allowed: () => "không dùng members với thu nhập bình quân đầu người.",
  allowances_above_total: (p) => `trợ cấp của Nhà nước (${formatDong(p.allowances, "vi")}) lớn hơn tổng thu nhập (${formatDong(p.total, "vi")}).`,
  invalid_income_12_months: () => "thu nhập 12 tháng phải là: total kèm stateAllowances, hoặc totalExcludingAllowances.",
};

function incomeText(p: IncomeFactParams): string {
  if (p.persons === 1 && p.months === 1 && p.perCapita) return `bình quân ${formatDong(p.amount, "vi")}/người/tháng`;
  return `tổng ${formatDong(p.amount, "vi")}/${p.months === 12 ? "12 tháng" : "tháng"} cho ${p.persons} người`;
}

const line = (p: IncomeStepParams["income_at_or_below_line"]): string =>
  `${incomeText(p)} ${p.holds ? "≤" : ">"} ${p.labelVi} ${formatDong(p.line, "vi")}/người/${p.period === "year" ? "năm" : "tháng"}${p.local ? " (chuẩn địa phương)" : ""}; so sánh chính xác: ${groupDigits(p.lhs, "vi")} ${p.holds ? "≤" : ">"} ${groupDigits(p.rhs, "vi")}.`;
const deprivations = (p: IncomeStepParams["deprivations_at_or_above_threshold"]): string =>
  `Số chỉ số thiếu hụt: ${p.count}${p.namesVi ? ` (${p.namesVi})` : ""}, ${p.holds ? "đạt" : "dưới"} ngưỡng ${p.threshold} chỉ số.`;

/** Vietnamese texts of classification by income. */
export const viIncomeSteps: { readonly [C in keyof IncomeStepParams]: (p: IncomeStepParams[C]) => string } = {
  income_given: (p) => `Thu nhập của hộ: ${incomeText(p)}.`,
  income_at_or_below_poverty_line: line,
  income_above_poverty_line: line,
  income_at_or_below_line: line,
  income_above_line: line,
  deprivations_missing: () => "Thiếu thông tin về các chỉ số thiếu hụt: không thể phân biệt hộ nghèo và hộ cận nghèo.",
  deprivations_undetermined: (p) =>
    `Đã biết ${p.count} chỉ số thiếu hụt, ngưỡng ${p.threshold}; còn ${p.unknown} chỉ số chưa có thông tin (${p.namesVi}): chưa thể phân biệt hộ nghèo và hộ cận nghèo.`,
  deprivations_at_or_above_threshold: deprivations,
  deprivations_below_threshold: deprivations,
  near_poor_rule_uncertain: () => "Quy tắc hộ cận nghèo ở khu vực này chưa được xác nhận đầy đủ (áp dụng tương tự khu vực nông thôn).",
  poor_income: () => "Kết luận: hộ nghèo (theo tiêu chí thu nhập).",
  poor_deprivation: () => "Kết luận: hộ nghèo (thiếu hụt dịch vụ xã hội cơ bản).",
  poor_income_and_deprivation: (p) => `Kết luận: hộ nghèo (thu nhập không vượt chuẩn và thiếu hụt từ ${p.threshold} chỉ số trở lên).`,
  near_poor: () => "Kết luận: hộ cận nghèo.",
  not_poor: () => "Kết luận: không thuộc diện hộ nghèo, hộ cận nghèo.",
  undetermined: () => "Chưa thể kết luận: thiếu thông tin.",
};

const noRule = (p: HouseholdStepParams["b1_cutoff_not_found"]): string =>
  p.local
    ? `Chuẩn địa phương ${p.standard} thay chuẩn thu nhập khu vực ${p.area === "urban" ? "thành thị" : "nông thôn"}; điểm cắt B1 của chuẩn quốc gia tương đương chuẩn quốc gia, không dùng được.`
    : `Chuẩn ${p.standard} chưa có điểm cắt B1, B2 và quy tắc Phiếu A được xác minh: không phân loại được từ điểm Phiếu B.`;
const t = (p: HouseholdOutcomeParams): string => (p.threshold === null ? "" : String(p.threshold));

/** Vietnamese texts of classification from the forms. */
export const viHouseholdSteps: { readonly [C in keyof HouseholdStepParams]: (p: HouseholdStepParams[C]) => string } = {
  b1_cutoff_not_found: noRule,
  local_b1_cutoff_not_found: noRule,
  form_a_not_given: () => "Không có Phiếu A: phân loại bắt đầu từ Phiếu B.",
  b1_missing: () => "Chưa có điểm B1 (Phiếu B, phần B1).",
  b2_missing: () => "Chưa có điểm B2 (Phiếu B, phần B2), cần vì B1 không vượt điểm cắt.",
  b2_not_needed: () => "B1 trên điểm cắt: không chấm phần B2 (điểm B2 đã nhập không được dùng).",
  what_would_change: (p) => `Điều gì làm thay đổi kết quả: ${p.count} khả năng.`,
  household_poor_income: () => "Kết luận: hộ nghèo (theo tiêu chí thu nhập, B1 không vượt điểm cắt nghèo).",
  household_poor_deprivation: (p) => `Kết luận: hộ nghèo (thiếu hụt dịch vụ xã hội cơ bản, B2 từ ${t(p)} điểm trở lên).`,
  household_poor_income_and_deprivation: (p) => `Kết luận: hộ nghèo (B1 không vượt điểm cắt và B2 từ ${t(p)} điểm trở lên).`,
  household_near_poor: (p) => `Kết luận: hộ cận nghèo (B1 không vượt điểm cắt, B2 dưới ${t(p)} điểm).`,
  household_not_poor_form_a_not_reviewed: () => "Kết luận: hộ không rà soát (Phiếu A, cột 0), không thuộc diện hộ nghèo, hộ cận nghèo.",
  household_not_poor_form_a_screened_out: () => "Kết luận: ngừng rà soát theo Phiếu A (mã 0), không thuộc diện hộ nghèo, hộ cận nghèo.",
  household_not_poor_b1_above_cutoff: () => "Kết luận: B1 trên điểm cắt, không thuộc diện hộ nghèo, hộ cận nghèo.",
  household_undetermined: (p) => `Chưa thể kết luận: thiếu ${p.missing ?? ""}.`,
  household_b1_cutoff_not_found: () => "Chưa thể kết luận: chuẩn này chưa có điểm cắt B1/B2 được xác minh; hãy phân loại theo thu nhập khảo sát (classifyByIncome).",
  household_local_b1_cutoff_not_found: () =>
    "Chưa thể kết luận: chuẩn địa phương nâng chuẩn thu nhập, chưa có điểm B1 tương đương; hãy phân loại theo thu nhập khảo sát (classifyByIncome).",
};

/** Vietnamese texts of "what would change the class". */
export const viChanges: { readonly [C in keyof ChangeParams]: (p: ChangeParams[C]) => string } = {
  form_a_criteria_to_form_b: (p) => `Phiếu A, cột E = ${p.total} (ngưỡng ${p.stopAt}): bớt ${p.fewer} tiêu chí thì hộ được chấm điểm Phiếu B.`,
  form_a_criteria_to_stop: (p) => `Phiếu A, cột E = ${p.total} (ngưỡng ${p.stopAt}): thêm ${p.more} tiêu chí thì ngừng rà soát hộ.`,
  b1_points_to_not_poor: (p) =>
    `B1 = ${p.b1}: ${p.under === 0 ? `bằng điểm cắt ${p.cutoff}` : `thấp hơn điểm cắt ${p.cutoff} là ${p.under} điểm`}; thêm ${p.more} điểm thì hộ không thuộc diện hộ nghèo, hộ cận nghèo.`,
  b1_points_to_cutoff: (p) => `B1 = ${p.b1}: cao hơn điểm cắt ${p.cutoff} là ${p.over} điểm; bớt ${p.over} điểm thì hộ thuộc diện nghèo hoặc cận nghèo (B2 quyết định).`,
  b1_points_out_of_income_poverty: (p) =>
    `B1 = ${p.b1}: ${p.under === 0 ? `bằng điểm cắt nghèo ${p.poorByIncome}` : `thấp hơn điểm cắt nghèo ${p.poorByIncome} là ${p.under} điểm`}; thêm ${p.more} điểm thì hộ không còn nghèo theo thu nhập (B2 quyết định nghèo hay cận nghèo).`,
  b1_points_to_income_poverty: (p) => `B1 = ${p.b1}: cao hơn điểm cắt nghèo ${p.poorByIncome} là ${p.over} điểm; bớt ${p.over} điểm thì hộ là hộ nghèo theo thu nhập.`,
  deprivations_to_poor: (p) => `B2 = ${p.b2} (${p.count} chỉ số thiếu hụt): thiếu hụt thêm ${p.more} chỉ số thì hộ là hộ nghèo.`,
  deprivations_to_near_poor: (p) => `B2 = ${p.b2} (${p.count} chỉ số thiếu hụt): bớt ${p.fewer} chỉ số thiếu hụt thì hộ là hộ cận nghèo.`,
};

const income12 = (p: TwelveMonthIncomeParams): string =>
  p.split
    ? `Thu nhập 12 tháng của hộ: ${formatDong(p.total ?? 0, "vi")} trừ trợ cấp của Nhà nước ${formatDong(p.allowances ?? 0, "vi")} = ${formatDong(p.net, "vi")}, cho ${p.members} người.`
    : `Thu nhập 12 tháng của hộ (đã trừ trợ cấp của Nhà nước): ${formatDong(p.net, "vi")}, cho ${p.members} người.`;
const line12 = (p: TwelveMonthLineParams): string =>
  `Thu nhập bình quân ${p.holds ? "không vượt" : "vượt"} ${p.labelVi} ${formatDong(p.line, "vi")}/người/tháng; so sánh chính xác trên 12 tháng: ${formatDong(p.lhs, "vi")} ${p.holds ? "≤" : ">"} ${formatDong(p.rhs, "vi")}.`;
const sector = (p: MiddleLivingStepParams["agricultural_household"]): string =>
  p.holds ? `Hộ làm ${p.sectorsVi}.` : "Hộ không làm nông nghiệp, lâm nghiệp, ngư nghiệp hoặc diêm nghiệp: không xét mức sống trung bình.";

/** Vietnamese texts of middle-living households. */
export const viMiddleLivingSteps: { readonly [C in keyof MiddleLivingStepParams]: (p: MiddleLivingStepParams[C]) => string } = {
  middle_living_not_found: (p) => `Chuẩn ${p.standard} chưa có chuẩn hộ có mức sống trung bình được xác minh.`,
  agricultural_household: sector,
  not_agricultural_household: sector,
  income_allowances_excluded: income12,
  income_given_excluding_allowances: income12,
  middle_living_income_at_or_below_line: line12,
  middle_living_income_above_line: line12,
  income_at_or_below_middle_living: line12,
  income_above_middle_living: line12,
  middle_living_outcome_middle_living: () => "Kết luận: hộ có mức sống trung bình.",
  middle_living_outcome_not_agricultural: () => "Kết luận: không xét hộ có mức sống trung bình (không làm nông, lâm, ngư, diêm nghiệp).",
  middle_living_outcome_income_at_or_below_line: () =>
    "Kết luận: không phải hộ có mức sống trung bình (thu nhập không vượt chuẩn thu nhập: thuộc diện xét nghèo, cận nghèo).",
  middle_living_outcome_income_above_ceiling: () => "Kết luận: không phải hộ có mức sống trung bình (thu nhập vượt mức sống trung bình).",
  middle_living_outcome_rule_not_found: () => "Không xác định được: chuẩn chưa có mức sống trung bình.",
};

const date = (p: LowIncomeWorkerStepParams["rule_in_force"]): string =>
  `Ngày quyết định ${formatDate(p.date, "vi")} ${p.holds ? "từ" : "trước"} ngày ${formatDate(p.from, "vi")} (quy định có hiệu lực)${p.to ? `; chuẩn áp dụng đến ${formatDate(p.to, "vi")}` : ""}.`;
const workerHousehold = (p: LowIncomeWorkerStepParams["household_poor_or_near_poor"]): string =>
  `Hộ của người lao động: ${p.holds ? "không phải hộ nghèo, hộ cận nghèo" : p.cls === "poor" ? "hộ nghèo" : "hộ cận nghèo"}.`;

/** Vietnamese texts of low-income workers. */
export const viLowIncomeWorkerSteps: { readonly [C in keyof LowIncomeWorkerStepParams]: (p: LowIncomeWorkerStepParams[C]) => string } = {
  low_income_worker_not_found: (p) => `Chuẩn ${p.standard} không có quy định về người lao động có thu nhập thấp.`,
  rule_in_force: date,
  before_effective_from: date,
  after_standard_end: date,
  household_neither_poor_nor_near_poor: workerHousehold,
  household_poor_or_near_poor: workerHousehold,
  income_at_or_below_low_income_ceiling: line12,
  income_above_low_income_ceiling: line12,
  low_income_worker_outcome_low_income_worker: () => "Kết luận: người lao động có thu nhập thấp.",
  low_income_worker_outcome_household_poor_or_near_poor: () => "Kết luận: không phải người lao động có thu nhập thấp (hộ là hộ nghèo hoặc cận nghèo).",
  low_income_worker_outcome_income_above_ceiling: () => "Kết luận: không phải người lao động có thu nhập thấp (thu nhập vượt mức quy định).",
  low_income_worker_outcome_before_effective_from: () => "Chưa áp dụng: quy định về người lao động có thu nhập thấp chưa có hiệu lực vào ngày quyết định.",
  low_income_worker_outcome_after_standard_end: () => "Không áp dụng: ngày quyết định sau khi chuẩn hết hiệu lực.",
  low_income_worker_outcome_rule_not_found: () => "Không xác định được: chuẩn không có quy định về người lao động có thu nhập thấp.",
};

const SECTOR_VI = { agriculture: "nông nghiệp", forestry: "lâm nghiệp", fishery: "ngư nghiệp", salt: "diêm nghiệp" } as const;

/** Vietnamese labels of classification. */
export const viClassifyTerms: { readonly [K in keyof ClassifyTermParams]: (p: ClassifyTermParams[K]) => string } = {
  sector_name: (p) => SECTOR_VI[p.sector],
};
