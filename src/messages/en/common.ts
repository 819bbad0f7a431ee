// English: the schema layer's issues, standards, and the "standard applied" step.
import type { JsonValue } from "../../types.js";
import type { SchemaIssueParams, StandardIssueParams, StandardStepParams } from "../codes/common.js";

const TYPE: { readonly [k: string]: string } = {
  number: "a number",
  int: "a whole number",
  string: "a string",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  date: "a date",
};

function typeName(t: string): string {
  return TYPE[t] ?? t;
}

function shown(v: JsonValue): string {
  if (v === null) return "null";
  if (typeof v === "string") return v === "undefined" ? "nothing" : `"${v}"`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "a list" : "an object";
}

function list(values: readonly JsonValue[]): string {
  return values.map((v) => (typeof v === "string" ? `"${v}"` : String(v))).join(", ");
}

function bound(origin: string, n: number, inclusive: boolean, small: boolean): string {
  switch (origin) {
    case "string":
      return small ? `must have at least ${n} characters` : `may have at most ${n} characters`;
    case "array":
    case "set":
      return small ? `must have at least ${n} items` : `may have at most ${n} items`;
    default:
      return small ? (inclusive ? `must be at least ${n}` : `must be more than ${n}`) : inclusive ? `must be at most ${n}` : `must be less than ${n}`;
  }
}

/** English texts of the schema layer's issues. */
export const enSchemaIssues: { readonly [C in keyof SchemaIssueParams]: (p: SchemaIssueParams[C]) => string } = {
  invalid_type: (p) => (p.received === "undefined" ? `a required value is missing (expected ${typeName(p.expected)}).` : `expected ${typeName(p.expected)}, received ${shown(p.received)}.`),
  too_small: (p) => `${bound(p.origin, p.minimum, p.inclusive, true)}, received ${shown(p.received)}.`,
  too_big: (p) => `${bound(p.origin, p.maximum, p.inclusive, false)}, received ${shown(p.received)}.`,
  invalid_format: (p) => (p.format === "date" ? `must be a real date written YYYY-MM-DD (e.g. 2025-10-06), received ${shown(p.received)}.` : `is not in the expected format (${p.format}), received ${shown(p.received)}.`),
  invalid_value: (p) => (p.values.length === 1 ? `must be ${list(p.values)}, received ${shown(p.received)}.` : `must be one of: ${list(p.values)}; received ${shown(p.received)}.`),
  unrecognized_keys: (p) => `has fields that are not allowed: ${p.keys.join(", ")}.`,
  not_multiple_of: (p) => `must be a multiple of ${p.divisor}, received ${shown(p.received)}.`,
  invalid_union: (p) => `matches none of the accepted shapes, received ${shown(p.received)}.`,
  invalid_key: (p) => `has a key that is not valid: ${shown(p.received)}.`,
  step_params_invalid: (p) => `the params do not fit the step code "${p.code}"; its message cannot be rendered.`,
  input_unreadable: (p) => `could not be read (a property getter or a Proxy threw ${p.error} when read, or the data is nested too deeply).`,
};

/** English texts of the standards' issues. */
export const enStandardIssues: { readonly [C in keyof StandardIssueParams]: (p: StandardIssueParams[C]) => string } = {
  unknown_standard: (p) => `no poverty standard has the id "${p.id}" (known ids: ${p.known}).`,
  invalid_standard: () => 'the standard must be an id (e.g. "2021-2025") or an object returned by getStandard/layerLocalStandard.',
  no_standard_for_year: (p) => `no poverty standard governs the lists for ${p.year} (this library has standards for ${p.from}–${p.to}).`,
  invalid_year: (p) => `the year must be a whole number, received ${p.received}.`,
  local_line_below_national: (p) =>
    `the local line (${p.local} VND per person per ${p.period}) is below the national line (${p.national} VND per person per month); a local standard may only be higher.`,
  local_standard_empty: () => "a local standard must set at least one area (rural or urban).",
  local_poor_line_without_national: () => "the national standard has no income-only poverty line; a local standard cannot add one.",
  local_id_shadows_national: (p) => `"${p.id}" is the id of a national standard; a local standard needs its own id.`,
};

/** English texts of the "standard applied" steps. */
export const enStandardSteps: { readonly [C in keyof StandardStepParams]: (p: StandardStepParams[C]) => string } = {
  standard_applied: (p) => `Standard ${p.id} applied: ${p.titleEn}.`,
  local_standard_applied: (p) => `Local standard ${p.id} (${p.authority ?? ""}) applied, layered on national standard ${p.national ?? ""}.`,
};
