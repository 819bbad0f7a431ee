// Named re-exports only; no logic.
export type { Locale, LocalizedText, Certainty, Citation, LegalValue, JsonValue, ExplanationStep, ValueRead, Explanation } from "./explain/types.js";
export { formatCitation } from "./explain/formatCitation.js";
export { formatExplanation, type FormatExplanationOptions } from "./explain/formatExplanation.js";
export type { Issue, SafeResult } from "./errors/Issue.js";
export { PovertyError, type PovertyErrorCode } from "./errors/PovertyError.js";
export { isPovertyError } from "./errors/isPovertyError.js";
export type {
  Area,
  NationalStandardId,
  Instrument,
  AreaIncomeLines,
  Indicator,
  AreaB1Cutoffs,
  FormScoring,
  DayCount,
  MonthDay,
  LegalDeadline,
  ProcedureRules,
  PovertyStandard,
} from "./standards/types.js";
export { STANDARD_2016_2020 } from "./standards/data/standard2016To2020.js";
export { STANDARD_2021_2025 } from "./standards/data/standard2021To2025.js";
export { STANDARD_2027_2030 } from "./standards/data/standard2027To2030.js";
export { STANDARDS } from "./standards/STANDARDS.js";
export { getStandard, findStandard } from "./standards/getStandard.js";
export { standardForYear, safeStandardForYear } from "./standards/standardForYear.js";
export { layerLocalStandard, safeLayerLocalStandard, type LocalStandardInput } from "./standards/layerLocalStandard.js";
export type { PovertyClassOutcome, PovertyClassKind } from "./classify/types.js";
export { classifyByIncome, safeClassifyByIncome, type ClassifyByIncomeInput, type IncomeInput, type Decision } from "./classify/classifyByIncome.js";
export * from "./household/index.js";
export * from "./forms/index.js";
export * from "./classify/index.js";
export * from "./calendar/index.js";
export * from "./meeting/index.js";
export * from "./procedure/index.js";
export * from "./report/index.js";
