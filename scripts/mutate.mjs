// Mutation testing, one src/ folder per Stryker run (stryker.config.mjs reads STRYKER_MODULE), then the scores.
//
//   npm run mutate                      every folder of MUTATED_MODULES, one after the other (hours on two cores)
//   npm run mutate -- meeting forms     only these folders
//   npm run mutate -- meeting --force   ignore the incremental file, test every mutant again
//   npm run mutate:score                the scores of the reports already written (no run)
//
// Each folder keeps its incremental file (reports/stryker-incremental/<folder>.json) and its report
// (reports/mutation/<folder>.json, .html). Not part of `npm test` or .ci/run.
import { spawnSync } from "node:child_process";
import { MUTATED_MODULES } from "../stryker.config.mjs";

const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith("-"));
const named = args.filter((a) => !a.startsWith("-"));
const unknown = named.filter((m) => !MUTATED_MODULES.includes(m));
if (unknown.length > 0) {
  console.error(`mutate: unknown folder(s) ${unknown.join(", ")}; known: ${MUTATED_MODULES.join(", ")}`);
  process.exit(2);
}
const modules = named.length > 0 ? named : MUTATED_MODULES;
let code = 0;
for (const m of modules) {
  console.log(`\nmutate: src/${m}`);
  const r = spawnSync("npx", ["stryker", "run", ...flags], { stdio: "inherit", env: { ...process.env, STRYKER_MODULE: m } });
  if (r.status !== 0) {
    console.error(`mutate: Stryker failed on src/${m} (exit ${r.status})`);
    code = r.status ?? 1;
  }
}
spawnSync("node", ["scripts/mutation-score.mjs", ...modules], { stdio: "inherit" });
process.exit(code);
