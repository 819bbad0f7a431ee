// Rolls values up a hierarchy, children before parents, for any mergeable kind of count. Private.
import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { HierarchyImpl } from "./buildHierarchy.js";
import type { RejectedUnit } from "./types.js";
import { issue } from "./_messages.js";

/** How to make, add and copy one kind of mergeable count. */
export interface Mergeable<T> {
  readonly empty: () => T;
  /** Adds `from` into `into`; false when a count is no longer exact. */
  readonly add: (into: T, from: T) => boolean;
  /** A fresh copy. */
  readonly copy: (v: T) => T;
}

/** The result of a roll-up: a value per unit of the hierarchy, the total of the top, what was left out. */
export interface Rolled<T> {
  readonly values: { [code: string]: T };
  readonly total: T;
  readonly rejected: RejectedUnit[];
}

/**
 * Rolls checked values up a hierarchy. `own` holds the values that passed their checks, by unit code; `rejected`
 * the units already refused. Refuses a unit that also has data under a descendant (its own value would count the
 * descendant twice), and reports the roots below the top level (their chain does not reach the top): their
 * subtree is rolled up, but not into the total. Every value returned is fresh; the rejected list is in code order.
 */
export function rollUpChecked<T>(h: HierarchyImpl, own: Map<string, T>, rejected: RejectedUnit[], m: Mergeable<T>, what: string): Rolled<T> {
  // A unit counted both directly and through a descendant: keep the descendants' data, refuse the unit's own.
  // One walk up from each unit with data: its root (for unit_outside_root below), and whether an ancestor has
  // data too. Only then are the codes sorted, so that the descendant named is the first in code order.
  const withData = new Set<string>();
  let nested = false;
  for (const code of own.keys()) {
    let c = code;
    for (let p = h.byCode.get(c)?.parentCode; p !== undefined; p = h.byCode.get(p)?.parentCode) {
      if (own.has(p)) nested = true;
      c = p;
    }
    withData.add(c);
  }
  const twice = new Map<string, string>();
  if (nested) {
    for (const code of [...own.keys()].sort()) {
      let p = h.byCode.get(code)?.parentCode;
      while (p !== undefined) {
        if (own.has(p) && !twice.has(p)) twice.set(p, code);
        p = h.byCode.get(p)?.parentCode;
      }
    }
  }
  for (const [code, descendant] of twice) {
    own.delete(code);
    rejected.push({ unitCode: code, issues: [issue("unit_counted_twice", [code], { code, descendant })] });
  }
  const done = new Map<string, T>();
  const overflow = (): never => {
    throw new PovertyError("invalid_input", `${what}: a rolled-up count passed Number.MAX_SAFE_INTEGER`, { function: what }, [issue("count_overflow", [], { limit: Number.MAX_SAFE_INTEGER })]);
  };
  for (let i = h.units.length - 1; i >= 0; i--) {
    const code = (h.units[i] as { code: string }).code;
    const kids = h.children.get(code) ?? [];
    const mine = own.get(code);
    if (kids.length === 0) {
      done.set(code, mine === undefined ? m.empty() : m.copy(mine));
      continue;
    }
    const t = m.empty();
    if (mine !== undefined && !m.add(t, mine)) overflow();
    for (const k of kids) if (!m.add(t, done.get(k) as T)) overflow();
    done.set(code, t);
  }
  const top = HierarchyImpl.top(h);
  // The roots whose subtree has data: a root below the top level is reported only when it leaves data out.
  const total = m.empty();
  for (const r of h.roots) {
    const unit = h.byCode.get(r);
    if (unit !== undefined && unit.level !== top) {
      if (!withData.has(r)) continue;
      rejected.push({ unitCode: r, issues: [issue("unit_outside_root", [r], { code: r, level: unit.level, top })] });
      continue;
    }
    if (!m.add(total, done.get(r) as T)) overflow();
  }
  const values: { [code: string]: T } = {};
  for (const u of h.units) values[u.code] = done.get(u.code) as T;
  rejected.sort((a, b) => (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0));
  return { values, total, rejected };
}

/** The unit codes of a units object, checked: an object; each code in the hierarchy or reported. */
export function placeUnits<T>(
  h: HierarchyImpl,
  units: unknown,
  check: (value: unknown, code: string) => { ok: true; value: T } | { ok: false; issues: readonly Issue[] },
): { own: Map<string, T>; rejected: RejectedUnit[] } | { issues: readonly Issue[] } {
  const own = new Map<string, T>();
  const rejected: RejectedUnit[] = [];
  let codes: string[];
  try {
    if (typeof units !== "object" || units === null || Array.isArray(units)) throw new TypeError("not an object");
    codes = Object.keys(units);
  } catch {
    return { issues: [issue("invalid_type", ["units"], { expected: "object", received: Array.isArray(units) ? "array" : typeof units })] };
  }
  for (const code of codes) {
    if (!h.byCode.has(code)) {
      rejected.push({ unitCode: code, issues: [issue("unknown_unit", [code], { code })] });
      continue;
    }
    let v: unknown;
    try {
      v = (units as { readonly [k: string]: unknown })[code];
    } catch {
      v = undefined;
    }
    const r = check(v, code);
    if (r.ok) own.set(code, r.value);
    else rejected.push({ unitCode: code, issues: r.issues });
  }
  return { own, rejected };
}
