// English: the review's documents and the table renderers.
import type {
  CaveatSubject,
  ClassChangeKind,
  DocumentClassKind,
  DocumentColumnKey,
  DocumentFieldKey,
  DocumentIssueParams,
  DocumentKind,
  DocumentTermParams,
  MeetingRecordInconsistency,
  MeetingRole,
  SignatureRole,
} from "../codes/documents.js";

const days = (n: number, unit: "working" | "calendar"): string => `${n} ${unit === "working" ? "working " : ""}day${n === 1 ? "" : "s"}`;

const TITLE: { readonly [K in DocumentKind]: string } = {
  posting_list: "PUBLIC POSTING: RESULTS OF THE REVIEW OF POOR AND NEAR-POOR HOUSEHOLDS",
  meeting_minutes: "MINUTES OF THE VILLAGE MEETING AGREEING THE REVIEW OF POOR AND NEAR-POOR HOUSEHOLDS",
  recognition_list: "HOUSEHOLDS PROPOSED FOR RECOGNITION AS POOR, NEAR-POOR, OUT OF POVERTY, OUT OF NEAR-POVERTY",
  review_again_list: "HOUSEHOLDS TO REVIEW AGAIN",
};

const SHEET: { readonly [K in DocumentKind]: string } = {
  posting_list: "Public posting",
  meeting_minutes: "Meeting minutes",
  recognition_list: "Recognition list",
  review_again_list: "Review again",
};

const COLUMN: { readonly [K in DocumentColumnKey]: string } = {
  index: "No.",
  code: "Household code",
  head_name: "Head of household",
  members: "Members",
  b1: "B1 score",
  b2: "B2 score",
  source: "Basis",
  class: "Review result",
  proposed: "Result put to the meeting",
  previous: "Last year",
  change: "Change",
  agree: "Agree",
  disagree: "Disagree",
  abstain: "Abstain",
  attendees: "Attendees",
  share: "Agreeing (%)",
  result: "Conclusion",
  role: "Role",
  count: "People",
  name: "Name",
  signature: "Signature",
  this_year: "This year's result",
};

const FIELD: { readonly [K in DocumentFieldKey]: string } = {
  village: "Village",
  commune: "Commune",
  posting_window: "Posting period",
  posting_places: "Posted at",
  meeting_date: "Meeting date",
  venue: "Venue",
  chair: "Chair",
  secretary: "Secretary",
  attendees: "Attendees",
  absent: "Absent",
  scope: "Vote",
  rule: "Voting rule",
  abstentions: "Counting",
  legal_basis: "Legal basis",
  standard: "Poverty standard",
  attached_to: "Attached to",
};

const CLASS: { readonly [K in DocumentClassKind]: string } = {
  poor: "Poor household",
  near_poor: "Near-poor household",
  not_poor: "Neither poor nor near-poor",
  undetermined: "Undetermined",
  rule_not_found: "No rule",
};

const CHANGE: { readonly [K in ClassChangeKind]: string } = {
  new_poor: "Joins the poor list",
  new_near_poor: "Joins the near-poor list",
  near_poor_to_poor: "Near-poor to poor",
  poor_to_near_poor: "Out of poverty, now near-poor",
  left_poverty: "Out of poverty",
  left_near_poverty: "Out of near-poverty",
  stays_poor: "Stays poor",
  stays_near_poor: "Stays near-poor",
  stays_not_poor: "No change",
};

const ROLES: { readonly [K in MeetingRole]: string } = {
  village_head: "Village head",
  party_cell_secretary: "Party cell secretary",
  steering_committee: "Member of the commune steering committee",
  mass_organisation: "Mass organisation representative",
  reviewer: "Reviewer",
  household_representative: "Household representative",
  fatherland_front: "Commune Fatherland Front representative",
  secretary: "Meeting secretary",
};

const SIGNATURE: { readonly [K in SignatureRole]: string } = {
  prepared_by: "PREPARED BY",
  village_head: "VILLAGE HEAD",
  chair: "CHAIR OF THE MEETING",
  secretary: "SECRETARY",
  fatherland_front: "FOR THE COMMUNE FATHERLAND FRONT",
  commune_chair: "FOR THE PEOPLE'S COMMITTEE\nCHAIR",
};

const SECTION = { poor: "I. POOR HOUSEHOLDS", near_poor: "II. NEAR-POOR HOUSEHOLDS", left_poverty: "III. HOUSEHOLDS OUT OF POVERTY", left_near_poverty: "IV. HOUSEHOLDS OUT OF NEAR-POVERTY" } as const;

const span = (p: DocumentTermParams["doc_caveat"]): string => days(p.count ?? 0, p.unit ?? "working");
const FROM_SOURCE = "is taken from the source documents (a commune's guide), not checked against the legal text";
const CAVEAT: { readonly [K in CaveatSubject]: (p: DocumentTermParams["doc_caveat"]) => string } = {
  document_layout: () => "The layout follows a commune's practice in the source documents; the official form was not checked.",
  posting_period: (p) => `The posting period (${span(p)}) ${FROM_SOURCE}.`,
  complaint_recheck: (p) => `The complaint re-check period (${span(p)}) ${FROM_SOURCE}.`,
  recheck_posting: (p) => `The posting period of a re-check (${span(p)}) ${FROM_SOURCE}.`,
  posting_places: () => `The places of posting ${FROM_SOURCE}.`,
  minutes_copies: (p) => `The number of copies of the minutes (${p.count ?? 0}) ${FROM_SOURCE}.`,
  classification: (p) => `The class of household ${p.code ?? ""} used an uncertain value (see its explanation).`,
  meeting_vote: () => "The vote used an uncertain value (see the meeting's explanation).",
};

const INCONSISTENT: { readonly [R in MeetingRecordInconsistency]: string } = {
  kind_and_results: "the meeting's conclusion does not match its votes (agreed with an item below the share, or sent back with every item at or above it).",
  scope_and_results: "the votes do not match the scope (a vote on the whole list has one result and no household code; a vote per household has a code on every result).",
  result_attendees: "this result counts another number of attendees than the minutes.",
  result_and_share: "this result is not what the agreeing votes and the required share give.",
  households_to_review: "the households to review again (or agreed) are not those of the votes.",
};

/** English texts of the documents' issues. */
export const enDocumentIssues: { readonly [C in keyof DocumentIssueParams]: (p: DocumentIssueParams[C]) => string } = {
  household_not_classified: (p) => `household ${p.code} has no class (${CLASS[p.kind as DocumentClassKind] ?? p.kind}); it cannot go on a list.`,
  decision_standard_mismatch: (p) => `household ${p.code} was classified under the standard ${p.actual}; the document is under ${p.expected}.`,
  meeting_rule_not_found: (p) => `no minutes: the standard ${p.standard} has no sourced voting rule (${p.reason}).`,
  posting_period_missing: () => "no posting period: compute the deadlines from the posting day (computeProcedureDeadlines with postedOn).",
  not_a_review_document: (p) => `not a review document built by the library (${p.format === null ? "no format" : `format "${p.format}"`}); pass what buildPostingList, buildMeetingMinutes, buildRecognitionList or buildReviewAgainList returned.`,
  row_width_mismatch: (p) => `the row has ${p.cells} cells; the table has ${p.columns} columns.`,
  meeting_record_inconsistent: (p) => INCONSISTENT[p.reason],
  deadline_days_out_of_order: (p) => `the period is out of order: its first day (${p.firstDay}) must be after the event (${p.eventOn}) and not after its last day (${p.lastDay}).`,
};

/** English labels of the documents and the table renderers. */
export const enDocumentTerms: { readonly [K in keyof DocumentTermParams]: (p: DocumentTermParams[K]) => string } = {
  doc_national_name: () => "SOCIALIST REPUBLIC OF VIET NAM",
  doc_motto: () => "Independence - Freedom - Happiness",
  doc_committee: (p) => `PEOPLE'S COMMITTEE OF ${p.name.toUpperCase()}`,
  doc_number: (p) => `No. ${p.number}`,
  doc_place_date: (p) => `${p.place}, ${p.date}`,
  doc_title: (p) => `${TITLE[p.kind]}, ${p.year}`,
  doc_sheet_name: (p) => SHEET[p.kind],
  doc_column: (p) => COLUMN[p.key],
  doc_field: (p) => FIELD[p.key],
  doc_class: (p) => CLASS[p.kind],
  doc_source: (p) =>
    `${p.source === "forms" ? "Form B" : "Income"}${p.basis === "income" ? " (poor by income)" : p.basis === "deprivation" ? " (poor by deprivation)" : ""}`,
  doc_change: (p) => CHANGE[p.change],
  doc_role: (p) => ROLES[p.role],
  doc_named_role: (p) => `${p.name ?? "...................."} (${p.roleEn})`,
  doc_vote_result: (p) => (p.result === "agreed" ? "Agreed" : "Review again"),
  doc_scope: (p) => (p.scope === "per_household" ? "Per household" : "On the whole list"),
  doc_whole_list: (p) => `The whole list (${p.households} household${p.households === 1 ? "" : "s"})`,
  doc_section: (p) => `${SECTION[p.section]} (${p.households})`,
  doc_signature_title: (p) => SIGNATURE[p.role],
  doc_signature_note: (p) => (p.seal ? "(Signature and seal)" : "(Signature and full name)"),
  doc_unit_of: (p) => `${p.village}, ${p.commune}`,
  doc_posting_window: (p) => `From ${p.firstDay} to the end of ${p.lastDay} (${days(p.days, p.unit)})`,
  doc_posting_places_default: () => "the village cultural house; the commune People's Committee; announced on the commune radio",
  doc_complaints: (p) =>
    p.recheckDays === null
      ? "During the posting, residents may complain about the results to the commune steering committee."
      : `During the posting, a complaint is re-checked by the commune steering committee within ${days(p.recheckDays, p.recheckUnit)} of its receipt${
          p.postingDays === null ? "" : `, and the re-check results are posted for ${days(p.postingDays, p.postingUnit)}`
        }.`,
  doc_total: () => "Total",
  doc_no_household: () => "No household.",
  doc_left_out: (p) => `Not on this list (the meeting did not agree; to be reviewed again): ${p.codes}.`,
  doc_meeting_opening: (p) =>
    `On ${p.date}${p.time ? ` at ${p.time}` : ""}, at ${p.venue}, ${p.village}, ${p.commune}, the village meeting was held to agree the results of the ${p.year} review of poor and near-poor households.`,
  doc_people: (p) => `${p.count} ${p.count === 1 ? "person" : "people"}`,
  doc_meeting_rule: (p) => `A result is agreed when at least ${p.percent}% of the attendees agree; below ${p.percent}% it is reviewed again from step 2 and put to a new meeting.`,
  doc_meeting_conclusion: (p) =>
    p.kind === "agreed"
      ? "The meeting agreed the review results."
      : p.list === null
        ? "The meeting did not agree the list as a whole; it is reviewed again from step 2 and put to a new meeting."
        : `The meeting did not agree the results of: ${p.list}; these are reviewed again from step 2 and put to a new meeting. The other results are agreed.`,
  doc_minutes_copies: (p) => `The minutes are made in ${p.copies} copies: ${p.keptByEn}.`,
  doc_votes_heading: () => "VOTES",
  doc_attendance_heading: () => "ATTENDANCE LIST",
  doc_attendance_by_role: () => "ATTENDANCE BY ROLE",
  doc_review_again_intro: (p) => `At the village meeting of ${p.heldOn}, fewer than ${p.percent}% of the attendees agreed with the results of the households below.`,
  doc_review_again_next: () => "They are reviewed again from step 2 (information collected, Form B scored) and put to a new meeting.",
  doc_recognition_intro: (p) => `From the ${p.year} review, agreed by the village meetings and posted publicly, the commune chair is asked to recognise the following lists.`,
  doc_caveats_heading: () => "ANNEX. HOW SURE THE SOURCES ARE",
  doc_caveat: (p) => CAVEAT[p.subject](p),
  certainty_label: (p) => (p.status === "confirmed" ? "confirmed" : p.status === "seed" ? "from a source document" : "uncertain"),
  table_certainty: (p) =>
    `Certainty: ${p.status === "confirmed" ? "confirmed" : p.status === "seed" ? "from a source document" : "uncertain (layout not checked against the official form)"}`,
  table_measure: () => "Measure",
  table_part: (p) => `(part ${p.part} of ${p.parts})`,
};
