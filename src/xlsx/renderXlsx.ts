import ExcelJS from "exceljs";
import { PovertyError, layoutSheet, type Locale, type ReportTable, type ReviewDocument, type SheetCell, type SheetLayout, type SheetStyle } from "../index.js";
import { dosDateTime, stampZip } from "./_zip.js";

/**
 * Options of {@link renderXlsx} (tùy chọn xuất Excel).
 *
 * @example
 * ```ts
 * const o: XlsxOptions = { locale: "vi", caveats: false, date: "2025-10-20" };
 * ```
 * @category Spreadsheets
 */
export interface XlsxOptions {
  /** The language of every label and sheet name: `"vi"` (default) or `"en"`. */
  readonly locale?: Locale;
  /**
   * Add the certainty caveats: a document's annex (default `false`) and a report table's notes (default `true`).
   * When given, applies to every sheet.
   */
  readonly caveats?: boolean;
  /** Print the documents' legal basis under their titles. Default `true`. */
  readonly legalBasis?: boolean;
  /**
   * The workbook's date (ISO), written as its creation date and as the time of every part of the file. Without it
   * both are 01/01/1980 (the zip format's first day, standing for "no date"): the library reads no clock, and the
   * same input always gives the same bytes.
   */
  readonly date?: string;
}

const FONT = "Times New Roman";
const BOLD: ReadonlySet<SheetStyle> = new Set(["issuer", "national", "motto", "title", "heading", "header", "total", "signature_title", "annex_heading"]);
const ITALIC: ReadonlySet<SheetStyle> = new Set(["place_date", "signature_note", "subtitle", "basis"]);
const CENTRE: ReadonlySet<SheetStyle> = new Set(["issuer", "national", "motto", "number", "place_date", "title", "subtitle", "header", "signature_title", "signature_note", "signature_name", "annex_heading"]);
const BORDER: ReadonlySet<SheetStyle> = new Set(["header", "cell", "total"]);
const THIN = { style: "thin" } as const;
const FORMAT = { integer: "#,##0", decimal2: "#,##0.00" } as const;

/** Names unique in the workbook (Excel compares them without case), each at most 31 characters. */
function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    let name = n;
    for (let k = 2; used.has(name.toLowerCase()); k++) {
      const suffix = ` (${k})`;
      name = [...n].slice(0, 31 - suffix.length).join("").trimEnd() + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

function style(cell: ExcelJS.Cell, c: SheetCell): void {
  const s = c.style;
  cell.font = { name: FONT, size: s === "title" ? 14 : 12, bold: BOLD.has(s), italic: ITALIC.has(s), underline: s === "motto" };
  const numeric = typeof c.value === "number";
  cell.alignment = {
    horizontal: CENTRE.has(s) ? "center" : numeric ? "right" : "left",
    vertical: s === "header" ? "middle" : "top",
    wrapText: !numeric,
  };
  if (BORDER.has(s)) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (c.format) cell.numFmt = FORMAT[c.format];
}

function addSheet(wb: ExcelJS.Workbook, layout: SheetLayout, name: string): void {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w + 1));
  layout.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    const h = layout.rowHeights[r];
    if (h !== null && h !== undefined) row.height = h;
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.value !== null) cell.value = c.value;
      style(cell, c);
    });
  });
  for (const m of layout.merges) ws.mergeCells(m.row + 1, m.column + 1, m.row + m.rows, m.column + m.columns);
  if (layout.repeatRows) ws.pageSetup.printTitlesRow = `${layout.repeatRows.first + 1}:${layout.repeatRows.last + 1}`;
  if (layout.freezeRows > 0) ws.views = [{ state: "frozen", xSplit: 0, ySplit: layout.freezeRows }];
}

/**
 * Writes report tables and documents as one Excel workbook (xuất tệp Excel .xlsx), one sheet each, and returns its
 * bytes.
 *
 * @remarks
 * Each item is laid out by {@link layoutSheet} (the same grid as `renderDocumentCsv`): merged heading and title
 * cells, tables with borders and a bold header row, numbers as numbers with the formats `#,##0` (counts, money) and
 * `#,##0.00` (rates, shares) — Excel draws their separators from the computer's region settings, so a Vietnamese
 * Windows shows "12.299" and "1,97" — column widths from the values, wrapped text, Times New Roman, A4 pages fitted to
 * the width (landscape for wide sheets) with the table's header row repeated on every page, and the header row of a
 * report table frozen. Sheet names are in the locale, made unique. Pure: returns the bytes and writes no file —
 * save them with `fs.writeFile` in Node or a `Blob` in a browser. The same input and options give the same bytes.
 *
 * Uses the `exceljs` package (a peer dependency of this entry, `vn-poverty/xlsx`: install it next to the library);
 * the core `vn-poverty` does not load it. In a browser, bundlers take exceljs's own browser build.
 *
 * @param items - report tables (`summaryTable` and its siblings) and documents (`build…`), in sheet order.
 * @param options - `locale`, `caveats`, `legalBasis`, `date`.
 * @returns the .xlsx file's bytes.
 * @throws `PovertyError` with code `"invalid_input"` when `options.date` is not an ISO date.
 * @example
 * ```ts
 * import { renderXlsx } from "vn-poverty/xlsx";
 * const bytes = await renderXlsx([summaryTable(rows, { total }), buildPostingList(input)]);
 * bytes.subarray(0, 2); //=> Uint8Array [80, 75] ("PK": a zip, as every .xlsx)
 * ```
 * @category Spreadsheets
 */
export async function renderXlsx(items: readonly (ReviewDocument | ReportTable)[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const locale = options.locale ?? "vi";
  if (options.date !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(options.date)) {
    throw new PovertyError("invalid_input", `renderXlsx: options.date must be an ISO date YYYY-MM-DD, got ${JSON.stringify(options.date)}`, { function: "renderXlsx" });
  }
  const layouts = items.map((item) => layoutSheet(item, { locale, ...(options.caveats === undefined ? {} : { caveats: options.caveats }), ...(options.legalBasis === undefined ? {} : { legalBasis: options.legalBasis }) }));
  const names = uniqueNames(layouts.map((l) => l.name));
  const wb = new ExcelJS.Workbook();
  wb.creator = "vn-poverty";
  wb.lastModifiedBy = "vn-poverty";
  // exceljs stamps a workbook without dates with the clock; the library reads none: the caller's date, else the
  // zip format's epoch, 01/01/1980, which stands for "no date".
  const date = options.date ?? "1980-01-01";
  const when = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
  wb.created = when;
  wb.modified = when;
  layouts.forEach((l, i) => addSheet(wb, l, names[i] ?? l.name));
  const out = await wb.xlsx.writeBuffer();
  const view = out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  const bytes = new Uint8Array(view.byteLength);
  bytes.set(view);
  return stampZip(bytes, dosDateTime(date));
}
