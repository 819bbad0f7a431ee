// Bundles the offline example page (examples/browser/app.js and worker.js) with the built ESM library (dist/, so
// run `npm run build` first) into examples/browser/dist/. Classic scripts (IIFE), so that index.html also works
// opened from disk (file://), where browsers refuse module scripts; the Web Worker needs the page served over
// http (`npm run example:browser`).
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** Builds the example's bundles; returns their paths. */
export async function buildExample({ outdir = resolve("examples/browser/dist"), quiet = false } = {}) {
  const lib = resolve("dist/index.js");
  if (!existsSync(lib)) throw new Error("build-example: dist/index.js is missing; run `npm run build` first");
  const entries = ["app", "worker"];
  await build({
    entryPoints: Object.fromEntries(entries.map((n) => [n, resolve(`examples/browser/${n}.js`)])),
    outdir,
    alias: { "vn-poverty": lib },
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    legalComments: "none",
    logLevel: quiet ? "silent" : "info",
  });
  return entries.map((n) => resolve(outdir, `${n}.js`));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildExample();
}
