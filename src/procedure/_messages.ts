// The messages of the procedure: the builders of its issues, steps and labels, bound to the tables of the codes this
// folder uses, so that a page loads only the texts of the functions it calls. Private to the library.
import type { DocumentIssueParams, MeetingIssueParams, ProcedureIssueParams, ProcedureStepParams, ProcedureTermParams, SchemaIssueParams } from "../messages/codes.js";
import { lazyTexts, rendererOf } from "../messages/texts.js";
import { issueAdder, issueBuilder } from "../_lib/issues.js";
import { stepBuilder } from "../explain/_trace.js";
import { viSchemaIssues } from "../messages/vi/common.js";
import { viMeetingIssues, viProcedureIssues, viProcedureSteps, viProcedureTerms } from "../messages/vi/procedure.js";
import { viDocumentIssues } from "../messages/vi/documents.js";
import { enSchemaIssues } from "../messages/en/common.js";
import { enMeetingIssues, enProcedureIssues, enProcedureSteps, enProcedureTerms } from "../messages/en/procedure.js";
import { enDocumentIssues } from "../messages/en/documents.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams & ProcedureIssueParams & MeetingIssueParams & DocumentIssueParams>(() => ({ vi: { ...viSchemaIssues, ...viProcedureIssues, ...viMeetingIssues, ...viDocumentIssues }, en: { ...enSchemaIssues, ...enProcedureIssues, ...enMeetingIssues, ...enDocumentIssues } }));

/** Builds an issue of the procedure from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);

/** Adds an issue of the procedure inside a zod check (its path relative to the value the check runs on). */
export const addIssue = /* @__PURE__ */ issueAdder(ISSUES);

/** The tables of the codes of its steps. */
const STEPS = /* @__PURE__ */ lazyTexts<ProcedureStepParams>(() => ({ vi: { ...viProcedureSteps }, en: { ...enProcedureSteps } }));

/** Builds a step of the procedure, with its message rendered from the tables and cited. */
export const step = /* @__PURE__ */ stepBuilder(STEPS);

/** A step's message in both languages (without its citation). */
export const stepMessage = /* @__PURE__ */ rendererOf(STEPS);

/** The tables of the codes of its labels. */
const TERMS = /* @__PURE__ */ lazyTexts<ProcedureTermParams>(() => ({ vi: { ...viProcedureTerms }, en: { ...enProcedureTerms } }));

/** A label in both languages. */
export const termText = /* @__PURE__ */ rendererOf(TERMS);
