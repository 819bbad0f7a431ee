import * as z from "zod/mini";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { guardSafe, prefixIssues, safeParseWith, unwrap } from "../_lib/issues.js";
import { deepFreeze } from "../_lib/freeze.js";
import { REFORM_CLASSES, type ReformClassKey, type ReformImpact, type TransitionCells } from "./types.js";
import { issue } from "./_messages.js";

const count = z.int().check(z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));
const row = z.strictObject({ poor: count, near_poor: count, not_poor: count, undetermined: count });
const cells = z.strictObject({ poor: row, near_poor: row, not_poor: row, undetermined: row });
const unit = z.string().check(z.minLength(1), z.maxLength(200));

/** The schema of a {@link ReformImpact} (the JSON other systems send). */
export const reformImpactSchema = z.strictObject({
  format: z.literal("vn-poverty/reform-impact@1"),
  from: z.string().check(z.minLength(1), z.maxLength(100)),
  to: z.string().check(z.minLength(1), z.maxLength(100)),
  unit,
  units: z.array(unit).check(z.minLength(1)),
  households: cells,
  persons: cells,
  missingUnderTo: z.record(z.string().check(z.maxLength(100)), count),
});

/** The checks JSON Schema cannot state: persons ≥ households in each cell, units distinct. */
function consistency(v: z.output<typeof reformImpactSchema>): Issue[] {
  const issues: Issue[] = [];
  for (const f of REFORM_CLASSES) {
    for (const t of REFORM_CLASSES) {
      const h = v.households[f][t];
      const p = v.persons[f][t];
      if (p < h) issues.push(issue("reform_cells_inconsistent", ["persons", f, t], { from: f, to: t, households: h, persons: p }));
    }
  }
  const seen = new Set<string>();
  v.units.forEach((u, i) => {
    if (seen.has(u)) issues.push(issue("reform_units_overlap", ["units", i], { unit: u }));
    seen.add(u);
  });
  return issues;
}

/**
 * Reads a reform impact back from JSON (đọc kết quả ước tính tác động), checking every count and the consistency
 * of the cells; returns the issues when it is bad.
 *
 * @param json - the parsed JSON (an object), or a JSON string.
 * @returns the impact, deeply frozen, or issues.
 * @example
 * ```ts
 * safeReformImpactFromJson('{"format":"x"}').ok; //=> false
 * ```
 * @category Reform impact
 */
export function safeReformImpactFromJson(json: unknown): SafeResult<ReformImpact> {
  return guardSafe(() => fromJson(json));
}

function fromJson(json: unknown): SafeResult<ReformImpact> {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      return { ok: false, issues: [issue("invalid_format", [], { format: "json", received: json.length > 60 ? `${json.slice(0, 60)}…` : json })] };
    }
  }
  const r = safeParseWith(reformImpactSchema, value);
  if (!r.ok) return r;
  const issues = consistency(r.value);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: deepFreeze(r.value as ReformImpact) };
}

/**
 * Reads a reform impact back from JSON (đọc kết quả ước tính tác động); throws on bad input.
 *
 * @param json - the parsed JSON or a JSON string.
 * @returns the impact.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * reformImpactFromJson(JSON.stringify(impact)).unit; //=> "T-01"
 * ```
 * @category Reform impact
 */
export function reformImpactFromJson(json: unknown): ReformImpact {
  return unwrap(safeReformImpactFromJson(json), "reformImpactFromJson");
}

function addCells(into: { [F in ReformClassKey]: { [T in ReformClassKey]: number } }, c: TransitionCells): void {
  for (const f of REFORM_CLASSES) for (const t of REFORM_CLASSES) into[f][t] += c[f][t];
}

/**
 * Merges reform impacts into a parent unit's (gộp kết quả ước tính tác động lên cấp trên): villages into a commune,
 * communes into a district or province; returns the issues when they cannot be merged.
 *
 * @remarks
 * Every part is checked as {@link safeReformImpactFromJson} checks it (they may come from JSON). The parts must be
 * for the same pair of standards (`reform_standards_differ`) and count disjoint units (`reform_units_overlap`: a
 * commune's own impact given beside its villages' would count them twice). The result is for `unit` and lists every
 * unit counted. Merging is associative and order-free: the same parts in any order give the same JSON.
 *
 * @param parts - the impacts to merge (at least one).
 * @param unit - the parent unit's code.
 * @returns the merged impact, or issues.
 * @example
 * ```ts
 * const r = safeMergeReformImpacts([village1, village1], "X-01");
 * r.ok; //=> false (reform_units_overlap)
 * ```
 * @category Reform impact
 */
export function safeMergeReformImpacts(parts: readonly unknown[], unit: string): SafeResult<ReformImpact> {
  return guardSafe(() => merge(parts, unit));
}

function merge(parts: readonly unknown[], unit: string): SafeResult<ReformImpact> {
  const u = safeParseWith(z.string().check(z.minLength(1), z.maxLength(200)), unit, ["unit"]);
  if (!u.ok) return u;
  if (!Array.isArray(parts) || parts.length === 0) return { ok: false, issues: [issue("too_small", ["parts"], { origin: "array", minimum: 1, inclusive: true, received: Array.isArray(parts) ? "array" : typeof parts })] };
  const issues: Issue[] = [];
  const valid: ReformImpact[] = [];
  for (let i = 0; i < parts.length; i++) {
    // a hole in a sparse array is read as undefined, and refused like any bad part
    const r = safeReformImpactFromJson(parts[i]);
    if (r.ok) valid.push(r.value);
    else issues.push(...prefixIssues(r.issues, ["parts", i]));
  }
  if (issues.length > 0) return { ok: false, issues };
  const first = valid[0] as ReformImpact;
  const pair = `${first.from} → ${first.to}`;
  const seen = new Map<string, number>();
  valid.forEach((p, i) => {
    const received = `${p.from} → ${p.to}`;
    if (received !== pair) issues.push(issue("reform_standards_differ", ["parts", i], { expected: pair, received }));
    for (const x of p.units) {
      if (seen.has(x)) issues.push(issue("reform_units_overlap", ["parts", i, "units"], { unit: x }));
      seen.set(x, i);
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  const row = () => ({ poor: 0, near_poor: 0, not_poor: 0, undetermined: 0 });
  const hh = { poor: row(), near_poor: row(), not_poor: row(), undetermined: row() };
  const pp = { poor: row(), near_poor: row(), not_poor: row(), undetermined: row() };
  const missing: { [k: string]: number } = Object.create(null) as { [k: string]: number };
  for (const p of valid) {
    addCells(hh, p.households);
    addCells(pp, p.persons);
    for (const k of Object.keys(p.missingUnderTo)) missing[k] = (missing[k] ?? 0) + (p.missingUnderTo[k] as number);
  }
  const sorted: { [k: string]: number } = {};
  for (const k of Object.keys(missing).sort()) sorted[k] = missing[k] as number;
  return {
    ok: true,
    value: deepFreeze({ format: "vn-poverty/reform-impact@1", from: first.from, to: first.to, unit: u.value, units: [...seen.keys()].sort(), households: hh, persons: pp, missingUnderTo: sorted }),
  };
}

/**
 * Merges reform impacts into a parent unit's (gộp kết quả ước tính tác động); throws when they cannot be merged.
 *
 * @remarks See {@link safeMergeReformImpacts}.
 * @param parts - the impacts to merge.
 * @param unit - the parent unit's code.
 * @returns the merged impact.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * mergeReformImpacts([village1, village2], "X-01").units; //=> ["T-01", "T-02"]
 * ```
 * @category Reform impact
 */
export function mergeReformImpacts(parts: readonly unknown[], unit: string): ReformImpact {
  return unwrap(safeMergeReformImpacts(parts, unit), "mergeReformImpacts");
}
