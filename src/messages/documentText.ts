// Renders a label of the documents and the table renderers in both languages. Its tables (vi/documents.ts,
// en/documents.ts) are typed like the others — the compiler checks that both languages cover every key — but are kept
// out of the shared tables, so that a page that only classifies does not download the documents' texts.
import type { LocalizedText } from "../types.js";
import type { DocumentTermParams } from "./codes/documents.js";
import { enDocumentTerms } from "./en/documents.js";
import { viDocumentTerms } from "./vi/documents.js";

/** A label of the documents in both languages. */
export function docText<K extends keyof DocumentTermParams>(key: K, params: DocumentTermParams[K]): LocalizedText {
  return { vi: viDocumentTerms[key](params), en: enDocumentTerms[key](params) };
}
