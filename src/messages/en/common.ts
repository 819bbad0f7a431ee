// English: the schema layer's issues, standards, and the "standard applied" step.
import type { JsonValue } from "../../types.js";
import { groupDigits } from "../format.js";
import type { SchemaIssueParams, StandardIssueParams, StandardStepParams, TransitionStepParams } from "../codes/common.js";

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
  local_middle_living_without_national: () => "the national standard has no middle-living band; a local standard cannot add a middle-living ceiling.",
  local_id_shadows_national: (p) => `"${p.id}" is the id of a national standard; a local standard needs its own id.`,
  local_b1_below_national: (p) => `the local B1 cut-off (${p.local} points) is below the national one (${p.national} points); a province may only be more generous.`,
  local_b1_cutoffs_reversed: (p) => `the B1 poverty cut-off (${p.poorByIncome} points) must be below the near-poverty cut-off (${p.cutoff} points).`,
  local_b1_poor_cutoff_missing: () => "the national standard has two B1 cut-offs (poverty and near-poverty); give the local poverty cut-off too (poorByIncome).",
  local_ceiling_not_above_line: (p) => `the middle-living ceiling (${groupDigits(p.ceiling, "en")} VND per person per month) must be above the area's income line (${groupDigits(p.line, "en")} VND per person per ${p.period}).`,
  local_threshold_above_national: (p) => `the local count of deprivations for a poor household (${p.local}) is above the national one (${p.national}); a province may only be more generous.`,
  no_standard_for_review_year: (p) =>
    `the ${p.kind} review held in ${p.year} fixes the lists of ${p.listYear}, but no standard governs that year (the library has standards for the lists of ${p.from}–${p.to}).`,
  indicator_changes_not_found: (p) => `the library holds no map of the indicators from ${p.from} to ${p.to}.`,
  reading_without_direction: (p) => `no instrument directs the ${p.kind} review held in ${p.year} to apply another standard; there is no reading to choose (leave "reading" out).`,
};

/** English texts of the steps answering "which standard?". */
export const enTransitionSteps: { readonly [C in keyof TransitionStepParams]: (p: TransitionStepParams[C]) => string } = {
  review_fixes_lists_of: (p) =>
    p.kind === "periodic"
      ? `The periodic review held in ${p.year} fixes the poor and near-poor lists used in ${p.listYear}.`
      : `A regular review held in ${p.year} amends the poor and near-poor lists of ${p.listYear}.`,
  list_year_governed_by: (p) => `The lists of ${p.listYear} are governed by the ${p.standard} standard (lists of ${p.from}–${p.to}).`,
  review_direction: (p) => `${p.textEn} The review held in ${p.year} applies the ${p.standard} standard.`,
  reading_direction: (p) =>
    `Following the direction: the ${p.standard} standard. The lists of ${p.listYear} are governed by ${p.alternative}; if the ministry's guidance applies the list year's standard, this review applies ${p.alternative}.`,
  reading_list_year: (p) => `As the caller chose: the standard of the list year ${p.listYear}, ${p.standard}, rather than the direction to apply ${p.alternative}.`,
  procedure_of_standard: (p) => `Review procedure of the ${p.standard} standard: ${p.instrument}.`,
  procedure_practical_default: (p) =>
    `No review procedure was found for the ${p.standard} standard; the procedure of ${p.from} (${p.instrument}) applies meanwhile, every period uncertain.`,
  procedure_missing: (p) => `No review procedure was found for the ${p.standard} standard.`,
  standard_for_list_year: (p) => `Poor and near-poor lists of ${p.listYear}: the ${p.standard} standard.`,
  standard_for_review_year: (p) => `The ${p.kind} review held in ${p.year} (lists of ${p.listYear}): the ${p.standard} standard.`,
};

/** English texts of the "standard applied" steps. */
export const enStandardSteps: { readonly [C in keyof StandardStepParams]: (p: StandardStepParams[C]) => string } = {
  standard_applied: (p) => `Standard ${p.id} applied: ${p.titleEn}.`,
  local_standard_applied: (p) => `Local standard ${p.id} (${p.authority ?? ""}) applied, layered on national standard ${p.national ?? ""}.`,
};
