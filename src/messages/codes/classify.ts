// Codes of classification: by income, from the forms (with "what would change"), middle-living households,
// low-income workers.
import type { Area } from "../../types.js";

/** The issues of the classifiers' inputs. */
export interface ClassifyIssueParams {
  readonly invalid_income: Record<string, never>;
  readonly members_required: Record<string, never>;
  readonly members_not_allowed: Record<string, never>;
  readonly allowances_above_total: { readonly allowances: number; readonly total: number };
  readonly invalid_income_12_months: Record<string, never>;
}

/** The household's income as the messages show it. */
export interface IncomeFactParams {
  readonly amount: number;
  readonly months: number;
  readonly persons: number;
  readonly perCapita: boolean;
}

/** Income against a line (classification by income). */
export interface IncomeLineParams extends IncomeFactParams {
  readonly line: number;
  readonly period: "month" | "year";
  readonly labelVi: string;
  readonly labelEn: string;
  readonly holds: boolean;
  readonly local: boolean;
  readonly lhs: number;
  readonly rhs: number;
}

/** The deprivation count against the poor threshold. */
export interface DeprivationCountParams {
  readonly count: number;
  readonly threshold: number;
  readonly holds: boolean;
  readonly keys: readonly string[] | null;
  readonly namesVi: string | null;
  readonly namesEn: string | null;
}

/** The steps of classification by income (phân loại theo thu nhập). */
export interface IncomeStepParams {
  readonly income_given: IncomeFactParams;
  readonly income_at_or_below_poverty_line: IncomeLineParams;
  readonly income_above_poverty_line: IncomeLineParams;
  readonly income_at_or_below_line: IncomeLineParams;
  readonly income_above_line: IncomeLineParams;
  readonly deprivations_missing: Record<string, never>;
  readonly deprivations_undetermined: { readonly count: number; readonly unknown: number; readonly threshold: number; readonly keys: readonly string[]; readonly namesVi: string; readonly namesEn: string };
  readonly deprivations_at_or_above_threshold: DeprivationCountParams;
  readonly deprivations_below_threshold: DeprivationCountParams;
  readonly near_poor_rule_uncertain: Record<string, never>;
  readonly poor_income: { readonly kind: "poor_income" };
  readonly poor_deprivation: { readonly kind: "poor_deprivation" };
  readonly poor_income_and_deprivation: { readonly kind: "poor_income_and_deprivation"; readonly threshold: number };
  readonly near_poor: { readonly kind: "near_poor" };
  readonly not_poor: { readonly kind: "not_poor" };
  readonly undetermined: { readonly kind: "undetermined" };
}

/** The params of a household outcome step. */
export interface HouseholdOutcomeParams {
  readonly kind: string;
  readonly missing: string | null;
  readonly threshold: number | null;
}

/** The steps of classification from the forms (phân loại theo Phiếu A, B). */
export interface HouseholdStepParams {
  readonly b1_cutoff_not_found: { readonly standard: string; readonly area: Area; readonly local: boolean };
  readonly local_b1_cutoff_not_found: { readonly standard: string; readonly area: Area; readonly local: boolean };
  readonly form_a_not_given: Record<string, never>;
  readonly b1_missing: { readonly what: "b1" };
  readonly b2_missing: { readonly what: "b2" };
  readonly b2_not_needed: Record<string, never>;
  readonly what_would_change: { readonly count: number };
  readonly household_poor_income: HouseholdOutcomeParams;
  readonly household_poor_deprivation: HouseholdOutcomeParams;
  readonly household_poor_income_and_deprivation: HouseholdOutcomeParams;
  readonly household_near_poor: HouseholdOutcomeParams;
  readonly household_not_poor_form_a_not_reviewed: HouseholdOutcomeParams;
  readonly household_not_poor_form_a_screened_out: HouseholdOutcomeParams;
  readonly household_not_poor_b1_above_cutoff: HouseholdOutcomeParams;
  readonly household_undetermined: HouseholdOutcomeParams;
  readonly household_b1_cutoff_not_found: HouseholdOutcomeParams;
  readonly household_local_b1_cutoff_not_found: HouseholdOutcomeParams;
}

/** The changes that would move a household to another class (điều gì làm thay đổi kết quả). */
export interface ChangeParams {
  readonly form_a_criteria_to_form_b: { readonly total: number; readonly stopAt: number; readonly fewer: number };
  readonly form_a_criteria_to_stop: { readonly total: number; readonly stopAt: number; readonly more: number };
  readonly b1_points_to_not_poor: { readonly b1: number; readonly cutoff: number; readonly under: number; readonly more: number };
  readonly b1_points_to_cutoff: { readonly b1: number; readonly cutoff: number; readonly over: number };
  readonly b1_points_out_of_income_poverty: { readonly b1: number; readonly poorByIncome: number; readonly under: number; readonly more: number };
  readonly b1_points_to_income_poverty: { readonly b1: number; readonly poorByIncome: number; readonly over: number };
  readonly deprivations_to_poor: { readonly b2: number; readonly count: number; readonly more: number };
  readonly deprivations_to_near_poor: { readonly b2: number; readonly count: number; readonly fewer: number };
}

/** A 12-month income against a monthly line. */
export interface TwelveMonthLineParams {
  readonly holds: boolean;
  readonly line: number;
  readonly labelVi: string;
  readonly labelEn: string;
  readonly lhs: number;
  readonly rhs: number;
}

/** The 12-month income, state allowances excluded. */
export interface TwelveMonthIncomeParams {
  readonly split: boolean;
  readonly total: number | null;
  readonly allowances: number | null;
  readonly net: number;
  readonly members: number;
}

/** The steps of middle-living households (hộ có mức sống trung bình). */
export interface MiddleLivingStepParams {
  readonly middle_living_not_found: { readonly standard: string };
  readonly agricultural_household: { readonly holds: boolean; readonly sectorsVi: string; readonly sectorsEn: string };
  readonly not_agricultural_household: { readonly holds: boolean; readonly sectorsVi: string; readonly sectorsEn: string };
  readonly income_allowances_excluded: TwelveMonthIncomeParams;
  readonly income_given_excluding_allowances: TwelveMonthIncomeParams;
  readonly middle_living_income_at_or_below_line: TwelveMonthLineParams;
  readonly middle_living_income_above_line: TwelveMonthLineParams;
  readonly income_at_or_below_middle_living: TwelveMonthLineParams;
  readonly income_above_middle_living: TwelveMonthLineParams;
  readonly middle_living_outcome_middle_living: { readonly key: "middle_living" };
  readonly middle_living_outcome_not_agricultural: { readonly key: "not_agricultural" };
  readonly middle_living_outcome_income_at_or_below_line: { readonly key: "income_at_or_below_line" };
  readonly middle_living_outcome_income_above_ceiling: { readonly key: "income_above_ceiling" };
  readonly middle_living_outcome_rule_not_found: { readonly key: "middle_living_not_found" };
}

/** The steps of low-income workers (người lao động có thu nhập thấp). */
export interface LowIncomeWorkerStepParams {
  readonly low_income_worker_not_found: { readonly standard: string };
  readonly rule_in_force: LowIncomeDateParams;
  readonly before_effective_from: LowIncomeDateParams;
  readonly after_standard_end: LowIncomeDateParams;
  readonly household_neither_poor_nor_near_poor: { readonly holds: boolean; readonly cls: "poor" | "near_poor" | "not_poor" };
  readonly household_poor_or_near_poor: { readonly holds: boolean; readonly cls: "poor" | "near_poor" | "not_poor" };
  readonly income_at_or_below_low_income_ceiling: TwelveMonthLineParams;
  readonly income_above_low_income_ceiling: TwelveMonthLineParams;
  readonly low_income_worker_outcome_low_income_worker: { readonly key: "low_income_worker" };
  readonly low_income_worker_outcome_household_poor_or_near_poor: { readonly key: "household_poor_or_near_poor" };
  readonly low_income_worker_outcome_income_above_ceiling: { readonly key: "income_above_ceiling" };
  readonly low_income_worker_outcome_before_effective_from: { readonly key: "before_effective_from" };
  readonly low_income_worker_outcome_after_standard_end: { readonly key: "after_standard_end" };
  readonly low_income_worker_outcome_rule_not_found: { readonly key: "low_income_worker_not_found" };
}

/** The decision date against the low-income-worker rule's dates. */
export interface LowIncomeDateParams {
  readonly date: string;
  readonly from: string;
  readonly to: string | null;
  readonly holds: boolean;
}

/** The labels of classification. */
export interface ClassifyTermParams {
  /** An agricultural sector's name. */
  readonly sector_name: { readonly sector: "agriculture" | "forestry" | "fishery" | "salt" };
}
