// Named re-exports of the calendar module: working days, Vietnamese public holidays, lunar dates.
export {
  HOLIDAY_KEYS,
  HOLIDAY_RULE_SETS,
  PUBLIC_HOLIDAY_RULES,
  NATIONAL_DAY_ADJACENT_DEFAULT,
  COMPENSATORY_DAY_RULE,
  DEADLINE_COUNTING_RULE,
  type HolidayKey,
  type HolidayRuleSet,
  type HolidayRuleTable,
  type PublicHolidayRule,
} from "./data/holidayRules.js";
export { OFFICIAL_HOLIDAY_SCHEDULES, type AnnouncedHoliday, type AnnouncedYear } from "./data/officialSchedules.js";
export {
  DEFAULT_WORKING_CALENDAR,
  createWorkingCalendar,
  safeCreateWorkingCalendar,
  publicHolidays,
  safePublicHolidays,
  type OfficialHolidaySchedule,
  type HolidaySchedule,
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
