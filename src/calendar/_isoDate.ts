// Private helpers: ISO `YYYY-MM-DD` dates as integer day numbers (days since 1970-01-01), with no time zone and no
// Date object. Every calendar computation in the library runs on these numbers.
import * as z from "zod/mini";
import type { Path } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith } from "../_lib/issues.js";
import { describeValue } from "../messages/format.js";
import { addIssue, issue } from "./_messages.js";

/** The first and last years the calendar supports (the lunar algorithm is tuned for 1900–2199). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a Gregorian year is a leap year. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a Gregorian month (1–12). */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The Gregorian date of a day number (H. Hinnant's civil_from_days). */
export function civilFromDay(z0: number): { year: number; month: number; day: number } {
  const z1 = z0 + 719468;
  const era = Math.floor(z1 / 146097);
  const doe = z1 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The year of a day number. */
export function yearOfDay(d: number): number {
  return civilFromDay(d).year;
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: number): number {
  return (((d + 4) % 7) + 7) % 7;
}

/** Whether a day number is Saturday or Sunday. */
export function isWeekend(d: number): boolean {
  const w = weekdayOf(d);
  return w === 0 || w === 6;
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, "0");
}

/** Formats a day number as ISO `YYYY-MM-DD`. */
export function formatDay(d: number): string {
  const c = civilFromDay(d);
  const y = c.year >= 1000 ? String(c.year) : pad(c.year, 4);
  return `${y}-${c.month < 10 ? "0" : ""}${c.month}-${c.day < 10 ? "0" : ""}${c.day}`;
}

/** The value of the digit at `i`, or -1 when it is not a digit. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Parses an ISO date within the supported years; `undefined` when it is not one (the fast path, no issues). */
export function parseDay(s: unknown): number | undefined {
  if (typeof s !== "string" || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const d0 = digit(s, 0), d1 = digit(s, 1), d2 = digit(s, 2), d3 = digit(s, 3), m0 = digit(s, 5), m1 = digit(s, 6), a0 = digit(s, 8), a1 = digit(s, 9);
  if (d0 < 0 || d1 < 0 || d2 < 0 || d3 < 0 || m0 < 0 || m1 < 0 || a0 < 0 || a1 < 0) return undefined;
  const y = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const mo = m0 * 10 + m1;
  const d = a0 * 10 + a1;
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayFromCivil(y, mo, d);
}

/** The calendar's first and last days, as the issue `date_out_of_range` names them. */
export const RANGE: { readonly min: string; readonly max: string } = Object.freeze({ min: `${MIN_YEAR}-01-01`, max: `${MAX_YEAR}-12-31` });

/** The issue of a date (or a result, or a span) outside the calendar. */
export function outOfRange(path: Path): Issue {
  return issue("date_out_of_range", path, RANGE);
}

/** The zod schema of an ISO date in the supported range, with the issues `invalid_date`, `impossible_date` and `year_out_of_range`. */
export const isoDateSchema: z.ZodMiniType<string> = z.string().check(
  z.superRefine((s, ctx) => {
    const m = ISO_RE.exec(s);
    if (!m) {
      addIssue(ctx, "invalid_date", [], { received: s.length > 60 ? `${s.slice(0, 60)}…` : s });
      return;
    }
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, Math.min(Math.max(mo, 1), 12))) {
      addIssue(ctx, "impossible_date", [], { received: s, year: y, month: mo, days: mo >= 1 && mo <= 12 ? daysInMonth(y, mo) : 0 });
      return;
    }
    if (y < MIN_YEAR || y > MAX_YEAR) addIssue(ctx, "year_out_of_range", [], { year: y, min: MIN_YEAR, max: MAX_YEAR });
  }),
);

/** Parses an ISO date at a path, returning the day number or the issues. */
export function safeDay(s: unknown, path: Path): SafeResult<number> {
  const d = parseDay(s);
  if (d !== undefined) return { ok: true, value: d };
  const r = safeParseWith(isoDateSchema, s, path);
  // Stryker disable all: unreachable (the fast parser accepts every date the schema accepts), kept as a defence
  if (!r.ok) return r;
  return { ok: false, issues: [issue("invalid_date", path, { received: describeValue(s) })] };
  // Stryker restore all
}

/** Checks a year in the supported range. */
export function safeYear(y: unknown, path: readonly (string | number)[]): SafeResult<number> {
  if (typeof y !== "number" || !Number.isInteger(y)) {
    return { ok: false, issues: [issue("invalid_type", path, { expected: "int", received: typeof y === "number" ? (Number.isFinite(y) ? y : String(y)) : describeValue(y) })] };
  }
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, issues: [issue("year_out_of_range", path, { year: y, min: MIN_YEAR, max: MAX_YEAR })] };
  return { ok: true, value: y };
}

/** Checks a whole number (any sign) of days. */
export function safeInt(n: unknown, path: readonly (string | number)[], max = 100_000): SafeResult<number> {
  if (typeof n !== "number" || !Number.isInteger(n) || Math.abs(n) > max) {
    return { ok: false, issues: [issue("invalid_type", path, { expected: "int", received: typeof n === "number" ? (Number.isFinite(n) ? n : String(n)) : describeValue(n) })] };
  }
  return { ok: true, value: n };
}

/** Collects issues from several safe results; returns them or undefined. */
export function collect(...rs: readonly SafeResult<unknown>[]): Issue[] | undefined {
  const out: Issue[] = [];
  for (const r of rs) if (!r.ok) out.push(...r.issues);
  return out.length > 0 ? out : undefined;
}
