import type { SafeResult } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import { toMovement } from "./_movement.js";
import type { MovementTally } from "./types.js";

/**
 * Reads movement counts back from JSON (đọc số liệu diễn biến đã lưu), checking their shape and that they
 * balance, or returns the issues.
 *
 * @remarks
 * A movement tally is plain JSON already (`JSON.stringify` writes it), so villages can send their movements to a
 * server and be merged there with {@link mergeMovements}. Reading one back checks the format tag, nine whole,
 * non-negative, safe-integer columns per table and measure, the identity 9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 and the
 * cross-links between the two tables ({@link checkMovementBalance}): a stored movement that does not balance is
 * refused, never turned into a table.
 *
 * @param json - the parsed JSON value.
 * @returns a fresh movement tally, or the issues (`invalid_type`, `invalid_value`, `unbalanced_movement`,
 *   `movement_cross_link`, …).
 * @example
 * ```ts
 * safeMovementFromJson(JSON.parse(JSON.stringify(emptyMovement()))).ok; //=> true
 * safeMovementFromJson({ format: "vn-poverty/movement@1" }).ok; //=> false
 * ```
 * @category Reports
 */
export function safeMovementFromJson(json: unknown): SafeResult<MovementTally> {
  return toMovement(json, [], true);
}

/**
 * Reads movement counts back from JSON (đọc số liệu diễn biến đã lưu); the throwing twin of
 * {@link safeMovementFromJson}.
 *
 * @param json - the parsed JSON value.
 * @returns the movement tally.
 * @throws {@link PovertyError} `"invalid_input"` with the issues.
 * @example
 * ```ts
 * movementFromJson(JSON.parse(JSON.stringify(emptyMovement()))).poor.households; //=> [0, 0, 0, 0, 0, 0, 0, 0, 0]
 * ```
 * @category Reports
 */
export function movementFromJson(json: unknown): MovementTally {
  return unwrap(safeMovementFromJson(json), "movementFromJson");
}
