// Message tables bound per domain: each folder that writes messages binds the few tables its codes come from, so
// that a page loads only the texts of the functions it uses (the global tables ./vi.ts and ./en.ts hold every
// domain's texts, for the functions that render any code).
import type { LocalizedText } from "../types.js";

/** The message functions of one language for a set of codes: one per code, typed by its params. */
export type TextTable<P> = { readonly [K in keyof P]: (p: P[K]) => string };

/** The message functions of a set of codes in both languages. */
export interface Texts<P> {
  readonly vi: TextTable<P>;
  readonly en: TextTable<P>;
}

/** The two message functions of one code (for a hot call site to look them up once and call them directly). */
export interface MessageFns<Params> {
  readonly vi: (p: Params) => string;
  readonly en: (p: Params) => string;
}

/**
 * Tables merged on first use: `build` spreads the domain's tables and runs once, when a message is first rendered,
 * so that binding tables has no effect at load (a bundler drops a binding nobody calls).
 */
export function lazyTexts<P>(build: () => Texts<P>): () => Texts<P> {
  let texts: Texts<P> | undefined;
  return () => (texts ??= build());
}

/** A renderer of the codes of bound tables: a code and its params to the message in both languages. */
export function rendererOf<P>(texts: () => Texts<P>): <K extends keyof P>(key: K, params: P[K]) => LocalizedText {
  return (key, params) => {
    const t = texts();
    return { vi: t.vi[key](params), en: t.en[key](params) };
  };
}

/** A lookup of the two message functions of a code of bound tables (once, for a hot call site). */
export function messageFnsOf<P>(texts: () => Texts<P>): <K extends keyof P>(key: K) => MessageFns<P[K]> {
  return (key) => {
    const t = texts();
    return { vi: t.vi[key], en: t.en[key] };
  };
}
