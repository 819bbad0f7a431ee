import * as z from "zod/mini";
import type { Citation, Locale } from "../types.js";
import { citationText } from "../messages/format.js";
import { guardThrowing, safeParseWith, unwrap } from "../_lib/issues.js";
import type { Issue } from "../errors/Issue.js";
import { citationSchema } from "./_schemas.js";

const localeSchema = z.enum(["vi", "en"]);

/**
 * Formats a citation as an officer would write it (trích dẫn căn cứ pháp lý): instrument, article, clause, point,
 * form item.
 *
 * @param c - the citation.
 * @param locale - `"vi"` (default): "Điều 3, khoản 1"; `"en"`: "Art. 3, cl. 1".
 * @returns the citation as one line of text.
 * @throws {@link PovertyError} `"invalid_input"` when `c` is not a citation (a string `instrument`, optional string
 * `article`, `clause`, `point`, `item`, `note`) or the locale is neither `"vi"` nor `"en"`.
 * @example
 * ```ts
 * formatCitation({ instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "2" }); //=> "Nghị định 07/2021/NĐ-CP, Điều 3, khoản 2"
 * formatCitation({ instrument: "Nghị định 07/2021/NĐ-CP", article: "3" }, "en"); //=> "Nghị định 07/2021/NĐ-CP, Art. 3"
 * ```
 * @category Explanations
 */
export function formatCitation(c: Citation, locale: Locale = "vi"): string {
  return guardThrowing("formatCitation", () => {
    const cr = safeParseWith(citationSchema, c, ["citation"]);
    const lr = safeParseWith(localeSchema, locale, ["locale"]);
    const issues: Issue[] = [...(cr.ok ? [] : cr.issues), ...(lr.ok ? [] : lr.issues)];
    if (!cr.ok || !lr.ok) return unwrap({ ok: false, issues }, "formatCitation");
    return citationText(cr.value as Citation, lr.value);
  });
}
