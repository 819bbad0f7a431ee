import * as z from "zod";
import type { Citation } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { safeParseWith, unwrap } from "../_lib/issues.js";
import { standardRefSchema } from "../_lib/standardRef.js";
import { Tracer, step } from "../_lib/trace.js";
import { atOrBelow } from "../_lib/income.js";
import { str, type MessageParams } from "../_lib/messages.js";
import type { Area, PovertyStandard } from "../standards/types.js";
import { standardStep, type Decision } from "./classifyByIncome.js";
import { income12Schema, incomeStep, lineStep, netIncome, type Income12Months } from "./_income12.js";
import { incomeMethod } from "./middleLiving.js";
import { membersSchema } from "../_lib/schemas.js";

/**
 * The input of {@link classifyLowIncomeWorker} (xác định người lao động có thu nhập thấp).
 *
 * @example
 * ```ts
 * const input: ClassifyLowIncomeWorkerInput = {
 *   standard: "2021-2025", area: "urban", decisionDate: "2025-06-01", householdClass: "not_poor",
 *   members: 3, income12Months: { totalExcludingAllowances: 100_000_000 },
 * };
 * ```
 * @category Classification
 */
export interface ClassifyLowIncomeWorkerInput {
  /** The standard: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** Rural or urban. */
  readonly area: Area;
  /** The date of the decision, ISO `YYYY-MM-DD` (never today's date: the caller says which day). */
  readonly decisionDate: string;
  /** The class of the worker's household: poor, near-poor, or neither. */
  readonly householdClass: "poor" | "near_poor" | "not_poor";
  /** The number of household members. */
  readonly members: number;
  /** The household's income over 12 months, state allowances excluded. */
  readonly income12Months: Income12Months;
}

/**
 * Whether a worker is a low-income worker (người lao động có thu nhập thấp).
 *
 * @remarks
 * - `low_income_worker`: the worker's household is neither poor nor near-poor and its per-capita income is at most
 *   the ceiling.
 * - `not_low_income_worker.reason`: `household_poor_or_near_poor` or `income_above_ceiling`.
 * - `not_in_force.reason`: `before_effective_from` (before the rule took effect) or `after_standard_end`.
 * - `rule_not_found`: the standard has no low-income-worker rule (2016–2020, 2027–2030).
 *
 * @example
 * ```ts
 * const o: LowIncomeWorkerOutcome = { kind: "not_in_force", reason: "before_effective_from" };
 * ```
 * @category Classification
 */
export type LowIncomeWorkerOutcome =
  | { readonly kind: "low_income_worker" }
  | { readonly kind: "not_low_income_worker"; readonly reason: "household_poor_or_near_poor" | "income_above_ceiling" }
  | { readonly kind: "not_in_force"; readonly reason: "before_effective_from" | "after_standard_end" }
  | { readonly kind: "rule_not_found"; readonly reason: "low_income_worker_not_found" };

const schema = z
  .object({
    standard: standardRefSchema,
    area: z.enum(["rural", "urban"]),
    decisionDate: z.iso.date(),
    householdClass: z.enum(["poor", "near_poor", "not_poor"]),
    members: membersSchema,
    income12Months: income12Schema,
  })
  .strict();

const KEYS = {
  low_income_worker: { vi: "Kết luận: người lao động có thu nhập thấp.", en: "Outcome: low-income worker." },
  household_poor_or_near_poor: { vi: "Kết luận: không phải người lao động có thu nhập thấp (hộ là hộ nghèo hoặc cận nghèo).", en: "Outcome: not a low-income worker (the household is poor or near-poor)." },
  income_above_ceiling: { vi: "Kết luận: không phải người lao động có thu nhập thấp (thu nhập vượt mức quy định).", en: "Outcome: not a low-income worker (income above the ceiling)." },
  before_effective_from: { vi: "Chưa áp dụng: quy định về người lao động có thu nhập thấp chưa có hiệu lực vào ngày quyết định.", en: "Not in force: the low-income-worker rule was not yet in force on the decision date." },
  after_standard_end: { vi: "Không áp dụng: ngày quyết định sau khi chuẩn hết hiệu lực.", en: "Not in force: the decision date is after the standard's end." },
  low_income_worker_not_found: { vi: "Không xác định được: chuẩn không có quy định về người lao động có thu nhập thấp.", en: "Cannot decide: the standard has no low-income-worker rule." },
} as const;

const M = {
  outcome: {
    vi: (p: MessageParams) => KEYS[str(p["key"]) as keyof typeof KEYS]?.vi ?? str(p["key"]),
    en: (p: MessageParams) => KEYS[str(p["key"]) as keyof typeof KEYS]?.en ?? str(p["key"]),
  },
  date: {
    vi: (p: MessageParams) => `Ngày quyết định ${str(p["date"])} ${p["holds"] ? "từ" : "trước"} ngày ${str(p["from"])} (quy định có hiệu lực)${p["to"] ? `; chuẩn áp dụng đến ${str(p["to"])}` : ""}.`,
    en: (p: MessageParams) => `Decision date ${str(p["date"])} is ${p["holds"] ? "on or after" : "before"} ${str(p["from"])} (the rule's effective date)${p["to"] ? `; the standard applies until ${str(p["to"])}` : ""}.`,
  },
  household: {
    vi: (p: MessageParams) => `Hộ của người lao động: ${p["holds"] ? "không phải hộ nghèo, hộ cận nghèo" : p["cls"] === "poor" ? "hộ nghèo" : "hộ cận nghèo"}.`,
    en: (p: MessageParams) => `The worker's household is ${p["holds"] ? "neither poor nor near-poor" : p["cls"] === "poor" ? "poor" : "near-poor"}.`,
  },
  notFound: {
    vi: (p: MessageParams) => `Chuẩn ${str(p["standard"])} không có quy định về người lao động có thu nhập thấp.`,
    en: (p: MessageParams) => `Standard ${str(p["standard"])} has no low-income-worker rule.`,
  },
};

/**
 * Decides whether a worker is a low-income worker (xác định người lao động có thu nhập thấp), returning the issues
 * when the input is bad.
 *
 * @remarks
 * Decree 30/2025/NĐ-CP, amending Decree 07/2021/NĐ-CP, in force from the `lowIncomeWorker.effectiveFrom` date in the
 * standard's data (24/02/2025): a worker in a household that is neither poor nor near-poor, with per-capita income
 * at most the ceiling (rural 2,250,000, urban 3,000,000 per person per month; `lowIncomeWorker` in the data). The
 * decision date is an input (ISO), never today's date; a date before the effective date or after the standard's
 * end is `not_in_force`. Income is taken over 12 months with state allowances excluded, as for middle-living
 * households (the decree's own income method was not read: the step is marked accordingly), and compared exactly:
 * `net ≤ ceiling × 12 × members`. Standards without the rule (2016–2020, 2027–2030) give `rule_not_found`.
 *
 * @param input - standard, area, decision date, household class, members, 12-month income.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeClassifyLowIncomeWorker({ standard: "2021-2025", area: "rural", decisionDate: "2025-02-30", householdClass: "not_poor", members: 1, income12Months: { totalExcludingAllowances: 0 } }).ok;
 * //=> false (not a date)
 * ```
 * @category Classification
 */
export function safeClassifyLowIncomeWorker(input: ClassifyLowIncomeWorkerInput): SafeResult<Decision<LowIncomeWorkerOutcome>> {
  const parsed = safeParseWith(schema, input);
  if (!parsed.ok) return parsed;
  const standard = parsed.value.standard;
  const v = parsed.value;
  const t = new Tracer();
  t.add(standardStep(standard));
  const finish = (outcome: LowIncomeWorkerOutcome, key: keyof typeof KEYS, citations: readonly Citation[]) => {
    const final = t.add(step({ rule: "outcome", code: key, template: M.outcome, params: { key }, result: outcome.kind, citations }));
    return { ok: true as const, value: { outcome, explanation: t.finish("classify_low_income_worker", standard.id, final.message) } };
  };
  const rule = standard.lowIncomeWorker;
  if (!rule) {
    t.add(step({ rule: "low_income_worker.rule", code: "low_income_worker_not_found", template: M.notFound, params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
    return finish({ kind: "rule_not_found", reason: "low_income_worker_not_found" }, "low_income_worker_not_found", []);
  }
  const ceilingValue = rule[v.area];
  // ISO dates compare as strings
  const inForce = v.decisionDate >= rule.effectiveFrom;
  const beforeEnd = standard.effectiveTo === undefined || v.decisionDate <= standard.effectiveTo;
  t.add(
    step({
      rule: "low_income_worker.in_force",
      code: inForce ? (beforeEnd ? "rule_in_force" : "after_standard_end") : "before_effective_from",
      template: M.date,
      params: { date: v.decisionDate, from: rule.effectiveFrom, to: standard.effectiveTo ?? null, holds: inForce },
      actual: v.decisionDate,
      expected: `≥ ${rule.effectiveFrom}`,
      result: inForce && beforeEnd,
      citations: [ceilingValue.citation],
      status: ceilingValue.status,
    }),
  );
  if (!inForce) return finish({ kind: "not_in_force", reason: "before_effective_from" }, "before_effective_from", [ceilingValue.citation]);
  if (!beforeEnd) return finish({ kind: "not_in_force", reason: "after_standard_end" }, "after_standard_end", [ceilingValue.citation]);
  const neither = v.householdClass === "not_poor";
  t.add(step({ rule: "low_income_worker.household", code: neither ? "household_neither_poor_nor_near_poor" : "household_poor_or_near_poor", template: M.household, params: { holds: neither, cls: v.householdClass }, actual: v.householdClass, expected: "not_poor", result: neither, citations: [ceilingValue.citation], status: ceilingValue.status }));
  if (!neither) return finish({ kind: "not_low_income_worker", reason: "household_poor_or_near_poor" }, "household_poor_or_near_poor", [ceilingValue.citation]);
  const method = incomeMethod(standard);
  t.add(incomeStep(v.income12Months, v.members, { ...method.citation, note: `${method.citation.note ? `${method.citation.note}; ` : ""}applied to low-income workers as for middle-living households` }, "uncertain"));
  const income = netIncome(v.income12Months, v.members);
  const ceiling = t.read(standard, `lowIncomeWorker.${v.area}`, ceilingValue);
  const holds = atOrBelow(income, ceiling, 1);
  t.add(lineStep("low_income_worker.at_or_below_ceiling", holds ? "income_at_or_below_low_income_ceiling" : "income_above_low_income_ceiling", income, ceiling, 1, holds, ceilingValue.label ?? { vi: "mức thu nhập thấp", en: "low-income ceiling" }, ceilingValue.citation, ceilingValue.status));
  return holds
    ? finish({ kind: "low_income_worker" }, "low_income_worker", [ceilingValue.citation])
    : finish({ kind: "not_low_income_worker", reason: "income_above_ceiling" }, "income_above_ceiling", [ceilingValue.citation]);
}

/**
 * Decides whether a worker is a low-income worker (xác định người lao động có thu nhập thấp); throws on bad input.
 *
 * @remarks See {@link safeClassifyLowIncomeWorker} for the rule, the dates and the exact comparison.
 * @param input - standard, area, decision date, household class, members, 12-month income.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * // urban, 3 members: 100,000,000 ≤ 3,000,000 × 12 × 3 = 108,000,000 (Decree 30/2025)
 * classifyLowIncomeWorker({ standard: "2021-2025", area: "urban", decisionDate: "2025-06-01", householdClass: "not_poor", members: 3, income12Months: { totalExcludingAllowances: 100_000_000 } }).outcome;
 * //=> { kind: "low_income_worker" }
 * ```
 * @category Classification
 */
export function classifyLowIncomeWorker(input: ClassifyLowIncomeWorkerInput): Decision<LowIncomeWorkerOutcome> {
  return unwrap(safeClassifyLowIncomeWorker(input), "classifyLowIncomeWorker");
}
