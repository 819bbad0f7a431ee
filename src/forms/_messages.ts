// The messages of the forms: the builders of its issues, steps and labels, bound to the tables of the codes this folder
// uses, so that a page loads only the texts of the functions it calls. Private to the library.
import type { B1StepParams, B2StepParams, FormAStepParams, FormIssueParams, FormTermParams, HouseholdIssueParams, SchemaIssueParams, StandardIssueParams } from "../messages/codes.js";
import { lazyTexts, rendererOf } from "../messages/texts.js";
import { issueAdder, issueBuilder } from "../_lib/issues.js";
import { stepBuilder } from "../explain/_trace.js";
import { viSchemaIssues, viStandardIssues } from "../messages/vi/common.js";
import { viHouseholdIssues, viFormIssues, viFormASteps, viB1Steps, viB2Steps, viFormTerms } from "../messages/vi/forms.js";
import { enSchemaIssues, enStandardIssues } from "../messages/en/common.js";
import { enHouseholdIssues, enFormIssues, enFormASteps, enB1Steps, enB2Steps, enFormTerms } from "../messages/en/forms.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams & StandardIssueParams & HouseholdIssueParams & FormIssueParams>(() => ({ vi: { ...viSchemaIssues, ...viStandardIssues, ...viHouseholdIssues, ...viFormIssues }, en: { ...enSchemaIssues, ...enStandardIssues, ...enHouseholdIssues, ...enFormIssues } }));

/** Builds an issue of the forms from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);

/** Adds an issue of the forms inside a zod check (its path relative to the value the check runs on). */
export const addIssue = /* @__PURE__ */ issueAdder(ISSUES);

/** The tables of the codes of its steps. */
const STEPS = /* @__PURE__ */ lazyTexts<FormAStepParams & B1StepParams & B2StepParams>(() => ({ vi: { ...viFormASteps, ...viB1Steps, ...viB2Steps }, en: { ...enFormASteps, ...enB1Steps, ...enB2Steps } }));

/** Builds a step of the forms, with its message rendered from the tables and cited. */
export const step = /* @__PURE__ */ stepBuilder(STEPS);

/** The tables of the codes of its labels. */
const TERMS = /* @__PURE__ */ lazyTexts<FormTermParams>(() => ({ vi: { ...viFormTerms }, en: { ...enFormTerms } }));

/** A label in both languages. */
export const termText = /* @__PURE__ */ rendererOf(TERMS);
