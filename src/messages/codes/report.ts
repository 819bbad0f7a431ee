// Codes of the report module: tally records, tallies and their JSON, the hierarchy and roll-ups, movements, the
// fused classify-and-tally run.
import type { JsonValue } from "../../types.js";

/** The issues of a household record as a report counts it (bản ghi hộ để tổng hợp). */
export interface ReportRecordIssueParams {
  readonly missing_unit_code: { readonly received: JsonValue };
  readonly standard_mismatch: { readonly expected: string; readonly actual: JsonValue };
  readonly invalid_persons: { readonly received: JsonValue; readonly max: number };
  readonly poor_basis_required: { readonly standard: string };
  readonly poor_basis_of_other_standard: { readonly received: JsonValue; readonly standard: string; readonly allowed: readonly string[] };
  readonly poor_basis_not_allowed: { readonly received: JsonValue };
  readonly middle_living_not_poor_only: { readonly kind: string };
  readonly middle_living_not_defined: { readonly standard: string };
  /** The class contradicts the record's own deprivations under its standard's rule. */
  readonly class_contradicts_deprivations: { readonly kind: "poor" | "near_poor"; readonly count: number; readonly threshold: number; readonly standard: string };
  readonly duplicate_value: { readonly value: string };
  /** The household could not be classified: an input the rule needs is missing. */
  readonly undetermined_household: { readonly missing: readonly string[] };
  /** The household could not be classified: the standard has no rule for its inputs. */
  readonly household_rule_not_found: { readonly reason: string; readonly standard: string };
  /** A household given both by income and by the forms' scores. */
  readonly classification_input_ambiguous: Record<string, never>;
  /** A household given neither by income nor by the forms' scores. */
  readonly classification_input_missing: Record<string, never>;
}

/** The issues of tallies (bảng tổng hợp): their counts, identities, standard and year. */
export interface ReportTallyIssueParams {
  readonly inconsistent_counts: { readonly rule: string };
  readonly count_overflow: { readonly limit: number };
  readonly year_mismatch: { readonly expected: number | null; readonly actual: JsonValue };
  readonly year_outside_standard: { readonly year: number; readonly standard: string; readonly from: number; readonly to: number };
  readonly tally_layout_mismatch: { readonly standard: string; readonly field: "indicators" | "classRule"; readonly expected: string; readonly actual: JsonValue };
  readonly segment_not_kept: { readonly segment: string; readonly standard: string };
}

/** The issues of the hierarchy of units and of roll-ups (cây đơn vị hành chính, tổng hợp theo cấp). */
export interface ReportHierarchyIssueParams {
  readonly duplicate_unit: { readonly code: string };
  readonly missing_parent: { readonly code: string; readonly parentCode: string };
  readonly invalid_parent_level: { readonly code: string; readonly level: string; readonly parentCode: string; readonly parentLevel: string };
  readonly cycle: { readonly cycle: readonly string[] };
  readonly unknown_unit: { readonly code: string };
  readonly unit_counted_twice: { readonly code: string; readonly descendant: string };
  readonly unit_outside_root: { readonly code: string; readonly level: string; readonly top: string };
}

/** The issues of movements between two reviews (diễn biến hộ nghèo, hộ cận nghèo). */
export interface ReportMovementIssueParams {
  readonly unknown_status: { readonly received: JsonValue };
  readonly reason_required: Record<string, never>;
  readonly reason_direction: { readonly reason: string; readonly previous: string; readonly current: string };
  readonly fell_back_not_applicable: { readonly previous: string; readonly current: string };
  readonly both_absent: Record<string, never>;
  readonly unbalanced_movement: { readonly table: "2" | "3"; readonly measure: "households" | "persons"; readonly expected: number; readonly actual: number };
  readonly movement_cross_link: {
    readonly measure: "households" | "persons";
    readonly poorColumn: number;
    readonly nearPoorColumn: number;
    readonly poor: number;
    readonly nearPoor: number;
  };
}

/** Every issue of the report module. */
export interface ReportIssueParams extends ReportRecordIssueParams, ReportTallyIssueParams, ReportHierarchyIssueParams, ReportMovementIssueParams {}
