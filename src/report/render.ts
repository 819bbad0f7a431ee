// Renderers of report tables: CSV that a Vietnamese Excel opens right, fixed-width text that fits a page, and HTML.
// The low-level pieces (CSV encoding, the wrapping grid, HTML escaping) are shared with the documents' renderers.
import type { Locale } from "../types.js";
import { groupDigits } from "../messages/format.js";
import { docText } from "../messages/documentText.js";
import type { ReportCell, ReportTable } from "./types.js";

// ── CSV ─────────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Options of {@link renderCsv} (tùy chọn xuất CSV): the language, and how Excel should read the file.
 *
 * @remarks
 * The defaults follow the locale. For `"vi"`: a UTF-8 byte-order mark (so Excel reads the diacritics as UTF-8),
 * `";"` between fields and a decimal comma ("1,97") — what Excel expects on a computer set to Vietnamese, whose list
 * separator is ";" because "," is its decimal mark. For `"en"`: no mark, `","` and a decimal point.
 *
 * @example
 * ```ts
 * const o: CsvOptions = { locale: "vi", separator: ";", decimalComma: true, bom: true, escapeFormulas: true };
 * ```
 * @category Reports
 */
export interface CsvOptions {
  /** The language of headers and labels: `"vi"` (default) or `"en"`. */
  readonly locale?: Locale;
  /** Start with a UTF-8 byte-order mark (U+FEFF). Default: `true` for `"vi"`, `false` for `"en"`. */
  readonly bom?: boolean;
  /** The field separator. Default: `";"` when decimals are written with a comma, else `","`. */
  readonly separator?: "," | ";" | "\t";
  /** Write decimals with a comma ("1,97"). Default: `true` for `"vi"`, `false` for `"en"`. */
  readonly decimalComma?: boolean;
  /**
   * Neutralise text that a spreadsheet would run as a formula (chống chèn công thức): a text field starting with
   * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`. Numbers the library writes are never changed.
   * Default `true`.
   */
  readonly escapeFormulas?: boolean;
  /** Include the total row, when the table has one. Default `true`. */
  readonly total?: boolean;
}

/** A CSV field: text from the data, or a number the library wrote (canonical: digits, optional "-", "." decimals). */
export type CsvField = string | { readonly number: string } | null;

/** The options of {@link renderCsv} with every default resolved. */
export interface ResolvedCsvOptions {
  readonly locale: Locale;
  readonly bom: boolean;
  readonly separator: "," | ";" | "\t";
  readonly decimalComma: boolean;
  readonly escapeFormulas: boolean;
  readonly total: boolean;
}

/** Resolves the CSV options' defaults from the locale. */
export function resolveCsvOptions(options: CsvOptions = {}): ResolvedCsvOptions {
  const locale = options.locale ?? "vi";
  const decimalComma = options.decimalComma ?? locale === "vi";
  return {
    locale,
    bom: options.bom ?? locale === "vi",
    separator: options.separator ?? (decimalComma ? ";" : ","),
    decimalComma,
    escapeFormulas: options.escapeFormulas ?? true,
    total: options.total ?? true,
  };
}

/** True when a spreadsheet would read the text as a formula (or as the start of one). */
function formulaLike(s: string): boolean {
  const c = s.charCodeAt(0);
  return c === 61 /* = */ || c === 43 /* + */ || c === 45 /* - */ || c === 64 /* @ */ || c === 9 || c === 13;
}

function csvField(f: CsvField, o: ResolvedCsvOptions): string {
  let s: string;
  if (f === null) s = "";
  else if (typeof f === "string") s = o.escapeFormulas && formulaLike(f) ? `'${f}` : f;
  else s = o.decimalComma ? f.number.replace(".", ",") : f.number;
  let quote = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"' || ch === "\n" || ch === "\r" || ch === o.separator) {
      quote = true;
      break;
    }
  }
  return quote ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Encodes rows of fields as CSV text (RFC 4180 quoting, CRLF line ends) with the given options: byte-order mark,
 * separator, decimal comma, formula neutralisation.
 */
export function encodeCsv(rows: readonly (readonly CsvField[])[], options: ResolvedCsvOptions): string {
  const body = rows.map((r) => r.map((f) => csvField(f, options)).join(options.separator)).join("\r\n");
  return `${options.bom ? "\uFEFF" : ""}${body}\r\n`;
}

function csvCell(c: ReportCell): CsvField {
  switch (c.kind) {
    case "text":
      return c.value;
    case "count":
      return { number: String(c.value) };
    case "rate":
      return c.rate.value === null ? null : { number: c.rate.value };
    case "change":
      return c.value === null ? null : { number: c.value };
  }
}

/**
 * Renders a report table as CSV text that Excel opens right (xuất biểu ra CSV).
 *
 * @remarks
 * One header line (the headers in `locale`), one line per row, then the total row. RFC 4180: lines end in CRLF; a
 * field with the separator, a double quote, CR or LF is quoted and its quotes doubled. Numbers are never grouped
 * (counts as plain digits); rates have 2 decimals with the decimal mark of the options; no rate (zero total) is an
 * empty field. The defaults follow the locale ({@link CsvOptions}): for Vietnamese a byte-order mark, `";"` and a
 * decimal comma, which a Vietnamese Excel reads as numbers; for English `","` and a decimal point. Text that would
 * run as a formula is neutralised with a leading `'` by default. Pure: returns a string, writes nothing.
 *
 * @param reportTable - a table from {@link summaryTable} and its siblings.
 * @param options - `locale`, `bom`, `separator`, `decimalComma`, `escapeFormulas`, `total`.
 * @returns the CSV text.
 * @example
 * ```ts
 * const csv = renderCsv(summaryTable([{ code: "TP", name: "Thành phố, tỉnh", tally: city2023 }]), { locale: "en" });
 * csv.split("\r\n")[1]?.startsWith('TP,"Thành phố, tỉnh",12299,'); //=> true
 * renderCsv(summaryTable([{ code: "TP", name: "Thành phố", tally: city2023 }])).includes(";242;1,97;"); //=> true
 * ```
 * @category Reports
 */
export function renderCsv(reportTable: ReportTable, options: CsvOptions = {}): string {
  const o = resolveCsvOptions(options);
  const rows: CsvField[][] = [reportTable.columns.map((c) => c.header[o.locale])];
  for (const r of o.total && reportTable.total ? [...reportTable.rows, reportTable.total] : reportTable.rows) rows.push(r.cells.map(csvCell));
  return encodeCsv(rows, o);
}

// ── Fixed-width text ────────────────────────────────────────────────────────────────────────────────────────────

/** The width of a string in a monospace grid: its code points after NFC (one column each). */
export function textWidth(s: string): number {
  let n = 0;
  for (const _ of s.normalize("NFC")) n++;
  return n;
}

/** Splits an over-long word into pieces of at most `width` code points. */
function splitWord(word: string, width: number): string[] {
  const cps = [...word];
  const out: string[] = [];
  for (let i = 0; i < cps.length; i += width) out.push(cps.slice(i, i + width).join(""));
  return out;
}

/**
 * Wraps a text at spaces to lines of at most `width` code points (NFC); a word longer than the width is cut. Line
 * breaks in the text are kept.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const para of text.normalize("NFC").split("\n")) {
    let line = "";
    for (const word of para.split(" ").filter((x) => x !== "")) {
      const pieces = textWidth(word) > w ? splitWord(word, w) : [word];
      for (const p of pieces) {
        if (line === "") line = p;
        else if (textWidth(line) + 1 + textWidth(p) <= w) line += ` ${p}`;
        else {
          out.push(line);
          line = p;
        }
      }
    }
    out.push(line);
  }
  return out;
}

/** The longest word of a text, in code points. */
function longestWord(s: string): number {
  let m = 0;
  for (const w of s.normalize("NFC").split(/[ \n]/)) m = Math.max(m, textWidth(w));
  return m;
}

/** A column of a text grid: its header, its alignment and whether its cells may wrap. */
export interface GridColumn {
  readonly header: string;
  readonly align: "left" | "right";
  readonly wrap: boolean;
}

const SEP = " | ";

function gridWidth(widths: readonly number[]): number {
  return widths.reduce((a, b) => a + b, 0) + SEP.length * Math.max(0, widths.length - 1);
}

/** The widths that fit `maxWidth`, shrinking the widest wrappable columns first; `undefined` when none can. */
function fitWidths(columns: readonly GridColumn[], rows: readonly (readonly string[])[], maxWidth: number): number[] | undefined {
  const natural = columns.map((c, i) => Math.max(textWidth(c.header), ...rows.map((r) => textWidth(r[i] ?? ""))));
  // The narrowest a column may get and still read well: a header keeps 10 code points on a line (or its whole width,
  // when shorter), a wrapped text 16, and never less than its longest word; numbers never wrap.
  const min = columns.map((c, i) =>
    Math.max(
      1,
      longestWord(c.header),
      Math.min(textWidth(c.header), 10),
      ...rows.map((r) => (c.wrap ? Math.max(longestWord(r[i] ?? ""), Math.min(textWidth(r[i] ?? ""), 16)) : textWidth(r[i] ?? ""))),
    ),
  );
  if (gridWidth(min) > maxWidth) return undefined;
  // First wrap the headers that are wider than their column's values, then the values' text; widest first.
  const values = columns.map((_, i) => Math.max(...rows.map((r) => textWidth(r[i] ?? "")), 0));
  const widths = [...natural];
  let excess = gridWidth(widths) - maxWidth;
  for (const floor of [values.map((v, i) => Math.max(v, min[i] ?? 1)), min]) {
    while (excess > 0) {
      let k = -1;
      for (let i = 0; i < widths.length; i++) if ((widths[i] ?? 0) > (floor[i] ?? 0) && (k < 0 || (widths[i] ?? 0) > (widths[k] ?? 0))) k = i;
      if (k < 0) break;
      widths[k] = (widths[k] ?? 0) - 1;
      excess--;
    }
  }
  return excess > 0 ? undefined : widths;
}

function renderGrid(columns: readonly GridColumn[], body: readonly (readonly string[])[], total: readonly string[] | undefined, widths: readonly number[]): string[] {
  const pad = (s: string, i: number) => {
    const fill = " ".repeat(Math.max(0, (widths[i] ?? 0) - textWidth(s)));
    return columns[i]?.align === "right" ? fill + s : s + fill;
  };
  const row = (cells: readonly string[], header: boolean): string[] => {
    const wrapped = cells.map((c, i) => (header || columns[i]?.wrap ? wrapText(c, widths[i] ?? 1) : [c.normalize("NFC")]));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let l = 0; l < height; l++) lines.push(wrapped.map((w, i) => pad(w[l] ?? "", i)).join(SEP).trimEnd());
    return lines;
  };
  const rule = widths.map((w) => "-".repeat(w)).join("-+-");
  const out = [...row(columns.map((c) => c.header), true), rule];
  for (const r of body) out.push(...row(r, false));
  if (total) out.push(rule, ...row(total, false));
  return out;
}

/**
 * Lays out a table as fixed-width text lines that fit `maxWidth` code points: wrappable cells and every header wrap
 * at spaces; when even that is too wide, the table is cut into parts side by side (each repeating the first
 * `keyColumns` columns), each part preceded by a "(part i/n)" line in the locale. The one exception: a cell that
 * never wraps (a number) is never cut, so when a part of the key columns and one more column cannot fit even with
 * every header wrapped, its lines are wider than `maxWidth` rather than a number split across lines.
 */
export function layoutGrid(
  columns: readonly GridColumn[],
  body: readonly (readonly string[])[],
  total: readonly string[] | undefined,
  maxWidth: number,
  keyColumns: number,
  locale: Locale,
): string[] {
  const all = total ? [...body, total] : body;
  const widths = fitWidths(columns, all, maxWidth);
  if (widths) return renderGrid(columns, body, total, widths);
  // Parts: the key columns, then as many of the others as fit.
  const keys = Math.min(keyColumns, columns.length - 1);
  const pick = (r: readonly string[], idx: readonly number[]) => idx.map((i) => r[i] ?? "");
  const parts: number[][] = [];
  let current: number[] = [];
  for (let i = keys; i < columns.length; i++) {
    const trial = [...Array.from({ length: keys }, (_, k) => k), ...current, i];
    const fits = fitWidths(trial.map((j) => columns[j] as GridColumn), all.map((r) => pick(r, trial)), maxWidth);
    if (fits || current.length === 0) current.push(i);
    else {
      parts.push(current);
      current = [i];
    }
  }
  if (current.length > 0) parts.push(current);
  const out: string[] = [];
  parts.forEach((p, n) => {
    const idx = [...Array.from({ length: keys }, (_, k) => k), ...p];
    const cols = idx.map((i) => columns[i] as GridColumn);
    const rows = all.map((r) => pick(r, idx));
    const w = fitWidths(cols, rows, maxWidth) ?? cols.map((c, j) => Math.min(maxWidth, Math.max(longestWord(c.header), ...rows.map((r) => textWidth(r[j] ?? "")))));
    if (n > 0) out.push("");
    out.push(docText("table_part", { part: n + 1, parts: parts.length })[locale]);
    out.push(...renderGrid(cols, body.map((r) => pick(r, idx)), total ? pick(total, idx) : undefined, w));
  });
  return out;
}

/** A "- " bullet wrapped to `maxWidth`, its continuation lines indented under the text. */
export function bullet(text: string, maxWidth: number): string[] {
  return wrapText(text, maxWidth - 2).map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`));
}

function decimal(v: string, locale: Locale): string {
  return locale === "vi" ? v.replace(".", ",") : v;
}

/** A report cell as text in a locale: counts grouped ("12.299"), decimals with the locale's mark, no rate as "-". */
export function textCell(c: ReportCell, locale: Locale): string {
  switch (c.kind) {
    case "text":
      return c.value.normalize("NFC");
    case "count":
      return groupDigits(c.value, locale);
    case "rate":
      return c.rate.value === null ? "-" : decimal(c.rate.value, locale);
    case "change":
      return c.value === null ? "-" : decimal(c.value, locale);
  }
}

/**
 * Options of {@link renderText} and {@link renderHtml} (tùy chọn in biểu).
 *
 * @example
 * ```ts
 * const o: RenderTextOptions = { locale: "en", orientation: "auto", maxWidth: 120, caveats: false, total: true };
 * ```
 * @category Reports
 */
export interface RenderTextOptions {
  /** The language of headers and number formats: `"vi"` (default) or `"en"`. */
  readonly locale?: Locale;
  /**
   * `"rows"`: one line per unit; `"columns"`: the table turned on its side, one line per measure and one column per
   * unit; `"auto"` (default): rows when they fit `maxWidth`, else on its side when that fits, else rows cut into
   * parts. Text only.
   */
  readonly orientation?: "rows" | "columns" | "auto";
  /** The widest line, in characters (code points after NFC). Default 120. Text only. */
  readonly maxWidth?: number;
  /** Print the certainty line and the notes after the table. Default `true` (they are always in the data). */
  readonly caveats?: boolean;
  /** Print the total row, when the table has one. Default `true`. */
  readonly total?: boolean;
}

/** The table turned on its side: one line per measure, one column per unit (named by its text cells). */
function transposed(reportTable: ReportTable, locale: Locale, withTotal: boolean): { columns: GridColumn[]; body: string[][] } {
  const units = withTotal && reportTable.total ? [...reportTable.rows, reportTable.total] : [...reportTable.rows];
  const textCols: number[] = [];
  const valueCols: number[] = [];
  reportTable.columns.forEach((c, i) => (c.kind === "text" ? textCols : valueCols).push(i));
  const unitName = (cells: readonly ReportCell[]) => {
    const parts = textCols.map((i) => cells[i]).filter((c): c is ReportCell => c !== undefined).map((c) => textCell(c, locale));
    return parts[parts.length - 1] ?? parts[0] ?? "";
  };
  const columns: GridColumn[] = [
    { header: docText("table_measure", {})[locale], align: "left", wrap: true },
    ...units.map((u) => ({ header: unitName(u.cells), align: "right" as const, wrap: false })),
  ];
  const body = valueCols.map((i) => [
    (reportTable.columns[i]?.header[locale] ?? "").normalize("NFC"),
    ...units.map((u) => {
      const c = u.cells[i];
      return c ? textCell(c, locale) : "";
    }),
  ]);
  return { columns, body };
}

/**
 * Renders a report table as a fixed-width text table that fits a page (xuất biểu dạng bảng chữ), for a terminal or a
 * plain-text attachment.
 *
 * @remarks
 * Title, header, a rule, the rows, a rule, the total row, then (unless `caveats: false`) the certainty line and the
 * notes. Text is left-aligned, numbers right-aligned; in Vietnamese counts are grouped with "." and decimals use ","
 * ("12.299", "1,97"), in English "12,299" and "1.97"; no rate is "-". Every line fits `maxWidth` (default 120):
 * headers and text cells wrap at spaces; with `orientation: "auto"` (the default) a table too wide for its rows is
 * turned on its side (one line per measure, one column per unit, the total last), and one too wide either way is cut
 * into parts that repeat the unit's code and name. Width assumption: every code point after NFC normalisation takes
 * one column, which holds for Vietnamese in a monospace font (its letters with diacritics are precomposed in NFC);
 * wide (CJK) characters and emoji would misalign. Pure: returns a string.
 *
 * @param reportTable - a table.
 * @param options - `locale`, `orientation`, `maxWidth`, `caveats`, `total`.
 * @returns the text, lines ending in "\n".
 * @example
 * ```ts
 * renderText(summaryTable([{ code: "TP", name: "Thành phố", tally: city2023 }])).includes("1,97"); //=> true
 * ```
 * @category Reports
 */
export function renderText(reportTable: ReportTable, options: RenderTextOptions = {}): string {
  const locale = options.locale ?? "vi";
  const maxWidth = Math.max(20, options.maxWidth ?? 120);
  const withTotal = options.total ?? true;
  const orientation = options.orientation ?? "auto";
  const columns: GridColumn[] = reportTable.columns.map((c) => ({ header: c.header[locale].normalize("NFC"), align: c.kind === "text" ? "left" : "right", wrap: c.kind === "text" }));
  const body = reportTable.rows.map((r) => r.cells.map((c) => textCell(c, locale)));
  const total = withTotal && reportTable.total ? reportTable.total.cells.map((c) => textCell(c, locale)) : undefined;
  const keys = Math.max(1, reportTable.columns.findIndex((c) => c.kind !== "text"));
  let lines: string[];
  const side = () => {
    const t = transposed(reportTable, locale, withTotal);
    return layoutGrid(t.columns, t.body, undefined, maxWidth, 1, locale);
  };
  if (orientation === "columns") lines = side();
  else if (orientation === "rows" || fitWidths(columns, total ? [...body, total] : body, maxWidth)) lines = layoutGrid(columns, body, total, maxWidth, keys, locale);
  else {
    const t = transposed(reportTable, locale, withTotal);
    lines = fitWidths(t.columns, t.body, maxWidth) ? side() : layoutGrid(columns, body, total, maxWidth, keys, locale);
  }
  const out = [...wrapText(reportTable.title[locale], maxWidth), ...lines];
  if (options.caveats ?? true) {
    out.push("", ...wrapText(docText("table_certainty", { status: reportTable.status })[locale], maxWidth));
    for (const n of reportTable.notes) out.push(...bullet(n[locale], maxWidth));
  }
  return `${out.join("\n")}\n`;
}

// ── HTML ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * Renders a report table as an HTML fragment (xuất biểu ra HTML): a `<table>` with its caption, header, body and
 * total row, and the notes.
 *
 * @remarks
 * Every text is escaped; numbers are formatted as in {@link renderText} and carry `class="num"` (right-aligned by a
 * page's style sheet). The fragment has no style of its own and no script, so it fits a page under a strict
 * Content-Security-Policy; `lang` is set on the table. The certainty line and the notes follow in a `<ul>` unless
 * `caveats: false`. Pure: returns a string.
 *
 * @param reportTable - a table.
 * @param options - `locale`, `caveats`, `total` (the text-only options are ignored).
 * @returns the HTML fragment.
 * @example
 * ```ts
 * renderHtml(summaryTable([{ code: "TP", name: "Thành phố", tally: city2023 }])).startsWith('<table class="vnp-table" lang="vi">'); //=> true
 * ```
 * @category Reports
 */
export function renderHtml(reportTable: ReportTable, options: RenderTextOptions = {}): string {
  const locale = options.locale ?? "vi";
  const cls = (c: ReportCell) => (c.kind === "text" ? "" : ' class="num"');
  const tr = (cells: readonly ReportCell[], tag: "td" | "th") => `<tr>${cells.map((c) => `<${tag}${cls(c)}>${escapeHtml(textCell(c, locale))}</${tag}>`).join("")}</tr>`;
  const out = [
    `<table class="vnp-table" lang="${locale}">`,
    `<caption>${escapeHtml(reportTable.title[locale])}</caption>`,
    `<thead><tr>${reportTable.columns.map((c) => `<th scope="col">${escapeHtml(c.header[locale])}</th>`).join("")}</tr></thead>`,
    `<tbody>${reportTable.rows.map((r) => tr(r.cells, "td")).join("")}</tbody>`,
  ];
  if ((options.total ?? true) && reportTable.total) out.push(`<tfoot>${tr(reportTable.total.cells, "th")}</tfoot>`);
  out.push("</table>");
  if (options.caveats ?? true) {
    const items = [docText("table_certainty", { status: reportTable.status })[locale], ...reportTable.notes.map((n) => n[locale])];
    out.push(`<ul class="vnp-notes" lang="${locale}">${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`);
  }
  return `${out.join("\n")}\n`;
}
