import { guardSafe } from "../_lib/issues.js";
import type { JsonValue } from "../types.js";
import type { Explanation } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import type { TallyRecord } from "./types.js";
import { issue } from "./_messages.js";

/**
 * The household facts a report needs besides its class (thông tin hộ cho báo cáo).
 *
 * @example
 * ```ts
 * const facts: TallyRecordFacts = { unitCode: "XM-TM", persons: 4, ethnicMinority: true };
 * ```
 * @category Reports
 */
export type TallyRecordFacts = Omit<TallyRecord, "standard" | "kind" | "poorBasis" | "deprivations"> & {
  /** The deprived indicators, when the decision did not carry them (e.g. a decision from a B2 total). */
  readonly deprivations?: readonly string[];
};

/**
 * A decision as it reaches the adapter: its outcome, explanation, and the form scores when it has them.
 *
 * @example
 * ```ts
 * const d: ClassDecisionLike = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1 }, deprivationCount: 3 });
 * ```
 * @category Reports
 */
export interface ClassDecisionLike {
  /** The outcome: poor (with its basis), near-poor, not poor or undetermined. */
  readonly outcome:
    | { readonly kind: "poor"; readonly basis: "income" | "deprivation" | "income_and_deprivation" }
    | { readonly kind: "near_poor" }
    | { readonly kind: "not_poor" }
    | { readonly kind: "undetermined" }
    | { readonly kind: "rule_not_found" };
  /** The explanation; its `standard` names the standard the record is counted under. */
  readonly explanation: Explanation;
  /** The B2 score, when the decision came from the forms. */
  readonly scores?: { readonly b2?: { readonly kind: string; readonly deprived?: readonly string[] } };
}


/**
 * Turns a classification decision and the household's facts into the record a tally counts (bản ghi tổng hợp),
 * or the issue that it cannot be counted.
 *
 * @remarks
 * Works with the result of {@link classifyHousehold} and of {@link classifyByIncome}. The standard is the one the
 * explanation names; the poverty basis is carried over (reports of 2016–2020 split the poor by basis); the deprived
 * indicators come from the decision's B2 when it listed them, else from `facts.deprivations`. An `undetermined`
 * household is refused (`undetermined_household`), and so is one for which the standard has no rule
 * (`household_rule_not_found`): a report never counts a class the law did not give. Never throws.
 *
 * @param decision - the decision.
 * @param facts - unit code, members and group facts.
 * @returns the record, or the issue.
 * @example
 * ```ts
 * const d = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_000_000 }, deprivations: ["sanitation", "telecom", "nutrition"] });
 * const r = tallyRecordFromDecision(d, { unitCode: "XM-TM", persons: 4, deprivations: ["sanitation", "telecom", "nutrition"] });
 * r.ok && r.value.kind; //=> "poor"
 * ```
 * @category Reports
 */
export function tallyRecordFromDecision(decision: ClassDecisionLike, facts: TallyRecordFacts): SafeResult<TallyRecord> {
  return guardSafe(() => {
    const o = decision.outcome;
    if (o.kind === "undetermined" || o.kind === "rule_not_found") {
      if (o.kind === "rule_not_found") {
        const r = o as { readonly reason?: unknown; readonly standard?: unknown };
        return { ok: false, issues: [issue("household_rule_not_found", ["outcome"], { reason: String(r.reason), standard: String(r.standard ?? decision.explanation.standard) })] };
      }
      const missing = "missing" in o && Array.isArray(o.missing) ? (o.missing as JsonValue[]).map((m) => (typeof m === "string" ? m : JSON.stringify(m))) : [];
      return { ok: false, issues: [issue("undetermined_household", ["outcome"], { missing })] };
    }
    const b2 = decision.scores?.b2;
    const deprivations = b2 && b2.kind === "scored" && b2.deprived ? b2.deprived : facts.deprivations;
    const { deprivations: _ignored, ...rest } = facts;
    return {
      ok: true,
      value: {
        ...rest,
        standard: decision.explanation.standard,
        kind: o.kind,
        ...(o.kind === "poor" ? { poorBasis: o.basis } : {}),
        ...(deprivations && (o.kind === "poor" || o.kind === "near_poor") ? { deprivations } : {}),
      },
    };
  });
}
