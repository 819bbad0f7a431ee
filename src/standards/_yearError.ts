// The error for a year no standard governs, written once for standardForYear and standardForListYear. Private.
import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { describeValue } from "../messages/format.js";

/**
 * The `no_standard_for_year` error (with the issues) when the first issue says no standard governs the year;
 * undefined for any other issue, which each caller reports its own way.
 */
export function noStandardForYearError(issues: readonly Issue[], year: unknown): PovertyError | undefined {
  const first = issues[0];
  return first?.code === "no_standard_for_year" ? new PovertyError("no_standard_for_year", first.message.en, { year: describeValue(year) }, issues) : undefined;
}
