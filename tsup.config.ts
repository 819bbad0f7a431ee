import { defineConfig } from "tsup";

// ESM + CJS + declarations. TypeScript is pinned to 6.0.x: TypeScript 7 (the native port) has no compiler
// API yet, which the d.ts build and typedoc need. `ignoreDeprecations` silences 6.0's notice about options
// that tsup's d.ts build still passes.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  tsconfig: "tsconfig.json",
});
