// The 12-month income of middle-living households and low-income workers: its schema, the exact comparison with
// a monthly line, and their explanation steps. Private.
import * as z from "zod/mini";
import type { Certainty, Citation, LegalValue } from "../types.js";
import type { ExplanationStep } from "../explain/types.js";
import type { TwelveMonthLineParams } from "../messages/codes.js";
import type { IncomeQuantity } from "./_income.js";
import { moneySchema } from "./_schemas.js";
import { addIssue, twelveMonthStep } from "./_messages.js";

/**
 * A household's income over the 12 months before the review (thu nhập 12 tháng), in whole đồng: the total with the
 * state allowances given separately (they are excluded), or a total that already excludes them.
 *
 * @example
 * ```ts
 * const a: Income12Months = { total: 90_000_000, stateAllowances: 6_000_000 };
 * const b: Income12Months = { totalExcludingAllowances: 84_000_000 };
 * ```
 * @category Classification
 */
export type Income12Months =
  | { readonly total: number; readonly stateAllowances: number }
  | { readonly totalExcludingAllowances: number };

/** The schema of a 12-month income. */
export const income12Schema = z
  .strictObject({ total: z.optional(moneySchema), stateAllowances: z.optional(moneySchema), totalExcludingAllowances: z.optional(moneySchema) })
  .check(
    z.superRefine((v, ctx) => {
      const split = v.total !== undefined || v.stateAllowances !== undefined;
      const net = v.totalExcludingAllowances !== undefined;
      if (split === net || (split && (v.total === undefined || v.stateAllowances === undefined))) addIssue(ctx, "invalid_income_12_months", [], {});
      else if (v.total !== undefined && v.stateAllowances !== undefined && v.stateAllowances > v.total) {
        addIssue(ctx, "allowances_above_total", ["stateAllowances"], { allowances: v.stateAllowances, total: v.total });
      }
    }),
  );

/** A parsed 12-month income. */
export type Income12 = z.output<typeof income12Schema>;

/** Income net of state allowances, as an exact quantity over 12 months for the members. */
export function netIncome(v: Income12, members: number): IncomeQuantity {
  const amount = v.totalExcludingAllowances ?? (v.total ?? 0) - (v.stateAllowances ?? 0);
  return { amount, months: 12, persons: members };
}

/** The step that shows the income and the exclusion of state allowances. */
export function incomeStep(v: Income12, members: number, citation: Citation, status: Certainty): ExplanationStep {
  const split = v.totalExcludingAllowances === undefined;
  const net = netIncome(v, members).amount;
  return twelveMonthStep({
    rule: "income.twelve_months_excluding_allowances",
    code: split ? "income_allowances_excluded" : "income_given_excluding_allowances",
    params: { split, total: v.total ?? null, allowances: v.stateAllowances ?? null, net, members },
    actual: net,
    result: true,
    citations: [citation],
    status,
  });
}

type LineCode =
  | "middle_living_income_at_or_below_line"
  | "middle_living_income_above_line"
  | "income_at_or_below_middle_living"
  | "income_above_middle_living"
  | "income_at_or_below_low_income_ceiling"
  | "income_above_low_income_ceiling";

/** A step comparing the 12-month income with a monthly line: total × lineMonths ≤ line × 12 × members. */
export function lineStep(rule: string, code: LineCode, income: IncomeQuantity, lv: LegalValue<number>, lineMonths: number, holds: boolean, fallbackLabel: { vi: string; en: string }): ExplanationStep {
  const line = lv.value;
  const label = lv.label ?? fallbackLabel;
  const params: TwelveMonthLineParams = { holds, line, labelVi: label.vi, labelEn: label.en, lhs: income.amount * lineMonths, rhs: line * income.months * income.persons };
  return twelveMonthStep({ rule, code, params, actual: income.amount, expected: `≤ ${line} × ${income.months} × ${income.persons}`, result: holds, citations: [lv.citation], status: lv.status });
}
