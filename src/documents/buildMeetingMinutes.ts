import * as z from "zod/mini";
import type { LocalizedText } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { docText } from "../messages/documentText.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import type { PovertyStandard } from "../standards/types.js";
import type { MeetingVoteOutcome } from "../meeting/tallyMeetingVote.js";
import { meetingOutcomeSchema } from "../meeting/_outcomeSchema.js";
import type { DocumentBlock, DocumentCaveat, DocumentCell, DocumentHousehold, DocumentSigners, DocumentUnit, ReviewDocument } from "./types.js";
import {
  caveat,
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
  roleText,
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
 * The input of {@link buildMeetingMinutes} (biên bản họp dân).
 *
 * @example
 * ```ts
 * const input: MeetingMinutesInput = {
 *   standard: "2021-2025", year: 2025, village: { name: "Thôn Mẫu" }, commune: { name: "Xã Mẫu" },
 *   meeting: tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 42, scope: "whole_list", votes: { agree: 30 } }).outcome,
 *   venue: "Nhà văn hóa thôn", time: "8 giờ 00", signers: { chair: "Trưởng thôn (họ tên)", secretary: "Thư ký (họ tên)" },
 * };
 * ```
 * @category Documents
 */
export interface MeetingMinutesInput {
  /** The standard the review applied: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** The review's year. */
  readonly year: number;
  /** The village. */
  readonly village: DocumentUnit;
  /** The commune. */
  readonly commune: DocumentUnit;
  /** The meeting's outcome from {@link tallyMeetingVote}: its minutes record is the source of the votes. */
  readonly meeting: MeetingVoteOutcome;
  /** Where the meeting was held (địa điểm). */
  readonly venue: string;
  /** When it started, as the caller writes it ("8 giờ 00"). */
  readonly time?: string;
  /** The households voted on, for their names and proposed classes (a code without an entry prints its code only). */
  readonly households?: readonly DocumentHousehold[];
  /** Attendees' names by the code in the meeting's attendance list, for the list of attendees to sign. */
  readonly attendeeNames?: { readonly [code: string]: string };
  /** The names of those who sign: `chair`, `secretary`, and `fatherland_front` when its representative signs. */
  readonly signers?: DocumentSigners;
}

const schema = z
  .strictObject({
    standard: standardRefSchema,
    year: yearSchema,
    village: unitSchema,
    commune: unitSchema,
    meeting: meetingOutcomeSchema,
    venue: textSchema,
    time: z.optional(textSchema),
    households: z.optional(z.array(householdSchema).check(z.maxLength(100_000))),
    attendeeNames: z.optional(z.record(z.string().check(z.maxLength(100)), textSchema)),
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
  const byCode = new Map((input.households ?? []).map((h) => [h.code, h]));
  // own entries only: a code such as "constructor" finds no name
  const names = new Map(Object.entries(input.attendeeNames ?? {}));
  const percent = sharePercent(m.requiredShare);
  const chairRole = roleText(m.chairRole);
  const named = (name: string | undefined, role: LocalizedText) => docText("doc_named_role", { name: name ?? null, roleVi: role.vi, roleEn: role.en });
  const fields = [
    field("chair", named(input.signers?.chair, chairRole)),
    field("secretary", named(input.signers?.secretary, docText("doc_role", { role: "secretary" }))),
    field("attendees", docText("doc_people", { count: m.attendees })),
  ];
  if (m.absent !== null) fields.push(field("absent", docText("doc_people", { count: m.absent })));
  fields.push(field("scope", docText("doc_scope", { scope: m.scope })), field("rule", docText("doc_meeting_rule", { percent })), field("abstentions", m.abstentionRule));
  const blocks: DocumentBlock[] = [
    { kind: "paragraph", text: docText("doc_meeting_opening", { date: m.heldOn, time: input.time ?? null, venue: input.venue, village: input.village.name, commune: input.commune.name, year: input.year }) },
    { kind: "fields", fields },
  ];
  if (m.attendeeList) {
    const counts = new Map<string, number>();
    for (const a of m.attendeeList) counts.set(a.role, (counts.get(a.role) ?? 0) + 1);
    blocks.push({
      kind: "table",
      table: {
        key: "attendance_by_role",
        heading: docText("doc_attendance_by_role", {}),
        columns: [column("index", "count"), column("role", "label"), column("count", "count")],
        rows: [...counts].map(([role, n], i) => [index(i), label(roleText(role)), count(n)]),
        total: [{ kind: "empty" }, label(docText("doc_total", {})), count(m.attendees)],
        empty: noHousehold(),
      },
    });
  }
  const voted = (input.households ?? []).length;
  blocks.push({
    kind: "table",
    table: {
      key: "votes",
      heading: docText("doc_votes_heading", {}),
      columns: [
        column("index", "count"),
        column("code", "text"),
        column("head_name", "text"),
        column("proposed", "label"),
        column("agree", "count"),
        column("disagree", "count"),
        column("abstain", "count"),
        column("share", "decimal"),
        column("result", "label"),
      ],
      rows: m.results.map((r, i) => {
        const h = r.householdCode === null ? undefined : byCode.get(r.householdCode);
        const who: DocumentCell = r.householdCode === null ? label(docText("doc_whole_list", { households: voted })) : text(r.householdCode);
        return [
          index(i),
          who,
          text(h?.headName),
          h ? classCell(factsOf(h).cls) : { kind: "empty" },
          count(r.agree),
          count(r.disagree),
          count(r.abstain),
          { kind: "decimal", value: r.sharePercent },
          label(docText("doc_vote_result", { result: r.result })),
        ];
      }),
      total: null,
      empty: noHousehold(),
    },
  });
  const list = outcome.kind === "review_again" && outcome.householdsToReview ? outcome.householdsToReview.join(", ") : null;
  blocks.push({ kind: "paragraph", text: docText("doc_meeting_conclusion", { kind: outcome.kind, list }) });
  if (m.copies > 0) blocks.push({ kind: "paragraph", text: docText("doc_minutes_copies", { copies: m.copies, keptByVi: m.copiesKeptBy.vi, keptByEn: m.copiesKeptBy.en }) });
  if (m.attendeeList) {
    blocks.push({
      kind: "table",
      table: {
        key: "attendance",
        heading: docText("doc_attendance_heading", {}),
        columns: [column("index", "count"), column("name", "text"), column("role", "label"), column("signature", "text")],
        rows: m.attendeeList.map((a, i) => [index(i), text(a.code === undefined ? undefined : names.get(a.code)), label(roleText(a.role)), { kind: "empty" }]),
        total: null,
        empty: noHousehold(),
      },
    });
  }
  const proc = std.procedure;
  const caveats: DocumentCaveat[] = [layoutCaveat()];
  const copies = proc?.meetingMinutesCopies;
  if (copies && copies.status !== "confirmed") caveats.push(caveat("minutes_copies", copies.status, copies.citation, { count: copies.value }));
  if (!proc?.meetingAgreementShare) caveats.push(caveat("meeting_vote", "uncertain", m.citations[0] ?? null));
  caveats.push(...classificationCaveats(input.households ?? []));
  const signatures = [signature("secretary", input.signers), signature("chair", input.signers)];
  if (input.signers?.fatherland_front !== undefined) signatures.splice(1, 0, signature("fatherland_front", input.signers));
  const value: ReviewDocument = {
    format: "vn-poverty/document@1",
    kind: "meeting_minutes",
    standard: std.id,
    year: input.year,
    sheetName: docText("doc_sheet_name", { kind: "meeting_minutes" }),
    header: header(input.commune.name, input.village.name, input.village.name, m.heldOn, undefined),
    title: docText("doc_title", { kind: "meeting_minutes", year: input.year }),
    subtitle: docText("doc_unit_of", { village: input.village.name, commune: input.commune.name }),
    blocks,
    signatures,
    legalBasis: uniqueCitations([...m.citations, copies?.citation]),
    caveats,
  };
  return { ok: true, value };
}

/**
 * Builds the minutes of the village meeting (biên bản họp dân thống nhất kết quả rà soát), returning the issues
 * when the input is bad.
 *
 * @remarks
 * Step 3 of the review (Decision 24/2021/QĐ-TTg Art. 4; the commune guide, Mục I.2 Bước 3): the meeting, chaired by
 * the village head, agrees the results when at least the standard's share of the attendees agree; the minutes are
 * made in the standard's number of copies (2: one kept by the village, one sent to the commune's steering
 * committee), signed, with the list of attendees. Everything counted comes from the meeting's
 * {@link MeetingMinutesRecord}: the date, the chair's role, the attendance (by role when a list was given), the share
 * required and how abstentions count, the votes per household or on the whole list with the share of each, the
 * conclusion, the copies and who keeps them. The caller adds the venue, the time, the names of the chair, the
 * secretary and the attendees, and the households' names and proposed classes. Signature blocks: secretary and
 * chair (and the Fatherland Front's representative when named).
 *
 * Issues: `meeting_rule_not_found` (the meeting's outcome is `rule_not_found`), `duplicate_household`,
 * `decision_standard_mismatch`, and the schema's.
 *
 * @param input - standard, year, village, commune, meeting, venue, time, households, attendee names, signers.
 * @returns `{ ok: true, value: document }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeBuildMeetingMinutes({ ...input, meeting: { kind: "rule_not_found", reason: "meeting_share_not_found", standard: "2016-2020" } });
 * r.ok; //=> false (issue "meeting_rule_not_found")
 * ```
 * @category Documents
 */
export function safeBuildMeetingMinutes(input: MeetingMinutesInput): SafeResult<ReviewDocument> {
  return guardSafe(() => {
    const r = safeParseWith(schema, input);
    if (!r.ok) return r;
    return build(r.value);
  });
}

/**
 * Builds the minutes of the village meeting (biên bản họp dân); throws on bad input.
 *
 * @remarks See {@link safeBuildMeetingMinutes} for what the minutes hold and the issues.
 * @param input - standard, year, village, commune, meeting, venue, time, households, attendee names, signers.
 * @returns the document.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * renderDocumentText(buildMeetingMinutes(input)).includes("Biên bản được lập thành 02 bản"); //=> true
 * ```
 * @category Documents
 */
export function buildMeetingMinutes(input: MeetingMinutesInput): ReviewDocument {
  return unwrap(safeBuildMeetingMinutes(input), "buildMeetingMinutes");
}
