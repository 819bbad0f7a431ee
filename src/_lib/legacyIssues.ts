// Transitional: the message helpers of the modules not yet moved to the typed catalogue (calendar, report).
// Removed when they move.
import type * as z from "zod/mini";
import type { JsonValue, LocalizedText, Path } from "../types.js";
import { formatPath } from "../messages/format.js";
import type { LegacyIssue } from "../errors/Issue.js";

/** The values a message is built from. */
export type MessageParams = { readonly [key: string]: JsonValue };

/** One message in both languages, built from its params. */
export interface MessageTemplate<P extends MessageParams = MessageParams> {
  readonly vi: (p: P) => string;
  readonly en: (p: P) => string;
}

/** Renders a template into both languages. */
export function render<P extends MessageParams>(t: MessageTemplate<P>, params: P): LocalizedText {
  return { vi: t.vi(params), en: t.en(params) };
}

/** Reads a param as a string (for templates). */
export function str(v: JsonValue | undefined): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

/** Prefixes a message with the field it is about. */
export function withField(path: Path, text: LocalizedText): LocalizedText {
  const p = formatPath(path);
  return p === "" ? { vi: `Dữ liệu đầu vào: ${text.vi}`, en: `Input: ${text.en}` } : { vi: `Trường "${p}": ${text.vi}`, en: `Field "${p}": ${text.en}` };
}

/** Builds an issue from a message template. */
export function makeIssue<P extends MessageParams>(code: string, path: Path, template: MessageTemplate<P>, params: P): LegacyIssue {
  return { code, path: [...path], params, message: withField(path, render(template, params)) };
}

const CUSTOM = "vn-poverty.legacy";

/** Adds an issue inside a zod check; unpacked by the library's issue conversion. */
export function addDomainIssue<P extends MessageParams>(
  ctx: { readonly addIssue?: (issue: never) => void; readonly issues?: unknown[] },
  code: string,
  path: Path,
  template: MessageTemplate<P>,
  params: P,
): void {
  const raw = { code: "custom", path: [...path], message: code, input: undefined, params: { [CUSTOM]: { code, params, text: render(template, params) } } };
  if (typeof ctx.addIssue === "function") ctx.addIssue(raw as never);
  else ctx.issues?.push(raw);
}

/** Unpacks a legacy issue added by {@link addDomainIssue}, if this zod issue is one. */
export function legacyFromZod(zi: z.core.$ZodIssue, path: Path): LegacyIssue | undefined {
  if (zi.code !== "custom") return undefined;
  const p = (zi.params as { readonly [CUSTOM]?: { code: string; params: MessageParams; text: LocalizedText } } | undefined)?.[CUSTOM];
  return p === undefined ? undefined : { code: p.code, path: [...path], params: p.params, message: withField(path, p.text) };
}
