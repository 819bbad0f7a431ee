// The messages of the household model: the builders of its issues, bound to the tables of the codes this folder uses,
// so that a page loads only the texts of the functions it calls. Private to the library.
import type { HouseholdIssueParams, SchemaIssueParams } from "../messages/codes.js";
import { lazyTexts } from "../messages/texts.js";
import { issueAdder, issueBuilder } from "../_lib/issues.js";
import { viSchemaIssues } from "../messages/vi/common.js";
import { viHouseholdIssues } from "../messages/vi/forms.js";
import { enSchemaIssues } from "../messages/en/common.js";
import { enHouseholdIssues } from "../messages/en/forms.js";

/** The tables of the codes of its issues. */
const ISSUES = /* @__PURE__ */ lazyTexts<SchemaIssueParams & HouseholdIssueParams>(() => ({ vi: { ...viSchemaIssues, ...viHouseholdIssues }, en: { ...enSchemaIssues, ...enHouseholdIssues } }));

/** Builds an issue of the household model from its code, path and typed params, with its message in both languages. */
export const issue = /* @__PURE__ */ issueBuilder(ISSUES);

/** Adds an issue of the household model inside a zod check (its path relative to the value the check runs on). */
export const addIssue = /* @__PURE__ */ issueAdder(ISSUES);
