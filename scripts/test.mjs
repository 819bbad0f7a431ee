// Runs the test suite once and closes with the plain line "N passed, N failed" that CI reads.
// Exit code: vitest's (non-zero when any test or test file failed, or when no test ran).
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const out = ".vitest-results.json";
rmSync(out, { force: true });
const run = spawnSync(
  "npx",
  ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...process.argv.slice(2)],
  { stdio: "inherit" },
);
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(out, "utf8"));
  passed = r.numPassedTests ?? 0;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that fails to load has no failed test but is a failed suite: count it, so it cannot pass silently.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === "failed" && (f.assertionResults ?? []).length === 0).length;
  failed = (r.numFailedTests ?? 0) + brokenFiles;
} catch {
  failed = 1;
}
let code = run.status ?? 1;
if (code !== 0 && failed === 0) failed = 1;
if (passed === 0) code = code || 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(code);
