// Shared pieces of the documents: input schemas, the facts a list reads from a decision, cells, fields, headings,
// signature blocks and caveats. Private to the library.
import * as z from "zod/mini";
import type { Certainty, Citation, LocalizedText } from "../types.js";
import { docText } from "../messages/documentText.js";
import type { ClassChangeKind, DocumentClassKind, DocumentColumnKey, DocumentFieldKey, CaveatSubject, MeetingRole, SignatureRole } from "../messages/codes/documents.js";
import type { MeetingMinutesRecord } from "../meeting/tallyMeetingVote.js";
import type { meetingOutcomeSchema } from "../meeting/_outcomeSchema.js";
import { isoDateSchema } from "../calendar/_isoDate.js";
import type { PoorBasis } from "../classify/types.js";
import type { PovertyStandard } from "../standards/types.js";
import type { DocumentCaveat, DocumentCell, DocumentColumn, DocumentField, DocumentHeader, SignatureBlock } from "./types.js";
import { addIssue } from "./_messages.js";

// ── Schemas ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** A caller's text printed as given: a name, a place, a number (1 to 200 characters). */
export const textSchema = z.string().check(z.minLength(1), z.maxLength(200));
const codeSchema = z.string().check(z.minLength(1), z.maxLength(100));

export const unitSchema = z.strictObject({ name: textSchema, code: z.optional(codeSchema) });

/** A B1 or B2 result: its total when it was scored (a whole number of points). */
const scoreSchema = z.optional(
  z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("scored"), total: z.int().check(z.nonnegative(), z.maximum(100_000)) }),
    z.object({ kind: z.literal("undetermined") }),
    z.object({ kind: z.literal("rule_not_found") }),
  ]),
);

/**
 * The parts of a decision (from `classifyHousehold` or `classifyByIncome`) a document reads — its class and basis,
 * the standard and certainty of its explanation, the B1 and B2 totals — each checked; the rest of the decision is
 * neither read nor copied.
 */
const decisionSchema = z.object({
  outcome: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("poor"), basis: z.enum(["income", "deprivation", "income_and_deprivation"]) }),
    z.object({ kind: z.literal("near_poor") }),
    z.object({ kind: z.literal("not_poor") }),
    z.object({ kind: z.literal("undetermined") }),
    z.object({ kind: z.literal("rule_not_found") }),
  ]),
  explanation: z.object({ standard: z.string().check(z.minLength(1), z.maxLength(100)), uncertain: z.boolean() }),
  scores: z.optional(z.object({ b1: scoreSchema, b2: scoreSchema })),
});

export const householdSchema = z.strictObject({
  code: codeSchema,
  headName: z.optional(textSchema),
  members: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  decision: decisionSchema,
  previous: z.optional(z.enum(["poor", "near_poor", "not_poor"])),
});

/** A household of a document's input, as checked: what the builders read. */
export type ParsedHousehold = z.output<typeof householdSchema>;

export const signersSchema = z.optional(
  z.strictObject({
    prepared_by: z.optional(textSchema),
    village_head: z.optional(textSchema),
    chair: z.optional(textSchema),
    secretary: z.optional(textSchema),
    fatherland_front: z.optional(textSchema),
    commune_chair: z.optional(textSchema),
  }),
);

export const optionalDate = z.optional(isoDateSchema);
export const yearSchema = z.int().check(z.minimum(2000), z.maximum(2100));

type Sink = Parameters<typeof addIssue>[0];

/**
 * Checks a list of households against the document's standard: codes unique, every decision under the standard,
 * and (when `classified`) every decision with a class.
 */
export function checkHouseholds(
  households: readonly { readonly code: string; readonly decision: { readonly outcome: { readonly kind: string }; readonly explanation: { readonly standard: string } } }[],
  standard: PovertyStandard,
  classified: boolean,
  ctx: Sink,
): void {
  const seen = new Set<string>();
  households.forEach((h, i) => {
    if (seen.has(h.code)) addIssue(ctx, "duplicate_household", ["households", i, "code"], { code: h.code });
    seen.add(h.code);
    if (h.decision.explanation.standard !== standard.id) {
      addIssue(ctx, "decision_standard_mismatch", ["households", i, "decision", "explanation", "standard"], { code: h.code, expected: standard.id, actual: h.decision.explanation.standard });
    }
    const kind = h.decision.outcome.kind;
    if (classified && (kind === "undetermined" || kind === "rule_not_found")) addIssue(ctx, "household_not_classified", ["households", i, "decision", "outcome"], { code: h.code, kind });
  });
}

// ── Facts ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** What a list prints of a household's decision. */
export interface HouseholdFacts {
  readonly cls: DocumentClassKind;
  readonly basis: PoorBasis | null;
  readonly source: "forms" | "income";
  readonly b1: number | null;
  readonly b2: number | null;
  readonly uncertain: boolean;
}

/** The facts of a household's decision: class, basis, where it came from, the B1 and B2 totals. */
export function factsOf(h: ParsedHousehold): HouseholdFacts {
  const { outcome: o, scores, explanation } = h.decision;
  const scored = (x: { readonly kind: string; readonly total?: number } | undefined): number | null => (x?.kind === "scored" && x.total !== undefined ? x.total : null);
  return {
    cls: o.kind,
    basis: o.kind === "poor" ? o.basis : null,
    source: scores !== undefined ? "forms" : "income",
    b1: scores ? scored(scores.b1) : null,
    b2: scores ? scored(scores.b2) : null,
    uncertain: explanation.uncertain,
  };
}

/** How a household's class changed from last year's list to this year's decision (spec reports.md, tables 2 and 3). */
export function changeOf(previous: ParsedHousehold["previous"], cls: DocumentClassKind): ClassChangeKind | null {
  if (previous === undefined || (cls !== "poor" && cls !== "near_poor" && cls !== "not_poor")) return null;
  if (previous === "poor") return cls === "poor" ? "stays_poor" : cls === "near_poor" ? "poor_to_near_poor" : "left_poverty";
  if (previous === "near_poor") return cls === "poor" ? "near_poor_to_poor" : cls === "near_poor" ? "stays_near_poor" : "left_near_poverty";
  return cls === "poor" ? "new_poor" : cls === "near_poor" ? "new_near_poor" : "stays_not_poor";
}

// ── Cells, columns, fields ──────────────────────────────────────────────────────────────────────────────────────

/** A caller's text, the same in both languages. */
export const same = (s: string): LocalizedText => ({ vi: s, en: s });
export const text = (s: string | undefined): DocumentCell => (s === undefined ? { kind: "empty" } : { kind: "text", value: s });
export const label = (t: LocalizedText): DocumentCell => ({ kind: "label", text: t });
export const count = (n: number | null | undefined): DocumentCell => (n === null || n === undefined ? { kind: "empty" } : { kind: "count", value: n });
export const index = (i: number): DocumentCell => ({ kind: "count", value: i + 1 });
export const classCell = (kind: DocumentClassKind): DocumentCell => label(docText("doc_class", { kind }));
export const changeCell = (c: ClassChangeKind | null): DocumentCell => (c === null ? { kind: "empty" } : label(docText("doc_change", { change: c })));

export function column(key: DocumentColumnKey, kind: DocumentColumn["kind"]): DocumentColumn {
  return { key, header: docText("doc_column", { key }), kind };
}

export function field(key: DocumentFieldKey, value: LocalizedText): DocumentField {
  return { key, label: docText("doc_field", { key }), value };
}

/** The sentence printed when a table has no row. */
export const noHousehold = (): LocalizedText => docText("doc_no_household", {});

// ── Heading and signatures ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The heading: the issuing body on the left (the commune's People's Committee, and the village for a village's
 * document, in capitals), the national name and motto on the right, the number, the place and date — the layout of
 * the commune guide among the source documents.
 */
export function header(commune: string, village: string | null, place: string, date: string, number: string | undefined): DocumentHeader {
  const issuer = [docText("doc_committee", { name: commune })];
  if (village !== null) issuer.push(same(village.toUpperCase()));
  return {
    issuer,
    nationalName: docText("doc_national_name", {}),
    motto: docText("doc_motto", {}),
    number: number === undefined ? null : docText("doc_number", { number }),
    placeDate: docText("doc_place_date", { place, date }),
  };
}

/** A signature block, with the caller's name for the role or `null`. */
export function signature(role: SignatureRole, signers: { readonly [R in SignatureRole]?: string | undefined } | undefined, seal = false): SignatureBlock {
  return { role, title: docText("doc_signature_title", { role }), note: docText("doc_signature_note", { seal }), name: signers?.[role] ?? null };
}

// ── Caveats and legal basis ─────────────────────────────────────────────────────────────────────────────────────

export function caveat(subject: CaveatSubject, status: Certainty, citation: Citation | null, params: { count?: number; unit?: "working" | "calendar"; code?: string } = {}): DocumentCaveat {
  return { subject, status, citation, text: docText("doc_caveat", { subject, count: params.count ?? null, unit: params.unit ?? null, code: params.code ?? null }) };
}

/** The layout caveat every document carries: the official forms were not found; the layout follows the seed guide. */
export const layoutCaveat = (): DocumentCaveat => caveat("document_layout", "uncertain", null);

/** A caveat for each household whose decision used an uncertain value. */
export function classificationCaveats(households: readonly ParsedHousehold[]): DocumentCaveat[] {
  return households.filter((h) => h.decision.explanation.uncertain).map((h) => caveat("classification", "uncertain", null, { code: h.code }));
}

/** Citations without repeats, in order (the `note`, which says how a value was read, is not printed). */
export function uniqueCitations(cs: readonly (Citation | undefined)[]): Citation[] {
  const out: Citation[] = [];
  const keys = new Set<string>();
  for (const c of cs) {
    if (!c) continue;
    const k = [c.instrument, c.article ?? "", c.clause ?? "", c.point ?? "", c.item ?? ""].join("|");
    if (keys.has(k)) continue;
    keys.add(k);
    out.push(c);
  }
  return out;
}

// ── The meeting ─────────────────────────────────────────────────────────────────────────────────────────────────

/** A meeting's outcome, as checked: what the builders read. */
export type ParsedMeeting = z.output<typeof meetingOutcomeSchema>;

/** The households a meeting sent back: none, some codes, or all (a whole list not agreed). */
export function sentBack(meeting: ParsedMeeting | undefined): (code: string) => boolean {
  if (!meeting || meeting.kind !== "review_again") return () => false;
  if (meeting.householdsToReview === null) return () => true;
  const set = new Set(meeting.householdsToReview);
  return (code) => set.has(code);
}

/** The issue of a meeting whose rule was not found: no document is made from it. */
export function checkMeetingRule(meeting: ParsedMeeting | undefined, path: (string | number)[], ctx: Sink): void {
  if (meeting?.kind === "rule_not_found") addIssue(ctx, "meeting_rule_not_found", path, { reason: meeting.reason, standard: meeting.standard });
}

const ROLES: readonly MeetingRole[] = ["village_head", "party_cell_secretary", "steering_committee", "mass_organisation", "reviewer", "household_representative", "fatherland_front", "secretary"];

/** A role as printed: the library's label for a role it names, else the caller's text. */
export function roleText(role: string): LocalizedText {
  return (ROLES as readonly string[]).includes(role) ? docText("doc_role", { role: role as MeetingRole }) : same(role);
}

/** The share as a percentage: whole when exact ("50"), else 2 decimals rounded half up ("66.67"), in integers. */
export function sharePercent(share: MeetingMinutesRecord["requiredShare"]): string {
  const { numerator: n, denominator: d } = share; // both 1 to 1000 (the meeting's outcome schema)
  if ((n * 100) % d === 0) return String((n * 100) / d);
  const hundredths = Math.floor((n * 20_000 + d) / (2 * d)); // round(n × 10000 ÷ d), halves up
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

