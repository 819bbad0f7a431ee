import type { Issue, SafeResult } from "../errors/Issue.js";
import { guardSafe, guardThrowing, toJson, unwrap } from "../_lib/issues.js";
import type { PovertyStandard } from "../standards/types.js";
import { checkYear, isKey, resolveLayout } from "./_layout.js";
import { rollUpChecked, placeUnits, type Mergeable } from "./_rollUp.js";
import { addInto, newTally, TallyImpl } from "./_tally.js";
import { toTally } from "./_tallyJson.js";
import { hierarchyOf } from "./buildHierarchy.js";
import type { AdminUnit, Hierarchy, RolledUp, Tally } from "./types.js";
import { issue } from "./_messages.js";

/**
 * Options of {@link rollUpTallies} (tùy chọn tổng hợp theo cấp).
 *
 * @example
 * ```ts
 * const o: RollUpOptions = { standard: "2021-2025", year: 2024 };
 * ```
 * @category Reports
 */
export interface RollUpOptions {
  /** The standard every tally must have. */
  readonly standard: string | PovertyStandard;
  /** The list year every tally must carry; by default the year of the tally with the smallest unit code. */
  readonly year?: number | null;
}

function tallyMergeable(t: TallyImpl): Mergeable<TallyImpl> {
  const l = TallyImpl.layout(t);
  return {
    empty: () => newTally(l, t.year),
    add: (into, from) => addInto(TallyImpl.counts(into), TallyImpl.open(into), TallyImpl.countsRead(from), TallyImpl.openRead(from)),
    copy: (v) => TallyImpl.share(v),
  };
}

/**
 * Rolls village tallies up the administrative hierarchy (tổng hợp từ thôn lên xã, huyện, tỉnh, toàn quốc).
 *
 * @remarks
 * Counts are added, never rates (shared/spec/reports.md: "counts roll up; rates never do"). Works with or without
 * the district level (the 2025 reform removed it from 1/7/2025). Every tally is checked where it enters (the checks
 * of {@link safeTallyFromJson}: a tally from `JSON.parse` is read, never trusted), and must have the standard and
 * the list year; a tally that fails (`unknown_unit`, `standard_mismatch`, `year_mismatch`, bad counts) is left out
 * and listed in `rejected`. A unit that has a tally of its own and also data under a descendant is refused
 * (`unit_counted_twice`: its own tally is left out, so nothing counts twice). A root of the hierarchy below its top
 * level (a commune whose province is missing) is rolled up but left out of the total and reported
 * (`unit_outside_root`). Every tally returned is fresh; units come in hierarchy order and `rejected` in code order,
 * so the result does not depend on the order of `units`.
 *
 * @param hierarchy - from {@link buildHierarchy} (anything else is rebuilt from its `units` and checked).
 * @param units - tallies by unit code (e.g. `tallyRecords(…).units`).
 * @param options - `standard`: the standard every tally must have; `year`: the list year.
 * @returns a tally for every unit of the hierarchy (empty when it has no data), the total of the top level, and the
 *   tallies that could not be placed.
 * @throws {@link PovertyError} `"invalid_input"` when the options or the hierarchy are not valid, or a sum passes
 *   2^53 − 1.
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
export function rollUpTallies(hierarchy: Hierarchy, units: { readonly [unitCode: string]: Tally }, options: RollUpOptions): RolledUp {
  return guardThrowing("rollUpTallies", () => {
    const h = hierarchyOf(hierarchy, "rollUpTallies");
    let ref: unknown;
    let yearOpt: unknown;
    try {
      ref = (options as { standard?: unknown }).standard;
      yearOpt = (options as { year?: unknown }).year;
    } catch {
      ref = undefined;
    }
    const l = unwrap(resolveLayout(ref, ["standard"]), "rollUpTallies");
    const fixedYear = yearOpt === undefined ? undefined : unwrap(checkYear(l, yearOpt, ["year"]), "rollUpTallies");
    const expected = fixedYear === undefined ? { layout: l } : { layout: l, year: fixedYear };
    const placed = placeUnits(h, units, (v, code) => toTally(v, [code], expected));
    if ("issues" in placed) return unwrap({ ok: false, issues: placed.issues }, "rollUpTallies");
    const { at, rejected } = placed;
    let year: number | null = fixedYear ?? null;
    if (fixedYear === undefined) {
      // the year of the tally with the smallest unit code
      let first: TallyImpl | undefined;
      let firstCode = "";
      for (let i = 0; i < at.length; i++) {
        const t = at[i];
        const code = (h.units[i] as AdminUnit).code;
        if (t !== undefined && (first === undefined || code < firstCode)) {
          first = t;
          firstCode = code;
        }
      }
      year = first === undefined ? null : first.year;
      for (let i = 0; i < at.length; i++) {
        const t = at[i];
        if (t !== undefined && t.year !== year) {
          at[i] = undefined;
          const code = (h.units[i] as AdminUnit).code;
          rejected.push({ unitCode: code, issues: [issue("year_mismatch", [code, "year"], { expected: year, actual: t.year })] });
        }
      }
    }
    const r = rollUpChecked(h, at, rejected, tallyMergeable(newTally(l, year)), "rollUpTallies");
    return { standard: l.id, year, hierarchy: h, tallies: r.values, total: r.total, rejected: r.rejected };
  });
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
 * it does not know, so nothing is lost silently. Every tally is checked; tallies merged under one new code must
 * share the standard (`standard_mismatch`) and the list year (`year_mismatch`); a bad new code is `invalid_key`.
 *
 * @param units - tallies by old unit code.
 * @param mapping - old code → new code.
 * @returns fresh tallies by new unit code (in code order), or the issues.
 * @example
 * ```ts
 * const a = emptyTally("2021-2025");
 * addToTally(a, { unitCode: "X-OLD-1", standard: "2021-2025", kind: "poor", persons: 2, deprivations: ["employment", "telecom", "sanitation"] });
 * const r = safeRemapUnits({ "X-OLD-1": a, "X-OLD-2": a }, { "X-OLD-1": "X-NEW", "X-OLD-2": "X-NEW" });
 * if (r.ok) r.value["X-NEW"]?.households.poor; //=> 2
 * ```
 * @category Reports
 */
export function safeRemapUnits(units: { readonly [unitCode: string]: Tally }, mapping: { readonly [oldCode: string]: string }): SafeResult<{ [unitCode: string]: Tally }> {
  return guardSafe(() => {
    const issues: Issue[] = [];
    const isObj = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
    if (!isObj(units)) issues.push(issue("invalid_type", ["units"], { expected: "object", received: toJson(units) }));
    if (!isObj(mapping)) issues.push(issue("invalid_type", ["mapping"], { expected: "object", received: toJson(mapping) }));
    if (issues.length > 0) return { ok: false, issues };
    const out = new Map<string, TallyImpl>();
    let codes: string[];
    try {
      codes = Object.keys(units).sort();
    } catch {
      return { ok: false, issues: [issue("invalid_type", ["units"], { expected: "object", received: "object" })] };
    }
    for (const code of codes) {
      let value: unknown;
      let to: unknown;
      try {
        value = units[code];
        to = Object.hasOwn(mapping, code) ? mapping[code] : code;
      } catch {
        issues.push(issue("invalid_type", ["units", code], { expected: "object", received: "object" }));
        continue;
      }
      const into0 = isKey(to) ? out.get(to) : undefined;
      const checked = toTally(value, ["units", code], into0 === undefined ? {} : { layout: TallyImpl.layout(into0), year: into0.year });
      if (!checked.ok) {
        issues.push(...checked.issues);
        continue;
      }
      if (!isKey(to)) {
        issues.push(issue("invalid_key", ["mapping", code], { received: toJson(to) }));
        continue;
      }
      const t = checked.value;
      let into = into0;
      if (into === undefined) {
        into = newTally(TallyImpl.layout(t), t.year);
        out.set(to, into);
      }
      if (!addInto(TallyImpl.counts(into), TallyImpl.open(into), TallyImpl.countsRead(t), TallyImpl.openRead(t))) issues.push(issue("count_overflow", ["units", code], { limit: Number.MAX_SAFE_INTEGER }));
    }
    if (issues.length > 0) return { ok: false, issues };
    const value: { [unitCode: string]: Tally } = {};
    for (const k of [...out.keys()].sort()) value[k] = out.get(k) as Tally;
    return { ok: true, value };
  });
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
