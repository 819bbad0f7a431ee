import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

/** In the CJS build of the sub-path, the core's barrel (`../index.js`) is the core's CJS file, required at run time. */
const coreExternal: Plugin = {
  name: "core-external",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: "../index.cjs", external: true }));
  },
};

// Two builds, run together by `npm run build` (which empties dist/ first; neither build cleans, as tsup runs them
// in parallel):
// - ESM, one output file per source module (`bundle: false`), so that a bundler, helped by `sideEffects: false`,
//   drops every module a page does not import. dist/index.js re-exports from dist/<folder>/<file>.js.
// - CJS, one bundled file, dist/index.cjs, for `require`.
// One declaration build (dist/index.d.ts) serves both; scripts/build.mjs copies it to dist/index.d.cts, the
// extension a `require` of the package resolves types from under node16 (checked by attw).
// The sub-path `vn-poverty/xlsx` (src/xlsx/) is built the same way: its ESM files come with the core's, its CJS file
// dist/xlsx/index.cjs requires the core's dist/index.cjs (not a second copy of it) and exceljs (a peer dependency,
// never bundled), and its declarations dist/xlsx/index.d.ts import the core's.
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
  {
    ...shared,
    entry: { "xlsx/index": "src/xlsx/index.ts" },
    format: ["cjs"],
    dts: false,
    esbuildPlugins: [coreExternal],
  },
  {
    ...shared,
    entry: { "xlsx/index": "src/xlsx/index.ts" },
    format: ["esm"],
    // Declarations only; the core's types stay an import of ../index.js (dist/index.d.ts), not a copy.
    dts: { only: true, compilerOptions: { ignoreDeprecations: "6.0" } },
    external: [/^\.\.\/index\.js$/],
  },
]);
