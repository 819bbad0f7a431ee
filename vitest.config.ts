import { defineConfig } from "vitest/config";

/** The target of issue 12: every folder at ≥ 97% of statements and ≥ 92% of branches (v8). */
const TARGET = { statements: 97, branches: 92 };

/**
 * The folders held at the target, and the floors of those not there yet (measured with `npm run coverage`; raise
 * them, never lower them). What stays below the target, and why, is in docs/testing.md ("Coverage").
 */
const THRESHOLDS: { readonly [folder: string]: { statements: number; branches: number } } = {
  _lib: TARGET,
  classify: TARGET,
  documents: TARGET,
  errors: TARGET,
  explain: TARGET,
  household: TARGET,
  meeting: TARGET,
  messages: TARGET,
  reform: TARGET,
  report: TARGET,
  standards: TARGET,
  xlsx: TARGET,
  calendar: { statements: 97, branches: 89 },
  forms: { statements: 97, branches: 90 },
  procedure: { statements: 97, branches: 91 },
};

/** All of src/ together (measured 98.4% of statements, 92.8% of branches): above the target, held there. */
const GLOBAL = { statements: 98, branches: 92 };

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: false },
    setupFiles: ["test/setup.ts"],
    // `npm run coverage` (node scripts/test.mjs --coverage): v8 coverage of src/, with the thresholds above
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/*.test.ts"],
      reporter: ["text-summary", "text", "json-summary"],
      reportsDirectory: "coverage",
      thresholds: { ...GLOBAL, ...Object.fromEntries(Object.entries(THRESHOLDS).map(([folder, t]) => [`src/${folder}/**/*.ts`, t])) },
    },
  },
});
