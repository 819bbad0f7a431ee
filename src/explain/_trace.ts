// Builds explanation steps from the message tables, and records a decision's steps and the legal values it read.
// Private to the library.
import type { Certainty, Citation, JsonValue, LegalValue, LocalizedText } from "../types.js";
import type { StepCode, StepParams } from "../messages/codes.js";
import type { Texts } from "../messages/texts.js";
import { citationText } from "../messages/format.js";
import type { Explanation, ExplanationStep, StepOf, ValueRead } from "./types.js";

const ORDER: Record<Certainty, number> = { confirmed: 0, seed: 1, uncertain: 2 };

/** The weaker of two certainties. */
export function weakest(a: Certainty, b: Certainty): Certainty {
  return ORDER[a] >= ORDER[b] ? a : b;
}

const CITED = new WeakMap<Citation, LocalizedText>();

/** A citation as text in both languages, formatted once per citation object. */
export function citationTexts(c: Citation): LocalizedText {
  let t = CITED.get(c);
  if (t === undefined) {
    t = { vi: citationText(c, "vi"), en: citationText(c, "en") };
    CITED.set(c, t);
  }
  return t;
}

/** Appends the citations to a message: "… (Nghị định 07/2021/NĐ-CP, Điều 3)". */
export function cite(text: LocalizedText, citations: readonly Citation[]): LocalizedText {
  if (citations.length === 0) return text;
  if (citations.length === 1) {
    const c = citationTexts(citations[0] as Citation);
    return { vi: `${text.vi} (${c.vi})`, en: `${text.en} (${c.en})` };
  }
  let vi = "";
  let en = "";
  for (let i = 0; i < citations.length; i++) {
    const c = citationTexts(citations[i] as Citation);
    vi += i === 0 ? c.vi : `; ${c.vi}`;
    en += i === 0 ? c.en : `; ${c.en}`;
  }
  return { vi: `${text.vi} (${vi})`, en: `${text.en} (${en})` };
}

/** A step under construction. */
export interface StepInput<C extends StepCode> {
  readonly rule: string;
  readonly code: C;
  readonly params: StepParams[C];
  readonly result: boolean | string;
  readonly actual?: JsonValue | undefined;
  readonly expected?: JsonValue | undefined;
  readonly citations?: readonly Citation[] | undefined;
  readonly status?: Certainty | undefined;
  readonly children?: readonly ExplanationStep[] | undefined;
  /** The message already rendered from the tables (a hot call site looks its functions up once); else rendered here. */
  readonly text?: LocalizedText | undefined;
}

const NO_CITATIONS: readonly Citation[] = Object.freeze([]);

/**
 * Builds a step, with its message rendered from the tables and cited; a folder binds it to the tables of its codes
 * ({@link stepBuilder}), so only codes of those tables are accepted.
 */
export type BoundStep<P> = <C extends keyof P & StepCode>(s: StepInput<C>) => ExplanationStep;

/** Binds the step builder to a folder's tables (call it with a pure annotation, so that a bundler drops an unused binding). */
export function stepBuilder<P>(texts: () => Texts<P>): BoundStep<P> {
  return (s) => {
    if (s.text !== undefined) return makeStep(s, s.text);
    const t = texts();
    const vi = t.vi[s.code] as unknown as (p: typeof s.params) => string;
    const en = t.en[s.code] as unknown as (p: typeof s.params) => string;
    return makeStep(s, { vi: vi(s.params), en: en(s.params) });
  };
}

/** A step with its message (rendered, not yet cited). */
function makeStep<C extends StepCode>(s: StepInput<C>, text: LocalizedText): ExplanationStep {
  const citations = s.citations ?? NO_CITATIONS;
  const out: { -readonly [K in keyof StepOf<C>]: StepOf<C>[K] } = { rule: s.rule, code: s.code, params: s.params } as StepOf<C>;
  if (s.actual !== undefined) out.actual = s.actual;
  if (s.expected !== undefined) out.expected = s.expected;
  out.result = s.result;
  out.citations = citations;
  out.status = s.status ?? "confirmed";
  out.message = cite(text, citations);
  if (s.children !== undefined && s.children.length > 0) out.children = s.children;
  return out as unknown as ExplanationStep;
}

/** What the tracer needs to know of a standard to date the values it reads. */
export interface DatedSource {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string | undefined;
}

const READS = new WeakMap<object, Map<string, ValueRead>>();

/**
 * The record of a legal value read, made once per source standard, key and supplying standard, and shared
 * (frozen). The key names the value inside the source, so the source and the key determine the value.
 */
function valueRead(source: DatedSource, key: string, v: LegalValue<JsonValue>, fromId: string): ValueRead {
  let m = READS.get(source);
  if (m === undefined) {
    m = new Map();
    READS.set(source, m);
  }
  const id = fromId === source.id ? key : `${fromId}|${key}`;
  let r = m.get(id);
  if (r === undefined || r.value !== v.value || r.citation !== v.citation) {
    r = Object.freeze({
      standard: fromId,
      key,
      value: v.value,
      effectiveFrom: source.effectiveFrom,
      ...(source.effectiveTo ? { effectiveTo: source.effectiveTo } : {}),
      citation: v.citation,
      status: v.status,
    });
    if (m.size < 4096) m.set(id, r);
  }
  return r;
}

/** The shared record of a legal value read, for a rule to prepare once (see {@link Tracer.readRecord}). */
export function recordOfRead(source: DatedSource, key: string, v: LegalValue<JsonValue>, fromStandardId: string = source.id): ValueRead {
  return valueRead(source, key, v, fromStandardId);
}

/**
 * Records the steps of a decision and every legal value read. Used only when an explanation is asked for; batch
 * runs skip it.
 */
export class Tracer {
  readonly steps: ExplanationStep[] = [];
  readonly valuesRead: ValueRead[] = [];
  private uncertain = false;

  /** Records a legal value read from a standard (once per decision), and returns the value. */
  read<T extends JsonValue>(source: DatedSource, key: string, v: LegalValue<T>, fromStandardId: string = source.id): T {
    const reads = this.valuesRead;
    for (let i = 0; i < reads.length; i++) {
      const x = reads[i] as ValueRead;
      if (x.key === key && x.standard === fromStandardId) return v.value;
    }
    reads.push(valueRead(source, key, v, fromStandardId));
    if (v.status === "uncertain") this.uncertain = true;
    return v.value;
  }

  /** Records a value read prepared beforehand by {@link recordOfRead} (the hot path: no lookup). */
  readRecord(r: ValueRead): void {
    const reads = this.valuesRead;
    for (let i = 0; i < reads.length; i++) {
      const x = reads[i] as ValueRead;
      if (x.key === r.key && x.standard === r.standard) return;
    }
    reads.push(r);
    if (r.status === "uncertain") this.uncertain = true;
  }

  /** Adds a step. */
  add<S extends ExplanationStep>(s: S): S {
    this.steps.push(s);
    if (s.status === "uncertain") this.uncertain = true;
    return s;
  }

  /** Marks the decision uncertain (a rule, not a value, was uncertain). */
  markUncertain(): void {
    this.uncertain = true;
  }

  /** Finishes the explanation. */
  finish(decision: string, standard: string, summary: LocalizedText): Explanation {
    return { formatVersion: 1, decision, standard, steps: this.steps, valuesRead: this.valuesRead, uncertain: this.uncertain, summary };
  }
}
