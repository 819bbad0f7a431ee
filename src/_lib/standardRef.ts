import type { Issue, SafeResult } from "../errors/Issue.js";
import { STANDARDS } from "../standards/STANDARDS.js";
import type { PovertyStandard } from "../standards/types.js";
import { makeIssue } from "./issues.js";

const KNOWN = new WeakSet<object>(STANDARDS as readonly object[]);

/** Marks a standard object as built by the library (national data, or a validated local layer). */
export function registerStandard(s: PovertyStandard): void {
  KNOWN.add(s);
}

const UNKNOWN = {
  vi: (p: { id: string; known: string }) => `không có chuẩn nghèo mã "${p.id}" (các mã hợp lệ: ${p.known}).`,
  en: (p: { id: string; known: string }) => `no poverty standard has the id "${p.id}" (known ids: ${p.known}).`,
};
const NOT_BUILT = {
  vi: () => "chuẩn nghèo phải là mã chuẩn (ví dụ \"2021-2025\") hoặc đối tượng do getStandard/layerLocalStandard trả về.",
  en: () => 'the standard must be an id (e.g. "2021-2025") or an object returned by getStandard/layerLocalStandard.',
};

/** Resolves a standard given as an id or as a standard object the library built. */
export function resolveStandardRef(ref: unknown, path: readonly (string | number)[]): SafeResult<PovertyStandard> {
  if (typeof ref === "string") {
    const s = STANDARDS.find((x) => x.id === ref);
    if (s) return { ok: true, value: s };
    return { ok: false, issues: [makeIssue("unknown_standard", path, UNKNOWN, { id: ref, known: STANDARDS.map((x) => x.id).join(", ") })] };
  }
  if (typeof ref === "object" && ref !== null && KNOWN.has(ref)) return { ok: true, value: ref as PovertyStandard };
  const issues: Issue[] = [makeIssue("invalid_standard", path, NOT_BUILT, {})];
  return { ok: false, issues };
}
