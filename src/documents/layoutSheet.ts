import type { Locale } from "../types.js";
import { citationText, groupDigits } from "../messages/format.js";
import { docText } from "../messages/documentText.js";
import { textWidth } from "../report/render.js";
import type { ReportCell, ReportTable } from "../report/types.js";
import type { DocumentCell, DocumentTable, ReviewDocument } from "./types.js";
import { guardThrowing, safeParseWith, unwrap } from "../_lib/issues.js";
import { DOCUMENT_FORMAT, both, formatOf, givenOptions, localeOf, parseSheetItem, renderOptionsSchema, reviewDocumentSchema } from "./_schemas.js";

/**
 * The look of a spreadsheet cell (kiểu ô): what a spreadsheet writer maps to fonts, borders and alignment.
 *
 * @remarks
 * `issuer`, `national`, `title`, `heading`, `header`, `total`, `signature_title`, `annex_heading` are bold; `motto`
 * bold and centred; `place_date`, `signature_note` italic; `header`, `cell`, `total` have borders; `paragraph`,
 * `field`, `basis`, `note` wrap across their merged width.
 *
 * @example
 * ```ts
 * const s: SheetStyle = "header";
 * ```
 * @category Documents
 */
export type SheetStyle =
  | "issuer"
  | "national"
  | "motto"
  | "number"
  | "place_date"
  | "title"
  | "subtitle"
  | "basis"
  | "field"
  | "paragraph"
  | "heading"
  | "header"
  | "cell"
  | "total"
  | "signature_title"
  | "signature_note"
  | "signature_name"
  | "annex_heading"
  | "note";

/**
 * A cell of a sheet layout (ô của trang tính): a text, a number with its format, or nothing.
 *
 * @example
 * ```ts
 * const c: SheetCell = { value: 71.43, format: "decimal2", source: "71.43", style: "cell" };
 * ```
 * @category Documents
 */
export interface SheetCell {
  /** The value: a text, a number, or `null` (an empty cell, or the hidden part of a merged range). */
  readonly value: string | number | null;
  /** A number's format: `"integer"` (grouped thousands) or `"decimal2"` (two decimals); `null` for text. */
  readonly format: "integer" | "decimal2" | null;
  /** A number as the library computed it ("50.00"), so that a CSV keeps its decimals; `null` for text. */
  readonly source: string | null;
  /** The look. */
  readonly style: SheetStyle;
}

/**
 * A merged range of a sheet (vùng gộp ô), 0-based.
 *
 * @example
 * ```ts
 * const m: SheetMerge = { row: 0, column: 0, rows: 1, columns: 4 };
 * ```
 * @category Documents
 */
export interface SheetMerge {
  /** First row. */
  readonly row: number;
  /** First column. */
  readonly column: number;
  /** Rows spanned. */
  readonly rows: number;
  /** Columns spanned. */
  readonly columns: number;
}

/**
 * A document or a report table laid out on a spreadsheet grid (bố cục trang tính), in one language: what a
 * spreadsheet writer (`renderXlsx` of `vn-poverty/xlsx`) and {@link renderDocumentCsv} draw.
 *
 * @remarks
 * Pure data: cells row by row (every row as wide as the sheet; the hidden parts of a merged range are `null`),
 * merged ranges, column widths in characters, estimated heights for rows of wrapped text, the header rows to repeat
 * on each printed page, and whether the sheet prints in landscape.
 *
 * @example
 * ```ts
 * const s = layoutSheet(summaryTable(rows));
 * s.rows[0]?.[0]?.style; //=> "title"
 * ```
 * @category Documents
 */
export interface SheetLayout {
  /** The sheet's name: at most 31 characters, none of `: \ / ? * [ ]`. */
  readonly name: string;
  /** The width of each column, in characters. */
  readonly columnWidths: readonly number[];
  /** The cells, row by row. */
  readonly rows: readonly (readonly SheetCell[])[];
  /** The height of each row in points, or `null` to let the spreadsheet decide. */
  readonly rowHeights: readonly (number | null)[];
  /** The merged ranges. */
  readonly merges: readonly SheetMerge[];
  /** The rows (0-based, inclusive) to repeat at the top of each printed page, when there are some. */
  readonly repeatRows: { readonly first: number; readonly last: number } | null;
  /** The rows above this one stay in view when scrolling (0: none). */
  readonly freezeRows: number;
  /** Print across the page (landscape). */
  readonly landscape: boolean;
}

/**
 * Options of {@link layoutSheet}, {@link renderDocumentText}, {@link renderDocumentCsv} and
 * {@link renderDocumentHtml} (tùy chọn in văn bản).
 *
 * @example
 * ```ts
 * const o: DocumentRenderOptions = { locale: "vi", caveats: true, legalBasis: true, maxWidth: 100 };
 * ```
 * @category Documents
 */
export interface DocumentRenderOptions {
  /** The language: `"vi"` (default) or `"en"`. */
  readonly locale?: Locale;
  /**
   * Print the certainty caveats as an annex. Default `false` for a document (they are always in its data) and
   * `true` for a report table (its notes).
   */
  readonly caveats?: boolean;
  /** Print the legal basis ("Căn cứ: …") under the title. Default `true`. */
  readonly legalBasis?: boolean;
  /** Text only: the widest line, in characters. Default 120. */
  readonly maxWidth?: number;
  /** HTML only: return the `<article>` alone, without the page around it. Default `false`. */
  readonly fragment?: boolean;
}

const FORBIDDEN = /[:\\/?*[\]]/g;

/** A name Excel accepts for a sheet: no `: \ / ? * [ ]`, at most 31 characters (cut at a space when it can be). */
export function sheetName(s: string): string {
  let n = s.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  if ([...n].length > 31) {
    const cut = [...n].slice(0, 31).join("");
    const space = cut.lastIndexOf(" ");
    n = space > 15 ? cut.slice(0, space) : cut;
  }
  n = n.replace(/^'+|'+$/g, "");
  return n === "" ? "Sheet" : n;
}

const empty = (style: SheetStyle): SheetCell => ({ value: null, format: null, source: null, style });
const str = (value: string, style: SheetStyle): SheetCell => ({ value, format: null, source: null, style });

/** A document cell on the sheet. */
function docCell(c: DocumentCell, locale: Locale, style: SheetStyle): SheetCell {
  switch (c.kind) {
    case "text":
      return str(c.value, style);
    case "label":
      return str(c.text[locale], style);
    case "count":
      return { value: c.value, format: "integer", source: String(c.value), style };
    case "decimal":
      return { value: Number(c.value), format: "decimal2", source: c.value, style };
    case "empty":
      return empty(style);
  }
}

/** A report cell on the sheet. */
function reportCell(c: ReportCell, style: SheetStyle): SheetCell {
  switch (c.kind) {
    case "text":
      return str(c.value, style);
    case "count":
      return { value: c.value, format: "integer", source: String(c.value), style };
    case "rate":
      return c.rate.value === null ? str("-", style) : { value: Number(c.rate.value), format: "decimal2", source: c.rate.value, style };
    case "change":
      return c.value === null ? str("-", style) : { value: Number(c.value), format: "decimal2", source: c.value, style };
  }
}

/** The longest word of a text, in characters. */
function longestWord(s: string): number {
  let m = 0;
  for (const w of s.split(/\s/)) m = Math.max(m, textWidth(w));
  return m;
}

/** How many lines a text takes in a column of `width` characters, wrapped at spaces. */
function wrapCount(text: string, width: number): number {
  const room = Math.max(4, width);
  let n = 0;
  for (const para of text.split("\n")) {
    let line = 0;
    n++;
    for (const w of para.split(" ")) {
      const len = textWidth(w);
      if (line > 0 && line + 1 + len > room) {
        n++;
        line = len;
      } else line += (line > 0 ? 1 : 0) + len;
    }
  }
  return n;
}

/** Builds a sheet row by row, keeping merges and heights. */
class Grid {
  readonly rows: SheetCell[][] = [];
  readonly heights: (number | null)[] = [];
  readonly merges: SheetMerge[] = [];
  constructor(
    readonly width: number,
    readonly columnWidths: readonly number[],
  ) {}
  /**
   * A row of cells (padded to the sheet's width with the last cell spanning the rest), as tall as its most wrapped
   * text needs: spreadsheets do not grow a row for wrapped text on their own when the file gives no height.
   */
  row(cells: readonly SheetCell[]): number {
    const r = [...cells];
    const last = r[r.length - 1];
    let span = 1;
    if (r.length < this.width && last) {
      const start = r.length - 1;
      span = this.width - start;
      while (r.length < this.width) r.push(empty(last.style));
      if (span > 1) this.merges.push({ row: this.rows.length, column: start, rows: 1, columns: span });
    }
    let lines = 1;
    cells.forEach((c, i) => {
      if (typeof c.value !== "string") return;
      const w = i === cells.length - 1 ? this.columnWidths.slice(i, i + span).reduce((a, b) => a + b, 0) : (this.columnWidths[i] ?? 10);
      lines = Math.max(lines, wrapCount(c.value, w));
    });
    this.rows.push(r);
    this.heights.push(lines > 1 ? 15 * lines + 3 : null);
    return this.rows.length - 1;
  }
  /** One merged cell across the whole width. */
  line(value: string | null, style: SheetStyle): number {
    return this.row([value === null ? empty(style) : str(value, style)]);
  }
  /** Side-by-side blocks of merged cells: `parts[i]` spans `spans[i]` columns. */
  blocks(parts: readonly (string | null)[], styles: readonly SheetStyle[], spans: readonly number[], height: number | null = null): void {
    const r: SheetCell[] = [];
    let col = 0;
    parts.forEach((p, i) => {
      const span = spans[i] ?? 1;
      const style = styles[i] ?? "cell";
      r.push(p === null ? empty(style) : str(p, style));
      for (let k = 1; k < span; k++) r.push(empty(style));
      if (span > 1) this.merges.push({ row: this.rows.length, column: col, rows: 1, columns: span });
      col += span;
    });
    while (r.length < this.width) r.push(empty("cell"));
    this.rows.push(r);
    this.heights.push(height);
  }
}

/** Column widths from the tables' cells: the widest value, a header by its longest word (at least 4, at most 40). */
function widthsFrom(width: number, tables: readonly { headers: readonly string[]; cells: readonly (readonly (SheetCell | undefined)[])[] }[]): number[] {
  const w = Array.from({ length: width }, () => 4);
  for (const t of tables) {
    t.headers.forEach((h, i) => (w[i] = Math.max(w[i] ?? 4, Math.min(longestWord(h) + 2, 40), Math.min(textWidth(h), 14))));
    for (const r of t.cells) {
      r.forEach((c, i) => {
        if (!c || c.value === null) return;
        const s = typeof c.value === "number" ? (c.format === "integer" ? groupDigits(c.value, "en") : c.source ?? String(c.value)) : c.value;
        w[i] = Math.max(w[i] ?? 4, Math.min(textWidth(s) + 2, 40));
      });
    }
  }
  return w;
}

function docTableRows(t: DocumentTable, locale: Locale): { header: SheetCell[]; body: SheetCell[][]; total: SheetCell[] | null } {
  const header = t.columns.map((c) => str(c.header[locale], "header"));
  const body = t.rows.map((r) => r.map((c) => docCell(c, locale, "cell")));
  const total = t.total ? t.total.map((c) => docCell(c, locale, "total")) : null;
  return { header, body, total };
}

function documentLayout(doc: ReviewDocument, o: Required<Pick<DocumentRenderOptions, "locale" | "caveats" | "legalBasis">>): SheetLayout {
  const { locale } = o;
  const tables = doc.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
  const width = Math.max(6, ...tables.map((t) => t.columns.length));
  const laid = tables.map((t) => docTableRows(t, locale));
  const columnWidths = widthsFrom(width, laid.map((l, i) => ({ headers: tables[i]?.columns.map((c) => c.header[locale]) ?? [], cells: [...l.body, ...(l.total ? [l.total] : [])] })));
  const chars = columnWidths.reduce((a, b) => a + b, 0);
  const g = new Grid(width, columnWidths);
  const left = Math.ceil(width / 2);
  const right = width - left;
  const h = doc.header;
  const rightLines = [h.nationalName[locale], h.motto[locale]];
  const leftLines = h.issuer.map((l) => l[locale]);
  for (let i = 0; i < Math.max(leftLines.length, rightLines.length); i++) {
    g.blocks([leftLines[i] ?? null, rightLines[i] ?? null], ["issuer", i === 0 ? "national" : "motto"], [left, right]);
  }
  g.blocks([h.number?.[locale] ?? null, h.placeDate[locale]], ["number", "place_date"], [left, right]);
  g.line(null, "paragraph");
  g.line(doc.title[locale], "title");
  if (doc.subtitle) g.line(doc.subtitle[locale], "subtitle");
  if (o.legalBasis && doc.legalBasis.length > 0) {
    g.line(`${docText("doc_field", { key: "legal_basis" })[locale]}: ${doc.legalBasis.map((c) => citationText(c, locale)).join("; ")}.`, "basis");
  }
  let repeat: { first: number; last: number } | null = null;
  let ti = 0;
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") g.line(b.text[locale], "paragraph");
    else if (b.kind === "fields") for (const f of b.fields) g.line(`${f.label[locale]}: ${f.value[locale]}`, "field");
    else {
      const t = b.table;
      const l = laid[ti++];
      if (!l) continue;
      if (t.heading) g.line(t.heading[locale], "heading");
      if (t.rows.length === 0) {
        g.line(t.empty[locale], "paragraph");
        continue;
      }
      const hr = g.row(l.header);
      if (repeat === null) repeat = { first: hr, last: hr };
      for (const r of l.body) g.row(r);
      if (l.total) g.row(l.total);
    }
  }
  // Signatures: side by side, each block as wide as the sheet allows.
  if (doc.signatures.length > 0) {
    g.line(null, "paragraph");
    const n = doc.signatures.length;
    const spans = Array.from({ length: n }, (_, i) => Math.floor(width / n) + (i < width % n ? 1 : 0));
    const titleLines = Math.max(...doc.signatures.map((s) => s.title[locale].split("\n").length));
    g.blocks(doc.signatures.map((s) => s.title[locale]), doc.signatures.map(() => "signature_title"), spans, titleLines > 1 ? 15 * titleLines + 3 : null);
    g.blocks(doc.signatures.map((s) => s.note[locale]), doc.signatures.map(() => "signature_note"), spans);
    for (let i = 0; i < 3; i++) g.blocks(doc.signatures.map(() => null), doc.signatures.map(() => "signature_name"), spans);
    g.blocks(doc.signatures.map((s) => s.name ?? "...................."), doc.signatures.map(() => "signature_name"), spans);
  }
  if (o.caveats && doc.caveats.length > 0) {
    g.line(null, "paragraph");
    g.line(docText("doc_caveats_heading", {})[locale], "annex_heading");
    for (const c of doc.caveats) g.line(caveatLine(c, locale), "note");
  }
  return {
    name: sheetName(doc.sheetName[locale]),
    columnWidths,
    rows: g.rows,
    rowHeights: g.heights,
    merges: g.merges,
    repeatRows: repeat,
    freezeRows: 0,
    landscape: chars > 100,
  };
}

/** A caveat as one line: its text, its certainty, its source. */
export function caveatLine(c: ReviewDocument["caveats"][number], locale: Locale): string {
  const status = docText("certainty_label", { status: c.status })[locale];
  return `- ${c.text[locale]} [${status}]${c.citation ? ` (${citationText(c.citation, locale)})` : ""}`;
}

function reportLayout(table: ReportTable, o: { locale: Locale; caveats: boolean }): SheetLayout {
  const { locale } = o;
  const width = table.columns.length;
  const header = table.columns.map((c) => str(c.header[locale], "header"));
  const body = table.rows.map((r) => r.cells.map((c) => reportCell(c, "cell")));
  const total = table.total ? table.total.cells.map((c) => reportCell(c, "total")) : null;
  const columnWidths = widthsFrom(width, [{ headers: table.columns.map((c) => c.header[locale]), cells: [...body, ...(total ? [total] : [])] }]);
  const chars = columnWidths.reduce((a, b) => a + b, 0);
  const g = new Grid(Math.max(1, width), columnWidths);
  g.line(table.title[locale], "title");
  const hr = g.row(header);
  for (const r of body) g.row(r);
  if (total) g.row(total);
  if (o.caveats) {
    g.line(null, "note");
    g.line(docText("table_certainty", { status: table.status })[locale], "note");
    for (const n of table.notes) g.line(`- ${n[locale]}`, "note");
  }
  return {
    name: sheetName(table.title[locale]),
    columnWidths,
    rows: g.rows,
    rowHeights: g.heights,
    merges: g.merges,
    repeatRows: { first: hr, last: hr },
    freezeRows: hr + 1,
    landscape: chars > 100,
  };
}

/**
 * Whether a value is a well-formed document of the review (có phải văn bản rà soát không), rather than a report
 * table or anything else; never throws.
 *
 * @remarks
 * `true` only for what the renderers accept: its `format` is `"vn-poverty/document@1"` and every part of it is as
 * {@link ReviewDocument} describes (the schema the renderers parse it with). Anything else — a report table, a
 * document edited out of shape, `null`, a Proxy that throws when read — is `false`.
 *
 * @param x - any value.
 * @returns `true` for a document the renderers accept.
 * @example
 * ```ts
 * isReviewDocument(buildReviewAgainList(input)); //=> true
 * isReviewDocument(summaryTable(rows)); //=> false
 * isReviewDocument({ ...buildReviewAgainList(input), blocks: 3 }); //=> false
 * ```
 * @category Documents
 */
export function isReviewDocument(x: unknown): x is ReviewDocument {
  try {
    return formatOf(x) === DOCUMENT_FORMAT && reviewDocumentSchema.safeParse(x).success;
  } catch {
    // a getter or a Proxy that throws, or nesting deeper than the stack
    return false;
  }
}

/** The layout of a document already parsed (its options resolved): what {@link renderDocumentCsv} writes. */
export function layoutDocument(doc: ReviewDocument, options: { readonly locale: Locale; readonly caveats: boolean; readonly legalBasis: boolean }): SheetLayout {
  return documentLayout(doc, options);
}

/**
 * Lays out a document or a report table on a spreadsheet grid (bố cục trang tính), in one language.
 *
 * @remarks
 * A document: the heading in two halves (the issuing body left; the national name and motto right; the number and
 * the place and date below), the title and subtitle merged across the sheet, the legal basis, each field and
 * paragraph on a merged row, each table with its heading, header row, rows and total row (a table narrower than the
 * sheet has its last column merged to the edge), the signature blocks side by side, and — with `caveats: true` —
 * the annex on certainty. A report table: its title merged across, the header row (frozen, and repeated on each
 * printed page), the rows, the total, and — unless `caveats: false` — the certainty line and notes. Numbers stay
 * numbers with a format (`integer`: grouped thousands; `decimal2`: two decimals), so sums and sorts work; a rate with
 * no total is "-". Column widths follow the values (4 to 40 characters). Pure.
 *
 * The item is checked before it is laid out: a value whose `format` is `"vn-poverty/document@1"` against the
 * document's schema (as {@link isReviewDocument}), anything else against the report table's — every part present
 * and of its type, no unknown key, every row as wide as the columns (`row_width_mismatch`). The options too.
 *
 * @param item - a document from a `build…` function, or a report table.
 * @param options - `locale` (default `"vi"`), `caveats`, `legalBasis`.
 * @returns the layout.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues, when the item or the options are not
 *   well formed.
 * @example
 * ```ts
 * const s = layoutSheet(buildReviewAgainList(input));
 * s.name; //=> "Rà soát lại"
 * s.merges[0]; //=> { row: 0, column: 0, rows: 1, columns: 4 }
 * layoutSheet({ format: "x" }); // throws PovertyError "invalid_input"
 * ```
 * @category Documents
 */
export function layoutSheet(item: ReviewDocument | ReportTable, options: DocumentRenderOptions = {}): SheetLayout {
  return guardThrowing("layoutSheet", () => {
    const [value, given] = unwrap(both(parseSheetItem(item), safeParseWith(renderOptionsSchema, options, ["options"])), "layoutSheet");
    const opts = givenOptions(given);
    const locale = localeOf(opts);
    if ("format" in value) return documentLayout(value, { locale, caveats: opts.caveats ?? false, legalBasis: opts.legalBasis ?? true });
    return reportLayout(value, { locale, caveats: opts.caveats ?? true });
  });
}
