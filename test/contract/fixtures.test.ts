// Runs every decision fixture (fixtures/decisions/*.json) through the library, as a port in another language runs
// them (docs/contract.md): the input goes in as JSON; the outcome must match `expected.outcome` (every key given,
// recursively; arrays element by element) and the explanation must contain `expected.reasons` in that order. The
// expected values were written from the law and the seeds (each case cites its sources), not from this library.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyByIncome, classifyHousehold, computeProcedureDeadlines, scoreB1, scoreB2, screenFormA, tallyMeetingVote, type Explanation, type ExplanationStep } from "../../src/index.js";
import { validatorFor } from "./_ajv.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Source {
  readonly instrument?: string;
  readonly article?: string;
  readonly clause?: string;
  readonly item?: string;
  readonly note?: string;
  readonly status?: "confirmed" | "seed" | "uncertain";
}

interface FixtureCase {
  readonly id: string;
  readonly name: string;
  readonly input: Json;
  readonly expected: { readonly outcome: Json; readonly reasons?: readonly string[] };
  readonly sources: readonly Source[];
}

interface FixtureFile {
  readonly formatVersion: 1;
  readonly function: string;
  readonly inputSchema?: string;
  readonly title: string;
  readonly description: string;
  readonly cases: readonly FixtureCase[];
}

const DIR = "fixtures/decisions";
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();

/** The library's functions by the name a fixture file gives. */
const RUN: { readonly [fn: string]: (input: never) => { readonly outcome: unknown; readonly explanation: Explanation } } = {
  classifyByIncome,
  classifyHousehold,
  screenFormA,
  scoreB1,
  scoreB2,
  tallyMeetingVote,
  computeProcedureDeadlines,
};

/** Whether `actual` has every key of `expected` with a matching value (objects recursively, arrays element-wise). */
function matches(expected: Json, actual: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i]));
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, v]) => Object.hasOwn(actual, k) && matches(v, (actual as { [k: string]: unknown })[k]));
  }
  return Object.is(expected, actual);
}

/** The explanation's step codes, depth first. */
function codes(steps: readonly ExplanationStep[]): string[] {
  return steps.flatMap((s) => [s.code, ...codes(s.children ?? [])]);
}

/** Whether `wanted` appears in `all` in order (not necessarily adjacent). */
function inOrder(wanted: readonly string[], all: readonly string[]): boolean {
  let i = 0;
  for (const c of all) if (c === wanted[i]) i++;
  return i === wanted.length;
}

const read = (f: string) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as FixtureFile;

describe("decision fixtures (fixtures/decisions)", () => {
  it("every file is format 1, names a function of the library, and every case cites a source", () => {
    expect(FILES.length).toBeGreaterThan(0);
    for (const f of FILES) {
      const doc = read(f);
      expect(doc.formatVersion, f).toBe(1);
      expect(Object.keys(RUN), f).toContain(doc.function);
      expect(new Set(doc.cases.map((c) => c.id)).size, `${f}: ids are unique`).toBe(doc.cases.length);
      for (const c of doc.cases) {
        expect(c.sources.some((s) => typeof s.instrument === "string" && s.instrument.length > 0), `${f} ${c.id}: cites an instrument or a seed`).toBe(true);
        expect(c.expected.outcome, `${f} ${c.id}`).toBeTypeOf("object");
      }
    }
  });

  for (const f of FILES) {
    const doc = read(f);
    describe(`${f} (${doc.function})`, () => {
      const validate = doc.inputSchema ? validatorFor(doc.inputSchema.replace(/^.*\//, "").replace(/\.json$/, "")) : undefined;
      it.each(doc.cases.map((c) => [c.id, c] as const))("%s", (_id, c) => {
        if (validate) expect(validate(c.input), `the input is valid against ${doc.inputSchema}: ${JSON.stringify(validate.errors)}`).toBe(true);
        const run = RUN[doc.function];
        if (!run) throw new Error(`no function ${doc.function}`);
        const { outcome, explanation } = run(structuredClone(c.input) as never);
        expect(matches(c.expected.outcome, outcome), `${c.name}\nexpected ⊆ ${JSON.stringify(c.expected.outcome)}\nactual    ${JSON.stringify(outcome)}`).toBe(true);
        if (c.expected.reasons) expect(inOrder(c.expected.reasons, codes(explanation.steps)), `${c.name}\nreasons ${c.expected.reasons.join(", ")}\nsteps   ${codes(explanation.steps).join(", ")}`).toBe(true);
      });
    });
  }
});
