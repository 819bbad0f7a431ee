// `npm run size`: what a page pays for the library. Each entry of size-budget.json is bundled from the built ESM
// (dist/, so run `npm run build` first) with esbuild for the browser — minified, tree-shaken, zod and decimal.js
// included (and exceljs's browser build for the `vn-poverty/xlsx` entry) — then gzipped (level 9). Prints minified and gzipped sizes, the largest contributors, and the budget.
// Exit code 1 when a limit is exceeded and the budget is enforced (`"enforce": true` in size-budget.json, or
// `--enforce`); otherwise the figures are reported and the exit code is 0.
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

const config = JSON.parse(readFileSync("size-budget.json", "utf8"));
const enforce = config.enforce === true || process.argv.includes("--enforce");
const json = process.argv.includes("--json");
const entry = resolve("dist/index.js");
if (!existsSync(entry)) {
  console.error("size: dist/index.js is missing; run `npm run build` first");
  process.exit(1);
}

const kib = (n) => (n / 1024).toFixed(1);
/** Which package an input file of the bundle belongs to: "zod", "zod (locales)", "decimal.js", or "vn-poverty". */
function owner(file) {
  const i = file.lastIndexOf("node_modules/");
  if (i < 0) return "vn-poverty";
  const rest = file.slice(i + "node_modules/".length).split("/");
  const name = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  return name === "zod" && file.includes("/locales/") ? "zod (locales)" : name;
}

const results = [];
for (const e of config.entries) {
  const r = await build({
    stdin: { contents: e.code, resolveDir: process.cwd(), loader: "js", sourcefile: "size-entry.js" },
    alias: { "vn-poverty": entry, "vn-poverty/xlsx": resolve("dist/xlsx/index.js") },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = r.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const parts = {};
  for (const [file, v] of Object.entries(Object.values(r.metafile.outputs)[0].inputs)) {
    parts[owner(file)] = (parts[owner(file)] ?? 0) + v.bytesInOutput;
  }
  const limit = typeof e.gzipLimitKiB === "number" ? e.gzipLimitKiB * 1024 : undefined;
  const target = typeof e.targetKiB === "number" ? e.targetKiB * 1024 : undefined;
  results.push({ name: e.name, minified: code.length, gzip, limit, target, over: limit !== undefined && gzip > limit, parts });
}

if (json) console.log(JSON.stringify(results, null, 2));
else {
  console.table(
    Object.fromEntries(
      results.map((r) => [
        r.name,
        {
          "minified KiB": kib(r.minified),
          "gzip KiB": kib(r.gzip),
          "budget KiB (gzip)": r.limit === undefined ? "(report)" : kib(r.limit),
          status: r.limit === undefined ? "" : r.over ? "OVER" : "ok",
          "goal KiB (gzip)": r.target === undefined ? "" : `${kib(r.target)} (${r.gzip <= r.target ? "met" : "not met"})`,
          "minified KiB by package": Object.entries(r.parts)
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => `${k} ${kib(v)}`)
            .join(", "),
        },
      ]),
    ),
  );
}
const over = results.filter((r) => r.over);
if (over.length === 0) console.log("size: every entry is within its budget");
else if (enforce) {
  console.error(`size: over budget: ${over.map((r) => r.name).join(", ")}`);
  process.exit(1);
} else {
  console.log(`size: over budget (not enforced; set "enforce": true in size-budget.json to fail on it): ${over.map((r) => r.name).join(", ")}`);
}
