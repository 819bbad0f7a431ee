// Turns an exception from reading hostile input (a getter or Proxy trap that throws, a revoked Proxy) into the
// library's one error, so a throwing function throws nothing but PovertyError. Private.
import type { SafeResult } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { issue } from "./_messages.js";

/** Runs `body`; any exception that is not a {@link PovertyError} becomes one (`invalid_input`). */
export function guarded<T>(what: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof PovertyError) throw e;
    throw new PovertyError("invalid_input", `${what}: the input could not be read (a value that throws when read, or a revoked Proxy)`, { function: what }, [issue("invalid_union", [], { received: "object" })]);
  }
}

/** Runs a safe `body`; an exception becomes an issue, so a safe function never throws. */
export function guardedSafe<T>(body: () => SafeResult<T>): SafeResult<T> {
  try {
    return body();
  } catch (e) {
    if (e instanceof PovertyError && e.issues.length > 0) return { ok: false, issues: e.issues };
    return { ok: false, issues: [issue("invalid_union", [], { received: "object" })] };
  }
}
