// Fuzzing (issue 12), group "documents": see test/trust/_fuzz.ts for the inputs and the properties, docs/testing.md to
// run with another seed or replay a failure.
import { describe, it } from "vitest";
import { CALLS, FUZZ_GROUPS, publicFunctions } from "./_calls.js";
import { FUZZ_RUNS, fuzz } from "./_fuzz.js";

describe(`fuzz: ${FUZZ_RUNS} cases per function`, () => {
  it.each(FUZZ_GROUPS["documents"] ?? [])("%s", (name) => {
    const fn = publicFunctions().get(name);
    if (!fn) throw new Error(`${name} is not a public function`);
    fuzz(name, fn, CALLS[name] ?? []);
  }, 120_000);
});
