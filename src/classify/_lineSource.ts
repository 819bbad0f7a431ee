// Which standard supplied a line: a local standard, or the national one under it. Private.
import type { Area } from "../types.js";
import type { PovertyStandard } from "../standards/types.js";
import { nationalById } from "../standards/_national.js";

/** The id of the standard that supplied an area's line (a local standard's own, or its national one's). */
export function lineSource(standard: PovertyStandard, area: Area, key: "incomeLine" | "poorByIncomeLine"): string {
  if (standard.scope !== "local" || !standard.layeredOn) return standard.id;
  const n = nationalById(standard.layeredOn.national)?.incomeLines[area][key];
  return n !== undefined && n === standard.incomeLines[area][key] ? standard.layeredOn.national : standard.id;
}
