// Turns the library's zod/mini input schemas into the JSON Schemas (draft 2020-12) that other languages validate
// against (schemas/*.json). Pure: no file is read or written here; scripts/schemas.mjs writes, the tests compare.
//
// What zod's own converter (z.toJSONSchema, io "input") cannot see, and how it is added:
// - a refinement (a zod check written as code) that states a rule JSON Schema can express: the rule's JSON Schema
//   statement is paired with the check or the schema it belongs to (`EXPRESSED` in schemas.ts), and added wherever
//   that check or schema appears;
// - a value the library checks in a later step (a `z.unknown()` slot: the standard, a B1 scorecard, a B1/B2 entry):
//   the slot is replaced by the schema of that later step (`LATER_STEPS`);
// - a trimmed string with a minimum length: zod trims, then counts; the schema adds a not-blank pattern;
// - patterns use only classes every regular-expression engine reads alike (`[0-9]`, explicit code points);
// - rules that depend on the standard named by an id: `if standard is "2021-2025" then …`, generated from the
//   standards' data (`perStandard`);
// - rules JSON Schema cannot express at all are listed in the description (English and Vietnamese) and, for
//   programs, in `x-not-expressible` with the issue codes the library reports for them.
import * as z from "zod/mini";
import { STANDARDS } from "../../src/standards/STANDARDS.js";
import type { PovertyStandard } from "../../src/standards/types.js";

/** A JSON Schema node, as plain JSON. */
export type JsonSchema = { [k: string]: unknown };

/** Bilingual text: English first, then Vietnamese. */
export interface Bilingual {
  readonly en: string;
  readonly vi: string;
}

/** A rule the library checks that JSON Schema cannot express, with the issue codes it reports for it. */
export interface NotExpressible extends Bilingual {
  /** The issue codes the library reports when the rule fails (empty: a rule about strings, see `strings`). */
  readonly codes: readonly string[];
  /**
   * `"standard_object"`: expressible, and expressed, when the standard is given by its id; not expressible when it
   * is given as a standard object (its data is not in the schema). `"strings"`: how the library normalises strings
   * before counting their length.
   */
  readonly when?: "standard_object" | "strings";
}

/** One generated schema: the file, the library's zod schema, its title and summary, the rules it cannot express. */
export interface ContractEntry {
  /** The file name in schemas/, without `.json`. */
  readonly name: string;
  /** The library's zod/mini schema of the input (its input side is converted). */
  readonly schema: z.core.$ZodType;
  /** The title, e.g. "Household (hộ gia đình)". */
  readonly title: string;
  /** What the input is and which function takes it. */
  readonly summary: Bilingual;
  /** Rules that depend on the standard named by the input's `standard` (or another key), generated per standard. */
  readonly perStandard?: { readonly key: string; readonly rules: (s: PovertyStandard) => JsonSchema | undefined };
  /** Rules JSON Schema cannot express; the library checks them. */
  readonly notExpressible: readonly NotExpressible[];
}

/** A JSON statement of a rule that a zod check or schema states in code, added where that check or schema appears. */
export interface Expressed {
  /** The zod schemas (matched by identity) or checks (matched when a schema carries them) that state the rule. */
  readonly at: readonly unknown[];
  /** The issue codes of the rule. */
  readonly codes: readonly string[];
  /** Adds the rule's JSON Schema statement to the node. */
  readonly add: (node: JsonSchema) => void;
}

/** The generation's inputs besides the entry: rules stated in code, and slots filled by later steps. */
export interface ContractRules {
  readonly expressed: readonly Expressed[];
  /** Slots (`z.unknown()` and similar) that a later step checks, with the JSON Schema (or zod schema) of that step. */
  readonly laterSteps: ReadonlyMap<unknown, z.core.$ZodType | JsonSchema>;
}

const NATIONAL_IDS = STANDARDS.map((s) => s.id);

function isZod(x: unknown): x is z.core.$ZodType {
  return typeof x === "object" && x !== null && "_zod" in x;
}

interface ZodNodeDef {
  readonly type?: string;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check?: string; readonly tx?: (s: string) => string; readonly minimum?: number } } }[];
}

function defOf(s: z.core.$ZodType): ZodNodeDef {
  return (s as unknown as { _zod: { def: ZodNodeDef } })._zod.def;
}

/** Whether a zod string schema trims (an overwrite that turns " a " into "a") and then requires a length ≥ 1. */
function trimsThenRequiresText(s: z.core.$ZodType): boolean {
  const def = defOf(s);
  if (def.type !== "string" || !def.checks) return false;
  let trimmed = false;
  for (const c of def.checks) {
    const d = c._zod.def;
    if (d.check === "overwrite" && typeof d.tx === "function" && d.tx(" a ") === "a") trimmed = true;
    if (d.check === "min_length" && trimmed && (d.minimum ?? 0) >= 1) return true;
  }
  return false;
}

function carries(s: z.core.$ZodType, at: readonly unknown[]): boolean {
  if (at.includes(s)) return true;
  const checks = defOf(s).checks ?? [];
  return checks.some((c) => at.includes(c));
}

/**
 * Text that is not blank: a character that JavaScript's `trim` keeps (not WhiteSpace or LineTerminator), spelled
 * as explicit code points so that every regular-expression engine reads it alike (Java's `\\S`, for one, is ASCII).
 */
export const NOT_BLANK = "[^\\u0009-\\u000d\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";

/** A pattern with `\\d` spelled `[0-9]` (Python's `\\d` matches any Unicode digit; ECMA-262's only 0–9). */
export function portable(pattern: string): string {
  return pattern.replace(/\\d/g, "[0-9]");
}

/** Replaces a node's content in place. */
function replace(node: JsonSchema, by: JsonSchema): void {
  for (const k of Object.keys(node)) delete node[k];
  for (const [k, v] of Object.entries(by)) if (k !== "$schema") node[k] = structuredClone(v);
}

/** The JSON Schema of a zod schema's input side, with the rules stated in code and the later steps filled in. */
export function toJsonSchema(schema: z.core.$ZodType, rules: ContractRules): JsonSchema {
  const out = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    override: ({ zodSchema, jsonSchema }) => {
      const node = jsonSchema as JsonSchema;
      const later = rules.laterSteps.get(zodSchema);
      if (later !== undefined) {
        const description = node["description"];
        replace(node, isZod(later) ? toJsonSchema(later, rules) : later);
        if (description !== undefined && node["description"] === undefined) node["description"] = description;
      }
      if (trimsThenRequiresText(zodSchema) && node["pattern"] === undefined) node["pattern"] = NOT_BLANK;
      if (typeof node["pattern"] === "string") node["pattern"] = portable(node["pattern"]);
      for (const e of rules.expressed) if (carries(zodSchema, e.at)) e.add(node);
    },
  }) as JsonSchema;
  return out;
}

/** `if the input's key is this standard's id then …`, for every national standard with rules. */
export function perStandardRules(key: string, rules: (s: PovertyStandard) => JsonSchema | undefined): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const s of STANDARDS) {
    const then = rules(s);
    if (then !== undefined) out.push({ if: { properties: { [key]: { const: s.id } }, required: [key] }, then });
  }
  return out;
}

/** The JSON Schema of a `standard` field: a national standard's id, or a standard object (checked by the library). */
export function standardField(en: string, vi: string): JsonSchema {
  return { description: `${en} / ${vi}`, anyOf: [{ type: "string", enum: NATIONAL_IDS }, { type: "object" }] };
}

/**
 * A regular expression for the ISO dates `YYYY-MM-DD` that exist, in whole centuries of years (leap years by the
 * Gregorian rule): what the calendar's date check accepts, stated so that JSON Schema can check it.
 */
export function isoDatePattern(minYear: number, maxYear: number): string {
  if (minYear % 100 !== 0 || maxYear % 100 !== 99 || minYear > maxYear) throw new Error(`isoDatePattern: ${minYear}–${maxYear} is not a range of whole centuries`);
  const centuries: number[] = [];
  for (let c = minYear / 100; c <= (maxYear - 99) / 100; c++) centuries.push(c);
  const years = `(?:${centuries.map(String).join("|")})\\d\\d`;
  const leap = centuries.map((c) => `${c}(?:${c % 4 === 0 ? "00|" : ""}0[48]|[2468][048]|[13579][26])`).join("|");
  const common = "(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8])";
  return `^(?:${years}-(?:${common})|(?:${leap})-02-29)$`;
}

function bullet(rules: readonly NotExpressible[], lang: "en" | "vi"): string {
  return rules.map((r) => `- ${r[lang]}${r.codes.length > 0 ? ` (${r.codes.join(", ")})` : ""}`).join("\n");
}

/** The full description: the summary, then the rules the schema cannot express, in English and Vietnamese. */
export function describeEntry(e: ContractEntry): string {
  const en = e.notExpressible.length > 0 ? `${e.summary.en}\n\nChecked by the library only (JSON Schema cannot express these rules):\n${bullet(e.notExpressible, "en")}` : e.summary.en;
  const vi = e.notExpressible.length > 0 ? `${e.summary.vi}\n\nChỉ thư viện kiểm tra (JSON Schema không biểu diễn được các quy tắc này):\n${bullet(e.notExpressible, "vi")}` : e.summary.vi;
  return `${en}\n\n${vi}`;
}

/** The `$id` of a schema: where the published package serves it, by version. */
export function schemaId(name: string, version: string): string {
  return `https://unpkg.com/vn-poverty@${version}/schemas/${name}.json`;
}

/** The generated JSON Schema of one entry, keys in a stable order. */
export function contractSchema(e: ContractEntry, rules: ContractRules, version: string): JsonSchema {
  const body = toJsonSchema(e.schema, rules);
  delete body["$schema"];
  delete body["description"];
  if (e.perStandard) {
    const extra = perStandardRules(e.perStandard.key, e.perStandard.rules);
    if (extra.length > 0) body["allOf"] = [...((body["allOf"] as JsonSchema[] | undefined) ?? []), ...extra];
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: schemaId(e.name, version),
    title: e.title,
    description: describeEntry(e),
    $comment: "Generated from the library's zod/mini schemas by scripts/schemas.mjs (npm run schemas); do not edit. docs/contract.md describes the contract.",
    "x-not-expressible": e.notExpressible.map((r) => ({ codes: [...r.codes], ...(r.when ? { when: r.when } : {}), en: r.en, vi: r.vi })),
    ...body,
  };
}

/** A schema file's text: two-space JSON and a final newline. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
