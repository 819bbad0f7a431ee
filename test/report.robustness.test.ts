// Issue #12 "Nothing shared, nothing lost", report parts: hostile input never crashes (only PovertyError is thrown,
// safe functions never throw, issue params never get a polluted prototype), validation is linear, batches lose
// nothing, a failing source says how far it got, results are deterministic, and nothing is shared.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { tallyRecord } from "./scenarios/_report/arbitraries.js";

const { PovertyError } = api;
const SEED = 20231015;

// ---- Hostile values ----

function deep(n: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < n; i++) v = { a: v, unitCode: v };
  return v;
}
const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error("trap");
    },
    has() {
      throw new Error("trap");
    },
    ownKeys() {
      throw new Error("trap");
    },
    getOwnPropertyDescriptor() {
      throw new Error("trap");
    },
    getPrototypeOf() {
      throw new Error("trap");
    },
  },
);
const revoked = Proxy.revocable({}, {});
revoked.revoke();
const getterBomb = Object.defineProperties({}, Object.fromEntries(["unitCode", "standard", "kind", "persons", "households", "format", "tally", "rows", "units", "movement", "poor", "previous", "outcome", "year"].map((k) => [k, { enumerable: true, get: () => { throw new Error("getter"); } }])));
const HOSTILE: unknown[] = [
  undefined,
  null,
  Object.create(null),
  Object.assign(Object.create(null), { unitCode: "V", standard: "2021-2025", kind: "poor", persons: 2, deprivations: [{ toString: false }] }),
  { deprivations: [{ toString: false }], unitCode: { toString: null } },
  throwing,
  revoked.proxy,
  getterBomb,
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "unitCode": "__proto__", "standard": "2021-2025", "kind": "poor", "persons": 1}'),
  { constructor: "x", toString: 5, valueOf: null, hasOwnProperty: 1 },
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  1e308,
  "x".repeat(1_000_000),
  deep(5000),
  [, , 1],
  Symbol("s"),
  10n,
  () => 1,
  new Map([["a", 1]]),
  new Date(Number.NaN),
];

const FUNCTIONS: [string, (a: unknown, b: unknown) => unknown][] = [
  ["emptyTally", (a, b) => api.emptyTally(a as never, b as never)],
  ["addToTally", (a, b) => api.addToTally(a as never, b as never)],
  ["addToTally (good tally)", (_a, b) => api.addToTally(api.emptyTally("2021-2025"), b as never)],
  ["checkTallyRecord", (a, b) => api.checkTallyRecord(a as never, b)],
  ["checkTallyRecord (good standard)", (_a, b) => api.checkTallyRecord("2021-2025", b)],
  ["mergeTallies", (a, b) => api.mergeTallies(a as never, b as never)],
  ["safeMergeTallies", (a, b) => api.safeMergeTallies(a as never, b as never)],
  ["tallyToJson", (a) => api.tallyToJson(a as never)],
  ["tallyFromJson", (a, b) => api.tallyFromJson(a, b as never)],
  ["safeTallyFromJson", (a, b) => api.safeTallyFromJson(a, b as never)],
  ["tallyRecords", (a, b) => api.tallyRecords(a as never, b as never)],
  ["tallyRecords (good options)", (a) => api.tallyRecords(a as never, { standard: "2021-2025" })],
  ["tallyRecords (one hostile record)", (a) => api.tallyRecords([a], { standard: "2021-2025" })],
  ["classifyAndTally (one hostile record)", (a) => api.classifyAndTally([a], { standard: "2021-2025" })],
  ["classifyAndTally", (a, b) => api.classifyAndTally(a as never, b as never)],
  ["classifyAndTallyColumns", (a, b) => api.classifyAndTallyColumns(a as never, b as never)],
  ["classifyAndTallyColumns (good options)", (a) => api.classifyAndTallyColumns(a as never, { standard: "2021-2025" })],
  ["buildHierarchy", (a) => api.buildHierarchy(a as never)],
  ["safeBuildHierarchy", (a) => api.safeBuildHierarchy(a as never)],
  ["rollUpTallies", (a, b) => api.rollUpTallies(a as never, b as never, { standard: "2021-2025" })],
  ["rollUpTallies (good hierarchy)", (a, b) => api.rollUpTallies(api.buildHierarchy([{ code: "P", name: "P", level: "province" }]), a as never, b as never)],
  ["rollUpTallies (hostile unit)", (a) => api.rollUpTallies(api.buildHierarchy([{ code: "P", name: "P", level: "province" }]), { P: a } as never, { standard: "2021-2025" })],
  ["remapUnits", (a, b) => api.remapUnits(a as never, b as never)],
  ["safeRemapUnits", (a, b) => api.safeRemapUnits(a as never, b as never)],
  ["safeRemapUnits (hostile unit)", (a) => api.safeRemapUnits({ A: a } as never, {})],
  ["computeRate", (a, b) => api.computeRate(a as never, b as never)],
  ["rateChange", (a, b) => api.rateChange(a as never, b as never)],
  ["addMovement", (a, b) => api.addMovement(a as never, b as never)],
  ["addMovement (good counts)", (_a, b) => api.addMovement(api.emptyMovement(), b as never)],
  ["tallyMovements", (a, b) => api.tallyMovements(a as never, b as never)],
  ["tallyMovements (one hostile record)", (a) => api.tallyMovements([a])],
  ["mergeMovements", (a, b) => api.mergeMovements(a as never, b as never)],
  ["rollUpMovements", (a, b) => api.rollUpMovements(a as never, b as never)],
  ["rollUpMovements (hostile unit)", (a) => api.rollUpMovements(api.buildHierarchy([{ code: "P", name: "P", level: "province" }]), { P: a } as never)],
  ["checkMovementBalance", (a) => api.checkMovementBalance(a as never)],
  ["movementFromJson", (a) => api.movementFromJson(a)],
  ["safeMovementFromJson", (a) => api.safeMovementFromJson(a)],
  ["unitRows", (a, b) => api.unitRows(a as never, b as never)],
  ["summaryTable", (a, b) => api.summaryTable(a as never, b as never)],
  ["summaryTable (hostile tally)", (a) => api.summaryTable([{ code: "V", name: "V", tally: a as never }])],
  ["deprivationTable", (a, b) => api.deprivationTable(a as never, b as never)],
  ["deprivationTable (hostile options)", (a) => api.deprivationTable([{ code: "V", name: "V", tally: api.emptyTally("2021-2025") }], a as never)],
  ["breakdownTable", (a, b) => api.breakdownTable(a as never, b as never)],
  ["breakdownTable (hostile options)", (a) => api.breakdownTable([{ code: "V", name: "V", tally: api.emptyTally("2021-2025") }], a as never)],
  ["poorByBasisTable", (a, b) => api.poorByBasisTable(a as never, b as never)],
  ["movementTables", (a, b) => api.movementTables(a as never, b as never)],
  ["compareTallies", (a, b) => api.compareTallies(a as never, b as never)],
  ["yearOnYearTable", (a, b) => api.yearOnYearTable(a as never, b as never)],
  ["tallyRecordFromDecision", (a, b) => api.tallyRecordFromDecision(a as never, b as never)],
];

/** Every object reachable from an issue's params has a plain prototype (never one taken from the input). */
function plain(v: unknown, seen = new Set<unknown>()): boolean {
  if (typeof v !== "object" || v === null || seen.has(v)) return true;
  seen.add(v);
  const p = Object.getPrototypeOf(v);
  if (p !== Object.prototype && p !== Array.prototype && p !== null) return false;
  return Object.keys(v).every((k) => plain((v as Record<string, unknown>)[k], seen));
}

function checkResult(r: unknown): void {
  if (typeof r !== "object" || r === null || !("ok" in r)) return;
  const res = r as { ok: boolean; issues?: { params: unknown }[] };
  if (!res.ok) for (const i of res.issues ?? []) expect(plain(i.params)).toBe(true);
}

describe("hostile input: only PovertyError is thrown; safe functions never throw; issue params stay plain", () => {
  it.each(FUNCTIONS)("%s", (name, fn) => {
    for (const a of HOSTILE) {
      for (const b of [undefined, ...HOSTILE.slice(0, 12)]) {
        let r: unknown;
        try {
          r = fn(a, b);
        } catch (e) {
          if (name.startsWith("safe")) throw new Error(`${name} threw for ${String(typeof a)}`);
          if (!(e instanceof PovertyError)) throw new Error(`${name} threw ${String(e)} (not a PovertyError) for ${typeof a}, ${typeof b}`);
          for (const i of e.issues) expect(plain(i.params)).toBe(true);
          continue;
        }
        checkResult(r);
      }
    }
  });
  it("tallyRecords([]) without options throws a PovertyError, not a TypeError", () => {
    expect(() => api.tallyRecords([], undefined as never)).toThrow(PovertyError);
  });
  it("checkMovementBalance({}) returns issues", () => {
    const r = api.checkMovementBalance({} as never);
    expect(r.ok).toBe(false);
  });
  it("the async runs reject with a PovertyError on hostile options and sources (never another error)", async () => {
    for (const a of HOSTILE) {
      await api.tallyRecordsAsync(a as never, { standard: "2021-2025" }).catch((e: unknown) => expect(e).toBeInstanceOf(PovertyError));
      await api.classifyAndTallyAsync([], a as never).catch((e: unknown) => expect(e).toBeInstanceOf(PovertyError));
      await api.tallyRecordsAsync([a], { standard: "2021-2025" }).then((r) => expect(r.rejectedCount).toBe(1));
    }
  });
});

// ---- Linear work ----

/** The minimum time of several runs (ms): robust against a pause of the machine. */
function minTime(fn: () => unknown, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * How much more one run at size 8n costs than eight runs at size n (both allocate the same in total, so the
 * collector's share is alike): about 1 when the work is linear, 8 when it is quadratic.
 */
function growth(at: (size: "n" | "8n") => () => unknown): number {
  const small = at("n");
  const big = at("8n");
  small();
  big();
  // The best of several attempts: a busy machine can slow one measurement down, never a quadratic cost away.
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 4 && best >= 2; attempt++) {
    const t1 = minTime(() => {
      for (let i = 0; i < 8; i++) small();
    }, 3);
    const t8 = minTime(big, 3);
    best = Math.min(best, t8 / t1);
  }
  return best;
}

describe("validation and tables are linear: one run at size 8n costs about what eight runs at size n cost", () => {
  it("checkTallyRecord and addToTally with n and 8n distinct support keys (100,000 keys took 7 s when it was quadratic)", () => {
    const rec = (n: number) => ({ unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 2, supportReceived: Array.from({ length: n }, (_, i) => `k${i}`) });
    const small = rec(12_500);
    const big = rec(100_000);
    expect(api.checkTallyRecord("2021-2025", big)).toEqual([]);
    expect(growth((size) => () => api.checkTallyRecord("2021-2025", size === "n" ? small : big))).toBeLessThan(4);
    expect(growth((size) => () => api.addToTally(api.emptyTally("2021-2025"), (size === "n" ? small : big) as never))).toBeLessThan(4);
  });
  it("breakdownTable with n and 8n rows", () => {
    const t = api.tallyRecords(
      Array.from({ length: 50 }, (_, i) => ({ unitCode: "V", standard: "2021-2025", kind: "poor", persons: 3, deprivations: ["employment", "telecom", "sanitation"], supportReceived: [`s${i % 7}`], ethnicity: `e${i % 5}` })),
      { standard: "2021-2025" },
    ).units["V"]!;
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `V${i}`, name: `Thôn ${i}`, tally: t }));
    const r1 = rows(2_000);
    const r8 = rows(16_000);
    for (const breakdown of ["support_received", "ethnicity", "causes_of_poverty"] as const) {
      expect(growth((size) => () => api.breakdownTable(size === "n" ? r1 : r8, { breakdown }))).toBeLessThan(4);
    }
  });
});

// ---- Batches lose nothing ----

describe("a million records with 1% invalid in random places: every valid one counted, every invalid one reported", () => {
  const N = 1_000_000;
  // A million records each: what is checked is that nothing is lost, not speed (that is `npm run bench`), so the
  // time limit is generous enough for a loaded two-core machine under coverage.
  const LIMIT = 60_000;
  const rand = (() => {
    let a = 12345;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  })();
  const bad = new Set<number>();
  while (bad.size < N / 100) bad.add(Math.floor(rand() * N));
  const badIndices = [...bad].sort((x, y) => x - y);
  const records: unknown[] = new Array(N);
  for (let i = 0; i < N; i++) {
    const x = rand();
    records[i] = bad.has(i)
      ? [{ unitCode: "", standard: "2021-2025", kind: "poor", persons: 2 }, { unitCode: "V1", standard: "2021-2025", kind: "poor", persons: 2, deprivations: ["telecom"] }, null, { unitCode: "V1", standard: "2021-2025", kind: "near_poor", persons: 0 }][i % 4]
      : { unitCode: `V${i % 97}`, standard: "2021-2025", kind: x < 0.05 ? "poor" : x < 0.1 ? "near_poor" : "not_poor", persons: 1 + (i % 6), ...(x < 0.05 ? { deprivations: ["employment", "telecom", "sanitation"] } : {}) };
  }
  it("tallyRecords", () => {
    const r = api.tallyRecords(records, { standard: "2021-2025", maxRejected: Infinity });
    expect(r.counted).toBe(N - bad.size);
    expect(r.rejectedCount).toBe(bad.size);
    expect(r.rejected.map((x) => x.index)).toEqual(badIndices);
    expect(Object.values(r.units).reduce((s, t) => s + t.households.total, 0)).toBe(N - bad.size);
    const capped = api.tallyRecords(records, { standard: "2021-2025" });
    expect([capped.rejected.length, capped.rejectedCount]).toEqual([1000, bad.size]);
  }, LIMIT);
  it("tallyRecordsAsync", async () => {
    async function* stream() {
      for (const r of records) yield r;
    }
    const r = await api.tallyRecordsAsync(stream(), { standard: "2021-2025", maxRejected: Infinity });
    expect(r.counted).toBe(N - bad.size);
    expect(r.rejected.map((x) => x.index)).toEqual(badIndices);
  }, LIMIT);
  it("classifyAndTally", () => {
    const households = records.map((r, i) =>
      bad.has(i) ? r : { unitCode: (r as { unitCode: string }).unitCode, standard: "2021-2025", area: "rural", persons: (r as { persons: number }).persons, b1: 120 + (i % 40), b2: (i % 5) * 10 },
    );
    const r = api.classifyAndTally(households, { standard: "2021-2025", maxRejected: Infinity });
    expect(r.counted).toBe(N - bad.size);
    expect(r.rejected.map((x) => x.index)).toEqual(badIndices);
  }, LIMIT);
});

describe("a source that fails part way gives a clear PovertyError and no partial tally", () => {
  function* failing() {
    yield { unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 2 };
    yield { unitCode: "", standard: "2021-2025", kind: "not_poor", persons: 2 };
    yield { unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 2 };
    throw new Error("disk read failed");
  }
  it("an iterator that throws", () => {
    let error: unknown;
    try {
      api.tallyRecords(failing(), { standard: "2021-2025" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PovertyError);
    const e = error as InstanceType<typeof PovertyError>;
    expect(e.details).toMatchObject({ read: 3, counted: 2, rejected: 1 });
    expect(e.message).toContain("3 record(s) (2 counted, 1 rejected)");
    expect(e.message).toContain("disk read failed");
    expect(() => api.classifyAndTally(failing(), { standard: "2021-2025" })).toThrow(PovertyError);
    expect(() => api.tallyMovements(failing())).toThrow(PovertyError);
  });
  it("an async iterable that rejects", async () => {
    async function* stream() {
      yield* failing();
    }
    await expect(api.tallyRecordsAsync(stream(), { standard: "2021-2025" })).rejects.toMatchObject({ code: "invalid_input", details: { read: 3, counted: 2, rejected: 1 } });
    await expect(api.classifyAndTallyAsync(stream(), { standard: "2021-2025" })).rejects.toBeInstanceOf(PovertyError);
  });
  it("an array is read as its own iterator would read it: a Proxy that fails at an index, an iterator of its own", () => {
    const rows = [0, 1, 2, 3].map(() => ({ unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 2 }));
    const failingAt2 = new Proxy(rows, {
      get(target, key, receiver) {
        if (key === "2") throw new Error("row 2 unreadable");
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    let error: unknown;
    try {
      api.tallyRecords(failingAt2, { standard: "2021-2025" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PovertyError);
    expect((error as InstanceType<typeof PovertyError>).details).toMatchObject({ read: 2, counted: 2, rejected: 0 });
    expect(() => api.classifyAndTally(failingAt2, { standard: "2021-2025" })).toThrow("row 2 unreadable");
    // an array with an iterator of its own is read through that iterator (here: only its first row)
    const own = Object.assign([...rows], {
      *[Symbol.iterator]() {
        yield rows[0];
      },
    });
    expect(api.tallyRecords(own, { standard: "2021-2025" }).counted).toBe(1);
    // rows pushed while the array is read are read too, as the array's iterator does
    const growing = [{ unitCode: "V", standard: "2021-2025", area: "rural", persons: 2, b1: 150 }] as unknown[];
    Object.defineProperty(growing[0], "persons", {
      enumerable: true,
      get() {
        if (growing.length < 3) growing.push({ unitCode: "V", standard: "2021-2025", area: "rural", persons: 1, b1: 150 });
        return 2;
      },
    });
    expect(api.classifyAndTally(growing, { standard: "2021-2025" }).counted).toBe(growing.length);
  });
  it("maxRejected: Infinity lists every rejected record, a bad cap is refused", () => {
    const bad = Array.from({ length: 1500 }, () => ({ unitCode: "", standard: "2021-2025", kind: "poor", persons: 1 }));
    expect(api.tallyRecords(bad, { standard: "2021-2025", maxRejected: Infinity }).rejected).toHaveLength(1500);
    expect(api.tallyRecords(bad, { standard: "2021-2025" }).rejected).toHaveLength(1000);
    expect(api.tallyMovements(bad, { maxRejected: Infinity }).rejected).toHaveLength(1500);
    expect(() => api.tallyRecords(bad, { standard: "2021-2025", maxRejected: -1 })).toThrow(PovertyError);
    expect(() => api.tallyRecords(bad, { standard: "2021-2025", maxRejected: Number.NaN })).toThrow(PovertyError);
  });
});

// ---- Determinism ----

describe("determinism: the same households give byte-identical JSON, in any order", () => {
  const units: api.AdminUnit[] = [{ code: "VN", name: "Việt Nam", level: "nation" }];
  for (let p = 0; p < 3; p++) units.push({ code: `P${p}`, name: `Tỉnh ${p}`, level: "province", parentCode: "VN" });
  for (let c = 0; c < 12; c++) units.push({ code: `C${c}`, name: `Xã ${c}`, level: "commune", parentCode: `P${c % 3}` });
  for (let v = 0; v < 60; v++) units.push({ code: `C${v % 12}-V${v}`, name: `Thôn ${v}`, level: "village", parentCode: `C${v % 12}` });
  const villages = units.filter((u) => u.level === "village").map((u) => u.code);
  const sample = fc.sample(tallyRecord("2016-2020", villages), { numRuns: 3000, seed: SEED });
  const h = api.buildHierarchy(units);
  const report = (records: readonly unknown[]) => {
    const run = api.tallyRecords(records, { standard: "2016-2020", year: 2019 });
    const rolled = api.rollUpTallies(h, run.units, { standard: "2016-2020", year: 2019 });
    const { rows, total } = api.unitRows(rolled, "VN");
    return JSON.stringify({ units: run.units, tallies: rolled.tallies, total: rolled.total, table: api.summaryTable(rows, { total }), breakdown: api.breakdownTable(rows, { breakdown: "support_received", total }) });
  };
  it("across runs and across a shuffled input order", () => {
    const a = report(sample);
    expect(report(sample)).toBe(a);
    const shuffled = fc.sample(fc.shuffledSubarray(sample, { minLength: sample.length }), { numRuns: 1, seed: SEED })[0] as unknown[];
    expect(report(shuffled)).toBe(a);
    expect(report([...sample].reverse())).toBe(a);
  });
  it("merging in any order and grouping gives the same bytes", () => {
    const run = api.tallyRecords(sample, { standard: "2016-2020", year: 2019 });
    const list = Object.values(run.units);
    const one = JSON.stringify(api.mergeTallies(list));
    expect(JSON.stringify(api.mergeTallies([...list].reverse()))).toBe(one);
    expect(JSON.stringify(api.mergeTallies(api.mergeTallies(list.slice(0, 20)), api.mergeTallies(list.slice(20))))).toBe(one);
  });
});

// ---- Standard, year and the hierarchy ----

describe("tallies carry their list year; two years never add up", () => {
  it("merging two years is refused, comparing them is the way", () => {
    const a = api.emptyTally("2021-2025", { year: 2024 });
    const b = api.emptyTally("2021-2025", { year: 2025 });
    const r = api.safeMergeTallies(a, b);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "year_mismatch", path: [1, "year"] });
    expect(api.compareTallies(a, b).households.poor.change).toBe(0);
  });
  it("a year outside the standard's list years is refused (2021–2025 governs the 2022–2026 lists)", () => {
    expect(() => api.emptyTally("2021-2025", { year: 2021 })).toThrow(PovertyError);
    expect(() => api.tallyRecords([], { standard: "2021-2025", year: 2027 })).toThrow(PovertyError);
    expect(api.emptyTally("2021-2025", { year: 2026 }).year).toBe(2026);
  });
  it("the year survives JSON and is checked on the way back", () => {
    const t = api.emptyTally("2016-2020", { year: 2018 });
    const back = api.tallyFromJson(JSON.parse(JSON.stringify(t)));
    expect(back.year).toBe(2018);
    expect(api.safeTallyFromJson(JSON.parse(JSON.stringify(t)), { year: 2019 }).ok).toBe(false);
    expect(api.safeTallyFromJson({ ...JSON.parse(JSON.stringify(t)), year: 2030 }).ok).toBe(false);
  });
  it("a count \"1\" from JSON.parse is refused everywhere, never concatenated", () => {
    const j = JSON.parse(JSON.stringify(api.tallyRecords([{ unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 1 }], { standard: "2021-2025" }).units["V"]));
    j.households = ["1", "0", "0", "0", "0", "1", "0"];
    expect(() => api.mergeTallies(j, j)).toThrow(PovertyError);
    const h = api.buildHierarchy([{ code: "P", name: "P", level: "province" }]);
    expect(api.rollUpTallies(h, { P: j }, { standard: "2021-2025" }).rejected[0]?.issues[0]?.code).toBe("invalid_type");
    expect(() => api.summaryTable([{ code: "P", name: "P", tally: j }])).toThrow(PovertyError);
  });
});

describe("the hierarchy: nothing counted twice, nothing outside the top counted in the total", () => {
  const h = api.buildHierarchy([
    { code: "P", name: "Tỉnh", level: "province" },
    { code: "C", name: "Xã", level: "commune", parentCode: "P" },
    { code: "V", name: "Thôn", level: "village", parentCode: "C" },
    { code: "C9", name: "Xã mồ côi", level: "commune" },
  ]);
  const one = (code: string) => api.tallyRecords([{ unitCode: code, standard: "2021-2025", kind: "not_poor", persons: 2 }], { standard: "2021-2025" }).units[code]!;
  it("a unit with its own tally and one under a descendant is refused", () => {
    const r = api.rollUpTallies(h, { C: one("C"), V: one("V") }, { standard: "2021-2025" });
    expect(r.rejected.map((x) => [x.unitCode, x.issues[0]?.code])).toContainEqual(["C", "unit_counted_twice"]);
    expect(r.total.households.total).toBe(1);
  });
  it("a root below the top level is reported and left out of the total", () => {
    const r = api.rollUpTallies(h, { V: one("V"), C9: one("C9") }, { standard: "2021-2025" });
    expect(r.rejected.map((x) => [x.unitCode, x.issues[0]?.code])).toContainEqual(["C9", "unit_outside_root"]);
    expect(r.total.households.total).toBe(1);
    expect(r.tallies["C9"]?.households.total).toBe(1);
  });
  it("movements roll up with the same rules", () => {
    const m = api.tallyMovements([
      { unitCode: "V", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2 },
      { unitCode: "C", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2 },
    ]).units;
    const r = api.rollUpMovements(h, m);
    expect(r.rejected.map((x) => x.issues[0]?.code)).toEqual(["unit_counted_twice"]);
    expect(r.total.poor.households[0]).toBe(1);
    const unbalanced = api.emptyMovement();
    unbalanced.poor.households[0] = 3;
    expect(api.rollUpMovements(h, { V: unbalanced }).rejected[0]?.issues[0]?.code).toBe("unbalanced_movement");
  });
});

describe("a record whose class contradicts its own deprivations is refused, by the classifier's rule", () => {
  it.each<[string, "2016-2020" | "2021-2025", Record<string, unknown>, boolean]>([
    ["2021–2025: poor with 1 deprivation", "2021-2025", { kind: "poor", deprivations: ["telecom"] }, false],
    ["2021–2025: poor with 3", "2021-2025", { kind: "poor", deprivations: ["telecom", "sanitation", "nutrition"] }, true],
    ["2021–2025: near-poor with 5", "2021-2025", { kind: "near_poor", deprivations: ["telecom", "sanitation", "nutrition", "employment", "dependants"] }, false],
    ["2021–2025: near-poor with 2", "2021-2025", { kind: "near_poor", deprivations: ["telecom", "sanitation"] }, true],
    ["2021–2025: not poor with 5 (income above the line)", "2021-2025", { kind: "not_poor", deprivations: ["telecom", "sanitation", "nutrition", "employment", "dependants"] }, true],
    ["2016–2020: poor by income with 0", "2016-2020", { kind: "poor", poorBasis: "income", deprivations: [] }, true],
    ["2016–2020: poor by deprivation with 2", "2016-2020", { kind: "poor", poorBasis: "deprivation", deprivations: ["telecom", "sanitation"] }, false],
  ])("%s", (_name, s, fields, ok) => {
    const issues = api.checkTallyRecord(s, { unitCode: "V", standard: s, persons: 3, ...fields });
    expect(issues.length === 0).toBe(ok);
    if (!ok) expect(issues[0]).toMatchObject({ code: "class_contradicts_deprivations", params: { threshold: api.getStandard(s).poorDeprivationCount.value } });
  });
});

// ---- Nothing shared ----

describe("every value returned is fresh or deeply frozen", () => {
  it("tables share no header, citation or note", () => {
    const rows = [{ code: "V", name: "V", tally: api.emptyTally("2021-2025") }];
    const a = api.summaryTable(rows);
    const b = api.summaryTable(rows);
    expect(a.columns[0]).not.toBe(b.columns[0]);
    expect(a.citations[0]).not.toBe(b.citations[0]);
    expect(a.notes[0]).not.toBe(b.notes[0]);
    (a.notes[0] as { vi: string }).vi = "changed";
    expect(api.summaryTable(rows).notes[0]?.vi).not.toBe("changed");
  });
  it("a tally's layout and a hierarchy are deeply frozen; reading a tally gives fresh objects", () => {
    const t = api.emptyTally("2021-2025");
    expect(Object.isFrozen(t.layout) && Object.isFrozen(t.layout.indicators)).toBe(true);
    expect(t.households).not.toBe(t.households);
    const h = api.buildHierarchy([{ code: "P", name: "P", level: "province" }]);
    expect(Object.isFrozen(h.units) && Object.isFrozen(h.units[0]) && Object.isFrozen(h.roots)).toBe(true);
    expect("set" in h.children || "delete" in h.children).toBe(false);
  });
  it("a roll-up copies the tallies it is given", () => {
    const h = api.buildHierarchy([{ code: "P", name: "P", level: "province" }]);
    const t = api.emptyTally("2021-2025");
    const r = api.rollUpTallies(h, { P: t }, { standard: "2021-2025" });
    api.addToTally(t, { unitCode: "P", standard: "2021-2025", kind: "not_poor", persons: 1 });
    expect(r.tallies["P"]?.households.total).toBe(0);
  });
});
