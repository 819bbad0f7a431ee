import { encodeCsv, resolveCsvOptions, type CsvField, type CsvOptions } from "../report/render.js";
import type { ReviewDocument } from "./types.js";
import { layoutDocument, type SheetCell } from "./layoutSheet.js";
import { guardThrowing, safeParseWith, unwrap } from "../_lib/issues.js";
import { both, csvOptionsSchema, givenOptions, parseDocument } from "./_schemas.js";

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
 * The document is checked first, as {@link isReviewDocument} checks it (`not_a_review_document` for a value that is
 * not one — a report table goes to `renderCsv`; the schema's issues for a document out of shape), and the options;
 * the rendering reads only the checked copy.
 *
 * @param doc - a document.
 * @param options - the CSV options, `caveats` (default `false`), `legalBasis` (default `true`).
 * @returns the CSV text.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues, when the document or the options are not
 *   well formed.
 * @example
 * ```ts
 * renderDocumentCsv(buildPostingList(input)).startsWith("\uFEFFỦY BAN NHÂN DÂN XÃ MẪU;"); //=> true
 * ```
 * @category Documents
 */
export function renderDocumentCsv(doc: ReviewDocument, options: DocumentCsvOptions = {}): string {
  return guardThrowing("renderDocumentCsv", () => {
    const [d, given] = unwrap(both(parseDocument(doc), safeParseWith(csvOptionsSchema, options, ["options"])), "renderDocumentCsv");
    const opts: DocumentCsvOptions = givenOptions(given);
    const o = resolveCsvOptions(opts);
    const sheet = layoutDocument(d, { locale: o.locale, caveats: opts.caveats ?? false, legalBasis: opts.legalBasis ?? true });
    return encodeCsv(sheet.rows.map((r) => r.map(field)), o);
  });
}
