import * as z from "zod/mini";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { dayFromCivil, formatDay, safeDay, safeYear, MAX_YEAR, MIN_YEAR, RANGE } from "./_isoDate.js";
import { lunarFromDay, lunarMonthOf, lunarNewYearDay } from "./_lunar.js";
import { addIssue } from "./_messages.js";

/**
 * A date of the Vietnamese lunar calendar (ngày âm lịch): day, month, lunar year and whether the month is a leap
 * month (tháng nhuận).
 *
 * @remarks `year` is the Gregorian year in which the lunar year begins (Tết): the 12th lunar month of lunar year
 * 2023 ends in January or February 2024.
 *
 * @example
 * ```ts
 * const l: LunarDate = { year: 2024, month: 1, day: 1, leap: false }; // Tết Giáp Thìn, 2024-02-10
 * ```
 * @category Calendar
 */
export interface LunarDate {
  /** The lunar year, named by the Gregorian year in which it begins. */
  readonly year: number;
  /** The lunar month, 1–12. */
  readonly month: number;
  /** The day of the lunar month, 1–30. */
  readonly day: number;
  /** True for a leap month (tháng nhuận), which repeats the number of the month before it. */
  readonly leap: boolean;
}

const ALGORITHM_REMARK = "Hồ Ngọc Đức's algorithm at UTC+7 (UTC+8 before lunar year 1968)";

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar (đổi ngày dương lịch sang âm lịch), returning the
 * issues on bad input.
 *
 * @remarks
 * The Vietnamese lunar calendar is computed at UTC+7 (Vietnam's legal time): a month starts on the day of the
 * new moon in Vietnam, and month 11 contains the winter solstice; a 13-month year's leap month is the first month
 * with no major solar term. The library implements the astronomical algorithm published by Hồ Ngọc Đức (after J.
 * Meeus), with no clock and no dependency. Because China computes at UTC+8, the two calendars differ in some
 * years: Tết 1985 (21 January in Vietnam, 20 February in China), 2007 (17 vs 18 February), 2030 (2 vs 3
 * February). Before lunar year 1968 (Tết Mậu Thân, 29/01/1968) the calendar in use in Vietnam was computed at
 * UTC+8, and so is the library's: dates before 29/01/1968 are converted at UTC+8. Supported: every date from
 * 1900-01-01 to 2199-12-31. Used by the Labour Code's holidays (Tết, Hùng Kings' day).
 *
 * @param date - the ISO date.
 * @returns `{ ok: true, value: lunarDate }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeToLunarDate("2023-02-30");
 * r.ok; //=> false
 * ```
 * @category Calendar
 */
export function safeToLunarDate(date: string): SafeResult<LunarDate> {
  return guardSafe(() => {
    const d = safeDay(date, ["date"]);
    if (!d.ok) return d;
    // Every day of the supported range is in the lunar table, so the look-up cannot fail here.
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: unreachable fallback (every supported day is in the table)
    const l = lunarFromDay(d.value) ?? { year: 0, month: 0, day: 0, leap: false };
    return { ok: true, value: l }; // a fresh object each call
  });
}

/**
 * Converts a Gregorian date to the Vietnamese lunar calendar (đổi dương lịch sang âm lịch); throws on bad input.
 *
 * @remarks See {@link safeToLunarDate}.
 * @param date - the ISO date.
 * @returns the lunar date.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * toLunarDate("2024-02-10"); //=> { year: 2024, month: 1, day: 1, leap: false }
 * toLunarDate("2023-03-22"); //=> { year: 2023, month: 2, day: 1, leap: true }
 * ```
 * @category Calendar
 */
export function toLunarDate(date: string): LunarDate {
  return unwrap(safeToLunarDate(date), "toLunarDate");
}

const FIRST_DAY = dayFromCivil(MIN_YEAR, 1, 1);
const LAST_DAY = dayFromCivil(MAX_YEAR, 12, 31);
const lunarSchema = z
  .strictObject({
    // Lunar year 1899's last month starts in December 1899 and ends in January 1900; lunar year 2199 ends in 2200.
    year: z.int().check(z.minimum(MIN_YEAR - 1), z.maximum(MAX_YEAR)),
    month: z.int().check(z.minimum(1), z.maximum(12)),
    day: z.int().check(z.minimum(1), z.maximum(30)),
    leap: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((l, ctx) => {
      const leap = l.leap ?? false;
      const m = lunarMonthOf(l.year, l.month, leap);
      if (m === undefined) {
        // Stryker disable next-line ConditionalExpression,LogicalOperator: the table holds every regular month of lunar 1899–2199 (the schema's years), so only a leap month can be missing
        if (leap && lunarMonthOf(l.year, l.month, false) !== undefined) addIssue(ctx, "no_such_leap_month", ["leap"], { year: l.year, month: l.month });
        // Stryker disable next-line StringLiteral,ArrayDeclaration: unreachable for the same reason, kept as a defence
        else addIssue(ctx, "date_out_of_range", [], RANGE);
        return;
      }
      if (l.day > m.length) {
        addIssue(ctx, "no_such_lunar_day", ["day"], { year: l.year, month: l.month, length: m.length });
        return;
      }
      const d = m.start + l.day - 1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: only a date the fast path refused gets here, and a day inside the range never is
      if (d < FIRST_DAY || d > LAST_DAY) addIssue(ctx, "date_out_of_range", [], RANGE);
    }, { when: (payload) => payload.issues.length === 0 }), // only a well-formed date: a field's own issue says what is wrong with it
  );

/**
 * The day number of a well-formed lunar date in range, without building issues; `undefined` sends it to the schema.
 * Its mutants are not counted: one that makes it refuse more is equivalent (the schema answers the same, more
 * slowly), and what it must not accept is pinned by lunarDate.refusals.test.ts, whose every bad date passes here first.
 */
// Stryker disable BlockStatement,ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: see the comment above
function fastFromLunar(l: unknown): number | undefined {
  if (typeof l !== "object" || l === null) return undefined;
  for (const k in l) if (k !== "year" && k !== "month" && k !== "day" && k !== "leap") return undefined;
  const { year, month, day, leap } = l as { year?: unknown; month?: unknown; day?: unknown; leap?: unknown };
  if (typeof year !== "number" || typeof month !== "number" || typeof day !== "number" || !Number.isInteger(day) || day < 1) return undefined;
  if (leap !== undefined && typeof leap !== "boolean") return undefined;
  const m = lunarMonthOf(year, month, leap === true);
  if (m === undefined || day > m.length) return undefined;
  const d = m.start + day - 1;
  return d >= FIRST_DAY && d <= LAST_DAY ? d : undefined;
}
// Stryker restore all

/**
 * Converts a Vietnamese lunar date to the Gregorian calendar (đổi ngày âm lịch sang dương lịch), returning the
 * issues on bad input.
 *
 * @remarks
 * Same calendar as {@link safeToLunarDate} (UTC+7; UTC+8 before lunar year 1968), and the exact inverse of it:
 * `fromLunarDate(toLunarDate(d)) === d` for every supported day. A leap month that the year does not have gives
 * the issue `no_such_leap_month`; day 30 of a 29-day month gives `no_such_lunar_day`; a lunar date whose day falls
 * outside 1900-01-01–2199-12-31 gives `date_out_of_range` (lunar years 1899–2199 are accepted as far as they fall
 * inside). `leap` defaults to false.
 *
 * @param lunar - year, month, day and leap flag.
 * @returns `{ ok: true, value: isoDate }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeFromLunarDate({ year: 2024, month: 2, day: 1, leap: true }).ok; //=> false (2024 has no leap 2nd month)
 * ```
 * @category Calendar
 */
export function safeFromLunarDate(lunar: { readonly year: number; readonly month: number; readonly day: number; readonly leap?: boolean }): SafeResult<string> {
  return guardSafe(() => {
    const fast = fastFromLunar(lunar);
    // Stryker disable next-line ConditionalExpression: without the fast path the schema gives the same answer
    if (fast !== undefined) return { ok: true, value: formatDay(fast) };
    const r = safeParseWith(lunarSchema, lunar);
    if (!r.ok) return r;
    // Stryker disable all: unreachable (the fast path accepts every date the schema accepts), kept as a defence
    const m = lunarMonthOf(r.value.year, r.value.month, r.value.leap ?? false);
    // The schema checked that the month exists and the day is in it and in range.
    return { ok: true, value: formatDay((m?.start ?? Number.NaN) + r.value.day - 1) };
    // Stryker restore all
  });
}

/**
 * Converts a Vietnamese lunar date to the Gregorian calendar (đổi âm lịch sang dương lịch); throws on bad input.
 *
 * @remarks See {@link safeFromLunarDate}.
 * @param lunar - year, month, day and leap flag.
 * @returns the ISO date.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * fromLunarDate({ year: 2025, month: 3, day: 10 }); //=> "2025-04-07" (Hùng Kings' day 2025)
 * ```
 * @category Calendar
 */
export function fromLunarDate(lunar: { readonly year: number; readonly month: number; readonly day: number; readonly leap?: boolean }): string {
  return unwrap(safeFromLunarDate(lunar), "fromLunarDate");
}

/**
 * Returns the date of the Lunar New Year (mùng 1 Tết Nguyên đán) in a Gregorian year, in the Vietnamese calendar;
 * returns the issues on bad input.
 *
 * @remarks Same calendar as {@link safeToLunarDate} (UTC+7, UTC+8 before 1968; 2030 is 2 February in Vietnam,
 * 3 February in China).
 * @param year - the Gregorian year (1900–2199).
 * @returns `{ ok: true, value: isoDate }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeLunarNewYear(2023.5).ok; //=> false
 * ```
 * @category Calendar
 */
export function safeLunarNewYear(year: number): SafeResult<string> {
  return guardSafe(() => {
    const y = safeYear(year, ["year"]);
    if (!y.ok) return y;
    return { ok: true, value: formatDay(lunarNewYearDay(y.value)) };
  });
}

/**
 * Returns the date of the Lunar New Year (mùng 1 Tết) in a Gregorian year; throws on bad input.
 *
 * @remarks See {@link safeLunarNewYear}. Computed with the algorithm named by {@link LUNAR_ALGORITHM}.
 * @param year - the Gregorian year (1900–2199).
 * @returns the ISO date.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * lunarNewYear(2025); //=> "2025-01-29"
 * lunarNewYear(2030); //=> "2030-02-02"
 * ```
 * @category Calendar
 */
export function lunarNewYear(year: number): string {
  return unwrap(safeLunarNewYear(year), "lunarNewYear");
}

/**
 * The name of the lunar algorithm the library uses (thuật toán âm lịch), for records and explanations.
 *
 * @example
 * ```ts
 * LUNAR_ALGORITHM; //=> "Hồ Ngọc Đức's algorithm at UTC+7 (UTC+8 before lunar year 1968)"
 * ```
 * @category Calendar
 */
export const LUNAR_ALGORITHM: string = ALGORITHM_REMARK;
