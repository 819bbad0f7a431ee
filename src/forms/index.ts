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
export { scoreB1, safeScoreB1, type B1Entry, type ScoreB1Input, type B1ItemPoints, type B1Outcome } from "./scoreB1.js";
export { scoreB2, safeScoreB2, type B2Entry, type ScoreB2Input, type B2Outcome } from "./scoreB2.js";
export {
  deriveIndicators,
  safeDeriveIndicators,
  type DeriveIndicatorsInput,
  type DerivedIndicator,
  type DerivedIndicators,
} from "./deriveIndicators.js";
