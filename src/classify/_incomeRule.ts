// The class rule over income and deprivations, written once for both variants the standards name. Private.
import type { Area, LegalValue } from "../types.js";
import type { AreaIncomeLines, ClassRuleName, PovertyStandard } from "../standards/types.js";
import { atOrBelow, lineMonths, type IncomeQuantity } from "./_income.js";
import type { PovertyClassOutcome } from "./types.js";

/** The income rule of one standard and area: its variant, lines and deprivation threshold. */
export interface IncomeRule {
  readonly variant: ClassRuleName;
  readonly lines: AreaIncomeLines;
  /** The months the lines are stated per (1, or 12 for per-year local lines). */
  readonly months: number;
  /** Deprived indicators at or above which a household within the income band is poor. */
  readonly threshold: LegalValue<number>;
  /** The values the rule compares, read once from `lines` and `threshold`: a bulk run reads numbers, not records. */
  readonly incomeLineValue: number;
  readonly poorLineValue: number | undefined;
  readonly thresholdValue: number;
}

const RULES = new WeakMap<PovertyStandard, { readonly rural: IncomeRule; readonly urban: IncomeRule }>();

/** The income rule of a standard for an area (built once per standard object). */
export function incomeRule(standard: PovertyStandard, area: Area): IncomeRule {
  let r = RULES.get(standard);
  if (r === undefined) {
    const build = (a: Area): IncomeRule => {
      const lines = standard.incomeLines[a];
      const threshold = standard.poorDeprivationCount;
      return Object.freeze({
        variant: standard.classRule.value,
        lines,
        months: lineMonths(lines),
        threshold,
        incomeLineValue: lines.incomeLine.value,
        poorLineValue: lines.poorByIncomeLine?.value,
        thresholdValue: threshold.value,
      });
    };
    r = { rural: build("rural"), urban: build("urban") };
    RULES.set(standard, r);
  }
  return r[area];
}

/** The facts the income rule decides on. */
export interface IncomeFacts {
  readonly income: IncomeQuantity;
  /** The number of deprived indicators, or undefined when not given. */
  readonly deprivationCount: number | undefined;
  /** The indicators whose answer is not known (each may or may not be deprived); undefined or empty when all are. */
  readonly unknownKeys?: readonly string[] | undefined;
}

/** What the income rule reports as it runs. */
export interface IncomeProbe {
  /** Income compared with a line: at or below? */
  incomeLine(key: "poorByIncomeLine" | "incomeLine", line: LegalValue<number>, holds: boolean): void;
  /** The deprivation count compared with the threshold: at or above? */
  deprivations(count: number, threshold: LegalValue<number>, holds: boolean): void;
  /** The deprivations decide, and were not given. */
  deprivationsMissing(): void;
  /** The known deprivations are below the threshold, but with the unknown ones they could reach it. */
  deprivationsUndetermined(count: number, unknown: readonly string[], threshold: LegalValue<number>): void;
}

/** Shared, frozen outcomes (the hot path allocates none). */
export const INCOME_OUTCOMES = {
  poorIncome: Object.freeze({ kind: "poor", basis: "income" }),
  poorDeprivation: Object.freeze({ kind: "poor", basis: "deprivation" }),
  poorIncomeAndDeprivation: Object.freeze({ kind: "poor", basis: "income_and_deprivation" }),
  nearPoor: Object.freeze({ kind: "near_poor" }),
  notPoor: Object.freeze({ kind: "not_poor" }),
  missingDeprivations: Object.freeze({ kind: "undetermined", missing: Object.freeze(["deprivations"]) }),
} as const satisfies { readonly [k: string]: PovertyClassOutcome };

/**
 * The class rule over income and deprivations (Decision 59/2015/QĐ-TTg; Decree 07/2021/NĐ-CP Art. 3; Decree
 * 351/2025/NĐ-CP), selected by the standard's named variant. Bounds are inclusive; income is compared exactly,
 * never divided.
 * - `two_lines`: income ≤ poverty line → poor by income; ≤ near-poverty line → poor by deprivation when the count
 *   reaches the threshold, otherwise near-poor; above → neither.
 * - `line_and_deprivations`: income ≤ line and count ≥ threshold → poor; ≤ line and fewer → near-poor; above →
 *   neither, whatever the count.
 * Indicators not answered (`unknownKeys`) decide nothing unless they could: a household whose known count is below
 * the threshold but could reach it with them is undetermined, naming them as missing.
 */
export function evaluateIncome(rule: IncomeRule, f: IncomeFacts, p: IncomeProbe): PovertyClassOutcome {
  let poorBasis: "deprivation" | "income_and_deprivation";
  switch (rule.variant) {
    case "two_lines": {
      const poorLine = rule.poorLineValue;
      if (poorLine !== undefined) {
        const poor = atOrBelow(f.income, poorLine, rule.months);
        p.incomeLine("poorByIncomeLine", rule.lines.poorByIncomeLine as LegalValue<number>, poor);
        if (poor) return INCOME_OUTCOMES.poorIncome;
      }
      poorBasis = "deprivation";
      break;
    }
    case "line_and_deprivations":
      poorBasis = "income_and_deprivation";
      break;
  }
  const within = atOrBelow(f.income, rule.incomeLineValue, rule.months);
  p.incomeLine("incomeLine", rule.lines.incomeLine, within);
  if (!within) return INCOME_OUTCOMES.notPoor;
  if (f.deprivationCount === undefined) {
    p.deprivationsMissing();
    return INCOME_OUTCOMES.missingDeprivations;
  }
  const poor = f.deprivationCount >= rule.thresholdValue;
  const unknown = f.unknownKeys;
  if (!poor && unknown !== undefined && unknown.length > 0 && f.deprivationCount + unknown.length >= rule.thresholdValue) {
    // poor if enough of the unanswered indicators are deprived, near-poor otherwise: not guessed
    p.deprivationsUndetermined(f.deprivationCount, unknown, rule.threshold);
    return { kind: "undetermined", missing: unknown.map((k) => `deprivations.${k}`) };
  }
  p.deprivations(f.deprivationCount, rule.threshold, poor);
  if (!poor) return INCOME_OUTCOMES.nearPoor;
  return poorBasis === "deprivation" ? INCOME_OUTCOMES.poorDeprivation : INCOME_OUTCOMES.poorIncomeAndDeprivation;
}

/** A probe that records nothing: the bulk path. */
export const NO_INCOME_PROBE: IncomeProbe = Object.freeze({
  incomeLine(): void {},
  deprivations(): void {},
  deprivationsMissing(): void {},
  deprivationsUndetermined(): void {},
});
