// The engine with validation and full explanation, against a bare compare loop over the same input objects:
// classifyByIncome across the three standards, classifyHousehold (Phiếu A → B1 → B2) across the two that have form
// rules, and the heap that classifyHouseholds' explained decisions hold for 100,000 households.
//
// Every input is generated before timing (the generator is on neither side). The bare loops read the same fields of
// the same objects and make the same comparisons with the legal values read beforehand from the standards' data; they
// validate nothing and explain nothing, so the ratio is the full price of validation and explanation.
import { classifyByIncome, classifyHousehold, classifyHouseholds, getStandard, type ClassifyByIncomeInput, type ClassifyHouseholdInput } from "../src/index.js";
import { mulberry32 as prng } from "../src/_lib/prng.js";
import { compare } from "./_harness.js";

const IDS = ["2016-2020", "2021-2025", "2027-2030"] as const;

function incomeInputs(n: number): ClassifyByIncomeInput[] {
  const rnd = prng(20261130);
  const out: ClassifyByIncomeInput[] = [];
  for (let i = 0; i < n; i++) {
    const standard = IDS[i % 3] as (typeof IDS)[number];
    const area = rnd() < 0.7 ? "rural" : "urban";
    const line = getStandard(standard).incomeLines[area].incomeLine.value;
    out.push({ standard, area, income: { perCapitaMonthly: Math.floor(line * (0.5 + rnd())) }, deprivationCount: Math.floor(rnd() * 7) });
  }
  return out;
}

function householdInputs(n: number): ClassifyHouseholdInput[] {
  const rnd = prng(20261201);
  const out: ClassifyHouseholdInput[] = [];
  for (let i = 0; i < n; i++) {
    const standard = i % 2 === 0 ? "2021-2025" : "2016-2020";
    const area = rnd() < 0.7 ? "rural" : "urban";
    const criteria = Array.from({ length: 9 }, () => (rnd() < 0.25 ? 1 : 0) as 0 | 1);
    out.push({ standard, area, formA: { reviewed: 1, criteria }, b1: 100 + Math.floor(rnd() * 100), b2: 10 * Math.floor(rnd() * 7) });
  }
  return out;
}

/** The legal values the bare loops compare with, read from the data before timing: [standard][area]. */
function lines(): Map<string, { rural: { poor: number; line: number }; urban: { poor: number; line: number } }> {
  const m = new Map<string, { rural: { poor: number; line: number }; urban: { poor: number; line: number } }>();
  for (const id of IDS) {
    const s = getStandard(id);
    const area = (a: "rural" | "urban") => ({ poor: s.incomeLines[a].poorByIncomeLine?.value ?? -1, line: s.incomeLines[a].incomeLine.value });
    m.set(id, { rural: area("rural"), urban: area("urban") });
  }
  return m;
}

export function run(): void {
  const N = 20_000;
  const inc = incomeInputs(N);
  const L = lines();
  compare(
    "classifyByIncome (validated, full explanation) vs bare compare loop",
    N,
    () => {
      let s = 0;
      for (let i = 0; i < inc.length; i++) {
        const x = inc[i] as ClassifyByIncomeInput;
        const l = (L.get(x.standard as string) as { rural: { poor: number; line: number }; urban: { poor: number; line: number } })[x.area];
        const v = (x.income as { perCapitaMonthly: number }).perCapitaMonthly;
        s += v <= l.poor ? 3 : v <= l.line ? ((x.deprivationCount as number) >= 3 ? 2 : 1) : 0;
      }
      return s;
    },
    () => {
      let s = 0;
      for (let i = 0; i < inc.length; i++) s += classifyByIncome(inc[i] as ClassifyByIncomeInput).explanation.steps.length;
      return s;
    },
    { note: "same objects; the loop reads the lines from the data beforehand" },
  );

  const hh = householdInputs(N);
  const cut = new Map<string, { rural: { poor: number; cut: number }; urban: { poor: number; cut: number }; stop: number; b2: number }>();
  for (const id of ["2016-2020", "2021-2025"] as const) {
    const sc = getStandard(id).scoring;
    const a = (x: "rural" | "urban") => ({ poor: sc.b1?.[x]?.poorByIncome?.value ?? -1, cut: sc.b1?.[x]?.cutoff.value ?? 0 });
    cut.set(id, { rural: a("rural"), urban: a("urban"), stop: sc.formA?.stopAtOrAbove.value ?? 99, b2: sc.b2?.poorAtOrAbove.value ?? 0 });
  }
  compare(
    "classifyHousehold (validated, full explanation, what would change) vs bare cascade loop",
    N,
    () => {
      let s = 0;
      for (let i = 0; i < hh.length; i++) {
        const x = hh[i] as ClassifyHouseholdInput;
        const r = cut.get(x.standard as string) as { rural: { poor: number; cut: number }; urban: { poor: number; cut: number }; stop: number; b2: number };
        const crit = (x.formA as { criteria: readonly number[] }).criteria;
        let e = 0;
        for (let j = 0; j < crit.length; j++) e += crit[j] as number;
        if (e >= r.stop) continue;
        const c = r[x.area];
        const b1 = x.b1 as number;
        s += b1 <= c.poor ? 3 : b1 <= c.cut ? ((x.b2 as number) >= r.b2 ? 2 : 1) : 0;
      }
      return s;
    },
    () => {
      let s = 0;
      for (let i = 0; i < hh.length; i++) s += classifyHousehold(hh[i] as ClassifyHouseholdInput).explanation.steps.length;
      return s;
    },
    { note: "same objects; the loop reads the cut-offs from the data beforehand" },
  );

  // Heap held by 100,000 explained decisions.
  const gc = (globalThis as { gc?: () => void }).gc;
  const many = householdInputs(100_000);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const r = classifyHouseholds(many, { explain: true });
  gc?.();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `classifyHouseholds with explanations, 100,000 households: ${((after - before) / 2 ** 20).toFixed(0)} MB of heap held by the result (${((after - before) / 100_000 / 1024).toFixed(2)} KB a decision)${gc ? "" : " — run with node --expose-gc for an exact figure"}`,
  );
  if (r.counts.input === -1) console.log(r);
}
