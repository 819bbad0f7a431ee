// Guards of the library's shape that no single unit test sees.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import * as api from "../src/index.js";

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith(".ts") && !p.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const SRC = sources("src");

/** Every relative import and re-export of every source file, type-only ones included. */
function importGraph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  for (const f of SRC) {
    const text = readFileSync(f, "utf8");
    const deps: string[] = [];
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/g)) deps.push(normalize(join(dirname(f), (m[1] as string).replace(/\.js$/, ".ts"))));
    g.set(f, deps);
  }
  return g;
}

/** Strongly connected components with more than one node (Tarjan), i.e. the import cycles. */
function cycles(g: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const c: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        on.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1 || (g.get(v) ?? []).includes(v)) out.push(c.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** A file's folder under src/ (a top-level file is its own "folder"). */
function folderOf(f: string): string {
  return relative("src", f).split("/")[0] as string;
}

/** The layers, lowest first: a folder may import only from its own layer's folders or lower ones. */
const LAYERS: readonly (readonly string[])[] = [
  ["types.ts"],
  ["messages"],
  ["errors"],
  ["_lib"],
  ["explain"],
  ["standards"],
  ["household", "calendar"],
  ["forms"],
  ["classify"],
  ["meeting", "procedure"],
  ["report"],
  ["reform"],
  ["documents"],
  ["index.ts"],
  ["xlsx"],
];
const LAYER_OF = new Map(LAYERS.flatMap((fs, i) => fs.map((f) => [f, i] as const)));

describe("architecture", () => {
  it("every income line of the law appears only in src/standards/ (each legal number lives once)", () => {
    // The national lines of every standard (spec/standards.md).
    const lines = [700_000, 900_000, 1_000_000, 1_300_000, 1_500_000, 1_950_000, 2_000_000, 2_200_000, 2_250_000, 2_800_000, 3_000_000];
    const pattern = new RegExp(`\\b(${lines.map((n) => String(n).replace(/(\d)(?=(\d{3})+$)/g, "$1[_.,]?")).join("|")})\\b`);
    const offenders = SRC.filter((f) => !f.startsWith(join("src", "standards"))).filter((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .some((line) => !/^\s*(\*|\/\/|\/\*)/.test(line) && pattern.test(line)),
    );
    expect(offenders).toEqual([]);
  });

  it("src/ stays pure: no console, process, clock, randomness or I/O", () => {
    const impure = /\bconsole\.|\bprocess\.|Date\.now\(|new Date\(\)|Math\.random|from ["'](node:)?(fs|path|os|child_process|http|https)["']/;
    const offenders = SRC.filter((f) => readFileSync(f, "utf8").split("\n").some((l) => !/^\s*(\*|\/\/)/.test(l) && impure.test(l)));
    expect(offenders).toEqual([]);
  });

  it("the package exports only named values, and no default", () => {
    expect("default" in api).toBe(false);
    expect(Object.keys(api).length).toBeGreaterThan(10);
  });

  it("no file imports itself through a cycle (type-only imports included)", () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it("no folder cycle, and every import points down the layers (types → messages → errors → _lib → explain → standards → … → report → documents → index → xlsx)", () => {
    const g = importGraph();
    const folders = new Map<string, Set<string>>();
    const upward: string[] = [];
    for (const [f, deps] of g) {
      const a = folderOf(f);
      for (const d of deps) {
        const b = folderOf(d);
        if (a === b) continue;
        if (!folders.has(a)) folders.set(a, new Set());
        folders.get(a)?.add(b);
        const la = LAYER_OF.get(a);
        const lb = LAYER_OF.get(b);
        if (la === undefined || lb === undefined || lb > la || (lb === la && a !== b)) upward.push(`${relative("src", f)} → ${relative("src", d)}`);
      }
    }
    expect(cycles(new Map([...folders].map(([k, v]) => [k, [...v]])))).toEqual([]);
    expect(upward).toEqual([]);
  });

  it("only src/xlsx loads exceljs, and nothing in the core imports src/xlsx (the spreadsheet library stays out of the core)", () => {
    const offenders = SRC.filter((f) => !f.startsWith(join("src", "xlsx")) && /from\s+["']exceljs["']/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
    const g = importGraph();
    const intoXlsx = [...g].filter(([f]) => folderOf(f) !== "xlsx").flatMap(([f, deps]) => deps.filter((d) => folderOf(d) === "xlsx").map((d) => `${f} → ${d}`));
    expect(intoXlsx).toEqual([]);
  });

  it("the cycle finder finds a cycle when there is one (the test can fail)", () => {
    expect(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]))).toEqual([["a", "b", "c"]]);
  });
});
