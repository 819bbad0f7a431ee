// The Vietnamese message table (bảng thông điệp tiếng Việt): every issue and step code, checked by the compiler.
import type { MessageTable } from "./codes.js";
import { viSchemaIssues, viStandardIssues, viStandardSteps } from "./vi/common.js";
import { viB1Steps, viB2Steps, viFormASteps, viFormIssues, viHouseholdIssues } from "./vi/forms.js";
import { viChanges, viClassifyIssues, viHouseholdSteps, viIncomeSteps, viLowIncomeWorkerSteps, viMiddleLivingSteps } from "./vi/classify.js";
import { viMeetingIssues, viMeetingSteps, viProcedureIssues, viProcedureSteps } from "./vi/procedure.js";
import { viReportIssues } from "./vi/report.js";

/** The Vietnamese texts. */
export const VI: MessageTable = {
  issues: { ...viSchemaIssues, ...viStandardIssues, ...viHouseholdIssues, ...viFormIssues, ...viClassifyIssues, ...viMeetingIssues, ...viProcedureIssues, ...viReportIssues },
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
