// Named re-exports of the procedure module: periods and deadlines, review calendars, review plans, inspections.
export {
  computeProcedureDeadlines,
  safeComputeProcedureDeadlines,
  type ProcedureEvents,
  type ProcedureDeadlinesInput,
  type ProcedurePeriodKind,
  type ProcedureDeadline,
  type ProcedureFinding,
  type ProcedureDeadlinesOutcome,
} from "./computeProcedureDeadlines.js";
export {
  reviewCalendar,
  safeReviewCalendar,
  type DatedDeadline,
  type LocalDeadlineInput,
  type ReviewCalendarOutcome,
  type ReviewCalendarInput,
} from "./reviewCalendar.js";
export {
  SEED_003_COMMUNE_PLAN_2023,
  SEED_000_CITY_PLAN_2023,
  INSPECTION_SAMPLING_SEED_004,
  type ReviewMilestone,
  type ReviewPlan,
} from "./data/seedPlans.js";
export {
  reviewPlanStatus,
  safeReviewPlanStatus,
  checkReviewPlan,
  safeCheckReviewPlan,
  type MilestoneStatus,
  type PlanFinding,
  type ReviewPlanCheckOutcome,
} from "./reviewPlan.js";
export { drawInspectionSample, safeDrawInspectionSample, type InspectionSampleInput, type InspectionSample } from "./drawInspectionSample.js";
