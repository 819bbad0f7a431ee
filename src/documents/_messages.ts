// The messages of the documents: the builders of its issues, bound to the tables of the codes this folder uses, so that
// a page loads only the texts of the functions it calls. Private to the library.
import type { DocumentIssueParams, MeetingIssueParams, SchemaIssueParams } from "../messages/codes.js";
import { lazyTexts } from "../messages/texts.js";
import { issueAdder, issueBuilder } from "../_lib/issues.js";
import { viSchemaIssues } from "../messages/vi/common.js";
import { viMeetingIssues } from "../messages/vi/procedure.js";
import { viDocumentIssues } from "../messages/vi/documents.js";
import { enSchemaIssues } from "../messages/en/common.js";
import { enMeetingIssues } from "../messages/en/procedure.js";
import { enDocumentIssues } from "../messages/en/documents.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams & DocumentIssueParams & MeetingIssueParams>(() => ({ vi: { ...viSchemaIssues, ...viDocumentIssues, ...viMeetingIssues }, en: { ...enSchemaIssues, ...enDocumentIssues, ...enMeetingIssues } }));

/** Builds an issue of the documents from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);

/** Adds an issue of the documents inside a zod check (its path relative to the value the check runs on). */
export const addIssue = /* @__PURE__ */ issueAdder(ISSUES);
