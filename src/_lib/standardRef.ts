import * as z from "zod";
import type { SafeResult } from "../errors/Issue.js";
import { STANDARDS } from "../standards/STANDARDS.js";
import type { PovertyStandard } from "../standards/types.js";
import { addDomainIssue, makeIssue } from "./issues.js";
import type { MessageParams, MessageTemplate } from "./messages.js";

const KNOWN = new WeakSet<object>(STANDARDS as readonly object[]);

/** Marks a standard object as built by the library (national data, or a validated local layer). */
export function registerStandard(s: PovertyStandard): void {
  KNOWN.add(s);
}

const UNKNOWN: MessageTemplate = {
  vi: (p: MessageParams) => `không có chuẩn nghèo mã "${String(p["id"])}" (các mã hợp lệ: ${String(p["known"])}).`,
  en: (p: MessageParams) => `no poverty standard has the id "${String(p["id"])}" (known ids: ${String(p["known"])}).`,
};
const NOT_BUILT: MessageTemplate = {
  vi: () => "chuẩn nghèo phải là mã chuẩn (ví dụ \"2021-2025\") hoặc đối tượng do getStandard/layerLocalStandard trả về.",
  en: () => 'the standard must be an id (e.g. "2021-2025") or an object returned by getStandard/layerLocalStandard.',
};

type Resolution =
  | { readonly ok: true; readonly value: PovertyStandard }
  | { readonly ok: false; readonly code: string; readonly template: MessageTemplate; readonly params: MessageParams };

function resolve(ref: unknown): Resolution {
  if (typeof ref === "string") {
    const s = STANDARDS.find((x) => x.id === ref);
    return s ? { ok: true, value: s } : { ok: false, code: "unknown_standard", template: UNKNOWN, params: { id: ref, known: STANDARDS.map((x) => x.id).join(", ") } };
  }
  if (typeof ref === "object" && ref !== null && KNOWN.has(ref)) return { ok: true, value: ref as PovertyStandard };
  return { ok: false, code: "invalid_standard", template: NOT_BUILT, params: {} };
}

/** Resolves a standard given as an id or as a standard object the library built. */
export function resolveStandardRef(ref: unknown, path: readonly (string | number)[]): SafeResult<PovertyStandard> {
  const r = resolve(ref);
  return r.ok ? r : { ok: false, issues: [makeIssue(r.code, path, r.template, r.params)] };
}

/**
 * The schema of a `standard` field: an id or a standard object the library built, parsed into the standard
 * itself. Its issues (`unknown_standard`, `invalid_standard`) come with the input's other issues.
 */
export const standardRefSchema: z.ZodType<PovertyStandard, unknown> = z.unknown().transform((ref, ctx) => {
  const r = resolve(ref);
  if (r.ok) return r.value;
  addDomainIssue(ctx, r.code, [], r.template, r.params);
  return z.NEVER;
});
