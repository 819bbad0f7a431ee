// The messages of the calendar: the builders of its issues and labels, bound to the tables of the codes this folder
// uses, so that a page loads only the texts of the functions it calls. Private to the library.
import type { CalendarIssueParams, CalendarTermParams, SchemaIssueParams } from "../messages/codes.js";
import { lazyTexts, rendererOf } from "../messages/texts.js";
import { issueAdder, issueBuilder } from "../_lib/issues.js";
import { viSchemaIssues } from "../messages/vi/common.js";
import { viCalendarIssues, viCalendarTerms } from "../messages/vi/calendar.js";
import { enSchemaIssues } from "../messages/en/common.js";
import { enCalendarIssues, enCalendarTerms } from "../messages/en/calendar.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams & CalendarIssueParams>(() => ({ vi: { ...viSchemaIssues, ...viCalendarIssues }, en: { ...enSchemaIssues, ...enCalendarIssues } }));

/** Builds an issue of the calendar from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);

/** Adds an issue of the calendar inside a zod check (its path relative to the value the check runs on). */
export const addIssue = /* @__PURE__ */ issueAdder(ISSUES);

/** The tables of the codes of its labels. */
const TERMS = /* @__PURE__ */ lazyTexts<CalendarTermParams>(() => ({ vi: { ...viCalendarTerms }, en: { ...enCalendarTerms } }));

/** A label in both languages. */
export const termText = /* @__PURE__ */ rendererOf(TERMS);
