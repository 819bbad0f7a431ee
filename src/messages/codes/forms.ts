// Codes of the household model and the review forms: Phiếu A, Phiếu B (B1, B2), derived indicators.
import type { Area } from "../../types.js";

/** The issues of the household model (hộ gia đình, thành viên). */
export interface HouseholdIssueParams {
  readonly age_missing: Record<string, never>;
  readonly review_date_required: Record<string, never>;
  readonly impossible_age: { readonly birthDate: string; readonly reviewDate: string; readonly age: number; readonly max: number };
  readonly age_mismatch: { readonly age: number; readonly computed: number };
  readonly duplicate_sector: { readonly sector: string };
}

/** The issues of the review forms. */
export interface FormIssueParams {
  readonly wrong_criteria_count: { readonly standard: string; readonly expected: number; readonly received: number };
  readonly form_a_criteria_required: Record<string, never>;
  readonly labels_length_mismatch: { readonly labels: number; readonly criteria: number };
  readonly invalid_b1: Record<string, never>;
  readonly scorecard_of_other_standard: { readonly scorecard: string; readonly belongsTo: string; readonly standard: string };
  readonly region_required: { readonly area: Area };
  readonly region_not_covered: { readonly area: Area; readonly region: string | null };
  readonly unknown_b1_item: { readonly item: string; readonly scorecard: string };
  readonly unknown_b1_option: { readonly item: string; readonly option: string | null; readonly known: string };
  readonly b1_total_negative: { readonly total: number };
  readonly duplicate_id: { readonly id: string; readonly where: "sheets" | "items" | "options" };
  readonly scorecard_points_missing: { readonly sheet: string };
  readonly scorecard_unknown_sheet: { readonly sheet: string };
  readonly scorecard_sheets_overlap: { readonly sheet: string; readonly other: string; readonly area: Area; readonly region: string | null };
  readonly invalid_b2: Record<string, never>;
  readonly b2_not_multiple_of_points: { readonly total: number; readonly points: number };
  readonly b2_above_maximum: { readonly total: number; readonly max: number; readonly count: number; readonly points: number };
  readonly unknown_indicator: { readonly key: string; readonly standard: string; readonly known: string };
  readonly indicator_of_other_standard: { readonly key: string; readonly standard: string; readonly belongsTo: string };
  readonly duplicate_indicator: { readonly key: string };
  readonly deprivations_and_count_both_given: Record<string, never>;
  readonly unknown_indicators_without_list: Record<string, never>;
  readonly indicator_deprived_and_unknown: { readonly key: string };
  readonly too_many_deprivations: { readonly count: number; readonly max: number };
}

/** The steps of Phiếu A (phiếu nhận dạng nhanh). */
export interface FormAStepParams {
  readonly form_a_rule_not_found: { readonly standard: string };
  readonly form_a_reviewed: { readonly reviewed: boolean };
  readonly form_a_not_reviewed: { readonly reviewed: boolean };
  readonly form_a_criteria_count: { readonly expected: number; readonly received: number };
  readonly form_a_criterion_met: FormACriterionParams;
  readonly form_a_criterion_not_met: FormACriterionParams;
  readonly form_a_stop: FormAColumnEParams;
  readonly form_a_score_on_form_b: FormAColumnEParams;
  readonly form_a_outcome_not_reviewed: FormAOutcomeParams;
  readonly form_a_outcome_stop: FormAOutcomeParams;
  readonly form_a_outcome_score_on_form_b: FormAOutcomeParams;
  readonly form_a_outcome_rule_not_found: FormAOutcomeParams;
}

/** A Phiếu A criterion column. */
export interface FormACriterionParams {
  readonly column: number;
  readonly value: 0 | 1;
  readonly labelVi: string | null;
  readonly labelEn: string | null;
}

/** Phiếu A column E against the stop count. */
export interface FormAColumnEParams {
  readonly total: number;
  readonly stopAt: number;
  readonly stop: boolean;
}

/** Phiếu A's outcome. */
export interface FormAOutcomeParams {
  readonly kind: "not_reviewed" | "stop" | "score_on_form_b" | "rule_not_found";
  readonly total: number | null;
}

/** The steps of Phiếu B part B1 (điểm B1). */
export interface B1StepParams {
  readonly b1_paper_total: { readonly total: number };
  readonly b1_items_missing: { readonly missing: string };
  readonly b1_item_points: {
    readonly item: string;
    readonly option: string;
    readonly points: number;
    readonly formItem: string | null;
    readonly labelVi: string;
    readonly labelEn: string;
    readonly optionVi: string;
    readonly optionEn: string;
  };
  readonly b1_scorecard_total: { readonly total: number; readonly scorecard: string; readonly version: string; readonly sheet: string; readonly base: number };
  readonly b1_at_or_below_poor_by_income: B1PoorByIncomeParams;
  readonly b1_above_poor_by_income: B1PoorByIncomeParams;
  readonly b1_at_or_below_cutoff: B1CutoffParams;
  readonly b1_above_cutoff: B1CutoffParams;
  readonly b1_rule_not_found: { readonly standard: string };
  readonly b1_local_rule_not_found: { readonly standard: string; readonly area: "rural" | "urban" };
  readonly b1_outcome_scored: B1OutcomeParams;
  readonly b1_outcome_undetermined: B1OutcomeParams;
}

/** B1 against the income-poverty cut-off (2016–2020). */
export interface B1PoorByIncomeParams {
  readonly total: number;
  readonly cutoff: number;
  readonly holds: boolean;
  readonly labelVi: string;
  readonly labelEn: string;
}

/** B1 against the area's cut-off. */
export interface B1CutoffParams extends B1PoorByIncomeParams {
  readonly area: Area;
}

/** B1's outcome. */
export interface B1OutcomeParams {
  readonly kind: "scored" | "undetermined";
  readonly total: number | null;
  readonly missing: string | null;
}

/** The steps of Phiếu B part B2 (điểm B2). */
export interface B2StepParams {
  readonly b2_answers_missing: { readonly missing: string };
  readonly b2_indicator_deprived: B2IndicatorParams;
  readonly b2_indicator_not_deprived: B2IndicatorParams;
  readonly b2_total: {
    readonly total: number;
    readonly count: number;
    readonly points: number;
    readonly keys: readonly string[] | null;
    readonly namesVi: string | null;
    readonly namesEn: string | null;
  };
  readonly b2_at_or_above_threshold: B2ThresholdParams;
  readonly b2_below_threshold: B2ThresholdParams;
  readonly b2_rule_not_found: { readonly standard: string };
  readonly b2_outcome_scored: B2OutcomeParams;
  readonly b2_outcome_undetermined: B2OutcomeParams;
}

/** One indicator's answer on B2. */
export interface B2IndicatorParams {
  readonly key: string;
  readonly order: number;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly deprived: boolean;
  readonly points: number;
}

/** B2 against the poor threshold. */
export interface B2ThresholdParams {
  readonly total: number;
  readonly threshold: number;
  readonly holds: boolean;
}

/** B2's outcome. */
export interface B2OutcomeParams {
  readonly kind: "scored" | "undetermined";
  readonly total: number | null;
  readonly missing: string | null;
}

/** Why an indicator was not derived from a household's data (lý do không suy ra được chỉ số). */
export interface FormTermParams {
  /** The standard's data has no definition of the indicator (not found in any source). */
  readonly derive_definition_not_found: { readonly nameVi: string; readonly nameEn: string; readonly standard: string };
  /** The definition is known but the numbers it is stated with were not found. */
  readonly derive_numbers_not_found: { readonly nameVi: string; readonly nameEn: string; readonly standard: string };
  /** The definition needs data the household model does not hold. */
  readonly derive_no_household_fields: { readonly nameVi: string; readonly nameEn: string; readonly standard: string };
}
