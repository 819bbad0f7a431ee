import type { Certainty, Citation, Explanation, ExplanationStep, JsonValue, LegalValue, LocalizedText, ValueRead } from "../explain/types.js";
import type { PovertyStandard } from "../standards/types.js";
import { formatCitation } from "../explain/formatCitation.js";
import { render, type MessageParams, type MessageTemplate } from "./messages.js";

const ORDER: Record<Certainty, number> = { confirmed: 0, seed: 1, uncertain: 2 };

/** The weaker of two certainties. */
export function weakest(a: Certainty, b: Certainty): Certainty {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** Appends the citation to a message: "… (Nghị định 07/2021/NĐ-CP, Điều 3)". */
export function cite(text: LocalizedText, citations: readonly Citation[]): LocalizedText {
  if (citations.length === 0) return text;
  return {
    vi: `${text.vi} (${citations.map((c) => formatCitation(c, "vi")).join("; ")})`,
    en: `${text.en} (${citations.map((c) => formatCitation(c, "en")).join("; ")})`,
  };
}

/** A step under construction. */
export interface StepInput<P extends MessageParams> {
  rule: string;
  code: string;
  template: MessageTemplate<P>;
  params: P;
  result: boolean | string;
  actual?: JsonValue;
  expected?: JsonValue;
  citations?: readonly Citation[];
  status?: Certainty;
  children?: readonly ExplanationStep[];
}

/** Builds a step, with its message rendered and cited. */
export function step<P extends MessageParams>(s: StepInput<P>): ExplanationStep {
  const citations = s.citations ?? [];
  return {
    rule: s.rule,
    code: s.code,
    params: s.params,
    ...(s.actual !== undefined ? { actual: s.actual } : {}),
    ...(s.expected !== undefined ? { expected: s.expected } : {}),
    result: s.result,
    citations,
    status: s.status ?? "confirmed",
    message: cite(render(s.template, s.params), citations),
    ...(s.children && s.children.length > 0 ? { children: s.children } : {}),
  };
}

/**
 * Records the steps of a decision and every legal value read. Used only when an explanation is asked for; batch
 * runs skip it.
 */
export class Tracer {
  readonly steps: ExplanationStep[] = [];
  readonly valuesRead: ValueRead[] = [];
  private uncertain = false;
  private readonly seen = new Set<string>();

  /** Records a legal value read from a standard. */
  read<T extends JsonValue>(standard: PovertyStandard, key: string, v: LegalValue<T>, fromStandardId: string = standard.id): T {
    const id = `${fromStandardId}|${key}`;
    if (!this.seen.has(id)) {
      this.seen.add(id);
      this.valuesRead.push({
        standard: fromStandardId,
        key,
        value: v.value,
        effectiveFrom: standard.effectiveFrom,
        ...(standard.effectiveTo ? { effectiveTo: standard.effectiveTo } : {}),
        citation: v.citation,
        status: v.status,
      });
      if (v.status === "uncertain") this.uncertain = true;
    }
    return v.value;
  }

  /** Adds a step. */
  add(s: ExplanationStep): ExplanationStep {
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
