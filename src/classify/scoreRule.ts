import type { PovertyStandard, Area } from "../standards/types.js";
import { findStandard } from "../standards/getStandard.js";
import type { HouseholdClassOutcome } from "./classifyHousehold.js";

/**
 * The score cut-offs of one standard and area, flattened for the hot path. Read once per standard and area from
 * `standard.scoring` (never repeated in code).
 */
export interface ScoreRule {
  /** B1 at or below → poor or near-poor. */
  readonly cutoff: number;
  /** B1 at or below → poor by income (2016–2020); -Infinity when the standard has none. */
  readonly poorByIncome: number;
  /** B2 at or above → poor. */
  readonly poorAtOrAbove: number;
  /** Points per deprived indicator. */
  readonly pointsPerIndicator: number;
  /** Phiếu A: E at or above → stop; +Infinity when the standard has no Phiếu A rule. */
  readonly formAStop: number;
  /** Phiếu A criteria count, or -1 when not fixed. */
  readonly formACount: number;
  /** The number of indicators (B2 maximum = this × points). */
  readonly indicatorCount: number;
  /** Whether poverty inside the band comes from deprivation (2016–2020) or income and deprivation (from 2021). */
  readonly poorBasis: "deprivation" | "income_and_deprivation";
}

/** Why no score rule applies. */
export type NoScoreRule = "b1_cutoff_not_found" | "local_b1_cutoff_not_found";

const CACHE = new WeakMap<PovertyStandard, { rural: ScoreRule | NoScoreRule; urban: ScoreRule | NoScoreRule }>();

/** Whether a local standard replaced the national income line in the area (then the B1 cut-off has no source). */
function localLineReplaced(standard: PovertyStandard, area: Area): boolean {
  if (standard.scope !== "local" || !standard.layeredOn) return false;
  const national = findStandard(standard.layeredOn.national);
  return national?.incomeLines[area].incomeLine !== standard.incomeLines[area].incomeLine;
}

function build(standard: PovertyStandard, area: Area): ScoreRule | NoScoreRule {
  const b1 = standard.scoring.b1?.[area];
  const b2 = standard.scoring.b2;
  if (!b1 || !b2) return "b1_cutoff_not_found";
  if (localLineReplaced(standard, area)) return "local_b1_cutoff_not_found";
  return Object.freeze({
    cutoff: b1.cutoff.value,
    poorByIncome: b1.poorByIncome?.value ?? Number.NEGATIVE_INFINITY,
    poorAtOrAbove: b2.poorAtOrAbove.value,
    pointsPerIndicator: b2.pointsPerIndicator.value,
    formAStop: standard.scoring.formA?.stopAtOrAbove.value ?? Number.POSITIVE_INFINITY,
    formACount: standard.scoring.formA?.criteriaCount?.value ?? -1,
    indicatorCount: standard.indicators.length,
    poorBasis: b1.poorByIncome ? "deprivation" : "income_and_deprivation",
  });
}

/** The score rule of a standard for an area (cached per standard object). */
export function scoreRule(standard: PovertyStandard, area: Area): ScoreRule | NoScoreRule {
  let c = CACHE.get(standard);
  if (!c) {
    c = { rural: build(standard, "rural"), urban: build(standard, "urban") };
    CACHE.set(standard, c);
  }
  return c[area];
}

/** Frozen outcomes, shared so that the hot path allocates nothing. */
export const OUTCOMES = {
  poorIncome: Object.freeze({ kind: "poor", basis: "income" }),
  poorDeprivation: Object.freeze({ kind: "poor", basis: "deprivation" }),
  poorIncomeAndDeprivation: Object.freeze({ kind: "poor", basis: "income_and_deprivation" }),
  nearPoor: Object.freeze({ kind: "near_poor" }),
  notPoorB1: Object.freeze({ kind: "not_poor", reason: "b1_above_cutoff", screenedOut: false }),
  notPoorNotReviewed: Object.freeze({ kind: "not_poor", reason: "form_a_not_reviewed", screenedOut: true }),
  notPoorScreenedOut: Object.freeze({ kind: "not_poor", reason: "form_a_screened_out", screenedOut: true }),
  missingB1: Object.freeze({ kind: "undetermined", missing: Object.freeze(["b1"]) }),
  missingB2: Object.freeze({ kind: "undetermined", missing: Object.freeze(["b2"]) }),
  noCutoff: Object.freeze({ kind: "undetermined", missing: Object.freeze([]), reason: "b1_cutoff_not_found" }),
  noLocalCutoff: Object.freeze({ kind: "undetermined", missing: Object.freeze([]), reason: "local_b1_cutoff_not_found" }),
} as const satisfies { readonly [k: string]: HouseholdClassOutcome };

/** Phiếu A state for the core rule. */
export const FORM_A_ABSENT = -1;
export const FORM_A_NOT_REVIEWED = -2;
/** A score that was not given. */
export const SCORE_ABSENT = -1;

/** The shared outcomes by code (index 0 is unused: it marks a rejected record in batch runs). */
export const OUTCOME_BY_CODE: readonly (HouseholdClassOutcome | null)[] = [
  null,
  OUTCOMES.poorIncome,
  OUTCOMES.poorDeprivation,
  OUTCOMES.poorIncomeAndDeprivation,
  OUTCOMES.nearPoor,
  OUTCOMES.notPoorB1,
  OUTCOMES.notPoorNotReviewed,
  OUTCOMES.notPoorScreenedOut,
  OUTCOMES.missingB1,
  OUTCOMES.missingB2,
  OUTCOMES.noCutoff,
  OUTCOMES.noLocalCutoff,
];

/**
 * The decision rule from scores, as a code into {@link OUTCOME_BY_CODE}, with no explanation and no allocation.
 * `formA`: FORM_A_ABSENT, FORM_A_NOT_REVIEWED, or column E; `b1`/`b2`: the totals or SCORE_ABSENT.
 */
export function decideCode(rule: ScoreRule, formA: number, b1: number, b2: number): number {
  if (formA === FORM_A_NOT_REVIEWED) return 6;
  if (formA >= rule.formAStop) return 7;
  if (b1 === SCORE_ABSENT) return 8;
  if (b1 > rule.cutoff) return 5;
  if (b1 <= rule.poorByIncome) return 1;
  if (b2 === SCORE_ABSENT) return 9;
  if (b2 >= rule.poorAtOrAbove) return rule.poorBasis === "deprivation" ? 2 : 3;
  return 4;
}

/** The decision rule from scores, as an outcome (see {@link decideCode}). */
export function decideScores(rule: ScoreRule, formA: number, b1: number, b2: number): HouseholdClassOutcome {
  return OUTCOME_BY_CODE[decideCode(rule, formA, b1, b2)] as HouseholdClassOutcome;
}
