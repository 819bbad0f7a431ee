// Which B1 cut-offs a standard has for an area, written once for the forms and the classifier. Private.
import type { Area } from "../types.js";
import { nationalById } from "./_national.js";
import type { AreaB1Cutoffs, PovertyStandard } from "./types.js";

/** Why a standard has no B1 cut-offs for an area. */
export type NoB1Cutoffs = "b1_cutoff_not_found" | "local_b1_cutoff_not_found";

/**
 * The B1 cut-offs of a standard for an area, or why there are none: the law's cut-offs were not found
 * (`b1_cutoff_not_found`, 2027–2030), or a local standard raised the area's income line without supplying its own
 * cut-offs, so that no B1 score is equated with the local line (`local_b1_cutoff_not_found`). A local standard that
 * supplied its own cut-offs for the area has them.
 */
export function b1CutoffsFor(standard: PovertyStandard, area: Area): AreaB1Cutoffs | NoB1Cutoffs {
  const b1 = standard.scoring.b1?.[area];
  const national = standard.scope === "local" && standard.layeredOn ? nationalById(standard.layeredOn.national) : undefined;
  const lineRaised = national !== undefined && national.incomeLines[area].incomeLine !== standard.incomeLines[area].incomeLine;
  if (!b1) return lineRaised ? "local_b1_cutoff_not_found" : "b1_cutoff_not_found";
  if (lineRaised && b1 === national.scoring.b1?.[area]) return "local_b1_cutoff_not_found";
  return b1;
}
