// README.md (English) and README.vi.md (Vietnamese) stay in step: the same two quick-start commands, the same
// main example (comments may be translated), each links the other, and every relative link in either leads to a
// file that exists (and so ships: docs/*.md are in the package's files).
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";

const en = readFileSync("README.md", "utf8");
const vi = readFileSync("README.vi.md", "utf8");

/** The fenced code blocks of a language, in order. */
function blocks(md: string, lang: string): string[] {
  return [...md.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] ?? "");
}

/** A shell block's commands, without their comments. */
const commands = (block: string): string[] => block.split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);

/** A TypeScript block's code, without its line comments. */
const code = (block: string): string =>
  block
    .split("\n")
    .map((l) => l.replace(/\s*\/\/.*$/, "").trimEnd())
    .filter(Boolean)
    .join("\n");

describe("READMEs", () => {
  it("the quick start is exactly two commands, the same in both", () => {
    const quickEn = commands(blocks(en, "sh")[0] ?? "");
    expect(quickEn).toEqual(["npm ci && npm run demo", "npm ci && npm test"]);
    expect(commands(blocks(vi, "sh")[0] ?? "")).toEqual(quickEn);
  });

  it("the main usage example is the same code in both", () => {
    expect(code(blocks(vi, "ts")[0] ?? "")).toBe(code(blocks(en, "ts")[0] ?? ""));
    expect(code(blocks(en, "ts")[0] ?? "")).toContain("classifyByIncome");
  });

  it("each links the other", () => {
    expect(en).toContain("](README.vi.md)");
    expect(vi).toContain("](README.md)");
  });

  it("every relative link leads to a file that exists", () => {
    for (const md of [en, vi]) {
      const targets = [...md.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1] ?? "").filter((t) => !/^[a-z]+:/.test(t));
      expect(targets.length).toBeGreaterThan(5);
      expect(targets.filter((t) => !existsSync(t))).toEqual([]);
    }
  });
});
