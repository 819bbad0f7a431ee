import type { Locale } from "../explain/types.js";
import { groupDigits } from "../_lib/format.js";
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
 * @param reportTable - a table.
 * @param options - `locale`, `"vi"` (default) or `"en"`.
 * @returns the text, lines ending in "\n".
 * @example
 * ```ts
 * renderText(summaryTable([{ code: "TP", name: "Thành phố", tally: city2023 }])).includes("1,97"); //=> true
 * ```
 * @category Reports
 */
export function renderText(reportTable: ReportTable, options: { readonly locale?: Locale } = {}): string {
  const locale = options.locale ?? "vi";
  const headers = reportTable.columns.map((c) => c.header[locale].normalize("NFC"));
  const body = reportTable.rows.map((r) => r.cells.map((c) => textCell(c, locale)));
  const total = reportTable.total ? reportTable.total.cells.map((c) => textCell(c, locale)) : undefined;
  const widths = headers.map((h, i) => Math.max(width(h), ...body.map((r) => width(r[i] ?? "")), total ? width(total[i] ?? "") : 0));
  const left = reportTable.columns.map((c) => c.kind === "text");
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
  out.push("", `${locale === "vi" ? "Tình trạng" : "Status"}: ${reportTable.status}`);
  for (const n of reportTable.notes) out.push(`- ${n[locale]}`);
  return `${out.join("\n")}\n`;
}
