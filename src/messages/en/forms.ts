// English: the household model and the review forms (Phiếu A, Phiếu B).
import type { B1StepParams, B2StepParams, FormAStepParams, FormIssueParams, FormTermParams, HouseholdIssueParams } from "../codes/forms.js";

const s = (v: string | number | null): string => (v === null ? "" : String(v));

/** English texts of the household model's issues. */
export const enHouseholdIssues: { readonly [C in keyof HouseholdIssueParams]: (p: HouseholdIssueParams[C]) => string } = {
  age_missing: () => "the member's age or birth date is required.",
  review_date_required: () => "the household's reviewDate is required to compute an age from a birth date.",
  impossible_age: (p) => `the age from birth date ${p.birthDate} to review date ${p.reviewDate} is ${p.age}, which is impossible (0–${p.max}).`,
  age_mismatch: (p) => `age ${p.age} does not match the birth date (computed age: ${p.computed}).`,
  duplicate_sector: (p) => `sector "${p.sector}" is listed twice.`,
};

const WHERE = { sheets: "sheets", items: "items", options: "options of the item" } as const;

/** English texts of the forms' issues. */
export const enFormIssues: { readonly [C in keyof FormIssueParams]: (p: FormIssueParams[C]) => string } = {
  wrong_criteria_count: (p) => `Phiếu A under standard ${p.standard} has exactly ${p.expected} criteria (columns 1–${p.expected}); received ${p.received}.`,
  form_a_criteria_required: () => "a reviewed household (column 0 = 1) needs its criteria answers.",
  labels_length_mismatch: (p) => `the number of labels (${p.labels}) must equal the number of criteria (${p.criteria}).`,
  invalid_b1: () => "B1 must be exactly one of: a total, or a scorecard with its answers.",
  scorecard_of_other_standard: (p) => `scorecard "${p.scorecard}" belongs to standard ${p.belongsTo} and cannot be used with ${p.standard}.`,
  region_required: (p) => `the scorecard has regional sheets for the ${p.area} area: the socio-economic region is required.`,
  region_not_covered: (p) => `the scorecard has no sheet for the ${p.area} area${p.region ? ` in region ${p.region}` : ""}.`,
  unknown_b1_item: (p) => `item "${p.item}" is not in scorecard "${p.scorecard}".`,
  unknown_b1_option: (p) => `option "${s(p.option)}" is not an option of item "${p.item}" (its options: ${p.known}).`,
  b1_total_negative: (p) => `the B1 total computed from the scorecard is ${p.total}; it cannot be negative.`,
  duplicate_id: (p) => `id "${p.id}" appears twice among the ${WHERE[p.where]}.`,
  scorecard_points_missing: (p) => `the option has no points for sheet "${p.sheet}".`,
  scorecard_unknown_sheet: (p) => `points are given for sheet "${p.sheet}", which is not among the sheets.`,
  scorecard_sheets_overlap: (p) => `sheet "${p.sheet}" overlaps sheet "${p.other}" (area ${p.area}${p.region ? `, region ${p.region}` : ""}).`,
  invalid_b2: () => "B2 must be exactly one of: answers (one per indicator), total (points), deprivations (the deprived indicators), deprivationCount.",
  b2_not_multiple_of_points: (p) => `B2 total ${p.total} is not a multiple of ${p.points} points per indicator.`,
  b2_above_maximum: (p) => `B2 total ${p.total} is above the maximum ${p.max} (${p.count} indicators × ${p.points} points).`,
  unknown_indicator: (p) => `indicator "${p.key}" is not in standard ${p.standard} (its indicators: ${p.known}).`,
  indicator_of_other_standard: (p) => `indicator "${p.key}" belongs to standard ${p.belongsTo}, not to ${p.standard}.`,
  duplicate_indicator: (p) => `indicator "${p.key}" is listed twice.`,
  unknown_indicators_without_list: () => "unknownIndicators goes with the list of deprived indicators (deprivations), not with a count.",
  indicator_deprived_and_unknown: (p) => `indicator "${p.key}" is listed both as deprived and as not answered.`,
  deprivations_and_count_both_given: () => "give only one of deprivations (the list) or deprivationCount (the count).",
  too_many_deprivations: (p) => `deprivation count ${p.count} exceeds the standard's ${p.max} indicators.`,
};

const columnE = (p: FormAStepParams["form_a_stop"]): string =>
  `Phiếu A, column E = ${p.total} (the sum of the criteria columns) ${p.stop ? "≥" : "<"} ${p.stopAt}: ${p.stop ? "code 0, the review stops and the household is not scored on Phiếu B" : "code 1, the household goes on to be scored on Phiếu B"}.`;
const criterion = (p: FormAStepParams["form_a_criterion_met"]): string => `Column ${p.column}${p.labelEn ? ` (${p.labelEn})` : ""}: ${p.value}.`;
const column0 = (p: FormAStepParams["form_a_reviewed"]): string =>
  p.reviewed ? "Phiếu A, column (0) = 1: the household is reviewed; the criteria columns are filled in." : "Phiếu A, column (0) = 0: the household is not reviewed; its review stops here.";

/** English texts of Phiếu A's steps. */
export const enFormASteps: { readonly [C in keyof FormAStepParams]: (p: FormAStepParams[C]) => string } = {
  form_a_rule_not_found: (p) => `Standard ${p.standard} has no sourced Phiếu A rule: quick identification cannot be applied.`,
  form_a_reviewed: column0,
  form_a_not_reviewed: column0,
  form_a_criteria_count: (p) => `Phiếu A has ${p.expected} criteria (columns 1–${p.expected}); ${p.received} answered.`,
  form_a_criterion_met: criterion,
  form_a_criterion_not_met: criterion,
  form_a_stop: columnE,
  form_a_score_on_form_b: columnE,
  form_a_outcome_not_reviewed: () => "Phiếu A: the household is not reviewed.",
  form_a_outcome_stop: (p) => `Phiếu A: code 0, the review stops (E = ${s(p.total)}).`,
  form_a_outcome_score_on_form_b: (p) => `Phiếu A: code 1, score on Phiếu B (E = ${s(p.total)}).`,
  form_a_outcome_rule_not_found: () => "Phiếu A: cannot be applied (no sourced rule).",
};

const poorByIncome = (p: B1StepParams["b1_at_or_below_poor_by_income"]): string =>
  `B1 = ${p.total} ${p.holds ? "≤" : ">"} ${p.cutoff} (${p.labelEn})${p.holds ? ": poor by income" : ""}.`;
const cutoff = (p: B1StepParams["b1_at_or_below_cutoff"]): string =>
  `B1 = ${p.total} ${p.holds ? "≤" : ">"} ${p.cutoff} (${p.labelEn}, ${p.area})${p.holds ? "" : ": neither poor nor near-poor; B2 is not scored"}.`;

/** English texts of B1's steps. */
export const enB1Steps: { readonly [C in keyof B1StepParams]: (p: B1StepParams[C]) => string } = {
  b1_paper_total: (p) => `Phiếu B, part B1: total ${p.total} points (as written on the form).`,
  b1_items_missing: (p) => `Phiếu B, part B1: items ${p.missing} are not answered; the total cannot be computed.`,
  b1_item_points: (p) => `${p.formItem ? `${p.formItem} ` : ""}${p.labelEn}: "${p.optionEn}" → ${p.points} points.`,
  b1_scorecard_total: (p) => `Phiếu B, part B1: total ${p.total} points by scorecard "${p.scorecard}" version ${p.version}, sheet ${p.sheet} (base ${p.base}).`,
  b1_at_or_below_poor_by_income: poorByIncome,
  b1_above_poor_by_income: poorByIncome,
  b1_at_or_below_cutoff: cutoff,
  b1_above_cutoff: cutoff,
  b1_rule_not_found: (p) => `Standard ${p.standard} has no sourced B1 scoring rule (cut-off, points table).`,
  b1_local_rule_not_found: (p) => `The local standard ${p.standard} raised the ${p.area} income line without a B1 cut-off equated with it; Phiếu B cannot be scored under it.`,
  b1_outcome_scored: (p) => `B1 score: ${s(p.total)}.`,
  b1_outcome_undetermined: (p) => `B1 undetermined: ${s(p.missing)} missing.`,
};

const indicator = (p: B2StepParams["b2_indicator_deprived"]): string => `Indicator ${p.order} "${p.nameEn}": ${p.deprived ? `deprived (+${p.points} points)` : "not deprived"}.`;
const threshold = (p: B2StepParams["b2_at_or_above_threshold"]): string =>
  `B2 = ${p.total} ${p.holds ? "≥" : "<"} ${p.threshold} points: ${p.holds ? "the household is poor" : "the household is near-poor"}.`;

/** English texts of B2's steps. */
export const enB2Steps: { readonly [C in keyof B2StepParams]: (p: B2StepParams[C]) => string } = {
  b2_answers_missing: (p) => `Phiếu B, part B2: indicators ${p.missing} are not answered; they are not taken as not deprived.`,
  b2_indicator_deprived: indicator,
  b2_indicator_not_deprived: indicator,
  b2_total: (p) => `Phiếu B, part B2: ${p.total} points (${p.count} deprived indicators × ${p.points} points)${p.namesEn ? `: ${p.namesEn}` : ""}.`,
  b2_at_or_above_threshold: threshold,
  b2_below_threshold: threshold,
  b2_rule_not_found: (p) => `Standard ${p.standard} has no sourced B2 scoring rule.`,
  b2_outcome_scored: (p) => `B2 score: ${s(p.total)}.`,
  b2_outcome_undetermined: (p) => `B2 undetermined: ${s(p.missing)} missing.`,
};

/** English texts of the reasons an indicator was not derived. */
export const enFormTerms: { readonly [C in keyof FormTermParams]: (p: FormTermParams[C]) => string } = {
  derive_definition_not_found: (p) => `Indicator "${p.nameEn}" (standard ${p.standard}): no definition found, so it cannot be derived; the reviewer answers it directly.`,
  derive_numbers_not_found: (p) => `Indicator "${p.nameEn}" (standard ${p.standard}): the definition is known but not the numbers it is stated with, so it cannot be derived; the reviewer answers it directly.`,
  derive_no_household_fields: (p) => `Indicator "${p.nameEn}" (standard ${p.standard}): it needs data the library's household model does not hold, so it cannot be derived; the reviewer answers it directly.`,
};
