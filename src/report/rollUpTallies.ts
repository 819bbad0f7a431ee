import type { Issue, SafeResult } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { unwrap } from "../_lib/issues.js";
import { makeIssue } from "../_lib/legacyIssues.js";
import type { PovertyStandard } from "../standards/types.js";
import { resolveLayout } from "./_layout.js";
import { MSG } from "./_messages.js";
import { newTally } from "./emptyTally.js";
import { mergeInto } from "./_mergeInto.js";
import { safeCheckTally } from "./tallyJson.js";
import type { Hierarchy, RejectedUnit, RolledUp, Tally } from "./types.js";
import { describeValue } from "../messages/format.js";

/** How to build, check and merge one kind of mergeable count. Private. */
export interface Mergeable<T> {
  readonly empty: () => T;
  readonly merge: (into: T, from: T) => boolean;
  /** Issues that keep a unit's value out of the roll-up (e.g. another standard). */
  readonly check: (v: T, code: string) => readonly Issue[];
}

/** Rolls values up a hierarchy, children before parents. Private. */
export function rollUp<T>(
  hierarchy: Hierarchy,
  units: { readonly [code: string]: T },
  m: Mergeable<T>,
): { values: { [code: string]: T }; total: T; rejected: RejectedUnit[] } {
  const rejected: RejectedUnit[] = [];
  const own = new Map<string, T>();
  for (const code of Object.keys(units)) {
    const v = units[code] as T;
    if (!hierarchy.byCode.has(code)) {
      rejected.push({ unitCode: code, issues: [makeIssue("unknown_unit", [code], MSG.unknownUnit, { code })] });
      continue;
    }
    const issues = m.check(v, code);
    if (issues.length > 0) rejected.push({ unitCode: code, issues });
    else own.set(code, v);
  }
  const done = new Map<string, T>();
  const overflow = () => {
    throw new PovertyError("invalid_input", "A rolled-up count passed Number.MAX_SAFE_INTEGER", { function: "rollUp" });
  };
  for (let i = hierarchy.units.length - 1; i >= 0; i--) {
    const code = (hierarchy.units[i] as { code: string }).code;
    const kids = hierarchy.children.get(code) ?? [];
    const mine = own.get(code);
    if (kids.length === 0) {
      done.set(code, mine ?? m.empty());
      continue;
    }
    const t = m.empty();
    if (mine !== undefined && !m.merge(t, mine)) overflow();
    for (const k of kids) if (!m.merge(t, done.get(k) as T)) overflow();
    done.set(code, t);
  }
  const total = m.empty();
  for (const r of hierarchy.roots) if (!m.merge(total, done.get(r) as T)) overflow();
  const values: { [code: string]: T } = {};
  for (const u of hierarchy.units) values[u.code] = done.get(u.code) as T;
  return { values, total, rejected };
}

/**
 * Rolls village tallies up the administrative hierarchy (tổng hợp từ thôn lên xã, huyện, tỉnh, toàn quốc).
 *
 * @remarks
 * Counts are added, never rates (shared/spec/reports.md: "counts roll up; rates never do"). Works with or without
 * the district level (the 2025 reform removed it from 1/7/2025). A tally may sit at any unit (a commune's own
 * households count for the commune and its ancestors). A tally filed under a code that is not in the hierarchy
 * (`unknown_unit`) or of another standard (`standard_mismatch`) is left out and listed in `rejected`; everything
 * else is counted. A unit without children keeps the input tally object itself (not a copy): treat tallies as
 * finished once rolled up.
 *
 * @param hierarchy - from {@link buildHierarchy}.
 * @param units - tallies by unit code (e.g. `tallyRecords(…).units`).
 * @param options - `standard`: the standard every tally must have.
 * @returns a tally for every unit of the hierarchy (empty when it has no data), the total of the roots, and the
 *   tallies that could not be placed.
 * @throws {@link PovertyError} `"invalid_input"` when the standard is unknown or a sum passes 2^53 − 1.
 * @example
 * ```ts
 * const h = buildHierarchy([
 *   { code: "P", name: "Tỉnh", level: "province" },
 *   { code: "C", name: "Xã", level: "commune", parentCode: "P" },
 *   { code: "V1", name: "Thôn 1", level: "village", parentCode: "C" },
 *   { code: "V2", name: "Thôn 2", level: "village", parentCode: "C" },
 * ]);
 * const run = tallyRecords(
 *   [
 *     { unitCode: "V1", standard: "2021-2025", kind: "near_poor", persons: 3 },
 *     { unitCode: "V2", standard: "2021-2025", kind: "not_poor", persons: 4 },
 *     { unitCode: "V9", standard: "2021-2025", kind: "not_poor", persons: 4 },
 *   ],
 *   { standard: "2021-2025" },
 * );
 * const r = rollUpTallies(h, run.units, { standard: "2021-2025" });
 * r.tallies["P"]?.households.total; //=> 2
 * r.rejected[0]?.issues[0]?.code; //=> "unknown_unit"
 * ```
 * @category Reports
 */
export function rollUpTallies(
  hierarchy: Hierarchy,
  units: { readonly [unitCode: string]: Tally },
  options: { readonly standard: string | PovertyStandard },
): RolledUp {
  const layout = unwrap(resolveLayout(options.standard, ["standard"]), "rollUpTallies");
  const r = rollUp(hierarchy, units, {
    empty: () => newTally(layout),
    merge: mergeInto,
    check: (t) =>
      t.standard === layout.id ? [] : [makeIssue("standard_mismatch", ["standard"], MSG.standardMismatch, { expected: layout.id, actual: t.standard })],
  });
  return { standard: layout.id, hierarchy, tallies: r.values, total: r.total, rejected: r.rejected };
}

/**
 * Re-files tallies under new unit codes (chuyển đổi mã đơn vị hành chính sau sắp xếp), merging the ones that map to
 * the same new unit.
 *
 * @remarks
 * For comparing years across the 2025 reform (districts removed, communes and provinces merged, from 1/7/2025): map
 * each old code to its new code (many-to-one merges). An old unit that was split among several new ones cannot be
 * divided by a tally: map its villages instead (tally at village level, then map each village). A code with no
 * entry in the mapping keeps its code (most villages kept theirs); a roll-up over the new hierarchy lists any code
 * it does not know, so nothing is lost silently. Issues: `standard_mismatch` when two tallies of different
 * standards meet, `invalid_key` for a bad new code.
 *
 * @param units - tallies by old unit code.
 * @param mapping - old code → new code.
 * @returns tallies by new unit code (new objects), or the issues.
 * @example
 * ```ts
 * const a = emptyTally("2021-2025");
 * addToTally(a, { unitCode: "X-OLD-1", standard: "2021-2025", kind: "poor", persons: 2, deprivations: ["employment", "telecom", "sanitation"] });
 * const r = safeRemapUnits({ "X-OLD-1": a, "X-OLD-2": a }, { "X-OLD-1": "X-NEW", "X-OLD-2": "X-NEW" });
 * if (r.ok) r.value["X-NEW"]?.households.poor; //=> 2
 * ```
 * @category Reports
 */
export function safeRemapUnits(
  units: { readonly [unitCode: string]: Tally },
  mapping: { readonly [oldCode: string]: string },
): SafeResult<{ [unitCode: string]: Tally }> {
  const out = new Map<string, Tally>();
  const issues: Issue[] = [];
  if (typeof units !== "object" || units === null || Array.isArray(units)) issues.push(makeIssue("invalid_type", ["units"], MSG.notAnObject, { received: describeValue(units) }));
  if (typeof mapping !== "object" || mapping === null || Array.isArray(mapping)) issues.push(makeIssue("invalid_type", ["mapping"], MSG.notAnObject, { received: describeValue(mapping) }));
  if (issues.length > 0) return { ok: false, issues };
  for (const code of Object.keys(units)) {
    const checked = safeCheckTally(units[code], ["units", code]);
    if (!checked.ok) {
      issues.push(...checked.issues);
      continue;
    }
    const t = units[code] as Tally;
    const to = Object.hasOwn(mapping, code) ? mapping[code] : code;
    if (typeof to !== "string" || to.length === 0 || to.length > 64 || to === "__proto__") {
      issues.push(makeIssue("invalid_key", ["mapping", code], MSG.invalidKey, { received: describeValue(to) }));
      continue;
    }
    let into = out.get(to);
    if (into === undefined) {
      into = newTally(resolveLayoutOrThrow(t.standard));
      out.set(to, into);
    } else if (into.standard !== t.standard) {
      issues.push(makeIssue("standard_mismatch", ["units", code, "standard"], MSG.mergeStandards, { left: into.standard, right: t.standard }));
      continue;
    }
    mergeInto(into, t);
  }
  if (issues.length > 0) return { ok: false, issues };
  const value: { [unitCode: string]: Tally } = {};
  for (const [k, v] of out) value[k] = v;
  return { ok: true, value };
}

function resolveLayoutOrThrow(id: string) {
  return unwrap(resolveLayout(id, ["standard"]), "safeRemapUnits");
}

/**
 * Re-files tallies under new unit codes (chuyển đổi mã đơn vị hành chính); the throwing twin of
 * {@link safeRemapUnits}.
 *
 * @remarks
 * See {@link safeRemapUnits}: many-to-one merges; a split unit is mapped at village level.
 *
 * @param units - tallies by old unit code.
 * @param mapping - old code → new code.
 * @returns tallies by new unit code.
 * @throws {@link PovertyError} `"invalid_input"` with the issues.
 * @example
 * ```ts
 * Object.keys(remapUnits({ A: emptyTally("2021-2025"), B: emptyTally("2021-2025") }, { A: "N", B: "N" })); //=> ["N"]
 * ```
 * @category Reports
 */
export function remapUnits(units: { readonly [unitCode: string]: Tally }, mapping: { readonly [oldCode: string]: string }): { [unitCode: string]: Tally } {
  return unwrap(safeRemapUnits(units, mapping), "remapUnits");
}
