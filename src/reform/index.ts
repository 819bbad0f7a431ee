// Named re-exports of the reform impact module: the same households under two standards.
export { REFORM_CLASSES, type ReformClassKey, type TransitionCells, type ReformHousehold, type ReformImpact, type ReformChange, type RejectedReformHousehold } from "./types.js";
export { reformImpact, safeReformImpact, type ReformImpactInput, type ReformImpactResult } from "./reformImpact.js";
export { mergeReformImpacts, safeMergeReformImpacts, reformImpactFromJson, safeReformImpactFromJson } from "./mergeReformImpacts.js";
export { reformImpactTable, reformMatrixTable, type UnitReformImpact } from "./reformImpactTables.js";
