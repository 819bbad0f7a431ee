// Exact income arithmetic: income against a line without dividing. Private.
import type { AreaIncomeLines } from "../standards/types.js";

/**
 * A household's income as given: an amount of đồng over a number of months, shared by a number of persons.
 * Per-capita monthly income is `amount / (months × persons)`, but it is never computed by division.
 */
export interface IncomeQuantity {
  readonly amount: number;
  readonly months: number;
  readonly persons: number;
}

/**
 * Whether the income is at or below a line stated per person per `lineMonths` months, in exact integers:
 * amount / (months × persons) ≤ line / lineMonths ⇔ amount × lineMonths ≤ line × months × persons.
 * Both sides stay below 2^53 for every input the schemas accept (amount ≤ 10^12, months ≤ 12, persons ≤ 1000,
 * line ≤ 10^9 per month).
 */
export function atOrBelow(income: IncomeQuantity, line: number, lineMonths: number): boolean {
  return income.amount * lineMonths <= line * income.months * income.persons;
}

/** The months a standard's lines for an area are stated per. */
export function lineMonths(lines: AreaIncomeLines): number {
  return lines.period === "year" ? 12 : 1;
}
