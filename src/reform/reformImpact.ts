import * as z from "zod/mini";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap, withCause } from "../_lib/issues.js";
import { deepFreeze } from "../_lib/freeze.js";
import type { PovertyStandard } from "../standards/types.js";
import { resolveStandard } from "../standards/_resolveStandard.js";
import { resolveIncomeInput } from "../classify/classifyByIncome.js";
import { NO_INCOME_PROBE, evaluateIncome, incomeRule } from "../classify/_incomeRule.js";
import type { PovertyClassOutcome } from "../classify/types.js";
import { membersSchema } from "../classify/_schemas.js";
import { type ReformChange, type ReformClassKey, type ReformHousehold, type ReformImpact, type RejectedReformHousehold, type TransitionCells } from "./types.js";
import { issue } from "./_messages.js";

/**
 * The input of {@link reformImpact}.
 *
 * @example
 * ```ts
 * const i: ReformImpactInput = { from: "2021-2025", to: "2027-2030", unit: "T-01", households: [] };
 * ```
 * @category Reform impact
 */
export interface ReformImpactInput {
  /** The earlier standard: an id or a standard object (national or local). */
  readonly from: string | PovertyStandard;
  /** The later standard: an id or a standard object (national or local). */
  readonly to: string | PovertyStandard;
  /** The unit the households belong to (a village's code, say). */
  readonly unit: string;
  /** The households: any iterable (an array, a generator reading a file). */
  readonly households: Iterable<ReformHousehold>;
  /** How many rejected households to list with their issues (default 1000; every one is counted). */
  readonly maxRejected?: number;
}

/**
 * What {@link reformImpact} returns: the unit's impact, the households that change class, and the rejected ones.
 *
 * @example
 * ```ts
 * const r: ReformImpactResult = reformImpact({ from: "2021-2025", to: "2027-2030", unit: "T-01", households: [] });
 * r.counts; //=> { input: 0, ok: 0, rejected: 0 }
 * ```
 * @category Reform impact
 */
export interface ReformImpactResult {
  /** The impact (deeply frozen, plain JSON). */
  readonly impact: ReformImpact;
  /** Every household whose class differs between the two standards, in input order. */
  readonly changed: readonly ReformChange[];
  /** The rejected households, up to `maxRejected`. */
  readonly rejected: readonly RejectedReformHousehold[];
  /** Households read, counted and rejected (`input = ok + rejected`). */
  readonly counts: { readonly input: number; readonly ok: number; readonly rejected: number };
}

const topSchema = z.object({
  unit: z.string().check(z.minLength(1), z.maxLength(200)),
  maxRejected: z.optional(z.number().check(z.nonnegative())),
});

const householdSchema = z.object({
  code: z.optional(z.string().check(z.maxLength(200))),
  area: z.enum(["rural", "urban"]),
  members: membersSchema,
  income: z.unknown(),
  indicators: z.record(z.string(), z.boolean()),
});

function emptyCells(): { [F in ReformClassKey]: { [T in ReformClassKey]: number } } {
  const row = () => ({ poor: 0, near_poor: 0, not_poor: 0, undetermined: 0 });
  return { poor: row(), near_poor: row(), not_poor: row(), undetermined: row() };
}

/** The class key of an income outcome. */
function classOf(o: PovertyClassOutcome): ReformClassKey {
  return o.kind;
}

/** The two standards' indicator keys, prepared once. */
interface Keys {
  readonly standard: PovertyStandard;
  readonly keys: readonly string[];
}

/** Classifies one household under one standard: the income rule, the unanswered indicators unknown. */
function classifyUnder(k: Keys, h: z.output<typeof householdSchema>): SafeResult<PovertyClassOutcome> {
  const deprivations: string[] = [];
  const unknown: string[] = [];
  for (const key of k.keys) {
    const a = Object.prototype.hasOwnProperty.call(h.indicators, key) ? h.indicators[key] : undefined;
    if (a === undefined) unknown.push(key);
    else if (a) deprivations.push(key);
  }
  const r = resolveIncomeInput({ standard: k.standard, area: h.area, income: h.income, deprivations });
  if (!r.ok) return { ok: false, issues: r.issues.filter((i) => i.path[0] === "income") };
  const outcome = evaluateIncome(incomeRule(k.standard, h.area), { income: r.value.income, deprivationCount: r.value.deprivationCount, unknownKeys: unknown }, NO_INCOME_PROBE);
  return { ok: true, value: outcome };
}

/** The code of a record, when it has a string one (read without trusting the record). */
function codeOf(raw: unknown): string | undefined {
  try {
    const c = (raw as { code?: unknown } | null)?.code;
    return typeof c === "string" ? c : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Classifies the same households under two standards and counts, per class under the earlier standard, the
 * households and persons in each class under the later one (tác động của việc chuyển chuẩn nghèo: ma trận chuyển
 * đổi); returns the issues when the standards or the unit are bad.
 *
 * @remarks
 * Planners preparing 2027 ask first: how many of our households change class under the new standard? Each household
 * is classified by income and deprivations under each standard with the same rule as `classifyByIncome`
 * (`classRule`, lines, deprivation count), national or local. Indicators not answered are unknown, never "not
 * deprived": under 2027–2030 the added indicators (digital services, waste treatment) are unknown until collected,
 * so a household within the income line whose known deprivations fall short of the threshold by no more than the
 * unknown ones is `undetermined`, and `missingUnderTo` counts which indicators such households need. A household
 * above the line is decided whatever its indicators.
 *
 * Per unit: call it once per village and merge the results upward with {@link mergeReformImpacts}, as tallies are.
 * Bad households are rejected by position with their issues and counted; the rest are counted. Nothing is divided
 * and no legal number is invented: the classes come from each standard's data, with its certainty (the 2027–2030
 * indicator list is uncertain; the table notes say so).
 *
 * @param input - the two standards, the unit, the households.
 * @returns the result, or issues for the standards or the unit.
 * @example
 * ```ts
 * const r = safeReformImpact({
 *   from: "2021-2025", to: "2027-2030", unit: "T-01",
 *   households: [{ area: "rural", members: 4, income: { monthlyTotal: 7_200_000, members: 4 }, indicators: {} }],
 * });
 * // 1,800,000 per person: above the 2021–2025 line (1,500,000), within the 2027–2030 one (2,200,000), and the
 * // deprivations are not known: not poor → undetermined
 * r.ok && r.value.impact.households.not_poor.undetermined; //=> 1
 * ```
 * @category Reform impact
 */
export function safeReformImpact(input: ReformImpactInput): SafeResult<ReformImpactResult> {
  return guardSafe(() => reform(input));
}

/** The body of {@link safeReformImpact}, run inside its guard. */
function reform(input: ReformImpactInput): SafeResult<ReformImpactResult> {
  const top = safeParseWith(topSchema, input);
  if (!top.ok) return top;
  const a = resolveStandard((input as { from?: unknown }).from, ["from"]);
  const b = resolveStandard((input as { to?: unknown }).to, ["to"]);
  if (!a.ok || !b.ok) return { ok: false, issues: [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)] };
  const households = (input as { households?: unknown }).households;
  if (households === null || typeof households !== "object" || typeof (households as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    return { ok: false, issues: [issue("invalid_type", ["households"], { expected: "array", received: typeof households })] };
  }
  const from: Keys = { standard: a.value, keys: a.value.indicators.map((i) => i.key) };
  const to: Keys = { standard: b.value, keys: b.value.indicators.map((i) => i.key) };
  const known = new Set([...from.keys, ...to.keys]);
  const maxRejected = top.value.maxRejected ?? 1000;
  const hh = emptyCells();
  const pp = emptyCells();
  const missing: { [key: string]: number } = Object.create(null) as { [key: string]: number };
  const changed: ReformChange[] = [];
  const rejected: RejectedReformHousehold[] = [];
  let index = 0;
  let ok = 0;
  let nRejected = 0;
  const reject = (raw: unknown, issues: readonly Issue[]): void => {
    nRejected++;
    if (rejected.length < maxRejected) {
      const code = codeOf(raw);
      rejected.push(code !== undefined ? { index, code, issues } : { index, issues });
    }
  };
  try {
    for (const raw of households as Iterable<unknown>) {
      const h = safeParseWith(householdSchema, raw);
      if (!h.ok) {
        reject(raw, h.issues);
        index++;
        continue;
      }
      const v = h.value;
      const issues: Issue[] = [];
      for (const key of Object.keys(v.indicators)) if (!known.has(key)) issues.push(issue("indicator_in_neither_standard", ["indicators", key], { key, from: from.standard.id, to: to.standard.id }));
      const incomeMembers = (v.income as { members?: unknown } | null)?.members;
      if (typeof incomeMembers === "number" && incomeMembers !== v.members) issues.push(issue("income_members_mismatch", ["income", "members"], { income: incomeMembers, members: v.members }));
      const fa = issues.length === 0 ? classifyUnder(from, v) : undefined;
      const fb = issues.length === 0 ? classifyUnder(to, v) : undefined;
      if (fa && !fa.ok) issues.push(...fa.issues);
      else if (fb && !fb.ok) issues.push(...fb.issues);
      if (issues.length > 0 || !fa?.ok || !fb?.ok) {
        reject(raw, issues);
        index++;
        continue;
      }
      const f = classOf(fa.value);
      const t = classOf(fb.value);
      hh[f][t]++;
      pp[f][t] += v.members;
      if (fb.value.kind === "undetermined") for (const m of fb.value.missing) if (m.startsWith("deprivations.")) missing[m.slice(13)] = (missing[m.slice(13)] ?? 0) + 1;
      if (f !== t) changed.push(v.code !== undefined ? { index, code: v.code, from: f, to: t } : { index, from: f, to: t });
      ok++;
      index++;
    }
  } catch (e) {
    // the iterable failed midway (a generator reading a file, say): no partial impact is returned
    return { ok: false, issues: [withCause(issue("households_unreadable", ["households"], { counted: index }), e)] };
  }
  const sortedMissing: { [key: string]: number } = {};
  for (const k of Object.keys(missing).sort()) sortedMissing[k] = missing[k] as number;
  const impact: ReformImpact = deepFreeze({
    format: "vn-poverty/reform-impact@1",
    from: from.standard.id,
    to: to.standard.id,
    unit: top.value.unit,
    units: [top.value.unit],
    households: hh as TransitionCells,
    persons: pp as TransitionCells,
    missingUnderTo: sortedMissing,
  });
  return { ok: true, value: { impact, changed, rejected, counts: { input: index, ok, rejected: nRejected } } };
}

/**
 * Classifies the same households under two standards and counts the transitions (ma trận chuyển đổi phân loại khi
 * đổi chuẩn nghèo); throws on bad standards or unit.
 *
 * @remarks See {@link safeReformImpact}.
 * @param input - the two standards, the unit, the households.
 * @returns the impact, the households that change class, the rejected ones and the counts.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues; also when the iterable throws midway
 *   (issue `households_unreadable` says how many records were read; the error's `cause` is the original error).
 * @example
 * ```ts
 * const { impact } = reformImpact({
 *   from: "2021-2025", to: "2027-2030", unit: "T-01",
 *   households: [{ area: "urban", members: 2, income: { perCapitaMonthly: 1_900_000 }, indicators: { employment: true, nutrition: true, healthInsurance: true } }],
 * });
 * impact.households.poor.poor; //=> 1 (within both urban lines, 3 deprivations known under both)
 * ```
 * @category Reform impact
 */
export function reformImpact(input: ReformImpactInput): ReformImpactResult {
  return unwrap(safeReformImpact(input), "reformImpact");
}
