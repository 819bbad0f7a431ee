// Vietnamese: the review's documents and the table renderers.
import { formatDate } from "../format.js";
import type {
  CaveatSubject,
  ClassChangeKind,
  DocumentClassKind,
  DocumentColumnKey,
  DocumentFieldKey,
  DocumentIssueParams,
  DocumentKind,
  DocumentTermParams,
  MeetingRecordInconsistency,
  MeetingRole,
  SignatureRole,
} from "../codes/documents.js";

const d = (iso: string): string => formatDate(iso, "vi");

/** "ngày 05 tháng 9 năm 2023": days below 10 and the months 1 and 2 with a leading 0, as administrative texts write them. */
function longDate(iso: string): string {
  if (iso.length !== 10) return iso;
  const day = iso.slice(8, 10);
  const month = Number(iso.slice(5, 7));
  return `ngày ${day} tháng ${month <= 2 ? `0${month}` : String(month)} năm ${iso.slice(0, 4)}`;
}

const pad2 = (n: number): string => (n >= 0 && n < 10 ? `0${n}` : String(n));
const days = (n: number, unit: "working" | "calendar"): string => `${n} ngày${unit === "working" ? " làm việc" : ""}`;

const TITLE: { readonly [K in DocumentKind]: string } = {
  posting_list: "DANH SÁCH NIÊM YẾT CÔNG KHAI KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO",
  meeting_minutes: "BIÊN BẢN HỌP DÂN THỐNG NHẤT KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO",
  recognition_list: "DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN HỘ NGHÈO, HỘ CẬN NGHÈO, HỘ THOÁT NGHÈO, HỘ THOÁT CẬN NGHÈO",
  review_again_list: "DANH SÁCH HỘ GIA ĐÌNH PHẢI RÀ SOÁT LẠI",
};

const SHEET: { readonly [K in DocumentKind]: string } = {
  posting_list: "Niêm yết công khai",
  meeting_minutes: "Biên bản họp dân",
  recognition_list: "Đề nghị công nhận",
  review_again_list: "Rà soát lại",
};

const COLUMN: { readonly [K in DocumentColumnKey]: string } = {
  index: "STT",
  code: "Mã hộ",
  head_name: "Họ và tên chủ hộ",
  members: "Số nhân khẩu",
  b1: "Điểm B1",
  b2: "Điểm B2",
  source: "Căn cứ phân loại",
  class: "Kết quả rà soát",
  proposed: "Kết quả rà soát đưa ra họp",
  previous: "Năm trước",
  change: "Biến động",
  agree: "Đồng ý",
  disagree: "Không đồng ý",
  abstain: "Không biểu quyết",
  attendees: "Số người dự họp",
  share: "Tỷ lệ đồng ý (%)",
  result: "Kết luận",
  role: "Thành phần",
  count: "Số người",
  name: "Họ và tên",
  signature: "Ký tên",
  this_year: "Kết quả rà soát năm nay",
};

const FIELD: { readonly [K in DocumentFieldKey]: string } = {
  village: "Thôn, tổ dân phố",
  commune: "Xã, phường",
  posting_window: "Thời gian niêm yết",
  posting_places: "Địa điểm niêm yết",
  meeting_date: "Ngày họp",
  venue: "Địa điểm",
  chair: "Chủ trì",
  secretary: "Thư ký",
  attendees: "Số người tham dự",
  absent: "Số người vắng mặt",
  scope: "Hình thức biểu quyết",
  rule: "Nguyên tắc biểu quyết",
  abstentions: "Cách tính phiếu",
  legal_basis: "Căn cứ",
  standard: "Chuẩn nghèo áp dụng",
  attached_to: "Kèm theo",
};

const CLASS: { readonly [K in DocumentClassKind]: string } = {
  poor: "Hộ nghèo",
  near_poor: "Hộ cận nghèo",
  not_poor: "Không nghèo, cận nghèo",
  undetermined: "Chưa xác định",
  rule_not_found: "Chưa có căn cứ",
};

const CHANGE: { readonly [K in ClassChangeKind]: string } = {
  new_poor: "Mới vào danh sách hộ nghèo",
  new_near_poor: "Mới vào danh sách hộ cận nghèo",
  near_poor_to_poor: "Từ hộ cận nghèo thành hộ nghèo",
  poor_to_near_poor: "Thoát nghèo, thành hộ cận nghèo",
  left_poverty: "Thoát nghèo",
  left_near_poverty: "Thoát cận nghèo",
  stays_poor: "Tiếp tục là hộ nghèo",
  stays_near_poor: "Tiếp tục là hộ cận nghèo",
  stays_not_poor: "Không thay đổi",
};

/** The attendees the commune guide names for the meeting (Bước 3): the steering committee, the village head, … */
const VI_ROLES: { readonly [K in MeetingRole]: string } = {
  village_head: "Trưởng thôn",
  party_cell_secretary: "Bí thư chi bộ thôn",
  steering_committee: "Thành viên Ban chỉ đạo rà soát xã",
  mass_organisation: "Đại diện các đoàn thể",
  reviewer: "Rà soát viên",
  household_representative: "Đại diện hộ gia đình",
  fatherland_front: "Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam xã",
  secretary: "Thư ký cuộc họp",
};

const SIGNATURE: { readonly [K in SignatureRole]: string } = {
  prepared_by: "NGƯỜI LẬP BIỂU",
  village_head: "TRƯỞNG THÔN",
  chair: "CHỦ TRÌ CUỘC HỌP",
  secretary: "THƯ KÝ",
  fatherland_front: "ĐẠI DIỆN MẶT TRẬN TỔ QUỐC XÃ",
  commune_chair: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
};

const SECTION = { poor: "I. DANH SÁCH HỘ NGHÈO", near_poor: "II. DANH SÁCH HỘ CẬN NGHÈO", left_poverty: "III. DANH SÁCH HỘ THOÁT NGHÈO", left_near_poverty: "IV. DANH SÁCH HỘ THOÁT CẬN NGHÈO" } as const;

const span = (p: DocumentTermParams["doc_caveat"]): string => days(p.count ?? 0, p.unit ?? "working");
const FROM_SOURCE = "lấy theo tài liệu nguồn (hướng dẫn của xã), chưa đối chiếu văn bản quy phạm pháp luật";
const CAVEAT: { readonly [K in CaveatSubject]: (p: DocumentTermParams["doc_caveat"]) => string } = {
  document_layout: () => "Cách trình bày văn bản theo thực tiễn của xã trong tài liệu nguồn; biểu mẫu chính thức chưa được đối chiếu.",
  posting_period: (p) => `Thời gian niêm yết (${span(p)}) ${FROM_SOURCE}.`,
  complaint_recheck: (p) => `Thời hạn phúc tra khiếu nại (${span(p)}) ${FROM_SOURCE}.`,
  recheck_posting: (p) => `Thời gian niêm yết kết quả phúc tra (${span(p)}) ${FROM_SOURCE}.`,
  posting_places: () => `Địa điểm niêm yết ${FROM_SOURCE}.`,
  minutes_copies: (p) => `Số bản biên bản (${pad2(p.count ?? 0)} bản) ${FROM_SOURCE}.`,
  classification: (p) => `Kết quả phân loại hộ ${p.code ?? ""} có dùng giá trị chưa chắc chắn (xem lời giải thích của hộ).`,
  meeting_vote: () => "Kết quả biểu quyết có dùng giá trị chưa chắc chắn (xem lời giải thích của cuộc họp).",
};

const INCONSISTENT: { readonly [R in MeetingRecordInconsistency]: string } = {
  kind_and_results: "kết luận của cuộc họp không khớp với kết quả biểu quyết (thống nhất mà có nội dung chưa đạt tỷ lệ, hoặc phải rà soát lại mà mọi nội dung đều đạt).",
  scope_and_results: "kết quả biểu quyết không khớp với phạm vi biểu quyết (biểu quyết cả danh sách thì chỉ có một kết quả, không ghi mã hộ; biểu quyết từng hộ thì mỗi kết quả ghi mã hộ).",
  result_attendees: "số người dự họp của kết quả này khác số người dự họp ghi trong biên bản.",
  result_and_share: "kết luận của nội dung này không đúng với số người đồng ý và tỷ lệ biểu quyết cần đạt.",
  households_to_review: "danh sách hộ phải rà soát lại (hoặc hộ đã được thống nhất) không khớp với kết quả biểu quyết.",
};

/** Vietnamese texts of the documents' issues. */
export const viDocumentIssues: { readonly [C in keyof DocumentIssueParams]: (p: DocumentIssueParams[C]) => string } = {
  household_not_classified: (p) => `hộ ${p.code} chưa được phân loại (${CLASS[p.kind as DocumentClassKind] ?? p.kind}); không thể đưa vào danh sách.`,
  decision_standard_mismatch: (p) => `hộ ${p.code} được phân loại theo chuẩn ${p.actual}, văn bản lập theo chuẩn ${p.expected}.`,
  meeting_rule_not_found: (p) => `không lập được biên bản: chuẩn ${p.standard} chưa có quy định biểu quyết có căn cứ (${p.reason}).`,
  posting_period_missing: () => "chưa có thời gian niêm yết: hãy tính thời hạn từ ngày niêm yết (computeProcedureDeadlines với postedOn).",
  not_a_review_document: (p) => `không phải văn bản rà soát do thư viện lập (${p.format === null ? "không ghi định dạng" : `định dạng "${p.format}"`}); hãy truyền văn bản do buildPostingList, buildMeetingMinutes, buildRecognitionList hoặc buildReviewAgainList trả về.`,
  row_width_mismatch: (p) => `dòng có ${p.cells} ô, trong khi bảng có ${p.columns} cột.`,
  meeting_record_inconsistent: (p) => INCONSISTENT[p.reason],
  deadline_days_out_of_order: (p) => `thời hạn không hợp lệ: ngày bắt đầu (${d(p.firstDay)}) phải sau ngày diễn ra sự việc (${d(p.eventOn)}) và không được sau ngày kết thúc (${d(p.lastDay)}).`,
};

/** Vietnamese labels of the documents and the table renderers. */
export const viDocumentTerms: { readonly [K in keyof DocumentTermParams]: (p: DocumentTermParams[K]) => string } = {
  doc_national_name: () => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  doc_motto: () => "Độc lập - Tự do - Hạnh phúc",
  doc_committee: (p) => `ỦY BAN NHÂN DÂN ${p.name.toUpperCase()}`,
  doc_number: (p) => `Số: ${p.number}`,
  doc_place_date: (p) => `${p.place}, ${longDate(p.date)}`,
  doc_title: (p) => `${TITLE[p.kind]} NĂM ${p.year}`,
  doc_sheet_name: (p) => SHEET[p.kind],
  doc_column: (p) => COLUMN[p.key],
  doc_field: (p) => FIELD[p.key],
  doc_class: (p) => CLASS[p.kind],
  doc_source: (p) =>
    `${p.source === "forms" ? "Phiếu B" : "Thu nhập"}${p.basis === "income" ? " (nghèo về thu nhập)" : p.basis === "deprivation" ? " (nghèo do thiếu hụt dịch vụ xã hội cơ bản)" : ""}`,
  doc_change: (p) => CHANGE[p.change],
  doc_role: (p) => VI_ROLES[p.role],
  doc_named_role: (p) => `${p.name ?? "...................."} (${p.roleVi})`,
  doc_vote_result: (p) => (p.result === "agreed" ? "Thống nhất" : "Rà soát lại"),
  doc_scope: (p) => (p.scope === "per_household" ? "Biểu quyết theo từng hộ" : "Biểu quyết chung cho cả danh sách"),
  doc_whole_list: (p) => `Toàn bộ danh sách (${p.households} hộ)`,
  doc_section: (p) => `${SECTION[p.section]} (${p.households} hộ)`,
  doc_signature_title: (p) => SIGNATURE[p.role],
  doc_signature_note: (p) => (p.seal ? "(Ký tên, đóng dấu)" : "(Ký, ghi rõ họ tên)"),
  doc_unit_of: (p) => `${p.village}, ${p.commune}`,
  doc_posting_window: (p) => `Từ ngày ${d(p.firstDay)} đến hết ngày ${d(p.lastDay)} (${days(p.days, p.unit)})`,
  doc_posting_places_default: () => "Nhà văn hóa thôn; trụ sở Ủy ban nhân dân xã; thông báo trên đài truyền thanh xã",
  doc_complaints: (p) =>
    p.recheckDays === null
      ? "Trong thời gian niêm yết, người dân có quyền khiếu nại kết quả rà soát với Ban chỉ đạo rà soát xã."
      : `Trong thời gian niêm yết, nếu có khiếu nại, Ban chỉ đạo rà soát xã tổ chức phúc tra kết quả trong thời hạn không quá ${days(p.recheckDays, p.recheckUnit)} kể từ ngày nhận được khiếu nại${
          p.postingDays === null ? "" : ` và niêm yết kết quả phúc tra trong ${days(p.postingDays, p.postingUnit)}`
        }.`,
  doc_total: () => "Tổng cộng",
  doc_no_household: () => "Không có hộ nào.",
  doc_left_out: (p) => `Chưa đưa vào danh sách (cuộc họp chưa thống nhất, phải rà soát lại): ${p.codes}.`,
  doc_meeting_opening: (p) =>
    `Hôm nay, ${p.time ? `hồi ${p.time}, ` : ""}${longDate(p.date)}, tại ${p.venue}, ${p.village}, ${p.commune} tổ chức họp dân để thống nhất kết quả rà soát hộ nghèo, hộ cận nghèo năm ${p.year}.`,
  doc_people: (p) => `${p.count} người`,
  doc_meeting_rule: (p) =>
    `Kết quả rà soát được thống nhất khi có từ ${p.percent}% trở lên tổng số người tham dự cuộc họp đồng ý; dưới ${p.percent}% thì rà soát lại từ Bước 2 và họp lại.`,
  doc_meeting_conclusion: (p) =>
    p.kind === "agreed"
      ? "Cuộc họp thống nhất kết quả rà soát."
      : p.list === null
        ? "Cuộc họp chưa thống nhất kết quả rà soát của cả danh sách; danh sách được rà soát lại từ Bước 2 và đưa ra họp lại."
        : `Cuộc họp chưa thống nhất kết quả rà soát của các hộ: ${p.list}; các hộ này được rà soát lại từ Bước 2 và đưa ra họp lại. Kết quả của các hộ còn lại được thống nhất.`,
  doc_minutes_copies: (p) => `Biên bản được lập thành ${pad2(p.copies)} bản: ${p.keptByVi}.`,
  doc_votes_heading: () => "KẾT QUẢ BIỂU QUYẾT",
  doc_attendance_heading: () => "DANH SÁCH NGƯỜI THAM DỰ HỌP",
  doc_attendance_by_role: () => "THÀNH PHẦN THAM DỰ",
  doc_review_again_intro: (p) => `Tại cuộc họp dân ${longDate(p.heldOn)}, kết quả rà soát của các hộ dưới đây có dưới ${p.percent}% số người tham dự đồng ý.`,
  doc_review_again_next: () => "Các hộ này được rà soát lại từ Bước 2 (thu thập thông tin, chấm điểm Phiếu B) và đưa ra họp lại để thống nhất kết quả.",
  doc_recognition_intro: (p) => `Theo kết quả rà soát năm ${p.year} đã được họp dân thống nhất và niêm yết công khai, đề nghị Chủ tịch Ủy ban nhân dân xã công nhận các danh sách sau.`,
  doc_caveats_heading: () => "PHỤ LỤC. MỨC ĐỘ CHẮC CHẮN CỦA CĂN CỨ",
  doc_caveat: (p) => CAVEAT[p.subject](p),
  certainty_label: (p) => (p.status === "confirmed" ? "đã xác nhận" : p.status === "seed" ? "theo tài liệu nguồn" : "chưa chắc chắn"),
  table_certainty: (p) =>
    `Mức độ chắc chắn: ${p.status === "confirmed" ? "đã xác nhận" : p.status === "seed" ? "theo tài liệu nguồn" : "chưa chắc chắn (bố cục chưa đối chiếu biểu mẫu gốc)"}`,
  table_measure: () => "Chỉ tiêu",
  table_part: (p) => `(phần ${p.part}/${p.parts})`,
};
