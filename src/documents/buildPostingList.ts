import * as z from "zod/mini";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { docText } from "../messages/documentText.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import type { PovertyStandard } from "../standards/types.js";
import type { MeetingVoteOutcome } from "../meeting/tallyMeetingVote.js";
import type { ProcedureDeadlinesOutcome } from "../procedure/computeProcedureDeadlines.js";
import { deadlinesOutcomeSchema } from "../procedure/_deadlinesSchema.js";
import { meetingOutcomeSchema } from "../meeting/_outcomeSchema.js";
import type { DocumentBlock, DocumentCaveat, DocumentCell, DocumentColumn, DocumentHousehold, DocumentSigners, DocumentUnit, ReviewDocument } from "./types.js";
import {
  caveat,
  changeCell,
  changeOf,
  checkHouseholds,
  checkMeetingRule,
  classCell,
  classificationCaveats,
  column,
  count,
  factsOf,
  field,
  header,
  householdSchema,
  index,
  label,
  layoutCaveat,
  noHousehold,
  optionalDate,
  same,
  sentBack,
  signature,
  signersSchema,
  text,
  textSchema,
  uniqueCitations,
  unitSchema,
  yearSchema,
} from "./_build.js";
import { addIssue, issue } from "./_messages.js";

/**
 * The input of {@link buildPostingList} (danh sách niêm yết công khai).
 *
 * @example
 * ```ts
 * const input: PostingListInput = {
 *   standard: "2021-2025", year: 2025,
 *   village: { name: "Thôn Mẫu" }, commune: { name: "Xã Mẫu" },
 *   households: [{ code: "TM-01", headName: "Chủ hộ 01", members: 4, decision, previous: "poor" }],
 *   deadlines: computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: "2025-10-06" } }).outcome,
 * };
 * ```
 * @category Documents
 */
export interface PostingListInput {
  /** The standard the review applied: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** The review's year (năm rà soát). */
  readonly year: number;
  /** The village (thôn, tổ dân phố), named as the caller writes it. */
  readonly village: DocumentUnit;
  /** The commune (xã, phường, đặc khu). */
  readonly commune: DocumentUnit;
  /** The village's reviewed households with this year's decisions. */
  readonly households: readonly DocumentHousehold[];
  /** The procedure's periods from {@link computeProcedureDeadlines} with the posting day (`events.postedOn`). */
  readonly deadlines: ProcedureDeadlinesOutcome;
  /** The village meeting's outcome: the households it sent back to review are left off the list. */
  readonly meeting?: MeetingVoteOutcome;
  /** Where the list is posted; default the places of the commune guide (village cultural house, commune office, radio). */
  readonly postedAt?: readonly string[];
  /** The document's date (ISO); default the posting day. */
  readonly issuedOn?: string;
  /** The document's number ("Số: …"), when it has one. */
  readonly number?: string;
  /** The names of those who sign: `prepared_by`, `village_head`. */
  readonly signers?: DocumentSigners;
}

const schema = z
  .strictObject({
    standard: standardRefSchema,
    year: yearSchema,
    village: unitSchema,
    commune: unitSchema,
    households: z.array(householdSchema).check(z.maxLength(100_000)),
    deadlines: deadlinesOutcomeSchema,
    meeting: z.optional(meetingOutcomeSchema),
    postedAt: z.optional(z.array(textSchema).check(z.minLength(1), z.maxLength(10))),
    issuedOn: optionalDate,
    number: z.optional(textSchema),
    signers: signersSchema,
  })
  .check(
    z.superRefine((v, ctx) => {
      checkHouseholds(v.households, v.standard, false, ctx);
      if (v.deadlines.kind !== "computed" || !v.deadlines.deadlines.some((d) => d.kind === "posting")) {
        addIssue(ctx, "posting_period_missing", ["deadlines"], { reason: v.deadlines.kind === "computed" ? "no_posting_day" : "rule_not_found" });
      }
      checkMeetingRule(v.meeting, ["meeting"], ctx);
    }),
  );

type Parsed = z.output<typeof schema>;

const GROUP = { poor: 0, near_poor: 1, not_poor: 2, undetermined: 3, rule_not_found: 3 } as const;

function build(input: Parsed): SafeResult<ReviewDocument> {
  const std = input.standard;
  const posting = input.deadlines.kind === "computed" ? input.deadlines.deadlines.find((d) => d.kind === "posting") : undefined;
  // the schema has checked it already; the type does not know
  if (posting === undefined) return { ok: false, issues: [issue("posting_period_missing", ["deadlines"], { reason: "no_posting_day" })] };
  const proc = std.procedure;
  const back = sentBack(input.meeting);
  const leftOut = input.households.filter((h) => back(h.code));
  // Posted: this year's poor and near-poor households, and those that leave last year's lists.
  const listed = input.households
    .map((h, i) => ({ h, i, f: factsOf(h) }))
    .filter(({ h, f }) => !back(h.code) && (f.cls === "poor" || f.cls === "near_poor" || h.previous === "poor" || h.previous === "near_poor"))
    .sort((a, b) => GROUP[a.f.cls] - GROUP[b.f.cls] || (a.f.cls === "not_poor" ? (a.h.previous === "poor" ? 0 : 1) - (b.h.previous === "poor" ? 0 : 1) : 0) || a.i - b.i);
  const forms = listed.some((x) => x.f.source === "forms");
  const withMembers = listed.some((x) => x.h.members !== undefined);
  const withPrevious = listed.some((x) => x.h.previous !== undefined);
  const columns: DocumentColumn[] = [column("index", "count"), column("code", "text"), column("head_name", "text")];
  if (withMembers) columns.push(column("members", "count"));
  if (forms) columns.push(column("b1", "count"), column("b2", "count"));
  columns.push(column("source", "label"), column("class", "label"));
  if (withPrevious) columns.push(column("change", "label"));
  const rows = listed.map(({ h, f }, i) => {
    const cells: DocumentCell[] = [index(i), text(h.code), text(h.headName)];
    if (withMembers) cells.push(count(h.members));
    if (forms) cells.push(count(f.b1), count(f.b2));
    cells.push(label(docText("doc_source", { source: f.source, basis: f.basis })), classCell(f.cls));
    if (withPrevious) cells.push(changeCell(changeOf(h.previous, f.cls)));
    return cells;
  });
  const places = input.postedAt ? same(input.postedAt.join("; ")) : docText("doc_posting_places_default", {});
  const blocks: DocumentBlock[] = [
    {
      kind: "fields",
      fields: [
        field("village", same(input.village.name)),
        field("commune", same(input.commune.name)),
        field("posting_window", docText("doc_posting_window", { firstDay: posting.firstDay, lastDay: posting.lastDay, days: posting.duration.days, unit: posting.duration.unit })),
        field("posting_places", places),
      ],
    },
    { kind: "table", table: { key: "households", heading: null, columns, rows, total: null, empty: noHousehold() } },
    {
      kind: "paragraph",
      text: docText("doc_complaints", {
        recheckDays: proc?.complaintRecheck?.value.days ?? null,
        recheckUnit: proc?.complaintRecheck?.value.unit ?? "working",
        postingDays: proc?.recheckPosting?.value.days ?? null,
        postingUnit: proc?.recheckPosting?.value.unit ?? "working",
      }),
    },
  ];
  if (leftOut.length > 0) blocks.push({ kind: "paragraph", text: docText("doc_left_out", { codes: leftOut.map((h) => h.code).join(", ") }) });
  const caveats: DocumentCaveat[] = [layoutCaveat()];
  if (posting.status !== "confirmed") caveats.push(caveat("posting_period", posting.status, posting.citation, { count: posting.duration.days, unit: posting.duration.unit }));
  const recheck = proc?.complaintRecheck;
  if (recheck && recheck.status !== "confirmed") caveats.push(caveat("complaint_recheck", recheck.status, recheck.citation, { count: recheck.value.days, unit: recheck.value.unit }));
  const recheckPosting = proc?.recheckPosting;
  if (recheckPosting && recheckPosting.status !== "confirmed") caveats.push(caveat("recheck_posting", recheckPosting.status, recheckPosting.citation, { count: recheckPosting.value.days, unit: recheckPosting.value.unit }));
  if (!input.postedAt && proc) caveats.push(caveat("posting_places", proc.posting.status === "confirmed" ? "seed" : proc.posting.status, proc.posting.citation));
  caveats.push(...classificationCaveats(listed.map((x) => x.h)));
  const value: ReviewDocument = {
    format: "vn-poverty/document@1",
    kind: "posting_list",
    standard: std.id,
    year: input.year,
    sheetName: docText("doc_sheet_name", { kind: "posting_list" }),
    header: header(input.commune.name, input.village.name, input.village.name, input.issuedOn ?? posting.eventOn, input.number),
    title: docText("doc_title", { kind: "posting_list", year: input.year }),
    subtitle: docText("doc_unit_of", { village: input.village.name, commune: input.commune.name }),
    blocks,
    signatures: [signature("prepared_by", input.signers), signature("village_head", input.signers)],
    legalBasis: uniqueCitations([std.classRule.citation, posting.citation, recheck?.citation, recheckPosting?.citation]),
    caveats,
  };
  return { ok: true, value };
}

/**
 * Builds the village's posting list (danh sách niêm yết công khai kết quả rà soát), returning the issues when the
 * input is bad.
 *
 * @remarks
 * Step 4 of the review (Decision 24/2021/QĐ-TTg Art. 4; the commune guide among the source documents, Mục I.2
 * Bước 4): the results are posted at the village cultural house and the commune office and announced on the commune
 * radio for the posting period; complaints are re-checked. The list holds this year's poor and near-poor
 * households, then those leaving last year's lists (poor first), each with its code, the head of household's name
 * as given, its members, its B1 and B2 totals (households classified from the forms) or its income basis, its class
 * and its change from last year. Households the village meeting sent back to review (`meeting`) are left off and
 * named in a sentence below. The posting period's first and last day come from {@link computeProcedureDeadlines};
 * the complaint and re-check periods are read from the standard's data. Columns with no value in any row (members,
 * B1/B2, change) are left out. The layout is the project's choice from the commune guide: the official form was
 * not found (caveat `document_layout`).
 *
 * Issues: `posting_period_missing` (no posting day in the deadlines, or no procedure), `duplicate_household`,
 * `decision_standard_mismatch`, `meeting_rule_not_found`, and the schema's (`too_big` names over 200 characters, …).
 *
 * @param input - standard, year, village, commune, households, deadlines, meeting, places, date, number, signers.
 * @returns `{ ok: true, value: document }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeBuildPostingList({ ...input, deadlines: { kind: "rule_not_found", reason: "procedure_not_found", standard: "2027-2030" } });
 * r.ok; //=> false (issue "posting_period_missing")
 * ```
 * @category Documents
 */
export function safeBuildPostingList(input: PostingListInput): SafeResult<ReviewDocument> {
  return guardSafe(() => {
    const r = safeParseWith(schema, input);
    if (!r.ok) return r;
    return build(r.value);
  });
}

/**
 * Builds the village's posting list (danh sách niêm yết công khai); throws on bad input.
 *
 * @remarks See {@link safeBuildPostingList} for the rows, the columns and the issues.
 * @param input - standard, year, village, commune, households, deadlines, meeting, places, date, number, signers.
 * @returns the document.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const doc = buildPostingList(input);
 * renderDocumentText(doc).includes("Từ ngày 07/10/2025 đến hết ngày 09/10/2025 (3 ngày làm việc)"); //=> true
 * ```
 * @category Documents
 */
export function buildPostingList(input: PostingListInput): ReviewDocument {
  return unwrap(safeBuildPostingList(input), "buildPostingList");
}
