// The messages of the explanations: the builders of its issues, bound to the tables of the codes this folder uses, so
// that a page loads only the texts of the functions it calls. Private to the library.
import type { SchemaIssueParams } from "../messages/codes.js";
import { lazyTexts } from "../messages/texts.js";
import { issueBuilder } from "../_lib/issues.js";
import { viSchemaIssues } from "../messages/vi/common.js";
import { enSchemaIssues } from "../messages/en/common.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams>(() => ({ vi: { ...viSchemaIssues }, en: { ...enSchemaIssues } }));

/** Builds an issue of the explanations from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);
