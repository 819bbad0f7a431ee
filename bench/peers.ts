// Peer benchmark (not part of CI or `npm run bench`): the national columnar run against DuckDB on the same rows,
// with one thread, with the best queries we could write: one GROUP BY ROLLUP over the classified households, and
// a two-stage query (villages first, then the roll-up of the village rows). Both compute what the library computes:
// households and persons by class, deprivations per indicator, ethnic-minority households and causes, for poor and
// near-poor households, for every village, commune, province and the nation. Legal values come from the standard.
//
// Run: npm run bench:peers   (BENCH_HOUSEHOLDS, default 27,000,000; the rows go through a CSV file in the temp dir)
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DuckDBInstance } from "@duckdb/node-api";
import { classifyAndTallyColumns, getStandard, rollUpTallies, summaryTable, unitRows } from "../src/index.js";
import { geography, hierarchyOf, householdColumns, KEYS, STANDARD, YEAR } from "./_national.js";

const N = Number(process.env["BENCH_HOUSEHOLDS"] ?? 27_000_000);
const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);
const S = getStandard(STANDARD);
const RURAL = S.incomeLines.rural.incomeLine.value;
const URBAN = S.incomeLines.urban.incomeLine.value;
const THRESHOLD = S.poorDeprivationCount.value;

async function writeCsv(path: string, header: string, rows: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let buf = "";
  for (let i = 0; i < rows; i++) {
    buf += `${line(i)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once("drain", () => r()));
      buf = "";
    }
  }
  out.write(buf);
  await new Promise<void>((r) => out.end(() => r()));
}

function best(xs: readonly number[]): { min: number; median: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] ?? Number.NaN, median: s[Math.floor(s.length / 2)] ?? Number.NaN };
}

/** The aggregates the library keeps, as SQL over a relation with cls (1 poor, 2 near-poor, 3 neither). */
function aggregates(): string {
  const parts = ["count(*) AS households", "sum(persons) AS persons"];
  for (const [c, name] of [
    [1, "poor"],
    [2, "near"],
  ] as const) {
    parts.push(`count(*) FILTER (cls = ${c}) AS ${name}`, `sum(persons) FILTER (cls = ${c}) AS ${name}_persons`);
    KEYS.forEach((_, i) => parts.push(`sum((dep >> ${i}) & 1) FILTER (cls = ${c}) AS ${name}_d${i}`));
    parts.push(`sum(flags & 1) FILTER (cls = ${c}) AS ${name}_ethnic`);
    for (let b = 0; b < 8; b++) parts.push(`sum((causes >> ${b}) & 1) FILTER (cls = ${c}) AS ${name}_cause${b}`);
  }
  return parts.join(",\n  ");
}

/** The village aggregates rolled up: sums of the same columns. */
function sums(): string {
  const names = ["households", "persons"];
  for (const name of ["poor", "near"]) {
    names.push(name, `${name}_persons`, ...KEYS.map((_, i) => `${name}_d${i}`), `${name}_ethnic`, ...Array.from({ length: 8 }, (_, b) => `${name}_cause${b}`));
  }
  return names.map((n) => `sum(${n}) AS ${n}`).join(", ");
}

const CLASSIFY = `CASE WHEN income <= CASE WHEN area = 1 THEN ${URBAN} ELSE ${RURAL} END THEN CASE WHEN bit_count(dep) >= ${THRESHOLD} THEN 1 ELSE 2 END ELSE 3 END`;

export async function run(): Promise<void> {
  const g = geography();
  const h = hierarchyOf(g);
  const cols = householdColumns(g, N);
  const dir = await mkdtemp(join(tmpdir(), "vn-poverty-peers-"));
  try {
    const rowsCsv = join(dir, "households.csv");
    const unitsCsv = join(dir, "villages.csv");
    let t0 = performance.now();
    await writeCsv(rowsCsv, "unit,persons,area,income,dep,flags,causes", N, (i) => `${cols.unit[i]},${cols.persons[i]},${(cols.area as Uint8Array)[i]},${cols.income[i]},${cols.deprivations[i]},${(cols.flags as Uint8Array)[i]},${(cols.causes as Uint8Array)[i]}`);
    await writeCsv(unitsCsv, "unit,commune,province", g.villages.length, (v) => `${v},${g.villageCommune[v]},${g.communeProvince[g.villageCommune[v] as number]}`);
    console.log(`wrote ${N.toLocaleString("en-US")} rows as CSV in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const db = await DuckDBInstance.create(":memory:", { threads: "2" });
    const con = await db.connect();
    t0 = performance.now();
    await con.run(
      `CREATE TABLE h AS SELECT * FROM read_csv('${rowsCsv}', header = true, columns = {'unit': 'INTEGER', 'persons': 'UTINYINT', 'area': 'UTINYINT', 'income': 'DOUBLE', 'dep': 'UINTEGER', 'flags': 'UTINYINT', 'causes': 'UTINYINT'})`,
    );
    await con.run(`CREATE TABLE v AS SELECT * FROM read_csv('${unitsCsv}', header = true, columns = {'unit': 'INTEGER', 'commune': 'INTEGER', 'province': 'INTEGER'})`);
    console.log(`DuckDB loaded them in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await con.run("SET threads = 1");
    const rollup = `SELECT province, commune, c.unit, ${aggregates()}
FROM (SELECT h.*, v.commune, v.province, ${CLASSIFY} AS cls FROM h JOIN v USING (unit)) c
GROUP BY ROLLUP (province, commune, c.unit)`;
    const twoStage = `WITH village AS (
  SELECT unit, ${aggregates()} FROM (SELECT *, ${CLASSIFY} AS cls FROM h) GROUP BY unit
)
SELECT province, commune, village.unit, ${sums()} FROM village JOIN v USING (unit) GROUP BY ROLLUP (province, commune, village.unit)`;
    const times: { [k: string]: number[] } = { rollup: [], twoStage: [], library: [] };
    let rowsOut = 0;
    for (let r = 0; r < RUNS; r++) {
      for (const [name, sql] of [
        ["rollup", rollup],
        ["twoStage", twoStage],
      ] as const) {
        t0 = performance.now();
        const res = await con.runAndReadAll(sql);
        (times[name] as number[]).push(performance.now() - t0);
        rowsOut = res.currentRowCount;
      }
      t0 = performance.now();
      const tallied = classifyAndTallyColumns(cols, { standard: STANDARD, year: YEAR });
      const rolled = rollUpTallies(h, tallied.units, { standard: STANDARD, year: YEAR });
      const { rows, total } = unitRows(rolled, "VN");
      summaryTable(rows, { total });
      (times["library"] as number[]).push(performance.now() - t0);
    }
    const lib = best(times["library"] as number[]);
    console.log(`DuckDB rows out: ${rowsOut.toLocaleString("en-US")} (villages, communes, provinces, nation)`);
    for (const name of ["rollup", "twoStage"]) {
      const d = best(times[name] as number[]);
      console.log(
        `DuckDB ${name === "rollup" ? "GROUP BY ROLLUP" : "two-stage (villages, then ROLLUP)"}, 1 thread: ${(d.min / 1000).toFixed(2)} s (median ${(d.median / 1000).toFixed(2)} s); library ${(lib.min / 1000).toFixed(2)} s (median ${(lib.median / 1000).toFixed(2)} s): DuckDB takes ${(d.min / lib.min).toFixed(2)}× the library's time (median ${(d.median / lib.median).toFixed(2)}×)`,
      );
    }
    con.closeSync();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await run();
