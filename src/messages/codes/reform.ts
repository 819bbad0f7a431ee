// Codes of the reform impact: classifying the same households under two standards.

/** A class in the reform impact's transition matrix. */
export type ReformClassKey = "poor" | "near_poor" | "not_poor" | "undetermined";

/** The columns of the per-unit reform impact table. */
export type ReformColumnKey =
  | "unit"
  | "households"
  | "poor_from"
  | "poor_to"
  | "near_poor_from"
  | "near_poor_to"
  | "into_lists"
  | "out_of_lists"
  | "between_lists"
  | "undetermined_from"
  | "undetermined_to"
  | "persons_poor_from"
  | "persons_poor_to";

/** The issues of the reform impact's inputs. */
export interface ReformIssueParams {
  readonly indicator_in_neither_standard: { readonly key: string; readonly from: string; readonly to: string };
  readonly reform_standards_differ: { readonly expected: string; readonly received: string };
  readonly reform_units_overlap: { readonly unit: string };
  readonly reform_cells_inconsistent: { readonly from: string; readonly to: string; readonly households: number; readonly persons: number };
  readonly households_unreadable: { readonly counted: number };
  readonly income_members_mismatch: { readonly income: number; readonly members: number };
  readonly reform_total_mismatch: { readonly what: string; readonly expected: number; readonly received: number };
}

/** The labels of the reform impact's tables. */
export interface ReformTermParams {
  readonly reform_class: { readonly kind: ReformClassKey };
  readonly reform_column: { readonly column: ReformColumnKey; readonly from: string; readonly to: string };
  readonly reform_units_title: { readonly from: string; readonly to: string };
  readonly reform_matrix_title: { readonly from: string; readonly to: string; readonly measure: "households" | "persons" };
  readonly reform_matrix_corner: { readonly from: string; readonly to: string };
  readonly reform_total: Record<string, never>;
  readonly reform_note_same_households: { readonly from: string; readonly to: string };
  readonly reform_note_undetermined: { readonly to: string };
  readonly reform_note_uncertain: Record<string, never>;
}
