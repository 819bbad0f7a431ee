import type { SafeResult } from "../errors/Issue.js";
import { makeIssue, unwrap } from "../_lib/issues.js";
import { CAUSES, CHILD, layoutOf } from "./_layout.js";
import { MSG } from "./_messages.js";
import { newTally } from "./emptyTally.js";
import { safeCheckTally } from "./tallyJson.js";
import type { ClassCounts, SegmentCounts, Tally } from "./types.js";

const CLASS_KEYS: readonly (keyof ClassCounts)[] = ["total", "poor", "poorByIncome", "poorByDeprivation", "nearPoor", "notPoor", "middleLiving"];
const SEGMENT_KEYS = ["poor", "nearPoor", "poorByIncome", "poorByDeprivation"] as const;

function addOpen(into: { [k: string]: number }, from: { readonly [k: string]: number }): void {
  for (const k in from) {
    if (Object.hasOwn(from, k)) into[k] = (Object.hasOwn(into, k) ? (into[k] as number) : 0) + (from[k] as number);
  }
}

function addSegment(into: SegmentCounts, from: SegmentCounts, keys: readonly string[]): void {
  const a = into.deprivations;
  const b = from.deprivations;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    a[k] = (a[k] as number) + (b[k] as number);
  }
  into.ethnicMinority += from.ethnicMinority;
  into.noMemberAbleToWork += from.noMemberAbleToWork;
  into.memberWithMerit += from.memberWithMerit;
  for (const c of CAUSES) into.causes[c] += from.causes[c];
  for (const c of CHILD) into.children[c] += from.children[c];
  addOpen(into.support, from.support);
  addOpen(into.ethnicity, from.ethnicity);
}

/**
 * Adds `from` into `into` (same standard, checked by the caller). Returns false when a total passes
 * Number.MAX_SAFE_INTEGER (the counts are then no longer exact). Every other count of a consistent tally is at most
 * its households' or persons' total, so checking the two totals suffices. Private.
 */
export function mergeInto(into: Tally, from: Tally): boolean {
  const h = into.households;
  const fh = from.households;
  const p = into.persons;
  const fp = from.persons;
  for (const k of CLASS_KEYS) {
    h[k] += fh[k];
    p[k] += fp[k];
  }
  const keys = layoutOf(into.standard).keys;
  for (const k of SEGMENT_KEYS) {
    const a = into.segments[k];
    const b = from.segments[k];
    if (a !== undefined && b !== undefined) addSegment(a, b, keys);
  }
  return h.total <= Number.MAX_SAFE_INTEGER && p.total <= Number.MAX_SAFE_INTEGER;
}

/**
 * Merges two tallies of the same standard (cộng hai bảng tổng hợp), or says why it cannot.
 *
 * @remarks
 * Every count is added; open keys (support, ethnicity) are united. The merge is associative and commutative, and
 * {@link emptyTally} is its identity, so villages can be merged in any order or in a worker pool. Neither input is
 * changed. Issues: `standard_mismatch` (two standards: their counts mean different things), `count_overflow` (a sum
 * past 2^53 − 1, where integers stop being exact).
 *
 * @param a - a tally.
 * @param b - a tally of the same standard.
 * @returns the merged tally (a new object), or the issues.
 * @example
 * ```ts
 * const r = safeMergeTallies(emptyTally("2021-2025"), emptyTally("2016-2020"));
 * r.ok; //=> false
 * if (!r.ok) r.issues[0]?.code; //=> "standard_mismatch"
 * ```
 * @category Reports
 */
export function safeMergeTallies(a: Tally, b: Tally): SafeResult<Tally> {
  const ca = safeCheckTally(a, ["a"]);
  const cb = safeCheckTally(b, ["b"]);
  if (!ca.ok || !cb.ok) return { ok: false, issues: [...(ca.ok ? [] : ca.issues), ...(cb.ok ? [] : cb.issues)] };
  if (a.standard !== b.standard) {
    return { ok: false, issues: [makeIssue("standard_mismatch", ["standard"], MSG.mergeStandards, { left: a.standard, right: b.standard })] };
  }
  const out = newTally(layoutOf(a.standard));
  if (!mergeInto(out, a) || !mergeInto(out, b)) {
    return { ok: false, issues: [makeIssue("count_overflow", [], MSG.inconsistent, { rule: "count ≤ 9007199254740991" })] };
  }
  return { ok: true, value: out };
}

/**
 * Merges two tallies of the same standard (cộng hai bảng tổng hợp); the throwing twin of {@link safeMergeTallies}.
 *
 * @remarks
 * See {@link safeMergeTallies}: associative, commutative, with {@link emptyTally} as identity.
 *
 * @param a - a tally.
 * @param b - a tally of the same standard.
 * @returns the merged tally (a new object).
 * @throws {@link PovertyError} `"invalid_input"` with the issues of {@link safeMergeTallies}.
 * @example
 * ```ts
 * const village1 = emptyTally("2021-2025");
 * addToTally(village1, { unitCode: "V-001", standard: "2021-2025", kind: "near_poor", persons: 2 });
 * mergeTallies(village1, village1).households.nearPoor; //=> 2
 * ```
 * @category Reports
 */
export function mergeTallies(a: Tally, b: Tally): Tally {
  return unwrap(safeMergeTallies(a, b), "mergeTallies");
}
