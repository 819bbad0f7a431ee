import { defineConfig } from "vitest/config";

/** The target of issue 12: every folder at ≥ 97% of statements and ≥ 92% of branches (v8). */
const TARGET = { statements: 97, branches: 92 };

/**
 * The folders held at the target, and the floors of those not there yet (measured; raise them, never lower them).
 * src/report is not listed: it is being rewritten on its own branch and joins after the merge.
 */
const THRESHOLDS: { readonly [folder: string]: { statements: number; branches: number } } = {
  classify: TARGET,
  meeting: TARGET,
  standards: TARGET,
  errors: TARGET,
  forms: { statements: 97, branches: 89 },
  messages: { statements: 96, branches: 91 },
  procedure: { statements: 96, branches: 90 },
  calendar: { statements: 96, branches: 86 },
  explain: { statements: 96, branches: 87 },
  household: { statements: 94, branches: 91 },
  _lib: { statements: 88, branches: 77 },
};

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
      thresholds: Object.fromEntries(Object.entries(THRESHOLDS).map(([folder, t]) => [`src/${folder}/**/*.ts`, t])),
    },
  },
});
