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
 */
export function atOrBelow(income: IncomeQuantity, line: number, lineMonths: number): boolean {
  return income.amount * lineMonths <= line * income.months * income.persons;
}

/** The months a standard's lines for an area are stated per. */
export function lineMonths(lines: AreaIncomeLines): number {
  return lines.period === "year" ? 12 : 1;
}

/** Where a value falls against the two lines of a class rule. */
export type Band = "poor_by_income" | "deprivation_decides" | "above";

/** Places a value in a band, given "at or below line?" answers. */
export function bandOf(atOrBelowPoorLine: boolean | undefined, atOrBelowLine: boolean): Band {
  if (atOrBelowPoorLine === true) return "poor_by_income";
  return atOrBelowLine ? "deprivation_decides" : "above";
}
