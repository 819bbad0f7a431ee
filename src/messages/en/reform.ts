// English: the reform impact (the same households under two standards).
import type { ReformClassKey, ReformColumnKey, ReformIssueParams, ReformTermParams } from "../codes/reform.js";

const CLASS: { readonly [K in ReformClassKey]: string } = {
  poor: "Poor",
  near_poor: "Near-poor",
  not_poor: "Neither",
  undetermined: "Undetermined",
};

function column(c: ReformColumnKey, from: string, to: string): string {
  switch (c) {
    case "unit":
      return "Unit";
    case "households":
      return "Households";
    case "poor_from":
      return `Poor (${from})`;
    case "poor_to":
      return `Poor (${to})`;
    case "near_poor_from":
      return `Near-poor (${from})`;
    case "near_poor_to":
      return `Near-poor (${to})`;
    case "into_lists":
      return "Into the lists";
    case "out_of_lists":
      return "Out of the lists";
    case "between_lists":
      return "Between poor and near-poor";
    case "undetermined_from":
      return `Undetermined (${from})`;
    case "undetermined_to":
      return `Undetermined (${to})`;
    case "persons_poor_from":
      return `Persons in poor households (${from})`;
    case "persons_poor_to":
      return `Persons in poor households (${to})`;
  }
}

/** English texts of the reform impact's issues. */
export const enReformIssues: { readonly [C in keyof ReformIssueParams]: (p: ReformIssueParams[C]) => string } = {
  indicator_in_neither_standard: (p) => `indicator "${p.key}" belongs to neither ${p.from} nor ${p.to}.`,
  reform_standards_differ: (p) => `the impact is for the pair ${p.received}, not ${p.expected}; they cannot be merged.`,
  reform_units_overlap: (p) => `unit "${p.unit}" is already counted in another part; merging would count it twice.`,
  reform_cells_inconsistent: (p) => `cell ${p.from} → ${p.to}: ${p.persons} persons for ${p.households} households (each household has at least one person).`,
  households_unreadable: (p) => `reading the households failed after ${p.counted} record(s); nothing was counted (no partial result is returned).`,
  income_members_mismatch: (p) => `the members given with the income (${p.income}) differ from the household's members (${p.members}).`,
  reform_total_mismatch: (p) => `${p.what}: the total must be ${p.expected}, received ${p.received}.`,
};

/** English labels of the reform impact's tables. */
export const enReformTerms: { readonly [C in keyof ReformTermParams]: (p: ReformTermParams[C]) => string } = {
  reform_class: (p) => CLASS[p.kind],
  reform_column: (p) => column(p.column, p.from, p.to),
  reform_units_title: (p) => `Impact of moving from the ${p.from} to the ${p.to} standard, by unit`,
  reform_matrix_title: (p) => `Classes under ${p.from} against classes under ${p.to} (${p.measure})`,
  reform_matrix_corner: (p) => `${p.from} \\ ${p.to}`,
  reform_total: () => "Total",
  reform_note_same_households: (p) => `The same households and income data, classified under ${p.from} and under ${p.to}: an estimate of the impact, not a review result.`,
  reform_note_undetermined: (p) => `"Undetermined (${p.to})": income within the line but a new indicator not yet collected; the library does not guess.`,
  reform_note_uncertain: () => "The 2027–2030 indicator list and the indicator map are uncertain (the full text of Decree 351/2025/ND-CP was not read).",
};
