// The Vietnamese message table (bảng thông điệp tiếng Việt): every issue and step code, checked by the compiler.
import type { MessageTable } from "./codes.js";
import { fieldVi } from "./field.js";
import { viSchemaIssues, viStandardIssues, viStandardSteps, viTransitionSteps } from "./vi/common.js";
import { viB1Steps, viB2Steps, viFormASteps, viFormIssues, viFormTerms, viHouseholdIssues } from "./vi/forms.js";
import { viChanges, viClassifyIssues, viHouseholdSteps, viIncomeSteps, viLowIncomeWorkerSteps, viMiddleLivingSteps, viClassifyTerms } from "./vi/classify.js";
import { viMeetingIssues, viMeetingSteps, viProcedureIssues, viProcedureSteps, viProcedureTerms } from "./vi/procedure.js";
import { viCalendarIssues, viCalendarTerms } from "./vi/calendar.js";
import { viReformIssues, viReformTerms } from "./vi/reform.js";
import { viDocumentIssues } from "./vi/documents.js";
import { viReportIssues } from "./vi/report.js";

/** The Vietnamese texts. */
export const VI: MessageTable = {
  issues: { ...viSchemaIssues, ...viStandardIssues, ...viHouseholdIssues, ...viFormIssues, ...viClassifyIssues, ...viMeetingIssues, ...viProcedureIssues, ...viCalendarIssues, ...viReformIssues, ...viDocumentIssues, ...viReportIssues },
  terms: { ...viCalendarTerms, ...viProcedureTerms, ...viClassifyTerms, ...viFormTerms, ...viReformTerms },
  steps: {
    ...viStandardSteps,
    ...viTransitionSteps,
    ...viFormASteps,
    ...viB1Steps,
    ...viB2Steps,
    ...viIncomeSteps,
    ...viHouseholdSteps,
    ...viChanges,
    ...viMiddleLivingSteps,
    ...viLowIncomeWorkerSteps,
    ...viMeetingSteps,
    ...viProcedureSteps,
  },
  field: fieldVi,
};
