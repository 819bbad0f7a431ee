// Named re-exports of the calendar module: working days, Vietnamese public holidays, lunar dates.
export {
  PUBLIC_HOLIDAY_RULES,
  NATIONAL_DAY_ADJACENT_DEFAULT,
  COMPENSATORY_DAY_RULE,
  DEADLINE_COUNTING_RULE,
  type HolidayKey,
  type PublicHolidayRule,
} from "./data/holidayRules.js";
export {
  DEFAULT_WORKING_CALENDAR,
  createWorkingCalendar,
  safeCreateWorkingCalendar,
  publicHolidays,
  safePublicHolidays,
  type OfficialHolidaySchedule,
  type WorkingCalendarOptions,
  type WorkingCalendar,
  type PublicHoliday,
  type HolidayYear,
} from "./workingCalendar.js";
export { isWorkingDay, safeIsWorkingDay } from "./isWorkingDay.js";
export { addWorkingDays, safeAddWorkingDays } from "./addWorkingDays.js";
export { workingDaysBetween, safeWorkingDaysBetween } from "./workingDaysBetween.js";
export {
  toLunarDate,
  safeToLunarDate,
  fromLunarDate,
  safeFromLunarDate,
  lunarNewYear,
  safeLunarNewYear,
  LUNAR_ALGORITHM,
  type LunarDate,
} from "./lunarDate.js";
