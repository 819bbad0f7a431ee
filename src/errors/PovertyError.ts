import type { JsonValue } from "../types.js";
import type { Issue } from "./Issue.js";

/**
 * The brand every {@link PovertyError} carries, shared by every copy of the library through the global symbol
 * registry; {@link isPovertyError} checks it.
 *
 * @internal
 */
export const POVERTY_ERROR_BRAND: unique symbol = Symbol.for("vn-poverty.PovertyError");

/**
 * The codes a {@link PovertyError} carries (mã lỗi).
 *
 * @remarks
 * - `invalid_input`: a throwing function got input that its `safe…` twin would have returned as issues; the
 *   issues are on the error.
 * - `unknown_standard`: no standard has the id asked for.
 * - `no_standard_for_year`: no standard governs the year asked for.
 * - `invalid_standard`: a standard (or a local standard layered on one) is malformed.
 * - `not_supported`: the operation needs a legal value the standard does not have (for example a B1 cut-off
 *   that was never sourced).
 *
 * @example
 * ```ts
 * const code: PovertyErrorCode = "unknown_standard";
 * ```
 * @category Errors
 */
export type PovertyErrorCode =
  | "invalid_input"
  | "unknown_standard"
  | "no_standard_for_year"
  | "invalid_standard"
  | "not_supported";

/**
 * The one error class the library throws (lỗi của thư viện), for programmer errors and for the throwing variants
 * of validated functions. Domain outcomes ("not poor", "undetermined", "review again") are values, never errors.
 *
 * @remarks
 * Match on `code`, never on the message. When thrown for bad input, `issues` holds the same issues the `safe…`
 * variant would have returned. When the error wraps another, the other is its `cause` (ES2022 error cause).
 *
 * Recognise it with {@link isPovertyError} rather than `instanceof`: an app can load two copies of the library
 * (the ESM and the CommonJS build, or two versions), and an error thrown by one copy is not an `instanceof` the
 * other copy's class. Every instance carries the brand `Symbol.for("vn-poverty.PovertyError")`, which all copies
 * share.
 *
 * @example
 * ```ts
 * try { getStandard("2030-2035"); } catch (e) { if (isPovertyError(e)) e.code; } //=> "unknown_standard"
 * ```
 * @category Errors
 */
export class PovertyError extends Error {
  /** What went wrong, stable across versions. */
  readonly code: PovertyErrorCode;
  /** Context for the error (plain JSON). */
  readonly details: { readonly [key: string]: JsonValue };
  /** The input issues, when `code` is `"invalid_input"`. */
  readonly issues: readonly Issue[];

  /**
   * Creates the error.
   *
   * @param code - what went wrong.
   * @param message - an English message for logs (Vietnamese messages are on the issues).
   * @param details - context, as plain JSON.
   * @param issues - the input issues, for `invalid_input`.
   * @param options - `cause`: the error this one wraps (ES2022 error cause), kept as the error's `cause`.
   */
  constructor(
    code: PovertyErrorCode,
    message: string,
    details: { readonly [key: string]: JsonValue } = {},
    issues: readonly Issue[] = [],
    options?: { readonly cause?: unknown },
  ) {
    super(message, options !== undefined && "cause" in options ? { cause: options.cause } : undefined);
    this.name = "PovertyError";
    Object.defineProperty(this, POVERTY_ERROR_BRAND, { value: true, enumerable: false });
    this.code = code;
    this.details = details;
    this.issues = issues;
  }
}
