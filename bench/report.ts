// Report throughput, each figure against a bare loop doing the same work on the same inputs, inputs generated
// before timing (outside both sides), each side long enough to be stable, min and median of several runs:
// - mergeTallies of 100,000 village tallies vs a flat typed-array sum of the same counters;
// - the JSON round trip of a national roll-up (every unit's tally) vs JSON.parse / JSON.stringify of the same data;
// - a national run from plain objects (classify from income or from B1/B2, tally, roll up, tables) vs the bare loop
//   over the same objects, at 1 M, 3 M, 9 M and 27 M households (growth per household, peak memory);
// - the same from typed-array columns vs the bare typed-array loop.
//
// Size: BENCH_HOUSEHOLDS (default 27,000,000; the sizes run are 1 M, 3 M, 9 M, 27 M up to it). Parts: BENCH_PARTS
// (merge, chunk, objects, columns; default all).
// Run alone: npm run bench -- report
import { performance } from "node:perf_hooks";
import {
  breakdownTable,
  classifyAndTally,
  classifyAndTallyColumns,
  startClassifyAndTally,
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
import { compare } from "./_harness.js";
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

/**
 * Waits 100 ms with the main thread idle, after a full collection, so that the collector's background work
 * (sweeping, on the other core) is done before a side is timed. Without it the side that reads a chunk first pays
 * about 30 ms a chunk of that work: measured here, 70–94 ms against 40 ms for the bare loop over the same chunk
 * read first or second, 162–197 against 133–145 ms for the library.
 */
const settle = (): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);

/**
 * A young-generation collection, timed on the side that made the garbage. Each side's time ends with one, so that
 * what a side leaves for the collector is collected on its own clock, not during the other side: until 2026-12-02
 * (second session) the object run at 1 M households (one chunk, so the library always read it first) left its
 * garbage to be collected during the bare loop, which took 294 ns a household there against 65 at 3 M; and the
 * columnar run collected the library's garbage between the sides, on neither clock.
 */
const youngGc = (): void => (globalThis as { gc?: (o?: { type: string }) => void }).gc?.({ type: "minor" });

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
 * The object path at one size. The households come in chunks of a million, as a national run reads the pages of a
 * database cursor; each chunk is generated (untimed, then a full collection, so that neither side collects the
 * generator's garbage, then `settle`), then given to both sides — to the library's batch run
 * (`startClassifyAndTally().add`) and to the bare loop — in turns, so that neither always reads the chunk first. At
 * the end the library finishes the run, rolls up and makes the tables; the bare loop rolls up its counters. `peak`
 * is the most memory the run held beyond the chunk being read (the caller's input): the JS heap and array buffers
 * in use after each chunk, less their size before the run and the chunk's own size (measured each side of a full
 * collection). RSS would not do: V8 keeps the pages of a freed chunk and reuses them for the next.
 */
function objectRun(g: Geography, h: Hierarchy, n: number, villageIndex: ReadonlyMap<string, number>): { lib: number; bare: number; peak: number } {
  let lib = 0;
  let bare = 0;
  let peak = 0;
  let sink = 0;
  let chunk: object[] = [];
  collect();
  const base = used();
  let t0 = performance.now();
  const run = startClassifyAndTally(OPTIONS);
  lib += performance.now() - t0;
  const counts = new Float64Array(g.villages.length * SIZE);
  for (let from = 0, k = 0; from < n; from += CHUNK, k++) {
    chunk = [];
    collect();
    const before = used();
    chunk = householdObjects(g, n, from, Math.min(n, from + CHUNK));
    collect();
    const input = used() - before;
    for (const side of k % 2 === 0 ? ["lib", "bare"] : ["bare", "lib"]) {
      settle();
      t0 = performance.now();
      if (side === "lib") {
        run.add(chunk);
        youngGc();
        lib += performance.now() - t0;
        peak = Math.max(peak, used() - base - input);
      } else {
        sink += bareObjects(chunk, counts, villageIndex);
        youngGc();
        bare += performance.now() - t0;
      }
    }
  }
  chunk = [];
  t0 = performance.now();
  const result = run.finish();
  const t1 = performance.now();
  sink += libraryRollUp(h, result.units);
  youngGc();
  const t2 = performance.now();
  lib += t2 - t0;
  if (process.env["BENCH_DETAIL"] !== undefined) console.log(`  classify and tally ${(lib - (t2 - t0)).toFixed(0)} ms, finish ${(t1 - t0).toFixed(0)} ms, roll-up and tables ${(t2 - t1).toFixed(0)} ms`);
  if (result.rejectedCount > 0) throw new Error("rejected households");
  settle();
  t0 = performance.now();
  sink += bareRollUp(g, counts);
  youngGc();
  bare += performance.now() - t0;
  if (sink === -1) console.log(sink);
  return { lib, bare, peak };
}

/**
 * The columnar path at one size: the columns' first n rows. The sides take turns to go first (`run` even: the
 * library), as the object run's chunks do: each side allocates its counters for all 99,000 villages (52 MB), and
 * what that costs depends on what the process freed before — measured on 2026-12-02, the bare loop's side took
 * 42–45 ms at 1 M households after the library's roll-up had freed its many small counter blocks, and 175–185 ms
 * after a roll-up that had freed none. Always second, the bare loop's figure depended on the library's garbage.
 */
function columnRun(g: Geography, h: Hierarchy, cols: ReturnType<typeof householdColumns>, n: number, run: number): { lib: number; bare: number; peak: number } {
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
  let sink = 0;
  let lib = 0;
  let bare = 0;
  let peak = 0;
  const librarySide = () => {
    // the other side's garbage collected and the collector settled before each side
    collect();
    settle();
    const before = rss();
    const t0 = performance.now();
    const r = classifyAndTallyColumns(c, OPTIONS);
    sink += libraryRollUp(h, r.units);
    youngGc();
    lib = performance.now() - t0;
    peak = rss() - before;
    if (r.rejectedCount > 0) throw new Error("rejected households");
  };
  const bareSide = () => {
    collect();
    settle();
    const t0 = performance.now();
    const counts = new Float64Array(g.villages.length * SIZE);
    sink += bareColumns(c, n, counts);
    sink += bareRollUp(g, counts);
    youngGc();
    bare = performance.now() - t0;
  };
  if (run % 2 === 0) {
    librarySide();
    bareSide();
  } else {
    bareSide();
    librarySide();
  }
  if (sink === -1) console.log(sink);
  return { lib, bare, peak };
}

function growth(label: string, sizes: readonly number[], one: (n: number, run: number) => { lib: number; bare: number; peak: number }): Growth[] {
  const out: Growth[] = [];
  for (const n of sizes) {
    const libs: number[] = [];
    const bares: number[] = [];
    let peak = 0;
    for (let r = 0; r < RUNS; r++) {
      const x = one(n, r);
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

/** The parts to run: BENCH_PARTS, a comma-separated list of merge, chunk, objects, columns (default all). */
const PARTS = new Set((process.env["BENCH_PARTS"] ?? "merge,chunk,objects,columns").split(","));

export function run(): void {
  const g = geography();
  const h = hierarchyOf(g);
  if (PARTS.has("merge")) mergeAndJson(g, h);
  const villageIndex = new Map(g.villages.map((v, i) => [v, i]));
  const sizes = [1_000_000, 3_000_000, 9_000_000, 27_000_000].filter((n) => n <= MAX);
  if (sizes.length === 0) sizes.push(MAX);
  if (PARTS.has("chunk")) {
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
  }
  if (PARTS.has("objects")) growth("objects:", sizes, (n) => objectRun(g, h, n, villageIndex));
  if (!PARTS.has("columns")) return;
  const cols = householdColumns(g, sizes[sizes.length - 1] as number);
  console.log(`columns: ${mb(cols.unit.byteLength + cols.persons.byteLength + (cols.area as Uint8Array).byteLength + cols.income.byteLength + cols.deprivations.byteLength + 2 * (cols.flags as Uint8Array).byteLength)} of input`);
  growth("columns:", sizes, (n, r) => columnRun(g, h, cols, n, r));
}
