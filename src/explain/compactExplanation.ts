import * as z from "zod/mini";
import type { Certainty, Citation, JsonValue, LocalizedText } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { guardSafe, guardThrowing, safeParseWith, unwrap } from "../_lib/issues.js";
import type { StepCode, StepParams } from "../messages/codes.js";
import { VI } from "../messages/vi.js";
import { cite } from "./_trace.js";
import { compactStepSchema, explanationSchema, valueReadSchema, type CompactStepData } from "./_schemas.js";
import { stepMessage } from "../messages/render.js";
import type { Explanation, ExplanationStep, ValueRead } from "./types.js";
import { issue } from "./_messages.js";

/**
 * One step of a compact explanation (bước giải thích dạng gọn): the step without its message text.
 *
 * @example
 * ```ts
 * const s: CompactStep = { rule: "b2.at_or_above_threshold", code: "b2_at_or_above_threshold", params: { total: 30, threshold: 30, holds: true }, result: true, citations: [], status: "confirmed" };
 * ```
 * @category Explanations
 */
export interface CompactStep {
  /** The rule's id. */
  readonly rule: string;
  /** The step's code (names its message in the tables). */
  readonly code: StepCode;
  /** The values the message is built from. */
  readonly params: { readonly [key: string]: JsonValue };
  /** The actual value the rule looked at. */
  readonly actual?: JsonValue;
  /** The value or condition expected. */
  readonly expected?: JsonValue;
  /** Whether the condition held, or the outcome produced. */
  readonly result: boolean | string;
  /** The legal basis. */
  readonly citations: readonly Citation[];
  /** Its certainty. */
  readonly status: Certainty;
  /** Its sub-steps. */
  readonly children?: readonly CompactStep[];
}

/**
 * An explanation in the compact form for storage (giải thích dạng gọn để lưu trữ): everything but the message
 * texts, which are rendered again from the codes and params by {@link expandExplanation} — with the texts of the
 * version of the library that reads it.
 *
 * @remarks
 * `summary` is `{ step: i }` when the summary is the message of the explanation's top-level step `i` (every
 * classification), otherwise the summary text itself.
 *
 * @example
 * ```ts
 * const c: CompactExplanation = compactExplanation(classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 }).explanation);
 * c.form; //=> "compact"
 * ```
 * @category Explanations
 */
export interface CompactExplanation {
  /** The version of the explanation's JSON shape (1). */
  readonly formatVersion: 1;
  /** Marks the compact form. */
  readonly form: "compact";
  /** The kind of decision. */
  readonly decision: string;
  /** The standard applied. */
  readonly standard: string;
  /** The steps, without messages. */
  readonly steps: readonly CompactStep[];
  /** Every dated legal value read. */
  readonly valuesRead: readonly ValueRead[];
  /** True when any value read or step is uncertain. */
  readonly uncertain: boolean;
  /** Where the summary comes from. */
  readonly summary: { readonly step: number } | LocalizedText;
}

function compactStep(s: ExplanationStep): CompactStep {
  return {
    rule: s.rule,
    code: s.code,
    params: s.params as { readonly [key: string]: JsonValue },
    ...(s.actual !== undefined ? { actual: s.actual } : {}),
    ...(s.expected !== undefined ? { expected: s.expected } : {}),
    result: s.result,
    citations: s.citations,
    status: s.status,
    ...(s.children !== undefined ? { children: s.children.map(compactStep) } : {}),
  };
}

/**
 * Turns an explanation into its compact form for storage (rút gọn giải thích để lưu trữ): the same steps, params,
 * citations and values read, without the message texts (about a third of the size).
 *
 * @param explanation - an explanation returned with any decision.
 * @returns the compact form, built from a validated copy of the explanation (shares nothing with it).
 * @throws {@link PovertyError} `"invalid_input"` when the explanation is not one (issues say where).
 * @example
 * ```ts
 * const { explanation } = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 138, b2: 20 });
 * const stored = JSON.stringify(compactExplanation(explanation));
 * expandExplanation(JSON.parse(stored)).summary.vi === explanation.summary.vi; //=> true
 * ```
 * @category Explanations
 */
export function compactExplanation(explanation: Explanation): CompactExplanation {
  return guardThrowing("compactExplanation", () => {
    const e = unwrap(safeParseWith(explanationSchema, explanation), "compactExplanation") as unknown as Explanation;
    const steps = e.steps;
    let summary: CompactExplanation["summary"] = { vi: e.summary.vi, en: e.summary.en };
    for (let i = steps.length - 1; i >= 0; i--) {
      const m = (steps[i] as ExplanationStep).message;
      if (m.vi === e.summary.vi && m.en === e.summary.en) {
        summary = { step: i };
        break;
      }
    }
    return {
      formatVersion: 1,
      form: "compact",
      decision: e.decision,
      standard: e.standard,
      steps: steps.map(compactStep),
      valuesRead: e.valuesRead,
      uncertain: e.uncertain,
      summary,
    };
  });
}

const STEP_CODES = new Set(Object.keys(VI.steps));
const compactSchema = z.strictObject({
  formatVersion: z.literal(1),
  form: z.literal("compact"),
  decision: z.string(),
  standard: z.string(),
  steps: z.array(compactStepSchema),
  valuesRead: z.array(valueReadSchema),
  uncertain: z.boolean(),
  summary: z.union([z.strictObject({ step: z.int().check(z.nonnegative()) }), z.strictObject({ vi: z.string(), en: z.string() })]),
});

function expandStep(s: CompactStepData, path: (string | number)[], bad: Issue[]): ExplanationStep {
  let text: LocalizedText = { vi: "", en: "" };
  try {
    text = cite(stepMessage(s.code as StepCode, s.params as StepParams[StepCode]), s.citations as readonly Citation[]);
  } catch {
    // params that do not fit the code (a message function read a field that is not there)
    bad.push(issue("step_params_invalid", [...path, "params"], { code: s.code }));
  }
  return {
    rule: s.rule,
    code: s.code,
    params: s.params,
    ...(s.actual !== undefined ? { actual: s.actual } : {}),
    ...(s.expected !== undefined ? { expected: s.expected } : {}),
    result: s.result,
    citations: s.citations,
    status: s.status,
    message: text,
    ...(s.children !== undefined ? { children: s.children.map((c, i) => expandStep(c, [...path, "children", i], bad)) } : {}),
  } as unknown as ExplanationStep;
}

function unknownCodes(steps: readonly CompactStepData[], path: (string | number)[], out: Issue[]): void {
  steps.forEach((s, i) => {
    if (!STEP_CODES.has(s.code)) out.push(issue("invalid_value", [...path, i, "code"], { values: [], received: s.code }));
    if (s.children) unknownCodes(s.children, [...path, i, "children"], out);
  });
}

/**
 * Renders a stored compact explanation again in full (khôi phục giải thích đầy đủ từ dạng gọn), with the message
 * texts of this version of the library; returns the issues when it is not a compact explanation this version can
 * read.
 *
 * @remarks
 * The format version must be 1; every step code must be one this version knows (`invalid_value` at its path
 * otherwise); the params are the stored ones, so a message renders the values that were decided on.
 *
 * @param compact - a compact explanation (for instance read back with `JSON.parse`).
 * @returns `{ ok: true, value: explanation }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeExpandExplanation({ formatVersion: 2 }).ok; //=> false
 * ```
 * @category Explanations
 */
export function safeExpandExplanation(compact: unknown): SafeResult<Explanation> {
  return guardSafe(() => {
    const r = safeParseWith(compactSchema, compact);
    if (!r.ok) return r;
    const c = r.value;
    const bad: Issue[] = [];
    unknownCodes(c.steps, ["steps"], bad);
    if (bad.length > 0) return { ok: false, issues: bad };
    const steps = c.steps.map((st, i) => expandStep(st, ["steps", i], bad));
    if (bad.length > 0) return { ok: false, issues: bad };
    const s = c.summary;
    let summary: LocalizedText;
    if ("step" in s) {
      const at = steps[s.step];
      if (at === undefined) return { ok: false, issues: [issue("too_big", ["summary", "step"], { origin: "number", maximum: steps.length - 1, inclusive: true, received: s.step })] };
      summary = at.message;
    } else summary = { vi: s.vi, en: s.en };
    return {
      ok: true,
      value: { formatVersion: 1, decision: c.decision, standard: c.standard, steps, valuesRead: c.valuesRead as readonly ValueRead[], uncertain: c.uncertain, summary },
    };
  });
}

/**
 * Renders a stored compact explanation again in full (khôi phục giải thích đầy đủ); throws on bad input.
 *
 * @remarks See {@link safeExpandExplanation}.
 * @param compact - a compact explanation.
 * @returns the full explanation.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const { explanation } = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_600_000 } });
 * expandExplanation(compactExplanation(explanation)).summary.en; //=> "Outcome: neither poor nor near-poor. (Nghị định 07/2021/NĐ-CP, Art. 3)"
 * ```
 * @category Explanations
 */
export function expandExplanation(compact: unknown): Explanation {
  return unwrap(safeExpandExplanation(compact), "expandExplanation");
}
