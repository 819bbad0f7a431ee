// Report throughput, each figure against a bare loop doing the same work on the same inputs, inputs generated
// before timing (outside both sides), each side long enough to be stable, min and median of several runs:
// - mergeTallies of 100,000 village tallies vs a flat typed-array sum of the same counters;
// - the JSON round trip of a national roll-up (every unit's tally) vs JSON.parse / JSON.stringify of the same data;
// - a national run from plain objects (classify from income or from B1/B2, tally, roll up, tables) vs the bare loop
//   over the same objects, at 1 M, 3 M, 9 M and 27 M households (growth per household, peak memory);
// - the same from typed-array columns vs the bare typed-array loop.
//
// Size: BENCH_HOUSEHOLDS (default 27,000,000; the sizes run are 1 M, 3 M, 9 M, 27 M up to it).
// Run alone: npx tsx bench/report.ts
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import {
  breakdownTable,
  classifyAndTally,
  classifyAndTallyColumns,
  deprivationTable,
  mergeTallies,
  rollUpTallies,
  summaryTable,
  tallyFromJson,
  unitRows,
  type Hierarchy,
  type HouseholdColumns,
  type Tally,
} from "../src/index.js";
import { compare, printResults } from "./_harness.js";
import { bareColumns, bareObjects, bareRollUp, geography, hierarchyOf, householdColumns, householdObjects, SIZE, STANDARD, YEAR, type Geography } from "./_national.js";

const MAX = Number(process.env["BENCH_HOUSEHOLDS"] ?? 27_000_000);
const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
const CHUNK = 1_000_000;
const OPTIONS = { standard: STANDARD, year: YEAR, maxRejected: Infinity } as const;

/**
 * A full garbage collection when node runs with --expose-gc (`npm run bench` does): called right after a chunk of
 * households is generated, inside the generation time, so that the generator's garbage is not collected during
 * either measured side.
 */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const rss = () => process.memoryUsage.rss();
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Minimum and median of a list. */
function spread(xs: readonly number[]): { min: number; median: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] ?? Number.NaN, median: s[Math.floor(s.length / 2)] ?? Number.NaN };
}

/** The library's roll-up and the national tables. */
function libraryRollUp(h: Hierarchy, units: { readonly [code: string]: Tally }): number {
  const rolled = rollUpTallies(h, units, { standard: STANDARD, year: YEAR });
  const { rows, total } = unitRows(rolled, "VN");
  const s = summaryTable(rows, { total });
  const d = deprivationTable(rows, { total, measure: "rates" });
  const b = breakdownTable(rows, { total, breakdown: "causes_of_poverty" });
  if (rolled.rejected.length > 0) throw new Error("rejected units");
  return s.rows.length + d.rows.length + b.rows.length + rolled.total.households.total;
}

/** Merges 100,000 village tallies and reads back a national roll-up from JSON, against the flat equivalents. */
function mergeAndJson(g: Geography, h: Hierarchy): void {
  const cols = householdColumns(g, 1_000_000);
  const units = classifyAndTallyColumns(cols, OPTIONS).units;
  const list = Object.values(units).slice(0, 100_000);
  // The bare side: the same counters, as views of one buffer (as the library's are), summed flat.
  const flat = new Float64Array(list.length * SIZE);
  list.forEach((t, i) => {
    const j = t.toJSON();
    flat.set([...j.households, ...j.persons, ...Object.values(j.segments).flatMap((s) => [...s.deprivations, ...s.groups, ...s.causes, ...s.children])], i * SIZE);
  });
  const views = list.map((_, i) => flat.subarray(i * SIZE, (i + 1) * SIZE));
  compare(
    `mergeTallies of ${list.length.toLocaleString("en-US")} village tallies vs a flat typed-array sum`,
    list.length,
    () => {
      const out = new Float64Array(SIZE);
      for (const v of views) for (let j = 0; j < SIZE; j++) out[j] = (out[j] as number) + (v[j] as number);
      return out[0] as number;
    },
    () => mergeTallies(list).households.total,
  );
  const rolled = rollUpTallies(h, units, { standard: STANDARD, year: YEAR });
  const tallies = Object.values(rolled.tallies);
  const text = JSON.stringify(tallies);
  const plain = JSON.parse(text) as unknown[];
  compare(
    `JSON read of a national roll-up (${tallies.length.toLocaleString("en-US")} unit tallies, ${mb(text.length)}), validated, vs JSON.parse`,
    tallies.length,
    () => (JSON.parse(text) as unknown[]).length,
    () => (JSON.parse(text) as unknown[]).map((j) => tallyFromJson(j)).length,
  );
  compare(
    "JSON write of the same roll-up (JSON.stringify of the tallies) vs JSON.stringify of the same plain data",
    tallies.length,
    () => JSON.stringify(plain).length,
    () => JSON.stringify(tallies).length,
  );
}

interface Growth {
  households: number;
  library: { min: number; median: number };
  bare: { min: number; median: number };
  peakBeyondInput: number;
}

/**
 * The households as one stream, as a national run reads them from a database cursor: each chunk of a million is
 * generated when the stream reaches it, and the time that takes is added to `timer.generating`, to be taken out of
 * the measured side. `timer.peak` is the most memory the run held beyond the chunk being read (the caller's input):
 * the JS heap and array buffers in use, sampled every 65,536 households, less their size before the run, less the
 * chunk's own size (measured when it was generated, each side of a full collection). RSS would not do: V8 keeps the
 * pages of a freed chunk and reuses them for the next.
 */
function householdStream(g: Geography, n: number, timer: { generating: number; peak: number }): Iterable<object> {
  return {
    [Symbol.iterator]() {
      let chunk: object[] = [];
      let at = 0;
      let from = 0;
      let input = 0;
      collect();
      const base = used();
      const sample = () => {
        timer.peak = Math.max(timer.peak, used() - base - input);
      };
      return {
        next(): IteratorResult<object> {
          if (at === chunk.length) {
            if (from > 0) sample();
            if (from >= n) return { value: undefined, done: true };
            const t0 = performance.now();
            chunk = [];
            collect();
            const before = used();
            chunk = householdObjects(g, n, from, Math.min(n, from + CHUNK));
            collect();
            input = used() - before;
            timer.generating += performance.now() - t0;
            from += CHUNK;
            at = 0;
          }
          if ((at & 0xffff) === 0) sample();
          return { value: chunk[at++] as object, done: false };
        },
      };
    },
  };
}

/**
 * The object path at one size. The library reads all `n` households as one stream in one `classifyAndTally` call
 * (generation time taken out), then rolls up and makes the tables; the bare loop counts the same households, chunk
 * by chunk as they are generated (generation untimed), then rolls up.
 */
function objectRun(g: Geography, h: Hierarchy, n: number, villageIndex: ReadonlyMap<string, number>): { lib: number; bare: number; peak: number } {
  const timer = { generating: 0, peak: 0 };
  let t0 = performance.now();
  const run = classifyAndTally(householdStream(g, n, timer), OPTIONS);
  const t1 = performance.now();
  let sink = libraryRollUp(h, run.units);
  if (process.env["BENCH_DETAIL"] !== undefined) console.log(`  classifyAndTally ${(t1 - t0 - timer.generating).toFixed(0)} ms, roll-up and tables ${(performance.now() - t1).toFixed(0)} ms`);
  const lib = performance.now() - t0 - timer.generating;
  if (run.rejectedCount > 0) throw new Error("rejected households");
  let bare = 0;
  const counts = new Float64Array(g.villages.length * SIZE);
  for (let from = 0; from < n; from += CHUNK) {
    const chunk = householdObjects(g, n, from, Math.min(n, from + CHUNK));
    collect();
    t0 = performance.now();
    sink += bareObjects(chunk, counts, villageIndex);
    bare += performance.now() - t0;
  }
  t0 = performance.now();
  sink += bareRollUp(g, counts);
  bare += performance.now() - t0;
  if (sink === -1) console.log(sink);
  return { lib, bare, peak: timer.peak };
}

/** The columnar path at one size: the columns' first n rows. */
function columnRun(g: Geography, h: Hierarchy, cols: ReturnType<typeof householdColumns>, n: number): { lib: number; bare: number; peak: number } {
  const view = (a: Uint8Array | Uint32Array | Float64Array) => a.subarray(0, n);
  const c: HouseholdColumns & { income: Float64Array; deprivations: Uint32Array } = {
    ...cols,
    unit: view(cols.unit as Uint32Array),
    persons: view(cols.persons as Uint8Array),
    area: view(cols.area as Uint8Array) as Uint8Array,
    income: view(cols.income) as Float64Array,
    deprivations: view(cols.deprivations) as Uint32Array,
    flags: view(cols.flags as Uint8Array) as Uint8Array,
    causes: view(cols.causes as Uint8Array) as Uint8Array,
  };
  const before = rss();
  let t0 = performance.now();
  const run = classifyAndTallyColumns(c, OPTIONS);
  let sink = libraryRollUp(h, run.units);
  const lib = performance.now() - t0;
  const peak = rss() - before;
  t0 = performance.now();
  const counts = new Float64Array(g.villages.length * SIZE);
  sink += bareColumns(c, n, counts);
  sink += bareRollUp(g, counts);
  const bare = performance.now() - t0;
  if (sink === -1 || run.rejectedCount > 0) console.log(sink);
  return { lib, bare, peak };
}

function growth(label: string, sizes: readonly number[], one: (n: number) => { lib: number; bare: number; peak: number }): Growth[] {
  const out: Growth[] = [];
  for (const n of sizes) {
    const libs: number[] = [];
    const bares: number[] = [];
    let peak = 0;
    for (let r = 0; r < RUNS; r++) {
      const x = one(n);
      libs.push((x.lib * 1e6) / n);
      bares.push((x.bare * 1e6) / n);
      peak = Math.max(peak, x.peak);
    }
    const g: Growth = { households: n, library: spread(libs), bare: spread(bares), peakBeyondInput: peak };
    out.push(g);
    console.log(
      `${label} ${(n / 1e6).toFixed(0)} M households: library ${g.library.min.toFixed(0)} ns/household (median ${g.library.median.toFixed(0)}), bare loop ${g.bare.min.toFixed(0)} (median ${g.bare.median.toFixed(0)}), ratio ${(g.library.min / g.bare.min).toFixed(2)}× (median ${(g.library.median / g.bare.median).toFixed(2)}×); memory beyond the input ≤ ${mb(peak)}`,
    );
  }
  return out;
}

export function run(): void {
  const g = geography();
  const h = hierarchyOf(g);
  mergeAndJson(g, h);
  const villageIndex = new Map(g.villages.map((v, i) => [v, i]));
  const sizes = [1_000_000, 3_000_000, 9_000_000, 27_000_000].filter((n) => n <= MAX);
  if (sizes.length === 0) sizes.push(MAX);
  // One chunk in memory, compared the harness's way (each side ≥ 100 ms, 7 alternating runs).
  const chunk = householdObjects(g, sizes[0] as number, 0, Math.min(CHUNK, sizes[0] as number));
  const counts = new Float64Array(g.villages.length * SIZE);
  compare(
    `classifyAndTally over ${chunk.length.toLocaleString("en-US")} household objects (income or B1/B2) vs the bare loop over the same objects`,
    chunk.length,
    () => {
      counts.fill(0);
      return bareObjects(chunk, counts, villageIndex);
    },
    () => classifyAndTally(chunk, OPTIONS).counted,
  );
  growth("objects:", sizes, (n) => objectRun(g, h, n, villageIndex));
  const cols = householdColumns(g, sizes[sizes.length - 1] as number);
  console.log(`columns: ${mb(cols.unit.byteLength + cols.persons.byteLength + (cols.area as Uint8Array).byteLength + cols.income.byteLength + cols.deprivations.byteLength + 2 * (cols.flags as Uint8Array).byteLength)} of input`);
  growth("columns:", sizes, (n) => columnRun(g, h, cols, n));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  run();
  printResults();
}
