// The contract holds: on a seeded corpus (fixed seed, test/setup.ts), ajv with each JSON Schema and the library (its
// zod/mini schema and the checks after it) give the same verdict — accepted or rejected — wherever the schema claims
// to express the rule. An input on which they differ only because of a rule the schema lists as not expressible
// (`x-not-expressible`: the library rejects it with only those issue codes; or a string that normalisation changes)
// is left out of the equality and counted. Per schema: ≥ 2,000 valid inputs, and ≥ 2,000 inputs the library rejects,
// made by generic mutations (_mutate.ts) and targeted ones (_corpus.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CORPUS, codesOf } from "./_corpus.js";
import { hasUnplainString, mutated, type Json } from "./_mutate.js";
import { readSchema, schemaNames, validatorFor } from "./_ajv.js";

const VALID = 2_000;
const MUTATED = 3_000;
const TARGETED = 600;
const MIN_INVALID = 2_000;

interface Rule {
  readonly codes: readonly string[];
  readonly when?: "standard_object" | "strings";
  readonly en: string;
}

function standardIsObject(x: Json): boolean {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return false;
  const s = x["standard"] ?? x["national"];
  return s !== null && typeof s === "object";
}

/** The rule that explains a disagreement, if the schema lists one; undefined when none does. */
function explainedBy(rules: readonly Rule[], x: Json, libraryOk: boolean, codes: readonly string[]): Rule | undefined {
  const strings = rules.find((r) => r.when === "strings");
  if (strings && hasUnplainString(x)) return strings;
  if (libraryOk || codes.length === 0) return undefined;
  const applicable = rules.filter((r) => r.when !== "strings" && (r.when !== "standard_object" || standardIsObject(x)));
  if (!codes.every((c) => applicable.some((r) => r.codes.includes(c)))) return undefined;
  return applicable.find((r) => r.codes.includes(codes[0] as string));
}

interface Tally {
  valid: number;
  invalid: number;
  agreeing: number;
  excluded: Map<string, number>;
  mismatches: { input: Json; library: string[] | "ok"; ajv: unknown }[];
}

describe("JSON Schema and the library agree (ajv 2020-12 ↔ zod/mini and the checks after it)", () => {
  it("every schema file has a corpus", () => {
    expect(Object.keys(CORPUS).sort()).toEqual(schemaNames());
  });

  const summary: Record<string, Record<string, number | string>> = {};

  it.each(schemaNames())("%s", (name) => {
    const corpus = CORPUS[name];
    if (!corpus) throw new Error(`no corpus for ${name}`);
    const validate = validatorFor(name);
    const rules = readSchema(name)["x-not-expressible"] as Rule[];
    const t: Tally = { valid: 0, invalid: 0, agreeing: 0, excluded: new Map(), mismatches: [] };

    const judge = (x0: Json, mustBeValid: boolean) => {
      const x = JSON.parse(JSON.stringify(x0)) as Json; // what a back end sends: JSON
      const lib = corpus.verdict(x);
      const ajvOk = validate(x) === true;
      if (mustBeValid) expect(lib.ok, `valid ${name} input rejected: ${JSON.stringify(x)} ${JSON.stringify(codesOf(lib))}`).toBe(true);
      if (lib.ok) t.valid++;
      else t.invalid++;
      if (lib.ok === ajvOk) {
        t.agreeing++;
        return;
      }
      const rule = explainedBy(rules, x, lib.ok, codesOf(lib));
      if (rule) {
        const key = rule.when === "strings" ? "strings" : rule.codes.join("/");
        t.excluded.set(key, (t.excluded.get(key) ?? 0) + 1);
        return;
      }
      if (t.mismatches.length < 5) t.mismatches.push({ input: x, library: lib.ok ? "ok" : codesOf(lib), ajv: ajvOk ? "ok" : validate.errors?.slice(0, 3).map((e) => `${e.instancePath} ${e.keyword} ${e.message}`) });
      else t.mismatches.length++;
    };

    for (const x of fc.sample(corpus.valid, VALID)) judge(x, true);
    for (const x of fc.sample(mutated(corpus.valid), MUTATED)) judge(x, false);
    for (const x of fc.sample(corpus.targeted, TARGETED)) judge(x, false);

    const excluded = [...t.excluded.values()].reduce((a, b) => a + b, 0);
    summary[name] = { valid: t.valid, invalid: t.invalid, agreeing: t.agreeing, excluded, "excluded by rule": [...t.excluded].map(([k, v]) => `${k}: ${v}`).join("; ") };
    expect(t.mismatches, `${name}: verdicts differ on ${t.mismatches.length} inputs; first ones:\n${JSON.stringify(t.mismatches.filter(Boolean).slice(0, 5), null, 1).slice(0, 6000)}`).toEqual([]);
    expect(t.valid).toBeGreaterThanOrEqual(VALID);
    expect(t.invalid).toBeGreaterThanOrEqual(MIN_INVALID);
    expect(t.agreeing + excluded).toBe(VALID + MUTATED + TARGETED);
  }, 120_000);

  it("prints the corpus sizes and the verdicts", () => {
    console.table(summary);
    expect(Object.keys(summary).length).toBeGreaterThan(0);
  });
});
