// Named re-exports of the report module.
export type {
  ReportClassKind,
  CauseOfPoverty,
  ChildDeprivation,
  TallyRecord,
  ClassCounts,
  SegmentCounts,
  SegmentKey,
  Tally,
  TallyLayout,
  TallyJson,
  SegmentJson,
  RejectedRecord,
  UnitTallies,
  UnitLevel,
  AdminUnit,
  Hierarchy,
  RejectedUnit,
  RolledUp,
  MovementStatus,
  MovementReason,
  MovementRecord,
  MovementColumns,
  MovementTally,
  Rate,
  ReportCell,
  ReportColumn,
  ReportRow,
  ReportTableId,
  ReportTable,
  UnitTally,
} from "./types.js";
export { CAUSES_OF_POVERTY, CHILD_DEPRIVATIONS } from "./constants.js";
export { emptyTally, type TallyOptions } from "./emptyTally.js";
export { addToTally, checkTallyRecord, MAX_PERSONS } from "./addToTally.js";
export { mergeTallies, safeMergeTallies } from "./mergeTallies.js";
export { tallyToJson, tallyFromJson, safeTallyFromJson, type TallyFromJsonOptions } from "./tallyJson.js";
export { tallyRecords, tallyRecordsAsync, type TallyRecordsOptions } from "./tallyRecords.js";
export { buildHierarchy, safeBuildHierarchy } from "./buildHierarchy.js";
export { rollUpTallies, remapUnits, safeRemapUnits, type RollUpOptions } from "./rollUpTallies.js";
export { computeRate, rateChange } from "./computeRate.js";
export {
  emptyMovement,
  addMovement,
  tallyMovements,
  mergeMovements,
  rollUpMovements,
  checkMovementBalance,
  type UnitMovements,
} from "./movement.js";
export { unitRows, summaryTable, deprivationTable, breakdownTable, poorByBasisTable, type TableOptions, type Breakdown } from "./reportTables.js";
export { movementTables, type UnitMovement, type MovementTablesOutcome } from "./movementTables.js";
export { compareTallies, yearOnYearTable, type ClassChange, type ClassComparison, type TallyComparison, type UnitComparison } from "./yearOnYear.js";
export { renderCsv, renderText, renderHtml, type RenderTextOptions, type CsvOptions } from "./render.js";
export { tallyRecordFromDecision, type TallyRecordFacts, type ClassDecisionLike } from "./tallyRecordFromDecision.js";
export { movementFromJson, safeMovementFromJson } from "./movementJson.js";
export { classifyAndTally, classifyAndTallyAsync, startClassifyAndTally, type ClassifyAndTallyRun, type HouseholdReportInput } from "./classifyAndTally.js";
export { classifyAndTallyColumns, type HouseholdColumns, type IntegerColumn } from "./classifyAndTallyColumns.js";
