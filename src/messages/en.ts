// The English message table: every issue and step code, checked by the compiler.
import type { MessageTable } from "./codes.js";
import { enSchemaIssues, enStandardIssues, enStandardSteps } from "./en/common.js";
import { enB1Steps, enB2Steps, enFormASteps, enFormIssues, enHouseholdIssues } from "./en/forms.js";
import { enChanges, enClassifyIssues, enHouseholdSteps, enIncomeSteps, enLowIncomeWorkerSteps, enMiddleLivingSteps } from "./en/classify.js";
import { enMeetingIssues, enMeetingSteps, enProcedureIssues, enProcedureSteps } from "./en/procedure.js";
import { enReportIssues } from "./en/report.js";

/** The English texts. */
export const EN: MessageTable = {
  issues: { ...enSchemaIssues, ...enStandardIssues, ...enHouseholdIssues, ...enFormIssues, ...enClassifyIssues, ...enMeetingIssues, ...enProcedureIssues, ...enReportIssues },
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
