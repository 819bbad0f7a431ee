import type { Area, Citation, LegalValue } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, unwrap } from "../_lib/issues.js";
import { Tracer } from "../explain/_trace.js";
import type { Decision, Explanation, ExplanationStep } from "../explain/types.js";
import type { PovertyStandard } from "../standards/types.js";
import { standardStep } from "../standards/_standardStep.js";
import { evaluateFormA, traceFormAColumn0, traceFormAColumnE, traceFormANotFound, type FormAResult, type ResolvedFormA } from "../forms/_formARule.js";
import { NO_FORM_A_PROBE } from "../forms/_formARule.js";
import { b1Outcome, traceB1Cutoff, traceB1Entry, traceB1PoorByIncome, type ResolvedB1 } from "../forms/_b1.js";
import { b2Outcome, traceB2Entry, traceB2Threshold, type ResolvedB2 } from "../forms/_b2.js";
import type { FormAOutcome } from "../forms/formA.js";
import type { B1Outcome, B2Outcome } from "../forms/types.js";
import type { HouseholdOutcomeParams, HouseholdStepParams } from "../messages/codes.js";
import { OUTCOMES, evaluateScores, ruleNotFound, type ScoreProbe, type ScoreRule } from "./_householdRule.js";
import { resolveHouseholdInput, type ClassifyHouseholdInput, type ResolvedHousehold } from "./_householdInput.js";
import { DistanceProbe, type ClassChangeCondition } from "./whatWouldChange.js";
import { deepFreeze } from "../_lib/freeze.js";
import { Memo, idOf } from "../_lib/memo.js";
import type { HouseholdClassOutcome } from "./types.js";
import { step } from "./_messages.js";

export type { ClassifyHouseholdInput } from "./_householdInput.js";

/**
 * A household's class with its explanation and the form results it came from (kết quả phân loại hộ).
 *
 * @example
 * ```ts
 * const d: HouseholdDecision = classifyHousehold({ standard: "2021-2025", area: "urban", b1: 176 });
 * d.outcome.kind; //=> "not_poor"
 * ```
 * @category Classification
 */
export interface HouseholdDecision extends Decision<HouseholdClassOutcome> {
  /** The results of the forms that were given. */
  readonly scores: { readonly formA?: FormAOutcome; readonly b1?: B1Outcome; readonly b2?: B2Outcome };
}


/** The citation of a form item of the standard's circular. */
function formItem(standard: PovertyStandard, item: string): Citation {
  return { instrument: standard.instruments.find((i) => i.kind === "circular")?.id ?? standard.instruments[0]?.id ?? standard.id, item };
}

type OutcomeCode = { [C in keyof HouseholdStepParams]: HouseholdStepParams[C] extends HouseholdOutcomeParams ? C : never }[keyof HouseholdStepParams];

/** The outcome's code in the message tables, and the `kind` param it carries. */
function outcomeCode(o: HouseholdClassOutcome): readonly [OutcomeCode, string] {
  switch (o.kind) {
    case "poor":
      return o.basis === "income" ? ["household_poor_income", "poor_income"] : o.basis === "deprivation" ? ["household_poor_deprivation", "poor_deprivation"] : ["household_poor_income_and_deprivation", "poor_income_and_deprivation"];
    case "near_poor":
      return ["household_near_poor", "near_poor"];
    case "not_poor":
      return o.reason === "form_a_not_reviewed"
        ? ["household_not_poor_form_a_not_reviewed", "not_poor_form_a_not_reviewed"]
        : o.reason === "form_a_screened_out"
          ? ["household_not_poor_form_a_screened_out", "not_poor_form_a_screened_out"]
          : ["household_not_poor_b1_above_cutoff", "not_poor_b1_above_cutoff"];
    case "undetermined":
      return ["household_undetermined", "undetermined"];
    case "rule_not_found":
      return o.reason === "b1_cutoff_not_found" ? ["household_b1_cutoff_not_found", "rule_not_found_b1_cutoff"] : ["household_local_b1_cutoff_not_found", "rule_not_found_local_b1_cutoff"];
  }
}

/**
 * Builds the explanation as the cascade runs: each comparison becomes a step (with the value read), and is passed
 * on to the distance probe for "what would change"; the outcome cites the comparisons that decided it.
 */
class HouseholdTracer implements ScoreProbe {
  readonly outcomeCitations: Citation[] = [];
  formAResult: FormAResult | undefined;
  private readonly distance: DistanceProbe;
  constructor(
    private readonly t: Tracer,
    private readonly standard: PovertyStandard,
    private readonly area: Area,
    private readonly rule: ScoreRule,
  ) {
    this.distance = new DistanceProbe(rule);
  }
  get changes(): DistanceProbe["changes"] {
    return this.distance.changes;
  }
  formAColumn0(a: ResolvedFormA): void {
    const rule = this.rule.formA;
    if (rule === undefined) return;
    traceFormAColumn0(this.t, this.standard, rule, a);
    if (!a.reviewed) {
      this.formAResult = "not_reviewed";
      this.outcomeCitations.push(rule.stopAtOrAbove.citation);
    }
  }
  formAStop(a: ResolvedFormA, stopAt: LegalValue<number>, stop: boolean): void {
    const rule = this.rule.formA;
    if (rule === undefined) return;
    traceFormAColumnE(this.t, this.standard, rule, a, stop);
    this.distance.formAStop(a, stopAt, stop);
    this.formAResult = stop ? "stop" : "score_on_form_b";
    if (stop) this.outcomeCitations.push(stopAt.citation);
  }
  formAAbsent(): void {
    this.t.add(step({ rule: "form_a.absent", code: "form_a_not_given", params: {}, result: "skipped", citations: [] }));
  }
  formARuleNotFound(): void {
    traceFormANotFound(this.t, this.standard);
  }
  b1Missing(): void {
    this.t.add(step({ rule: "b1.given", code: "b1_missing", params: { what: "b1" }, result: false, expected: "b1", citations: [formItem(this.standard, "Phiếu B, phần B1")] }));
  }
  b1Entry(b1: ResolvedB1): void {
    traceB1Entry(this.t, this.standard, b1);
  }
  b1PoorByIncome(total: number, cutoff: LegalValue<number>, holds: boolean): void {
    traceB1PoorByIncome(this.t, this.standard, this.area, total, cutoff, holds);
    this.distance.b1PoorByIncome(total, cutoff, holds);
    if (holds) this.outcomeCitations.push(cutoff.citation);
  }
  b1Cutoff(total: number, cutoff: LegalValue<number>, holds: boolean): void {
    traceB1Cutoff(this.t, this.standard, this.area, total, cutoff, holds);
    this.distance.b1Cutoff(total, cutoff, holds);
    this.outcomeCitations.push(cutoff.citation);
  }
  b2NotNeeded(): void {
    this.t.add(step({ rule: "b2.not_needed", code: "b2_not_needed", params: {}, result: "skipped", citations: [formItem(this.standard, "Phiếu B, phần B2")] }));
  }
  b2Missing(): void {
    this.t.add(step({ rule: "b2.given", code: "b2_missing", params: { what: "b2" }, result: false, expected: "b2", citations: [formItem(this.standard, "Phiếu B, phần B2")] }));
  }
  b2Entry(b2: ResolvedB2): void {
    traceB2Entry(this.t, this.standard, b2);
  }
  b2Threshold(total: number, threshold: LegalValue<number>, holds: boolean): void {
    traceB2Threshold(this.t, this.standard, total, threshold, holds);
    this.distance.b2Threshold(total, threshold, holds);
    this.outcomeCitations.push(threshold.citation);
  }
}

const SHARED_OUTCOMES: ReadonlySet<HouseholdClassOutcome> = new Set(Object.values(OUTCOMES));
const OUTCOME_STEPS = new Memo<PovertyStandard, string, ExplanationStep>();
const CHANGE_STEPS = new WeakMap<ClassChangeCondition, ExplanationStep>();
const WHAT_WOULD_CHANGE = new Memo<PovertyStandard, string, ExplanationStep>();

/** The outcome step of a household decision (shared per standard, outcome and the citations that decided it). */
function outcomeStep(standard: PovertyStandard, outcome: HouseholdClassOutcome, citations: readonly Citation[]): ExplanationStep {
  const make = (): ExplanationStep => {
    const [code, kind] = outcomeCode(outcome);
    return deepFreeze(
      step({
        rule: "outcome",
        code,
        params: { kind, missing: outcome.kind === "undetermined" ? outcome.missing.join(", ") : null, threshold: standard.scoring.b2?.poorAtOrAbove.value ?? null },
        result: outcome.kind,
        citations: [...citations],
      }),
    );
  };
  if (!SHARED_OUTCOMES.has(outcome) && outcome.kind !== "rule_not_found") return make();
  let key = String(idOf(outcome));
  for (const c of citations) key += `|${idOf(c)}`;
  return OUTCOME_STEPS.get(standard, key, make);
}

/** The "what would change" step with one child per change (shared per standard and list of changes). */
function whatWouldChangeStep(standard: PovertyStandard, changes: readonly ClassChangeCondition[]): ExplanationStep {
  let key = "";
  for (const c of changes) key += `${idOf(c)}|`;
  return WHAT_WOULD_CHANGE.get(standard, key, () => {
    const children = changes.map((c) => {
      let s = CHANGE_STEPS.get(c);
      if (s === undefined) {
        s = deepFreeze(step({ rule: "what_would_change", code: c.code, params: c.params, result: true, citations: [], status: "confirmed" } as Parameters<typeof step<typeof c.code>>[0]));
        CHANGE_STEPS.set(c, s);
      }
      return s;
    });
    return deepFreeze(step({ rule: "what_would_change", code: "what_would_change", params: { count: changes.length }, result: true, citations: [], children }));
  });
}

/** Phiếu A's outcome as the scores report it. */
function formAOutcome(standard: PovertyStandard, a: ResolvedFormA, result: FormAResult | undefined): FormAOutcome {
  const rule = standard.scoring.formA;
  if (!rule) return { kind: "rule_not_found", reason: "form_a_rule_not_found", standard: standard.id };
  const r = result ?? evaluateFormA(rule, a, NO_FORM_A_PROBE);
  return r === "not_reviewed" ? { kind: "not_reviewed" } : r === "stop" ? { kind: "stop", total: a.total, code: 0 } : { kind: "score_on_form_b", total: a.total, code: 1 };
}

/** The results of the forms that were given. */
function scoresOf(r: ResolvedHousehold, formAResult: FormAResult | undefined): HouseholdDecision["scores"] {
  const out: { formA?: FormAOutcome; b1?: B1Outcome; b2?: B2Outcome } = {};
  if (r.formA) out.formA = formAOutcome(r.standard, r.formA, formAResult);
  if (r.b1) out.b1 = b1Outcome(r.b1);
  if (r.b2) out.b2 = b2Outcome(r.b2);
  return out;
}

/** Classifies a resolved household with its explanation: one evaluation of the cascade, traced. */
export function explainHousehold(r: ResolvedHousehold): HouseholdDecision {
  const { standard, area, rule } = r;
  const t = new Tracer();
  t.add(standardStep(standard));
  let outcome: HouseholdClassOutcome;
  let explanation: Explanation;
  if (typeof rule === "string") {
    t.add(
      step({
        rule: "scoring.rule",
        code: rule,
        params: { standard: standard.id, area, local: rule === "local_b1_cutoff_not_found" },
        result: false,
        citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }],
      }),
    );
    outcome = ruleNotFound(standard, rule);
    const final = t.add(outcomeStep(standard, outcome, []));
    explanation = t.finish("classify_household", standard.id, final.message);
    return { outcome, explanation, scores: scoresOf(r, undefined) };
  }
  const tracer = new HouseholdTracer(t, standard, area, rule);
  outcome = evaluateScores(rule, r, tracer);
  const changes = tracer.changes;
  if (changes.length > 0) t.add(whatWouldChangeStep(standard, changes));
  const final = t.add(outcomeStep(standard, outcome, tracer.outcomeCitations));
  explanation = t.finish("classify_household", standard.id, final.message);
  return { outcome, explanation, scores: scoresOf(r, tracer.formAResult) };
}

/**
 * Classifies a household from its Phiếu A and Phiếu B scores (phân loại hộ nghèo, hộ cận nghèo theo Phiếu A và
 * Phiếu B), returning the issues when the input is bad.
 *
 * @remarks
 * Every cut-off is read from the standard's `scoring` data:
 * - Phiếu A (when given): column 0 = 0 → not reviewed; column E at or above `formA.stopAtOrAbove` (2022–2025: 4,
 *   Hướng dẫn 01/HD-BCĐ, Mục I.2 Bước 1; 2016–2020: 3, Circular 17/2016 Phụ lục 3a) → stop, not poor (`screenedOut`).
 * - 2022–2025 (Circular 07/2021/TT-BLĐTBXH, Phiếu B): B1 > cut-off (rural 140, urban 175) → not poor, B2 not
 *   needed (per the seed guide it is not even scored); B1 ≤ cut-off → B2 ≥ 30 poor, B2 < 30 near-poor.
 * - 2016–2020 (Circular 17/2016 Art. 6.2 as rewritten by Circular 14/2018): B1 ≤ 120 rural / 140 urban → poor by
 *   income; B1 ≤ 150 / 175 → poor by deprivation if B2 ≥ 30, else near-poor; above → not poor.
 * Bounds are inclusive ("từ … trở xuống", "từ 30 điểm trở lên"). `undetermined` lists exactly the missing inputs
 * and never guesses. 2027–2030 has no B1/B2 cut-off: the outcome is `rule_not_found` with reason
 * `b1_cutoff_not_found` (use {@link classifyByIncome} with surveyed income). The explanation names each form item
 * (Phiếu A cột E; Phiếu B phần B1; B2) with actual and expected values in Vietnamese and English, and ends with a
 * "what would change the class" step (see {@link whatWouldChange}).
 *
 * @param input - standard, area, optional region, Phiếu A, B1, B2.
 * @returns `{ ok: true, value: { outcome, explanation, scores } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeClassifyHousehold({ standard: "2021-2025", area: "rural", b1: 138.5 });
 * r.ok; //=> false (B1 must be a whole number)
 * ```
 * @category Classification
 */
export function safeClassifyHousehold(input: ClassifyHouseholdInput): SafeResult<HouseholdDecision> {
  return guardSafe(() => {
    const r = resolveHouseholdInput(input);
    return r.ok ? { ok: true, value: explainHousehold(r.value) } : r;
  });
}

/**
 * Classifies a household from its Phiếu A and Phiếu B scores (phân loại hộ theo Phiếu A và Phiếu B); throws on bad
 * input.
 *
 * @remarks See {@link safeClassifyHousehold} for the rule per standard, the bounds and the outcomes.
 * @param input - standard, area, optional region, Phiếu A, B1, B2.
 * @returns `{ outcome, explanation, scores }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * // 2022–2025 rural: B1 140 ≤ 140 and B2 30 ≥ 30 (Circular 07/2021, Phiếu B)
 * classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140, b2: 30 }).outcome;
 * //=> { kind: "poor", basis: "income_and_deprivation" }
 * classifyHousehold({ standard: "2021-2025", area: "rural", b1: 141 }).outcome;
 * //=> { kind: "not_poor", reason: "b1_above_cutoff", screenedOut: false }
 * classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140 }).outcome;
 * //=> { kind: "undetermined", missing: ["b2"] }
 * ```
 * @category Classification
 */
export function classifyHousehold(input: ClassifyHouseholdInput): HouseholdDecision {
  return unwrap(safeClassifyHousehold(input), "classifyHousehold");
}
