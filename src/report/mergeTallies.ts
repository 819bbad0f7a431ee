import type { SafeResult } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import { makeIssue } from "../_lib/legacyIssues.js";
import { MSG } from "./_messages.js";
import { newTally } from "./emptyTally.js";
import { mergeInto } from "./_mergeInto.js";
import { layoutOf } from "./_layout.js";
import { safeCheckTally } from "./tallyJson.js";
import type { Tally } from "./types.js";

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
