// Codes of the village meeting and the review procedure (deadlines, review calendar, plans, inspections).

/** The issues of the village meeting's input (họp dân). */
export interface MeetingIssueParams {
  readonly threshold_above_one: { readonly numerator: number; readonly denominator: number };
  readonly threshold_already_in_standard: { readonly standard: string };
  readonly agree_exceeds_attendees: { readonly agree: number; readonly attendees: number };
  readonly votes_do_not_add_up: { readonly sum: number; readonly attendees: number };
  readonly votes_exceed_attendees: { readonly sum: number; readonly attendees: number };
  readonly attendee_list_mismatch: { readonly listed: number; readonly attendees: number };
  readonly votes_do_not_match_scope: { readonly scope: string; readonly needs: string; readonly not: string };
  readonly duplicate_household: { readonly code: string };
}

/** One vote item (a household, or the whole list) against the share. */
export interface MeetingItemParams {
  readonly code: string | null;
  readonly agree: number;
  readonly attendees: number;
  readonly share: string;
  readonly numerator: number;
  readonly denominator: number;
  readonly holds: boolean;
}

/** The steps of the village meeting's vote. */
export interface MeetingStepParams {
  readonly meeting_share_not_found: { readonly standard: string };
  readonly meeting_procedure_not_found: { readonly standard: string };
  readonly meeting_rule: { readonly numerator: number; readonly denominator: number; readonly percent: string };
  readonly abstentions_count_as_not_agreeing: Record<string, never>;
  readonly meeting_agreed: MeetingItemParams;
  readonly meeting_review_again: MeetingItemParams;
  readonly meeting_votes: { readonly scope: "per_household" | "whole_list" };
  readonly meeting_minutes_copies: { readonly copies: number };
  readonly meeting_outcome_agreed: { readonly kind: "agreed"; readonly list: string | null };
  readonly meeting_outcome_review_again: { readonly kind: "review_again"; readonly list: string | null };
}

/** The issues of the procedure's inputs. */
export interface ProcedureIssueParams {
  readonly date_before_start: { readonly date: string; readonly start: string; readonly what: string };
  readonly milestone_dates_reversed: { readonly id: string; readonly from: string; readonly to: string };
  readonly duplicate_milestone: { readonly id: string };
  readonly unknown_milestone: { readonly id: string };
  readonly duplicate_village: { readonly code: string };
  readonly households_per_village_out_of_band: { readonly min: number; readonly max: number; readonly received: number };
  readonly unknown_legal_deadline: { readonly id: string; readonly known: string };
  readonly deadline_before_range: { readonly date: string; readonly first: string };
  readonly duplicate_complaint: { readonly id: string };
}

/** A period placed on the calendar. */
export interface PeriodParams {
  readonly labelVi: string;
  readonly labelEn: string;
  readonly ref: string | null;
  readonly eventOn: string;
  readonly days: number;
  readonly unit: "working" | "calendar";
  readonly firstDay: string;
  readonly lastDay: string;
  readonly movedFrom: string | null;
  readonly status: "confirmed" | "seed" | "uncertain";
}

/** A finding about the procedure's dates. */
export interface ProcedureFindingParams {
  readonly code: "complaint_after_posting" | "recheck_posted_late";
  readonly ref: string | null;
  readonly date: string | null;
}

/** A finding about a review plan. */
export interface PlanFindingParams {
  readonly code: "outside_review_window" | "after_legal_deadline" | "unknown_legal_deadline" | "before_review_window";
  readonly milestone: string;
  readonly date: string;
  readonly limit: string | null;
}

/** The steps of the procedure's deadlines, review calendar and plan checks. */
export interface ProcedureStepParams {
  readonly counting_rule: Record<string, never>;
  readonly duration_not_found: { readonly standard: string; readonly rule: string };
  readonly posting: PeriodParams;
  readonly complaint_recheck: PeriodParams;
  readonly recheck_posting: PeriodParams;
  readonly middle_living_posting: PeriodParams;
  readonly middle_living_recheck: PeriodParams;
  readonly middle_living_decision: PeriodParams;
  readonly low_income_worker_posting: PeriodParams;
  readonly complaint_after_posting: ProcedureFindingParams;
  readonly recheck_posted_late: ProcedureFindingParams;
  readonly deadlines_computed: { readonly n: number };
  readonly procedure_not_found: { readonly standard: string };
  readonly periodic_window: { readonly year: number; readonly from: string; readonly to: string };
  readonly regular_review_day: { readonly day: number };
  readonly reporting_deadline: { readonly vi: string; readonly en: string; readonly rule: string; readonly stated: string; readonly lastDay: string };
  readonly review_calendar: { readonly year: number };
  readonly outside_review_window: PlanFindingParams;
  readonly after_legal_deadline: PlanFindingParams;
  readonly unknown_legal_deadline: PlanFindingParams;
  readonly before_review_window: PlanFindingParams;
  readonly plan_fits: { readonly fits: boolean; readonly errors: number };
  readonly plan_does_not_fit: { readonly fits: boolean; readonly errors: number };
  readonly inspection_rule: { readonly minP: number; readonly maxP: number; readonly minH: number; readonly maxH: number };
  readonly villages_drawn: InspectionVillagesParams;
  readonly villages_drawn_above_band: InspectionVillagesParams;
  readonly households_drawn: InspectionHouseholdsParams;
  readonly households_short: InspectionHouseholdsParams;
  readonly inspection_sample: { readonly villages: number; readonly households: number };
}

/** The villages drawn for an inspection. */
export interface InspectionVillagesParams {
  readonly k: number;
  readonly n: number;
  readonly pct: string;
  readonly within: boolean;
  readonly seed: string;
}

/** The households drawn in one village. */
export interface InspectionHouseholdsParams {
  readonly code: string;
  readonly got: number;
  readonly short: number;
  readonly target: number;
}

/** The labels of the procedure and the meeting. */
export interface ProcedureTermParams {
  /** The name of a procedure period (posting, re-check, …). */
  readonly period_label: { readonly kind: "posting" | "complaint_recheck" | "recheck_posting" | "middle_living_posting" | "middle_living_recheck" | "middle_living_decision" | "low_income_worker_posting" };
  /** Who keeps the copies of the meeting minutes. */
  readonly minutes_kept_by: Record<string, never>;
}
