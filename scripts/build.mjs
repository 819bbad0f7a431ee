// `npm run build`: write schemas/*.json (scripts/schemas.mjs), empty dist/, run both tsup builds (tsup.config.ts), then give the CJS entry its declaration file.
// Run by `prepare` (a git or folder install, and `npm ci` here) and `prepack` (`npm pack`, `npm publish`).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

// The JSON Schemas of the inputs (schemas/*.json), from the same zod/mini schemas as the build.
const schemas = spawnSync(process.execPath, ["scripts/schemas.mjs"], { stdio: "inherit" });
if (schemas.status !== 0) process.exit(schemas.status ?? 1);
rmSync("dist", { recursive: true, force: true });
// tsup's own bin, found through its package, so the build needs no shell and no npx lookup.
const tsupBin = createRequire(import.meta.url).resolve("tsup/dist/cli-default.js");
const run = spawnSync(process.execPath, [tsupBin], { stdio: "inherit" });
if (run.status !== 0) process.exit(run.status ?? 1);
// The declarations are the same for both formats; a `require` resolves types from index.d.cts (node16).
copyFileSync("dist/index.d.ts", "dist/index.d.cts");
// The sub-path's declarations import the core's (the declaration bundler writes the path from the source folder:
// set it from dist/xlsx/); its CJS declarations point at the core's CJS declarations.
const core = /from '(?:\.\.\/)+index\.js'/g;
const xlsxTypes = readFileSync("dist/xlsx/index.d.ts", "utf8");
if ((xlsxTypes.match(core) ?? []).length !== 1) {
  console.error("build: dist/xlsx/index.d.ts should import the core's types exactly once");
  process.exit(1);
}
writeFileSync("dist/xlsx/index.d.ts", xlsxTypes.replace(core, "from '../index.js'"));
writeFileSync("dist/xlsx/index.d.cts", xlsxTypes.replace(core, "from '../index.cjs'"));
for (const f of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/xlsx/index.js", "dist/xlsx/index.cjs", "dist/xlsx/index.d.ts", "dist/xlsx/index.d.cts"]) {
  if (!existsSync(f)) {
    console.error(`build: ${f} is missing`);
    process.exit(1);
  }
}
