// Report throughput: tally and roll up a national population of synthetic households (generated on the fly with
// a seeded PRNG) into a national report, against a bare loop that consumes the same generated records and only
// counts them by class. Both the 2025 geography (34 provinces, ~3,300 communes, villages) and the pre-2025 one
// (63 provinces, ~700 districts, ~10,000 communes, villages) are run.
//
// Size: BENCH_HOUSEHOLDS (default 27,000,000). Run alone: npx tsx bench/report.ts
import { pathToFileURL } from "node:url";
import { buildHierarchy, rollUpTallies, summaryTable, tallyRecords, unitRows, type AdminUnit, type TallyRecord } from "../src/index.js";
import { mulberry32 as prng } from "../src/_lib/prng.js";
import { measure, printResults, results } from "./_harness.js";

const HOUSEHOLDS = Number(process.env["BENCH_HOUSEHOLDS"] ?? 27_000_000);
const STANDARD = "2021-2025";


interface Geography {
  name: string;
  units: AdminUnit[];
  villages: string[];
}

/** Builds a geography: provinces → [districts →] communes → villages, codes only. */
function geography(name: string, provinces: number, districts: number, communes: number, villagesPerCommune: number): Geography {
  const units: AdminUnit[] = [{ code: "VN", name: "Việt Nam", level: "nation" }];
  const villages: string[] = [];
  for (let p = 0; p < provinces; p++) units.push({ code: `P${p}`, name: `Tỉnh ${p}`, level: "province", parentCode: "VN" });
  for (let d = 0; d < districts; d++) units.push({ code: `D${d}`, name: `Huyện ${d}`, level: "district", parentCode: `P${d % provinces}` });
  for (let c = 0; c < communes; c++) {
    const parent = districts > 0 ? `D${c % districts}` : `P${c % provinces}`;
    units.push({ code: `C${c}`, name: `Xã ${c}`, level: "commune", parentCode: parent });
    for (let v = 0; v < villagesPerCommune; v++) {
      const code = `C${c}-V${v}`;
      units.push({ code, name: `Thôn ${v}`, level: "village", parentCode: `C${c}` });
      villages.push(code);
    }
  }
  return { name, units, villages };
}

const KEYS = ["employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess"];

let peakRss = 0;
function sampleRss(): void {
  const r = process.memoryUsage.rss();
  if (r > peakRss) peakRss = r;
}

/**
 * Generates `n` households over the villages, with a seeded PRNG: about 4% poor, 4% near-poor, 8% middle-living.
 * One record object is reused (the tally keeps none); deprivation lists come from a pre-built pool, so generation
 * allocates nothing per record. Samples RSS every 2^20 records.
 */
function* households(geo: Geography, n: number, seed: number): Generator<TallyRecord> {
  const rand = prng(seed);
  const pool: string[][] = [];
  for (let i = 0; i < 256; i++) {
    const k = 3 + Math.floor(rand() * 4);
    const set = new Set<string>();
    while (set.size < k) set.add(KEYS[Math.floor(rand() * KEYS.length)] as string);
    pool.push([...set]);
  }
  const nearPool = pool.map((d) => d.slice(0, 1 + (d.length % 2)));
  const causes = [["land"], ["capital", "labour"], ["illness_or_accident"], ["skills", "knowhow"]] as const;
  const rec: {
    unitCode: string;
    standard: string;
    kind: TallyRecord["kind"];
    persons: number;
    middleLiving: boolean;
    deprivations: readonly string[] | undefined;
    ethnicMinority: boolean;
    causesOfPoverty: TallyRecord["causesOfPoverty"];
  } = { unitCode: "", standard: STANDARD, kind: "not_poor", persons: 1, middleLiving: false, deprivations: undefined, ethnicMinority: false, causesOfPoverty: undefined };
  const villages = geo.villages;
  const per = Math.floor(n / villages.length);
  let extra = n - per * villages.length;
  let produced = 0;
  for (const v of villages) {
    rec.unitCode = v;
    const count = per + (extra > 0 ? 1 : 0);
    if (extra > 0) extra--;
    for (let i = 0; i < count; i++) {
      const x = rand();
      rec.persons = 1 + ((x * 1e6) & 7);
      rec.middleLiving = false;
      rec.deprivations = undefined;
      rec.causesOfPoverty = undefined;
      rec.ethnicMinority = (((x * 1e7) | 0) & 7) === 0;
      if (x < 0.04) {
        rec.kind = "poor";
        rec.deprivations = pool[((x * 1e8) | 0) & 255];
        rec.causesOfPoverty = causes[((x * 1e5) | 0) & 3];
      } else if (x < 0.08) {
        rec.kind = "near_poor";
        rec.deprivations = nearPool[((x * 1e8) | 0) & 255];
      } else {
        rec.kind = "not_poor";
        rec.middleLiving = x < 0.16;
      }
      if ((++produced & 0xfffff) === 0) sampleRss();
      yield rec as TallyRecord;
    }
  }
}

function runGeography(geo: Geography): void {
  const hierarchy = buildHierarchy(geo.units);
  const base = `baseline: generate + count by class (${geo.name})`;
  let sink = 0;
  measure(
    base,
    HOUSEHOLDS,
    () => {
      let poor = 0;
      let near = 0;
      let other = 0;
      for (const r of households(geo, HOUSEHOLDS, 7)) {
        if (r.kind === "poor") poor++;
        else if (r.kind === "near_poor") near++;
        else other++;
      }
      sink += poor + near + other;
    },
    { repeat: 1 },
  );
  peakRss = 0;
  let summaryRows = 0;
  const r = measure(
    `tallyRecords + rollUpTallies + national summary (${geo.name})`,
    HOUSEHOLDS,
    () => {
      const run = tallyRecords(households(geo, HOUSEHOLDS, 7), { standard: STANDARD });
      sampleRss();
      const rolled = rollUpTallies(hierarchy, run.units, { standard: STANDARD });
      sampleRss();
      const { rows, total } = unitRows(rolled, "VN");
      summaryRows = summaryTable(rows, { total }).rows.length;
      sink += rolled.total.households.total + run.rejectedCount;
      sampleRss();
    },
    { baseline: base, repeat: 1 },
  );
  r.note = `${Math.round(r.opsPerSec).toLocaleString("en-US")} households/s; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB; ${geo.villages.length.toLocaleString("en-US")} villages; ${summaryRows} province rows`;
  if (sink === -1) console.log(sink);
}

export function run(): void {
  runGeography(geography("2025: 34 provinces, 3,300 communes", 34, 0, 3_300, 30));
  runGeography(geography("pre-2025: 63 provinces, 700 districts, 10,000 communes", 63, 700, 10_000, 10));
  for (const r of results) if (r.ratio !== undefined) console.log(`${r.name}: ${(r.ms / 1000).toFixed(2)} s, ${(1 / r.ratio).toFixed(2)}× the bare loop's time; ${r.note ?? ""}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  run();
  printResults();
}
