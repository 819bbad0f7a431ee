// The JSON Schemas in schemas/ are the ones the library's zod/mini schemas generate (committed, so that a change to
// the contract shows in review; this fails when they are stale: run `npm run schemas`), and each is a valid, strict
// draft 2020-12 schema with an $id, a title and a description that lists the rules it cannot express.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { generatedSchemaFiles } from "../../scripts/contract/write.js";
import { NOT_BLANK, isoDatePattern } from "../../scripts/contract/generate.js";
import { newAjv, readSchema, schemaNames } from "./_ajv.js";

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;
const generated = generatedSchemaFiles(version);

describe("schemas/*.json", () => {
  it("are exactly the generated files, up to date (npm run schemas)", () => {
    expect(schemaNames()).toEqual([...generated.keys()].map((f) => f.slice(0, -".json".length)).sort());
    for (const [name, text] of generated) expect(readFileSync(`schemas/${name}`, "utf8"), `schemas/${name} is stale: run npm run schemas`).toBe(text);
  });

  it.each(schemaNames())("%s: draft 2020-12, compiles in ajv's strict mode, $id by package version, title, description", (name) => {
    const s = readSchema(name);
    expect(s["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(s["$id"]).toBe(`https://unpkg.com/vn-poverty@${version}/schemas/${name}.json`);
    expect(typeof s["title"]).toBe("string");
    expect(typeof s["description"]).toBe("string");
    expect(() => newAjv().compile(s)).not.toThrow();
  });

  it.each(schemaNames())("%s: every rule it cannot express is in its description, in English and Vietnamese, with its issue codes", (name) => {
    const s = readSchema(name);
    const description = s["description"] as string;
    const rules = s["x-not-expressible"] as { codes: string[]; en: string; vi: string }[];
    for (const r of rules) {
      expect(description).toContain(r.en);
      expect(description).toContain(r.vi);
      for (const c of r.codes) expect(description).toContain(c);
    }
    if (rules.length > 0) expect(description).toContain("JSON Schema không biểu diễn được");
  });

  it.each(schemaNames())("%s: its patterns use only classes every engine reads alike (no \\d, \\s, \\S, \\w)", (name) => {
    const patterns = [...JSON.stringify(readSchema(name)).matchAll(/"pattern":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    for (const p of patterns) expect(p).not.toMatch(/\\[dDsSwW]/);
  });

  it("the not-blank pattern keeps exactly the characters JavaScript's trim keeps (every BMP code point)", () => {
    const re = new RegExp(NOT_BLANK, "u");
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (re.test(ch) !== (ch.trim() !== "")) throw new Error(`U+${c.toString(16)}`);
    }
  });

  it("docs/contract.md names every schema and every fixture file", () => {
    const doc = readFileSync("docs/contract.md", "utf8");
    const fixtures = readdirSync("fixtures/decisions").filter((f) => f.endsWith(".json"));
    for (const f of [...schemaNames().map((n) => `${n}.json`), ...fixtures]) expect(doc, f).toContain(`\`${f}\``);
  });

  it("the date pattern accepts the days that exist and only those (Gregorian leap years, 1900–2199)", () => {
    const re = new RegExp(isoDatePattern(1900, 2199), "u");
    const days = (y: number, m: number) => [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
    const p = (n: number, w: number) => String(n).padStart(w, "0");
    for (const y of [1899, 1900, 1904, 1999, 2000, 2023, 2024, 2100, 2104, 2199, 2200]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const exists = y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= days(y, m);
          expect(re.test(`${p(y, 4)}-${p(m, 2)}-${p(d, 2)}`), `${y}-${m}-${d}`).toBe(exists);
        }
      }
    }
    expect(() => isoDatePattern(1901, 2199)).toThrow();
  });
});
