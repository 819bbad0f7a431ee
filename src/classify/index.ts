// Named re-exports of the classification module (classifyByIncome is exported by src/index.ts directly).
export {
  classifyHousehold,
  safeClassifyHousehold,
  type ClassifyHouseholdInput,
  type HouseholdClassOutcome,
  type HouseholdDecision,
} from "./classifyHousehold.js";
export { whatWouldChange, safeWhatWouldChange, type ClassChangeCondition, type ClassChangeSummary } from "./whatWouldChange.js";
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
} from "./batch.js";
