import * as z from "zod/mini";
import type { Citation } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { isoDateSchema } from "../calendar/_isoDate.js";
import { docText } from "../messages/documentText.js";
import type { RecognitionSection } from "../messages/codes/documents.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import type { PovertyStandard } from "../standards/types.js";
import type { MeetingVoteOutcome } from "../meeting/tallyMeetingVote.js";
import { meetingOutcomeSchema } from "../meeting/_outcomeSchema.js";
import type { DocumentBlock, DocumentCell, DocumentColumn, DocumentHousehold, DocumentSigners, DocumentTable, DocumentUnit, ReviewDocument } from "./types.js";
import {
  changeCell,
  changeOf,
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
  same,
  sentBack,
  signature,
  signersSchema,
  text,
  textSchema,
  uniqueCitations,
  unitSchema,
  yearSchema,
  type HouseholdFacts,
} from "./_build.js";

/**
 * A household on the recognition list (hộ trong danh sách đề nghị công nhận): last year's class is required.
 *
 * @example
 * ```ts
 * const h: RecognitionHousehold = { code: "TM-02", members: 5, decision, previous: "near_poor" };
 * ```
 * @category Documents
 */
export interface RecognitionHousehold extends DocumentHousehold {
  /** Its class on last year's list; `"not_poor"` for a household that was on neither list. */
  readonly previous: "poor" | "near_poor" | "not_poor";
}

/**
 * The input of {@link buildRecognitionList} (danh sách đề nghị công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo,
 * hộ thoát cận nghèo).
 *
 * @example
 * ```ts
 * const input: RecognitionListInput = {
 *   standard: "2021-2025", year: 2025, commune: { name: "Xã Mẫu" }, issuedOn: "2025-10-20",
 *   households: [{ code: "TM-01", members: 4, decision, previous: "poor" }],
 * };
 * ```
 * @category Documents
 */
export interface RecognitionListInput {
  /** The standard the review applied: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** The review's year. */
  readonly year: number;
  /** The commune whose chair recognises the lists. */
  readonly commune: DocumentUnit;
  /** The commune's reviewed households, with this year's decisions and last year's class. */
  readonly households: readonly RecognitionHousehold[];
  /** The villages' meetings: households any of them sent back to review are left off and named. */
  readonly meetings?: readonly MeetingVoteOutcome[];
  /** The document's date (ISO). Required: the library has no clock. */
  readonly issuedOn: string;
  /** The document's number, when it has one. */
  readonly number?: string;
  /** What the list is attached to, as the caller writes it ("Kèm theo Quyết định số …/QĐ-UBND ngày …"). */
  readonly attachedTo?: string;
  /** The names of those who sign: `prepared_by`, `commune_chair`. */
  readonly signers?: DocumentSigners;
}

const schema = z
  .strictObject({
    standard: standardRefSchema,
    year: yearSchema,
    commune: unitSchema,
    households: z.array(z.extend(householdSchema, { previous: z.enum(["poor", "near_poor", "not_poor"]) })).check(z.maxLength(100_000)),
    meetings: z.optional(z.array(meetingOutcomeSchema).check(z.maxLength(10_000))),
    issuedOn: isoDateSchema,
    number: z.optional(textSchema),
    attachedTo: z.optional(textSchema),
    signers: signersSchema,
  })
  .check(
    z.superRefine((v, ctx) => {
      checkHouseholds(v.households, v.standard, true, ctx);
      (v.meetings ?? []).forEach((m, i) => checkMeetingRule(m, ["meetings", i], ctx));
    }),
  );

type Parsed = z.output<typeof schema>;

/** Which sections a household belongs to: its class this year, and leaving last year's list. */
function sectionsOf(previous: Parsed["households"][number]["previous"], f: HouseholdFacts): RecognitionSection[] {
  const out: RecognitionSection[] = [];
  if (f.cls === "poor") out.push("poor");
  if (f.cls === "near_poor") out.push("near_poor");
  if (previous === "poor" && f.cls !== "poor") out.push("left_poverty");
  if (previous === "near_poor" && f.cls === "not_poor") out.push("left_near_poverty");
  return out;
}

function build(input: Parsed): ReviewDocument {
  const std = input.standard;
  const backs = (input.meetings ?? []).map(sentBack);
  const back = (code: string) => backs.some((b) => b(code));
  const leftOut = input.households.filter((h) => back(h.code));
  const kept = input.households.filter((h) => !back(h.code)).map((h) => ({ h, f: factsOf(h) }));
  const withMembers = kept.some((x) => x.h.members !== undefined);
  const forms = kept.some((x) => x.f.source === "forms");
  const sections: RecognitionSection[] = ["poor", "near_poor", "left_poverty", "left_near_poverty"];
  const tables: DocumentTable[] = sections.map((section) => {
    const members = kept.filter((x) => sectionsOf(x.h.previous, x.f).includes(section));
    const leaving = section === "left_poverty" || section === "left_near_poverty";
    const columns: DocumentColumn[] = [column("index", "count"), column("code", "text"), column("head_name", "text")];
    if (withMembers) columns.push(column("members", "count"));
    if (!leaving && forms) columns.push(column("b1", "count"), column("b2", "count"));
    columns.push(...(leaving ? [column("previous", "label"), column("this_year", "label")] : [column("source", "label"), column("change", "label")]));
    const rows = members.map(({ h, f }, i) => {
      const cells: DocumentCell[] = [index(i), text(h.code), text(h.headName)];
      if (withMembers) cells.push(count(h.members));
      if (!leaving && forms) cells.push(count(f.b1), count(f.b2));
      if (leaving) cells.push(classCell(h.previous), classCell(f.cls));
      else cells.push(label(docText("doc_source", { source: f.source, basis: f.basis })), changeCell(changeOf(h.previous, f.cls)));
      return cells;
    });
    const total: DocumentCell[] = columns.map((c) =>
      c.key === "code" ? label(docText("doc_total", {})) : c.key === "members" ? count(members.reduce((s, x) => s + (x.h.members ?? 0), 0)) : { kind: "empty" },
    );
    return { key: section, heading: docText("doc_section", { section, households: members.length }), columns, rows, total: members.length > 0 ? total : null, empty: noHousehold() };
  });
  const blocks: DocumentBlock[] = [{ kind: "paragraph", text: docText("doc_recognition_intro", { year: input.year }) }, ...tables.map((table) => ({ kind: "table" as const, table }))];
  if (leftOut.length > 0) blocks.push({ kind: "paragraph", text: docText("doc_left_out", { codes: leftOut.map((h) => h.code).join(", ") }) });
  const proc = std.procedure;
  const procedureCitation: Citation | undefined = proc ? { instrument: proc.instrument } : undefined;
  return {
    format: "vn-poverty/document@1",
    kind: "recognition_list",
    standard: std.id,
    year: input.year,
    sheetName: docText("doc_sheet_name", { kind: "recognition_list" }),
    header: header(input.commune.name, null, input.commune.name, input.issuedOn, input.number),
    title: docText("doc_title", { kind: "recognition_list", year: input.year }),
    subtitle: input.attachedTo === undefined ? same(input.commune.name) : same(`(${input.attachedTo})`),
    blocks,
    signatures: [signature("prepared_by", input.signers), signature("commune_chair", input.signers, true)],
    legalBasis: uniqueCitations([std.classRule.citation, procedureCitation]),
    caveats: [layoutCaveat(), ...classificationCaveats(kept.map((x) => x.h))],
  };
}

/**
 * Builds the list the commune chair signs (danh sách đề nghị công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo, hộ
 * thoát cận nghèo), returning the issues when the input is bad.
 *
 * @remarks
 * Step 5 of the review (Decision 24/2021/QĐ-TTg Art. 4): the commune chair decides the lists of poor, near-poor,
 * out-of-poverty and out-of-near-poverty households. Four sections, each with its count in the heading and a total
 * row (households, members): I. this year's poor households; II. near-poor households — each with its B1/B2 totals
 * or income basis and its change from last year; III. households out of poverty (poor last year, near-poor or
 * neither this year — the movement table's columns 2 and 3); IV. households out of near-poverty (near-poor last
 * year, neither this year — column 2 of the near-poor movement). A near-poor household that became poor is in
 * section I only (the movement table counts it as "became poor", not "out of near-poverty"). Households a village
 * meeting sent back to review are left off and named. The layout is the project's choice (caveat
 * `document_layout`).
 *
 * Issues: `household_not_classified` (undetermined or no rule), `duplicate_household`,
 * `decision_standard_mismatch`, `meeting_rule_not_found`, and the schema's (`previous` is required).
 *
 * @param input - standard, year, commune, households with last year's class, meetings, date, number, signers.
 * @returns `{ ok: true, value: document }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeBuildRecognitionList({ ...input, issuedOn: "2025-02-30" });
 * r.ok; //=> false (issue "impossible_date")
 * ```
 * @category Documents
 */
export function safeBuildRecognitionList(input: RecognitionListInput): SafeResult<ReviewDocument> {
  return guardSafe(() => {
    const r = safeParseWith(schema, input);
    if (!r.ok) return r;
    return { ok: true, value: build(r.value) };
  });
}

/**
 * Builds the list the commune chair signs (danh sách đề nghị công nhận hộ nghèo, hộ cận nghèo, hộ thoát nghèo, hộ
 * thoát cận nghèo); throws on bad input.
 *
 * @remarks See {@link safeBuildRecognitionList} for the sections and the issues.
 * @param input - standard, year, commune, households with last year's class, meetings, date, number, signers.
 * @returns the document.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * renderDocumentText(buildRecognitionList(input)).includes("III. DANH SÁCH HỘ THOÁT NGHÈO"); //=> true
 * ```
 * @category Documents
 */
export function buildRecognitionList(input: RecognitionListInput): ReviewDocument {
  return unwrap(safeBuildRecognitionList(input), "buildRecognitionList");
}
