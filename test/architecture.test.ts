// Guards of the library's shape that no single unit test sees.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
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
});
