// Vietnamese: the reform impact (the same households under two standards).
import type { ReformClassKey, ReformColumnKey, ReformIssueParams, ReformTermParams } from "../codes/reform.js";

const CLASS: { readonly [K in ReformClassKey]: string } = {
  poor: "Hộ nghèo",
  near_poor: "Hộ cận nghèo",
  not_poor: "Không nghèo, không cận nghèo",
  undetermined: "Chưa xác định được",
};

function column(c: ReformColumnKey, from: string, to: string): string {
  switch (c) {
    case "unit":
      return "Đơn vị";
    case "households":
      return "Tổng số hộ";
    case "poor_from":
      return `Hộ nghèo theo chuẩn ${from}`;
    case "poor_to":
      return `Hộ nghèo theo chuẩn ${to}`;
    case "near_poor_from":
      return `Hộ cận nghèo theo chuẩn ${from}`;
    case "near_poor_to":
      return `Hộ cận nghèo theo chuẩn ${to}`;
    case "into_lists":
      return "Hộ mới vào danh sách nghèo, cận nghèo";
    case "out_of_lists":
      return "Hộ ra khỏi danh sách nghèo, cận nghèo";
    case "between_lists":
      return "Hộ chuyển giữa nghèo và cận nghèo";
    case "undetermined_from":
      return `Chưa xác định theo chuẩn ${from}`;
    case "undetermined_to":
      return `Chưa xác định theo chuẩn ${to}`;
    case "persons_poor_from":
      return `Nhân khẩu hộ nghèo theo chuẩn ${from}`;
    case "persons_poor_to":
      return `Nhân khẩu hộ nghèo theo chuẩn ${to}`;
  }
}

/** Vietnamese texts of the reform impact's issues. */
export const viReformIssues: { readonly [C in keyof ReformIssueParams]: (p: ReformIssueParams[C]) => string } = {
  indicator_in_neither_standard: (p) => `chỉ số "${p.key}" không thuộc chuẩn ${p.from} cũng không thuộc chuẩn ${p.to}.`,
  reform_standards_differ: (p) => `kết quả được tính cho cặp chuẩn ${p.received}, khác cặp chuẩn ${p.expected}; không gộp được.`,
  reform_units_overlap: (p) => `đơn vị "${p.unit}" đã được tính trong một phần khác; gộp lại sẽ tính trùng.`,
  reform_cells_inconsistent: (p) => `ô ${p.from} → ${p.to}: ${p.persons} nhân khẩu ít hơn ${p.households} hộ (mỗi hộ có ít nhất một người).`,
  households_unreadable: (p) => `không đọc tiếp được danh sách hộ sau ${p.counted} hộ; không có kết quả nào được tính (kết quả dở dang không được trả về).`,
  income_members_mismatch: (p) => `số nhân khẩu ghi ở thu nhập (${p.income}) khác số nhân khẩu của hộ (${p.members}).`,
  reform_total_mismatch: (p) => `${p.what}: tổng phải là ${p.expected}, nhận được ${p.received}.`,
};

/** Vietnamese labels of the reform impact's tables. */
export const viReformTerms: { readonly [C in keyof ReformTermParams]: (p: ReformTermParams[C]) => string } = {
  reform_class: (p) => CLASS[p.kind],
  reform_column: (p) => column(p.column, p.from, p.to),
  reform_units_title: (p) => `Tác động khi chuyển từ chuẩn nghèo ${p.from} sang chuẩn nghèo ${p.to}, theo đơn vị`,
  reform_matrix_title: (p) => `Chuyển đổi phân loại từ chuẩn ${p.from} sang chuẩn ${p.to} (số ${p.measure === "households" ? "hộ" : "nhân khẩu"})`,
  reform_matrix_corner: (p) => `Theo chuẩn ${p.from} \\ theo chuẩn ${p.to}`,
  reform_total: () => "Tổng cộng",
  reform_note_same_households: (p) => `Cùng các hộ, cùng số liệu thu nhập, phân loại theo chuẩn ${p.from} và theo chuẩn ${p.to}; đây là ước tính tác động, không phải kết quả rà soát.`,
  reform_note_undetermined: (p) => `"Chưa xác định theo chuẩn ${p.to}": hộ có thu nhập trong chuẩn nhưng thiếu thông tin về chỉ số mới (chưa thu thập); thư viện không đoán.`,
  reform_note_uncertain: () => "Danh mục chỉ số giai đoạn 2027–2030 và bảng chuyển đổi chỉ số chưa chắc chắn (chưa đọc được toàn văn Nghị định 351/2025/NĐ-CP).",
};
