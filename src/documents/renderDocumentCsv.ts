import { encodeCsv, resolveCsvOptions, type CsvField, type CsvOptions } from "../report/render.js";
import type { ReviewDocument } from "./types.js";
import { layoutSheet, type SheetCell } from "./layoutSheet.js";

/**
 * Options of {@link renderDocumentCsv}: the CSV options ({@link CsvOptions}) and whether to add the annex.
 *
 * @example
 * ```ts
 * const o: DocumentCsvOptions = { locale: "vi", caveats: true };
 * ```
 * @category Documents
 */
export interface DocumentCsvOptions extends CsvOptions {
  /** Add the annex on certainty. Default `false`. */
  readonly caveats?: boolean;
  /** Add the legal basis under the title. Default `true`. */
  readonly legalBasis?: boolean;
}

function field(c: SheetCell | undefined): CsvField {
  if (!c || c.value === null) return null;
  return typeof c.value === "number" ? { number: c.source ?? String(c.value) } : c.value;
}

/**
 * Renders a document as CSV (xuất văn bản ra CSV): the rows of its spreadsheet layout, as Excel shows them.
 *
 * @remarks
 * The cells of {@link layoutSheet}, row by row: a merged range's text in its first cell, the others empty; numbers
 * never grouped, decimals with the options' mark. The CSV options are those of {@link renderCsv}: for Vietnamese a
 * byte-order mark, `";"` and a decimal comma by default, formulas neutralised in every text (names and places come
 * from the caller). Pure.
 *
 * @param doc - a document.
 * @param options - the CSV options, `caveats` (default `false`), `legalBasis` (default `true`).
 * @returns the CSV text.
 * @example
 * ```ts
 * renderDocumentCsv(buildPostingList(input)).startsWith("\uFEFFỦY BAN NHÂN DÂN XÃ MẪU;"); //=> true
 * ```
 * @category Documents
 */
export function renderDocumentCsv(doc: ReviewDocument, options: DocumentCsvOptions = {}): string {
  const o = resolveCsvOptions(options);
  const sheet = layoutSheet(doc, { locale: o.locale, caveats: options.caveats ?? false, legalBasis: options.legalBasis ?? true });
  return encodeCsv(sheet.rows.map((r) => r.map(field)), o);
}
