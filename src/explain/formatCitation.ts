import type { Citation, Locale } from "../types.js";
import { citationText } from "../messages/format.js";

/**
 * Formats a citation as an officer would write it (trích dẫn căn cứ pháp lý): instrument, article, clause, point,
 * form item.
 *
 * @param c - the citation.
 * @param locale - `"vi"` (default): "Điều 3, khoản 1"; `"en"`: "Art. 3, cl. 1".
 * @returns the citation as one line of text.
 * @example
 * ```ts
 * formatCitation({ instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "2" }); //=> "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2"
 * formatCitation({ instrument: "Nghị định 07/2021/NĐ-CP", article: "3" }, "en"); //=> "Nghị định 07/2021/NĐ-CP, Art. 3"
 * ```
 * @category Explanations
 */
export function formatCitation(c: Citation, locale: Locale = "vi"): string {
  return citationText(c, locale);
}
