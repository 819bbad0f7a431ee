// Codes of the calendar: dates, working days, public holidays and official schedules, lunar dates.

/** The issues of the calendar's inputs. */
export interface CalendarIssueParams {
  /** Not a date written YYYY-MM-DD. */
  readonly invalid_date: { readonly received: string };
  /** A date written YYYY-MM-DD that does not exist (30/02). */
  readonly impossible_date: { readonly received: string; readonly year: number; readonly month: number; readonly days: number };
  /** A year outside the calendar's range. */
  readonly year_out_of_range: { readonly year: number; readonly min: number; readonly max: number };
  /** A date (or a result, or a span) outside the calendar's range. */
  readonly date_out_of_range: { readonly min: string; readonly max: string };
  readonly no_such_leap_month: { readonly year: number; readonly month: number };
  readonly no_such_lunar_day: { readonly year: number; readonly month: number; readonly length: number };
  readonly schedule_wrong_year: { readonly date: string; readonly year: number };
  readonly duplicate_schedule_year: { readonly year: number };
  readonly duplicate_date: { readonly date: string };
  readonly day_off_and_working_day: { readonly date: string };
  readonly working_day_not_weekend: { readonly date: string };
  readonly invalid_calendar: Record<string, never>;
  readonly schedule_years_mismatch: { readonly scheduleYears: string; readonly years: string };
  readonly duplicate_holiday_schedule: { readonly holiday: string; readonly year: number };
  readonly holiday_schedule_too_far: { readonly date: string; readonly main: string; readonly days: number };
  readonly holiday_schedule_in_scheduled_year: { readonly year: number };
  /** A per-holiday schedule's date in another year that has a whole-year schedule (which is the whole of its year). */
  readonly holiday_schedule_date_in_scheduled_year: { readonly date: string; readonly year: number };
  readonly holiday_rules_not_found: { readonly year: number; readonly firstYear: number; readonly rulesFrom: string };
}

/** The labels of the calendar's days off. */
export interface CalendarTermParams {
  /** A compensatory day for a holiday that fell on a weekend, with that holiday's date when known. */
  readonly compensatory_day: { readonly holidayVi: string; readonly holidayEn: string; readonly date: string | null };
  /** A working day swapped for a day off around a holiday. */
  readonly swapped_day: { readonly holidayVi: string; readonly holidayEn: string };
  /** A holiday as a caller's official schedule places it. */
  readonly scheduled_holiday: { readonly holidayVi: string; readonly holidayEn: string };
  /** A day off of a caller's whole-year official schedule. */
  readonly official_day_off: Record<string, never>;
}
