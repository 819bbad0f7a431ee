// Small helpers for tests that read issues and errors, shared so that each test file does not write them again.
import { PovertyError } from "../../src/errors/PovertyError.js";

/** One param of an issue, read by name (the params are a union per code). */
export const param = (i: { readonly params?: unknown } | undefined, k: string): unknown => (i?.params as { readonly [k: string]: unknown } | undefined)?.[k];

/** The PovertyError that `f` throws; fails the test when it throws nothing or something else. */
export function caught(f: () => unknown): PovertyError {
  try {
    f();
  } catch (e) {
    if (e instanceof PovertyError) return e;
    throw e;
  }
  throw new Error("expected a PovertyError");
}
