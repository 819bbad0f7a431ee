import * as z from "zod";
import type { ExplanationStep } from "../explain/types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { makeIssue, safeParseWith, unwrap } from "../_lib/issues.js";
import { standardRefSchema } from "../_lib/standardRef.js";
import { Tracer, step } from "../_lib/trace.js";
import { str, type MessageParams } from "../_lib/messages.js";
import { STANDARDS } from "../standards/STANDARDS.js";
import type { PovertyStandard } from "../standards/types.js";
import { OTHER_STANDARD_INDICATOR, UNKNOWN_INDICATOR, checkDeprivations, indicatorNames, standardStep, type Decision } from "../classify/classifyByIncome.js";

/**
 * The B2 part of Phiếu B as entered (phần B2, mức độ thiếu hụt dịch vụ xã hội cơ bản): one of the reviewer's
 * per-indicator answers, the total written on the form, the list of deprived indicators, or their number.
 *
 * @example
 * ```ts
 * const a: B2Entry = { answers: { employment: false, dependants: true } }; // …one answer per indicator
 * const b: B2Entry = { total: 30 };
 * const c: B2Entry = { deprivations: ["healthInsurance", "sanitation", "housingArea"] };
 * ```
 * @category Forms
 */
export type B2Entry =
  | { readonly answers: { readonly [indicatorKey: string]: boolean } }
  | { readonly total: number }
  | { readonly deprivations: readonly string[] }
  | { readonly deprivationCount: number };

/**
 * The input of {@link scoreB2} (chấm điểm phần B2).
 *
 * @example
 * ```ts
 * const input: ScoreB2Input = { standard: "2021-2025", total: 30 };
 * ```
 * @category Forms
 */
export type ScoreB2Input = B2Entry & {
  /** The standard: an id or a standard object. */
  readonly standard: string | PovertyStandard;
};

/**
 * What scoring B2 gives (kết quả chấm điểm B2).
 *
 * @remarks
 * - `scored`: the total (points per indicator × deprived indicators), the count, and the deprived keys when known.
 * - `undetermined`: some indicators were not answered; `missing` lists their keys. A missing answer is never
 *   taken as "not deprived".
 * - `rule_not_found`: the standard has no sourced B2 rule (2027–2030).
 *
 * @example
 * ```ts
 * const o: B2Outcome = { kind: "scored", total: 30, count: 3 };
 * ```
 * @category Forms
 */
export type B2Outcome =
  | { readonly kind: "scored"; readonly total: number; readonly count: number; readonly deprived?: readonly string[] }
  | { readonly kind: "undetermined"; readonly missing: readonly string[] }
  | { readonly kind: "rule_not_found"; readonly reason: "b2_not_found" };

/** B2 after validation. */
export type ResolvedB2 =
  | { readonly kind: "scored"; readonly total: number; readonly count: number; readonly deprived: readonly string[] | undefined; readonly answers: { readonly [k: string]: boolean } | undefined }
  | { readonly kind: "missing"; readonly missing: readonly string[] };

/** The B2 fields of an input, as parsed. */
export const b2FieldsSchema = z
  .object({
    answers: z.record(z.string(), z.boolean()).optional(),
    total: z.number().int().nonnegative().optional(),
    deprivations: z.array(z.string()).max(100).optional(),
    deprivationCount: z.number().int().nonnegative().optional(),
  })
  .strict();

const ONE_OF = {
  vi: () => "B2 phải là đúng một trong: answers (trả lời từng chỉ số), total (tổng điểm), deprivations (danh sách chỉ số thiếu hụt), deprivationCount (số chỉ số thiếu hụt).",
  en: () => "B2 must be exactly one of: answers (one per indicator), total (points), deprivations (the deprived indicators), deprivationCount.",
};
const NOT_MULTIPLE = {
  vi: (p: MessageParams) => `điểm B2 ${str(p["total"])} không phải bội số của ${str(p["points"])} điểm mỗi chỉ số.`,
  en: (p: MessageParams) => `B2 total ${str(p["total"])} is not a multiple of ${str(p["points"])} points per indicator.`,
};
const ABOVE_MAX = {
  vi: (p: MessageParams) => `điểm B2 ${str(p["total"])} lớn hơn mức tối đa ${str(p["max"])} (${str(p["count"])} chỉ số × ${str(p["points"])} điểm).`,
  en: (p: MessageParams) => `B2 total ${str(p["total"])} is above the maximum ${str(p["max"])} (${str(p["count"])} indicators × ${str(p["points"])} points).`,
};

function standardsWithKey(key: string): string[] {
  return STANDARDS.filter((s) => s.indicators.some((i) => i.key === key)).map((s) => s.id);
}

/**
 * Validates B2 fields against a standard that has a B2 rule, and scores them. `path` prefixes issue paths.
 */
export function resolveB2(
  standard: PovertyStandard,
  fields: z.output<typeof b2FieldsSchema>,
  path: readonly (string | number)[],
  totalPath: readonly (string | number)[] = [...path, "total"],
): SafeResult<ResolvedB2> {
  const given = [fields.answers, fields.total, fields.deprivations, fields.deprivationCount].filter((x) => x !== undefined).length;
  if (given !== 1) return { ok: false, issues: [makeIssue("invalid_b2", [...path], ONE_OF, {})] };
  const rule = standard.scoring.b2;
  const ppi = rule?.pointsPerIndicator.value ?? 0;
  const n = standard.indicators.length;
  if (fields.total !== undefined) {
    const total = fields.total;
    if (ppi > 0 && total % ppi !== 0) return { ok: false, issues: [makeIssue("b2_not_multiple_of_points", totalPath, NOT_MULTIPLE, { total, points: ppi })] };
    if (total > ppi * n) return { ok: false, issues: [makeIssue("b2_above_maximum", totalPath, ABOVE_MAX, { total, max: ppi * n, count: n, points: ppi })] };
    return { ok: true, value: { kind: "scored", total, count: ppi > 0 ? total / ppi : 0, deprived: undefined, answers: undefined } };
  }
  if (fields.answers !== undefined) {
    const answers = fields.answers;
    const known = standard.indicators.map((i) => i.key);
    const issues: Issue[] = [];
    for (const k of Object.keys(answers)) {
      if (known.includes(k)) continue;
      const others = standardsWithKey(k);
      issues.push(
        others.length > 0
          ? makeIssue("indicator_of_other_standard", [...path, "answers", k], OTHER_STANDARD_INDICATOR, { key: k, standard: standard.id, belongsTo: others.join(", ") })
          : makeIssue("unknown_indicator", [...path, "answers", k], UNKNOWN_INDICATOR, { key: k, standard: standard.id, known: known.join(", ") }),
      );
    }
    if (issues.length > 0) return { ok: false, issues };
    const missing = known.filter((k) => answers[k] === undefined);
    if (missing.length > 0) return { ok: true, value: { kind: "missing", missing } };
    const deprived = known.filter((k) => answers[k] === true);
    return { ok: true, value: { kind: "scored", total: deprived.length * ppi, count: deprived.length, deprived, answers } };
  }
  const dep = checkDeprivations(standard, fields.deprivations, fields.deprivationCount, path);
  if (!dep.ok) return dep;
  const count = dep.value.count ?? 0;
  return { ok: true, value: { kind: "scored", total: count * ppi, count, deprived: dep.value.keys, answers: undefined } };
}

const M = {
  total: {
    vi: (p: MessageParams) => `Phiếu B, phần B2: ${str(p["total"])} điểm (${str(p["count"])} chỉ số thiếu hụt × ${str(p["points"])} điểm)${p["namesVi"] ? `: ${str(p["namesVi"])}` : ""}.`,
    en: (p: MessageParams) => `Phiếu B, part B2: ${str(p["total"])} points (${str(p["count"])} deprived indicators × ${str(p["points"])} points)${p["namesEn"] ? `: ${str(p["namesEn"])}` : ""}.`,
  },
  indicator: {
    vi: (p: MessageParams) => `Chỉ số ${str(p["order"])} "${str(p["nameVi"])}": ${p["deprived"] ? `thiếu hụt (+${str(p["points"])} điểm)` : "không thiếu hụt"}.`,
    en: (p: MessageParams) => `Indicator ${str(p["order"])} "${str(p["nameEn"])}": ${p["deprived"] ? `deprived (+${str(p["points"])} points)` : "not deprived"}.`,
  },
  missing: {
    vi: (p: MessageParams) => `Phiếu B, phần B2: chưa trả lời các chỉ số ${str(p["missing"])}; không coi là không thiếu hụt.`,
    en: (p: MessageParams) => `Phiếu B, part B2: indicators ${str(p["missing"])} are not answered; they are not taken as not deprived.`,
  },
  threshold: {
    vi: (p: MessageParams) => `B2 = ${str(p["total"])} ${p["holds"] ? "≥" : "<"} ${str(p["threshold"])} điểm: ${p["holds"] ? "thuộc đối tượng hộ nghèo" : "thuộc đối tượng hộ cận nghèo"}.`,
    en: (p: MessageParams) => `B2 = ${str(p["total"])} ${p["holds"] ? "≥" : "<"} ${str(p["threshold"])} points: ${p["holds"] ? "the household is poor" : "the household is near-poor"}.`,
  },
  notFound: {
    vi: (p: MessageParams) => `Chuẩn ${str(p["standard"])} chưa có quy tắc chấm điểm B2 được xác minh.`,
    en: (p: MessageParams) => `Standard ${str(p["standard"])} has no sourced B2 scoring rule.`,
  },
  outcome: {
    vi: (p: MessageParams) => (p["kind"] === "scored" ? `Điểm B2: ${str(p["total"])}.` : p["kind"] === "undetermined" ? `Chưa tính được B2: thiếu ${str(p["missing"])}.` : "Không chấm được B2: chuẩn chưa có quy tắc."),
    en: (p: MessageParams) => (p["kind"] === "scored" ? `B2 score: ${str(p["total"])}.` : p["kind"] === "undetermined" ? `B2 undetermined: ${str(p["missing"])} missing.` : "B2 cannot be scored: the standard has no rule."),
  },
};

/** Adds the B2 scoring step (with each indicator when known) to a trace; returns it. Needs `scoring.b2`. */
export function traceB2(t: Tracer, standard: PovertyStandard, b2: ResolvedB2): ExplanationStep {
  const rule = standard.scoring.b2;
  const cite = rule?.pointsPerIndicator.citation ?? { instrument: standard.instruments[0]?.id ?? standard.id, item: "Phiếu B, phần B2" };
  if (b2.kind === "missing") {
    return t.add(step({ rule: "b2.answers", code: "b2_answers_missing", template: M.missing, params: { missing: b2.missing.join(", ") }, actual: null, expected: b2.missing.join(", "), result: false, citations: [cite] }));
  }
  const points = rule ? t.read(standard, "scoring.b2.pointsPerIndicator", rule.pointsPerIndicator) : 0;
  const deprivedSet = b2.deprived ? new Set(b2.deprived) : undefined;
  const children =
    deprivedSet === undefined
      ? []
      : standard.indicators
          .filter((i) => b2.answers !== undefined || deprivedSet.has(i.key))
          .map((i) =>
            step({
              rule: "b2.indicator",
              code: deprivedSet.has(i.key) ? "b2_indicator_deprived" : "b2_indicator_not_deprived",
              template: M.indicator,
              params: { key: i.key, order: i.order, nameVi: i.name.vi, nameEn: i.name.en, deprived: deprivedSet.has(i.key), points },
              actual: deprivedSet.has(i.key),
              result: deprivedSet.has(i.key),
              citations: [i.citation],
              status: "confirmed",
            }),
          );
  return t.add(
    step({
      rule: "b2.total",
      code: "b2_total",
      template: M.total,
      params: {
        total: b2.total,
        count: b2.count,
        points,
        keys: b2.deprived ? [...b2.deprived] : null,
        namesVi: b2.deprived ? indicatorNames(standard, b2.deprived, "vi") : null,
        namesEn: b2.deprived ? indicatorNames(standard, b2.deprived, "en") : null,
      },
      actual: b2.total,
      result: true,
      citations: [cite],
      status: rule?.pointsPerIndicator.status ?? "confirmed",
      children,
    }),
  );
}

/** Adds the B2 threshold comparison to a trace; returns whether B2 reaches it. Needs `scoring.b2`. */
export function traceB2Threshold(t: Tracer, standard: PovertyStandard, total: number): boolean {
  const rule = standard.scoring.b2;
  if (!rule) return false;
  const threshold = t.read(standard, "scoring.b2.poorAtOrAbove", rule.poorAtOrAbove);
  const holds = total >= threshold;
  t.add(
    step({
      rule: "b2.at_or_above_threshold",
      code: holds ? "b2_at_or_above_threshold" : "b2_below_threshold",
      template: M.threshold,
      params: { total, threshold, holds },
      actual: total,
      expected: `≥ ${threshold}`,
      result: holds,
      citations: [rule.poorAtOrAbove.citation],
      status: rule.poorAtOrAbove.status,
    }),
  );
  return holds;
}

/** The B2 outcome of a resolved B2. */
export function b2Outcome(b2: ResolvedB2): B2Outcome {
  if (b2.kind === "missing") return { kind: "undetermined", missing: b2.missing };
  return b2.deprived ? { kind: "scored", total: b2.total, count: b2.count, deprived: b2.deprived } : { kind: "scored", total: b2.total, count: b2.count };
}

const inputSchema = b2FieldsSchema.extend({ standard: standardRefSchema }).strict();

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
  const parsed = safeParseWith(inputSchema, input);
  if (!parsed.ok) return parsed;
  const standard = parsed.value.standard;
  const t = new Tracer();
  t.add(standardStep(standard));
  if (!standard.scoring.b2) {
    const outcome: B2Outcome = { kind: "rule_not_found", reason: "b2_not_found" };
    const s = t.add(step({ rule: "b2.rule", code: "b2_rule_not_found", template: M.notFound, params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
    return { ok: true, value: { outcome, explanation: t.finish("score_b2", standard.id, s.message) } };
  }
  const b2 = resolveB2(standard, parsed.value, []);
  if (!b2.ok) return b2;
  traceB2(t, standard, b2.value);
  if (b2.value.kind === "scored") traceB2Threshold(t, standard, b2.value.total);
  const outcome = b2Outcome(b2.value);
  const final = t.add(
    step({
      rule: "b2.outcome",
      code: `b2_${outcome.kind}`,
      template: M.outcome,
      params: { kind: outcome.kind, total: outcome.kind === "scored" ? outcome.total : null, missing: outcome.kind === "undetermined" ? outcome.missing.join(", ") : null },
      result: outcome.kind,
    }),
  );
  return { ok: true, value: { outcome, explanation: t.finish("score_b2", standard.id, final.message) } };
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
