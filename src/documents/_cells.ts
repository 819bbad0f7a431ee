// A document's cells and citations as text in a locale. Private to the library.
import type { Locale } from "../types.js";
import { citationText, groupDigits } from "../messages/format.js";
import { docText } from "../messages/documentText.js";
import type { DocumentCell, ReviewDocument } from "./types.js";

/** A cell as printed: counts grouped ("1.234"), decimals with the locale's mark ("71,43"), empty as "". */
export function cellText(c: DocumentCell, locale: Locale): string {
  switch (c.kind) {
    case "text":
      return c.value;
    case "label":
      return c.text[locale];
    case "count":
      return groupDigits(c.value, locale);
    case "decimal":
      return locale === "vi" ? c.value.replace(".", ",") : c.value;
    case "empty":
      return "";
  }
}

/** "Căn cứ: Nghị định 07/2021/NĐ-CP, Điều 3; …." or `null` when the document has no basis. */
export function legalBasisLine(doc: ReviewDocument, locale: Locale): string | null {
  if (doc.legalBasis.length === 0) return null;
  return `${docText("doc_field", { key: "legal_basis" })[locale]}: ${doc.legalBasis.map((c) => citationText(c, locale)).join("; ")}.`;
}
