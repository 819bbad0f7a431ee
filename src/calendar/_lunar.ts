// Private: the Vietnamese lunar calendar (âm lịch), computed from new moons and solar terms as in the algorithm
// published by Hồ Ngọc Đức ("Âm lịch Việt Nam"), itself after J. Meeus, "Astronomical Algorithms" (1998). Pure
// float math on Julian day numbers; no clock. The time zone is a parameter so the Chinese calendar (UTC+8) can be
// computed in tests; the library always uses UTC+7.

/** Vietnam's time zone, hours east of UTC (the Vietnamese lunar calendar is computed at UTC+7). */
export const VN_TIME_ZONE = 7;

/** Julian day number of 1970-01-01 (day number 0). */
const JD_EPOCH = 2440588;

const INT = Math.floor;
const DR = Math.PI / 180;

/** Julian day number from a day number. */
export function jdFromDay(d: number): number {
  return d + JD_EPOCH;
}

/** Day number from a Julian day number. */
export function dayFromJd(jd: number): number {
  return jd - JD_EPOCH;
}

/** Time (Julian date, UT) of the k-th new moon after 1900-01-01 (Meeus ch. 49, truncated series). */
function newMoon(k: number): number {
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

/** The sun's apparent longitude in radians, normalised to [0, 2π), at a Julian date (Meeus ch. 25, low precision). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
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
  const off = jdFromDay(dayFromCivilSimple(yy, 12, 31)) - 2415021;
  const k = INT(off / 29.530588853);
  let nm = newMoonDay(k, tz);
  if (sunSector(nm, tz) >= 9) nm = newMoonDay(k - 1, tz);
  return nm;
}

/** Index (1-based, after month 11) of the leap month in a 13-month lunar year starting at `a11`. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

function dayFromCivilSimple(y: number, m: number, d: number): number {
  const a = INT((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + INT((153 * mm + 2) / 5) + 365 * yy + INT(yy / 4) - INT(yy / 100) + INT(yy / 400) - 32045 - JD_EPOCH;
}

/** A lunar date: day, month (1–12), lunar year (the Gregorian year in which it starts), and whether the month is leap. */
export interface LunarParts {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

/** Converts a day number to its lunar date at the given time zone. */
export function lunarFromDay(dayNumber: number, tz: number = VN_TIME_ZONE): LunarParts {
  const jd = jdFromDay(dayNumber);
  const yy = yearOfJd(jd);
  const k = INT((jd - 2415021.076998695) / 29.530588853);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > jd) monthStart = newMoonDay(k, tz);
  let a11 = lunarMonth11(yy, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = lunarMonth11(yy - 1, tz);
  } else {
    lunarYear = yy + 1;
    b11 = lunarMonth11(yy + 1, tz);
  }
  const day = jd - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}

function yearOfJd(jd: number): number {
  // Gregorian year of a Julian day number (Fliegel–Van Flandern inverse, year only).
  const a = jd + 32044;
  const b = INT((4 * a + 3) / 146097);
  const c = a - INT((146097 * b) / 4);
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return b * 100 + d - 4800 + INT(m / 10);
}

/**
 * Converts a lunar date to its day number at the given time zone; `undefined` when the month is marked leap but
 * that year has no such leap month. The day is not checked against the month's length here.
 */
export function dayFromLunar(l: LunarParts, tz: number = VN_TIME_ZONE): number | undefined {
  let a11: number;
  let b11: number;
  if (l.month < 11) {
    a11 = lunarMonth11(l.year - 1, tz);
    b11 = lunarMonth11(l.year, tz);
  } else {
    a11 = lunarMonth11(l.year, tz);
    b11 = lunarMonth11(l.year + 1, tz);
  }
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = l.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (l.leap && l.month !== leapMonth) return undefined;
    if (l.leap || off >= leapOff) off += 1;
  } else if (l.leap) {
    return undefined;
  }
  const monthStart = newMoonDay(k + off, tz);
  return dayFromJd(monthStart + l.day - 1);
}

/** Length (29 or 30) of the lunar month that contains the given day number. */
export function lunarMonthLength(dayNumber: number, tz: number = VN_TIME_ZONE): number {
  const jd = jdFromDay(dayNumber);
  const k = INT((jd - 2415021.076998695) / 29.530588853);
  let start = newMoonDay(k + 1, tz);
  let kk = k + 1;
  if (start > jd) {
    start = newMoonDay(k, tz);
    kk = k;
  }
  return newMoonDay(kk + 1, tz) - start;
}

/** Day number of the lunar new year (mùng 1 Tết) of a Gregorian year. */
export function lunarNewYearDay(year: number, tz: number = VN_TIME_ZONE): number {
  const d = dayFromLunar({ day: 1, month: 1, year, leap: false }, tz);
  // Month 1 is never leap, so the conversion always succeeds.
  return d ?? Number.NaN;
}
