import * as z from "zod";
import type { Citation, Certainty, LocalizedText } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith, unwrap } from "../_lib/issues.js";
import { addDomainIssue, makeIssue } from "../_lib/legacyIssues.js";
import { str, type MessageParams } from "../_lib/legacyIssues.js";
import { dayFromCivil, formatDay, isWeekend, isoDateSchema, parseDay, safeYear, weekdayOf, yearOfDay, MAX_YEAR, MIN_YEAR } from "./_isoDate.js";
import { dayFromLunar, lunarNewYearDay } from "./_lunar.js";
import { COMPENSATORY_DAY_RULE, NATIONAL_DAY_ADJACENT_DEFAULT, PUBLIC_HOLIDAY_RULES, type HolidayKey, type PublicHolidayRule } from "./data/holidayRules.js";

/**
 * A year's official schedule of days off (lịch nghỉ lễ, tết chính thức), as announced by the government, which
 * replaces the computed holidays of that year.
 *
 * @remarks
 * Labour Code 2019 Art. 112 cl. 3: the Prime Minister fixes Tết and National Day's adjacent day each year, and the
 * announced schedules also move days ("hoán đổi ngày làm việc"). A schedule lists **every** public-holiday day off
 * of its year (holidays, compensatory days and swapped days; weekend days may be listed or not) and the weekend
 * days worked in exchange. It replaces the computed holidays of that year entirely: start from
 * {@link publicHolidays} to build one. Every date must fall in `year`.
 *
 * @example
 * ```ts
 * const s: OfficialHolidaySchedule = {
 *   year: 2025,
 *   daysOff: ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"],
 *   workingDays: ["2025-02-15"],
 *   source: "Tết 2025 schedule for civil servants",
 * };
 * ```
 * @category Calendar
 */
export interface OfficialHolidaySchedule {
  /** The Gregorian year it covers. */
  readonly year: number;
  /** Every public-holiday day off in the year (ISO dates). */
  readonly daysOff: readonly string[];
  /** Weekend days worked in exchange for a day off (ngày làm bù), ISO dates. */
  readonly workingDays?: readonly string[];
  /** Where the schedule was announced (the instrument's number), for the record. */
  readonly source?: string;
}

/**
 * How a working calendar is built (tùy chọn lịch ngày làm việc).
 *
 * @example
 * ```ts
 * const o: WorkingCalendarOptions = { nationalDayAdjacent: "after", schedules: [] };
 * ```
 * @category Calendar
 */
export interface WorkingCalendarOptions {
  /** Official schedules, at most one per year; each replaces the computed holidays of its year. */
  readonly schedules?: readonly OfficialHolidaySchedule[];
  /**
   * National Day's adjacent day when no schedule covers the year: `"auto"` (default, see
   * {@link NATIONAL_DAY_ADJACENT_DEFAULT}), `"before"` (1 September) or `"after"` (3 September).
   */
  readonly nationalDayAdjacent?: "auto" | "before" | "after";
}

/**
 * A working-day calendar (lịch ngày làm việc): Monday–Friday less public holidays and compensatory days, with the
 * official schedules the caller supplied. Build it with {@link createWorkingCalendar}.
 *
 * @example
 * ```ts
 * createWorkingCalendar().scheduleYears; //=> []
 * ```
 * @category Calendar
 */
export interface WorkingCalendar {
  /** Marks the object as a calendar the library built. */
  readonly kind: "working_calendar";
  /** The adjacent-day choice for National Day in years without a schedule. */
  readonly nationalDayAdjacent: "auto" | "before" | "after";
  /** The years covered by an official schedule, ascending. */
  readonly scheduleYears: readonly number[];
}

/**
 * One public-holiday day off (ngày nghỉ lễ, tết) in a year, with why.
 *
 * @example
 * ```ts
 * publicHolidays(2024).daysOff[0]; //=> { date: "2024-01-01", kind: "holiday", holiday: "new_year", … }
 * ```
 * @category Calendar
 */
export interface PublicHoliday {
  /** The day (ISO). */
  readonly date: string;
  /** `holiday` (a day of Art. 112), `compensatory` (nghỉ bù for a holiday on a weekend), `official` (from a supplied schedule). */
  readonly kind: "holiday" | "compensatory" | "official";
  /** The holiday it belongs to (for `official` days, absent). */
  readonly holiday?: HolidayKey;
  /** Its name. */
  readonly name: LocalizedText;
  /** Its legal basis (for `official` days, the schedule's source as the instrument). */
  readonly citation: Citation;
  /** Certainty: `confirmed` for fixed-date holidays, `uncertain` for computed days the government fixes each year. */
  readonly status: Certainty;
}

/**
 * The public-holiday days off of a year (lịch nghỉ lễ, tết của năm), computed or official.
 *
 * @example
 * ```ts
 * publicHolidays(2023).source; //=> "computed"
 * ```
 * @category Calendar
 */
export interface HolidayYear {
  /** The year. */
  readonly year: number;
  /** `computed` from the rules, or `official` from a supplied schedule. */
  readonly source: "computed" | "official";
  /** The days off, ascending (weekend holiday days included). */
  readonly daysOff: readonly PublicHoliday[];
  /** Weekend days that are working days (from an official schedule), ascending. */
  readonly workingDays: readonly string[];
}

interface YearData {
  off: Set<number>;
  work: Set<number>;
  info: HolidayYear;
}

interface Internal {
  schedules: Map<number, OfficialHolidaySchedule>;
  cache: Map<number, YearData>;
}

const REGISTRY = new WeakMap<WorkingCalendar, Internal>();

function build(options: { schedules: readonly OfficialHolidaySchedule[]; nationalDayAdjacent: "auto" | "before" | "after" }): WorkingCalendar {
  const schedules = new Map<number, OfficialHolidaySchedule>();
  for (const s of options.schedules) schedules.set(s.year, s);
  const cal: WorkingCalendar = Object.freeze({
    kind: "working_calendar" as const,
    nationalDayAdjacent: options.nationalDayAdjacent,
    scheduleYears: Object.freeze([...schedules.keys()].sort((a, b) => a - b)),
  });
  REGISTRY.set(cal, { schedules, cache: new Map() });
  return cal;
}

/**
 * The default working calendar (lịch ngày làm việc mặc định): public holidays computed from the Labour Code 2019,
 * Art. 112, compensatory days under Art. 111 cl. 3, no official schedule.
 *
 * @remarks See {@link PUBLIC_HOLIDAY_RULES}, {@link COMPENSATORY_DAY_RULE} and {@link NATIONAL_DAY_ADJACENT_DEFAULT}.
 * @example
 * ```ts
 * DEFAULT_WORKING_CALENDAR.nationalDayAdjacent; //=> "auto"
 * ```
 * @category Calendar
 */
export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = build({ schedules: [], nationalDayAdjacent: "auto" });

const M = {
  wrongYear: {
    vi: (p: MessageParams) => `ngày ${str(p["date"])} không thuộc năm ${str(p["year"])} của lịch nghỉ chính thức.`,
    en: (p: MessageParams) => `${str(p["date"])} is not in ${str(p["year"])}, the year of the official schedule.`,
  },
  duplicateYear: {
    vi: (p: MessageParams) => `có hơn một lịch nghỉ chính thức cho năm ${str(p["year"])}.`,
    en: (p: MessageParams) => `more than one official schedule for ${str(p["year"])}.`,
  },
  duplicateDay: {
    vi: (p: MessageParams) => `ngày ${str(p["date"])} bị lặp lại.`,
    en: (p: MessageParams) => `${str(p["date"])} is listed twice.`,
  },
  offAndWork: {
    vi: (p: MessageParams) => `ngày ${str(p["date"])} vừa là ngày nghỉ vừa là ngày làm bù.`,
    en: (p: MessageParams) => `${str(p["date"])} is both a day off and a working day.`,
  },
  workNotWeekend: {
    vi: (p: MessageParams) => `ngày làm bù ${str(p["date"])} không phải thứ Bảy hoặc Chủ nhật.`,
    en: (p: MessageParams) => `working day ${str(p["date"])} is not a Saturday or Sunday.`,
  },
  notCalendar: {
    vi: () => "lịch ngày làm việc phải do createWorkingCalendar tạo ra.",
    en: () => "the working calendar must be one returned by createWorkingCalendar.",
  },
};

const scheduleSchema = z
  .object({
    year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
    daysOff: z.array(isoDateSchema).max(366),
    workingDays: z.array(isoDateSchema).max(366).optional(),
    source: z.string().max(500).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    const check = (list: readonly string[], key: "daysOff" | "workingDays") =>
      list.forEach((d, i) => {
        if (!d.startsWith(`${String(s.year).padStart(4, "0")}-`)) addDomainIssue(ctx, "schedule_wrong_year", [key, i], M.wrongYear, { date: d, year: s.year });
        if (seen.has(d)) addDomainIssue(ctx, key === "workingDays" && s.daysOff.includes(d) ? "day_off_and_working_day" : "duplicate_date", [key, i], key === "workingDays" && s.daysOff.includes(d) ? M.offAndWork : M.duplicateDay, { date: d });
        seen.add(d);
        const n = parseDay(d);
        if (key === "workingDays" && n !== undefined && !isWeekend(n)) addDomainIssue(ctx, "working_day_not_weekend", [key, i], M.workNotWeekend, { date: d });
      });
    check(s.daysOff, "daysOff");
    check(s.workingDays ?? [], "workingDays");
  });

const optionsSchema = z
  .object({
    schedules: z.array(scheduleSchema).max(400).optional(),
    nationalDayAdjacent: z.enum(["auto", "before", "after"]).optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    const years = new Set<number>();
    (o.schedules ?? []).forEach((s, i) => {
      if (years.has(s.year)) addDomainIssue(ctx, "duplicate_schedule_year", ["schedules", i, "year"], M.duplicateYear, { year: s.year });
      years.add(s.year);
    });
  });

/**
 * Builds a working-day calendar (lịch ngày làm việc) from the caller's official schedules and choices, returning
 * the issues when they are bad.
 *
 * @remarks
 * Working days are Monday–Friday less the public holidays of the Labour Code 2019 Art. 112 cl. 1 and the
 * compensatory days of Art. 111 cl. 3 (see {@link PUBLIC_HOLIDAY_RULES}, {@link COMPENSATORY_DAY_RULE}). A year
 * with an {@link OfficialHolidaySchedule} uses that schedule instead (Art. 112 cl. 3). A schedule whose dates fall
 * outside its year gives the issue `schedule_wrong_year`; two schedules for one year, `duplicate_schedule_year`;
 * a date listed twice, `duplicate_date`; a day both off and worked, `day_off_and_working_day`; a working day on a
 * weekday, `working_day_not_weekend`; an impossible date, `invalid_date`. Supported years: 1900–2199.
 *
 * @param options - schedules and the National Day adjacent-day choice.
 * @returns `{ ok: true, value: calendar }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeCreateWorkingCalendar({ schedules: [{ year: 2025, daysOff: ["2024-12-31"] }] });
 * r.ok; //=> false (issue "schedule_wrong_year" at ["schedules", 0, "daysOff", 0])
 * ```
 * @category Calendar
 */
export function safeCreateWorkingCalendar(options: WorkingCalendarOptions = {}): SafeResult<WorkingCalendar> {
  const r = safeParseWith(optionsSchema, options);
  if (!r.ok) return r;
  return { ok: true, value: build({ schedules: (r.value.schedules ?? []) as OfficialHolidaySchedule[], nationalDayAdjacent: r.value.nationalDayAdjacent ?? "auto" }) };
}

/**
 * Builds a working-day calendar (lịch ngày làm việc); throws on bad options.
 *
 * @remarks See {@link safeCreateWorkingCalendar}.
 * @param options - schedules and the National Day adjacent-day choice.
 * @returns the calendar.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const cal = createWorkingCalendar({ schedules: [{ year: 2025, daysOff: ["2025-01-27", "2025-01-28"], workingDays: ["2025-02-15"] }] });
 * cal.scheduleYears; //=> [2025]
 * ```
 * @category Calendar
 */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return unwrap(safeCreateWorkingCalendar(options), "createWorkingCalendar");
}

/** Resolves a calendar argument (undefined → default), or the issue that it was not built by the library. */
export function resolveCalendar(cal: unknown, path: readonly (string | number)[]): SafeResult<Internal> {
  const c = cal === undefined ? DEFAULT_WORKING_CALENDAR : cal;
  const internal = typeof c === "object" && c !== null ? REGISTRY.get(c as WorkingCalendar) : undefined;
  if (internal) return { ok: true, value: internal };
  const issues: Issue[] = [makeIssue("invalid_calendar", path, M.notCalendar, {})];
  return { ok: false, issues };
}

function adjacentChoice(adjacent: "auto" | "before" | "after", sept2: number): "before" | "after" {
  if (adjacent !== "auto") return adjacent;
  return NATIONAL_DAY_ADJACENT_DEFAULT.value[weekdayOf(sept2)] ?? "before";
}

function computeYear(year: number, adjacent: "auto" | "before" | "after"): YearData {
  const R = PUBLIC_HOLIDAY_RULES;
  const days: { d: number; key: HolidayKey; status: Certainty }[] = [];
  for (const r of Object.values(R) as readonly PublicHolidayRule[]) {
    const date = r.date;
    switch (date.kind) {
      case "solar":
        days.push({ d: dayFromCivil(year, date.month, date.day), key: r.key, status: r.dateStatus });
        break;
      case "solar_with_adjacent": {
        const main = dayFromCivil(year, date.month, date.day);
        days.push({ d: main, key: r.key, status: "confirmed" });
        days.push({ d: adjacentChoice(adjacent, main) === "before" ? main - 1 : main + 1, key: r.key, status: r.dateStatus });
        break;
      }
      case "lunar": {
        const d = dayFromLunar({ day: date.day, month: date.month, year, leap: false });
        if (d !== undefined) days.push({ d, key: r.key, status: r.dateStatus });
        break;
      }
      case "lunar_new_year": {
        const first = lunarNewYearDay(year) - date.startsDaysBefore;
        for (let i = 0; i < r.days.value; i++) days.push({ d: first + i, key: r.key, status: r.dateStatus });
        break;
      }
    }
  }
  days.sort((a, b) => a.d - b.d);
  const off = new Set<number>(days.map((x) => x.d));
  const list: PublicHoliday[] = [];
  const comps: { d: number; key: HolidayKey; for: number }[] = [];
  if (COMPENSATORY_DAY_RULE.value) {
    for (const h of days) {
      if (!isWeekend(h.d)) continue;
      let c = h.d + 1;
      while (isWeekend(c) || off.has(c)) c++;
      off.add(c);
      comps.push({ d: c, key: h.key, for: h.d });
    }
  }
  for (const h of days) {
    const rule = R[h.key];
    list.push({ date: formatDay(h.d), kind: "holiday", holiday: h.key, name: rule.name, citation: rule.days.citation, status: h.status });
  }
  for (const c of comps) {
    const rule = R[c.key];
    list.push({
      date: formatDay(c.d),
      kind: "compensatory",
      holiday: c.key,
      name: { vi: `Nghỉ bù ${rule.name.vi} (${formatDay(c.for)})`, en: `Compensatory day for ${rule.name.en} (${formatDay(c.for)})` },
      citation: COMPENSATORY_DAY_RULE.citation,
      status: COMPENSATORY_DAY_RULE.status,
    });
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { off, work: new Set(), info: { year, source: "computed", daysOff: list, workingDays: [] } };
}

function officialYear(s: OfficialHolidaySchedule): YearData {
  const off = new Set<number>();
  const work = new Set<number>();
  const citation: Citation = { instrument: s.source ?? "official schedule supplied by the caller", note: "Labour Code 2019 Art. 112 cl. 3" };
  const daysOff: PublicHoliday[] = [...s.daysOff].sort().map((date) => {
    off.add(parseDay(date) ?? Number.NaN);
    return { date, kind: "official", name: { vi: "Ngày nghỉ theo lịch chính thức", en: "Day off in the official schedule" }, citation, status: "confirmed" };
  });
  const workingDays = [...(s.workingDays ?? [])].sort();
  for (const d of workingDays) work.add(parseDay(d) ?? Number.NaN);
  return { off, work, info: { year: s.year, source: "official", daysOff, workingDays } };
}

/** The holiday data of a year under a calendar (cached). */
export function yearData(c: Internal, adjacent: "auto" | "before" | "after", year: number): YearData {
  let y = c.cache.get(year);
  if (!y) {
    const s = c.schedules.get(year);
    y = s ? officialYear(s) : computeYear(year, adjacent);
    c.cache.set(year, y);
  }
  return y;
}

/** The adjacent-day choice stored for a resolved calendar. */
export function adjacentOf(cal: WorkingCalendar | undefined): "auto" | "before" | "after" {
  return (cal ?? DEFAULT_WORKING_CALENDAR).nationalDayAdjacent;
}

/** Whether a day number is a working day under a resolved calendar. */
export function isWorkingDayNumber(c: Internal, adjacent: "auto" | "before" | "after", d: number): boolean {
  const y = yearData(c, adjacent, yearOfDay(d));
  if (y.work.has(d)) return true;
  return !isWeekend(d) && !y.off.has(d);
}

/**
 * Lists the public-holiday days off of a year (ngày nghỉ lễ, tết), with the compensatory days, or the year's
 * official schedule; returns the issues on bad input.
 *
 * @remarks
 * Computed from the Labour Code 2019 Art. 112 cl. 1 ({@link PUBLIC_HOLIDAY_RULES}) and Art. 111 cl. 3
 * ({@link COMPENSATORY_DAY_RULE}); Tết and National Day's adjacent day are library defaults (status
 * `uncertain`) until an official schedule is supplied (Art. 112 cl. 3). Lunar dates are Vietnamese (UTC+7).
 *
 * @param year - the Gregorian year (1900–2199).
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns `{ ok: true, value: holidayYear }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safePublicHolidays(2023);
 * r.ok && r.value.daysOff.filter((d) => d.kind === "compensatory").map((d) => d.date);
 * //=> ["2023-01-02", "2023-01-26", "2023-01-27", "2023-05-02", "2023-05-03", "2023-09-04"]
 * ```
 * @category Calendar
 */
export function safePublicHolidays(year: number, calendar?: WorkingCalendar): SafeResult<HolidayYear> {
  const y = safeYear(year, ["year"]);
  const c = resolveCalendar(calendar, ["calendar"]);
  if (!y.ok || !c.ok) return { ok: false, issues: [...(y.ok ? [] : y.issues), ...(c.ok ? [] : c.issues)] };
  return { ok: true, value: yearData(c.value, adjacentOf(calendar), y.value).info };
}

/**
 * Lists the public-holiday days off of a year (ngày nghỉ lễ, tết); throws on bad input.
 *
 * @remarks See {@link safePublicHolidays}.
 * @param year - the Gregorian year (1900–2199).
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns the year's days off and swapped working days.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * publicHolidays(2024).daysOff.filter((d) => d.holiday === "tet" && d.kind === "holiday").map((d) => d.date);
 * //=> ["2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13"]
 * ```
 * @category Calendar
 */
export function publicHolidays(year: number, calendar?: WorkingCalendar): HolidayYear {
  return unwrap(safePublicHolidays(year, calendar), "publicHolidays");
}
