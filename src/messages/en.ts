// The English message table: every issue and step code, checked by the compiler.
import type { MessageTable } from "./codes.js";
import { fieldEn } from "./field.js";
import { enSchemaIssues, enStandardIssues, enStandardSteps, enTransitionSteps } from "./en/common.js";
import { enB1Steps, enB2Steps, enFormASteps, enFormIssues, enFormTerms, enHouseholdIssues } from "./en/forms.js";
import { enChanges, enClassifyIssues, enHouseholdSteps, enIncomeSteps, enLowIncomeWorkerSteps, enMiddleLivingSteps, enClassifyTerms } from "./en/classify.js";
import { enMeetingIssues, enMeetingSteps, enProcedureIssues, enProcedureSteps, enProcedureTerms } from "./en/procedure.js";
import { enCalendarIssues, enCalendarTerms } from "./en/calendar.js";
import { enReformIssues, enReformTerms } from "./en/reform.js";
import { enDocumentIssues } from "./en/documents.js";
import { enReportIssues } from "./en/report.js";

/** The English texts. */
export const EN: MessageTable = {
  issues: { ...enSchemaIssues, ...enStandardIssues, ...enHouseholdIssues, ...enFormIssues, ...enClassifyIssues, ...enMeetingIssues, ...enProcedureIssues, ...enCalendarIssues, ...enReformIssues, ...enDocumentIssues, ...enReportIssues },
  terms: { ...enCalendarTerms, ...enProcedureTerms, ...enClassifyTerms, ...enFormTerms, ...enReformTerms },
  steps: {
    ...enStandardSteps,
    ...enTransitionSteps,
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
  field: fieldEn,
};
