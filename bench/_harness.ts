// A tiny benchmark harness: every figure is reported as a ratio against a bare baseline loop measured in the
// same run, so results compare across machines. Not a test: nothing here fails on a number.
import { performance } from "node:perf_hooks";

export interface BenchResult {
  name: string;
  ops: number;
  ms: number;
  opsPerSec: number;
  /** ops/sec of this task ÷ ops/sec of the baseline it names (1 = as fast as the bare loop). */
  ratio?: number;
  baseline?: string;
  note?: string;
}

export const results: BenchResult[] = [];

/** Times `fn` (which performs `ops` operations) after one warm-up call; keeps the best of `repeat` runs. */
export function measure(name: string, ops: number, fn: () => unknown, opts: { repeat?: number; baseline?: string; note?: string } = {}): BenchResult {
  fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < (opts.repeat ?? 3); i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  const r: BenchResult = { name, ops, ms: best, opsPerSec: (ops / best) * 1000 };
  if (opts.baseline) {
    const b = results.find((x) => x.name === opts.baseline);
    if (b) {
      r.ratio = r.opsPerSec / b.opsPerSec;
      r.baseline = opts.baseline;
    }
  }
  if (opts.note) r.note = opts.note;
  results.push(r);
  return r;
}

/** A ratio as a percentage with 3 significant digits, and as "N× slower" when under 1. */
export function formatRatio(ratio: number): string {
  const pct = `${(ratio * 100).toPrecision(3)}%`;
  return ratio < 1 ? `${pct} (${(1 / ratio).toPrecision(3)}× slower)` : pct;
}

/** Prints the results as a table. */
export function printResults(): void {
  const rows = results.map((r) => ({
    task: r.name,
    ops: r.ops,
    "ms (best)": r.ms.toFixed(1),
    "ops/s": Math.round(r.opsPerSec).toLocaleString("en-US"),
    "vs baseline": r.ratio !== undefined ? `${formatRatio(r.ratio)} of baseline` : "",
    note: r.note ?? "",
  }));
  console.table(rows);
}
