// The package as installers get it (npm run test:package; in .ci/run). Slow — it clones, installs and builds —
// so it stays out of the plain `npm test`.
//
// From fresh clones of the committed HEAD (uncommitted changes are not in them):
// - `npm pack` builds (prepare) and the tarball holds the code, the READMEs, the licence, the changelog and the
//   guides, and nothing else;
// - a scratch ESM app and a scratch CJS app install the tarball (--prefer-offline: zod and decimal.js are in npm's
//   cache after `npm ci`) and classify; each loads both builds in one process and recognises the other build's
//   errors with isPovertyError, where `instanceof` fails;
// - `npm install <clone path>` and `npm install git+file://<clone>` give a working package;
// - `npm publish --dry-run` is clean, and the production dependency tree is zod and decimal.js.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { allowed, requiredFiles, requiredFolders } from "./expectedFiles.js";
import { run, tempDir } from "../_run.js";

const root = resolve(".");
const work = tempDir("package");
const npm = "npm";
const quiet = ["--no-audit", "--no-fund", "--prefer-offline"];

/** The example of issue #9: rural, 1,400,000 đồng per person per month, 3 deprivations → poor. */
const INPUT = `{ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 }`;

/** What an app prints: both builds' outcomes and how each sees the other's errors. */
const PROBE = `
const input = ${INPUT};
const thrown = (lib) => { try { lib.getStandard("2030-2035"); } catch (e) { return e; } return undefined; };
const report = (esm, cjs) => {
  const fromCjs = thrown(cjs), fromEsm = thrown(esm);
  return {
    esm: esm.classifyByIncome(input).outcome.kind,
    cjs: cjs.classifyByIncome(input).outcome.kind,
    twoCopies: esm.PovertyError !== cjs.PovertyError,
    instanceofAcross: fromCjs instanceof esm.PovertyError || fromEsm instanceof cjs.PovertyError,
    esmSeesCjsError: esm.isPovertyError(fromCjs),
    cjsSeesEsmError: cjs.isPovertyError(fromEsm),
    code: fromCjs && fromCjs.code,
  };
};
`;
const EXPECTED = {
  esm: "poor",
  cjs: "poor",
  twoCopies: true,
  instanceofAcross: false,
  esmSeesCjsError: true,
  cjsSeesEsmError: true,
  code: "unknown_standard",
};

/** A scratch app folder with its package.json. */
function scratchApp(name: string, type: "module" | "commonjs"): string {
  const dir = join(work.path, name);
  execFileSync("mkdir", ["-p", dir]);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true, type }, null, 2));
  return dir;
}

/** Runs a script file with node in `dir` and parses the JSON it prints last. */
function node(dir: string, file: string): unknown {
  const out = run(process.execPath, [file], { cwd: dir }).stdout.trim().split("\n");
  return JSON.parse(out[out.length - 1] ?? "null");
}

function writeEsmApp(dir: string): void {
  writeFileSync(
    join(dir, "app.mjs"),
    `import * as esm from "vn-poverty";\nimport { createRequire } from "node:module";\nconst cjs = createRequire(import.meta.url)("vn-poverty");\n${PROBE}\nconsole.log(JSON.stringify(report(esm, cjs)));\n`,
  );
}

function writeCjsApp(dir: string): void {
  writeFileSync(
    join(dir, "app.cjs"),
    `const cjs = require("vn-poverty");\n${PROBE}\nimport("vn-poverty").then((esm) => console.log(JSON.stringify(report(esm, cjs))));\n`,
  );
}

/**
 * The installed packages of an app (npm ls), by name. An optional peer dependency that is not installed (exceljs,
 * for the vn-poverty/xlsx sub-path) is listed by npm ls without a version: it is not counted.
 */
function installed(dir: string): string[] {
  const tree = JSON.parse(run(npm, ["ls", "--all", "--json"], { cwd: dir }).stdout) as { dependencies?: Record<string, unknown> };
  const names = new Set<string>();
  const walk = (deps: Record<string, unknown> | undefined): void => {
    for (const [k, v] of Object.entries(deps ?? {})) {
      if ((v as { version?: unknown }).version !== undefined) names.add(k);
      walk((v as { dependencies?: Record<string, unknown> }).dependencies);
    }
  };
  walk(tree.dependencies);
  return [...names].sort();
}

let cloneA = "";
let tarball = "";
let tarFiles: string[] = [];

beforeAll(() => {
  const dirty = run("git", ["status", "--porcelain"], { cwd: root }).stdout.trim();
  if (dirty) console.warn(`test:package tests the committed HEAD; uncommitted changes are not in the clones:\n${dirty}`);
  cloneA = join(work.path, "clone-a");
  run("git", ["clone", "--quiet", root, cloneA], { cwd: work.path });
  // A fresh clone has no node_modules and no dist/: `npm pack` alone must still give a tarball with code.
  const dest = join(work.path, "tarballs");
  execFileSync("mkdir", ["-p", dest]);
  run(npm, ["pack", "--pack-destination", dest, ...quiet], { cwd: cloneA });
  const tgz = readdirSync(dest).filter((f) => f.endsWith(".tgz"));
  expect(tgz).toHaveLength(1);
  tarball = join(dest, tgz[0] ?? "");
  tarFiles = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ""));
}, 900_000);

afterAll(() => work.dispose());

describe("npm pack on a fresh clone", () => {
  it("builds, and the tarball holds the code, the READMEs, the licence, the changelog and the guides", () => {
    const guides = run("git", ["ls-files", "docs/*.md"], { cwd: cloneA }).stdout.split("\n").filter(Boolean);
    expect(guides.length).toBeGreaterThan(5);
    const missing = [...requiredFiles, ...guides].filter((f) => !tarFiles.includes(f));
    expect({ missing }).toEqual({ missing: [] });
    const emptyFolders = requiredFolders.filter((d) => !tarFiles.some((f) => f.startsWith(d)));
    expect({ emptyFolders }).toEqual({ emptyFolders: [] });
  });

  it("holds nothing else (no sources, tests, configs or built API site)", () => {
    const unexpected = tarFiles.filter((f) => !allowed.some((re) => re.test(f)));
    expect({ unexpected }).toEqual({ unexpected: [] });
  });

  it("keeps the ESM build one file per module (for tree-shaking) and the CJS build one file (and one for vn-poverty/xlsx)", () => {
    expect(tarFiles.filter((f) => /^dist\/.+\/.+\.js$/.test(f)).length).toBeGreaterThan(20);
    expect(tarFiles.filter((f) => f.endsWith(".cjs")).sort()).toEqual(["dist/index.cjs", "dist/xlsx/index.cjs"]);
  });
});

describe("installed from the tarball", () => {
  it("an ESM app imports it, classifies, and recognises the CJS copy's errors", () => {
    const app = scratchApp("esm-app", "module");
    run(npm, ["install", tarball, ...quiet], { cwd: app });
    writeEsmApp(app);
    expect(node(app, "app.mjs")).toEqual(EXPECTED);
  });

  it("a CJS app requires it, classifies, and recognises the ESM copy's errors", () => {
    const app = scratchApp("cjs-app", "commonjs");
    run(npm, ["install", tarball, ...quiet], { cwd: app });
    writeCjsApp(app);
    expect(node(app, "app.cjs")).toEqual(EXPECTED);
  });

  it("the JSON Schemas and the decision fixtures import as data (ESM with import attributes, CJS require)", () => {
    const app = join(work.path, "esm-app");
    writeFileSync(
      join(app, "data.mjs"),
      `import household from "vn-poverty/schemas/household.json" with { type: "json" };\n` +
        `import byIncome from "vn-poverty/fixtures/decisions/classify-by-income.json" with { type: "json" };\n` +
        `import { createRequire } from "node:module";\n` +
        `const require = createRequire(import.meta.url);\n` +
        `console.log(JSON.stringify({ id: household.$id, fn: byIncome.function, meeting: require("vn-poverty/schemas/meeting-vote.json").$schema, b2: require("vn-poverty/fixtures/decisions/b2.json").formatVersion }));\n`,
    );
    const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
    expect(node(app, "data.mjs")).toEqual({
      id: `https://unpkg.com/vn-poverty@${version}/schemas/household.json`,
      fn: "classifyByIncome",
      meeting: "https://json-schema.org/draft/2020-12/schema",
      b2: 1,
    });
  });

  it("brings zod and decimal.js and nothing else", () => {
    expect(installed(join(work.path, "esm-app"))).toEqual(["decimal.js", "vn-poverty", "zod"]);
  });

  it("vn-poverty/xlsx, with exceljs installed beside it, writes a workbook from ESM and from CJS (one copy of the core)", () => {
    const app = scratchApp("xlsx-app", "module");
    run(npm, ["install", tarball, "exceljs@^4.4.0", ...quiet], { cwd: app });
    const table = `summaryTable([{ code: "V", name: "Thôn", tally: emptyTally("2021-2025") }])`;
    writeFileSync(
      join(app, "app.mjs"),
      `import { renderXlsx } from "vn-poverty/xlsx";\nimport { emptyTally, summaryTable } from "vn-poverty";\nconst bytes = await renderXlsx([${table}]);\nconsole.log(JSON.stringify({ zip: [bytes[0], bytes[1]], isU8: bytes instanceof Uint8Array }));\n`,
    );
    writeFileSync(
      join(app, "app.cjs"),
      `const { renderXlsx } = require("vn-poverty/xlsx");\nconst { emptyTally, summaryTable } = require("vn-poverty");\nrenderXlsx([${table}]).then((bytes) => console.log(JSON.stringify({ zip: [bytes[0], bytes[1]], isU8: bytes instanceof Uint8Array })));\n`,
    );
    expect(node(app, "app.mjs")).toEqual({ zip: [0x50, 0x4b], isU8: true });
    expect(node(app, "app.cjs")).toEqual({ zip: [0x50, 0x4b], isU8: true });
  });
});

describe("installed from source", () => {
  it("npm install <clone path>: npm links the clone and prepare installs its tools and builds it", () => {
    const cloneB = join(work.path, "clone-b");
    run("git", ["clone", "--quiet", root, cloneB], { cwd: work.path });
    const app = scratchApp("path-app", "module");
    run(npm, ["install", cloneB, ...quiet], { cwd: app });
    writeEsmApp(app);
    expect(node(app, "app.mjs")).toEqual(EXPECTED);
  });

  it("npm install <git url>: npm clones, installs the dev tools, builds and packs", () => {
    const app = scratchApp("git-app", "commonjs");
    run(npm, ["install", `git+${pathToFileURL(cloneA).href}`, ...quiet], { cwd: app });
    writeCjsApp(app);
    expect(node(app, "app.cjs")).toEqual(EXPECTED);
    expect(installed(app)).toEqual(["decimal.js", "vn-poverty", "zod"]);
  });
});

describe("release hygiene", () => {
  it("npm publish --dry-run succeeds with no warning but the one about not being logged in", () => {
    const r = run(npm, ["publish", "--dry-run"], { cwd: cloneA });
    const warnings = `${r.stdout}\n${r.stderr}`
      .split("\n")
      .filter((l) => /^npm (warn|error|ERR)/i.test(l))
      .filter((l) => !/requires you to be logged in/.test(l));
    expect(warnings).toEqual([]);
    expect(r.stderr + r.stdout).toContain("vn-poverty@");
  });

  it("the production dependencies are zod and decimal.js only", () => {
    const tree = JSON.parse(run(npm, ["ls", "--omit=dev", "--json"], { cwd: cloneA }).stdout) as { dependencies?: Record<string, unknown> };
    expect(Object.keys(tree.dependencies ?? {}).sort()).toEqual(["decimal.js", "zod"]);
  });
});
