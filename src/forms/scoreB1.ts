import * as z from "zod/mini";
import type { Area, LegalValue } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { Tracer } from "../explain/_trace.js";
import type { Decision } from "../explain/types.js";
import type { PovertyStandard } from "../standards/types.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import { b1CutoffsFor } from "../standards/_b1Cutoffs.js";
import { standardStep } from "../standards/_standardStep.js";
import { REGION_KEYS } from "../household/regions.js";
import type { B1Outcome, ScoreB1Input } from "./types.js";
import { b1EntryCheck, b1FieldsShape, b1Outcome, evaluateB1Band, resolveB1, traceB1Cutoff, traceB1Entry, traceB1NotFound, traceB1PoorByIncome, type B1Probe } from "./_b1.js";
import { step } from "./_messages.js";





/** The schema of {@link ScoreB1Input}: the standard, the area and region, and one B1 entry. */
export const scoreB1InputSchema = z
  .extend(b1FieldsShape, { standard: standardRefSchema, area: z.enum(["rural", "urban"]), region: z.optional(z.enum(REGION_KEYS)) })
  .check(b1EntryCheck);

/** A tracer for the B1 cut-off rule alone. */
class B1Tracer implements B1Probe {
  constructor(
    private readonly t: Tracer,
    private readonly standard: PovertyStandard,
    private readonly area: Area,
  ) {}
  b1PoorByIncome(total: number, cutoff: LegalValue<number>, holds: boolean): void {
    traceB1PoorByIncome(this.t, this.standard, this.area, total, cutoff, holds);
  }
  b1Cutoff(total: number, cutoff: LegalValue<number>, holds: boolean): void {
    traceB1Cutoff(this.t, this.standard, this.area, total, cutoff, holds);
  }
}

/**
 * Scores part B1 of Phiếu B, the income score (chấm điểm phần B1 — ước tính thu nhập), returning the issues when
 * the input is bad.
 *
 * @remarks
 * B1 is a whole, non-negative score standing for per-capita income (Circular 07/2021/TT-BLĐTBXH, Phiếu B, phần B1;
 * 2016–2020: Circular 17/2016 as amended by Circular 14/2018). The library takes the total written on the paper
 * form, or computes it from answers with a caller-supplied {@link B1Scorecard}: the sheet for the area (and region)
 * gives a base score plus one option's points per item. An unknown item or option, a scorecard of another
 * standard, or a missing region is an issue; an unanswered item makes the outcome `undetermined` with the missing
 * item ids (never filled in). The explanation shows each item's points and, when the standard has them, the
 * comparison with the area's cut-offs (read from `scoring.b1`). 2027–2030 has no sourced B1 rule:
 * `rule_not_found`. No official points table ships with the library.
 *
 * @param input - standard, area, optional region, and a total or scorecard answers.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeScoreB1({ standard: "2021-2025", area: "rural", total: -1 }).ok; //=> false
 * ```
 * @category Forms
 */
export function safeScoreB1(input: ScoreB1Input): SafeResult<Decision<B1Outcome>> {
  return guardSafe(() => {
    const parsed = safeParseWith(scoreB1InputSchema, input);
    if (!parsed.ok) return parsed;
    const v = parsed.value;
    const standard = v.standard;
    // The entry is checked (scorecard, answers, region) under every standard, as classifyHousehold checks it: a bad
    // input is an issue whether or not the standard has a B1 rule.
    const b1 = resolveB1(standard, v.area, v.region, v, [], []);
    if (!b1.ok) return b1;
    const t = new Tracer();
    t.add(standardStep(standard));
    const cutoffs = b1CutoffsFor(standard, v.area);
    if (typeof cutoffs === "string") {
      const local = cutoffs === "local_b1_cutoff_not_found";
      const s = local
        ? t.add(step({ rule: "b1.rule", code: "b1_local_rule_not_found", params: { standard: standard.id, area: v.area }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }))
        : traceB1NotFound(t, standard);
      const outcome: B1Outcome = { kind: "rule_not_found", reason: local ? "local_b1_not_found" : "b1_not_found", standard: standard.id };
      return { ok: true, value: { outcome, explanation: t.finish("score_b1", standard.id, s.message) } };
    }
    traceB1Entry(t, standard, b1.value);
    const outcome = b1Outcome(b1.value);
    if (outcome.kind === "scored") evaluateB1Band(standard.classRule.value, cutoffs, outcome.total, new B1Tracer(t, standard, v.area));
    const final = t.add(
      step({
        rule: "b1.outcome",
        code: outcome.kind === "scored" ? "b1_outcome_scored" : "b1_outcome_undetermined",
        params: { kind: outcome.kind === "scored" ? "scored" : "undetermined", total: outcome.kind === "scored" ? outcome.total : null, missing: outcome.kind === "undetermined" ? outcome.missing.join(", ") : null },
        result: outcome.kind,
      }),
    );
    return { ok: true, value: { outcome, explanation: t.finish("score_b1", standard.id, final.message) } };
  });
}

/**
 * Scores part B1 of Phiếu B (chấm điểm phần B1); throws on bad input.
 *
 * @remarks See {@link safeScoreB1}.
 * @param input - standard, area, optional region, and a total or scorecard answers.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * scoreB1({ standard: "2021-2025", area: "rural", total: 138 }).outcome;
 * //=> { kind: "scored", total: 138, source: "paper_total", items: [] }
 * ```
 * @category Forms
 */
export function scoreB1(input: ScoreB1Input): Decision<B1Outcome> {
  return unwrap(safeScoreB1(input), "scoreB1");
}
