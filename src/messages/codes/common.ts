// Codes shared by every module: the schema layer's issues, standards, and the "standard applied" step.
import type { JsonValue } from "../../types.js";

/** The issues the schema layer reports (the names follow zod's). */
export interface SchemaIssueParams {
  /** A value of the wrong type, or a required field that is missing (`received: "undefined"`). */
  readonly invalid_type: { readonly expected: string; readonly received: JsonValue };
  /** A number, string or list below its minimum. */
  readonly too_small: { readonly origin: string; readonly minimum: number; readonly inclusive: boolean; readonly received: JsonValue };
  /** A number, string or list above its maximum. */
  readonly too_big: { readonly origin: string; readonly maximum: number; readonly inclusive: boolean; readonly received: JsonValue };
  /** A string that is not of the expected format (an ISO date, …). */
  readonly invalid_format: { readonly format: string; readonly received: JsonValue };
  /** A value that is not one of the allowed values. */
  readonly invalid_value: { readonly values: readonly JsonValue[]; readonly received: JsonValue };
  /** Fields that the input may not have. */
  readonly unrecognized_keys: { readonly keys: readonly string[] };
  /** A number that is not a multiple of the divisor. */
  readonly not_multiple_of: { readonly divisor: number; readonly received: JsonValue };
  /** A value that matches none of the accepted shapes. */
  readonly invalid_union: { readonly received: JsonValue };
  /** A value whose key or element is not valid. */
  readonly invalid_key: { readonly received: JsonValue };
  /**
   * An input that could not be read: a property getter or a Proxy threw when the library read it, or the data is
   * nested too deeply to walk. `error` is the name of what was thrown (`"TypeError"`, `"RangeError"`, …).
   */
  readonly input_unreadable: { readonly error: string };
  /** A stored explanation step whose params do not fit its code (its message cannot be rendered from them). */
  readonly step_params_invalid: { readonly code: string };
}

/** The issues of standards (chuẩn nghèo): lookup, local standards. */
export interface StandardIssueParams {
  readonly unknown_standard: { readonly id: string; readonly known: string };
  readonly invalid_standard: Record<string, never>;
  readonly no_standard_for_year: { readonly year: number; readonly from: number; readonly to: number };
  readonly invalid_year: { readonly received: string };
  readonly local_line_below_national: { readonly local: number; readonly national: number; readonly period: "month" | "year" };
  readonly local_standard_empty: Record<string, never>;
  readonly local_poor_line_without_national: Record<string, never>;
  /** A local middle-living ceiling on a national standard that has no middle-living band (2027–2030). */
  readonly local_middle_living_without_national: Record<string, never>;
  readonly local_id_shadows_national: { readonly id: string };
  readonly local_b1_below_national: { readonly local: number; readonly national: number };
  readonly local_b1_cutoffs_reversed: { readonly poorByIncome: number; readonly cutoff: number };
  readonly local_b1_poor_cutoff_missing: Record<string, never>;
  readonly local_ceiling_not_above_line: { readonly ceiling: number; readonly line: number; readonly period: "month" | "year" };
  readonly local_threshold_above_national: { readonly local: number; readonly national: number };
  readonly no_standard_for_review_year: { readonly year: number; readonly kind: "periodic" | "regular"; readonly listYear: number; readonly from: number; readonly to: number };
  readonly indicator_changes_not_found: { readonly from: string; readonly to: string };
  readonly reading_without_direction: { readonly year: number; readonly kind: "periodic" | "regular" };
}

/** The steps that answer "which standard?" for a list year or a review year (chuẩn nào áp dụng). */
export interface TransitionStepParams {
  /** A review held in a year fixes (periodic) or amends (regular) the lists of a year. */
  readonly review_fixes_lists_of: { readonly year: number; readonly kind: "periodic" | "regular"; readonly listYear: number };
  /** The standard whose lists are used in a year. */
  readonly list_year_governed_by: { readonly listYear: number; readonly standard: string; readonly from: number; readonly to: number };
  /** The law directs the reviews of a year to apply a standard. */
  readonly review_direction: { readonly year: number; readonly standard: string; readonly textVi: string; readonly textEn: string };
  /** The answer follows the direction; the list year's standard is the alternative. */
  readonly reading_direction: { readonly standard: string; readonly alternative: string; readonly listYear: number };
  /** The caller chose the list year's standard over a direction. */
  readonly reading_list_year: { readonly standard: string; readonly alternative: string; readonly listYear: number };
  /** The review procedure of the standard applied. */
  readonly procedure_of_standard: { readonly standard: string; readonly instrument: string };
  /** No procedure was found for the standard; another standard's applies as the practical default. */
  readonly procedure_practical_default: { readonly standard: string; readonly from: string; readonly instrument: string };
  /** No procedure at all. */
  readonly procedure_missing: { readonly standard: string };
  /** The answer to "which standard governs the lists of year Y". */
  readonly standard_for_list_year: { readonly listYear: number; readonly standard: string };
  /** The answer to "which standard does the review held in year Y apply". */
  readonly standard_for_review_year: { readonly year: number; readonly kind: "periodic" | "regular"; readonly standard: string; readonly listYear: number };
}

/** The "standard applied" step that opens every explanation. */
export interface StandardStepParams {
  readonly standard_applied: StandardAppliedParams;
  readonly local_standard_applied: StandardAppliedParams;
}

/** The params of the "standard applied" steps. */
export interface StandardAppliedParams {
  readonly id: string;
  readonly titleVi: string;
  readonly titleEn: string;
  readonly local: boolean;
  readonly authority: string | null;
  readonly national: string | null;
}
