// Named re-exports of the forms module (Phiếu A, Phiếu B parts B1 and B2).
export { screenFormA, safeScreenFormA, type FormAAnswers, type ScreenFormAInput, type FormAOutcome } from "./formA.js";
export {
  parseB1Scorecard,
  safeParseB1Scorecard,
  type B1Scorecard,
  type B1ScorecardSheet,
  type B1ScorecardItem,
  type B1ScorecardOption,
} from "./b1Scorecard.js";
export type { B1Entry, ScoreB1Input, B1ItemPoints, B1Outcome, B2Entry, ScoreB2Input, B2Outcome } from "./types.js";
export { scoreB1, safeScoreB1 } from "./scoreB1.js";
export { scoreB2, safeScoreB2 } from "./scoreB2.js";
export {
  deriveIndicators,
  safeDeriveIndicators,
  type DeriveIndicatorsInput,
  type DerivedIndicator,
  type DerivedIndicators,
  type NotDerivedIndicator,
} from "./deriveIndicators.js";
