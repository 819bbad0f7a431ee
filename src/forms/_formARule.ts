// The Phiếu A rule (nhận dạng nhanh), written once, and the explanation steps a tracer builds from it. Private.
import type { LegalValue, LocalizedText } from "../types.js";
import { type Tracer } from "../explain/_trace.js";
import type { ExplanationStep } from "../explain/types.js";
import { deepFreeze } from "../_lib/freeze.js";
import { Memo } from "../_lib/memo.js";
import type { FormScoring, PovertyStandard } from "../standards/types.js";
import { step } from "./_messages.js";

/** Phiếu A answers after validation. */
export interface ResolvedFormA {
  readonly reviewed: boolean;
  readonly criteria: readonly (0 | 1)[];
  readonly total: number;
  readonly labels: readonly LocalizedText[] | undefined;
}

/** A standard's Phiếu A rule. */
export type FormARule = NonNullable<FormScoring["formA"]>;

/** What Phiếu A decides. */
export type FormAResult = "not_reviewed" | "stop" | "score_on_form_b";

/** What the Phiếu A rule reports as it runs. */
export interface FormAProbe {
  /** Column (0) was read. */
  formAColumn0(a: ResolvedFormA): void;
  /** Column E was compared with the stop count (E ≥ stop → stop). */
  formAStop(a: ResolvedFormA, stopAt: LegalValue<number>, stop: boolean): void;
}

/**
 * The Phiếu A rule: column (0) = 0 → not reviewed; column E at or above the stop count → stop (code 0); below →
 * score on Phiếu B (code 1).
 */
export function evaluateFormA(rule: FormARule, a: ResolvedFormA, p: FormAProbe): FormAResult {
  p.formAColumn0(a);
  if (!a.reviewed) return "not_reviewed";
  const stop = a.total >= rule.stopAtOrAbove.value;
  p.formAStop(a, rule.stopAtOrAbove, stop);
  return stop ? "stop" : "score_on_form_b";
}

const COLUMN_0 = new Memo<FormARule, number, ExplanationStep>();
const COUNT = new Memo<FormARule, number, ExplanationStep>();
const COLUMN_E = new Memo<FormARule, string, ExplanationStep>();

/** The tracer's steps for column (0). */
export function traceFormAColumn0(t: Tracer, standard: PovertyStandard, rule: FormARule, a: ResolvedFormA): void {
  t.read(standard, "scoring.formA.stopAtOrAbove", rule.stopAtOrAbove);
  t.add(
    COLUMN_0.get(rule, a.reviewed ? 1 : 0, () =>
      deepFreeze(
        step({
          rule: "form_a.column_0",
          code: a.reviewed ? "form_a_reviewed" : "form_a_not_reviewed",
          params: { reviewed: a.reviewed },
          actual: a.reviewed ? 1 : 0,
          expected: 1,
          result: a.reviewed,
          citations: [rule.stopAtOrAbove.citation],
          status: rule.stopAtOrAbove.status,
        }),
      ),
    ),
  );
}

/** The criteria columns and column E against the stop count (shared when the criteria have no labels). */
function columnEStep(rule: FormARule, a: ResolvedFormA, stop: boolean): ExplanationStep {
  const stopAt = rule.stopAtOrAbove.value;
  const make = (): ExplanationStep => {
    const children = a.criteria.map((v, i) =>
      step({
        rule: "form_a.criterion",
        code: v === 1 ? "form_a_criterion_met" : "form_a_criterion_not_met",
        params: { column: i + 1, value: v, labelVi: a.labels?.[i]?.vi ?? null, labelEn: a.labels?.[i]?.en ?? null },
        actual: v,
        result: v === 1,
        citations: [],
        status: rule.stopAtOrAbove.status,
      }),
    );
    return deepFreeze(
      step({
        rule: "form_a.column_e",
        code: stop ? "form_a_stop" : "form_a_score_on_form_b",
        params: { total: a.total, stopAt, stop },
        actual: a.total,
        expected: `< ${stopAt}`,
        result: !stop,
        citations: [rule.stopAtOrAbove.citation],
        status: rule.stopAtOrAbove.status,
        children,
      }),
    );
  };
  return a.labels === undefined ? COLUMN_E.get(rule, a.criteria.join(""), make) : make();
}

/** The tracer's steps for the criteria and column E. */
export function traceFormAColumnE(t: Tracer, standard: PovertyStandard, rule: FormARule, a: ResolvedFormA, stop: boolean): void {
  const count = rule.criteriaCount;
  if (count) {
    const expected = t.read(standard, "scoring.formA.criteriaCount", count);
    t.add(
      COUNT.get(rule, a.criteria.length, () =>
        deepFreeze(
          step({
            rule: "form_a.criteria_count",
            code: "form_a_criteria_count",
            params: { expected, received: a.criteria.length },
            actual: a.criteria.length,
            expected,
            result: true,
            citations: [count.citation],
            status: count.status,
          }),
        ),
      ),
    );
  }
  t.add(columnEStep(rule, a, stop));
}

/** The tracer's step when the standard has no Phiếu A rule. */
export function traceFormANotFound(t: Tracer, standard: PovertyStandard): void {
  t.add(step({ rule: "form_a.rule", code: "form_a_rule_not_found", params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
}

/** A tracer for the Phiếu A rule alone. */
export class FormATracer implements FormAProbe {
  constructor(
    private readonly t: Tracer,
    private readonly standard: PovertyStandard,
    private readonly rule: FormARule,
  ) {}
  formAColumn0(a: ResolvedFormA): void {
    traceFormAColumn0(this.t, this.standard, this.rule, a);
  }
  formAStop(a: ResolvedFormA, _stopAt: LegalValue<number>, stop: boolean): void {
    traceFormAColumnE(this.t, this.standard, this.rule, a, stop);
  }
}

/** A probe that records nothing. */
export const NO_FORM_A_PROBE: FormAProbe = Object.freeze({
  formAColumn0(): void {},
  formAStop(): void {},
});
