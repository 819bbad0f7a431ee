// Tallies too large to build from records, read back from JSON as a caller's stored totals would be.
import { emptyTally } from "../../src/report/emptyTally.js";
import { tallyFromJson, tallyToJson } from "../../src/report/tallyJson.js";
import type { Tally } from "../../src/report/types.js";

/**
 * A valid 2021–2025 tally read from JSON with `total` households and as many persons, `poor` of them poor (no
 * deprivations recorded) and the rest not poor.
 */
export function tallyWithTotals(total: number, poor = 0): Tally {
  const j = tallyToJson(emptyTally("2021-2025")) as unknown as { households: number[]; persons: number[] };
  j.households = [total, poor, 0, 0, 0, total - poor, 0];
  j.persons = [total, poor, 0, 0, 0, total - poor, 0];
  return tallyFromJson(j);
}
