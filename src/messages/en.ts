// The English message table: every issue and step code, checked by the compiler.
import type { MessageTable } from "./codes.js";
import { enSchemaIssues, enStandardIssues, enStandardSteps } from "./en/common.js";
import { enB1Steps, enB2Steps, enFormASteps, enFormIssues, enHouseholdIssues } from "./en/forms.js";
import { enChanges, enClassifyIssues, enHouseholdSteps, enIncomeSteps, enLowIncomeWorkerSteps, enMiddleLivingSteps, enClassifyTerms } from "./en/classify.js";
import { enMeetingIssues, enMeetingSteps, enProcedureIssues, enProcedureSteps, enProcedureTerms } from "./en/procedure.js";
import { enCalendarIssues, enCalendarTerms } from "./en/calendar.js";
import { enDocumentIssues } from "./en/documents.js";

/** The English texts. */
export const EN: MessageTable = {
  issues: { ...enSchemaIssues, ...enStandardIssues, ...enHouseholdIssues, ...enFormIssues, ...enClassifyIssues, ...enMeetingIssues, ...enProcedureIssues, ...enCalendarIssues,
    ...enDocumentIssues },
  terms: { ...enCalendarTerms, ...enProcedureTerms, ...enClassifyTerms },
  steps: {
    ...enStandardSteps,
    ...enFormASteps,
    ...enB1Steps,
    ...enB2Steps,
    ...enIncomeSteps,
    ...enHouseholdSteps,
    ...enChanges,
    ...enMiddleLivingSteps,
    ...enLowIncomeWorkerSteps,
    ...enMeetingSteps,
    ...enProcedureSteps,
  },
  field: (path, body) => (path === "" ? `Input: ${body}` : `Field "${path}": ${body}`),
};
