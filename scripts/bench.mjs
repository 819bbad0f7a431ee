// `npm run bench` and `npm run bench:peers`: build the library (`npm run build`, the package as published), compile
// the benchmark files with esbuild into bench/.out/ with every import of `../src/…` pointed at the built `dist/…`,
// and run the result with plain node (`--expose-gc`). So the library timed is the one a user installs, and both
// sides of every comparison are compiled the same way.
//
// Why not `tsx bench/index.ts` (as until 2026-12-02): tsx's loader compiles each source module on its own and reads
// an imported binding (`C_TOTAL`, `PERSONS`, … in src/report/_layout.ts) through a getter function on every use. A
// CPU profile of the columnar run showed 30% of its time in those getters — a cost of the loader, not of the
// library, and one the bare loops (constants of their own module) never paid.
//
// Usage: node scripts/bench.mjs [bench/index.ts | bench/peers.ts] [suite…]; BENCH_NO_BUILD=1 reuses dist/ as it is;
// BENCH_PARTS=merge,columns (a comma-separated list) runs only those parts of the report suite.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [entry = "bench/index.ts", ...args] = process.argv.slice(2);

if (process.env["BENCH_NO_BUILD"] !== "1" || !existsSync(resolve(root, "dist/index.js"))) {
  const b = spawnSync(process.execPath, [resolve(root, "scripts/build.mjs")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const outdir = resolve(root, "bench/.out");
mkdirSync(outdir, { recursive: true });
/** Imports of the library's sources, resolved to the built files of the same path. */
const toDist = {
  name: "library-from-dist",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/(.*\/)?src\// }, (a) => {
      const src = resolve(a.resolveDir, a.path);
      if (!src.startsWith(`${resolve(root, "src")}/`)) return undefined;
      const file = src.replace(`${resolve(root, "src")}/`, `${resolve(root, "dist")}/`);
      if (!existsSync(file)) return { errors: [{ text: `${a.path}: ${file} is not in the build` }] };
      return { path: pathToFileURL(file).href, external: true };
    });
  },
};
const out = resolve(outdir, `${entry.replace(/^bench\//, "").replace(/\.ts$/, "")}.mjs`);
await build({
  entryPoints: [resolve(root, entry)],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outfile: out,
  packages: "external",
  plugins: [toDist],
  logLevel: "warning",
});
/** One process of the compiled benches. */
const node = (argv, env = {}) => spawnSync(process.execPath, ["--expose-gc", out, ...argv], { cwd: root, stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

// The report suite's parts (merge, chunk, objects, columns) each run in a process of their own. Run one after the
// other in one process, each part met the heap the parts before it left (on 2026-12-02: after the 27 M-household
// object runs, the columnar run's bare loop took 186 ns a household at 1 M against 41 in a fresh process, most of it a
// full collection that allocating its counters set off in the larger heap), so a part's ratio depended on what ran
// before it. Every part builds the same seeded geography and data, so the figures are those of a fresh start.
const SUITES = ["engine", "classify", "calendar", "procedure", "report"];
if (entry !== "bench/index.ts" || (args.length > 0 && !args.includes("report"))) process.exit(node(args));
const others = (args.length > 0 ? args : SUITES).filter((x) => x !== "report");
let status = 0;
if (others.length > 0) status ||= node(others);
for (const part of (process.env["BENCH_PARTS"] ?? "merge,chunk,objects,columns").split(",")) status ||= node(["report"], { BENCH_PARTS: part });
process.exit(status);
