import * as z from "zod/mini";
import type { LegalValue } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { Tracer } from "../explain/_trace.js";
import type { Decision } from "../explain/types.js";
import type { PovertyStandard } from "../standards/types.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import { standardStep } from "../standards/_standardStep.js";
import type { B2Outcome, ScoreB2Input } from "./types.js";
import { b2EntryCheck, b2FieldsShape, b2Outcome, evaluateB2, resolveB2, traceB2Entry, traceB2Threshold, type B2Probe } from "./_b2.js";
import { step } from "./_messages.js";



/** The schema of {@link ScoreB2Input}: the standard and one B2 entry. */
export const scoreB2InputSchema = z.extend(b2FieldsShape, { standard: standardRefSchema }).check(b2EntryCheck);

/** A tracer for the B2 threshold rule alone. */
class B2Tracer implements B2Probe {
  constructor(
    private readonly t: Tracer,
    private readonly standard: PovertyStandard,
  ) {}
  b2Threshold(total: number, threshold: LegalValue<number>, holds: boolean): void {
    traceB2Threshold(this.t, this.standard, total, threshold, holds);
  }
}

/**
 * Scores part B2 of Phiếu B, the deprivation score (chấm điểm phần B2 — mức độ thiếu hụt dịch vụ xã hội cơ bản),
 * returning the issues when the input is bad.
 *
 * @remarks
 * B2 = points per deprived indicator × the number of deprived indicators, both from the standard's data
 * (`scoring.b2.pointsPerIndicator`: 10 points; Circular 07/2021/TT-BLĐTBXH and Circular 17/2016/TT-BLĐTBXH,
 * Phiếu B, phần B2); 0–120 for 2022–2025 (12 indicators), 0–100 for 2016–2020 (10). The primary input is the
 * reviewer's answer per indicator: every indicator of the standard must be answered, and a missing one makes the
 * outcome `undetermined` (never assumed "not deprived"). An indicator key of another standard
 * (`indicator_of_other_standard`) or of none (`unknown_indicator`), a total that is not a multiple of the points
 * per indicator (`b2_not_multiple_of_points`) or above the maximum (`b2_above_maximum`), and more deprivations than
 * the standard has (`too_many_deprivations`) are issues. The explanation compares B2 with `scoring.b2.poorAtOrAbove`
 * (30). 2027–2030 has no sourced B2 rule: `rule_not_found`.
 *
 * @param input - the standard and one B2 entry.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeScoreB2({ standard: "2021-2025", total: 25 }).ok; //=> false (not a multiple of 10)
 * ```
 * @category Forms
 */
export function safeScoreB2(input: ScoreB2Input): SafeResult<Decision<B2Outcome>> {
  return guardSafe(() => {
    const parsed = safeParseWith(scoreB2InputSchema, input);
    if (!parsed.ok) return parsed;
    const standard = parsed.value.standard;
    const t = new Tracer();
    t.add(standardStep(standard));
    const rule = standard.scoring.b2;
    if (!rule) {
      const s = t.add(step({ rule: "b2.rule", code: "b2_rule_not_found", params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
      const outcome: B2Outcome = { kind: "rule_not_found", reason: "b2_not_found", standard: standard.id };
      return { ok: true, value: { outcome, explanation: t.finish("score_b2", standard.id, s.message) } };
    }
    const b2 = resolveB2(standard, parsed.value, []);
    if (!b2.ok) return b2;
    traceB2Entry(t, standard, b2.value);
    if (b2.value.kind === "scored") evaluateB2(rule.poorAtOrAbove, b2.value.total, new B2Tracer(t, standard));
    const outcome = b2Outcome(b2.value);
    const final = t.add(
      step({
        rule: "b2.outcome",
        code: outcome.kind === "scored" ? "b2_outcome_scored" : "b2_outcome_undetermined",
        params: { kind: outcome.kind === "scored" ? "scored" : "undetermined", total: outcome.kind === "scored" ? outcome.total : null, missing: outcome.kind === "undetermined" ? outcome.missing.join(", ") : null },
        result: outcome.kind,
      }),
    );
    return { ok: true, value: { outcome, explanation: t.finish("score_b2", standard.id, final.message) } };
  });
}

/**
 * Scores part B2 of Phiếu B (chấm điểm phần B2); throws on bad input.
 *
 * @remarks See {@link safeScoreB2}.
 * @param input - the standard and one B2 entry.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * scoreB2({ standard: "2021-2025", deprivations: ["healthInsurance", "sanitation", "housingArea"] }).outcome;
 * //=> { kind: "scored", total: 30, count: 3, deprived: ["healthInsurance", "sanitation", "housingArea"] }
 * ```
 * @category Forms
 */
export function scoreB2(input: ScoreB2Input): Decision<B2Outcome> {
  return unwrap(safeScoreB2(input), "scoreB2");
}
