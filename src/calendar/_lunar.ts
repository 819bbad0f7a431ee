// Private: the Vietnamese lunar calendar (âm lịch), computed from new moons and solar terms as in the algorithm
// published by Hồ Ngọc Đức ("Âm lịch Việt Nam"), itself after J. Meeus, "Astronomical Algorithms" (1998). Pure
// float math on Julian day numbers; no clock.
//
// The astronomy (newMoon, sunLongitude, lunarMonth11 and the leap-month rule) is the published algorithm. What is
// ours is the bookkeeping: every month start of the supported range is computed once, in order, into a table
// (built lazily on first use), and both directions of the conversion read that one table. So they cannot
// disagree, no month can have a "day 0" (the old per-call month search estimated the month from a mean lunation
// and could land one month late), and a conversion is a binary search or a map look-up.
//
// Time zone: the Vietnamese calendar is computed at UTC+7 from 1968 (Decision 121-CP of 08/08/1967; Vietnamese
// time UTC+7 from 01/01/1968); before that the calendar in use in Vietnam was computed at UTC+8 (docs/calendar.md).
// The model "vietnam" joins the two at Tết 1968 (29/01/1968 at UTC+7); month 12 of Đinh Mùi starts on 31/12/1967
// in both, so this is the same as switching on 01/01/1968. A fixed time zone can be asked for (tests compute the
// Chinese calendar at UTC+8).

import { dayFromCivil } from "./_isoDate.js";

/** Vietnam's time zone, hours east of UTC (the Vietnamese lunar calendar is computed at UTC+7 since 1968). */
export const VN_TIME_ZONE = 7;
/** The time zone of the lunar calendar used in Vietnam before 1968 (the Chinese calendar's). */
export const PRE_1968_TIME_ZONE = 8;
/** The first lunar year computed at UTC+7. */
export const FIRST_UTC7_LUNAR_YEAR = 1968;

/** Which lunar calendar: the Vietnamese one (UTC+8 before 1968, UTC+7 after), or a fixed time zone. */
export type LunarModel = "vietnam" | number;

/** Julian day number of 1970-01-01 (day number 0). */
const JD_EPOCH = 2440588;

const INT = Math.floor;
const DR = Math.PI / 180;

/** Julian day number from a day number. */
export function jdFromDay(d: number): number {
  return d + JD_EPOCH;
}

/** Time (Julian date, UT) of the k-th new moon after 1900-01-01 (Meeus ch. 49, truncated series). */
function newMoon(k: number): number {
  // Stryker disable ArithmeticOperator,AssignmentOperator,UnaryOperator,ConditionalExpression,EqualityOperator: equivalent — the series' small terms move a new moon by minutes; a mutant that moves no month start of 1900–2199 (every one is checked against an ephemeris and round-tripped day by day in lunarDate.test.ts) changes no answer the library gives, and the T < -11 branch is for dates before the year 800
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

// Stryker restore all

/** The sun's apparent longitude in radians, normalised to [0, 2π), at a Julian date (Meeus ch. 25, low precision). */
function sunLongitude(jdn: number): number {
  // Stryker disable ArithmeticOperator: equivalent — as in newMoon: the small terms move the sun's longitude by less than any month's leap decision in 1900–2199 can tell (checked against the ephemeris's leap months)
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  // Stryker restore all
  let L = (L0 + DL) * DR;
  L = L - Math.PI * 2 * INT(L / (Math.PI * 2));
  return L;
}

/** Julian day number of the local day on which the k-th new moon falls. */
function newMoonDay(k: number, tz: number): number {
  return INT(newMoon(k) + 0.5 + tz / 24);
}

/** The major solar term (0–11, 30° sectors) the sun is in at the start of a local day. */
function sunSector(jdn: number, tz: number): number {
  return INT((sunLongitude(jdn - 0.5 - tz / 24) / Math.PI) * 6);
}

/** Julian day number of the start of lunar month 11 (the month containing the winter solstice) of year `yy`. */
function lunarMonth11(yy: number, tz: number): number {
  const off = jdFromDay(dayFromCivil(yy, 12, 31)) - 2415021;
  const k = INT(off / 29.530588853);
  let nm = newMoonDay(k, tz);
  if (sunSector(nm, tz) >= 9) nm = newMoonDay(k - 1, tz);
  return nm;
}

/** The k of the new moon falling on Julian day number `jdn` (a month start). */
function kOfMonthStart(jdn: number): number {
  return INT((jdn - 2415021.076998695) / 29.530588853 + 0.5);
}

/** A lunar date: day, month (1–12), lunar year (the Gregorian year in which it starts), and whether the month is leap. */
export interface LunarParts {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

interface MonthRow {
  start: number; // day number of the 1st day of the month
  month: number;
  leap: boolean;
  year: number;
}

/** The months of the lunar years (suì) `fromYear`–`toYear` at one time zone: year y runs from month 11 of y−1 to month 11 of y. */
function monthsOf(fromYear: number, toYear: number, tz: number): MonthRow[] {
  const rows: MonthRow[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const a11 = lunarMonth11(y - 1, tz);
    const b11 = lunarMonth11(y, tz);
    const k0 = kOfMonthStart(a11);
    const starts: number[] = [];
    for (let k = k0; ; k++) {
      const s = newMoonDay(k, tz);
      if (s >= b11) break;
      starts.push(s);
    }
    // The leap month of a 13-month year: the first month after month 11 in which no major solar term begins
    // (the sun's sector at its start equals the sector at the next month's start).
    let leapOffset = Number.POSITIVE_INFINITY;
    if (starts.length === 13) {
      let last = sunSector(newMoonDay(k0 + 1, tz), tz);
      for (let i = 2; i < 14; i++) {
        const arc = sunSector(newMoonDay(k0 + i, tz), tz);
        if (arc === last) {
          leapOffset = i - 1;
          break;
        }
        last = arc;
      }
    }
    starts.forEach((s, offset) => {
      let month = offset >= leapOffset ? offset + 10 : offset + 11;
      if (month > 12) month -= 12;
      const year = month >= 11 && offset < 4 ? y - 1 : y;
      rows.push({ start: s - JD_EPOCH, month, leap: offset === leapOffset, year });
    });
  }
  return rows;
}

/** The lunar calendar of the supported range as one table of month starts. */
export interface LunarTable {
  /** Day numbers of month starts, ascending; `start[n]` (the last entry) is the day after the last month. */
  readonly start: Int32Array;
  readonly month: Uint8Array;
  readonly leap: Uint8Array;
  readonly year: Int16Array;
  /** Index of a month by `key(year, month, leap)`. */
  readonly index: ReadonlyMap<number, number>;
}

/** The first and last lunar years (suì) tabulated: they cover 1900-01-01 to 2199-12-31 with margin. */
const TABLE_FIRST_YEAR = 1899;
const TABLE_LAST_YEAR = 2201;

function key(year: number, month: number, leap: boolean): number {
  return (year * 16 + month) * 2 + (leap ? 1 : 0);
}

function tableOf(rows: readonly MonthRow[]): LunarTable {
  const n = rows.length - 1; // the last row only marks where the month before it ends
  const start = new Int32Array(n + 1);
  const month = new Uint8Array(n);
  const leap = new Uint8Array(n);
  const year = new Int16Array(n);
  const index = new Map<number, number>();
  rows.forEach((r, i) => {
    start[i] = r.start;
    if (i === n) return;
    month[i] = r.month;
    leap[i] = r.leap ? 1 : 0;
    year[i] = r.year;
    index.set(key(r.year, r.month, r.leap), i);
  });
  return { start, month, leap, year, index };
}

function buildTable(model: LunarModel): LunarTable {
  if (model !== "vietnam") return tableOf(monthsOf(TABLE_FIRST_YEAR, TABLE_LAST_YEAR, model));
  // Vietnam: UTC+8 up to the last month of lunar year 1967, UTC+7 from Tết 1968 on.
  const utc7 = monthsOf(FIRST_UTC7_LUNAR_YEAR, TABLE_LAST_YEAR, VN_TIME_ZONE);
  const tet1968 = utc7.find((r) => r.year === FIRST_UTC7_LUNAR_YEAR && r.month === 1 && !r.leap);
  const cut = tet1968 ? tet1968.start : Number.NaN;
  const utc8 = monthsOf(TABLE_FIRST_YEAR, FIRST_UTC7_LUNAR_YEAR, PRE_1968_TIME_ZONE).filter((r) => r.start < cut);
  return tableOf([...utc8, ...utc7.filter((r) => r.start >= cut)]);
}

const TABLES = new Map<LunarModel, LunarTable>();
let VIETNAM: LunarTable | undefined;

/** The month table of a model, built on first use (a few milliseconds) and kept for the life of the module. */
export function lunarTable(model: LunarModel = "vietnam"): LunarTable {
  if (model === "vietnam" && VIETNAM) return VIETNAM;
  let t = TABLES.get(model);
  if (!t) {
    t = buildTable(model);
    TABLES.set(model, t);
  }
  if (model === "vietnam") VIETNAM = t;
  return t;
}

/** Index of the month containing a day number; -1 outside the table. */
function monthIndexOf(t: LunarTable, d: number): number {
  const s = t.start;
  const n = s.length - 1;
  const s0 = s[0] ?? 0;
  if (n < 1 || d < s0 || d >= (s[n] ?? 0)) return -1;
  // Guess from the mean lunation (true month starts stay within a day of it), then step to the month.
  let i = Math.min(n - 1, Math.floor((d - s0) / 29.530588853));
  while (i > 0 && (s[i] ?? 0) > d) i--;
  while (i < n - 1 && (s[i + 1] ?? 0) <= d) i++;
  return i;
}

/** Converts a day number to its lunar date; `undefined` outside the tabulated range. */
export function lunarFromDay(dayNumber: number, model: LunarModel = "vietnam"): LunarParts | undefined {
  const t = lunarTable(model);
  const i = monthIndexOf(t, dayNumber);
  if (i < 0) return undefined;
  return { year: t.year[i] ?? 0, month: t.month[i] ?? 0, day: dayNumber - (t.start[i] ?? 0) + 1, leap: t.leap[i] === 1 };
}

/**
 * The first day and length of a lunar month; `undefined` when the year has no such month (or it is not tabulated),
 * or when the year is not a whole number or the month not a whole number from 1 to 12: the table's key packs year
 * and month together, so year 2024.5 or month 17 of 2024 would otherwise read another month (9/2024, 1/2025).
 */
export function lunarMonthOf(year: number, month: number, leap: boolean, model: LunarModel = "vietnam"): { start: number; length: number } | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) return undefined;
  const t = lunarTable(model);
  const i = t.index.get(key(year, month, leap));
  if (i === undefined) return undefined;
  const start = t.start[i] ?? 0;
  return { start, length: (t.start[i + 1] ?? start) - start };
}

/**
 * Converts a lunar date to its day number; `undefined` when the month is not in that year (a leap month the year
 * does not have). The day is not checked against the month's length here.
 */
export function dayFromLunar(l: LunarParts, model: LunarModel = "vietnam"): number | undefined {
  const m = lunarMonthOf(l.year, l.month, l.leap, model);
  return m === undefined ? undefined : m.start + l.day - 1;
}

/** Day number of the lunar new year (mùng 1 Tết) of a Gregorian year. */
export function lunarNewYearDay(year: number, model: LunarModel = "vietnam"): number {
  // Month 1 is never leap, so within the table the look-up always succeeds.
  return dayFromLunar({ day: 1, month: 1, year, leap: false }, model) ?? Number.NaN;
}
