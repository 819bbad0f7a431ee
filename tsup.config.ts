import { defineConfig } from "tsup";

// Two builds, run together by `npm run build` (which empties dist/ first; neither build cleans, as tsup runs them
// in parallel):
// - ESM, one output file per source module (`bundle: false`), so that a bundler, helped by `sideEffects: false`,
//   drops every module a page does not import. dist/index.js re-exports from dist/<folder>/<file>.js.
// - CJS, one bundled file, dist/index.cjs, for `require`.
// One declaration build (dist/index.d.ts) serves both; scripts/build.mjs copies it to dist/index.d.cts, the
// extension a `require` of the package resolves types from under node16 (checked by attw).
// TypeScript is pinned to 6.0.x: TypeScript 7 (the native port) has no compiler API yet, which the d.ts build and
// typedoc need. `ignoreDeprecations` silences 6.0's notice about options that tsup's d.ts build still passes.
const shared = {
  sourcemap: true,
  clean: false,
  target: "es2022",
  tsconfig: "tsconfig.json",
} as const;

export default defineConfig([
  {
    ...shared,
    entry: ["src/**/*.ts", "!src/**/*.test.ts"],
    format: ["esm"],
    bundle: false,
    dts: { entry: "src/index.ts", compilerOptions: { ignoreDeprecations: "6.0" } },
  },
  {
    ...shared,
    entry: ["src/index.ts"],
    format: ["cjs"],
    treeshake: true,
    dts: false,
  },
]);
