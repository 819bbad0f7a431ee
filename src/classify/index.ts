// Named re-exports of the classification module.
export type { PoorBasis, PovertyClassOutcome, PovertyClassKind, HouseholdClassOutcome } from "./types.js";
export { classifyByIncome, safeClassifyByIncome, type ClassifyByIncomeInput, type IncomeInput } from "./classifyByIncome.js";
export { classifyHousehold, safeClassifyHousehold, type ClassifyHouseholdInput, type HouseholdDecision } from "./classifyHousehold.js";
export { whatWouldChange, safeWhatWouldChange, type ClassChangeCondition, type ClassChangeOf, type ClassChangeSummary } from "./whatWouldChange.js";
export { classifyMiddleLiving, safeClassifyMiddleLiving, type ClassifyMiddleLivingInput, type MiddleLivingOutcome } from "./middleLiving.js";
export { classifyLowIncomeWorker, safeClassifyLowIncomeWorker, type ClassifyLowIncomeWorkerInput, type LowIncomeWorkerOutcome } from "./lowIncomeWorker.js";
export type { Income12Months } from "./_income12.js";
export {
  classifyHouseholds,
  type ClassifyHouseholdsOptions,
  type ClassifyHouseholdsResult,
  type RejectedHousehold,
  type BatchOutcomes,
  type BatchCounts,
} from "./classifyHouseholds.js";
