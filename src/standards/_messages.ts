// The messages of the standards: the builders of its issues and steps, bound to the tables of the codes this folder
// uses, so that a page loads only the texts of the functions it calls. Private to the library.
import type { FormIssueParams, SchemaIssueParams, StandardIssueParams, StandardStepParams, TransitionStepParams } from "../messages/codes.js";
import { lazyTexts } from "../messages/texts.js";
import { issueAdder, issueBuilder } from "../_lib/issues.js";
import { stepBuilder } from "../explain/_trace.js";
import { viSchemaIssues, viStandardIssues, viStandardSteps, viTransitionSteps } from "../messages/vi/common.js";
import { viFormIssues } from "../messages/vi/forms.js";
import { enSchemaIssues, enStandardIssues, enStandardSteps, enTransitionSteps } from "../messages/en/common.js";
import { enFormIssues } from "../messages/en/forms.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams & StandardIssueParams & FormIssueParams>(() => ({ vi: { ...viSchemaIssues, ...viStandardIssues, ...viFormIssues }, en: { ...enSchemaIssues, ...enStandardIssues, ...enFormIssues } }));

/** Builds an issue of the standards from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);

/** Adds an issue of the standards inside a zod check (its path relative to the value the check runs on). */
export const addIssue = /* @__PURE__ */ issueAdder(ISSUES);

/** The tables of the codes of its steps. */
const STEPS = /* @__PURE__ */ lazyTexts<StandardStepParams & TransitionStepParams>(() => ({ vi: { ...viStandardSteps, ...viTransitionSteps }, en: { ...enStandardSteps, ...enTransitionSteps } }));

/** Builds a step of the standards, with its message rendered from the tables and cited. */
export const step = /* @__PURE__ */ stepBuilder(STEPS);
