import { defineConfig } from "vitest/config";

// The suite Stryker runs per mutant (`npm run mutate`, stryker.config.mjs): every unit, scenario and property test,
// without the fuzz files (640,000 cases per run; they check robustness, not legal values), the end-to-end suites,
// and the tests that read source or documentation text (the architecture test would see Stryker's instrumentation).
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: [
      "test/trust/fuzz.*.test.ts",
      "test/architecture.test.ts",
      "test/dependencies.test.ts",
      "test/changelog.test.ts",
      "test/readme.test.ts",
      "test/readmes.test.ts",
      "node_modules/**",
    ],
    typecheck: { enabled: false },
    setupFiles: ["test/setup.ts"],
    // instrumented code runs several times slower than the plain build
    testTimeout: 60_000,
  },
});
