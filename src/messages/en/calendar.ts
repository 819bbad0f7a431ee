// English: the calendar.
import type { CalendarIssueParams, CalendarTermParams } from "../codes/calendar.js";

/** English texts of the calendar's issues. */
export const enCalendarIssues: { readonly [C in keyof CalendarIssueParams]: (p: CalendarIssueParams[C]) => string } = {
  invalid_date: (p) => `"${p.received}" is not a valid YYYY-MM-DD date.`,
  impossible_date: (p) => `${p.received} does not exist (month ${p.month} of ${p.year} has ${p.days} days).`,
  year_out_of_range: (p) => `year ${p.year} is outside the supported range ${p.min}–${p.max}.`,
  date_out_of_range: (p) => `the date falls outside the supported calendar ${p.min} to ${p.max}.`,
  no_such_leap_month: (p) => `lunar year ${p.year} has no leap month ${p.month}.`,
  no_such_lunar_day: (p) => `lunar month ${p.month} of ${p.year} has only ${p.length} days.`,
  schedule_wrong_year: (p) => `${p.date} is not in ${p.year}, the year of the official schedule.`,
  duplicate_schedule_year: (p) => `more than one official schedule for ${p.year}.`,
  duplicate_date: (p) => `${p.date} is listed twice.`,
  day_off_and_working_day: (p) => `${p.date} is both a day off and a working day.`,
  working_day_not_weekend: (p) => `working day ${p.date} is not a Saturday or Sunday.`,
  invalid_calendar: () => "the working calendar must be one made by createWorkingCalendar (or a copy of one).",
  schedule_years_mismatch: (p) => `the years with an official schedule (${p.scheduleYears}) do not match the schedules given (${p.years}).`,
  duplicate_holiday_schedule: (p) => `more than one schedule for ${p.holiday} ${p.year}.`,
  holiday_schedule_too_far: (p) => `${p.date} is more than ${p.days} days from the holiday (${p.main}).`,
  holiday_schedule_in_scheduled_year: (p) => `${p.year} already has a whole-year official schedule; one holiday of that year cannot be replaced too.`,
  holiday_schedule_date_in_scheduled_year: (p) =>
    `${p.date} falls in ${p.year}, which has a whole-year official schedule; list that day in ${p.year}'s whole-year schedule.`,
  holiday_rules_not_found: (p) =>
    `the library has no public-holiday rules for ${p.year} (the Labour Codes encoded apply from ${p.rulesFrom}, first full year ${p.firstYear}); supply that year's official schedule.`,
};

/** English labels of the calendar's days off. */
export const enCalendarTerms: { readonly [K in keyof CalendarTermParams]: (p: CalendarTermParams[K]) => string } = {
  compensatory_day: (p) => (p.date === null ? `Compensatory day for ${p.holidayEn}` : `Compensatory day for ${p.holidayEn} (${p.date})`),
  swapped_day: (p) => `Swapped day off for ${p.holidayEn}`,
  scheduled_holiday: (p) => `${p.holidayEn} (official schedule)`,
  official_day_off: () => "Day off in the official schedule",
};
