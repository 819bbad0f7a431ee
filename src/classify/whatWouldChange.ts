import type { LegalValue, LocalizedText } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import { deepFreeze } from "../_lib/freeze.js";
import { Memo } from "../_lib/memo.js";
import type { ChangeParams, StepParams } from "../messages/codes.js";
import type { ResolvedFormA } from "../forms/_formARule.js";
import { evaluateScores, type ScoreProbe, type ScoreRule } from "./_householdRule.js";
import { resolveHouseholdInput, type ClassifyHouseholdInput } from "./_householdInput.js";
import { stepMessage } from "./_messages.js";

/**
 * One change that would move a household to another class (điều gì làm thay đổi kết quả phân loại).
 *
 * @remarks
 * `code` is one of `form_a_criteria_to_form_b`, `form_a_criteria_to_stop`, `b1_points_to_not_poor`,
 * `b1_points_to_cutoff`, `b1_points_out_of_income_poverty`, `b1_points_to_income_poverty`, `deprivations_to_poor`,
 * `deprivations_to_near_poor`; `params` is typed per code.
 *
 * @example
 * ```ts
 * const c: ClassChangeCondition = {
 *   code: "b1_points_to_not_poor", params: { b1: 138, cutoff: 140, under: 2, more: 3 },
 *   message: { vi: "…", en: "B1 = 138: 2 points under the cut-off 140; 3 more points would make the household not poor (neither poor nor near-poor)." },
 * };
 * ```
 * @category Classification
 */
export type ClassChangeCondition = { readonly [C in keyof ChangeParams]: ClassChangeOf<C> }[keyof ChangeParams];

/**
 * One change of a given code.
 *
 * @typeParam C - the code.
 * @example
 * ```ts
 * const c: ClassChangeOf<"deprivations_to_poor"> = { code: "deprivations_to_poor", params: { b2: 20, count: 2, more: 1 }, message: { vi: "…", en: "…" } };
 * ```
 * @category Classification
 */
export interface ClassChangeOf<C extends keyof ChangeParams> {
  /** Stable code. */
  readonly code: C;
  /** The numbers the message was built from. */
  readonly params: ChangeParams[C];
  /** The message in Vietnamese and English. */
  readonly message: LocalizedText;
}

/**
 * What would change a household's class (tóm tắt điều kiện thay đổi kết quả): the distance across each
 * comparison the rule made.
 *
 * @example
 * ```ts
 * const s: ClassChangeSummary = { changes: [] };
 * ```
 * @category Classification
 */
export interface ClassChangeSummary {
  /** The changes, in the order the rule made its comparisons (Phiếu A, B1, B2). */
  readonly changes: readonly ClassChangeCondition[];
}

function change<C extends keyof ChangeParams>(code: C, params: ChangeParams[C]): ClassChangeOf<C> {
  return deepFreeze({ code, params, message: stepMessage(code, params as StepParams[C]) });
}

/** The changes made once per limit, value and direction, shared (frozen). */
const CHANGES = new Memo<LegalValue<number>, number, ClassChangeCondition>();

/**
 * The distance probe: for each comparison the cascade makes, the smallest change of the value compared that would
 * turn the comparison the other way.
 */
export class DistanceProbe implements ScoreProbe {
  readonly changes: ClassChangeCondition[] = [];
  constructor(private readonly rule: ScoreRule) {}
  formAColumn0(): void {}
  formAStop(a: ResolvedFormA, stopAt: LegalValue<number>, stop: boolean): void {
    const s = stopAt.value;
    const t = a.total;
    this.changes.push(CHANGES.get(stopAt, t, () => (stop ? change("form_a_criteria_to_form_b", { total: t, stopAt: s, fewer: t - s + 1 }) : change("form_a_criteria_to_stop", { total: t, stopAt: s, more: s - t }))));
  }
  formAAbsent(): void {}
  formARuleNotFound(): void {}
  b1Missing(): void {}
  b1Entry(): void {}
  b1PoorByIncome(b1: number, c: LegalValue<number>, holds: boolean): void {
    const v = c.value;
    this.changes.push(
      CHANGES.get(c, b1, () =>
        holds ? change("b1_points_out_of_income_poverty", { b1, poorByIncome: v, under: v - b1, more: v - b1 + 1 }) : change("b1_points_to_income_poverty", { b1, poorByIncome: v, over: b1 - v }),
      ),
    );
  }
  b1Cutoff(b1: number, c: LegalValue<number>, holds: boolean): void {
    const v = c.value;
    this.changes.push(CHANGES.get(c, b1, () => (holds ? change("b1_points_to_not_poor", { b1, cutoff: v, under: v - b1, more: v - b1 + 1 }) : change("b1_points_to_cutoff", { b1, cutoff: v, over: b1 - v }))));
  }
  b2NotNeeded(): void {}
  b2Missing(): void {}
  b2Entry(): void {}
  b2Threshold(total: number, threshold: LegalValue<number>, holds: boolean): void {
    const ppi = this.rule.b2.pointsPerIndicator.value;
    const count = ppi > 0 ? total / ppi : 0;
    // the fewest deprivations whose points reach the threshold (30 points at 10 per indicator → 3)
    const needed = Math.ceil(threshold.value / ppi);
    this.changes.push(
      CHANGES.get(threshold, total * 64 + ppi, () =>
        holds ? change("deprivations_to_near_poor", { b2: total, count, fewer: count - needed + 1 }) : change("deprivations_to_poor", { b2: total, count, more: needed - count }),
      ),
    );
  }
}

/**
 * Tells what would change a household's class (điều gì làm thay đổi kết quả phân loại hộ), returning the issues
 * when the input is bad.
 *
 * @remarks
 * From the same inputs as {@link classifyHousehold}, by one evaluation of the same rule: for each comparison the
 * rule made, the smallest change that would turn it. For Phiếu A, how many criteria fewer (screened out) or more
 * would change the screening; for B1, the points to the area's cut-off (`scoring.b1`: 2022–2025 rural 140, urban
 * 175) — "B1 = 138: 2 points under the cut-off 140; 3 more points would make the household not poor" — and, for
 * 2016–2020, to the income-poverty cut-off, compared first as the law states it; for B2, how many deprivations
 * would move the household between poor and near-poor (at 10 points each, 30 points = 3 deprivations;
 * `scoring.b2`). Nothing is said about comparisons the rule did not make (inputs not given, or not reached). The
 * same summary is a step of {@link classifyHousehold}'s explanation.
 *
 * @param input - as for {@link classifyHousehold}.
 * @returns `{ ok: true, value: { changes } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeWhatWouldChange({ standard: "2021-2025", area: "rural", b1: 138, b2: 20 });
 * if (r.ok) r.value.changes.map((c) => c.code); //=> ["b1_points_to_not_poor", "deprivations_to_poor"]
 * ```
 * @category Classification
 */
export function safeWhatWouldChange(input: ClassifyHouseholdInput): SafeResult<ClassChangeSummary> {
  const r = resolveHouseholdInput(input);
  if (!r.ok) return r;
  const rule = r.value.rule;
  if (typeof rule === "string") return { ok: true, value: { changes: [] } };
  const probe = new DistanceProbe(rule);
  evaluateScores(rule, r.value, probe);
  return { ok: true, value: { changes: probe.changes } };
}

/**
 * Tells what would change a household's class (điều gì làm thay đổi kết quả phân loại hộ); throws on bad input.
 *
 * @remarks See {@link safeWhatWouldChange}.
 * @param input - as for {@link classifyHousehold}.
 * @returns the changes, with messages in Vietnamese and English.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * whatWouldChange({ standard: "2021-2025", area: "rural", b1: 138, b2: 30 }).changes[1]?.message.en;
 * //=> "B2 = 30 (3 deprived): removing 1 deprivation would make the household near-poor."
 * ```
 * @category Classification
 */
export function whatWouldChange(input: ClassifyHouseholdInput): ClassChangeSummary {
  return unwrap(safeWhatWouldChange(input), "whatWouldChange");
}
