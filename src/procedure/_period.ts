// Private: placing a period counted in days on the calendar, with the Civil Code's counting rule.
import type { DayCount } from "../standards/types.js";
import { formatDay } from "../calendar/_isoDate.js";
import { stepWorking, type WorkingDayFailure } from "../calendar/_workingDays.js";
import type { yearData } from "../calendar/workingCalendar.js";
import { isWorkingDayNumber } from "../calendar/workingCalendar.js";

type Internal = Parameters<typeof yearData>[0];
type Adjacent = Parameters<typeof yearData>[1];

/** A period placed on the calendar: its first and last day (inclusive), and whether the last day was moved. */
export interface PlacedPeriod {
  firstDay: string;
  lastDay: string;
  movedFrom: string | null;
}

/**
 * Places a period of `count` days started by an event on day `start`: the event day is not counted (Civil Code
 * 2015 Art. 147 cl. 3). Working days: the first and n-th working days after `start`. Calendar days: `start + 1`
 * to `start + n`, the last day moved to the next working day when it is a rest day (Art. 148 cl. 5). When a day
 * of the period cannot be known, says why: it leaves 1900–2199 (`range`) or falls in a year without holiday rules
 * (`no_rules`).
 */
export function placePeriod(c: Internal, adj: Adjacent, start: number, count: DayCount): PlacedPeriod | WorkingDayFailure {
  if (count.unit === "working") {
    const first = stepWorking(c, start, 1);
    if (typeof first !== "number") return first;
    const last = stepWorking(c, start, count.days);
    if (typeof last !== "number") return last;
    return { firstDay: formatDay(first), lastDay: formatDay(last), movedFrom: null };
  }
  const last = start + count.days;
  if (isWorkingDayNumber(c, adj, last)) return { firstDay: formatDay(start + 1), lastDay: formatDay(last), movedFrom: null };
  const moved = stepWorking(c, last, 1);
  if (typeof moved !== "number") return moved;
  return { firstDay: formatDay(start + 1), lastDay: formatDay(moved), movedFrom: formatDay(last) };
}
