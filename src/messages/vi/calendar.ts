// Vietnamese: the calendar.
import { formatDate } from "../format.js";
import type { CalendarIssueParams, CalendarTermParams } from "../codes/calendar.js";

const d = (iso: string): string => formatDate(iso, "vi");

/** Vietnamese texts of the calendar's issues. */
export const viCalendarIssues: { readonly [C in keyof CalendarIssueParams]: (p: CalendarIssueParams[C]) => string } = {
  invalid_date: (p) => `"${p.received}" không phải là ngày hợp lệ dạng YYYY-MM-DD.`,
  impossible_date: (p) => `ngày ${p.received} không tồn tại (tháng ${p.month} năm ${p.year} có ${p.days} ngày).`,
  year_out_of_range: (p) => `năm ${p.year} nằm ngoài khoảng lịch hỗ trợ ${p.min}–${p.max}.`,
  date_out_of_range: (p) => `ngày rơi ra ngoài khoảng lịch hỗ trợ ${d(p.min)}–${d(p.max)}.`,
  no_such_leap_month: (p) => `năm âm lịch ${p.year} không có tháng ${p.month} nhuận.`,
  no_such_lunar_day: (p) => `tháng ${p.month} âm lịch năm ${p.year} chỉ có ${p.length} ngày.`,
  schedule_wrong_year: (p) => `ngày ${d(p.date)} không thuộc năm ${p.year} của lịch nghỉ chính thức.`,
  duplicate_schedule_year: (p) => `có hơn một lịch nghỉ chính thức cho năm ${p.year}.`,
  duplicate_date: (p) => `ngày ${d(p.date)} bị lặp lại.`,
  day_off_and_working_day: (p) => `ngày ${d(p.date)} vừa là ngày nghỉ vừa là ngày làm bù.`,
  working_day_not_weekend: (p) => `ngày làm bù ${d(p.date)} không phải thứ Bảy hoặc Chủ nhật.`,
  invalid_calendar: () => "lịch ngày làm việc phải là một lịch do createWorkingCalendar tạo ra (hoặc bản sao của lịch đó).",
  schedule_years_mismatch: (p) => `danh sách năm có lịch chính thức (${p.scheduleYears}) không khớp với các lịch kèm theo (${p.years}).`,
  duplicate_holiday_schedule: (p) => `có hơn một lịch nghỉ cho dịp ${p.holiday} năm ${p.year}.`,
  holiday_schedule_too_far: (p) => `ngày ${d(p.date)} cách ngày lễ (${d(p.main)}) hơn ${p.days} ngày.`,
  holiday_schedule_in_scheduled_year: (p) => `năm ${p.year} đã có lịch nghỉ chính thức cả năm; không thể thay riêng một dịp lễ của năm đó.`,
  holiday_schedule_date_in_scheduled_year: (p) =>
    `ngày ${d(p.date)} thuộc năm ${p.year}, năm đã có lịch nghỉ chính thức cả năm; hãy ghi ngày đó trong lịch cả năm của năm ${p.year}.`,
  holiday_rules_not_found: (p) =>
    `thư viện chưa có quy định ngày nghỉ lễ, tết cho năm ${p.year} (các Bộ luật Lao động đã mã hóa áp dụng từ ${d(p.rulesFrom)}, năm đầu tiên đầy đủ là ${p.firstYear}); hãy cung cấp lịch nghỉ chính thức của năm đó.`,
};

/** Vietnamese labels of the calendar's days off. */
export const viCalendarTerms: { readonly [K in keyof CalendarTermParams]: (p: CalendarTermParams[K]) => string } = {
  compensatory_day: (p) => (p.date === null ? `Nghỉ bù ${p.holidayVi}` : `Nghỉ bù ${p.holidayVi} (${d(p.date)})`),
  swapped_day: (p) => `Nghỉ hoán đổi dịp ${p.holidayVi}`,
  scheduled_holiday: (p) => `${p.holidayVi} (lịch chính thức)`,
  official_day_off: () => "Ngày nghỉ theo lịch chính thức",
};
