// A synthetic nation for the report benches: today's geography (34 provinces, 3,300 communes, 99,000 villages),
// households generated with a seeded PRNG as plain objects (in chunks) or as typed-array columns, and the bare
// loops that do the same work as the library on the same inputs. Legal values are read from the standard's data.
import { buildHierarchy, getStandard, type AdminUnit, type HouseholdColumns } from "../src/index.js";
import { mulberry32 } from "../src/_lib/prng.js";

export const STANDARD = "2021-2025";
export const YEAR = 2026;
const S = getStandard(STANDARD);
export const KEYS: readonly string[] = [...S.indicators].sort((a, b) => a.order - b.order).map((i) => i.key);
const KEY_INDEX = new Map(KEYS.map((k, i) => [k, i]));
const CAUSES = ["land", "capital", "labour", "tools", "knowhow", "skills", "illness_or_accident", "other"];
const CAUSE_INDEX = new Map(CAUSES.map((c, i) => [c, i]));
/** Income lines and B1 cut-offs by area (0 rural, 1 urban), from the standard's data. */
const LINE = [S.incomeLines.rural.incomeLine.value, S.incomeLines.urban.incomeLine.value];
const CUTOFF = [S.scoring.b1?.rural?.cutoff.value ?? 0, S.scoring.b1?.urban?.cutoff.value ?? 0];
const PPI = S.scoring.b2?.pointsPerIndicator.value ?? 1;
const B2_POOR = S.scoring.b2?.poorAtOrAbove.value ?? 0;
const THRESHOLD = S.poorDeprivationCount.value;

/** The geography: units, village codes, and each village's commune and each commune's province (indices). */
export interface Geography {
  readonly units: AdminUnit[];
  readonly villages: string[];
  readonly villageCommune: Uint32Array;
  readonly communeProvince: Uint32Array;
  readonly provinces: number;
  readonly communes: number;
}

export function geography(provinces = 34, communes = 3_300, villagesPerCommune = 30): Geography {
  const units: AdminUnit[] = [{ code: "VN", name: "Việt Nam", level: "nation" }];
  const villages: string[] = [];
  const villageCommune = new Uint32Array(communes * villagesPerCommune);
  const communeProvince = new Uint32Array(communes);
  for (let p = 0; p < provinces; p++) units.push({ code: `P${p}`, name: `Tỉnh ${p}`, level: "province", parentCode: "VN" });
  for (let c = 0; c < communes; c++) {
    communeProvince[c] = c % provinces;
    units.push({ code: `C${c}`, name: `Xã ${c}`, level: "commune", parentCode: `P${c % provinces}` });
    for (let v = 0; v < villagesPerCommune; v++) {
      villageCommune[villages.length] = c;
      const code = `C${c}-V${v}`;
      units.push({ code, name: `Thôn ${v}`, level: "village", parentCode: `C${c}` });
      villages.push(code);
    }
  }
  return { units, villages, villageCommune, communeProvince, provinces, communes };
}

export const hierarchyOf = (g: Geography) => buildHierarchy(g.units);

/** The village of household `i` of `n` (households are spread evenly, village after village). */
function villageOf(i: number, n: number, villages: number): number {
  return Math.floor((i * villages) / n);
}

/** A deprivation count with a realistic spread: half none, then fewer as the count grows. */
function depCount(x: number): number {
  return x < 0.5 ? 0 : x < 0.7 ? 1 : x < 0.82 ? 2 : x < 0.9 ? 3 : x < 0.96 ? 4 : 5;
}

/**
 * Households `from` to `to` (of `n`) as plain objects, each its own object with its own lists: half classified by
 * income per capita with a deprivation list, half by B1 and a B2 list. Seeded by position, so any chunk is the
 * same whatever the chunking.
 */
export function householdObjects(g: Geography, n: number, from: number, to: number): object[] {
  const out: object[] = new Array(to - from);
  const rand = mulberry32(0x9e3779b9 ^ from);
  for (let i = from; i < to; i++) {
    const v = villageOf(i, n, g.villages.length);
    const area = v & 1;
    const nDep = depCount(rand());
    const deprivations: string[] = [];
    while (deprivations.length < nDep) {
      const k = KEYS[Math.floor(rand() * KEYS.length)] as string;
      if (!deprivations.includes(k)) deprivations.push(k);
    }
    const persons = 1 + Math.floor(rand() * 7);
    // Built key by key in one fixed order, as JSON.parse or a database driver builds rows: households with the
    // same fields share one hidden class. (Object spread, `{ ...common, income }`, gives every object a hidden class
    // of its own in V8, which slows every property read, the bare loop's as much as the library's.)
    const h: { [k: string]: unknown } = {
      unitCode: g.villages[v] as string,
      standard: STANDARD,
      area: area === 1 ? "urban" : "rural",
      persons,
      ethnicMinority: rand() < 0.15,
    };
    if (rand() < 0.1) h["causesOfPoverty"] = [CAUSES[Math.floor(rand() * 8)] as string];
    const x = rand();
    if ((i & 1) === 0) {
      h["income"] = { perCapitaMonthly: Math.floor((LINE[area] as number) * (0.5 + 4 * x)) };
      h["deprivations"] = deprivations;
    } else {
      h["b1"] = Math.floor((CUTOFF[area] as number) * (0.6 + 0.8 * x));
      h["b2"] = { deprivations };
    }
    out[i - from] = h;
  }
  return out;
}

/** All `n` households as columns (per capita income, deprivation masks, flags, causes). */
export function householdColumns(g: Geography, n: number): HouseholdColumns & { income: Float64Array; deprivations: Uint32Array } {
  const rand = mulberry32(0x51ed270b);
  const unit = new Uint32Array(n);
  const persons = new Uint8Array(n);
  const area = new Uint8Array(n);
  const income = new Float64Array(n);
  const deprivations = new Uint32Array(n);
  const flags = new Uint8Array(n);
  const causes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = villageOf(i, n, g.villages.length);
    unit[i] = v;
    const a = v & 1;
    area[i] = a;
    persons[i] = 1 + Math.floor(rand() * 7);
    income[i] = Math.floor((LINE[a] as number) * (0.5 + 4 * rand()));
    const nDep = depCount(rand());
    let m = 0;
    while (popcount(m) < nDep) m |= 1 << Math.floor(rand() * KEYS.length);
    deprivations[i] = m;
    flags[i] = rand() < 0.15 ? 1 : 0;
    causes[i] = rand() < 0.1 ? 1 << Math.floor(rand() * 8) : 0;
  }
  return { unitCodes: g.villages, unit, persons, area, income, incomeKind: "perCapitaMonthly", deprivations, flags, causes };
}

export function popcount(m: number): number {
  m = m - ((m >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// ---- The bare loops: the same counting in one flat array, no validation, no library ----

/** The counters per village of the bare loops: the library's layout (7 + 7 class counts, then poor, near-poor). */
export const SIZE = 14 + 2 * (KEYS.length + 14);
const SEG = KEYS.length + 14;

/** Counts one household's groups into a segment block of the bare loops. */
function bareSegment(c: Float64Array, at: number, dep: readonly string[], ethnic: boolean, causes: readonly string[] | undefined): void {
  for (let j = 0; j < dep.length; j++) c[at + (KEY_INDEX.get(dep[j] as string) as number)] = (c[at + (KEY_INDEX.get(dep[j] as string) as number)] as number) + 1;
  const g = at + KEYS.length;
  if (ethnic) c[g] = (c[g] as number) + 1;
  if (causes !== undefined) for (let j = 0; j < causes.length; j++) c[g + 3 + (CAUSE_INDEX.get(causes[j] as string) as number)] = (c[g + 3 + (CAUSE_INDEX.get(causes[j] as string) as number)] as number) + 1;
}

type HH = { unitCode: string; persons: number; area: string; ethnicMinority: boolean; causesOfPoverty?: string[]; income?: { perCapitaMonthly: number }; deprivations?: string[]; b1?: number; b2?: { deprivations: string[] } };

/** The bare loop over household objects: classify (the same comparisons) and count, into `counts` (villages × SIZE). */
export function bareObjects(chunk: readonly object[], counts: Float64Array, villageIndex: ReadonlyMap<string, number>): number {
  let last = "";
  let base = 0;
  for (let i = 0; i < chunk.length; i++) {
    const r = chunk[i] as HH;
    if (r.unitCode !== last) {
      last = r.unitCode;
      base = (villageIndex.get(last) as number) * SIZE;
    }
    const p = r.persons;
    const a = r.area === "urban" ? 1 : 0;
    let dep: string[];
    let cls: number;
    if (r.income !== undefined) {
      dep = r.deprivations as string[];
      cls = r.income.perCapitaMonthly <= (LINE[a] as number) ? (dep.length >= THRESHOLD ? 1 : 4) : 5;
    } else {
      dep = (r.b2 as { deprivations: string[] }).deprivations;
      cls = (r.b1 as number) <= (CUTOFF[a] as number) ? (dep.length * PPI >= B2_POOR ? 1 : 4) : 5;
    }
    counts[base] = (counts[base] as number) + 1;
    counts[base + 7] = (counts[base + 7] as number) + p;
    counts[base + cls] = (counts[base + cls] as number) + 1;
    counts[base + 7 + cls] = (counts[base + 7 + cls] as number) + p;
    if (cls === 1) bareSegment(counts, base + 14, dep, r.ethnicMinority, r.causesOfPoverty);
    else if (cls === 4) bareSegment(counts, base + 14 + SEG, dep, r.ethnicMinority, r.causesOfPoverty);
  }
  return counts[0] as number;
}

/** The bare loop over columns: classify (the same comparisons) and count, into `counts` (villages × SIZE). */
export function bareColumns(c: HouseholdColumns & { income: Float64Array; deprivations: Uint32Array }, n: number, counts: Float64Array): number {
  const { unit, persons, area, income, deprivations } = c;
  const flags = c.flags as Uint8Array;
  const causes = c.causes as Uint8Array;
  const k = KEYS.length;
  for (let i = 0; i < n; i++) {
    const base = (unit[i] as number) * SIZE;
    const p = persons[i] as number;
    const mask = deprivations[i] as number;
    const a = (area as Uint8Array)[i] as number;
    const cls = (income[i] as number) <= (LINE[a] as number) ? (popcount(mask) >= THRESHOLD ? 1 : 4) : 5;
    counts[base] = (counts[base] as number) + 1;
    counts[base + 7] = (counts[base + 7] as number) + p;
    counts[base + cls] = (counts[base + cls] as number) + 1;
    counts[base + 7 + cls] = (counts[base + 7 + cls] as number) + p;
    if (cls !== 5) {
      const at = base + 14 + (cls === 1 ? 0 : SEG);
      for (let m = mask; m !== 0; m &= m - 1) counts[at + 31 - Math.clz32(m & -m)] = (counts[at + 31 - Math.clz32(m & -m)] as number) + 1;
      const g = at + k;
      if (((flags[i] as number) & 1) !== 0) counts[g] = (counts[g] as number) + 1;
      for (let m = causes[i] as number; m !== 0; m &= m - 1) counts[g + 3 + 31 - Math.clz32(m & -m)] = (counts[g + 3 + 31 - Math.clz32(m & -m)] as number) + 1;
    }
  }
  return counts[0] as number;
}

/**
 * The bare roll-up: village counters summed into communes, provinces and the nation, then the summary's rates
 * (count × 10000 ÷ total, half-up, in integers) for the provinces. Returns a checksum.
 */
export function bareRollUp(g: Geography, villages: Float64Array): number {
  const communes = new Float64Array(g.communes * SIZE);
  const provinces = new Float64Array(g.provinces * SIZE);
  const nation = new Float64Array(SIZE);
  for (let v = 0; v < g.villages.length; v++) {
    const to = (g.villageCommune[v] as number) * SIZE;
    const from = v * SIZE;
    for (let j = 0; j < SIZE; j++) communes[to + j] = (communes[to + j] as number) + (villages[from + j] as number);
  }
  for (let c = 0; c < g.communes; c++) {
    const to = (g.communeProvince[c] as number) * SIZE;
    const from = c * SIZE;
    for (let j = 0; j < SIZE; j++) provinces[to + j] = (provinces[to + j] as number) + (communes[from + j] as number);
  }
  for (let p = 0; p < g.provinces; p++) for (let j = 0; j < SIZE; j++) nation[j] = (nation[j] as number) + (provinces[p * SIZE + j] as number);
  let sum = 0;
  for (let p = 0; p <= g.provinces; p++) {
    const c = p < g.provinces ? provinces.subarray(p * SIZE, (p + 1) * SIZE) : nation;
    for (const m of [0, 7]) {
      const total = c[m] as number;
      for (const k of [1, 4, 6]) if (total > 0) sum += Math.floor(((c[m + k] as number) * 20000 + total) / (2 * total));
    }
    for (let j = 14; j < 14 + k12(); j++) if ((c[1] as number) > 0) sum += Math.floor(((c[j] as number) * 20000 + (c[1] as number)) / (2 * (c[1] as number)));
  }
  return sum + (nation[0] as number);
}

function k12(): number {
  return KEYS.length;
}
