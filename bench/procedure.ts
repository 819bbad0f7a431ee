// addWorkingDays and computeProcedureDeadlines against a tuned bare loop over the same records: ISO parsing by
// character codes, cumulative working-day counts and a day → ISO table built (untimed) from the library's own
// answers. Records are generated before timing; each side runs ≥ 100 ms per run, min and median of 7 runs.
import { addWorkingDays, computeProcedureDeadlines } from "../src/index.js";
import { mulberry32 as prng } from "../src/_lib/prng.js";
import { compare } from "./_harness.js";
import { bareAddWorkingDays, baselineTables } from "./_calendarBaseline.js";

function makeRecords(n: number, iso: readonly string[]): { date: string; days: number }[] {
  const rnd = prng(20231001);
  const from = iso.indexOf("2022-01-01");
  const out: { date: string; days: number }[] = [];
  for (let i = 0; i < n; i++) out.push({ date: iso[from + Math.floor(rnd() * 4 * 365)] ?? "", days: 1 + Math.floor(rnd() * 15) });
  return out;
}

export function run(): void {
  const t = baselineTables();
  const N = 20_000;
  const records = makeRecords(N, t.iso);
  compare(
    "addWorkingDays (validated, default calendar)",
    N,
    () => {
      let s = 0;
      for (const r of records) s += bareAddWorkingDays(t, r.date, r.days).length;
      return s;
    },
    () => {
      let s = 0;
      for (const r of records) s += addWorkingDays(r.date, r.days).length;
      return s;
    },
  );
  const M = 2_000;
  const few = records.slice(0, M);
  compare(
    "computeProcedureDeadlines (posting + 1 complaint, with explanation)",
    M,
    () => {
      let s = 0;
      // The same periods: posting (days 1 and 3 after the posting) and the re-check (days 1 and 7 after receipt).
      for (const r of few) s += bareAddWorkingDays(t, r.date, 1).length + bareAddWorkingDays(t, r.date, 3).length + bareAddWorkingDays(t, r.date, 1).length + bareAddWorkingDays(t, r.date, 7).length;
      return s;
    },
    () => {
      let s = 0;
      for (const r of few) s += computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: r.date, complaints: [{ receivedOn: r.date }] } }).outcome.kind.length;
      return s;
    },
    { note: "the library also validates, builds the explanation and the findings" },
  );
}
