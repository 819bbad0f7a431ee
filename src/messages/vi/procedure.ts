// Vietnamese: the village meeting and the review procedure.
import { formatDate } from "../format.js";
import type { InspectionHouseholdsParams, InspectionVillagesParams, MeetingIssueParams, MeetingStepParams, PeriodParams, PlanFindingParams, ProcedureFindingParams, ProcedureIssueParams, ProcedureStepParams, ProcedureTermParams } from "../codes/procedure.js";

const s = (v: string | number | null): string => (v === null ? "" : String(v));
/** A date as an officer writes it (05/09/2023); anything else as it is. */
const d = (v: string | null): string => (v === null ? "" : formatDate(v, "vi"));
/** A limit: a date, or a window "from–to" of two ISO dates. */
const limitVi = (v: string | null): string => (v === null ? "" : v.split(" – ").map(d).join(" – "));

/** Vietnamese texts of the meeting's input issues. */
export const viMeetingIssues: { readonly [C in keyof MeetingIssueParams]: (p: MeetingIssueParams[C]) => string } = {
  threshold_above_one: (p) => `tỷ lệ biểu quyết ${p.numerator}/${p.denominator} lớn hơn 1.`,
  threshold_already_in_standard: (p) => `chuẩn ${p.standard} đã có tỷ lệ biểu quyết theo quy định; không dùng tỷ lệ do người gọi cung cấp.`,
  agree_exceeds_attendees: (p) => `số phiếu đồng ý (${p.agree}) lớn hơn số người tham dự (${p.attendees}).`,
  votes_do_not_add_up: (p) => `đồng ý + không đồng ý + không biểu quyết = ${p.sum}, khác số người tham dự (${p.attendees}).`,
  votes_exceed_attendees: (p) => `tổng số phiếu (${p.sum}) lớn hơn số người tham dự (${p.attendees}).`,
  attendee_list_mismatch: (p) => `danh sách người dự họp có ${p.listed} người, khác số người tham dự (${p.attendees}).`,
  votes_do_not_match_scope: (p) => `biểu quyết "${p.scope}" cần trường ${p.needs} và không dùng trường ${p.not}.`,
  duplicate_household: (p) => `mã hộ "${p.code}" bị lặp lại.`,
};

const item = (p: MeetingStepParams["meeting_agreed"]): string =>
  `${p.code === null ? "Cả danh sách" : `Hộ ${p.code}`}: ${p.agree}/${p.attendees} người đồng ý (${p.share}%); ${p.agree} × ${p.denominator} ${p.holds ? "≥" : "<"} ${p.numerator} × ${p.attendees} → ${p.holds ? "thống nhất" : "rà soát lại"}.`;

/** Vietnamese texts of the meeting's steps. */
export const viMeetingSteps: { readonly [C in keyof MeetingStepParams]: (p: MeetingStepParams[C]) => string } = {
  meeting_share_not_found: (p) => `Không thể kết luận: tỷ lệ biểu quyết của họp dân theo chuẩn ${p.standard} chưa tìm được căn cứ; thư viện không tự giả định.`,
  meeting_procedure_not_found: (p) => `Không thể kết luận: quy trình rà soát của chuẩn ${p.standard} chưa có căn cứ.`,
  meeting_rule: (p) =>
    `Quy tắc họp dân: kết quả rà soát được thống nhất khi từ ${p.numerator}/${p.denominator} (${p.percent}%) số người tham dự trở lên đồng ý; dưới mức này rà soát lại từ bước 2 và họp lại.`,
  abstentions_count_as_not_agreeing: () => "Mẫu số là số người có mặt: người không biểu quyết hoặc không ghi nhận phiếu được tính là không đồng ý; người vắng mặt không tính.",
  meeting_agreed: item,
  meeting_review_again: item,
  meeting_votes: () => "Kết quả biểu quyết.",
  meeting_minutes_copies: (p) => `Biên bản họp lập thành ${p.copies} bản: 01 bản lưu ở thôn, 01 bản gửi Ban chỉ đạo cấp xã; kèm danh sách người dự họp.`,
  meeting_outcome_agreed: () => "Kết luận: cuộc họp thống nhất kết quả rà soát.",
  meeting_outcome_review_again: (p) => `Kết luận: chưa đạt tỷ lệ thống nhất — rà soát lại${p.list ? ` các hộ ${p.list}` : ""} từ bước 2 và họp lại.`,
};

/** Vietnamese texts of the procedure's input issues. */
export const viProcedureIssues: { readonly [C in keyof ProcedureIssueParams]: (p: ProcedureIssueParams[C]) => string } = {
  date_before_start: (p) => `ngày ${d(p.date)} trước ngày bắt đầu ${d(p.start)} (${p.what}).`,
  milestone_dates_reversed: (p) => `mốc "${p.id}": ngày bắt đầu ${d(p.from)} sau ngày kết thúc ${d(p.to)}.`,
  duplicate_milestone: (p) => `mã mốc "${p.id}" bị lặp lại.`,
  unknown_milestone: (p) => `không có mốc "${p.id}" trong kế hoạch.`,
  duplicate_village: (p) => `mã thôn "${p.code}" bị lặp lại.`,
  households_per_village_out_of_band: (p) => `số hộ mỗi thôn phải từ ${p.min} đến ${p.max} (kế hoạch kiểm tra), nhận được ${p.received}.`,
  unknown_legal_deadline: (p) => `không có thời hạn báo cáo "${p.id}" theo quy định (các thời hạn: ${p.known}).`,
  deadline_before_range: (p) => `hạn "trước ngày ${d(p.date)}" có ngày cuối cùng trước ngày ${d(p.first)}, ngoài khoảng ngày được hỗ trợ.`,
  duplicate_complaint: (p) => `mã khiếu nại "${p.id}" bị lặp lại; mỗi khiếu nại cần một mã riêng.`,
};

const period = (p: PeriodParams): string =>
  `${p.labelVi}${p.ref ? ` (${p.ref})` : ""}: từ sự kiện ngày ${d(p.eventOn)}, ${p.days} ngày${p.unit === "working" ? " làm việc" : ""} — từ ${d(p.firstDay)} đến hết ${d(p.lastDay)}${p.movedFrom ? ` (ngày ${d(p.movedFrom)} là ngày nghỉ)` : ""}${p.status === "seed" ? "; thời hạn theo văn bản hướng dẫn của địa phương, chưa đối chiếu được văn bản quy phạm pháp luật" : ""}.`;
const finding = (p: ProcedureFindingParams): string =>
  p.code === "complaint_after_posting" ? `Khiếu nại ${s(p.ref)} nhận ngày ${d(p.date)}, sau thời gian niêm yết.` : `Kết quả phúc tra ${s(p.ref)} niêm yết ngày ${d(p.date)}, sau thời hạn phúc tra.`;
const planFinding = (p: PlanFindingParams): string =>
  p.code === "outside_review_window"
    ? `Mốc "${p.milestone}" (${d(p.date)}) nằm ngoài thời gian rà soát định kỳ ${limitVi(p.limit)}.`
    : p.code === "after_legal_deadline"
      ? `Mốc "${p.milestone}" (${d(p.date)}) sau thời hạn báo cáo theo quy định (chậm nhất ${limitVi(p.limit)}).`
      : p.code === "unknown_legal_deadline"
        ? `Mốc "${p.milestone}" tham chiếu thời hạn không có trong quy định.`
        : `Mốc chuẩn bị "${p.milestone}" (${d(p.date)}) trước thời gian rà soát: được phép.`;
const planResult = (p: ProcedureStepParams["plan_fits"]): string =>
  p.fits ? "Kế hoạch phù hợp thời gian theo quy định." : `Kế hoạch có ${p.errors} điểm không phù hợp thời gian theo quy định.`;

const villages = (p: InspectionVillagesParams): string =>
  `Chọn ${p.k}/${p.n} thôn (${p.pct}%)${p.within ? "" : ", vượt mức tối đa vì xã có ít thôn"}; mã khởi tạo ngẫu nhiên "${p.seed}" (ghi lại để chọn lại đúng mẫu này).`;
const households = (p: InspectionHouseholdsParams): string =>
  `Thôn ${p.code}: ${p.got} hộ${p.short > 0 ? ` (thiếu ${p.short} so với ${p.target}: thôn chỉ có ${p.got} hộ)` : ""}.`;

/** Vietnamese texts of the procedure's steps. */
export const viProcedureSteps: { readonly [C in keyof ProcedureStepParams]: (p: ProcedureStepParams[C]) => string } = {
  counting_rule: () =>
    "Cách tính: ngày xảy ra sự kiện không tính; ngày thứ nhất là ngày làm việc kế tiếp; thời hạn kết thúc vào cuối ngày cuối cùng (ngày nghỉ thì chuyển sang ngày làm việc tiếp theo).",
  duration_not_found: (p) => `Chuẩn ${p.standard} không có thời hạn "${p.rule}" có căn cứ; không tính.`,
  posting: period,
  complaint_recheck: period,
  recheck_posting: period,
  middle_living_posting: period,
  middle_living_recheck: period,
  middle_living_decision: period,
  low_income_worker_posting: period,
  complaint_after_posting: finding,
  recheck_posted_late: finding,
  deadlines_computed: (p) => `Đã tính ${p.n} thời hạn.`,
  procedure_not_found: (p) => `Không thể tính: chuẩn ${p.standard} chưa có quy trình rà soát có căn cứ.`,
  periodic_window: (p) => `Rà soát định kỳ năm ${p.year}: từ ${d(p.from)} đến hết ${d(p.to)}.`,
  regular_review_day: (p) => `Rà soát thường xuyên: từ ngày ${p.day} hằng tháng.`,
  reporting_deadline: (p) => `${p.vi}: ${p.rule === "before" ? `trước ngày ${d(p.stated)}` : `ngày ${d(p.stated)}`} → chậm nhất ${d(p.lastDay)}.`,
  review_calendar: (p) => `Lịch rà soát năm ${p.year}.`,
  outside_review_window: planFinding,
  after_legal_deadline: planFinding,
  unknown_legal_deadline: planFinding,
  before_review_window: planFinding,
  plan_fits: planResult,
  plan_does_not_fit: planResult,
  inspection_rule: (p) => `Phương pháp kiểm tra: đi thực tế ${p.minP}–${p.maxP}% số thôn, mỗi thôn ${p.minH}–${p.maxH} hộ (theo kế hoạch kiểm tra của Ban Chỉ đạo huyện).`,
  villages_drawn: villages,
  villages_drawn_above_band: villages,
  households_drawn: households,
  households_short: households,
  inspection_sample: (p) => `Mẫu kiểm tra: ${p.villages} thôn, ${p.households} hộ.`,
};

const PERIOD_VI = {
  posting: "Niêm yết công khai kết quả rà soát",
  complaint_recheck: "Phúc tra khiếu nại",
  recheck_posting: "Niêm yết kết quả phúc tra",
  middle_living_posting: "Niêm yết danh sách hộ có mức sống trung bình",
  middle_living_recheck: "Phúc tra hộ có mức sống trung bình",
  middle_living_decision: "Quyết định công nhận hộ có mức sống trung bình",
  low_income_worker_posting: "Niêm yết người lao động có thu nhập thấp",
} as const;

/** Vietnamese labels of the procedure and the meeting. */
export const viProcedureTerms: { readonly [K in keyof ProcedureTermParams]: (p: ProcedureTermParams[K]) => string } = {
  period_label: (p) => PERIOD_VI[p.kind],
  minutes_kept_by: () => "01 bản lưu ở thôn, 01 bản gửi Ban chỉ đạo rà soát cấp xã",
};
