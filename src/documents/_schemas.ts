// What the renderers accept: the schema of a ReviewDocument, of a report table (layoutSheet lays out both), and of
// the render options. A renderer parses its input with these and draws the parsed copy, never the caller's object.
// Private to the library.
import * as z from "zod/mini";
import type { Issue, SafeResult } from "../errors/Issue.js";
import type { Locale } from "../types.js";
import { safeParseWith } from "../_lib/issues.js";
import { certaintySchema, citationValueSchema } from "../explain/_schemas.js";
import type { CaveatSubject, DocumentColumnKey, DocumentFieldKey, DocumentKind, SignatureRole } from "../messages/codes/documents.js";
import type { ReportTable, ReportTableId, SegmentKey } from "../report/types.js";
import type { ReviewDocument } from "./types.js";
import { addIssue, issue } from "./_messages.js";

/** The `format` of every document the library builds. */
export const DOCUMENT_FORMAT = "vn-poverty/document@1";

/**
 * Every member of a union of strings, as a list the compiler checks: a list that misses one does not compile (so a
 * schema's enum follows the type it checks).
 */
function allOf<T extends string>() {
  return <const A extends readonly [T, ...T[]]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { readonly missing: Exclude<T, A[number]> })): A => values;
}

const DOCUMENT_KINDS = allOf<DocumentKind>()(["posting_list", "meeting_minutes", "recognition_list", "review_again_list"]);
const COLUMN_KEYS = allOf<DocumentColumnKey>()([
  "index", "code", "head_name", "members", "b1", "b2", "source", "class", "proposed", "previous", "change", "agree", "disagree", "abstain", "attendees", "share", "result", "role", "count", "name", "signature", "this_year",
]);
const FIELD_KEYS = allOf<DocumentFieldKey>()([
  "village", "commune", "posting_window", "posting_places", "meeting_date", "venue", "chair", "secretary", "attendees", "absent", "scope", "rule", "abstentions", "legal_basis", "standard", "attached_to",
]);
const SIGNATURE_ROLES = allOf<SignatureRole>()(["prepared_by", "village_head", "chair", "secretary", "fatherland_front", "commune_chair"]);
const CAVEAT_SUBJECTS = allOf<CaveatSubject>()(["document_layout", "posting_period", "complaint_recheck", "recheck_posting", "posting_places", "minutes_copies", "classification", "meeting_vote"]);
const REPORT_TABLE_IDS = allOf<ReportTableId>()([
  "summary", "poor_movement", "near_poor_movement", "deprivation_counts", "deprivation_rates", "target_groups", "support_received", "ethnicity", "causes_of_poverty", "child_deprivations", "poor_by_basis", "year_on_year", "reform_impact", "reform_matrix",
]);
const SEGMENTS = allOf<SegmentKey>()(["poor", "poorByIncome", "poorByDeprivation", "nearPoor"]);

/** A sanity bound on a report table's rows (not a legal value): more than a country's communes. */
const MAX_REPORT_ROWS = 10 ** 6;

/** A text of a document: a label, a name, a paragraph. Bounded, so that printing one stays quick. */
const docString = z.string().check(z.maxLength(100_000));
const localized = z.strictObject({ vi: docString, en: docString });
/** A decimal as the library writes it ("71.43", "-0.36"): digits, an optional "-", an optional "." part. */
const decimal = z.string().check(z.regex(/^-?\d{1,20}(\.\d{1,20})?$/));
const key = z.string().check(z.minLength(1), z.maxLength(100));
/** A citation of the document's basis or caveats. */
const citation = citationValueSchema;

type Sink = Parameters<typeof addIssue>[0];

/** Every row (and the total row) has one cell per column. */
function checkWidths(columns: number, rows: readonly (readonly unknown[])[], total: readonly unknown[] | null | undefined, at: (i: number | "total") => (string | number)[], ctx: Sink): void {
  rows.forEach((r, i) => {
    if (r.length !== columns) addIssue(ctx, "row_width_mismatch", at(i), { columns, cells: r.length });
  });
  if (total && total.length !== columns) addIssue(ctx, "row_width_mismatch", at("total"), { columns, cells: total.length });
}

// ── A document ──────────────────────────────────────────────────────────────────────────────────────────────────

const cellSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("text"), value: docString }),
  z.strictObject({ kind: z.literal("label"), text: localized }),
  z.strictObject({ kind: z.literal("count"), value: z.int().check(z.nonnegative()) }),
  z.strictObject({ kind: z.literal("decimal"), value: decimal }),
  z.strictObject({ kind: z.literal("empty") }),
]);

const tableSchema = z
  .strictObject({
    key,
    heading: z.nullable(localized),
    columns: z.array(z.strictObject({ key: z.enum(COLUMN_KEYS), header: localized, kind: z.enum(["text", "label", "count", "decimal"]) })).check(z.minLength(1), z.maxLength(100)),
    rows: z.array(z.array(cellSchema)).check(z.maxLength(100_000)),
    total: z.nullable(z.array(cellSchema)),
    empty: localized,
  })
  .check(z.superRefine((t, ctx) => checkWidths(t.columns.length, t.rows, t.total, (i) => (i === "total" ? ["total"] : ["rows", i]), ctx)));

const blockSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("fields"), fields: z.array(z.strictObject({ key: z.enum(FIELD_KEYS), label: localized, value: localized })).check(z.maxLength(100)) }),
  z.strictObject({ kind: z.literal("paragraph"), text: localized }),
  z.strictObject({ kind: z.literal("table"), table: tableSchema }),
]);

/**
 * A document of the review (văn bản rà soát) as the renderers accept it: every part of {@link ReviewDocument}, no
 * other key, texts of at most 100,000 characters, and every table row as wide as its columns.
 */
export const reviewDocumentSchema = z.strictObject({
  format: z.literal(DOCUMENT_FORMAT),
  kind: z.enum(DOCUMENT_KINDS),
  standard: key,
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  sheetName: localized,
  header: z.strictObject({ issuer: z.array(localized).check(z.maxLength(10)), nationalName: localized, motto: localized, number: z.nullable(localized), placeDate: localized }),
  title: localized,
  subtitle: z.nullable(localized),
  blocks: z.array(blockSchema).check(z.maxLength(1000)),
  signatures: z.array(z.strictObject({ role: z.enum(SIGNATURE_ROLES), title: localized, note: localized, name: z.nullable(docString) })).check(z.maxLength(10)),
  legalBasis: z.array(citation).check(z.maxLength(100)),
  caveats: z.array(z.strictObject({ subject: z.enum(CAVEAT_SUBJECTS), text: localized, status: certaintySchema, citation: z.nullable(citation) })).check(z.maxLength(100_000)),
});

/** The format a value says it has: its `format` when that is a text, else `null` (read without throwing). */
export function formatOf(x: unknown): string | null {
  try {
    if (typeof x !== "object" || x === null) return null;
    const f: unknown = (x as { readonly format?: unknown }).format;
    return typeof f === "string" ? (f.length > 60 ? `${f.slice(0, 60)}…` : f) : null;
  } catch {
    return null;
  }
}

/**
 * Parses a document for a renderer: something that does not even say it is a document gets one issue
 * (`not_a_review_document`), a document that is not well formed gets the schema's issues.
 */
export function parseDocument(doc: unknown): SafeResult<ReviewDocument> {
  try {
    if (typeof doc !== "object" || doc === null || (doc as { readonly format?: unknown }).format !== DOCUMENT_FORMAT) {
      return { ok: false, issues: [issue("not_a_review_document", [], { format: formatOf(doc) })] };
    }
  } catch {
    // a hostile Proxy: the schema reports it as unreadable
  }
  return safeParseWith(reviewDocumentSchema, doc);
}

// ── A report table (layoutSheet lays out both) ──────────────────────────────────────────────────────────────────

const reportCellSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("text"), value: docString }),
  z.strictObject({ kind: z.literal("count"), value: z.int() }),
  z.strictObject({ kind: z.literal("rate"), rate: z.union([z.strictObject({ value: decimal }), z.strictObject({ value: z.null(), reason: z.literal("zero_total") })]) }),
  z.strictObject({ kind: z.literal("change"), value: z.nullable(decimal) }),
]);

const reportRowSchema = z.strictObject({ unitCode: z.string().check(z.maxLength(200)), cells: z.array(reportCellSchema).check(z.maxLength(1000)) });

/**
 * A report table (biểu báo cáo) as {@link layoutSheet} accepts it: every part of {@link ReportTable}, no other key,
 * and every row (the total too) as wide as its columns.
 */
export const reportTableSchema = z
  .strictObject({
    id: z.enum(REPORT_TABLE_IDS),
    title: localized,
    standard: key,
    segment: z.exactOptional(z.enum(SEGMENTS)),
    columns: z.array(z.strictObject({ key: z.string().check(z.maxLength(200)), header: localized, kind: z.enum(["text", "count", "rate", "change"]) })).check(z.minLength(1), z.maxLength(1000)),
    rows: z.array(reportRowSchema).check(z.maxLength(MAX_REPORT_ROWS)),
    total: z.exactOptional(reportRowSchema),
    status: z.literal("uncertain"),
    citations: z.array(citation).check(z.maxLength(100)),
    notes: z.array(localized).check(z.maxLength(100)),
  })
  .check(
    z.superRefine((t, ctx) =>
      checkWidths(
        t.columns.length,
        t.rows.map((r) => r.cells),
        t.total?.cells,
        (i) => (i === "total" ? ["total", "cells"] : ["rows", i, "cells"]),
        ctx,
      ),
    ),
  );

/** Parses what {@link layoutSheet} was given: a document when it says so (its `format`), else a report table. */
export function parseSheetItem(item: unknown): SafeResult<ReviewDocument | ReportTable> {
  if (formatOf(item) === DOCUMENT_FORMAT) return safeParseWith(reviewDocumentSchema, item);
  return safeParseWith(reportTableSchema, item);
}

// ── Options ─────────────────────────────────────────────────────────────────────────────────────────────────────

const locale = z.optional(z.enum(["vi", "en"]));
const flag = z.optional(z.boolean());

/** The options of the text, HTML and spreadsheet renderings (each reads its own; the others are allowed). */
export const renderOptionsSchema = z.optional(
  z.strictObject({ locale, caveats: flag, legalBasis: flag, maxWidth: z.optional(z.int().check(z.minimum(1), z.maximum(10_000))), fragment: flag }),
);

/** The options of the CSV rendering. */
export const csvOptionsSchema = z.optional(
  z.strictObject({ locale, bom: flag, separator: z.optional(z.enum([",", ";", "\t"])), decimalComma: flag, escapeFormulas: flag, total: flag, caveats: flag, legalBasis: flag }),
);

/** Two parses together: both values, or the issues of either (the first's, then the second's). */
export function both<A, B>(a: SafeResult<A>, b: SafeResult<B>): SafeResult<readonly [A, B]> {
  if (a.ok && b.ok) return { ok: true, value: [a.value, b.value] };
  const issues: Issue[] = [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)];
  return { ok: false, issues };
}

/** Options with the keys given as `undefined` left out (zod keeps them; the option types do not allow them). */
export function givenOptions<T extends object>(o: T | undefined): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: { [K in keyof T]?: Exclude<T[K], undefined> } = {};
  if (o !== undefined) for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k] as Exclude<T[keyof T], undefined>;
  return out;
}

/** The locale the options name, or Vietnamese. */
export const localeOf = (o: { readonly locale?: Locale | undefined } | undefined): Locale => o?.locale ?? "vi";
