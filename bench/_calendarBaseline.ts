// Shared by the calendar and procedure benchmarks: the tuned bare baseline's tables, built once before timing from
// the library's public answers (so both sides do the same work on the same calendar), and its tuned helpers:
// ISO parsing by character codes, a day-number → ISO string table, cumulative working-day counts.
import { isWorkingDay } from "../src/index.js";

export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2035;
const CUM_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Day number (days since 1970-01-01) of an ISO date, by character codes (inputs are known valid). */
export function parseIso(s: string): number {
  const y = (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
  const m = (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48);
  const d = (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const yy = y - 1;
  const days = 365 * (y - 1970) + (Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400)) - 477;
  return days + (CUM_DAYS[m - 1] ?? 0) + (leap && m > 2 ? 1 : 0) + d - 1;
}

export interface Tables {
  /** Day number of index 0. */
  readonly origin: number;
  /** ISO string of each day (index = day − origin). */
  readonly iso: readonly string[];
  /** 1 for a working day. */
  readonly work: Uint8Array;
  /** cum[i] = working days among indexes 0..i. */
  readonly cum: Int32Array;
}

let tables: Tables | undefined;

/** The baseline's tables for FIRST_YEAR–LAST_YEAR under the default calendar (built once, untimed). */
export function baselineTables(): Tables {
  if (tables) return tables;
  const origin = parseIso(`${FIRST_YEAR}-01-01`);
  const end = parseIso(`${LAST_YEAR}-12-31`);
  const n = end - origin + 1;
  const iso: string[] = [];
  const work = new Uint8Array(n);
  const cum = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const s = new Date((origin + i) * 86_400_000).toISOString().slice(0, 10);
    iso.push(s);
    work[i] = isWorkingDay(s) ? 1 : 0;
    cum[i] = (i > 0 ? (cum[i - 1] ?? 0) : 0) + (work[i] ?? 0);
  }
  tables = { origin, iso, work, cum };
  return tables;
}

/** The smallest index with cum[index] ≥ target. */
export function lowerBound(cum: Int32Array, target: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] ?? 0) >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The baseline's addWorkingDays (n ≥ 1): the n-th working day strictly after `s`. */
export function bareAddWorkingDays(t: Tables, s: string, n: number): string {
  const i = parseIso(s) - t.origin;
  return t.iso[lowerBound(t.cum, (t.cum[i] ?? 0) + n)] ?? "";
}
