import * as z from "zod/mini";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { docText } from "../messages/documentText.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import type { PovertyStandard } from "../standards/types.js";
import type { MeetingItemResult, MeetingVoteOutcome } from "../meeting/tallyMeetingVote.js";
import { meetingOutcomeSchema } from "../meeting/_outcomeSchema.js";
import type { DocumentCell, DocumentHousehold, DocumentSigners, DocumentUnit, ReviewDocument } from "./types.js";
import {
  checkHouseholds,
  checkMeetingRule,
  classCell,
  classificationCaveats,
  column,
  count,
  factsOf,
  header,
  householdSchema,
  index,
  label,
  layoutCaveat,
  noHousehold,
  optionalDate,
  sharePercent,
  signature,
  signersSchema,
  text,
  textSchema,
  uniqueCitations,
  unitSchema,
  yearSchema,
} from "./_build.js";
import { issue } from "./_messages.js";

/**
 * The input of {@link buildReviewAgainList} (danh sách hộ phải rà soát lại).
 *
 * @example
 * ```ts
 * const input: ReviewAgainListInput = {
 *   standard: "2021-2025", year: 2025, village: { name: "Thôn Mẫu" }, commune: { name: "Xã Mẫu" },
 *   meeting: tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 42, scope: "per_household", households: [{ householdCode: "TM-06", agree: 20 }] }).outcome,
 * };
 * ```
 * @category Documents
 */
export interface ReviewAgainListInput {
  /** The standard the review applied: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** The review's year. */
  readonly year: number;
  /** The village. */
  readonly village: DocumentUnit;
  /** The commune. */
  readonly commune: DocumentUnit;
  /** The meeting's outcome from {@link tallyMeetingVote}. */
  readonly meeting: MeetingVoteOutcome;
  /** The households put to the meeting, for their names and proposed classes (and, for a whole list not agreed, which they were). */
  readonly households?: readonly DocumentHousehold[];
  /** The document's date (ISO); default the meeting's date. */
  readonly issuedOn?: string;
  /** The document's number, when it has one. */
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
    meeting: meetingOutcomeSchema,
    households: z.optional(z.array(householdSchema).check(z.maxLength(100_000))),
    issuedOn: optionalDate,
    number: z.optional(textSchema),
    signers: signersSchema,
  })
  .check(
    z.superRefine((v, ctx) => {
      checkHouseholds(v.households ?? [], v.standard, false, ctx);
      checkMeetingRule(v.meeting, ["meeting"], ctx);
    }),
  );

type Parsed = z.output<typeof schema>;

function build(input: Parsed): SafeResult<ReviewDocument> {
  const std = input.standard;
  const outcome = input.meeting;
  // the schema has refused a meeting without a rule already; the type does not know
  if (outcome.kind === "rule_not_found") return { ok: false, issues: [issue("meeting_rule_not_found", ["meeting"], { reason: outcome.reason, standard: outcome.standard })] };
  const m = outcome.minutes;
  const households = input.households ?? [];
  const byCode = new Map(households.map((h) => [h.code, h]));
  // The rows: each household below the share; a whole list not agreed sends back every household put to it.
  const failed = m.results.filter((r) => r.result === "review_again");
  type Row = { code: string | null; r: MeetingItemResult };
  const rows: Row[] = failed.flatMap((r): Row[] =>
    r.householdCode !== null ? [{ code: r.householdCode, r }] : households.length > 0 ? households.map((h) => ({ code: h.code, r })) : [{ code: null, r }],
  );
  const table = {
    key: "households",
    heading: null,
    columns: [column("index", "count"), column("code", "text"), column("head_name", "text"), column("proposed", "label"), column("agree", "count"), column("attendees", "count"), column("share", "decimal")],
    rows: rows.map(({ code, r }, i): DocumentCell[] => {
      const h = code === null ? undefined : byCode.get(code);
      return [
        index(i),
        code === null ? label(docText("doc_whole_list", { households: households.length })) : text(code),
        text(h?.headName),
        h ? classCell(factsOf(h).cls) : { kind: "empty" },
        count(r.agree),
        count(r.attendees),
        { kind: "decimal", value: r.sharePercent },
      ];
    }),
    total: null,
    empty: noHousehold(),
  };
  const sentBack = new Set(rows.map((x) => x.code));
  const value: ReviewDocument = {
    format: "vn-poverty/document@1",
    kind: "review_again_list",
    standard: std.id,
    year: input.year,
    sheetName: docText("doc_sheet_name", { kind: "review_again_list" }),
    header: header(input.commune.name, input.village.name, input.village.name, input.issuedOn ?? m.heldOn, input.number),
    title: docText("doc_title", { kind: "review_again_list", year: input.year }),
    subtitle: docText("doc_unit_of", { village: input.village.name, commune: input.commune.name }),
    blocks: [
      { kind: "paragraph", text: docText("doc_review_again_intro", { heldOn: m.heldOn, percent: sharePercent(m.requiredShare) }) },
      { kind: "table", table },
      { kind: "paragraph", text: docText("doc_review_again_next", {}) },
    ],
    signatures: [signature("prepared_by", input.signers), signature("village_head", input.signers)],
    legalBasis: uniqueCitations(m.citations),
    caveats: [layoutCaveat(), ...classificationCaveats(households.filter((h) => sentBack.has(h.code)))],
  };
  return { ok: true, value };
}

/**
 * Builds the list of households to review again (danh sách hộ gia đình phải rà soát lại) after the village meeting,
 * returning the issues when the input is bad.
 *
 * @remarks
 * Decision 24/2021/QĐ-TTg Art. 4 and the commune guide (Mục I.2 Bước 3): when fewer than the standard's share of
 * the attendees agree, the household is reviewed again from step 2 and put to a new meeting. The rows are the
 * meeting's `review_again` results — each household below the share, or, when the whole list was not agreed, every
 * household put to the meeting — with the votes agreeing, the attendees and the share. A meeting that agreed gives a
 * list with no row ("Không có hộ nào."). The layout is the project's choice (caveat `document_layout`).
 *
 * Issues: `meeting_rule_not_found`, `duplicate_household`, `decision_standard_mismatch`, and the schema's.
 *
 * @param input - standard, year, village, commune, meeting, households, date, number, signers.
 * @returns `{ ok: true, value: document }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeBuildReviewAgainList({ ...input, year: 1990 });
 * r.ok; //=> false (issue "too_small" at ["year"])
 * ```
 * @category Documents
 */
export function safeBuildReviewAgainList(input: ReviewAgainListInput): SafeResult<ReviewDocument> {
  return guardSafe(() => {
    const r = safeParseWith(schema, input);
    if (!r.ok) return r;
    return build(r.value);
  });
}

/**
 * Builds the list of households to review again (danh sách hộ phải rà soát lại); throws on bad input.
 *
 * @remarks See {@link safeBuildReviewAgainList} for the rows and the issues.
 * @param input - standard, year, village, commune, meeting, households, date, number, signers.
 * @returns the document.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * buildReviewAgainList(input).blocks[1]; //=> { kind: "table", table: { key: "households", rows: [[…"TM-06"…]], … } }
 * ```
 * @category Documents
 */
export function buildReviewAgainList(input: ReviewAgainListInput): ReviewDocument {
  return unwrap(safeBuildReviewAgainList(input), "buildReviewAgainList");
}
