// Mutation testing (Stryker, vitest runner): `npm run mutate`. Not part of `npm test` or .ci/run (it runs the
// suite once per mutant: tens of minutes on two cores). Incremental: results are kept in
// reports/stryker-incremental.json and only mutants in changed code (or covered by changed tests) run again.
// The scores per module and the survivors explained are in docs/testing.md.

/** The src/ folders mutated; add a folder here to include it (src/report after the report merge). */
export const MUTATED_MODULES = ["standards", "forms", "classify", "meeting", "procedure", "calendar"];

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [...MUTATED_MODULES.map((m) => `src/${m}/**/*.ts`), "!src/**/*.test.ts", "!src/**/index.ts"],
  coverageAnalysis: "perTest",
  // module-level data (the standards, holiday tables, message tables) runs once at import: its mutants would need
  // the whole suite each and are checked by the data tests; Stryker skips them
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  timeoutMS: 20_000,
  timeoutFactor: 2,
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
