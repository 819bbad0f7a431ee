// Codes of the review's documents (posting list, meeting minutes, recognition list, review-again list) and of the
// table renderers (CSV, text, HTML, spreadsheet layout): their issues and every label they print.

/** The documents of the review (văn bản của quy trình rà soát). */
export type DocumentKind = "posting_list" | "meeting_minutes" | "recognition_list" | "review_again_list";

/** A class as a document prints it. */
export type DocumentClassKind = "poor" | "near_poor" | "not_poor" | "undetermined" | "rule_not_found";

/** How a household's class changed from last year's list (biến động so với năm trước). */
export type ClassChangeKind =
  | "new_poor"
  | "new_near_poor"
  | "near_poor_to_poor"
  | "poor_to_near_poor"
  | "left_poverty"
  | "left_near_poverty"
  | "stays_poor"
  | "stays_near_poor"
  | "stays_not_poor";

/** The roles of the village meeting that the library names (thành phần dự họp). */
export type MeetingRole =
  | "village_head"
  | "party_cell_secretary"
  | "steering_committee"
  | "mass_organisation"
  | "reviewer"
  | "household_representative"
  | "fatherland_front"
  | "secretary";

/** The signature blocks the library names (người ký). */
export type SignatureRole = "prepared_by" | "village_head" | "chair" | "secretary" | "fatherland_front" | "commune_chair";

/** The columns of the documents' tables. */
export type DocumentColumnKey =
  | "index"
  | "code"
  | "head_name"
  | "members"
  | "b1"
  | "b2"
  | "source"
  | "class"
  | "proposed"
  | "previous"
  | "change"
  | "agree"
  | "disagree"
  | "abstain"
  | "attendees"
  | "share"
  | "result"
  | "role"
  | "count"
  | "name"
  | "signature"
  | "this_year";

/** The labelled fields of the documents. */
export type DocumentFieldKey =
  | "village"
  | "commune"
  | "posting_window"
  | "posting_places"
  | "meeting_date"
  | "venue"
  | "chair"
  | "secretary"
  | "attendees"
  | "absent"
  | "scope"
  | "rule"
  | "abstentions"
  | "legal_basis"
  | "standard"
  | "attached_to";

/** The sections of the recognition list (danh sách đề nghị công nhận). */
export type RecognitionSection = "poor" | "near_poor" | "left_poverty" | "left_near_poverty";

/** What a certainty caveat is about (nội dung cần lưu ý về mức độ chắc chắn). */
export type CaveatSubject =
  | "document_layout"
  | "posting_period"
  | "complaint_recheck"
  | "recheck_posting"
  | "posting_places"
  | "minutes_copies"
  | "classification"
  | "meeting_vote";

/** The issues of the documents' inputs. */
export interface DocumentIssueParams {
  /** A household whose decision has no class (undetermined, or no rule) cannot go on a list. */
  readonly household_not_classified: { readonly code: string; readonly kind: string };
  /** A decision classified under another standard than the document's. */
  readonly decision_standard_mismatch: { readonly code: string; readonly expected: string; readonly actual: string };
  /** Minutes cannot be written for a meeting whose rule was not found. */
  readonly meeting_rule_not_found: { readonly reason: string; readonly standard: string };
  /** The posting list needs the posting period computed from the posting day. */
  readonly posting_period_missing: { readonly reason: string };
  /** A renderer was given something that is not a document built by the library: its `format` (a text), or `null`. */
  readonly not_a_review_document: { readonly format: string | null };
  /** A row of a document's (or report's) table with more or fewer cells than the table has columns. */
  readonly row_width_mismatch: { readonly columns: number; readonly cells: number };
  /** A meeting's outcome whose parts contradict each other (it was not made by the vote rule, or was edited). */
  readonly meeting_record_inconsistent: { readonly reason: MeetingRecordInconsistency };
  /** A procedure period whose days are out of order: day 1 after the event, the last day not before day 1. */
  readonly deadline_days_out_of_order: { readonly eventOn: string; readonly firstDay: string; readonly lastDay: string };
}

/**
 * How a meeting's outcome given back to a document builder contradicts itself (biên bản họp không nhất quán): the
 * `reason` of the issue `meeting_record_inconsistent`.
 *
 * @example
 * ```ts
 * const r: MeetingRecordInconsistency = "result_and_share";
 * ```
 * @category Documents
 */
export type MeetingRecordInconsistency =
  /** `agreed` with a result below the share, or `review_again` with none. */
  | "kind_and_results"
  /** The whole list with more than one result or with a household's code; per household, a result without one. */
  | "scope_and_results"
  /** A result counted over another number of attendees than the minutes'. */
  | "result_attendees"
  /** A result that the share does not give (agreed below it, or sent back at or above it). */
  | "result_and_share"
  /** The households to review again (or agreed) are not those of the results. */
  | "households_to_review";

/** The labels of the documents and of the table renderers. */
export interface DocumentTermParams {
  readonly doc_national_name: Record<string, never>;
  readonly doc_motto: Record<string, never>;
  readonly doc_committee: { readonly name: string };
  readonly doc_number: { readonly number: string };
  readonly doc_place_date: { readonly place: string; readonly date: string };
  readonly doc_title: { readonly kind: DocumentKind; readonly year: number };
  readonly doc_sheet_name: { readonly kind: DocumentKind };
  readonly doc_column: { readonly key: DocumentColumnKey };
  readonly doc_field: { readonly key: DocumentFieldKey };
  readonly doc_class: { readonly kind: DocumentClassKind };
  readonly doc_source: { readonly source: "forms" | "income"; readonly basis: "income" | "deprivation" | "income_and_deprivation" | null };
  readonly doc_change: { readonly change: ClassChangeKind };
  readonly doc_role: { readonly role: MeetingRole };
  readonly doc_named_role: { readonly name: string | null; readonly roleVi: string; readonly roleEn: string };
  readonly doc_vote_result: { readonly result: "agreed" | "review_again" };
  readonly doc_scope: { readonly scope: "per_household" | "whole_list" };
  readonly doc_whole_list: { readonly households: number };
  readonly doc_section: { readonly section: RecognitionSection; readonly households: number };
  readonly doc_signature_title: { readonly role: SignatureRole };
  readonly doc_signature_note: { readonly seal: boolean };
  readonly doc_unit_of: { readonly village: string; readonly commune: string };
  readonly doc_posting_window: { readonly firstDay: string; readonly lastDay: string; readonly days: number; readonly unit: "working" | "calendar" };
  readonly doc_posting_places_default: Record<string, never>;
  readonly doc_complaints: {
    readonly recheckDays: number | null;
    readonly recheckUnit: "working" | "calendar";
    readonly postingDays: number | null;
    readonly postingUnit: "working" | "calendar";
  };
  readonly doc_total: Record<string, never>;
  readonly doc_no_household: Record<string, never>;
  readonly doc_left_out: { readonly codes: string };
  readonly doc_meeting_opening: {
    readonly date: string;
    readonly time: string | null;
    readonly venue: string;
    readonly village: string;
    readonly commune: string;
    readonly year: number;
  };
  readonly doc_people: { readonly count: number };
  readonly doc_meeting_rule: { readonly percent: string };
  readonly doc_meeting_conclusion: { readonly kind: "agreed" | "review_again"; readonly list: string | null };
  readonly doc_minutes_copies: { readonly copies: number; readonly keptByVi: string; readonly keptByEn: string };
  readonly doc_votes_heading: Record<string, never>;
  readonly doc_attendance_heading: Record<string, never>;
  readonly doc_attendance_by_role: Record<string, never>;
  readonly doc_review_again_intro: { readonly heldOn: string; readonly percent: string };
  readonly doc_review_again_next: Record<string, never>;
  readonly doc_recognition_intro: { readonly year: number };
  readonly doc_caveats_heading: Record<string, never>;
  readonly doc_caveat: { readonly subject: CaveatSubject; readonly count: number | null; readonly unit: "working" | "calendar" | null; readonly code: string | null };
  readonly certainty_label: { readonly status: "confirmed" | "seed" | "uncertain" };
  readonly table_certainty: { readonly status: "confirmed" | "seed" | "uncertain" };
  readonly table_measure: Record<string, never>;
  readonly table_part: { readonly part: number; readonly parts: number };
}
