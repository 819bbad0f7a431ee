// The messages of the classifiers: the builders of its issues, steps and labels, bound to the tables of the codes this
// folder uses, so that a page loads only the texts of the functions it calls. Private to the library.
import type { ChangeParams, ClassifyIssueParams, ClassifyTermParams, HouseholdStepParams, IncomeStepParams, LowIncomeWorkerStepParams, MiddleLivingStepParams, SchemaIssueParams, StandardIssueParams } from "../messages/codes.js";
import { lazyTexts, messageFnsOf, rendererOf } from "../messages/texts.js";
import { issueAdder, issueBuilder } from "../_lib/issues.js";
import { stepBuilder } from "../explain/_trace.js";
import { viSchemaIssues, viStandardIssues } from "../messages/vi/common.js";
import { viClassifyIssues, viIncomeSteps, viHouseholdSteps, viChanges, viMiddleLivingSteps, viLowIncomeWorkerSteps, viClassifyTerms } from "../messages/vi/classify.js";
import { enSchemaIssues, enStandardIssues } from "../messages/en/common.js";
import { enClassifyIssues, enIncomeSteps, enHouseholdSteps, enChanges, enMiddleLivingSteps, enLowIncomeWorkerSteps, enClassifyTerms } from "../messages/en/classify.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams & StandardIssueParams & ClassifyIssueParams>(() => ({ vi: { ...viSchemaIssues, ...viStandardIssues, ...viClassifyIssues }, en: { ...enSchemaIssues, ...enStandardIssues, ...enClassifyIssues } }));

/** Builds an issue of the classifiers from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);

/** Adds an issue of the classifiers inside a zod check (its path relative to the value the check runs on). */
export const addIssue = /* @__PURE__ */ issueAdder(ISSUES);

/** The tables of the codes of its steps. */
const STEPS = /* @__PURE__ */ lazyTexts<IncomeStepParams & HouseholdStepParams & ChangeParams>(() => ({ vi: { ...viIncomeSteps, ...viHouseholdSteps, ...viChanges }, en: { ...enIncomeSteps, ...enHouseholdSteps, ...enChanges } }));

/** Builds a step of the classifiers, with its message rendered from the tables and cited. */
export const step = /* @__PURE__ */ stepBuilder(STEPS);

/** The tables of the codes of the steps of the classifiers from 12-month income (middle-living households, low-income workers). */
const TWELVE_MONTH_STEPS = /* @__PURE__ */ lazyTexts<IncomeStepParams & MiddleLivingStepParams & LowIncomeWorkerStepParams>(() => ({
  vi: { ...viIncomeSteps, ...viMiddleLivingSteps, ...viLowIncomeWorkerSteps },
  en: { ...enIncomeSteps, ...enMiddleLivingSteps, ...enLowIncomeWorkerSteps },
}));

/** Builds a step of the classifiers from 12-month income, with its message rendered from the tables and cited. */
export const twelveMonthStep = /* @__PURE__ */ stepBuilder(TWELVE_MONTH_STEPS);

/** A step's message in both languages (without its citation). */
export const stepMessage = /* @__PURE__ */ rendererOf(STEPS);

/** The tables of the codes of the income rule's steps alone (classifyByIncome: a page that only classifies by income loads no other step texts). */
const INCOME_STEPS = /* @__PURE__ */ lazyTexts<IncomeStepParams>(() => ({ vi: viIncomeSteps, en: enIncomeSteps }));

/** Builds a step of the income rule, with its message rendered from the tables and cited. */
export const incomeStep = /* @__PURE__ */ stepBuilder(INCOME_STEPS);

/** Looks up the two message functions of an income rule's step code once (for a hot call site to call them directly). */
export const incomeStepMessageFns = /* @__PURE__ */ messageFnsOf(INCOME_STEPS);

/** The tables of the codes of its labels. */
const TERMS = /* @__PURE__ */ lazyTexts<ClassifyTermParams>(() => ({ vi: { ...viClassifyTerms }, en: { ...enClassifyTerms } }));

/** A label in both languages. */
export const termText = /* @__PURE__ */ rendererOf(TERMS);
