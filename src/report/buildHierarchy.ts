import * as z from "zod/mini";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith, toJson, unwrap, type IssueSink } from "../_lib/issues.js";
import { MAX_KEY } from "./_layout.js";
import type { AdminUnit, Hierarchy, UnitLevel } from "./types.js";
import { addIssue, issue } from "./_messages.js";

/** A sanity bound on the number of units in one hierarchy (not a legal value; Vietnam has about 10^5 villages). */
const MAX_UNITS = 2 * 10 ** 6;

/** The levels a unit may sit under: a commune under a district (before 1/7/2025) or a province (since). */
const PARENTS: { readonly [l in UnitLevel]: readonly UnitLevel[] } = {
  nation: [],
  province: ["nation"],
  district: ["province"],
  commune: ["district", "province"],
  village: ["commune"],
};

/** Levels from the top. */
export const LEVEL_RANK: { readonly [l in UnitLevel]: number } = { nation: 0, province: 1, district: 2, commune: 3, village: 4 };

const code = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_KEY),
  z.superRefine((c: string, ctx) => (c === "__proto__" ? addIssue(ctx as IssueSink, "invalid_key", [], { received: toJson(c) }) : undefined)),
);

const unitsSchema = z.array(z.strictObject({ code, name: z.string().check(z.maxLength(200)), level: z.enum(["nation", "province", "district", "commune", "village"]), parentCode: z.optional(code) })).check(z.maxLength(MAX_UNITS));

/** A read-only map that cannot be changed through any reference to it. */
class FrozenMap<K, V> implements ReadonlyMap<K, V> {
  readonly #m: Map<K, V>;
  constructor(m: Map<K, V>) {
    this.#m = m;
    Object.freeze(this);
  }
  get size(): number {
    return this.#m.size;
  }
  get(k: K): V | undefined {
    return this.#m.get(k);
  }
  has(k: K): boolean {
    return this.#m.has(k);
  }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.#m) fn.call(thisArg, v, k, this);
  }
  entries(): MapIterator<[K, V]> {
    return this.#m.entries();
  }
  keys(): MapIterator<K> {
    return this.#m.keys();
  }
  values(): MapIterator<V> {
    return this.#m.values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#m.entries();
  }
}

/** The library's hierarchy: deeply frozen, checked when built. */
/**
 * A hierarchy's units by their position in its `units` list (parents before children): the position of each code,
 * of each unit's parent (-1 for a root), and each unit's children as a run of `kids` from `kidStart[i]` to
 * `kidStart[i + 1]`, in the order of `children`. Lets a roll-up walk the tree with array reads, not map lookups.
 */
export interface IndexedUnits {
  readonly index: ReadonlyMap<string, number>;
  readonly parent: Int32Array;
  readonly kidStart: Int32Array;
  readonly kids: Int32Array;
}

function indexUnits(units: readonly AdminUnit[], children: ReadonlyMap<string, readonly string[]>): IndexedUnits {
  const n = units.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set((units[i] as AdminUnit).code, i);
  const parent = new Int32Array(n).fill(-1);
  const kidStart = new Int32Array(n + 1);
  const kids = new Int32Array(Math.max(n - 1, 0));
  let k = 0;
  for (let i = 0; i < n; i++) {
    kidStart[i] = k;
    for (const c of children.get((units[i] as AdminUnit).code) ?? []) {
      const j = index.get(c) as number;
      parent[j] = i;
      kids[k++] = j;
    }
  }
  kidStart[n] = k;
  return { index, parent, kidStart, kids };
}

export class HierarchyImpl implements Hierarchy {
  readonly units: readonly AdminUnit[];
  readonly roots: readonly string[];
  readonly byCode: ReadonlyMap<string, AdminUnit>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** The highest level among the roots: the level of the hierarchy's top. */
  readonly #top: UnitLevel;
  /** The units by position in `units` (parents first), for the roll-ups: private, never changed. */
  readonly #indexed: IndexedUnits;

  constructor(units: readonly AdminUnit[], roots: readonly string[], byCode: Map<string, AdminUnit>, children: Map<string, readonly string[]>, top: UnitLevel) {
    this.units = units;
    this.roots = roots;
    this.byCode = new FrozenMap(byCode);
    this.children = new FrozenMap(children);
    this.#top = top;
    this.#indexed = indexUnits(units, children);
    Object.freeze(this);
  }

  /** The units by position (private to the library). */
  static indexed(h: HierarchyImpl): IndexedUnits {
    return h.#indexed;
  }

  /** Whether a value is one of the library's hierarchies. */
  static is(x: unknown): x is HierarchyImpl {
    return typeof x === "object" && x !== null && #top in x;
  }

  /** The top level (private to the library). */
  static top(h: HierarchyImpl): UnitLevel {
    return h.#top;
  }
}

/**
 * Builds and checks a hierarchy of administrative units (cây đơn vị hành chính), or says what is wrong.
 *
 * @remarks
 * Levels: nation → province → district → commune → village before 1/7/2025; province → commune → village since the
 * 2025 reform (a commune may sit under a district or directly under a province, so both geographies are accepted).
 * A unit without a parent is a root (a district-level city may report its own tree); the top of the hierarchy is
 * the highest level among its roots, and a root below it (a commune whose province is missing from the list) is
 * kept but left out of the total by {@link rollUpTallies}, which reports it. Issues: `duplicate_unit`,
 * `missing_parent` (the parent code is not in the list), `cycle` (units that are their own ancestors),
 * `invalid_parent_level` (a village under a province, …). The result is deeply frozen.
 *
 * @param units - the units, in any order.
 * @returns the hierarchy (units ordered parents first, children in input order), or the issues.
 * @example
 * ```ts
 * const r = safeBuildHierarchy([
 *   { code: "C", name: "Xã", level: "commune", parentCode: "D" },
 *   { code: "V", name: "Thôn", level: "village", parentCode: "C" },
 * ]);
 * if (!r.ok) r.issues[0]?.code; //=> "missing_parent"
 * ```
 * @category Reports
 */
export function safeBuildHierarchy(units: readonly AdminUnit[]): SafeResult<Hierarchy> {
  const parsed = safeParseWith(unitsSchema, units);
  if (!parsed.ok) return parsed;
  const list: AdminUnit[] = parsed.value.map((u) => Object.freeze(u.parentCode === undefined ? { code: u.code, name: u.name, level: u.level } : { code: u.code, name: u.name, level: u.level, parentCode: u.parentCode }));
  const issues: Issue[] = [];
  const byCode = new Map<string, AdminUnit>();
  const position = new Map<string, number>();
  list.forEach((u, i) => {
    if (byCode.has(u.code)) issues.push(issue("duplicate_unit", [i, "code"], { code: u.code }));
    else {
      byCode.set(u.code, u);
      position.set(u.code, i);
    }
  });
  list.forEach((u, i) => {
    if (u.parentCode !== undefined && !byCode.has(u.parentCode)) issues.push(issue("missing_parent", [i, "parentCode"], { code: u.code, parentCode: u.parentCode }));
  });
  // Cycles: walk up from each unit; 1 = on the current path, 2 = known to reach a root. Linear overall.
  const state = new Map<string, 1 | 2>();
  for (const u of byCode.values()) {
    const path: string[] = [];
    let c: string | undefined = u.code;
    while (c !== undefined && state.get(c) === undefined && byCode.has(c)) {
      state.set(c, 1);
      path.push(c);
      c = byCode.get(c)?.parentCode;
    }
    if (c !== undefined && state.get(c) === 1) {
      const cycle = path.slice(path.indexOf(c));
      issues.push(issue("cycle", [position.get(c) ?? 0, "parentCode"], { cycle: [...cycle, c] }));
    }
    for (const p of path) state.set(p, 2);
  }
  if (issues.length === 0) {
    list.forEach((u, i) => {
      const parent = u.parentCode === undefined ? undefined : byCode.get(u.parentCode);
      if (parent && !PARENTS[u.level].includes(parent.level)) {
        issues.push(issue("invalid_parent_level", [i, "parentCode"], { code: u.code, level: u.level, parentCode: parent.code, parentLevel: parent.level }));
      }
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const u of list) if (!children.has(u.code)) children.set(u.code, []);
  for (const u of list) {
    if (u.parentCode === undefined) roots.push(u.code);
    else (children.get(u.parentCode) as string[]).push(u.code);
  }
  const ordered: AdminUnit[] = [];
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    const c = queue[i] as string;
    ordered.push(byCode.get(c) as AdminUnit);
    for (const ch of children.get(c) ?? []) queue.push(ch);
  }
  let top: UnitLevel = "village";
  for (const r of roots) {
    const l = (byCode.get(r) as AdminUnit).level;
    if (LEVEL_RANK[l] < LEVEL_RANK[top]) top = l;
  }
  const frozenChildren = new Map<string, readonly string[]>();
  for (const [k, v] of children) frozenChildren.set(k, Object.freeze(v));
  return { ok: true, value: new HierarchyImpl(Object.freeze(ordered), Object.freeze(roots), byCode, frozenChildren, top) };
}

/**
 * Builds and checks a hierarchy of administrative units (cây đơn vị hành chính); the throwing twin of
 * {@link safeBuildHierarchy}.
 *
 * @remarks
 * See {@link safeBuildHierarchy} for the levels accepted before and after the 2025 reform.
 *
 * @param units - the units, in any order.
 * @returns the hierarchy (deeply frozen).
 * @throws {@link PovertyError} `"invalid_input"` with the issues.
 * @example
 * ```ts
 * buildHierarchy([
 *   { code: "P", name: "Tỉnh", level: "province" },
 *   { code: "C", name: "Xã", level: "commune", parentCode: "P" },
 *   { code: "V", name: "Thôn", level: "village", parentCode: "C" },
 * ]).units.map((u) => u.code); //=> ["P", "C", "V"]
 * ```
 * @category Reports
 */
export function buildHierarchy(units: readonly AdminUnit[]): Hierarchy {
  return unwrap(safeBuildHierarchy(units), "buildHierarchy");
}

/** The library's hierarchy for a value: itself when built by the library, else rebuilt from its units and checked. */
export function hierarchyOf(h: unknown, what: string): HierarchyImpl {
  if (HierarchyImpl.is(h)) return h;
  let units: unknown;
  try {
    units = typeof h === "object" && h !== null ? (h as { units?: unknown }).units : undefined;
  } catch {
    units = undefined;
  }
  return unwrap(safeBuildHierarchy(units as readonly AdminUnit[]), what) as HierarchyImpl;
}
