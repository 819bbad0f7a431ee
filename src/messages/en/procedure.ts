// English: the village meeting and the review procedure.
import type { InspectionHouseholdsParams, InspectionVillagesParams, MeetingIssueParams, MeetingStepParams, PeriodParams, PlanFindingParams, ProcedureFindingParams, ProcedureIssueParams, ProcedureStepParams, ProcedureTermParams } from "../codes/procedure.js";

const s = (v: string | number | null): string => (v === null ? "" : String(v));

/** English texts of the meeting's input issues. */
export const enMeetingIssues: { readonly [C in keyof MeetingIssueParams]: (p: MeetingIssueParams[C]) => string } = {
  threshold_above_one: (p) => `the vote share ${p.numerator}/${p.denominator} is above 1.`,
  threshold_already_in_standard: (p) => `standard ${p.standard} already has the legal vote share; a caller-supplied share is not used.`,
  agree_exceeds_attendees: (p) => `agreeing votes (${p.agree}) exceed the attendees (${p.attendees}).`,
  votes_do_not_add_up: (p) => `agree + disagree + abstain = ${p.sum}, not the number of attendees (${p.attendees}).`,
  votes_exceed_attendees: (p) => `the votes (${p.sum}) exceed the attendees (${p.attendees}).`,
  attendee_list_mismatch: (p) => `the attendance list has ${p.listed} entries, not the number of attendees (${p.attendees}).`,
  votes_do_not_match_scope: (p) => `scope "${p.scope}" needs ${p.needs} and does not take ${p.not}.`,
  duplicate_household: (p) => `household code "${p.code}" is listed twice.`,
};

const item = (p: MeetingStepParams["meeting_agreed"]): string =>
  `${p.code === null ? "Whole list" : `Household ${p.code}`}: ${p.agree}/${p.attendees} attendees agree (${p.share}%); ${p.agree} × ${p.denominator} ${p.holds ? "≥" : "<"} ${p.numerator} × ${p.attendees} → ${p.holds ? "agreed" : "review again"}.`;

/** English texts of the meeting's steps. */
export const enMeetingSteps: { readonly [C in keyof MeetingStepParams]: (p: MeetingStepParams[C]) => string } = {
  meeting_share_not_found: (p) => `Cannot decide: the meeting vote share under standard ${p.standard} was not found in any source; the library does not assume one.`,
  meeting_procedure_not_found: (p) => `Cannot decide: no review procedure was sourced for standard ${p.standard}.`,
  meeting_rule: (p) =>
    `Meeting rule: the review result is agreed when at least ${p.numerator}/${p.denominator} (${p.percent}%) of the attendees agree; below it, review again from step 2 and meet again.`,
  abstentions_count_as_not_agreeing: () => "The denominator is the number present: abstentions and unrecorded votes count as not agreeing; absentees are not counted.",
  meeting_agreed: item,
  meeting_review_again: item,
  meeting_votes: () => "Votes.",
  meeting_minutes_copies: (p) => `Minutes in ${p.copies} copies: one kept by the village, one sent to the commune steering committee; with the attendance list.`,
  meeting_outcome_agreed: () => "Outcome: the meeting agreed the review results.",
  meeting_outcome_review_again: (p) => `Outcome: agreement not reached — review again${p.list ? ` households ${p.list}` : ""} from step 2 and meet again.`,
};

/** English texts of the procedure's input issues. */
export const enProcedureIssues: { readonly [C in keyof ProcedureIssueParams]: (p: ProcedureIssueParams[C]) => string } = {
  date_before_start: (p) => `${p.date} is before its start ${p.start} (${p.what}).`,
  milestone_dates_reversed: (p) => `milestone "${p.id}": its first day ${p.from} is after its last day ${p.to}.`,
  duplicate_milestone: (p) => `milestone id "${p.id}" is used twice.`,
  unknown_milestone: (p) => `the plan has no milestone "${p.id}".`,
  duplicate_village: (p) => `village code "${p.code}" is listed twice.`,
  households_per_village_out_of_band: (p) => `households per village must be ${p.min}–${p.max} (inspection plan), received ${p.received}.`,
  unknown_legal_deadline: (p) => `there is no legal reporting deadline "${p.id}" (the standard's: ${p.known}).`,
  deadline_before_range: (p) => `a deadline "before ${p.date}" has its last day before ${p.first}, outside the supported dates.`,
  duplicate_complaint: (p) => `complaint id "${p.id}" is used twice; each complaint needs its own id.`,
};

const period = (p: PeriodParams): string =>
  `${p.labelEn}${p.ref ? ` (${p.ref})` : ""}: from the event on ${p.eventOn}, ${p.days} ${p.unit === "working" ? "working " : ""}days — ${p.firstDay} to the end of ${p.lastDay}${p.movedFrom ? ` (${p.movedFrom} is a rest day)` : ""}${p.status === "seed" ? "; the duration is from a local guidance document, not checked against a legal text" : ""}.`;
const finding = (p: ProcedureFindingParams): string =>
  p.code === "complaint_after_posting" ? `Complaint ${s(p.ref)} was received on ${s(p.date)}, after the posting period.` : `The re-check of ${s(p.ref)} was posted on ${s(p.date)}, after the re-check deadline.`;
const planFinding = (p: PlanFindingParams): string =>
  p.code === "outside_review_window"
    ? `Milestone "${p.milestone}" (${p.date}) is outside the periodic review window ${s(p.limit)}.`
    : p.code === "after_legal_deadline"
      ? `Milestone "${p.milestone}" (${p.date}) is after the legal reporting deadline (last day ${s(p.limit)}).`
      : p.code === "unknown_legal_deadline"
        ? `Milestone "${p.milestone}" refers to a deadline the law does not have.`
        : `Preparation milestone "${p.milestone}" (${p.date}) precedes the review window: allowed.`;
const planResult = (p: ProcedureStepParams["plan_fits"]): string => (p.fits ? "The plan fits the legal timing." : `The plan has ${p.errors} timing problem(s).`);

const villages = (p: InspectionVillagesParams): string =>
  `${p.k} of ${p.n} villages drawn (${p.pct}%)${p.within ? "" : ", above the maximum because the commune has few villages"}; random seed "${p.seed}" (keep it to draw the same sample again).`;
const households = (p: InspectionHouseholdsParams): string =>
  `Village ${p.code}: ${p.got} households${p.short > 0 ? ` (${p.short} short of ${p.target}: the village has only ${p.got})` : ""}.`;

/** English texts of the procedure's steps. */
export const enProcedureSteps: { readonly [C in keyof ProcedureStepParams]: (p: ProcedureStepParams[C]) => string } = {
  counting_rule: () => "Counting: the event day is not counted; day 1 is the next working day; the period ends at the end of its last day (a rest day moves to the next working day).",
  duration_not_found: (p) => `Standard ${p.standard} has no sourced "${p.rule}" duration; not computed.`,
  posting: period,
  complaint_recheck: period,
  recheck_posting: period,
  middle_living_posting: period,
  middle_living_recheck: period,
  middle_living_decision: period,
  low_income_worker_posting: period,
  complaint_after_posting: finding,
  recheck_posted_late: finding,
  deadlines_computed: (p) => `${p.n} periods computed.`,
  procedure_not_found: (p) => `Cannot compute: no review procedure was sourced for standard ${p.standard}.`,
  periodic_window: (p) => `Periodic review ${p.year}: ${p.from} to the end of ${p.to}.`,
  regular_review_day: (p) => `Regular review: from the ${p.day}th of each month.`,
  reporting_deadline: (p) => `${p.en}: ${p.rule === "before" ? `before ${p.stated}` : `on ${p.stated}`} → at the latest ${p.lastDay}.`,
  review_calendar: (p) => `Review calendar for ${p.year}.`,
  outside_review_window: planFinding,
  after_legal_deadline: planFinding,
  unknown_legal_deadline: planFinding,
  before_review_window: planFinding,
  plan_fits: planResult,
  plan_does_not_fit: planResult,
  inspection_rule: (p) => `Inspection method: visit ${p.minP}–${p.maxP}% of the villages, ${p.minH}–${p.maxH} households each (the district steering committee's inspection plan).`,
  villages_drawn: villages,
  villages_drawn_above_band: villages,
  households_drawn: households,
  households_short: households,
  inspection_sample: (p) => `Inspection sample: ${p.villages} villages, ${p.households} households.`,
};

const PERIOD_EN = {
  posting: "Public posting of the review results",
  complaint_recheck: "Re-check after a complaint",
  recheck_posting: "Posting of the re-check results",
  middle_living_posting: "Posting of the middle-living list",
  middle_living_recheck: "Re-check (middle-living)",
  middle_living_decision: "Decision on middle-living households",
  low_income_worker_posting: "Posting of low-income workers",
} as const;

/** English labels of the procedure and the meeting. */
export const enProcedureTerms: { readonly [K in keyof ProcedureTermParams]: (p: ProcedureTermParams[K]) => string } = {
  period_label: (p) => PERIOD_EN[p.kind],
  minutes_kept_by: () => "one kept by the village, one sent to the commune steering committee",
};
