import type { JsonValue, LocalizedText } from "../explain/types.js";

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

/** Reads a param as a number (for templates); NaN when it is not one. */
export function num(v: JsonValue | undefined): number {
  return typeof v === "number" ? v : typeof v === "string" ? Number(v) : Number.NaN;
}
