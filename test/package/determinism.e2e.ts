// Determinism (issue 12; npm run test:package): the same inputs give byte-identical JSON — outcomes, explanations,
// issues — across runs (two separate processes) and between the ESM build (dist/index.js, imported) and the CJS
// build (dist/index.cjs, required), on a seeded national sample. Builds dist/ first (`npm run build`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { run, tempDir } from "../_run.js";

const root = resolve(".");
const work = tempDir("determinism");

/** The sample: a seeded generator (mulberry32) draws the inputs; every call's result (or issues) is printed as JSON. */
const SAMPLE = String.raw`
function sample(lib) {
  let a = 20261130 >>> 0;
  const rnd = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const std = () => pick(["2016-2020", "2021-2025", "2027-2030"]);
  const area = () => pick(["rural", "urban"]);
  const keys = { "2016-2020": lib.getStandard("2016-2020").indicators.map((i) => i.key), "2021-2025": lib.getStandard("2021-2025").indicators.map((i) => i.key), "2027-2030": lib.getStandard("2027-2030").indicators.map((i) => i.key) };
  const out = [];
  const call = (name, ...args) => {
    try { out.push([name, lib[name](...args)]); } catch (e) { out.push([name, "threw", e && e.code, e && e.issues]); }
  };
  const households = [];
  for (let i = 0; i < 400; i++) {
    const s = std();
    const deprivations = keys[s].filter(() => rnd() < 0.25);
    call("safeClassifyByIncome", { standard: s, area: area(), income: pick([{ perCapitaMonthly: int(0, 3_500_000) }, { monthlyTotal: int(0, 12_000_000), members: int(1, 8) }, { total12Months: int(0, 120_000_000), members: int(1, 8) }]), ...(rnd() < 0.9 ? { deprivations } : {}) });
    const h = { standard: s, area: area(), ...(rnd() < 0.3 ? { formA: { reviewed: 1, criteria: Array.from({ length: s === "2021-2025" ? 9 : int(5, 9) }, () => (rnd() < 0.3 ? 1 : 0)) } } : {}), ...(rnd() < 0.9 ? { b1: int(60, 220) } : {}), ...(rnd() < 0.8 ? { b2: { deprivations } } : {}) };
    households.push(h);
    call("safeClassifyHousehold", h);
    call("safeWhatWouldChange", h);
    call("safeScoreB2", { standard: s, deprivations });
    call("safeClassifyMiddleLiving", { standard: s, area: area(), members: int(1, 8), agriculturalSectors: rnd() < 0.5 ? ["agriculture"] : [], income12Months: { totalExcludingAllowances: int(0, 300_000_000) } });
    call("safeClassifyLowIncomeWorker", { standard: "2021-2025", area: area(), decisionDate: pick(["2025-01-10", "2025-06-01", "2026-12-31", "2027-01-02"]), householdClass: pick(["poor", "near_poor", "not_poor"]), members: int(1, 6), income12Months: { totalExcludingAllowances: int(0, 250_000_000) } });
    const attendees = int(1, 60);
    call("safeTallyMeetingVote", { standard: pick(["2021-2025", "2016-2020"]), heldOn: "2023-10-03", attendees, scope: "whole_list", votes: { agree: int(0, attendees) } });
    const y = int(2016, 2026);
    call("safeComputeProcedureDeadlines", { standard: "2021-2025", events: { postedOn: y + "-" + String(int(1, 12)).padStart(2, "0") + "-" + String(int(1, 28)).padStart(2, "0") } });
  }
  call("classifyHouseholds", households, { explain: true });
  for (let y = 2016; y <= 2030; y++) call("safePublicHolidays", y);
  call("safeDrawInspectionSample", { seed: "KT-2021", villages: Array.from({ length: 12 }, (_, v) => ({ code: "T" + v, households: Array.from({ length: int(3, 15) }, (_, k) => "H" + v + "-" + k) })) });
  return JSON.stringify(out, (_k, v) => (v && typeof v === "object" && typeof v.length === "number" && typeof v.at === "function" && !Array.isArray(v) ? Array.from(v) : v));
}
`;

function script(kind: "esm" | "cjs"): string {
  const file = join(work.path, kind === "esm" ? "sample.mjs" : "sample.cjs");
  const load = kind === "esm" ? `import * as lib from ${JSON.stringify(pathToFileURL(join(root, "dist/index.js")).href)};` : `const lib = require(${JSON.stringify(join(root, "dist/index.cjs"))});`;
  writeFileSync(file, `${load}\n${SAMPLE}\nprocess.stdout.write(sample(lib));\n`);
  return file;
}

function runSample(file: string): string {
  return run(process.execPath, [file], { cwd: work.path }).stdout;
}

describe("determinism", () => {
  beforeAll(() => {
    run("npm", ["run", "build"], { cwd: root });
  });
  afterAll(() => work.dispose());

  it("the same inputs give byte-identical JSON across runs and between the ESM and CJS builds", () => {
    const esm = script("esm");
    const cjs = script("cjs");
    const first = runSample(esm);
    const second = runSample(esm);
    const fromCjs = runSample(cjs);
    expect(first.length).toBeGreaterThan(100_000);
    // the sample decides something: every class occurs
    for (const kind of ['"kind":"poor"', '"kind":"near_poor"', '"kind":"not_poor"', '"kind":"agreed"', '"kind":"review_again"']) expect(first).toContain(kind);
    expect(second === first).toBe(true);
    expect(fromCjs === first).toBe(true);
  });
});
