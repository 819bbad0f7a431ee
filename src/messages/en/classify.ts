// English: classification by income, from the forms, middle-living households, low-income workers.
import { formatDong, groupDigits } from "../format.js";
import type {
  ChangeParams,
  ClassifyIssueParams,
  ClassifyTermParams,
  HouseholdOutcomeParams,
  HouseholdStepParams,
  IncomeFactParams,
  IncomeStepParams,
  LowIncomeWorkerStepParams,
  MiddleLivingStepParams,
  TwelveMonthIncomeParams,
  TwelveMonthLineParams,
} from "../codes/classify.js";

/** English texts of the classifiers' input issues. */
export const enClassifyIssues: { readonly [C in keyof ClassifyIssueParams]: (p: ClassifyIssueParams[C]) => string } = {
  invalid_income: () => "income must be exactly one of: perCapitaMonthly; monthlyTotal with members; annualTotal with members.",
  members_required: () => "members is required with a household total income.",
  members_not_allowed: () => "members does not go with a per-capita income.",
  allowances_above_total: (p) => `state allowances (${formatDong(p.allowances, "en")}) exceed the total income (${formatDong(p.total, "en")}).`,
  invalid_income_12_months: () => "the 12-month income must be: total with stateAllowances, or totalExcludingAllowances.",
};

function incomeText(p: IncomeFactParams): string {
  if (p.persons === 1 && p.months === 1 && p.perCapita) return `${formatDong(p.amount, "en")} per person per month`;
  return `a total of ${formatDong(p.amount, "en")} per ${p.months === 12 ? "12 months" : "month"} for ${p.persons} persons`;
}

const line = (p: IncomeStepParams["income_at_or_below_line"]): string =>
  `${incomeText(p)} ${p.holds ? "≤" : ">"} the ${p.labelEn} of ${formatDong(p.line, "en")} per person per ${p.period}${p.local ? " (local standard)" : ""}; exact comparison: ${groupDigits(p.lhs, "en")} ${p.holds ? "≤" : ">"} ${groupDigits(p.rhs, "en")}.`;
const deprivations = (p: IncomeStepParams["deprivations_at_or_above_threshold"]): string =>
  `Deprived indicators: ${p.count}${p.namesEn ? ` (${p.namesEn})` : ""}, ${p.holds ? "at or above" : "below"} the threshold of ${p.threshold}.`;

/** English texts of classification by income. */
export const enIncomeSteps: { readonly [C in keyof IncomeStepParams]: (p: IncomeStepParams[C]) => string } = {
  income_given: (p) => `Household income: ${incomeText(p)}.`,
  income_at_or_below_poverty_line: line,
  income_above_poverty_line: line,
  income_at_or_below_line: line,
  income_above_line: line,
  deprivations_missing: () => "The deprivations were not given: poor and near-poor cannot be told apart.",
  deprivations_undetermined: (p) =>
    `${p.count} deprivation(s) known, threshold ${p.threshold}; ${p.unknown} indicator(s) not answered (${p.namesEn}): poor and near-poor cannot be told apart.`,
  deprivations_at_or_above_threshold: deprivations,
  deprivations_below_threshold: deprivations,
  near_poor_rule_uncertain: () => "The near-poor rule in this area is not fully confirmed (applied by symmetry with the rural rule).",
  poor_income: () => "Outcome: poor household (by income).",
  poor_deprivation: () => "Outcome: poor household (deprived of basic social services).",
  poor_income_and_deprivation: (p) => `Outcome: poor household (income at or below the line and ${p.threshold} or more deprivations).`,
  near_poor: () => "Outcome: near-poor household.",
  not_poor: () => "Outcome: neither poor nor near-poor.",
  undetermined: () => "Outcome: undetermined, an input is missing.",
};

const noRule = (p: HouseholdStepParams["b1_cutoff_not_found"]): string =>
  p.local
    ? `Local standard ${p.standard} replaces the ${p.area} income line; the national B1 cut-off stands for the national line and cannot be used.`
    : `Standard ${p.standard} has no sourced B1 or B2 cut-off or Phiếu A rule: it cannot classify from Phiếu B scores.`;
const t = (p: HouseholdOutcomeParams): string => (p.threshold === null ? "" : String(p.threshold));

/** English texts of classification from the forms. */
export const enHouseholdSteps: { readonly [C in keyof HouseholdStepParams]: (p: HouseholdStepParams[C]) => string } = {
  b1_cutoff_not_found: noRule,
  local_b1_cutoff_not_found: noRule,
  form_a_not_given: () => "No Phiếu A given: the classification starts from Phiếu B.",
  b1_missing: () => "The B1 score (Phiếu B, part B1) was not given.",
  b2_missing: () => "The B2 score (Phiếu B, part B2) was not given; it is needed because B1 is at or below the cut-off.",
  b2_not_needed: () => "B1 is above the cut-off: B2 is not scored (the B2 given is not used).",
  what_would_change: (p) => `What would change the class: ${p.count} change(s).`,
  household_poor_income: () => "Outcome: poor household (by income: B1 at or below the poverty cut-off).",
  household_poor_deprivation: (p) => `Outcome: poor household (deprived of basic social services: B2 of ${t(p)} points or more).`,
  household_poor_income_and_deprivation: (p) => `Outcome: poor household (B1 at or below the cut-off and B2 of ${t(p)} points or more).`,
  household_near_poor: (p) => `Outcome: near-poor household (B1 at or below the cut-off, B2 under ${t(p)} points).`,
  household_not_poor_form_a_not_reviewed: () => "Outcome: the household is not reviewed (Phiếu A, column 0); neither poor nor near-poor.",
  household_not_poor_form_a_screened_out: () => "Outcome: screened out by Phiếu A (code 0); neither poor nor near-poor.",
  household_not_poor_b1_above_cutoff: () => "Outcome: B1 above the cut-off; neither poor nor near-poor.",
  household_undetermined: (p) => `Undetermined: ${p.missing ?? ""} missing.`,
  household_b1_cutoff_not_found: () => "Undetermined: this standard has no sourced B1/B2 cut-off; classify from surveyed income instead (classifyByIncome).",
  household_local_b1_cutoff_not_found: () =>
    "Undetermined: the local standard raised the income line and no B1 score is equated with it; classify from surveyed income instead (classifyByIncome).",
};

const pts = (n: number): string => (n === 1 ? "point" : "points");

/** English texts of "what would change the class". */
export const enChanges: { readonly [C in keyof ChangeParams]: (p: ChangeParams[C]) => string } = {
  form_a_criteria_to_form_b: (p) => `Phiếu A, column E = ${p.total} (stop at ${p.stopAt}): ${p.fewer} fewer ${p.fewer === 1 ? "criterion" : "criteria"} would send the household on to Phiếu B.`,
  form_a_criteria_to_stop: (p) => `Phiếu A, column E = ${p.total} (stop at ${p.stopAt}): ${p.more} more ${p.more === 1 ? "criterion" : "criteria"} would stop the household's review.`,
  b1_points_to_not_poor: (p) =>
    `B1 = ${p.b1}: ${p.under === 0 ? `at the cut-off ${p.cutoff}` : `${p.under} ${pts(p.under)} under the cut-off ${p.cutoff}`}; ${p.more} more ${pts(p.more)} would make the household not poor (neither poor nor near-poor).`,
  b1_points_to_cutoff: (p) =>
    `B1 = ${p.b1}: ${p.over} ${pts(p.over)} above the cut-off ${p.cutoff}; ${p.over} fewer ${pts(p.over)} would bring it to the cut-off, where B2 decides between poor and near-poor.`,
  b1_points_out_of_income_poverty: (p) =>
    `B1 = ${p.b1}: ${p.under === 0 ? `at the poverty cut-off ${p.poorByIncome}` : `${p.under} ${pts(p.under)} under the poverty cut-off ${p.poorByIncome}`}; ${p.more} more ${pts(p.more)} would take the household out of income poverty (then B2 decides between poor and near-poor).`,
  b1_points_to_income_poverty: (p) =>
    `B1 = ${p.b1}: ${p.over} ${pts(p.over)} above the poverty cut-off ${p.poorByIncome}; ${p.over} fewer ${pts(p.over)} would make the household poor by income.`,
  deprivations_to_poor: (p) => `B2 = ${p.b2} (${p.count} deprived): ${p.more === 1 ? "one more deprivation" : `${p.more} more deprivations`} would make the household poor.`,
  deprivations_to_near_poor: (p) => `B2 = ${p.b2} (${p.count} deprived): removing ${p.fewer} ${p.fewer === 1 ? "deprivation" : "deprivations"} would make the household near-poor.`,
};

const income12 = (p: TwelveMonthIncomeParams): string =>
  p.split
    ? `Household income over 12 months: ${formatDong(p.total ?? 0, "en")} less state allowances of ${formatDong(p.allowances ?? 0, "en")} = ${formatDong(p.net, "en")}, for ${p.members} persons.`
    : `Household income over 12 months (state allowances already excluded): ${formatDong(p.net, "en")}, for ${p.members} persons.`;
const line12 = (p: TwelveMonthLineParams): string =>
  `Per-capita income is ${p.holds ? "at or below" : "above"} the ${p.labelEn} of ${formatDong(p.line, "en")} per person per month; exact comparison over 12 months: ${formatDong(p.lhs, "en")} ${p.holds ? "≤" : ">"} ${formatDong(p.rhs, "en")}.`;
const sector = (p: MiddleLivingStepParams["agricultural_household"]): string =>
  p.holds ? `The household works in ${p.sectorsEn}.` : "The household does not work in agriculture, forestry, fishery or salt production: middle-living status does not apply.";

/** English texts of middle-living households. */
export const enMiddleLivingSteps: { readonly [C in keyof MiddleLivingStepParams]: (p: MiddleLivingStepParams[C]) => string } = {
  middle_living_not_found: (p) => `Standard ${p.standard} has no sourced middle-living band.`,
  agricultural_household: sector,
  not_agricultural_household: sector,
  income_allowances_excluded: income12,
  income_given_excluding_allowances: income12,
  middle_living_income_at_or_below_line: line12,
  middle_living_income_above_line: line12,
  income_at_or_below_middle_living: line12,
  income_above_middle_living: line12,
  middle_living_outcome_middle_living: () => "Outcome: middle-living household.",
  middle_living_outcome_not_agricultural: () => "Outcome: middle-living status does not apply (not a farm, forestry, fishery or salt household).",
  middle_living_outcome_income_at_or_below_line: () => "Outcome: not middle-living (income at or below the income line: the poor / near-poor review applies).",
  middle_living_outcome_income_above_ceiling: () => "Outcome: not middle-living (income above the middle-living ceiling).",
  middle_living_outcome_rule_not_found: () => "Cannot decide: the standard has no middle-living band.",
};

const date = (p: LowIncomeWorkerStepParams["rule_in_force"]): string =>
  `Decision date ${p.date} is ${p.holds ? "on or after" : "before"} ${p.from} (the rule's effective date)${p.to ? `; the standard applies until ${p.to}` : ""}.`;
const workerHousehold = (p: LowIncomeWorkerStepParams["household_poor_or_near_poor"]): string =>
  `The worker's household is ${p.holds ? "neither poor nor near-poor" : p.cls === "poor" ? "poor" : "near-poor"}.`;

/** English texts of low-income workers. */
export const enLowIncomeWorkerSteps: { readonly [C in keyof LowIncomeWorkerStepParams]: (p: LowIncomeWorkerStepParams[C]) => string } = {
  low_income_worker_not_found: (p) => `Standard ${p.standard} has no low-income-worker rule.`,
  rule_in_force: date,
  before_effective_from: date,
  after_standard_end: date,
  household_neither_poor_nor_near_poor: workerHousehold,
  household_poor_or_near_poor: workerHousehold,
  income_at_or_below_low_income_ceiling: line12,
  income_above_low_income_ceiling: line12,
  low_income_worker_outcome_low_income_worker: () => "Outcome: low-income worker.",
  low_income_worker_outcome_household_poor_or_near_poor: () => "Outcome: not a low-income worker (the household is poor or near-poor).",
  low_income_worker_outcome_income_above_ceiling: () => "Outcome: not a low-income worker (income above the ceiling).",
  low_income_worker_outcome_before_effective_from: () => "Not in force: the low-income-worker rule was not yet in force on the decision date.",
  low_income_worker_outcome_after_standard_end: () => "Not in force: the decision date is after the standard's end.",
  low_income_worker_outcome_rule_not_found: () => "Cannot decide: the standard has no low-income-worker rule.",
};

const SECTOR_EN = { agriculture: "agriculture", forestry: "forestry", fishery: "fishery", salt: "salt production" } as const;

/** English labels of classification. */
export const enClassifyTerms: { readonly [K in keyof ClassifyTermParams]: (p: ClassifyTermParams[K]) => string } = {
  sector_name: (p) => SECTOR_EN[p.sector],
};
