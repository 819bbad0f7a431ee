// An independent reference for the lunar calendar, for tests only: the Vietnamese calendar's rules applied to new
// moons and solar terms from a full ephemeris (astronomy-engine, a devDependency: VSOP87 and a full lunar theory,
// not the truncated series of the library's algorithm). Nothing here is shared with src/calendar/_lunar.ts: the
// rules are re-stated from the calendar's definition.
//
// Rules (the Vietnamese calendar, as described in docs/calendar.md): a month starts on the local day of a new moon;
// month 11 is the month containing the winter solstice (sun at 270°); a year (from month 11 to month 11) of 13
// months has a leap month: the first month after month 11 in which no major solar term (a multiple of 30°) falls;
// it takes the number of the month before it. Months 11 and 12 belong to the lunar year before the one in which
// month 1 falls. Local days at UTC+8 before Tết 1968, UTC+7 from then on.
import * as A from "astronomy-engine";

export interface ReferenceMonth {
  /** ISO date of the month's first day. */
  readonly start: string;
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
}

const DAY_MS = 86_400_000;

function iso(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

function localDay(t: A.AstroTime, tz: number): number {
  return Math.floor((t.date.getTime() + tz * 3_600_000) / DAY_MS);
}

function monthsAt(tz: number, fromYear: number, toYear: number): { start: number; year: number; month: number; leap: boolean }[] {
  const begin = new Date(Date.UTC(fromYear - 1, 9, 1));
  const end = new Date(Date.UTC(toYear + 1, 3, 1)).getTime();
  const newMoons: number[] = [];
  for (let t = A.MakeTime(begin); t.date.getTime() < end; ) {
    const x = A.SearchMoonPhase(0, t, 40);
    if (!x) throw new Error("no new moon found");
    newMoons.push(localDay(x, tz));
    t = x.AddDays(20);
  }
  const terms: { day: number; lon: number }[] = [];
  for (let t = A.MakeTime(begin); t.date.getTime() < end; ) {
    const next = ((Math.floor(A.SunPosition(t).elon / 30) + 1) * 30) % 360;
    const x = A.SearchSunLongitude(next, t, 40);
    if (!x) throw new Error("no solar term found");
    terms.push({ day: localDay(x, tz), lon: next });
    t = x.AddDays(10);
  }
  const monthContaining = (d: number): number => {
    let i = 0;
    while ((newMoons[i + 1] ?? Number.POSITIVE_INFINITY) <= d) i++;
    return i;
  };
  const solstice = (y: number): number => {
    const s = terms.find((x) => x.lon === 270 && new Date(x.day * DAY_MS).getUTCFullYear() === y);
    if (!s) throw new Error(`no solstice in ${y}`);
    return s.day;
  };
  const out: { start: number; year: number; month: number; leap: boolean }[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const a = monthContaining(solstice(y - 1));
    const b = monthContaining(solstice(y));
    let leapAt = Number.POSITIVE_INFINITY;
    if (b - a === 13) {
      for (let j = 1; j < 13; j++) {
        const from = newMoons[a + j] ?? 0;
        const to = newMoons[a + j + 1] ?? 0;
        if (!terms.some((x) => x.day >= from && x.day < to)) {
          leapAt = j;
          break;
        }
      }
    }
    for (let j = 0; j < b - a; j++) {
      let month = j >= leapAt ? j + 10 : j + 11;
      if (month > 12) month -= 12;
      out.push({ start: newMoons[a + j] ?? 0, year: month >= 11 && j < 4 ? y - 1 : y, month, leap: j === leapAt });
    }
  }
  return out;
}

/**
 * The months of the Vietnamese lunar calendar whose first day falls in `fromYear`–`toYear` (Gregorian), from the
 * ephemeris. Takes about half a second for three centuries.
 */
export function referenceLunarMonths(fromYear: number, toYear: number): ReferenceMonth[] {
  const utc7 = monthsAt(7, Math.max(fromYear, 1968), toYear + 1);
  const tet1968 = utc7.find((m) => m.year === 1968 && m.month === 1 && !m.leap)?.start ?? Number.NEGATIVE_INFINITY;
  const utc8 = fromYear < 1969 ? monthsAt(8, fromYear, 1968).filter((m) => m.start < tet1968) : [];
  return [...utc8, ...utc7.filter((m) => m.start >= tet1968)]
    .map((m) => ({ start: iso(m.start), year: m.year, month: m.month, leap: m.leap }))
    .filter((m) => m.start >= `${fromYear}-01-01` && m.start <= `${toYear}-12-31`);
}
