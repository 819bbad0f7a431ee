import { PovertyError } from "../errors/PovertyError.js";
import { toJson } from "../_lib/issues.js";
import { STANDARDS } from "./STANDARDS.js";
import type { PovertyStandard } from "./types.js";
import { issue } from "./_messages.js";

/**
 * Returns the national poverty standard (chuẩn nghèo) with the given id.
 *
 * @param id - `"2016-2020"`, `"2021-2025"` or `"2027-2030"`.
 * @returns the standard's data, with every value's citation and certainty.
 * @throws {@link PovertyError} with code `"unknown_standard"` when no standard has that id; `"invalid_input"` when
 * `id` is not a string.
 * @example
 * ```ts
 * getStandard("2021-2025").incomeLines.rural.incomeLine.value; //=> 1500000
 * ```
 * @category Standards
 */
export function getStandard(id: string): PovertyStandard {
  if (typeof id !== "string") {
    throw new PovertyError("invalid_input", "getStandard needs a standard id (a string)", { function: "getStandard" }, [issue("invalid_type", ["id"], { expected: "string", received: toJson(id) })]);
  }
  const s = findStandard(id);
  if (!s) {
    throw new PovertyError("unknown_standard", `No poverty standard has the id "${id}"; known: ${STANDARDS.map((x) => x.id).join(", ")}`, {
      id,
      known: STANDARDS.map((x) => x.id),
    });
  }
  return s;
}

/**
 * Returns the national standard with the given id, or `undefined` (tìm chuẩn nghèo theo mã).
 *
 * @param id - a standard id.
 * @returns the standard, or `undefined` when there is none (or `id` is not a string).
 * @example
 * ```ts
 * findStandard("2030-2035"); //=> undefined
 * ```
 * @category Standards
 */
export function findStandard(id: string): PovertyStandard | undefined {
  return typeof id === "string" ? STANDARDS.find((s) => s.id === id) : undefined;
}
