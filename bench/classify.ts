// Batch classification from Phiếu A/B scores: the fast path (no explanations) against a bare loop over the same
// records, and the full path with validation and explanations in households per second.
import { classifyHouseholds } from "../src/classify/classifyHouseholds.js";
import type { ClassifyHouseholdInput } from "../src/classify/classifyHousehold.js";
import { mulberry32 as prng } from "../src/_lib/prng.js";
import { measure } from "./_harness.js";


function makeRecords(n: number): ClassifyHouseholdInput[] {
  const rnd = prng(20231015);
  const out: ClassifyHouseholdInput[] = [];
  for (let i = 0; i < n; i++) {
    const area = rnd() < 0.7 ? "rural" : "urban";
    out.push({ standard: "2021-2025", area, b1: 100 + Math.floor(rnd() * 100), b2: 10 * Math.floor(rnd() * 7) });
  }
  return out;
}

export function run(): void {
  const N = 1_000_000;
  const records = makeRecords(N);
  // The bare baseline: the minimal equivalent work — compare B1 with the area's cut-off and B2 with 30, and count.
  // (Constants here only; the library reads them from the standard's data.)
  let sink = 0;
  measure("classify: bare baseline loop", N, () => {
    let poor = 0;
    let near = 0;
    let not = 0;
    for (const r of records) {
      const cut = r.area === "urban" ? 175 : 140;
      const b1 = r.b1 as number;
      if (b1 > cut) not++;
      else if ((r.b2 as number) >= 30) poor++;
      else near++;
    }
    sink += poor + near + not;
  });
  measure("classifyHouseholds (no explanations)", N, () => {
    sink += classifyHouseholds(records).counts.ok;
  }, { baseline: "classify: bare baseline loop" });
  const M = 20_000;
  const few = records.slice(0, M);
  measure("classifyHouseholds (validation + explanations)", M, () => {
    sink += classifyHouseholds(few, { explain: true }).counts.ok;
  }, { baseline: "classify: bare baseline loop", note: "households per second with full explanations" });
  if (sink === -1) console.log(sink);
}
