// The messages of the reform impact: the builders of its issues and labels, bound to the tables of the codes this
// folder uses, so that a page loads only the texts of the functions it calls. Private to the library.
import type { ReformIssueParams, ReformTermParams, SchemaIssueParams } from "../messages/codes.js";
import { lazyTexts, rendererOf } from "../messages/texts.js";
import { issueBuilder } from "../_lib/issues.js";
import { viSchemaIssues } from "../messages/vi/common.js";
import { viReformIssues, viReformTerms } from "../messages/vi/reform.js";
import { enSchemaIssues } from "../messages/en/common.js";
import { enReformIssues, enReformTerms } from "../messages/en/reform.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams & ReformIssueParams>(() => ({ vi: { ...viSchemaIssues, ...viReformIssues }, en: { ...enSchemaIssues, ...enReformIssues } }));

/** Builds an issue of the reform impact from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);

/** The tables of the codes of its labels. */
const TERMS = /* @__PURE__ */ lazyTexts<ReformTermParams>(() => ({ vi: { ...viReformTerms }, en: { ...enReformTerms } }));

/** A label in both languages. */
export const termText = /* @__PURE__ */ rendererOf(TERMS);
