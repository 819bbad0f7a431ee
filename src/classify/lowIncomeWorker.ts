import * as z from "zod/mini";
import type { Citation, LegalValue } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { Tracer } from "../explain/_trace.js";
import type { Decision, RuleNotFound } from "../explain/types.js";
import type { Area, PovertyStandard } from "../standards/types.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import { standardStep } from "../standards/_standardStep.js";
import { atOrBelow, type IncomeQuantity } from "./_income.js";
import { income12Schema, incomeStep, lineStep, netIncome, type Income12Months } from "./_income12.js";
import { incomeMethod } from "./middleLiving.js";
import { membersSchema } from "./_schemas.js";
import { twelveMonthStep } from "./_messages.js";

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
  | RuleNotFound<"low_income_worker_not_found">;

const schema = z.strictObject({
  standard: standardRefSchema,
  area: z.enum(["rural", "urban"]),
  decisionDate: z.iso.date(),
  householdClass: z.enum(["poor", "near_poor", "not_poor"]),
  members: membersSchema,
  income12Months: income12Schema,
});

type HouseholdClass = "poor" | "near_poor" | "not_poor";

/** What the low-income-worker rule reports as it runs. */
interface LowIncomeWorkerProbe {
  inForce(date: string, from: string, to: string | undefined, inForce: boolean, beforeEnd: boolean): void;
  household(cls: HouseholdClass, neither: boolean): void;
  ceiling(ceiling: LegalValue<number>, holds: boolean): void;
}

const OUTCOMES = {
  worker: Object.freeze({ kind: "low_income_worker" }),
  poorHousehold: Object.freeze({ kind: "not_low_income_worker", reason: "household_poor_or_near_poor" }),
  aboveCeiling: Object.freeze({ kind: "not_low_income_worker", reason: "income_above_ceiling" }),
  before: Object.freeze({ kind: "not_in_force", reason: "before_effective_from" }),
  after: Object.freeze({ kind: "not_in_force", reason: "after_standard_end" }),
} as const satisfies { readonly [k: string]: LowIncomeWorkerOutcome };

/**
 * The low-income-worker rule (Decree 30/2025/NĐ-CP): in force from its effective date until the standard's end
 * (ISO dates compare as strings); the worker's household neither poor nor near-poor; its 12-month per-capita
 * income, state allowances excluded, at most the ceiling.
 */
function evaluateLowIncomeWorker(
  rule: NonNullable<PovertyStandard["lowIncomeWorker"]>,
  standardEnd: string | undefined,
  area: Area,
  date: string,
  cls: HouseholdClass,
  income: IncomeQuantity,
  p: LowIncomeWorkerProbe,
): LowIncomeWorkerOutcome {
  const inForce = date >= rule.effectiveFrom;
  const beforeEnd = standardEnd === undefined || date <= standardEnd;
  p.inForce(date, rule.effectiveFrom, standardEnd, inForce, beforeEnd);
  if (!inForce) return OUTCOMES.before;
  if (!beforeEnd) return OUTCOMES.after;
  const neither = cls === "not_poor";
  p.household(cls, neither);
  if (!neither) return OUTCOMES.poorHousehold;
  const ceiling = rule[area];
  const holds = atOrBelow(income, ceiling.value, 1);
  p.ceiling(ceiling, holds);
  return holds ? OUTCOMES.worker : OUTCOMES.aboveCeiling;
}

const OUTCOME_CODE = {
  low_income_worker: "low_income_worker_outcome_low_income_worker",
  household_poor_or_near_poor: "low_income_worker_outcome_household_poor_or_near_poor",
  income_above_ceiling: "low_income_worker_outcome_income_above_ceiling",
  before_effective_from: "low_income_worker_outcome_before_effective_from",
  after_standard_end: "low_income_worker_outcome_after_standard_end",
} as const;

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
  return guardSafe(() => {
    const parsed = safeParseWith(schema, input);
    if (!parsed.ok) return parsed;
    const v = parsed.value;
    const standard = v.standard;
    const t = new Tracer();
    t.add(standardStep(standard));
    const rule = standard.lowIncomeWorker;
    if (!rule) {
      t.add(twelveMonthStep({ rule: "low_income_worker.rule", code: "low_income_worker_not_found", params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
      const final = t.add(twelveMonthStep({ rule: "outcome", code: "low_income_worker_outcome_rule_not_found", params: { key: "low_income_worker_not_found" }, result: "rule_not_found", citations: [] }));
      return { ok: true, value: { outcome: { kind: "rule_not_found", reason: "low_income_worker_not_found", standard: standard.id }, explanation: t.finish("classify_low_income_worker", standard.id, final.message) } };
    }
    const ceilingValue = rule[v.area];
    const cite: Citation[] = [ceilingValue.citation];
    const probe: LowIncomeWorkerProbe = {
      inForce(date, from, to, inForce, beforeEnd) {
        t.add(
          twelveMonthStep({
            rule: "low_income_worker.in_force",
            code: inForce ? (beforeEnd ? "rule_in_force" : "after_standard_end") : "before_effective_from",
            params: { date, from, to: to ?? null, holds: inForce },
            actual: date,
            expected: `≥ ${from}`,
            result: inForce && beforeEnd,
            citations: cite,
            status: ceilingValue.status,
          }),
        );
      },
      household(cls, neither) {
        t.add(
          twelveMonthStep({
            rule: "low_income_worker.household",
            code: neither ? "household_neither_poor_nor_near_poor" : "household_poor_or_near_poor",
            params: { holds: neither, cls },
            actual: cls,
            expected: "not_poor",
            result: neither,
            citations: cite,
            status: ceilingValue.status,
          }),
        );
      },
      ceiling(lv, holds) {
        const method = incomeMethod(standard);
        t.add(incomeStep(v.income12Months, v.members, { ...method.citation, note: `${method.citation.note ? `${method.citation.note}; ` : ""}applied to low-income workers as for middle-living households` }, "uncertain"));
        t.read(standard, `lowIncomeWorker.${v.area}`, lv);
        t.add(lineStep("low_income_worker.at_or_below_ceiling", holds ? "income_at_or_below_low_income_ceiling" : "income_above_low_income_ceiling", netIncome(v.income12Months, v.members), lv, 1, holds, { vi: "mức thu nhập thấp", en: "low-income ceiling" }));
      },
    };
    const outcome = evaluateLowIncomeWorker(rule, standard.effectiveTo, v.area, v.decisionDate, v.householdClass, netIncome(v.income12Months, v.members), probe);
    const key = outcome.kind === "low_income_worker" ? "low_income_worker" : outcome.kind === "rule_not_found" ? "low_income_worker" : outcome.reason;
    const final = t.add(twelveMonthStep({ rule: "outcome", code: OUTCOME_CODE[key], params: { key } as never, result: outcome.kind, citations: cite }));
    return { ok: true, value: { outcome, explanation: t.finish("classify_low_income_worker", standard.id, final.message) } };
  });
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
