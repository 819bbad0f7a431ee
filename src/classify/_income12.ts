import * as z from "zod";
import type { Citation, ExplanationStep } from "../explain/types.js";
import { addDomainIssue } from "../_lib/issues.js";
import { step } from "../_lib/trace.js";
import { formatDong } from "../_lib/format.js";
import { num, type MessageParams } from "../_lib/messages.js";
import type { IncomeQuantity } from "../_lib/income.js";
import { moneySchema } from "../_lib/schemas.js";

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

const money = moneySchema;

const ONE_OF = {
  vi: () => "thu nhập 12 tháng phải là: total kèm stateAllowances, hoặc totalExcludingAllowances.",
  en: () => "the 12-month income must be: total with stateAllowances, or totalExcludingAllowances.",
};
const ALLOWANCES_ABOVE_TOTAL = {
  vi: (p: MessageParams) => `trợ cấp của Nhà nước (${formatDong(num(p["allowances"]), "vi")}) lớn hơn tổng thu nhập (${formatDong(num(p["total"]), "vi")}).`,
  en: (p: MessageParams) => `state allowances (${formatDong(num(p["allowances"]), "en")}) exceed the total income (${formatDong(num(p["total"]), "en")}).`,
};

/** The schema of a 12-month income. */
export const income12Schema = z
  .object({ total: money.optional(), stateAllowances: money.optional(), totalExcludingAllowances: money.optional() })
  .strict()
  .superRefine((v, ctx) => {
    const split = v.total !== undefined || v.stateAllowances !== undefined;
    const net = v.totalExcludingAllowances !== undefined;
    if (split === net || (split && (v.total === undefined || v.stateAllowances === undefined))) addDomainIssue(ctx, "invalid_income", [], ONE_OF, {});
    else if (v.total !== undefined && v.stateAllowances !== undefined && v.stateAllowances > v.total) {
      addDomainIssue(ctx, "allowances_above_total", ["stateAllowances"], ALLOWANCES_ABOVE_TOTAL, { allowances: v.stateAllowances, total: v.total });
    }
  });

/** Income net of state allowances, as an exact quantity over 12 months for the members. */
export function netIncome(v: z.output<typeof income12Schema>, members: number): IncomeQuantity {
  const amount = v.totalExcludingAllowances ?? (v.total ?? 0) - (v.stateAllowances ?? 0);
  return { amount, months: 12, persons: members };
}

const INCOME = {
  vi: (p: MessageParams) =>
    p["split"]
      ? `Thu nhập 12 tháng của hộ: ${formatDong(num(p["total"]), "vi")} trừ trợ cấp của Nhà nước ${formatDong(num(p["allowances"]), "vi")} = ${formatDong(num(p["net"]), "vi")}, cho ${num(p["members"])} người.`
      : `Thu nhập 12 tháng của hộ (đã trừ trợ cấp của Nhà nước): ${formatDong(num(p["net"]), "vi")}, cho ${num(p["members"])} người.`,
  en: (p: MessageParams) =>
    p["split"]
      ? `Household income over 12 months: ${formatDong(num(p["total"]), "en")} less state allowances of ${formatDong(num(p["allowances"]), "en")} = ${formatDong(num(p["net"]), "en")}, for ${num(p["members"])} persons.`
      : `Household income over 12 months (state allowances already excluded): ${formatDong(num(p["net"]), "en")}, for ${num(p["members"])} persons.`,
};

/** The step that shows the income and the exclusion of state allowances. */
export function incomeStep(v: z.output<typeof income12Schema>, members: number, citation: Citation, status: "confirmed" | "seed" | "uncertain"): ExplanationStep {
  const split = v.totalExcludingAllowances === undefined;
  const net = netIncome(v, members).amount;
  return step({
    rule: "income.twelve_months_excluding_allowances",
    code: split ? "income_allowances_excluded" : "income_given_excluding_allowances",
    template: INCOME,
    params: { split, total: v.total ?? null, allowances: v.stateAllowances ?? null, net, members },
    actual: net,
    result: true,
    citations: [citation],
    status,
  });
}

const LINE = {
  vi: (p: MessageParams) =>
    `Thu nhập bình quân ${p["holds"] ? "không vượt" : "vượt"} ${String(p["labelVi"])} ${formatDong(num(p["line"]), "vi")}/người/tháng; so sánh chính xác trên 12 tháng: ${formatDong(num(p["lhs"]), "vi")} ${p["holds"] ? "≤" : ">"} ${formatDong(num(p["rhs"]), "vi")}.`,
  en: (p: MessageParams) =>
    `Per-capita income is ${p["holds"] ? "at or below" : "above"} the ${String(p["labelEn"])} of ${formatDong(num(p["line"]), "en")} per person per month; exact comparison over 12 months: ${formatDong(num(p["lhs"]), "en")} ${p["holds"] ? "≤" : ">"} ${formatDong(num(p["rhs"]), "en")}.`,
};

/** A step comparing the 12-month income with a monthly line: total × lineMonths ≤ line × 12 × members. */
export function lineStep(
  rule: string,
  code: string,
  income: IncomeQuantity,
  line: number,
  lineMonths: number,
  holds: boolean,
  label: { vi: string; en: string },
  citation: Citation,
  status: "confirmed" | "seed" | "uncertain",
): ExplanationStep {
  return step({
    rule,
    code,
    template: LINE,
    params: { holds, line, labelVi: label.vi, labelEn: label.en, lhs: income.amount * lineMonths, rhs: line * income.months * income.persons },
    actual: income.amount,
    expected: `≤ ${line} × ${income.months} × ${income.persons}`,
    result: holds,
    citations: [citation],
    status,
  });
}
