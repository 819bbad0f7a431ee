// Vietnamese: the household model and the review forms (Phiếu A, Phiếu B).
import { formatDate } from "../format.js";
import type { B1StepParams, B2StepParams, FormAStepParams, FormIssueParams, FormTermParams, HouseholdIssueParams } from "../codes/forms.js";

const s = (v: string | number | null): string => (v === null ? "" : String(v));

/** Vietnamese texts of the household model's issues. */
export const viHouseholdIssues: { readonly [C in keyof HouseholdIssueParams]: (p: HouseholdIssueParams[C]) => string } = {
  age_missing: () => "cần tuổi (age) hoặc ngày sinh (birthDate) của thành viên.",
  review_date_required: () => "cần ngày rà soát (reviewDate) của hộ để tính tuổi từ ngày sinh.",
  impossible_age: (p) => `tuổi tính từ ngày sinh ${formatDate(p.birthDate, "vi")} đến ngày rà soát ${formatDate(p.reviewDate, "vi")} là ${p.age}, không thể có (0–${p.max}).`,
  age_mismatch: (p) => `tuổi ${p.age} không khớp với ngày sinh (tuổi tính được: ${p.computed}).`,
  duplicate_sector: (p) => `ngành "${p.sector}" bị lặp lại.`,
};

const WHERE = { sheets: "các bảng", items: "các chỉ tiêu", options: "các phương án của chỉ tiêu" } as const;

/** Vietnamese texts of the forms' issues. */
export const viFormIssues: { readonly [C in keyof FormIssueParams]: (p: FormIssueParams[C]) => string } = {
  wrong_criteria_count: (p) => `Phiếu A của chuẩn ${p.standard} có đúng ${p.expected} tiêu chí (cột 1–${p.expected}); nhận được ${p.received}.`,
  form_a_criteria_required: () => "hộ được rà soát (cột 0 = 1) thì phải ghi các tiêu chí (criteria).",
  labels_length_mismatch: (p) => `số nhãn (${p.labels}) phải bằng số tiêu chí (${p.criteria}).`,
  invalid_b1: () => "B1 phải là đúng một trong: tổng điểm (total) hoặc bảng điểm kèm câu trả lời (scorecard và answers).",
  scorecard_of_other_standard: (p) => `bảng điểm "${p.scorecard}" thuộc chuẩn ${p.belongsTo}, không dùng được với chuẩn ${p.standard}.`,
  region_required: (p) => `bảng điểm có bảng riêng theo vùng cho khu vực ${p.area}: cần vùng kinh tế – xã hội (region).`,
  region_not_covered: (p) => `bảng điểm không có bảng cho khu vực ${p.area}${p.region ? `, vùng ${p.region}` : ""}.`,
  unknown_b1_item: (p) => `chỉ tiêu "${p.item}" không có trong bảng điểm "${p.scorecard}".`,
  unknown_b1_option: (p) => `phương án "${s(p.option)}" không có trong chỉ tiêu "${p.item}" (các phương án: ${p.known}).`,
  b1_total_negative: (p) => `tổng điểm B1 tính từ bảng điểm là ${p.total}, không được âm.`,
  duplicate_id: (p) => `mã "${p.id}" bị lặp lại trong ${WHERE[p.where]}.`,
  scorecard_points_missing: (p) => `phương án thiếu điểm cho bảng "${p.sheet}".`,
  scorecard_unknown_sheet: (p) => `điểm cho bảng "${p.sheet}" không có trong danh sách bảng (sheets).`,
  scorecard_sheets_overlap: (p) => `bảng "${p.sheet}" trùng phạm vi với bảng "${p.other}" (khu vực ${p.area}${p.region ? `, vùng ${p.region}` : ""}).`,
  invalid_b2: () => "B2 phải là đúng một trong: answers (trả lời từng chỉ số), total (tổng điểm), deprivations (danh sách chỉ số thiếu hụt), deprivationCount (số chỉ số thiếu hụt).",
  b2_not_multiple_of_points: (p) => `điểm B2 ${p.total} không phải bội số của ${p.points} điểm mỗi chỉ số.`,
  b2_above_maximum: (p) => `điểm B2 ${p.total} lớn hơn mức tối đa ${p.max} (${p.count} chỉ số × ${p.points} điểm).`,
  unknown_indicator: (p) => `chỉ số "${p.key}" không có trong chuẩn ${p.standard} (các chỉ số: ${p.known}).`,
  indicator_of_other_standard: (p) => `chỉ số "${p.key}" thuộc chuẩn ${p.belongsTo}, không thuộc chuẩn ${p.standard}.`,
  duplicate_indicator: (p) => `chỉ số "${p.key}" bị lặp lại.`,
  unknown_indicators_without_list: () => "các chỉ số chưa có thông tin (unknownIndicators) chỉ dùng kèm danh sách chỉ số thiếu hụt (deprivations), không dùng với số chỉ số.",
  indicator_deprived_and_unknown: (p) => `chỉ số "${p.key}" vừa được ghi là thiếu hụt vừa được ghi là chưa có thông tin.`,
  deprivations_and_count_both_given: () => "chỉ cho một trong hai: deprivations (danh sách chỉ số) hoặc deprivationCount (số chỉ số).",
  too_many_deprivations: (p) => `số chỉ số thiếu hụt ${p.count} lớn hơn số chỉ số của chuẩn (${p.max}).`,
};

const columnE = (p: FormAStepParams["form_a_stop"]): string =>
  `Phiếu A, cột E = ${p.total} (tổng các cột tiêu chí) ${p.stop ? "≥" : "<"} ${p.stopAt}: ${p.stop ? "đánh mã 0, ngừng rà soát, không chấm điểm Phiếu B" : "đánh mã 1, đưa vào danh sách chấm điểm Phiếu B"}.`;
const criterion = (p: FormAStepParams["form_a_criterion_met"]): string => `Cột ${p.column}${p.labelVi ? ` (${p.labelVi})` : ""}: ${p.value}.`;
const column0 = (p: FormAStepParams["form_a_reviewed"]): string =>
  p.reviewed ? "Phiếu A, cột (0) = 1: hộ được rà soát, ghi các cột tiêu chí." : "Phiếu A, cột (0) = 0: hộ không rà soát, ngừng rà soát hộ này.";

/** Vietnamese texts of Phiếu A's steps. */
export const viFormASteps: { readonly [C in keyof FormAStepParams]: (p: FormAStepParams[C]) => string } = {
  form_a_rule_not_found: (p) => `Chuẩn ${p.standard} chưa có quy tắc Phiếu A được xác minh: không thể nhận dạng nhanh.`,
  form_a_reviewed: column0,
  form_a_not_reviewed: column0,
  form_a_criteria_count: (p) => `Phiếu A có ${p.expected} tiêu chí (cột 1–${p.expected}); đã ghi ${p.received}.`,
  form_a_criterion_met: criterion,
  form_a_criterion_not_met: criterion,
  form_a_stop: columnE,
  form_a_score_on_form_b: columnE,
  form_a_outcome_not_reviewed: () => "Kết quả Phiếu A: hộ không rà soát.",
  form_a_outcome_stop: (p) => `Kết quả Phiếu A: mã 0, ngừng rà soát (E = ${s(p.total)}).`,
  form_a_outcome_score_on_form_b: (p) => `Kết quả Phiếu A: mã 1, chấm điểm Phiếu B (E = ${s(p.total)}).`,
  form_a_outcome_rule_not_found: () => "Kết quả Phiếu A: không áp dụng được (chưa có quy tắc).",
};

const poorByIncome = (p: B1StepParams["b1_at_or_below_poor_by_income"]): string =>
  `B1 = ${p.total} ${p.holds ? "≤" : ">"} ${p.cutoff} (${p.labelVi})${p.holds ? ": hộ nghèo theo tiêu chí thu nhập" : ""}.`;
const cutoff = (p: B1StepParams["b1_at_or_below_cutoff"]): string =>
  `B1 = ${p.total} ${p.holds ? "≤" : ">"} ${p.cutoff} (${p.labelVi}, ${p.area === "urban" ? "thành thị" : "nông thôn"})${p.holds ? "" : ": không thuộc diện hộ nghèo, hộ cận nghèo, không chấm phần B2"}.`;

/** Vietnamese texts of B1's steps. */
export const viB1Steps: { readonly [C in keyof B1StepParams]: (p: B1StepParams[C]) => string } = {
  b1_paper_total: (p) => `Phiếu B, phần B1: tổng điểm ${p.total} (ghi trên phiếu).`,
  b1_items_missing: (p) => `Phiếu B, phần B1: chưa trả lời các chỉ tiêu ${p.missing}; không tính được tổng điểm.`,
  b1_item_points: (p) => `${p.formItem ? `${p.formItem} ` : ""}${p.labelVi}: "${p.optionVi}" → ${p.points} điểm.`,
  b1_scorecard_total: (p) => `Phiếu B, phần B1: tổng điểm ${p.total} theo bảng điểm "${p.scorecard}" phiên bản ${p.version}, bảng ${p.sheet} (điểm khởi đầu ${p.base}).`,
  b1_at_or_below_poor_by_income: poorByIncome,
  b1_above_poor_by_income: poorByIncome,
  b1_at_or_below_cutoff: cutoff,
  b1_above_cutoff: cutoff,
  b1_rule_not_found: (p) => `Chuẩn ${p.standard} chưa có quy tắc chấm điểm B1 được xác minh (điểm cắt, bảng điểm).`,
  b1_local_rule_not_found: (p) =>
    `Chuẩn địa phương ${p.standard} nâng chuẩn thu nhập khu vực ${p.area === "rural" ? "nông thôn" : "thành thị"} nhưng chưa có điểm cắt B1 tương đương; chưa chấm được Phiếu B theo chuẩn này.`,
  b1_outcome_scored: (p) => `Điểm B1: ${s(p.total)}.`,
  b1_outcome_undetermined: (p) => `Chưa tính được B1: thiếu ${s(p.missing)}.`,
};

const indicator = (p: B2StepParams["b2_indicator_deprived"]): string => `Chỉ số ${p.order} "${p.nameVi}": ${p.deprived ? `thiếu hụt (+${p.points} điểm)` : "không thiếu hụt"}.`;
const threshold = (p: B2StepParams["b2_at_or_above_threshold"]): string =>
  `B2 = ${p.total} ${p.holds ? "≥" : "<"} ${p.threshold} điểm: ${p.holds ? "thuộc đối tượng hộ nghèo" : "thuộc đối tượng hộ cận nghèo"}.`;

/** Vietnamese texts of B2's steps. */
export const viB2Steps: { readonly [C in keyof B2StepParams]: (p: B2StepParams[C]) => string } = {
  b2_answers_missing: (p) => `Phiếu B, phần B2: chưa trả lời các chỉ số ${p.missing}; không coi là không thiếu hụt.`,
  b2_indicator_deprived: indicator,
  b2_indicator_not_deprived: indicator,
  b2_total: (p) => `Phiếu B, phần B2: ${p.total} điểm (${p.count} chỉ số thiếu hụt × ${p.points} điểm)${p.namesVi ? `: ${p.namesVi}` : ""}.`,
  b2_at_or_above_threshold: threshold,
  b2_below_threshold: threshold,
  b2_rule_not_found: (p) => `Chuẩn ${p.standard} chưa có quy tắc chấm điểm B2 được xác minh.`,
  b2_outcome_scored: (p) => `Điểm B2: ${s(p.total)}.`,
  b2_outcome_undetermined: (p) => `Chưa tính được B2: thiếu ${s(p.missing)}.`,
};

/** Vietnamese texts of the reasons an indicator was not derived. */
export const viFormTerms: { readonly [C in keyof FormTermParams]: (p: FormTermParams[C]) => string } = {
  derive_definition_not_found: (p) => `Chỉ số "${p.nameVi}" (chuẩn ${p.standard}): chưa tìm thấy định nghĩa, không suy ra được; người rà soát đánh giá trực tiếp.`,
  derive_numbers_not_found: (p) => `Chỉ số "${p.nameVi}" (chuẩn ${p.standard}): đã có định nghĩa nhưng chưa tìm thấy các ngưỡng số của nó, không suy ra được; người rà soát đánh giá trực tiếp.`,
  derive_no_household_fields: (p) => `Chỉ số "${p.nameVi}" (chuẩn ${p.standard}): cần thông tin mà dữ liệu hộ của thư viện không có, không suy ra được; người rà soát đánh giá trực tiếp.`,
};
