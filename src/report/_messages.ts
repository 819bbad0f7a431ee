// The messages of the report: the builders of its issues, bound to the tables of the codes this folder uses, so that a
// page loads only the texts of the functions it calls. Private to the library.
import type { FormIssueParams, ReportIssueParams, SchemaIssueParams, StandardIssueParams } from "../messages/codes.js";
import { lazyTexts } from "../messages/texts.js";
import { issueAdder, issueBuilder } from "../_lib/issues.js";
import { viSchemaIssues, viStandardIssues } from "../messages/vi/common.js";
import { viFormIssues } from "../messages/vi/forms.js";
import { viReportIssues } from "../messages/vi/report.js";
import { enSchemaIssues, enStandardIssues } from "../messages/en/common.js";
import { enFormIssues } from "../messages/en/forms.js";
import { enReportIssues } from "../messages/en/report.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams & ReportIssueParams & StandardIssueParams & FormIssueParams>(() => ({ vi: { ...viSchemaIssues, ...viReportIssues, ...viStandardIssues, ...viFormIssues }, en: { ...enSchemaIssues, ...enReportIssues, ...enStandardIssues, ...enFormIssues } }));

/** Builds an issue of the report from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);

/** Adds an issue of the report inside a zod check (its path relative to the value the check runs on). */
export const addIssue = /* @__PURE__ */ issueAdder(ISSUES);
