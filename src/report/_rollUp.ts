// Rolls values up a hierarchy, children before parents, for any mergeable kind of count. Private.
import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { HierarchyImpl } from "./buildHierarchy.js";
import type { AdminUnit, RejectedUnit } from "./types.js";
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
 * Rolls checked values up a hierarchy. `mineAt` holds the values that passed their checks, by the unit's position
 * in `h.units` (from {@link placeUnits}; changed here); `rejected` the units already refused. Refuses a unit that
 * also has data under a descendant (its own value would count the descendant twice), and reports the roots below
 * the top level (their chain does not reach the top): their subtree is rolled up, but not into the total. Every
 * value returned is fresh; the rejected list is in code order.
 */
export function rollUpChecked<T>(h: HierarchyImpl, mineAt: (T | undefined)[], rejected: RejectedUnit[], m: Mergeable<T>, what: string): Rolled<T> {
  const { index, parent, kidStart, kids } = HierarchyImpl.indexed(h);
  const n = h.units.length;
  // One walk up from each unit with data: its root (for unit_outside_root below), and whether an ancestor has
  // data too.
  const rootWithData = new Uint8Array(n);
  // Stryker disable next-line BooleanLiteral: equivalent — the walk below finds no unit to refuse when none is nested
  let nested = false;
  for (let i = 0; i < n; i++) {
    if (mineAt[i] === undefined) continue;
    let c = i;
    for (let p = parent[i] as number; p >= 0; p = parent[p] as number) {
      if (mineAt[p] !== undefined) nested = true;
      c = p;
    }
    rootWithData[c] = 1;
  }
  // A unit counted both directly and through a descendant: keep the descendants' data, refuse the unit's own, naming
  // the first descendant in code order.
  if (nested) {
    const twice = new Map<string, string>();
    const withData: string[] = [];
    for (let i = 0; i < n; i++) if (mineAt[i] !== undefined) withData.push((h.units[i] as AdminUnit).code);
    for (const code of withData.sort()) {
      for (let p = parent[index.get(code) as number] as number; p >= 0; p = parent[p] as number) {
        const pc = (h.units[p] as AdminUnit).code;
        if (mineAt[p] !== undefined && !twice.has(pc)) twice.set(pc, code);
      }
    }
    for (const [code, descendant] of twice) {
      mineAt[index.get(code) as number] = undefined;
      rejected.push({ unitCode: code, issues: [issue("unit_counted_twice", [code], { code, descendant })] });
    }
  }
  const overflow = (): never => {
    throw new PovertyError("invalid_input", `${what}: a rolled-up count passed Number.MAX_SAFE_INTEGER`, { function: what }, [issue("count_overflow", [], { limit: Number.MAX_SAFE_INTEGER })]);
  };
  // Children come after their parent in `units`: from the last unit up, every child is done before its parent.
  // Stryker disable next-line ArrayDeclaration: equivalent — every position is written before it is read
  const done = new Array<T>(n);
  // Stryker disable next-line ArithmeticOperator: equivalent — positions past n have no children and are never read
  for (let i = n - 1; i >= 0; i--) {
    const from = kidStart[i] as number;
    const to = kidStart[i + 1] as number;
    const mine = mineAt[i];
    // Stryker disable next-line BlockStatement: equivalent — a fast path for a leaf: the general sum of its own value into an empty one is its copy
    if (from === to) {
      done[i] = mine === undefined ? m.empty() : m.copy(mine);
      continue;
    }
    const t = m.empty();
    if (mine !== undefined && !m.add(t, mine)) overflow();
    for (let j = from; j < to; j++) if (!m.add(t, done[kids[j] as number] as T)) overflow();
    done[i] = t;
  }
  const top = HierarchyImpl.top(h);
  const total = m.empty();
  for (const r of h.roots) {
    const i = index.get(r) as number;
    const unit = h.units[i] as AdminUnit;
    if (unit.level !== top) {
      if (rootWithData[i] !== 1) continue;
      rejected.push({ unitCode: r, issues: [issue("unit_outside_root", [r], { code: r, level: unit.level, top })] });
      continue;
    }
    if (!m.add(total, done[i] as T)) overflow();
  }
  const values: { [code: string]: T } = {};
  for (let i = 0; i < n; i++) values[(h.units[i] as AdminUnit).code] = done[i] as T;
  rejected.sort((a, b) => (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0));
  return { values, total, rejected };
}

/**
 * The values of a units object, checked: an object; each code in the hierarchy or reported; each value checked.
 * `at` holds the values that passed, by the unit's position in `h.units` (a unit with none reads `undefined`).
 */
export function placeUnits<T>(
  h: HierarchyImpl,
  units: unknown,
  check: (value: unknown, code: string) => { ok: true; value: T } | { ok: false; issues: readonly Issue[] },
): { at: (T | undefined)[]; rejected: RejectedUnit[] } | { issues: readonly Issue[] } {
  const { index } = HierarchyImpl.indexed(h);
  // Stryker disable next-line ArrayDeclaration: equivalent — an empty array reads undefined at every unset position too
  const at = new Array<T | undefined>(h.units.length).fill(undefined);
  const rejected: RejectedUnit[] = [];
  let codes: string[];
  try {
    if (typeof units !== "object" || units === null || Array.isArray(units)) throw new TypeError("not an object");
    codes = Object.keys(units);
  } catch {
    return { issues: [issue("invalid_type", ["units"], { expected: "object", received: Array.isArray(units) ? "array" : typeof units })] };
  }
  for (const code of codes) {
    const i = index.get(code);
    if (i === undefined) {
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
    if (r.ok) at[i] = r.value;
    else rejected.push({ unitCode: code, issues: r.issues });
  }
  return { at, rejected };
}
