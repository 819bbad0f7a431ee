// The Vietnamese message table (bảng thông điệp tiếng Việt): every issue and step code, checked by the compiler.
import type { MessageTable } from "./codes.js";
import { viSchemaIssues, viStandardIssues, viStandardSteps } from "./vi/common.js";
import { viB1Steps, viB2Steps, viFormASteps, viFormIssues, viHouseholdIssues } from "./vi/forms.js";
import { viChanges, viClassifyIssues, viHouseholdSteps, viIncomeSteps, viLowIncomeWorkerSteps, viMiddleLivingSteps, viClassifyTerms } from "./vi/classify.js";
import { viMeetingIssues, viMeetingSteps, viProcedureIssues, viProcedureSteps, viProcedureTerms } from "./vi/procedure.js";
import { viCalendarIssues, viCalendarTerms } from "./vi/calendar.js";
import { viDocumentIssues } from "./vi/documents.js";

/** The Vietnamese texts. */
export const VI: MessageTable = {
  issues: { ...viSchemaIssues, ...viStandardIssues, ...viHouseholdIssues, ...viFormIssues, ...viClassifyIssues, ...viMeetingIssues, ...viProcedureIssues, ...viCalendarIssues,
    ...viDocumentIssues },
  terms: { ...viCalendarTerms, ...viProcedureTerms, ...viClassifyTerms },
  steps: {
    ...viStandardSteps,
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
  field: (path, body) => (path === "" ? `Dữ liệu đầu vào: ${body}` : `Trường "${path}": ${body}`),
};
