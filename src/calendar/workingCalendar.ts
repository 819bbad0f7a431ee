import * as z from "zod/mini";
import type { Citation, Certainty, LocalizedText } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, type IssueSink, unwrap } from "../_lib/issues.js";
import { deepFreeze } from "../_lib/freeze.js";
import { civilFromDay, dayFromCivil, formatDay, isWeekend, isoDateSchema, parseDay, safeYear, weekdayOf, MAX_YEAR, MIN_YEAR } from "./_isoDate.js";
import { lunarMonthOf, lunarNewYearDay } from "./_lunar.js";
import { HOLIDAY_KEYS, HOLIDAY_RULE_SETS, NATIONAL_DAY_ADJACENT_DEFAULT, type HolidayKey, type HolidayRuleSet } from "./data/holidayRules.js";
import { OFFICIAL_HOLIDAY_SCHEDULES, type AnnouncedHoliday } from "./data/officialSchedules.js";
import { addIssue, issue, termText } from "./_messages.js";

/**
 * A year's official schedule of days off (lịch nghỉ lễ, tết chính thức), as announced by the government, which
 * replaces the holidays of that year.
 *
 * @remarks
 * Labour Code 2019 Art. 112 cl. 3: the Prime Minister fixes Tết and National Day's adjacent day each year, and the
 * announced schedules also move days ("hoán đổi ngày làm việc"). A schedule lists **every** public-holiday day off
 * of its year (holidays, compensatory days and swapped days; weekend days may be listed or not) and the weekend
 * days worked in exchange. It replaces the holidays of that year entirely (the library's announced schedules
 * included): start from {@link publicHolidays} to build one, or replace a single holiday with a
 * {@link HolidaySchedule}. Every date must fall in `year`.
 *
 * @example
 * ```ts
 * const s: OfficialHolidaySchedule = {
 *   year: 2025,
 *   daysOff: ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"],
 *   workingDays: ["2025-04-26"],
 *   source: "the announced 2025 schedule",
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
 * One holiday's days in one year as officially scheduled (lịch nghỉ của một dịp lễ, tết), replacing that
 * holiday's days only; the other holidays of the year stay as they are.
 *
 * @remarks
 * `daysOff` lists every day off the holiday gives (its days, compensatory days and swapped weekdays; weekend days
 * may be listed or not) and `workingDays` the weekend days worked in exchange. Dates may fall outside `year` (a
 * New Year swap can take 31 December off), but each must lie within 45 days of the holiday's day in `year`
 * (`holiday_schedule_too_far`).
 *
 * @example
 * ```ts
 * const s: HolidaySchedule = { year: 2025, holiday: "reunification", daysOff: ["2025-04-30", "2025-05-02"], workingDays: ["2025-04-26"] };
 * ```
 * @category Calendar
 */
export interface HolidaySchedule {
  /** The year of the holiday. */
  readonly year: number;
  /** The holiday replaced. */
  readonly holiday: HolidayKey;
  /** Its days off (ISO dates). */
  readonly daysOff: readonly string[];
  /** Weekend days worked in exchange (ngày làm bù), ISO dates. */
  readonly workingDays?: readonly string[];
  /** Where the schedule was announced, for the record. */
  readonly source?: string;
}

/**
 * How a working calendar is built (tùy chọn lịch ngày làm việc).
 *
 * @example
 * ```ts
 * const o: WorkingCalendarOptions = { nationalDayAdjacent: "after", schedules: [], officialSchedules: "built_in" };
 * ```
 * @category Calendar
 */
export interface WorkingCalendarOptions {
  /** Whole-year official schedules, at most one per year; each replaces the holidays of its year. */
  readonly schedules?: readonly OfficialHolidaySchedule[];
  /** Per-holiday schedules, at most one per holiday and year; each replaces one holiday's days. */
  readonly holidaySchedules?: readonly HolidaySchedule[];
  /**
   * Whether the Government's announced schedules ({@link OFFICIAL_HOLIDAY_SCHEDULES}, 2016–2026) apply where the
   * caller gave none: `"built_in"` (default) or `"none"` (holidays computed from the Labour Code only).
   */
  readonly officialSchedules?: "built_in" | "none";
  /**
   * National Day's adjacent day when computed (Labour Code 2019): `"auto"` (default, see
   * {@link NATIONAL_DAY_ADJACENT_DEFAULT}), `"before"` (1 September) or `"after"` (3 September).
   */
  readonly nationalDayAdjacent?: "auto" | "before" | "after";
}

/**
 * A working-day calendar (lịch ngày làm việc): Monday–Friday less public holidays and compensatory days, with the
 * official schedules in force. Build it with {@link createWorkingCalendar}.
 *
 * @remarks
 * Plain, deeply frozen data: it is recognised by its structure, so a copy made with `structuredClone` or read
 * back from JSON works like the original (it is validated when used; an invalid one gives issues).
 *
 * @example
 * ```ts
 * createWorkingCalendar().scheduleYears; //=> []
 * ```
 * @category Calendar
 */
export interface WorkingCalendar {
  /** Marks the object as a working calendar. */
  readonly kind: "working_calendar";
  /** The adjacent-day choice for National Day where it is computed. */
  readonly nationalDayAdjacent: "auto" | "before" | "after";
  /** Whether the library's announced schedules apply (`"built_in"`) or not (`"none"`). */
  readonly officialSchedules: "built_in" | "none";
  /** The years covered by a caller's whole-year schedule, ascending. */
  readonly scheduleYears: readonly number[];
  /** The caller's whole-year schedules, by year, dates sorted. */
  readonly schedules: readonly OfficialHolidaySchedule[];
  /** The caller's per-holiday schedules, by year and holiday, dates sorted. */
  readonly holidaySchedules: readonly HolidaySchedule[];
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
  /**
   * `holiday` (a day of the Labour Code's holidays), `compensatory` (nghỉ bù for a holiday on a weekend),
   * `swapped` (a weekday off in exchange for a weekend day worked), `official` (from a caller's schedule).
   */
  readonly kind: "holiday" | "compensatory" | "swapped" | "official";
  /** The holiday it belongs to (absent for days of a caller's whole-year schedule). */
  readonly holiday?: HolidayKey;
  /** Its name. */
  readonly name: LocalizedText;
  /** Its legal basis: the Labour Code in force, or the announcing instrument. */
  readonly citation: Citation;
  /** Certainty: `confirmed` for fixed-date holidays, `uncertain` for computed defaults and press-sourced schedules. */
  readonly status: Certainty;
}

/**
 * The public-holiday days off of a year (lịch nghỉ lễ, tết của năm), computed, announced or supplied.
 *
 * @example
 * ```ts
 * publicHolidays(2023).source; //=> "official"
 * publicHolidays(2030).source; //=> "computed"
 * ```
 * @category Calendar
 */
export interface HolidayYear {
  /** The year. */
  readonly year: number;
  /**
   * `computed` from the Labour Code, `official` from announced or supplied schedules, `mixed` when some holidays
   * are computed and others scheduled.
   */
  readonly source: "computed" | "official" | "mixed";
  /** The days off, ascending (weekend holiday days included). */
  readonly daysOff: readonly PublicHoliday[];
  /** Weekend days that are working days (ngày làm bù), ascending. */
  readonly workingDays: readonly string[];
  /** The weakest certainty of the days used. */
  readonly status: Certainty;
}

// ---------------------------------------------------------------------------------------------------------------
// Internal model. Everything below is private to the calendar module: caches are never handed out; what is handed
// out (HolidayYear) is deeply frozen.

interface DayEntry {
  readonly d: number;
  readonly kind: PublicHoliday["kind"];
  readonly key?: HolidayKey;
  readonly name: LocalizedText;
  readonly citation: Citation;
  readonly status: Certainty;
}

interface Group {
  readonly off: readonly DayEntry[];
  readonly work: readonly number[];
  readonly computed: boolean;
}

/** A year's working days: one flag per day and prefix sums (prefix[k] = working days among its first k days). */
export interface YearData {
  readonly year: number;
  readonly first: number;
  readonly length: number;
  readonly prefix: Int32Array;
  readonly info: HolidayYear;
}

type Adjacent = "auto" | "before" | "after";

/** A validated calendar with its caches. */
export interface Internal {
  readonly adjacent: Adjacent;
  readonly builtIn: boolean;
  readonly schedules: ReadonlyMap<number, OfficialHolidaySchedule>;
  readonly overrides: ReadonlyMap<string, HolidaySchedule>;
  readonly years: Map<number, YearData | null>;
}

/** The first year whose holidays all fall under an encoded Labour Code. */
export const FIRST_RULE_YEAR = 2014;
/** The day the first Labour Code the library encodes came into force (from the rule sets' data). */
const RULES_FROM: string = HOLIDAY_RULE_SETS[0]?.effectiveFrom ?? "";
/** The label of a day off in a caller's whole-year schedule. */
const OFFICIAL_DAY_OFF = termText("official_day_off", {});

const DAY_ISO = (d: number): string => formatDay(d);

/** The main day of a holiday in a year (1/1, mùng 1 Tết, 10/3 lunar in the regular month, 30/4, 1/5, 2/9). */
function mainDay(key: HolidayKey, year: number): number {
  switch (key) {
    case "new_year":
      return dayFromCivil(year, 1, 1);
    case "tet":
      return lunarNewYearDay(year);
    case "hung_kings":
      return (lunarMonthOf(year, 3, false)?.start ?? Number.NaN) + 9;
    case "reunification":
      return dayFromCivil(year, 4, 30);
    case "labour_day":
      return dayFromCivil(year, 5, 1);
    case "national_day":
      return dayFromCivil(year, 9, 2);
  }
}

/** The Labour Code in force on a day. */
function ruleSetOn(day: number): HolidayRuleSet | undefined {
  const iso = formatDay(day);
  return HOLIDAY_RULE_SETS.find((s) => s.effectiveFrom <= iso && (s.effectiveTo === null || iso <= s.effectiveTo));
}

const COMPUTED = new Map<string, { groups: Map<HolidayKey, Group>; missing: HolidayKey[] }>();

/** The holidays of a year computed from the Labour Code in force on each, with compensatory days (cached). */
function computedGroups(year: number, adjacent: Adjacent): { groups: Map<HolidayKey, Group>; missing: HolidayKey[] } {
  const cacheKey = `${adjacent}:${year}`;
  const hit = COMPUTED.get(cacheKey);
  if (hit) return hit;
  const days: { d: number; key: HolidayKey; status: Certainty; rs: HolidayRuleSet }[] = [];
  const missing: HolidayKey[] = [];
  for (const key of HOLIDAY_KEYS) {
    const main = mainDay(key, year);
    const rs = Number.isFinite(main) ? ruleSetOn(main) : undefined;
    if (!rs) {
      missing.push(key);
      continue;
    }
    const rule = rs.rules[key];
    const date = rule.date;
    switch (date.kind) {
      case "solar":
        days.push({ d: main, key, status: rule.dateStatus, rs });
        break;
      case "solar_with_adjacent": {
        days.push({ d: main, key, status: "confirmed", rs });
        const choice = adjacent !== "auto" ? adjacent : (NATIONAL_DAY_ADJACENT_DEFAULT.value[weekdayOf(main)] ?? "before");
        days.push({ d: choice === "before" ? main - 1 : main + 1, key, status: rule.dateStatus, rs });
        break;
      }
      case "lunar":
        // Uncertain only where the choice matters: a year with a leap 3rd month.
        days.push({ d: main, key, status: lunarMonthOf(year, 3, true) ? "uncertain" : "confirmed", rs });
        break;
      case "lunar_new_year": {
        const first = main - date.startsDaysBefore;
        for (let i = 0; i < rule.days.value; i++) days.push({ d: first + i, key, status: rule.dateStatus, rs });
        break;
      }
    }
  }
  days.sort((a, b) => a.d - b.d);
  const offSet = new Set(days.map((x) => x.d));
  const byKey = new Map<HolidayKey, DayEntry[]>();
  const push = (key: HolidayKey, e: DayEntry) => {
    const list = byKey.get(key) ?? [];
    list.push(e);
    byKey.set(key, list);
  };
  for (const h of days) {
    const rule = h.rs.rules[h.key];
    push(h.key, { d: h.d, kind: "holiday", key: h.key, name: rule.name, citation: rule.days.citation, status: h.status });
  }
  for (const h of days) {
    if (!isWeekend(h.d) || !h.rs.compensatory.value) continue;
    let c = h.d + 1;
    while (isWeekend(c) || offSet.has(c)) c++;
    offSet.add(c);
    const rule = h.rs.rules[h.key];
    push(h.key, {
      d: c,
      kind: "compensatory",
      key: h.key,
      name: termText("compensatory_day", { holidayVi: rule.name.vi, holidayEn: rule.name.en, date: DAY_ISO(h.d) }),
      citation: h.rs.compensatory.citation,
      status: h.rs.compensatory.status,
    });
  }
  const groups = new Map<HolidayKey, Group>();
  for (const [key, off] of byKey) groups.set(key, { off, work: [], computed: true });
  const out = { groups, missing };
  COMPUTED.set(cacheKey, out);
  return out;
}

const ANNOUNCED = new Map<string, AnnouncedHoliday>();
for (const y of OFFICIAL_HOLIDAY_SCHEDULES) for (const h of y.holidays) ANNOUNCED.set(`${h.year}:${h.holiday}`, h);

function nameOf(key: HolidayKey): LocalizedText {
  return HOLIDAY_RULE_SETS[HOLIDAY_RULE_SETS.length - 1]?.rules[key].name ?? { vi: key, en: key };
}

function announcedGroup(a: AnnouncedHoliday): Group {
  const name = nameOf(a.holiday);
  const day = (s: string) => parseDay(s) ?? Number.NaN;
  const off: DayEntry[] = [
    ...a.holidayDays.map((s) => ({ d: day(s), kind: "holiday" as const, key: a.holiday, name, citation: a.citation, status: a.status })),
    ...a.compensatoryDays.map((s) => ({
      d: day(s),
      kind: "compensatory" as const,
      key: a.holiday,
      name: termText("compensatory_day", { holidayVi: name.vi, holidayEn: name.en, date: null }),
      citation: a.citation,
      status: a.status,
    })),
    ...a.swappedDays.map((s) => ({
      d: day(s),
      kind: "swapped" as const,
      key: a.holiday,
      name: termText("swapped_day", { holidayVi: name.vi, holidayEn: name.en }),
      citation: a.citation,
      status: a.status,
    })),
  ];
  return { off, work: a.workingDays.map(day), computed: false };
}

function overrideGroup(s: HolidaySchedule): Group {
  const name = nameOf(s.holiday);
  const citation: Citation = { instrument: s.source ?? "official schedule supplied by the caller", note: "Labour Code 2019 Art. 112 cl. 3" };
  return {
    off: s.daysOff.map((iso) => ({
      d: parseDay(iso) ?? Number.NaN,
      kind: "official" as const,
      key: s.holiday,
      name: termText("scheduled_holiday", { holidayVi: name.vi, holidayEn: name.en }),
      citation,
      status: "confirmed" as const,
    })),
    work: (s.workingDays ?? []).map((iso) => parseDay(iso) ?? Number.NaN),
    computed: false,
  };
}

const KIND_ORDER: { readonly [K in PublicHoliday["kind"]]: number } = { holiday: 0, official: 1, compensatory: 2, swapped: 3 };
const RANK: { readonly [K in Certainty]: number } = { confirmed: 0, seed: 1, uncertain: 2 };

function weakest(statuses: Iterable<Certainty>): Certainty {
  let w: Certainty = "confirmed";
  for (const s of statuses) if (RANK[s] > RANK[w]) w = s;
  return w;
}

function buildYear(c: Internal, year: number): YearData | null {
  const first = dayFromCivil(year, 1, 1);
  const length = dayFromCivil(year + 1, 1, 1) - first;
  const off: DayEntry[] = [];
  const work: number[] = [];
  let source: HolidayYear["source"];
  const whole = c.schedules.get(year);
  if (whole) {
    const citation: Citation = { instrument: whole.source ?? "official schedule supplied by the caller", note: "Labour Code 2019 Art. 112 cl. 3" };
    for (const iso of whole.daysOff) {
      off.push({ d: parseDay(iso) ?? Number.NaN, kind: "official", name: OFFICIAL_DAY_OFF, citation, status: "confirmed" });
    }
    for (const iso of whole.workingDays ?? []) work.push(parseDay(iso) ?? Number.NaN);
    source = "official";
  } else {
    let computed: { groups: Map<HolidayKey, Group>; missing: HolidayKey[] } | undefined;
    let anyComputed = false;
    let anyScheduled = false;
    for (const oy of [year - 1, year, year + 1]) {
      for (const key of HOLIDAY_KEYS) {
        const o = c.overrides.get(`${oy}:${key}`);
        const a = c.builtIn ? ANNOUNCED.get(`${oy}:${key}`) : undefined;
        let g: Group | undefined = o ? overrideGroup(o) : a ? announcedGroup(a) : undefined;
        if (!g && oy === year) {
          computed ??= computedGroups(year, c.adjacent);
          if (computed.missing.includes(key)) return null;
          g = computed.groups.get(key);
        }
        if (!g) continue;
        const inYear = g.off.filter((e) => e.d >= first && e.d < first + length);
        if (oy === year) {
          if (g.computed) anyComputed = true;
          else anyScheduled = true;
        }
        off.push(...inYear);
        for (const w of g.work) if (w >= first && w < first + length) work.push(w);
      }
    }
    source = anyComputed && anyScheduled ? "mixed" : anyComputed ? "computed" : "official";
  }
  off.sort((a, b) => a.d - b.d || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  work.sort((a, b) => a - b);
  const offSet = new Set(off.map((e) => e.d));
  const workSet = new Set(work);
  const prefix = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    const d = first + i;
    const isWork = workSet.has(d) || (!isWeekend(d) && !offSet.has(d));
    prefix[i + 1] = (prefix[i] ?? 0) + (isWork ? 1 : 0);
  }
  const info: HolidayYear = deepFreeze({
    year,
    source,
    daysOff: off.map((e) => ({
      date: formatDay(e.d),
      kind: e.kind,
      ...(e.key ? { holiday: e.key } : {}),
      name: e.name,
      citation: e.citation,
      status: e.status,
    })),
    workingDays: work.map(formatDay),
    status: weakest(off.map((e) => e.status)),
  });
  return { year, first, length, prefix, info };
}

/** The holiday data of a year under a calendar (cached); `undefined` when the library has no rules for it. */
export function yearData(c: Internal, _adjacent: Adjacent, year: number): YearData | undefined {
  let y = c.years.get(year);
  if (y === undefined) {
    y = year < MIN_YEAR || year > MAX_YEAR ? null : buildYear(c, year);
    c.years.set(year, y);
  }
  return y ?? undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation and construction.

const yearSchema = z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR));
const sourceSchema = z.optional(z.string().check(z.maxLength(500)));

const scheduleSchema = z
  .strictObject({
    year: yearSchema,
    daysOff: z.array(isoDateSchema).check(z.maxLength(366)),
    workingDays: z.optional(z.array(isoDateSchema).check(z.maxLength(366))),
    source: sourceSchema,
  })
  .check(
    z.superRefine((s, ctx) => {
      const seen = new Set<string>();
      const daysOff = new Set(s.daysOff);
      const check = (list: readonly string[], key: "daysOff" | "workingDays") =>
        list.forEach((d, i) => {
          if (!d.startsWith(`${String(s.year).padStart(4, "0")}-`)) addIssue(ctx, "schedule_wrong_year", [key, i], { date: d, year: s.year });
          checkDay(ctx, seen, daysOff, d, key, i);
        });
      check(s.daysOff, "daysOff");
      check(s.workingDays ?? [], "workingDays");
    }),
  );

function checkDay(ctx: IssueSink, seen: Set<string>, daysOff: ReadonlySet<string>, d: string, key: "daysOff" | "workingDays", i: number): void {
  const both = key === "workingDays" && daysOff.has(d);
  if (seen.has(d)) addIssue(ctx, both ? "day_off_and_working_day" : "duplicate_date", [key, i], { date: d });
  seen.add(d);
  const n = parseDay(d);
  if (key === "workingDays" && n !== undefined && !isWeekend(n)) addIssue(ctx, "working_day_not_weekend", [key, i], { date: d });
}

/** How far (days) a per-holiday schedule's dates may lie from the holiday's day. */
const HOLIDAY_REACH = 45;

const holidayScheduleSchema = z
  .strictObject({
    year: yearSchema,
    holiday: z.enum(["new_year", "tet", "hung_kings", "reunification", "labour_day", "national_day"]),
    daysOff: z.array(isoDateSchema).check(z.maxLength(60)),
    workingDays: z.optional(z.array(isoDateSchema).check(z.maxLength(60))),
    source: sourceSchema,
  })
  .check(
    z.superRefine((s, ctx) => {
      const main = mainDay(s.holiday, s.year);
      const seen = new Set<string>();
      const daysOff = new Set(s.daysOff);
      const check = (list: readonly string[], key: "daysOff" | "workingDays") =>
        list.forEach((d, i) => {
          const n = parseDay(d);
          if (n !== undefined && Number.isFinite(main) && Math.abs(n - main) > HOLIDAY_REACH) {
            addIssue(ctx, "holiday_schedule_too_far", [key, i], { date: d, main: formatDay(main), days: HOLIDAY_REACH });
          }
          checkDay(ctx, seen, daysOff, d, key, i);
        });
      check(s.daysOff, "daysOff");
      check(s.workingDays ?? [], "workingDays");
    }),
  );

const adjacentSchema = z.enum(["auto", "before", "after"]);
const officialSchema = z.enum(["built_in", "none"]);

function checkCollections(
  o: {
    readonly schedules?: readonly { readonly year: number }[] | undefined;
    readonly holidaySchedules?:
      | readonly { readonly year: number; readonly holiday: string; readonly daysOff: readonly string[]; readonly workingDays?: readonly string[] | undefined }[]
      | undefined;
  },
  ctx: IssueSink,
): void {
  const years = new Set<number>();
  (o.schedules ?? []).forEach((s, i) => {
    if (years.has(s.year)) addIssue(ctx, "duplicate_schedule_year", ["schedules", i, "year"], { year: s.year });
    years.add(s.year);
  });
  const pairs = new Set<string>();
  (o.holidaySchedules ?? []).forEach((s, i) => {
    const k = `${s.year}:${s.holiday}`;
    if (pairs.has(k)) addIssue(ctx, "duplicate_holiday_schedule", ["holidaySchedules", i], { year: s.year, holiday: s.holiday });
    pairs.add(k);
    if (years.has(s.year)) addIssue(ctx, "holiday_schedule_in_scheduled_year", ["holidaySchedules", i, "year"], { year: s.year });
    else {
      // A date that crosses into a year with a whole-year schedule (31/12 off for the next New Year) would be hidden
      // by that schedule, which is the whole of its year: refused, so no day the caller listed is silently dropped.
      const inScheduled = (list: readonly string[], key: "daysOff" | "workingDays") =>
        list.forEach((d, j) => {
          const y = Number(d.slice(0, 4));
          if (y !== s.year && years.has(y)) addIssue(ctx, "holiday_schedule_date_in_scheduled_year", ["holidaySchedules", i, key, j], { date: d, year: y });
        });
      inScheduled(s.daysOff, "daysOff");
      inScheduled(s.workingDays ?? [], "workingDays");
    }
  });
}

const optionsSchema = z
  .strictObject({
    schedules: z.optional(z.array(scheduleSchema).check(z.maxLength(400))),
    holidaySchedules: z.optional(z.array(holidayScheduleSchema).check(z.maxLength(2400))),
    officialSchedules: z.optional(officialSchema),
    nationalDayAdjacent: z.optional(adjacentSchema),
  })
  .check(z.superRefine(checkCollections));

const calendarSchema = z
  .strictObject({
    kind: z.literal("working_calendar"),
    nationalDayAdjacent: adjacentSchema,
    officialSchedules: officialSchema,
    scheduleYears: z.array(z.int()).check(z.maxLength(400)),
    schedules: z.array(scheduleSchema).check(z.maxLength(400)),
    holidaySchedules: z.array(holidayScheduleSchema).check(z.maxLength(2400)),
  })
  .check(
    z.superRefine((c, ctx) => {
      checkCollections(c, ctx);
      const years = c.schedules.map((s) => s.year).sort((a, b) => a - b);
      if (years.join(",") !== c.scheduleYears.join(",")) {
        addIssue(ctx, "schedule_years_mismatch", ["scheduleYears"], { scheduleYears: c.scheduleYears.join(", "), years: years.join(", ") });
      }
    }),
  );

const sortedCopy = (list: readonly string[] | undefined): string[] => [...(list ?? [])].sort();
const HOLIDAY_INDEX: { readonly [K in HolidayKey]: number } = { new_year: 0, tet: 1, hung_kings: 2, reunification: 3, labour_day: 4, national_day: 5 };

type Loose<T> = { readonly [K in keyof T]: T[K] | undefined };

/** The canonical, deeply frozen calendar for validated parts. */
function normalise(o: {
  readonly schedules?: readonly Loose<OfficialHolidaySchedule>[] | undefined;
  readonly holidaySchedules?: readonly (Loose<HolidaySchedule> & { readonly holiday: HolidayKey; readonly year: number; readonly daysOff: readonly string[] })[] | undefined;
  readonly officialSchedules?: "built_in" | "none" | undefined;
  readonly nationalDayAdjacent?: Adjacent | undefined;
}): WorkingCalendar {
  const schedules = [...(o.schedules ?? [])]
    .filter((s): s is Loose<OfficialHolidaySchedule> & { readonly year: number; readonly daysOff: readonly string[] } => s.year !== undefined && s.daysOff !== undefined)
    .sort((a, b) => a.year - b.year)
    .map((s) => ({ year: s.year, daysOff: sortedCopy(s.daysOff), workingDays: sortedCopy(s.workingDays), ...(s.source !== undefined ? { source: s.source } : {}) }));
  const holidaySchedules = [...(o.holidaySchedules ?? [])]
    .sort((a, b) => a.year - b.year || HOLIDAY_INDEX[a.holiday] - HOLIDAY_INDEX[b.holiday])
    .map((s) => ({ year: s.year, holiday: s.holiday, daysOff: sortedCopy(s.daysOff), workingDays: sortedCopy(s.workingDays), ...(s.source !== undefined ? { source: s.source } : {}) }));
  return deepFreeze({
    kind: "working_calendar" as const,
    nationalDayAdjacent: o.nationalDayAdjacent ?? "auto",
    officialSchedules: o.officialSchedules ?? "built_in",
    scheduleYears: schedules.map((s) => s.year),
    schedules,
    holidaySchedules,
  });
}

function internalOf(cal: WorkingCalendar): Internal {
  return {
    adjacent: cal.nationalDayAdjacent,
    builtIn: cal.officialSchedules === "built_in",
    schedules: new Map(cal.schedules.map((s) => [s.year, s])),
    overrides: new Map(cal.holidaySchedules.map((s) => [`${s.year}:${s.holiday}`, s])),
    years: new Map(),
  };
}

/** Calendars the library made (frozen, so their content cannot change), by identity: a fast path only. */
const BY_IDENTITY = new WeakMap<object, Internal>();
/** Calendars by content (the canonical JSON), for copies; bounded. */
const BY_CONTENT = new Map<string, Internal>();
const MAX_BY_CONTENT = 64;

function register(cal: WorkingCalendar): Internal {
  const key = JSON.stringify(cal);
  let internal = BY_CONTENT.get(key);
  if (!internal) {
    internal = internalOf(cal);
    if (BY_CONTENT.size >= MAX_BY_CONTENT) {
      const oldest = BY_CONTENT.keys().next();
      if (!oldest.done) BY_CONTENT.delete(oldest.value);
    }
    BY_CONTENT.set(key, internal);
  }
  return internal;
}

function build(options: Parameters<typeof normalise>[0]): WorkingCalendar {
  const cal = normalise(options);
  BY_IDENTITY.set(cal, register(cal));
  return cal;
}

/**
 * The default working calendar (lịch ngày làm việc mặc định): the Government's announced schedules for 2016–2026,
 * and holidays computed from the Labour Code in force (2012 or 2019) for other years from 2014.
 *
 * @remarks See {@link OFFICIAL_HOLIDAY_SCHEDULES}, {@link HOLIDAY_RULE_SETS} and {@link NATIONAL_DAY_ADJACENT_DEFAULT}.
 * @example
 * ```ts
 * DEFAULT_WORKING_CALENDAR.officialSchedules; //=> "built_in"
 * ```
 * @category Calendar
 */
export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = build({});
const DEFAULT_INTERNAL: Internal = BY_IDENTITY.get(DEFAULT_WORKING_CALENDAR) ?? internalOf(DEFAULT_WORKING_CALENDAR);

/**
 * Builds a working-day calendar (lịch ngày làm việc) from the caller's official schedules and choices, returning
 * the issues when they are bad.
 *
 * @remarks
 * Working days are Monday–Friday less the public holidays and compensatory days of the Labour Code in force on
 * each holiday ({@link HOLIDAY_RULE_SETS}: 2012 code Art. 115 until 31/12/2020, 2019 code Art. 112 and Art. 111
 * cl. 3 from 01/01/2021). Where the Government announced a holiday's days ({@link OFFICIAL_HOLIDAY_SCHEDULES},
 * 2016–2026), those apply unless `officialSchedules: "none"`. The caller's schedules win over both: a
 * {@link OfficialHolidaySchedule} replaces a whole year, a {@link HolidaySchedule} one holiday of a year.
 *
 * Issues: a schedule date outside its year, `schedule_wrong_year`; two schedules for one year,
 * `duplicate_schedule_year`; two for one holiday and year, `duplicate_holiday_schedule`; a holiday schedule for a
 * year that has a whole-year schedule, `holiday_schedule_in_scheduled_year`; a holiday schedule's date in another
 * year that has one (a whole-year schedule is the whole of its year), `holiday_schedule_date_in_scheduled_year`; a
 * holiday schedule's date more than
 * 45 days from the holiday, `holiday_schedule_too_far`; a date listed twice, `duplicate_date`; a day both off and
 * worked, `day_off_and_working_day`; a working day on a weekday, `working_day_not_weekend`; an impossible date,
 * `invalid_date`. Supported years: 1900–2199 (holidays known from 2014, earlier years need a schedule).
 *
 * @param options - schedules, whether the announced schedules apply, and the National Day adjacent-day choice.
 * @returns `{ ok: true, value: calendar }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeCreateWorkingCalendar({ schedules: [{ year: 2025, daysOff: ["2024-12-31"] }] });
 * r.ok; //=> false (issue "schedule_wrong_year" at ["schedules", 0, "daysOff", 0])
 * ```
 * @category Calendar
 */
export function safeCreateWorkingCalendar(options: WorkingCalendarOptions = {}): SafeResult<WorkingCalendar> {
  return guardSafe(() => {
    const r = safeParseWith(optionsSchema, options);
    if (!r.ok) return r;
    return { ok: true, value: build(r.value) };
  });
}

/**
 * Builds a working-day calendar (lịch ngày làm việc); throws on bad options.
 *
 * @remarks See {@link safeCreateWorkingCalendar}.
 * @param options - schedules, whether the announced schedules apply, and the National Day adjacent-day choice.
 * @returns the calendar (deeply frozen).
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const cal = createWorkingCalendar({ holidaySchedules: [{ year: 2025, holiday: "tet", daysOff: ["2025-01-27", "2025-01-28"] }] });
 * cal.holidaySchedules.length; //=> 1
 * ```
 * @category Calendar
 */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return unwrap(safeCreateWorkingCalendar(options), "createWorkingCalendar");
}

/** Resolves a calendar argument (undefined → default) by its structure, or the issues that it is not a valid one. */
export function resolveCalendar(cal: unknown, path: readonly (string | number)[]): SafeResult<Internal> {
  if (cal === undefined) return { ok: true, value: DEFAULT_INTERNAL };
  if (typeof cal !== "object" || cal === null || (cal as { kind?: unknown }).kind !== "working_calendar") {
    const issues: Issue[] = [issue("invalid_calendar", path, {})];
    return { ok: false, issues };
  }
  const known = BY_IDENTITY.get(cal);
  if (known) return { ok: true, value: known };
  const r = safeParseWith(calendarSchema, cal, path);
  if (!r.ok) return r;
  const canonical = normalise(r.value);
  const internal = register(canonical);
  if (Object.isFrozen(cal) && isDeeplyFrozen(cal)) BY_IDENTITY.set(cal, internal);
  return { ok: true, value: internal };
}

function isDeeplyFrozen(v: unknown): boolean {
  if (v === null || typeof v !== "object") return true;
  if (!Object.isFrozen(v)) return false;
  return Object.values(v as Record<string, unknown>).every(isDeeplyFrozen);
}

/** The adjacent-day choice of a calendar argument (kept for callers in other modules). */
export function adjacentOf(cal: WorkingCalendar | undefined): Adjacent {
  return (cal ?? DEFAULT_WORKING_CALENDAR).nationalDayAdjacent;
}

/** Whether a day number is a working day under a resolved calendar (false in a year without rules). */
export function isWorkingDayNumber(c: Internal, _adjacent: Adjacent, d: number): boolean {
  const y = yearData(c, c.adjacent, civilFromDay(d).year);
  if (!y) return false;
  const i = d - y.first;
  return (y.prefix[i + 1] ?? 0) - (y.prefix[i] ?? 0) === 1;
}

/** The issue for a year the library has no holiday rules for. */
export function noRulesIssue(year: number, path: readonly (string | number)[]): Issue {
  return issue("holiday_rules_not_found", path, { year, firstYear: FIRST_RULE_YEAR, rulesFrom: RULES_FROM });
}

/**
 * Lists the public-holiday days off of a year (ngày nghỉ lễ, tết), with the compensatory and swapped days and the
 * weekend days worked; returns the issues on bad input.
 *
 * @remarks
 * From the caller's schedules, else the Government's announced schedule ({@link OFFICIAL_HOLIDAY_SCHEDULES},
 * 2016–2026), else computed from the Labour Code in force on each holiday ({@link HOLIDAY_RULE_SETS}); Tết's days
 * and National Day's adjacent day are then library defaults (status `uncertain`). Lunar dates are Vietnamese. A
 * year before 2014 without a caller's schedule gives the issue `holiday_rules_not_found`. The result is deeply
 * frozen.
 *
 * @param year - the Gregorian year (1900–2199).
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns `{ ok: true, value: holidayYear }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safePublicHolidays(2023);
 * r.ok && r.value.daysOff.filter((d) => d.kind === "compensatory").map((d) => d.date);
 * //=> ["2023-01-02", "2023-01-25", "2023-01-26", "2023-05-02", "2023-05-03", "2023-09-04"]
 * ```
 * @category Calendar
 */
export function safePublicHolidays(year: number, calendar?: WorkingCalendar): SafeResult<HolidayYear> {
  return guardSafe(() => {
    const y = safeYear(year, ["year"]);
    const c = resolveCalendar(calendar, ["calendar"]);
    if (!y.ok || !c.ok) return { ok: false, issues: [...(y.ok ? [] : y.issues), ...(c.ok ? [] : c.issues)] };
    const data = yearData(c.value, c.value.adjacent, y.value);
    if (!data) return { ok: false, issues: [noRulesIssue(y.value, ["year"])] };
    return { ok: true, value: data.info };
  });
}

/**
 * Lists the public-holiday days off of a year (ngày nghỉ lễ, tết); throws on bad input.
 *
 * @remarks See {@link safePublicHolidays}.
 * @param year - the Gregorian year (1900–2199).
 * @param calendar - the calendar (default {@link DEFAULT_WORKING_CALENDAR}).
 * @returns the year's days off and swapped working days (deeply frozen).
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * publicHolidays(2024).daysOff.filter((d) => d.holiday === "tet" && d.kind === "holiday").map((d) => d.date);
 * //=> ["2024-02-08", "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12"]
 * ```
 * @category Calendar
 */
export function publicHolidays(year: number, calendar?: WorkingCalendar): HolidayYear {
  return unwrap(safePublicHolidays(year, calendar), "publicHolidays");
}
