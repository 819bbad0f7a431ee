import type { Locale } from "../types.js";
import { docText } from "../messages/documentText.js";
import { escapeHtml } from "../report/render.js";
import type { DocumentTable, ReviewDocument } from "./types.js";
import { caveatLine, type DocumentRenderOptions } from "./layoutSheet.js";
import { cellText, legalBasisLine } from "./_cells.js";
import { guardThrowing, safeParseWith, unwrap } from "../_lib/issues.js";
import { both, givenOptions, localeOf, parseDocument, renderOptionsSchema } from "./_schemas.js";

// The page: A4, a serif face as administrative documents use, the heading in two halves, lists with borders.
const STYLE = [
  "@page{size:A4;margin:20mm 15mm 20mm 30mm}",
  "body{font-family:'Times New Roman',Times,serif;font-size:13pt;line-height:1.35;color:#000}",
  ".vnp-heading,.vnp-signatures{width:100%;border-collapse:collapse}",
  ".vnp-heading td,.vnp-signatures td{text-align:center;vertical-align:top;border:0;padding:0 4pt}",
  ".vnp-motto{font-weight:bold;text-decoration:underline}",
  ".vnp-document h1{font-size:14pt;text-align:center;margin:18pt 0 0}",
  ".vnp-subtitle{text-align:center;margin:0 0 12pt}",
  ".vnp-document h2{font-size:13pt;margin:12pt 0 4pt}",
  ".vnp-list{width:100%;border-collapse:collapse;margin:4pt 0 8pt}",
  ".vnp-list th,.vnp-list td{border:1px solid #000;padding:2pt 4pt;vertical-align:top}",
  ".vnp-list th{text-align:center}",
  ".vnp-list .num{text-align:right}",
  ".vnp-sign{height:60pt}",
  ".vnp-annex{font-size:11pt;margin-top:24pt;break-before:page}",
].join("");

function table(t: DocumentTable, locale: Locale): string {
  const out: string[] = [];
  if (t.heading) out.push(`<h2>${escapeHtml(t.heading[locale])}</h2>`);
  if (t.rows.length === 0) return `${out.join("")}<p>${escapeHtml(t.empty[locale])}</p>`;
  const num = t.columns.map((c) => c.kind === "count" || c.kind === "decimal");
  const row = (cells: readonly Parameters<typeof cellText>[0][], tag: "td" | "th") =>
    `<tr>${cells.map((c, i) => `<${tag}${num[i] ? ' class="num"' : ""}>${escapeHtml(cellText(c, locale))}</${tag}>`).join("")}</tr>`;
  out.push('<table class="vnp-list">');
  out.push(`<thead><tr>${t.columns.map((c) => `<th scope="col">${escapeHtml(c.header[locale])}</th>`).join("")}</tr></thead>`);
  out.push(`<tbody>${t.rows.map((r) => row(r, "td")).join("")}</tbody>`);
  if (t.total) out.push(`<tfoot>${row(t.total, "th")}</tfoot>`);
  out.push("</table>");
  return out.join("");
}

const lines = (s: string): string => s.split("\n").map(escapeHtml).join("<br>");

/**
 * Renders a document as HTML to print or show (in văn bản dạng HTML): a whole A4 page, or the `<article>` alone.
 *
 * @remarks
 * The heading in two halves, the title, the legal basis (unless `legalBasis: false`), fields, paragraphs, tables
 * with borders (numbers right-aligned), the signature blocks side by side with room to sign, and — with
 * `caveats: true` — the annex on certainty on a page of its own. Every text is escaped (names and places come from
 * the caller). The page carries its own style sheet in a `<style>` element and no script; with `fragment: true`
 * only the `<article class="vnp-document">` is returned, for a page with its own style sheet (and a strict
 * Content-Security-Policy). Pure.
 *
 * The document is checked first, as {@link isReviewDocument} checks it (`not_a_review_document` for a value that is
 * not one; the schema's issues for a document out of shape), and the options; the rendering reads only the checked
 * copy.
 *
 * @param doc - a document.
 * @param options - `locale`, `caveats` (default `false`), `legalBasis` (default `true`), `fragment` (default `false`).
 * @returns the HTML.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues, when the document or the options are not
 *   well formed.
 * @example
 * ```ts
 * renderDocumentHtml(buildMeetingMinutes(input)).startsWith('<!DOCTYPE html>\n<html lang="vi">'); //=> true
 * ```
 * @category Documents
 */
export function renderDocumentHtml(doc: ReviewDocument, options: DocumentRenderOptions = {}): string {
  return guardThrowing("renderDocumentHtml", () => {
    const [d, o] = unwrap(both(parseDocument(doc), safeParseWith(renderOptionsSchema, options, ["options"])), "renderDocumentHtml");
    return html(d, givenOptions(o));
  });
}

function html(doc: ReviewDocument, options: DocumentRenderOptions): string {
  const locale: Locale = localeOf(options);
  const h = doc.header;
  const out: string[] = [`<article class="vnp-document" lang="${locale}">`];
  out.push(
    '<table class="vnp-heading"><tr>',
    `<td><strong>${h.issuer.map((l) => escapeHtml(l[locale])).join("<br>")}</strong></td>`,
    `<td><strong>${escapeHtml(h.nationalName[locale])}</strong><br><span class="vnp-motto">${escapeHtml(h.motto[locale])}</span></td>`,
    "</tr><tr>",
    `<td>${h.number ? escapeHtml(h.number[locale]) : ""}</td>`,
    `<td><em>${escapeHtml(h.placeDate[locale])}</em></td>`,
    "</tr></table>",
  );
  out.push(`<h1>${escapeHtml(doc.title[locale])}</h1>`);
  if (doc.subtitle) out.push(`<p class="vnp-subtitle">${escapeHtml(doc.subtitle[locale])}</p>`);
  const basis = legalBasisLine(doc, locale);
  if ((options.legalBasis ?? true) && basis !== null) out.push(`<p class="vnp-basis"><em>${escapeHtml(basis)}</em></p>`);
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") out.push(`<p>${escapeHtml(b.text[locale])}</p>`);
    else if (b.kind === "fields") out.push(b.fields.map((f) => `<p><strong>${escapeHtml(f.label[locale])}:</strong> ${escapeHtml(f.value[locale])}</p>`).join(""));
    else out.push(table(b.table, locale));
  }
  if (doc.signatures.length > 0) {
    out.push(
      `<table class="vnp-signatures"><tr>${doc.signatures
        .map((s) => `<td><strong>${lines(s.title[locale])}</strong><br><em>${escapeHtml(s.note[locale])}</em><div class="vnp-sign"></div>${escapeHtml(s.name ?? "....................")}</td>`)
        .join("")}</tr></table>`,
    );
  }
  if ((options.caveats ?? false) && doc.caveats.length > 0) {
    out.push(`<section class="vnp-annex"><h2>${escapeHtml(docText("doc_caveats_heading", {})[locale])}</h2><ul>${doc.caveats.map((c) => `<li>${escapeHtml(caveatLine(c, locale).slice(2))}</li>`).join("")}</ul></section>`);
  }
  out.push("</article>");
  const article = out.join("\n");
  if (options.fragment) return `${article}\n`;
  return `<!DOCTYPE html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(doc.title[locale])}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${article}\n</body>\n</html>\n`;
}
