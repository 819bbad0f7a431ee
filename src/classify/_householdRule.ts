// The Phiếu A → B1 → B2 cascade, written once; the score rule of a standard and area. Private.
import type { Area, LegalValue } from "../types.js";
import type { AreaB1Cutoffs, ClassRuleName, PovertyStandard } from "../standards/types.js";
import { evaluateFormA, type FormAProbe, type FormARule, type ResolvedFormA } from "../forms/_formARule.js";
import { evaluateB1Band, type B1Probe, type ResolvedB1 } from "../forms/_b1.js";
import { evaluateB2, type B2Probe, type ResolvedB2 } from "../forms/_b2.js";
import { b1CutoffsFor } from "../standards/_b1Cutoffs.js";
import type { HouseholdClassOutcome } from "./types.js";

/** The score rule of one standard and area: its variant and the form values it compares with. */
export interface ScoreRule {
  readonly variant: ClassRuleName;
  /** Phiếu A's rule, when the standard has one. */
  readonly formA: FormARule | undefined;
  /** The B1 cut-offs of the area. */
  readonly b1: AreaB1Cutoffs;
  /** Points per deprived indicator, and the B2 threshold. */
  readonly b2: { readonly pointsPerIndicator: LegalValue<number>; readonly poorAtOrAbove: LegalValue<number> };
  /** The number of indicators (B2 maximum = this × points). */
  readonly indicatorCount: number;
}

/** Why no score rule applies. */
export type NoScoreRule = "b1_cutoff_not_found" | "local_b1_cutoff_not_found";

const RULES = new WeakMap<PovertyStandard, { readonly rural: ScoreRule | NoScoreRule; readonly urban: ScoreRule | NoScoreRule }>();

function build(standard: PovertyStandard, area: Area): ScoreRule | NoScoreRule {
  const b1 = b1CutoffsFor(standard, area);
  const b2 = standard.scoring.b2;
  if (typeof b1 === "string") return b1;
  if (!b2) return "b1_cutoff_not_found";
  return Object.freeze({ variant: standard.classRule.value, formA: standard.scoring.formA, b1, b2, indicatorCount: standard.indicators.length });
}

/** The score rule of a standard for an area (built once per standard object), or why there is none. */
export function scoreRule(standard: PovertyStandard, area: Area): ScoreRule | NoScoreRule {
  let c = RULES.get(standard);
  if (c === undefined) {
    c = { rural: build(standard, "rural"), urban: build(standard, "urban") };
    RULES.set(standard, c);
  }
  return c[area];
}

/** The facts the cascade decides on: the forms as validated; absent when not given. */
export interface ScoreFacts {
  readonly formA: ResolvedFormA | undefined;
  readonly b1: ResolvedB1 | undefined;
  readonly b2: ResolvedB2 | undefined;
}

/** What the cascade reports as it runs (besides the comparisons of Phiếu A, B1 and B2). */
export interface ScoreProbe extends FormAProbe, B1Probe, B2Probe {
  /** No Phiếu A was given: the cascade starts from Phiếu B. */
  formAAbsent(): void;
  /** Phiếu A was given but the standard has no Phiếu A rule. */
  formARuleNotFound(): void;
  /** B1 was needed and not given. */
  b1Missing(): void;
  /** B1 was read. */
  b1Entry(b1: ResolvedB1): void;
  /** B1 is above the cut-off and a B2 was given: it is not used. */
  b2NotNeeded(): void;
  /** B2 was needed and not given. */
  b2Missing(): void;
  /** B2 was read. */
  b2Entry(b2: ResolvedB2): void;
}

/** Shared, frozen outcomes (the bulk path allocates none). */
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
} as const satisfies { readonly [k: string]: HouseholdClassOutcome };

function missingAnswers(form: "b1" | "b2", keys: readonly string[]): HouseholdClassOutcome {
  return Object.freeze({ kind: "undetermined", missing: Object.freeze(keys.map((k) => `${form}.answers.${k}`)) });
}

/**
 * The classification from the review forms (Phiếu A, Phiếu B), as the standard's rule cascades:
 * Phiếu A (column 0 = 0 → not reviewed; column E at or above the stop count → screened out); then B1 against the
 * cut-off(s) (above → not poor; two-lines rule: at or below the poverty cut-off → poor by income); then B2 against
 * the threshold (at or above → poor; below → near-poor). An input that is needed and missing makes the outcome
 * `undetermined` with exactly what is missing.
 */
export function evaluateScores(rule: ScoreRule, f: ScoreFacts, p: ScoreProbe): HouseholdClassOutcome {
  const a = f.formA;
  if (a !== undefined) {
    if (rule.formA === undefined) p.formARuleNotFound();
    else {
      const r = evaluateFormA(rule.formA, a, p);
      if (r === "not_reviewed") return OUTCOMES.notPoorNotReviewed;
      if (r === "stop") return OUTCOMES.notPoorScreenedOut;
    }
  } else p.formAAbsent();
  const b1 = f.b1;
  if (b1 === undefined) {
    p.b1Missing();
    return OUTCOMES.missingB1;
  }
  p.b1Entry(b1);
  if (b1.kind === "missing") return missingAnswers("b1", b1.missing);
  const band = evaluateB1Band(rule.variant, rule.b1, b1.total, p);
  if (band === "above") {
    if (f.b2 !== undefined) p.b2NotNeeded();
    return OUTCOMES.notPoorB1;
  }
  if (band === "poor_by_income") return OUTCOMES.poorIncome;
  const b2 = f.b2;
  if (b2 === undefined) {
    p.b2Missing();
    return OUTCOMES.missingB2;
  }
  p.b2Entry(b2);
  if (b2.kind === "missing") return missingAnswers("b2", b2.missing);
  if (!evaluateB2(rule.b2.poorAtOrAbove, b2.total, p)) return OUTCOMES.nearPoor;
  switch (rule.variant) {
    case "two_lines":
      return OUTCOMES.poorDeprivation;
    case "line_and_deprivations":
      return OUTCOMES.poorIncomeAndDeprivation;
  }
}

/** A probe that records nothing: the bulk path. */
export const NO_SCORE_PROBE: ScoreProbe = Object.freeze({
  formAColumn0(): void {},
  formAStop(): void {},
  formAAbsent(): void {},
  formARuleNotFound(): void {},
  b1Missing(): void {},
  b1Entry(): void {},
  b1PoorByIncome(): void {},
  b1Cutoff(): void {},
  b2NotNeeded(): void {},
  b2Missing(): void {},
  b2Entry(): void {},
  b2Threshold(): void {},
});

const NOT_FOUND = new WeakMap<PovertyStandard, { [R in NoScoreRule]?: HouseholdClassOutcome }>();

/** The rule-not-found outcome of a standard (shared, frozen). */
export function ruleNotFound(standard: PovertyStandard, reason: NoScoreRule): HouseholdClassOutcome {
  let m = NOT_FOUND.get(standard);
  if (m === undefined) {
    m = {};
    NOT_FOUND.set(standard, m);
  }
  return (m[reason] ??= Object.freeze({ kind: "rule_not_found", reason, standard: standard.id }));
}
