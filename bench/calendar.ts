// The calendar's public functions against a tuned bare loop doing the same work on the same inputs: ISO parsing by
// character codes, precomputed working-day flags and cumulative counts (from the library's own answers, untimed),
// a day → ISO string table, and for the lunar calendar a precomputed month table. Inputs are generated before
// timing. Each side runs ≥ 100 ms per run; min and median of 7 alternating runs.
import { addWorkingDays, fromLunarDate, isWorkingDay, toLunarDate, workingDaysBetween, type LunarDate } from "../src/index.js";
import { mulberry32 as prng } from "../src/_lib/prng.js";
import { compare } from "./_harness.js";
import { bareAddWorkingDays, baselineTables, lowerBound, parseIso } from "./_calendarBaseline.js";

const N = 20_000;

export function run(): void {
  const t = baselineTables();
  const rnd = prng(20261130);
  const span = t.iso.length;
  const pick = (max: number) => Math.floor(rnd() * max);
  const pairs = Array.from({ length: N }, () => {
    const a = pick(span - 800);
    return [t.iso[a] ?? "", t.iso[a + pick(730)] ?? ""] as const;
  });
  const adds = Array.from({ length: N }, () => [t.iso[pick(span - 200)] ?? "", 1 + pick(60)] as const);
  const days = Array.from({ length: N }, () => t.iso[pick(span)] ?? "");

  compare(
    "workingDaysBetween (spans up to 2 years)",
    N,
    () => {
      let s = 0;
      for (const [a, b] of pairs) s += (t.cum[parseIso(b) - t.origin] ?? 0) - (t.cum[parseIso(a) - t.origin] ?? 0);
      return s;
    },
    () => {
      let s = 0;
      for (const [a, b] of pairs) s += workingDaysBetween(a, b);
      return s;
    },
    { note: "library validates, resolves the calendar, reads per-year prefix sums" },
  );

  compare(
    "addWorkingDays (1–60 days)",
    N,
    () => {
      let s = 0;
      for (const [d, n] of adds) s += bareAddWorkingDays(t, d, n).length;
      return s;
    },
    () => {
      let s = 0;
      for (const [d, n] of adds) s += addWorkingDays(d, n).length;
      return s;
    },
  );

  compare(
    "isWorkingDay",
    N,
    () => {
      let s = 0;
      for (const d of days) s += t.work[parseIso(d) - t.origin] ?? 0;
      return s;
    },
    () => {
      let s = 0;
      for (const d of days) s += isWorkingDay(d) ? 1 : 0;
      return s;
    },
  );

  // Growth: the same function on spans of n and 8n days (the "baseline" here is the n-day span).
  const short = pairs.map(([a]) => [a, t.iso[parseIso(a) - t.origin + 30] ?? ""] as const);
  const long = pairs.map(([a]) => [a, t.iso[parseIso(a) - t.origin + 240] ?? ""] as const);
  compare(
    "workingDaysBetween: 8n-day spans vs n-day spans (n = 30)",
    N,
    () => {
      let s = 0;
      for (const [a, b] of short) s += workingDaysBetween(a, b);
      return s;
    },
    () => {
      let s = 0;
      for (const [a, b] of long) s += workingDaysBetween(a, b);
      return s;
    },
    { note: "growth, not a baseline: 1× means the cost does not grow with the span" },
  );

  // The lunar calendar. Baseline tables: month starts (from the library's answers, untimed), binary search.
  const lunar: LunarDate[] = days.map((d) => toLunarDate(d));
  const starts: number[] = [];
  const labels: LunarDate[] = [];
  const byLabel = new Map<string, number>();
  for (let i = 0; i < span; i++) {
    const l = toLunarDate(t.iso[i] ?? "");
    if (l.day === 1 || i === 0) {
      starts.push(i - l.day + 1);
      labels.push(l);
      byLabel.set(`${l.year}:${l.month}:${l.leap ? 1 : 0}`, i - l.day + 1);
    }
  }
  const startArr = Int32Array.from(starts);
  compare(
    "toLunarDate",
    N,
    () => {
      let s = 0;
      for (const d of days) {
        const i = parseIso(d) - t.origin;
        const k = lowerBound(startArr, i + 1) - 1;
        const m = labels[k < 0 ? 0 : (startArr[k] ?? 0) > i ? k - 1 : k] ?? labels[0];
        const l = { year: m?.year ?? 0, month: m?.month ?? 0, day: i - (startArr[k] ?? 0) + 1, leap: m?.leap ?? false };
        s += l.day;
      }
      return s;
    },
    () => {
      let s = 0;
      for (const d of days) s += toLunarDate(d).day;
      return s;
    },
  );
  compare(
    "fromLunarDate",
    N,
    () => {
      let s = 0;
      for (const l of lunar) s += (t.iso[(byLabel.get(`${l.year}:${l.month}:${l.leap ? 1 : 0}`) ?? 0) + l.day - 1] ?? "").length;
      return s;
    },
    () => {
      let s = 0;
      for (const l of lunar) s += fromLunarDate(l).length;
      return s;
    },
  );
  compare(
    "fromLunarDate vs toLunarDate (library against library)",
    N,
    () => {
      let s = 0;
      for (const d of days) s += toLunarDate(d).day;
      return s;
    },
    () => {
      let s = 0;
      for (const l of lunar) s += fromLunarDate(l).length;
      return s;
    },
    { note: "1× = the two directions cost the same" },
  );
}
