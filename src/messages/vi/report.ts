// Vietnamese: the report module's issues.
import type { JsonValue } from "../../types.js";
import type { ReportIssueParams } from "../codes/report.js";

function shown(v: JsonValue): string {
  if (v === null) return "null";
  if (typeof v === "string") return v === "undefined" ? "không có giá trị" : `"${v}"`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "một danh sách" : "một đối tượng";
}

const KIND: { readonly [k: string]: string } = { poor: "hộ nghèo", near_poor: "hộ cận nghèo", not_poor: "hộ không nghèo", absent: "không có trong danh sách" };
const kind = (k: string): string => KIND[k] ?? k;
const LEVEL: { readonly [k: string]: string } = { nation: "quốc gia", province: "tỉnh", district: "huyện", commune: "xã", village: "thôn" };
const level = (l: string): string => LEVEL[l] ?? l;

/** Vietnamese texts of the report module's issues. */
export const viReportIssues: { readonly [C in keyof ReportIssueParams]: (p: ReportIssueParams[C]) => string } = {
  missing_unit_code: () => "thiếu mã đơn vị (thôn, tổ dân phố) của hộ.",
  standard_mismatch: (p) => `chuẩn nghèo ${shown(p.actual)} khác chuẩn của bảng tổng hợp "${p.expected}".`,
  invalid_persons: (p) => `số nhân khẩu phải là số nguyên từ 1 đến ${p.max}, nhận được ${shown(p.received)}.`,
  poor_basis_required: (p) => `chuẩn ${p.standard} chia hộ nghèo theo thu nhập và theo thiếu hụt: cần poorBasis ("income" hoặc "deprivation").`,
  poor_basis_of_other_standard: (p) => `căn cứ nghèo ${shown(p.received)} không dùng trong chuẩn ${p.standard} (hợp lệ: ${p.allowed.join(", ")}).`,
  poor_basis_not_allowed: () => "chỉ hộ nghèo mới có căn cứ nghèo (poorBasis).",
  middle_living_not_poor_only: () => "hộ có mức sống trung bình phải là hộ không nghèo, không cận nghèo.",
  middle_living_not_defined: (p) => `chuẩn ${p.standard} không quy định hộ có mức sống trung bình.`,
  class_contradicts_deprivations: (p) =>
    p.kind === "poor"
      ? `hộ được ghi là hộ nghèo nhưng chỉ thiếu hụt ${p.count} chỉ số; theo chuẩn ${p.standard}, hộ nghèo (theo thiếu hụt) phải thiếu hụt từ ${p.threshold} chỉ số trở lên.`
      : `hộ được ghi là hộ cận nghèo nhưng thiếu hụt ${p.count} chỉ số; theo chuẩn ${p.standard}, hộ cận nghèo thiếu hụt dưới ${p.threshold} chỉ số.`,
  duplicate_value: (p) => `giá trị "${p.value}" bị lặp lại.`,
  undetermined_household: (p) => `hộ chưa được phân loại (thiếu ${p.missing.join(", ")}); không thể đưa vào báo cáo.`,
  household_rule_not_found: (p) => `chuẩn ${p.standard} không có quy tắc phân loại cho dữ liệu của hộ (${p.reason}); không thể đưa vào báo cáo.`,
  classification_input_ambiguous: () => "hộ có cả thu nhập (income) và điểm Phiếu A/B (formA, b1, b2): chỉ dùng một cách phân loại.",
  classification_input_missing: () => "hộ không có thu nhập (income) cũng không có điểm Phiếu B (b1, b2): không phân loại được.",
  inconsistent_counts: (p) => `số liệu không khớp: ${p.rule}.`,
  count_overflow: (p) => `số đếm vượt quá ${p.limit}: không còn chính xác.`,
  year_mismatch: (p) => `năm danh sách ${shown(p.actual)} khác năm ${p.expected === null ? "(không ghi)" : p.expected} của các bảng tổng hợp khác; chỉ so sánh, không cộng số liệu hai năm.`,
  year_outside_standard: (p) => `chuẩn ${p.standard} áp dụng cho danh sách các năm ${p.from}–${p.to}, không phải năm ${p.year}.`,
  tally_layout_mismatch: (p) =>
    p.field === "indicators"
      ? `danh sách chỉ số của bảng tổng hợp (${shown(p.actual)}) khác danh sách của chuẩn ${p.standard} (${p.expected}).`
      : `quy tắc phân loại của bảng tổng hợp (${shown(p.actual)}) khác quy tắc của chuẩn ${p.standard} (${p.expected}).`,
  segment_not_kept: (p) => `chuẩn ${p.standard} không tổng hợp riêng nhóm "${p.segment}" (chỉ chuẩn 2016–2020 chia hộ nghèo theo thu nhập và theo thiếu hụt).`,
  duplicate_unit: (p) => `mã đơn vị "${p.code}" bị lặp lại.`,
  missing_parent: (p) => `đơn vị cấp trên "${p.parentCode}" của "${p.code}" không có trong danh sách.`,
  invalid_parent_level: (p) => `đơn vị cấp ${level(p.level)} "${p.code}" không thể trực thuộc đơn vị cấp ${level(p.parentLevel)} "${p.parentCode}".`,
  cycle: (p) => `các đơn vị tạo thành vòng lặp: ${p.cycle.join(" → ")}.`,
  unknown_unit: (p) => `mã đơn vị "${p.code}" không có trong cây đơn vị hành chính.`,
  unit_counted_twice: (p) => `đơn vị "${p.code}" đã có số liệu của đơn vị cấp dưới "${p.descendant}": số liệu riêng của "${p.code}" không được cộng để tránh đếm hai lần.`,
  unit_outside_root: (p) =>
    `đơn vị cấp ${level(p.level)} "${p.code}" không có đơn vị cấp trên, nên không thuộc cấp cao nhất của cây (cấp ${level(p.top)}): số liệu của nó không được cộng vào tổng.`,
  unknown_status: (p) => `tình trạng ${shown(p.received)} không hợp lệ (poor, near_poor, not_poor, absent).`,
  reason_required: () => "hộ chuyển đến, chuyển đi, tách, nhập hoặc chết cần ghi lý do (reason).",
  reason_direction: (p) => `lý do "${p.reason}" không phù hợp với biến động ${kind(p.previous)} → ${kind(p.current)}.`,
  fell_back_not_applicable: () => "tái nghèo/tái cận nghèo chỉ áp dụng cho hộ không nghèo ở đầu kỳ và nghèo hoặc cận nghèo ở cuối kỳ.",
  both_absent: () => "hộ không thể vắng mặt ở cả hai kỳ.",
  unbalanced_movement: (p) =>
    `biểu diễn biến ${p.table} (${p.measure === "households" ? "số hộ" : "nhân khẩu"}) không cân: cột 9 = ${p.actual} nhưng 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 = ${p.expected}.`,
  movement_cross_link: (p) =>
    `biểu 2 cột ${p.poorColumn} (${p.poor}) phải bằng biểu 3 cột ${p.nearPoorColumn} (${p.nearPoor}) (${p.measure === "households" ? "số hộ" : "nhân khẩu"}).`,
};
