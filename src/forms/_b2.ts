// Phiếu B part B2: validating answers, a total, a list or a count; the B2 threshold rule written once; and the
// steps a tracer builds from them. Private.
import * as z from "zod/mini";
import type { LegalValue, Path } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { type Tracer } from "../explain/_trace.js";
import type { ExplanationStep } from "../explain/types.js";
import { deepFreeze } from "../_lib/freeze.js";
import { Memo } from "../_lib/memo.js";
import type { PovertyStandard } from "../standards/types.js";
import { checkIndicatorList, foreignKeyIssue, indicatorKeySet } from "../standards/_indicatorKeys.js";
import { indicatorNames } from "../standards/_indicatorNames.js";
import type { B2Outcome } from "./types.js";
import { addIssue, issue, step } from "./_messages.js";

/** B2 after validation. */
export type ResolvedB2 =
  | { readonly kind: "scored"; readonly total: number; readonly count: number; readonly deprived: readonly string[] | undefined; readonly answers: { readonly [k: string]: boolean } | undefined }
  | { readonly kind: "missing"; readonly missing: readonly string[] };

/** The B2 fields of an input, before the rule that one entry is given. */
export const b2FieldsShape = z.strictObject({
  answers: z.optional(z.record(z.string(), z.boolean())),
  total: z.optional(z.int().check(z.nonnegative())),
  deprivations: z.optional(z.array(z.string()).check(z.maxLength(100))),
  deprivationCount: z.optional(z.int().check(z.nonnegative())),
});

/**
 * The one-entry rule of B2 (`invalid_b2`): exactly one of the answers, the total, the deprived keys or their count.
 * Checked by the schema for every standard, before any standard's rule.
 */
export const b2EntryCheck = z.superRefine((v: z.output<typeof b2FieldsShape>, ctx) => {
  const given = (v.answers !== undefined ? 1 : 0) + (v.total !== undefined ? 1 : 0) + (v.deprivations !== undefined ? 1 : 0) + (v.deprivationCount !== undefined ? 1 : 0);
  if (given !== 1) addIssue(ctx, "invalid_b2", [], {});
});

/** The B2 fields of an input, as parsed: exactly one entry. */
export const b2FieldsSchema = b2FieldsShape.check(b2EntryCheck);

/**
 * Checks deprivation inputs against a standard: known keys, no duplicates, count within range. Shared by every
 * classifier and by B2.
 */
export function checkDeprivations(
  standard: PovertyStandard,
  deprivations: readonly string[] | undefined,
  count: number | undefined,
  path: Path,
): SafeResult<{ readonly keys: readonly string[] | undefined; readonly count: number | undefined }> {
  const issues: Issue[] = [];
  if (deprivations !== undefined && count !== undefined) issues.push(issue("deprivations_and_count_both_given", path, {}));
  if (deprivations) issues.push(...checkIndicatorList(standard, deprivations, [...path, "deprivations"]));
  if (count !== undefined && count > standard.indicators.length) {
    issues.push(issue("too_many_deprivations", [...path, "deprivationCount"], { count, max: standard.indicators.length }));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: deprivations ? { keys: deprivations, count: deprivations.length } : { keys: undefined, count } };
}

/**
 * Checks the indicators a caller marks as not answered: only with a list of deprived ones (not with a count), keys of
 * the standard, no duplicates, none also listed as deprived.
 */
export function checkUnknownIndicators(standard: PovertyStandard, deprivations: readonly string[] | undefined, unknown: readonly string[], path: Path): SafeResult<readonly string[]> {
  if (deprivations === undefined) return { ok: false, issues: [issue("unknown_indicators_without_list", path, {})] };
  const issues: Issue[] = [...checkIndicatorList(standard, unknown, path)];
  const deprived = new Set(deprivations);
  unknown.forEach((k, i) => {
    if (deprived.has(k)) issues.push(issue("indicator_deprived_and_unknown", [...path, i], { key: k }));
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: unknown };
}

/**
 * Validates B2 fields against a standard and scores them. `path` prefixes issue paths; `totalPath` is where a total
 * lives in the caller's input.
 */
export function resolveB2(standard: PovertyStandard, fields: z.output<typeof b2FieldsSchema>, path: Path, totalPath: Path = [...path, "total"]): SafeResult<ResolvedB2> {
  // one entry: b2FieldsSchema's check (invalid_b2)
  const rule = standard.scoring.b2;
  const ppi = rule?.pointsPerIndicator.value ?? 0;
  const n = standard.indicators.length;
  if (fields.total !== undefined) {
    const total = fields.total;
    if (ppi > 0 && total % ppi !== 0) return { ok: false, issues: [issue("b2_not_multiple_of_points", totalPath, { total, points: ppi })] };
    if (total > ppi * n) return { ok: false, issues: [issue("b2_above_maximum", totalPath, { total, max: ppi * n, count: n, points: ppi })] };
    return { ok: true, value: { kind: "scored", total, count: ppi > 0 ? total / ppi : 0, deprived: undefined, answers: undefined } };
  }
  if (fields.answers !== undefined) {
    const answers = fields.answers;
    const known = indicatorKeySet(standard);
    const issues: Issue[] = [];
    for (const k of Object.keys(answers)) if (!known.has(k)) issues.push(foreignKeyIssue(standard, k, [...path, "answers", k]));
    if (issues.length > 0) return { ok: false, issues };
    const missing: string[] = [];
    const deprived: string[] = [];
    for (const i of standard.indicators) {
      const a = answers[i.key];
      if (a === undefined) missing.push(i.key);
      else if (a) deprived.push(i.key);
    }
    if (missing.length > 0) return { ok: true, value: { kind: "missing", missing } };
    return { ok: true, value: { kind: "scored", total: deprived.length * ppi, count: deprived.length, deprived, answers } };
  }
  const dep = checkDeprivations(standard, fields.deprivations, fields.deprivationCount, path);
  if (!dep.ok) return dep;
  const count = dep.value.count ?? 0;
  return { ok: true, value: { kind: "scored", total: count * ppi, count, deprived: dep.value.keys, answers: undefined } };
}

/** The B2 outcome of a resolved B2. */
export function b2Outcome(b2: ResolvedB2): B2Outcome {
  if (b2.kind === "missing") return { kind: "undetermined", missing: b2.missing };
  return b2.deprived ? { kind: "scored", total: b2.total, count: b2.count, deprived: b2.deprived } : { kind: "scored", total: b2.total, count: b2.count };
}

/** What the B2 threshold rule reports as it runs. */
export interface B2Probe {
  /** B2 compared with the poor threshold: B2 ≥ threshold → poor. */
  b2Threshold(total: number, threshold: LegalValue<number>, holds: boolean): void;
}

/** The B2 threshold rule (Circular 07/2021 and Circular 17/2016, Phiếu B phần B2): B2 ≥ the threshold → poor. */
export function evaluateB2(threshold: LegalValue<number>, total: number, p: B2Probe): boolean {
  const poor = total >= threshold.value;
  p.b2Threshold(total, threshold, poor);
  return poor;
}

const ENTRY = new Memo<PovertyStandard, string, ExplanationStep>();
const THRESHOLD = new Memo<LegalValue<number>, number, ExplanationStep>();

/** The B2 entry step (with each indicator when known): built once per standard and answer pattern, shared. */
function entryStep(standard: PovertyStandard, b2: Extract<ResolvedB2, { kind: "scored" }>, points: number): ExplanationStep {
  const rule = standard.scoring.b2;
  const cite = rule?.pointsPerIndicator.citation ?? { instrument: standard.instruments[0]?.id ?? standard.id, item: "Phiếu B, phần B2" };
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
              params: { key: i.key, order: i.order, nameVi: i.name.vi, nameEn: i.name.en, deprived: deprivedSet.has(i.key), points },
              actual: deprivedSet.has(i.key),
              result: deprivedSet.has(i.key),
              citations: [i.citation],
              status: "confirmed",
            }),
          );
  const names = b2.deprived ? indicatorNames(standard, b2.deprived) : undefined;
  return deepFreeze(
    step({
      rule: "b2.total",
      code: "b2_total",
      params: { total: b2.total, count: b2.count, points, keys: b2.deprived ? [...b2.deprived] : null, namesVi: names?.vi ?? null, namesEn: names?.en ?? null },
      actual: b2.total,
      result: true,
      citations: [cite],
      status: rule?.pointsPerIndicator.status ?? "confirmed",
      children,
    }),
  );
}

/** The tracer's step for the B2 entry (with each indicator when known). */
export function traceB2Entry(t: Tracer, standard: PovertyStandard, b2: ResolvedB2): void {
  const rule = standard.scoring.b2;
  if (b2.kind === "missing") {
    const cite = rule?.pointsPerIndicator.citation ?? { instrument: standard.instruments[0]?.id ?? standard.id, item: "Phiếu B, phần B2" };
    const missing = b2.missing.join(", ");
    t.add(step({ rule: "b2.answers", code: "b2_answers_missing", params: { missing }, actual: null, expected: missing, result: false, citations: [cite] }));
    return;
  }
  const points = rule ? t.read(standard, "scoring.b2.pointsPerIndicator", rule.pointsPerIndicator) : 0;
  const key = b2.deprived === undefined ? `t${b2.total}` : `${b2.answers !== undefined ? "a" : "d"}${b2.total}|${b2.deprived.join(",")}`;
  t.add(ENTRY.get(standard, key, () => entryStep(standard, b2, points)));
}

/** The tracer's step for B2 against the threshold. */
export function traceB2Threshold(t: Tracer, standard: PovertyStandard, total: number, threshold: LegalValue<number>, holds: boolean): void {
  const v = t.read(standard, "scoring.b2.poorAtOrAbove", threshold);
  t.add(
    THRESHOLD.get(threshold, total, () => deepFreeze(step({
      rule: "b2.at_or_above_threshold",
      code: holds ? "b2_at_or_above_threshold" : "b2_below_threshold",
      params: { total, threshold: v, holds },
      actual: total,
      expected: `≥ ${v}`,
      result: holds,
      citations: [threshold.citation],
      status: threshold.status,
    }))),
  );
}
