// Named re-exports only; no logic.
export type { Locale, LocalizedText, Certainty, Citation, LegalValue, JsonValue, Area, Path } from "./types.js";
export type { ExplanationStep, StepOf, ValueRead, Explanation, Decision, RuleNotFound } from "./explain/types.js";
export type { IssueCode, IssueParams, StepCode, StepParams } from "./messages/codes.js";
export type { B1CutoffParams, B1OutcomeParams, B1PoorByIncomeParams, B1StepParams, B2IndicatorParams, B2OutcomeParams, B2StepParams, B2ThresholdParams, ChangeParams, ClassifyIssueParams, DeprivationCountParams, FormAColumnEParams, FormACriterionParams, FormAOutcomeParams, FormAStepParams, FormIssueParams, HouseholdIssueParams, HouseholdOutcomeParams, HouseholdStepParams, IncomeFactParams, IncomeLineParams, IncomeStepParams, InspectionHouseholdsParams, InspectionVillagesParams, LowIncomeDateParams, LowIncomeWorkerStepParams, MeetingIssueParams, MeetingItemParams, MeetingStepParams, MiddleLivingStepParams, PeriodParams, PlanFindingParams, ProcedureFindingParams, ProcedureIssueParams, ProcedureStepParams, SchemaIssueParams, StandardAppliedParams, StandardIssueParams, StandardStepParams, TransitionStepParams, TwelveMonthIncomeParams, TwelveMonthLineParams } from "./messages/codes.js";
export type { ReportIssueParams, ReportRecordIssueParams, ReportTallyIssueParams, ReportHierarchyIssueParams, ReportMovementIssueParams } from "./messages/codes.js";
export { formatCitation } from "./explain/formatCitation.js";
export { formatExplanation, type FormatExplanationOptions } from "./explain/formatExplanation.js";
export { compactExplanation, expandExplanation, safeExpandExplanation, type CompactExplanation, type CompactStep } from "./explain/compactExplanation.js";
export type { Issue, IssueOf, SafeResult } from "./errors/Issue.js";
export { PovertyError, type PovertyErrorCode } from "./errors/PovertyError.js";
export { isPovertyError } from "./errors/isPovertyError.js";
export type {
  NationalStandardId,
  ClassRuleName,
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
  LocalAreaLines,
  LocalB1Cutoffs,
  LocalProvision,
  LocalStandardInput,
  LocalStandardDefinition,
  ReviewDirective,
  IndicatorChange,
  IndicatorChanges,
} from "./standards/types.js";
export { STANDARD_2016_2020 } from "./standards/data/standard2016To2020.js";
export { STANDARD_2021_2025 } from "./standards/data/standard2021To2025.js";
export { STANDARD_2027_2030 } from "./standards/data/standard2027To2030.js";
export { STANDARDS } from "./standards/STANDARDS.js";
export { getStandard, findStandard } from "./standards/getStandard.js";
export { standardForYear, safeStandardForYear } from "./standards/standardForYear.js";
export {
  standardForListYear,
  safeStandardForListYear,
  standardForReviewYear,
  safeStandardForReviewYear,
  type ReviewKind,
  type ReviewReading,
  type ReviewYearInput,
  type StandardChoice,
  type StandardAnswer,
} from "./standards/standardForReviewYear.js";
export { indicatorChanges, safeIndicatorChanges, type IndicatorMap } from "./standards/indicatorChanges.js";
export { layerLocalStandard, safeLayerLocalStandard } from "./standards/layerLocalStandard.js";
export * from "./household/index.js";
export * from "./forms/index.js";
export * from "./classify/index.js";
export * from "./calendar/index.js";
export * from "./meeting/index.js";
export * from "./procedure/index.js";
export * from "./report/index.js";
export * from "./reform/index.js";
export * from "./documents/index.js";
