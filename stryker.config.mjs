// Mutation testing (Stryker, vitest runner): `npm run mutate` (scripts/mutate.mjs). Not part of `npm test` or
// .ci/run (it runs the covering tests once per mutant: hours for all six folders on two cores).
//
// One folder per run: scripts/mutate.mjs sets STRYKER_MODULE and runs Stryker once per folder, so each folder has
// its own incremental file (reports/stryker-incremental/<folder>.json) and its own JSON report
// (reports/mutation/<folder>.json). Incremental: a rerun tests again only the mutants in changed code or covered by
// changed tests. (One shared incremental file would keep only the last run's folder: Stryker writes back the
// results of the files it mutated.) The scores per module and the survivors explained are in docs/testing.md.

/** The src/ folders mutated (each has its own incremental file and report); add a folder here to include it. */
export const MUTATED_MODULES = ["standards", "forms", "classify", "meeting", "procedure", "calendar", "report"];

const only = process.env["STRYKER_MODULE"];
if (only !== undefined && !MUTATED_MODULES.includes(only)) {
  throw new Error(`STRYKER_MODULE=${only}: not one of ${MUTATED_MODULES.join(", ")}`);
}
const modules = only === undefined ? MUTATED_MODULES : [only];
const name = only ?? "all";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [...modules.map((m) => `src/${m}/**/*.ts`), "!src/**/*.test.ts", "!src/**/index.ts"],
  coverageAnalysis: "perTest",
  // module-level data (the standards, holiday tables, message tables) runs once at import: its mutants would need
  // the whole suite each and are checked by the data tests; Stryker skips them
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/stryker-incremental/${name}.json`,
  timeoutMS: 20_000,
  timeoutFactor: 2,
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
