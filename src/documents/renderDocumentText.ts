import type { Locale } from "../types.js";
import { docText } from "../messages/documentText.js";
import { layoutGrid, textWidth, wrapText, type GridColumn } from "../report/render.js";
import type { ReviewDocument } from "./types.js";
import { caveatLine, type DocumentRenderOptions } from "./layoutSheet.js";
import { cellText, legalBasisLine } from "./_cells.js";
import { guardThrowing, safeParseWith, unwrap } from "../_lib/issues.js";
import { both, givenOptions, localeOf, parseDocument, renderOptionsSchema } from "./_schemas.js";

/** Centres each line of a text in `width` columns (wrapping it first). */
function centre(text: string, width: number): string[] {
  return wrapText(text, width).map((l) => {
    const pad = Math.max(0, Math.floor((width - textWidth(l)) / 2));
    return " ".repeat(pad) + l;
  });
}

/** Lays two blocks of centred lines side by side. */
function sideBySide(blocks: readonly (readonly string[])[], widths: readonly number[]): string[] {
  const cols = blocks.map((b, i) => b.flatMap((t) => (t === "" ? [""] : centre(t, widths[i] ?? 10))));
  const height = Math.max(...cols.map((c) => c.length));
  const out: string[] = [];
  for (let l = 0; l < height; l++) {
    out.push(
      cols
        .map((c, i) => {
          const s = c[l] ?? "";
          return s + " ".repeat(Math.max(0, (widths[i] ?? 0) - textWidth(s)));
        })
        .join("")
        .trimEnd(),
    );
  }
  return out;
}

/** A "Label: value" line wrapped with its continuation lines indented. */
function labelled(text: string, width: number): string[] {
  return wrapText(text, width - 2).map((l, i) => (i === 0 ? l : `  ${l}`));
}

/**
 * Renders a document as plain text (in văn bản dạng chữ), for a terminal, a plain-text attachment or a printer with
 * a monospace font.
 *
 * @remarks
 * The heading in two halves (the issuing body left; the national name and motto right; the number, and the place and
 * date), the title and subtitle centred, the legal basis (unless `legalBasis: false`), the fields, paragraphs and
 * tables (numbers right-aligned, grouped "1.234" and "71,43" in Vietnamese), the signature blocks side by side with
 * room to sign, and — with `caveats: true` — the annex on certainty. Every line fits `maxWidth` (default 120; at
 * least 40 is used): headers and text cells wrap, and a table too wide even then is cut into parts. Pure.
 *
 * The document is checked first, as {@link isReviewDocument} checks it (`not_a_review_document` for a value that is
 * not one — a report table goes to `renderText`; the schema's issues for a document out of shape), and the options
 * (`maxWidth` a whole number from 1 to 10,000); the rendering reads only the checked copy.
 *
 * @param doc - a document from {@link buildPostingList}, {@link buildMeetingMinutes}, {@link buildRecognitionList}
 *   or {@link buildReviewAgainList}.
 * @param options - `locale`, `caveats` (default `false`), `legalBasis` (default `true`), `maxWidth` (default 120).
 * @returns the text, lines ending in "\n".
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues, when the document or the options are not
 *   well formed.
 * @example
 * ```ts
 * const first = renderDocumentText(buildPostingList(input)).split("\n")[0];
 * first?.includes("ỦY BAN NHÂN DÂN XÃ MẪU") && first.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); //=> true
 * ```
 * @category Documents
 */
export function renderDocumentText(doc: ReviewDocument, options: DocumentRenderOptions = {}): string {
  return guardThrowing("renderDocumentText", () => {
    const [d, o] = unwrap(both(parseDocument(doc), safeParseWith(renderOptionsSchema, options, ["options"])), "renderDocumentText");
    return text(d, givenOptions(o));
  });
}

function text(doc: ReviewDocument, options: DocumentRenderOptions): string {
  const locale: Locale = localeOf(options);
  const width = Math.max(40, options.maxWidth ?? 120);
  const page = Math.min(width, 100);
  const half = Math.floor(page / 2);
  const h = doc.header;
  const out: string[] = [];
  out.push(...sideBySide([[...h.issuer.map((l) => l[locale]), "", h.number?.[locale] ?? ""], [h.nationalName[locale], h.motto[locale], "", h.placeDate[locale]]], [half - 4, page - half + 4]));
  out.push("", ...centre(doc.title[locale], page));
  if (doc.subtitle) out.push(...centre(doc.subtitle[locale], page));
  out.push("");
  const basis = legalBasisLine(doc, locale);
  if ((options.legalBasis ?? true) && basis !== null) out.push(...labelled(basis, width), "");
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") out.push(...wrapText(b.text[locale], width), "");
    else if (b.kind === "fields") {
      for (const f of b.fields) out.push(...labelled(`${f.label[locale]}: ${f.value[locale]}`, width));
      out.push("");
    } else {
      const t = b.table;
      if (t.heading) out.push(...wrapText(t.heading[locale], width));
      if (t.rows.length === 0) {
        out.push(...wrapText(t.empty[locale], width), "");
        continue;
      }
      const columns: GridColumn[] = t.columns.map((c) => ({ header: c.header[locale], align: c.kind === "count" || c.kind === "decimal" ? "right" : "left", wrap: c.kind === "text" || c.kind === "label" }));
      const rows = t.rows.map((r) => r.map((c) => cellText(c, locale)));
      const total = t.total ? t.total.map((c) => cellText(c, locale)) : undefined;
      out.push(...layoutGrid(columns, rows, total, width, Math.min(3, t.columns.length - 1), locale), "");
    }
  }
  if (doc.signatures.length > 0) {
    const n = doc.signatures.length;
    const w = Math.floor(page / n);
    const titles = doc.signatures.map((s) => s.title[locale].split("\n"));
    const tall = Math.max(...titles.map((t) => t.length));
    // Titles of different heights are padded at the top, so that the notes and the names line up.
    const blocks = doc.signatures.map((s, i) => [...Array.from({ length: tall - (titles[i]?.length ?? 0) }, () => ""), ...(titles[i] ?? []), s.note[locale], "", "", "", s.name ?? "...................."]);
    out.push(...sideBySide(blocks, blocks.map(() => w)));
  }
  if ((options.caveats ?? false) && doc.caveats.length > 0) {
    out.push("", ...centre(docText("doc_caveats_heading", {})[locale], page));
    for (const c of doc.caveats) out.push(...labelled(caveatLine(c, locale), width));
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}
