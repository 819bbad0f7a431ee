import { defineConfig } from "vitest/config";

// The slow end-to-end suites, kept out of the plain `npm test`: `npm run test:package` (test/package: pack,
// install, publish --dry-run) and `npm run test:browser` (test/browser: headless Chromium). Both run in .ci/run.
export default defineConfig({
  test: {
    include: ["test/package/**/*.e2e.ts", "test/browser/**/*.e2e.ts"],
    typecheck: { enabled: false },
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 900_000,
  },
});
