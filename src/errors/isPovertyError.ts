import { POVERTY_ERROR_BRAND, PovertyError } from "./PovertyError.js";

/**
 * Whether a value is an error thrown by this library (lỗi của thư viện), from this copy of it or any other.
 *
 * @remarks
 * `instanceof PovertyError` is `false` for an error thrown by another copy of the library — the CommonJS build
 * when the app imported the ESM build (both load when one part of an app uses `require` and another `import`),
 * or a second version in `node_modules`. This check does not depend on the class: it accepts an `Error` whose
 * `name` is `"PovertyError"`, whose `code` is a string, and that carries the brand
 * `Symbol.for("vn-poverty.PovertyError")`, which every copy sets. Use it in `catch` blocks instead of
 * `instanceof`.
 *
 * @param e - any value, typically what a `catch` caught.
 * @returns `true` when `e` is a {@link PovertyError} of any copy of the library; the type narrows to it.
 * @example
 * ```ts
 * try {
 *   getStandard("2030-2035");
 * } catch (e) {
 *   if (isPovertyError(e)) e.code; //=> "unknown_standard"
 *   else throw e;
 * }
 * ```
 * @category Errors
 */
export function isPovertyError(e: unknown): e is PovertyError {
  if (typeof e !== "object" || e === null) return false;
  try {
    if (e instanceof PovertyError) return true;
    const o = e as { readonly name?: unknown; readonly code?: unknown; readonly [POVERTY_ERROR_BRAND]?: unknown };
    return o[POVERTY_ERROR_BRAND] === true && o.name === "PovertyError" && typeof o.code === "string";
  } catch {
    return false; // a Proxy whose traps throw, a getter that throws: not one of ours
  }
}
