// addWorkingDays throughput: the public function (ISO parse + validation + holiday calendar + format) against a
// bare loop over the same records that only parses, skips weekends and a precomputed holiday set, and formats.
import { addWorkingDays, computeProcedureDeadlines, publicHolidays } from "../src/index.js";
import { mulberry32 as prng } from "../src/_lib/prng.js";
import { measure } from "./_harness.js";

const DAY = 86_400_000;

function makeRecords(n: number): { date: string; days: number }[] {
  const rnd = prng(20231001);
  const start = Date.UTC(2022, 0, 1);
  const out: { date: string; days: number }[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(start + Math.floor(rnd() * 4 * 365) * DAY).toISOString().slice(0, 10);
    out.push({ date: d, days: 1 + Math.floor(rnd() * 15) });
  }
  return out;
}

export function run(): void {
  const N = 200_000;
  const records = makeRecords(N);
  // Holidays of 2022–2026 as UTC day numbers, for the baseline only.
  const holidays = new Set<number>();
  for (let y = 2022; y <= 2026; y++) for (const h of publicHolidays(y).daysOff) holidays.add(Date.parse(`${h.date}T00:00:00Z`) / DAY);
  let sink = 0;
  measure("addWorkingDays: bare baseline loop", N, () => {
    for (const r of records) {
      let d = Date.parse(`${r.date}T00:00:00Z`) / DAY;
      let left = r.days;
      while (left > 0) {
        d++;
        const w = (d + 4) % 7;
        if (w !== 0 && w !== 6 && !holidays.has(d)) left--;
      }
      sink += new Date(d * DAY).toISOString().length;
    }
  });
  measure("addWorkingDays (validated, default calendar)", N, () => {
    for (const r of records) sink += addWorkingDays(r.date, r.days).length;
  }, { baseline: "addWorkingDays: bare baseline loop" });
  const M = 20_000;
  measure("computeProcedureDeadlines (posting + 1 complaint, with explanation)", M, () => {
    for (let i = 0; i < M; i++) {
      const r = records[i] as { date: string };
      const o = computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: r.date, complaints: [{ receivedOn: r.date }] } });
      sink += o.outcome.kind.length;
    }
  }, { baseline: "addWorkingDays: bare baseline loop", note: "ratio is per call against one bare addWorkingDays" });
  if (sink === 42) console.log("");
}
