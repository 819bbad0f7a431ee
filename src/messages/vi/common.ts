// Vietnamese: the schema layer's issues, standards, and the "standard applied" step.
import type { JsonValue } from "../../types.js";
import { groupDigits } from "../format.js";
import type { SchemaIssueParams, StandardIssueParams, StandardStepParams, TransitionStepParams } from "../codes/common.js";

const TYPE: { readonly [k: string]: string } = {
  number: "một số",
  int: "một số nguyên",
  string: "một chuỗi ký tự",
  boolean: "true hoặc false",
  object: "một đối tượng",
  array: "một danh sách",
  date: "một ngày",
};

function typeName(t: string): string {
  return TYPE[t] ?? t;
}

function shown(v: JsonValue): string {
  if (v === null) return "null";
  if (typeof v === "string") return v === "undefined" ? "không có giá trị" : `"${v}"`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "một danh sách" : "một đối tượng";
}

function list(values: readonly JsonValue[]): string {
  return values.map((v) => (typeof v === "string" ? `"${v}"` : String(v))).join(", ");
}

function bound(origin: string, n: number, inclusive: boolean, small: boolean): string {
  switch (origin) {
    case "string":
      return small ? `phải có ít nhất ${n} ký tự` : `chỉ được có tối đa ${n} ký tự`;
    case "array":
    case "set":
      return small ? `phải có ít nhất ${n} phần tử` : `chỉ được có tối đa ${n} phần tử`;
    default:
      return small ? (inclusive ? `phải lớn hơn hoặc bằng ${n}` : `phải lớn hơn ${n}`) : inclusive ? `phải nhỏ hơn hoặc bằng ${n}` : `phải nhỏ hơn ${n}`;
  }
}

/** Vietnamese texts of the schema layer's issues. */
export const viSchemaIssues: { readonly [C in keyof SchemaIssueParams]: (p: SchemaIssueParams[C]) => string } = {
  invalid_type: (p) => (p.received === "undefined" ? `thiếu giá trị bắt buộc (cần ${typeName(p.expected)}).` : `cần ${typeName(p.expected)}, nhận được ${shown(p.received)}.`),
  too_small: (p) => `${bound(p.origin, p.minimum, p.inclusive, true)}, nhận được ${shown(p.received)}.`,
  too_big: (p) => `${bound(p.origin, p.maximum, p.inclusive, false)}, nhận được ${shown(p.received)}.`,
  invalid_format: (p) => (p.format === "date" ? `phải là một ngày có thật, viết dạng YYYY-MM-DD (ví dụ 2025-10-06), nhận được ${shown(p.received)}.` : `sai định dạng (${p.format}), nhận được ${shown(p.received)}.`),
  invalid_value: (p) => (p.values.length === 1 ? `phải là ${list(p.values)}, nhận được ${shown(p.received)}.` : `phải là một trong: ${list(p.values)}; nhận được ${shown(p.received)}.`),
  unrecognized_keys: (p) => `có trường không được phép: ${p.keys.join(", ")}.`,
  not_multiple_of: (p) => `phải là bội số của ${p.divisor}, nhận được ${shown(p.received)}.`,
  invalid_union: (p) => `không khớp với dạng dữ liệu nào được chấp nhận, nhận được ${shown(p.received)}.`,
  invalid_key: (p) => `có khóa không hợp lệ: ${shown(p.received)}.`,
  step_params_invalid: (p) => `các tham số không khớp với mã bước "${p.code}", không dựng lại được lời giải thích.`,
  input_unreadable: (p) => `không đọc được dữ liệu (một thuộc tính hoặc Proxy báo lỗi ${p.error} khi được đọc, hoặc dữ liệu lồng nhau quá sâu).`,
};

/** Vietnamese texts of the standards' issues. */
export const viStandardIssues: { readonly [C in keyof StandardIssueParams]: (p: StandardIssueParams[C]) => string } = {
  unknown_standard: (p) => `không có chuẩn nghèo mã "${p.id}" (các mã hợp lệ: ${p.known}).`,
  invalid_standard: () => 'chuẩn nghèo phải là mã chuẩn (ví dụ "2021-2025") hoặc đối tượng do getStandard/layerLocalStandard trả về.',
  no_standard_for_year: (p) => `không có chuẩn nghèo nào áp dụng cho danh sách năm ${p.year} (thư viện có chuẩn cho các năm ${p.from}–${p.to}).`,
  invalid_year: (p) => `năm phải là số nguyên, nhận được ${p.received}.`,
  local_line_below_national: (p) =>
    `mức của địa phương (${groupDigits(p.local, "vi")} đồng/người/${p.period === "year" ? "năm" : "tháng"}) thấp hơn mức quốc gia (${groupDigits(p.national, "vi")} đồng/người/tháng); địa phương chỉ được đặt mức cao hơn.`,
  local_standard_empty: () => "chuẩn địa phương phải có ít nhất một khu vực (nông thôn hoặc thành thị).",
  local_poor_line_without_national: () => "chuẩn quốc gia không có chuẩn nghèo riêng theo thu nhập; địa phương không thể thêm.",
  local_middle_living_without_national: () => "chuẩn quốc gia không quy định mức sống trung bình; địa phương không thể thêm mức trần sống trung bình.",
  local_id_shadows_national: (p) => `mã "${p.id}" là mã của một chuẩn quốc gia; chuẩn địa phương phải có mã riêng.`,
  local_b1_below_national: (p) => `điểm cắt B1 của địa phương (${p.local} điểm) thấp hơn điểm cắt quốc gia (${p.national} điểm); địa phương chỉ được đặt mức có lợi hơn cho hộ dân.`,
  local_b1_cutoffs_reversed: (p) => `điểm cắt B1 nghèo theo thu nhập (${p.poorByIncome} điểm) phải thấp hơn điểm cắt B1 cận nghèo (${p.cutoff} điểm).`,
  local_b1_poor_cutoff_missing: () => "chuẩn quốc gia có hai điểm cắt B1 (nghèo và cận nghèo); địa phương phải ghi cả điểm cắt nghèo theo thu nhập (poorByIncome).",
  local_ceiling_not_above_line: (p) =>
    `mức sống trung bình (${groupDigits(p.ceiling, "vi")} đồng/người/tháng) phải cao hơn chuẩn thu nhập của khu vực (${groupDigits(p.line, "vi")} đồng/người/${p.period === "year" ? "năm" : "tháng"}).`,
  local_threshold_above_national: (p) => `số chỉ số thiếu hụt để là hộ nghèo của địa phương (${p.local}) cao hơn của chuẩn quốc gia (${p.national}); địa phương chỉ được đặt mức có lợi hơn cho hộ dân.`,
  no_standard_for_review_year: (p) =>
    `đợt rà soát ${p.kind === "periodic" ? "định kỳ" : "thường xuyên"} năm ${p.year} xác định danh sách năm ${p.listYear}, nhưng không có chuẩn nghèo nào áp dụng cho năm đó (thư viện có chuẩn cho danh sách các năm ${p.from}–${p.to}).`,
  indicator_changes_not_found: (p) => `thư viện chưa có bảng chuyển đổi chỉ số từ chuẩn ${p.from} sang chuẩn ${p.to}.`,
  reading_without_direction: (p) =>
    `không có văn bản nào chỉ đạo đợt rà soát ${p.kind === "periodic" ? "định kỳ" : "thường xuyên"} năm ${p.year} theo một chuẩn khác; không cần chọn cách hiểu (bỏ trường "reading").`,
};

function kindVi(k: "periodic" | "regular"): string {
  return k === "periodic" ? "định kỳ" : "thường xuyên";
}

/** Vietnamese texts of the steps answering "which standard?". */
export const viTransitionSteps: { readonly [C in keyof TransitionStepParams]: (p: TransitionStepParams[C]) => string } = {
  review_fixes_lists_of: (p) =>
    p.kind === "periodic"
      ? `Rà soát định kỳ năm ${p.year} xác định danh sách hộ nghèo, hộ cận nghèo áp dụng cho năm ${p.listYear}.`
      : `Rà soát thường xuyên năm ${p.year} điều chỉnh danh sách hộ nghèo, hộ cận nghèo của năm ${p.listYear}.`,
  list_year_governed_by: (p) => `Danh sách năm ${p.listYear} thuộc chuẩn nghèo ${p.standard} (áp dụng cho danh sách các năm ${p.from}–${p.to}).`,
  review_direction: (p) => `${p.textVi} Đợt rà soát năm ${p.year} áp dụng chuẩn ${p.standard}.`,
  reading_direction: (p) =>
    `Áp dụng theo chỉ đạo: chuẩn ${p.standard}. Danh sách năm ${p.listYear} lại thuộc chuẩn ${p.alternative}; nếu hướng dẫn của Bộ yêu cầu áp dụng chuẩn của năm danh sách thì đợt rà soát này áp dụng chuẩn ${p.alternative}.`,
  reading_list_year: (p) =>
    `Theo lựa chọn của đơn vị sử dụng: áp dụng chuẩn của năm danh sách ${p.listYear} là chuẩn ${p.standard}, không theo chỉ đạo áp dụng chuẩn ${p.alternative}.`,
  procedure_of_standard: (p) => `Quy trình rà soát của chuẩn ${p.standard}: ${p.instrument}.`,
  procedure_practical_default: (p) =>
    `Chưa tìm thấy quy trình rà soát cho chuẩn ${p.standard}; tạm áp dụng quy trình của chuẩn ${p.from} (${p.instrument}), mọi thời hạn đều chưa chắc chắn.`,
  procedure_missing: (p) => `Không tìm thấy quy trình rà soát cho chuẩn ${p.standard}.`,
  standard_for_list_year: (p) => `Danh sách hộ nghèo, hộ cận nghèo năm ${p.listYear}: chuẩn nghèo ${p.standard}.`,
  standard_for_review_year: (p) => `Đợt rà soát ${kindVi(p.kind)} năm ${p.year} (danh sách năm ${p.listYear}): áp dụng chuẩn nghèo ${p.standard}.`,
};

/** Vietnamese texts of the "standard applied" steps. */
export const viStandardSteps: { readonly [C in keyof StandardStepParams]: (p: StandardStepParams[C]) => string } = {
  standard_applied: (p) => `Áp dụng chuẩn nghèo ${p.id}: ${p.titleVi}.`,
  local_standard_applied: (p) => `Áp dụng chuẩn địa phương ${p.id} (${p.authority ?? ""}), đặt trên chuẩn quốc gia ${p.national ?? ""}.`,
};
