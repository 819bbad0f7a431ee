// classifyByIncome throughput against a bare loop doing the same comparisons on the same records.
import { classifyByIncome, getStandard } from "../src/index.js";
import { measure } from "./_harness.js";

export function run(): void {
  const n = 100_000;
  const incomes = new Int32Array(n);
  const deps = new Uint8Array(n);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  for (let i = 0; i < n; i++) {
    incomes[i] = Math.floor(rand() * 3_000_000);
    deps[i] = Math.floor(rand() * 7);
  }
  const line = getStandard("2021-2025").incomeLines.rural.incomeLine.value;
  let sink = 0;
  measure("baseline: bare compare loop (income ≤ line, D ≥ 3)", n, () => {
    for (let i = 0; i < n; i++) {
      const inc = incomes[i] ?? 0;
      sink += inc <= line ? ((deps[i] ?? 0) >= 3 ? 2 : 1) : 0;
    }
  });
  measure(
    "classifyByIncome (validated, with explanation)",
    n,
    () => {
      for (let i = 0; i < n; i++) {
        const r = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: incomes[i] ?? 0 }, deprivationCount: deps[i] ?? 0 });
        sink += r.outcome.kind.length;
      }
    },
    { baseline: "baseline: bare compare loop (income ≤ line, D ≥ 3)", repeat: 2 },
  );
  if (sink === -1) console.log(sink);
}
