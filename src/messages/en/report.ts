// English: the report module's issues.
import type { JsonValue } from "../../types.js";
import type { ReportIssueParams } from "../codes/report.js";

function shown(v: JsonValue): string {
  if (v === null) return "null";
  if (typeof v === "string") return v === "undefined" ? "nothing" : `"${v}"`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "a list" : "an object";
}

const KIND: { readonly [k: string]: string } = { poor: "poor", near_poor: "near-poor", not_poor: "not poor", absent: "not on the list" };
const kind = (k: string): string => KIND[k] ?? k;

/** English texts of the report module's issues. */
export const enReportIssues: { readonly [C in keyof ReportIssueParams]: (p: ReportIssueParams[C]) => string } = {
  missing_unit_code: () => "the household has no unit code.",
  standard_mismatch: (p) => `standard ${shown(p.actual)} differs from the tally's standard "${p.expected}".`,
  invalid_persons: (p) => `persons must be a whole number from 1 to ${p.max}, got ${shown(p.received)}.`,
  poor_basis_required: (p) => `standard ${p.standard} splits the poor by income and by deprivation: poorBasis ("income" or "deprivation") is required.`,
  poor_basis_of_other_standard: (p) => `basis ${shown(p.received)} is not used by standard ${p.standard} (allowed: ${p.allowed.join(", ")}).`,
  poor_basis_not_allowed: () => "only a poor household has a poorBasis.",
  middle_living_not_poor_only: () => "a middle-living household must be neither poor nor near-poor.",
  middle_living_not_defined: (p) => `standard ${p.standard} defines no middle-living households.`,
  class_contradicts_deprivations: (p) =>
    p.kind === "poor"
      ? `the household is recorded as poor but is deprived in only ${p.count} indicator(s); under standard ${p.standard} a household poor by deprivation is deprived in ${p.threshold} or more.`
      : `the household is recorded as near-poor but is deprived in ${p.count} indicators; under standard ${p.standard} a near-poor household is deprived in fewer than ${p.threshold}.`,
  duplicate_value: (p) => `value "${p.value}" is listed twice.`,
  undetermined_household: (p) => `the household is not classified (${p.missing.join(", ")} missing); it cannot be counted.`,
  household_rule_not_found: (p) => `standard ${p.standard} has no rule to classify the household's inputs (${p.reason}); it cannot be counted.`,
  classification_input_ambiguous: () => "the household has both an income and form scores (formA, b1, b2): give one way of classifying it.",
  classification_input_missing: () => "the household has neither an income nor form scores (b1, b2): it cannot be classified.",
  inconsistent_counts: (p) => `the counts do not agree: ${p.rule}.`,
  count_overflow: (p) => `a count passes ${p.limit}: it is no longer exact.`,
  year_mismatch: (p) => `list year ${shown(p.actual)} differs from the other tallies' year ${p.expected === null ? "(not given)" : p.expected}; two years are compared, never added.`,
  year_outside_standard: (p) => `standard ${p.standard} governs the lists of ${p.from}–${p.to}, not ${p.year}.`,
  tally_layout_mismatch: (p) =>
    p.field === "indicators"
      ? `the tally's indicators (${shown(p.actual)}) differ from standard ${p.standard}'s (${p.expected}).`
      : `the tally's class rule (${shown(p.actual)}) differs from standard ${p.standard}'s (${p.expected}).`,
  segment_not_kept: (p) => `standard ${p.standard} keeps no "${p.segment}" segment (only 2016–2020 splits the poor by income and by deprivation).`,
  duplicate_unit: (p) => `unit code "${p.code}" appears twice.`,
  missing_parent: (p) => `the parent "${p.parentCode}" of "${p.code}" is not in the list.`,
  invalid_parent_level: (p) => `a ${p.level} ("${p.code}") cannot sit under a ${p.parentLevel} ("${p.parentCode}").`,
  cycle: (p) => `the units form a cycle: ${p.cycle.join(" → ")}.`,
  unknown_unit: (p) => `unit code "${p.code}" is not in the hierarchy.`,
  unit_counted_twice: (p) => `unit "${p.code}" already has the counts of its unit "${p.descendant}": its own tally is left out so nothing is counted twice.`,
  unit_outside_root: (p) => `the ${p.level} "${p.code}" has no parent, so its chain does not reach the top of the hierarchy (${p.top}): it is left out of the total.`,
  unknown_status: (p) => `status ${shown(p.received)} is not one of poor, near_poor, not_poor, absent.`,
  reason_required: () => "a household that came onto or went off the list needs a reason.",
  reason_direction: (p) => `reason "${p.reason}" does not fit a change ${kind(p.previous)} → ${kind(p.current)}.`,
  fell_back_not_applicable: () => "fellBack applies only to a household not poor at the start and poor or near-poor at the end.",
  both_absent: () => "a household cannot be absent at both reviews.",
  unbalanced_movement: (p) => `movement table ${p.table} (${p.measure}) does not balance: column 9 is ${p.actual} but 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 = ${p.expected}.`,
  movement_cross_link: (p) => `table 2 column ${p.poorColumn} (${p.poor}) must equal table 3 column ${p.nearPoorColumn} (${p.nearPoor}) (${p.measure}).`,
};
