import type { Certainty, Locale } from "../types.js";
import { groupDigits } from "../messages/format.js";
import type { ReportCell, ReportTable } from "./types.js";

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvCell(c: ReportCell): string {
  switch (c.kind) {
    case "text":
      return c.value;
    case "count":
      return String(c.value);
    case "rate":
      return c.rate.value ?? "";
    case "change":
      return c.value ?? "";
  }
}

/**
 * Renders a report table as CSV text (xuất biểu ra CSV), RFC 4180.
 *
 * @remarks
 * One header line (the headers in `locale`), one line per row, then the total row; lines end in CRLF; a field with
 * a comma, a double quote, CR or LF is quoted and its quotes doubled. Numbers are machine-readable in every locale:
 * counts as plain digits, rates with a "." and 2 decimals, no rate (zero total) as an empty field. Pure: returns a
 * string, writes nothing.
 *
 * @param reportTable - a table from {@link summaryTable} and its siblings.
 * @param options - `locale` of the headers, `"vi"` (default) or `"en"`.
 * @returns the CSV text.
 * @example
 * ```ts
 * const csv = renderCsv(summaryTable([{ code: "TP", name: "Thành phố, tỉnh", tally: city2023 }]), { locale: "en" });
 * csv.split("\r\n")[1]?.startsWith('TP,"Thành phố, tỉnh",12299,'); //=> true
 * ```
 * @category Reports
 */
export function renderCsv(reportTable: ReportTable, options: { readonly locale?: Locale } = {}): string {
  const locale = options.locale ?? "vi";
  const lines = [reportTable.columns.map((c) => csvField(c.header[locale])).join(",")];
  for (const r of reportTable.total ? [...reportTable.rows, reportTable.total] : reportTable.rows) lines.push(r.cells.map((c) => csvField(csvCell(c))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** The width of a string in a monospace grid: its code points after NFC (one column each). */
function width(s: string): number {
  let n = 0;
  for (const _ of s.normalize("NFC")) n++;
  return n;
}

function decimal(v: string, locale: Locale): string {
  return locale === "vi" ? v.replace(".", ",") : v;
}

function textCell(c: ReportCell, locale: Locale): string {
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

const STATUS_TEXT: { readonly [k in Certainty]: { readonly vi: string; readonly en: string } } = {
  confirmed: { vi: "đã xác nhận", en: "confirmed" },
  seed: { vi: "theo tài liệu nguồn", en: "from a seed document" },
  uncertain: { vi: "chưa chắc chắn (bố cục chưa đối chiếu biểu mẫu gốc)", en: "uncertain (layout not checked against the official form)" },
};

/**
 * Options of {@link renderText}.
 *
 * @example
 * ```ts
 * const o: RenderTextOptions = { locale: "en", orientation: "columns" };
 * ```
 * @category Reports
 */
export interface RenderTextOptions {
  /** The language of headers and number formats: `"vi"` (default) or `"en"`. */
  readonly locale?: Locale;
  /** `"rows"` (default): one line per unit; `"columns"`: one line per measure, one column per unit. */
  readonly orientation?: "rows" | "columns";
}

/** The table turned on its side: one line per measure, one column per unit (named by its text cells). */
function renderTransposed(reportTable: ReportTable, locale: Locale): string {
  const units = reportTable.total ? [...reportTable.rows, reportTable.total] : [...reportTable.rows];
  const textCols: number[] = [];
  const valueCols: number[] = [];
  reportTable.columns.forEach((c, i) => (c.kind === "text" ? textCols : valueCols).push(i));
  const unitName = (cells: readonly ReportCell[]) => {
    const parts = textCols.map((i) => cells[i]).filter((c): c is ReportCell => c !== undefined).map((c) => textCell(c, locale));
    return parts[parts.length - 1] ?? parts[0] ?? "";
  };
  const headers = [locale === "vi" ? "Chỉ tiêu" : "Measure", ...units.map((u) => unitName(u.cells))];
  const body = valueCols.map((i) => [
    (reportTable.columns[i]?.header[locale] ?? "").normalize("NFC"),
    ...units.map((u) => {
      const c = u.cells[i];
      return c ? textCell(c, locale) : "";
    }),
  ]);
  return grid(reportTable, locale, headers, body, undefined, headers.map((_, i) => i === 0));
}

/**
 * Renders a report table as a fixed-width text table (xuất biểu dạng bảng chữ), for a terminal or a plain-text
 * attachment.
 *
 * @remarks
 * Title, header, a rule, the rows, a rule, the total row, then the notes. Text is left-aligned, numbers
 * right-aligned; in Vietnamese counts are grouped with "." and decimals use "," ("12.299", "1,97"), in English
 * "12,299" and "1.97"; no rate is "-". Width assumption: every code point after NFC normalisation takes one column,
 * which holds for Vietnamese in a monospace font (its letters with diacritics are precomposed in NFC); wide (CJK)
 * characters and emoji would misalign. Pure: returns a string.
 *
 * With `orientation: "columns"` the table is turned on its side: one line per measure, one column per unit (the
 * total last), which reads better for a handful of units with many measures (a commune's villages).
 *
 * @param reportTable - a table.
 * @param options - `locale`, `"vi"` (default) or `"en"`; `orientation`, `"rows"` (default) or `"columns"`.
 * @returns the text, lines ending in "\n".
 * @example
 * ```ts
 * renderText(summaryTable([{ code: "TP", name: "Thành phố", tally: city2023 }])).includes("1,97"); //=> true
 * ```
 * @category Reports
 */
export function renderText(reportTable: ReportTable, options: RenderTextOptions = {}): string {
  const locale = options.locale ?? "vi";
  if (options.orientation === "columns") return renderTransposed(reportTable, locale);
  const headers = reportTable.columns.map((c) => c.header[locale].normalize("NFC"));
  const body = reportTable.rows.map((r) => r.cells.map((c) => textCell(c, locale)));
  const total = reportTable.total ? reportTable.total.cells.map((c) => textCell(c, locale)) : undefined;
  const left = reportTable.columns.map((c) => c.kind === "text");
  return grid(reportTable, locale, headers, body, total, left);
}

/** Lays out a header, body rows and an optional total row as a fixed-width grid, then the notes. */
function grid(
  reportTable: ReportTable,
  locale: Locale,
  headers: readonly string[],
  body: readonly (readonly string[])[],
  total: readonly string[] | undefined,
  left: readonly boolean[],
): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i] ?? "")), total ? width(total[i] ?? "") : 0));
  const line = (cells: readonly string[]) =>
    cells
      .map((s, i) => {
        const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - width(s)));
        return left[i] ? s + pad : pad + s;
      })
      .join(" | ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("-+-");
  const out = [reportTable.title[locale], line(headers), rule, ...body.map(line)];
  if (total) out.push(rule, line(total));
  out.push("", `${locale === "vi" ? "Mức độ chắc chắn" : "Certainty"}: ${STATUS_TEXT[reportTable.status][locale]}`);
  for (const n of reportTable.notes) out.push(`- ${n[locale]}`);
  return `${out.join("\n")}\n`;
}
