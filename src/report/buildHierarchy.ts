import * as z from "zod";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith, unwrap } from "../_lib/issues.js";
import { makeIssue } from "../_lib/legacyIssues.js";
import { MSG } from "./_messages.js";
import type { AdminUnit, Hierarchy, UnitLevel } from "./types.js";

/** The levels a unit may sit under: a commune under a district (before 1/7/2025) or a province (since). */
/** A sanity bound on the number of units in one hierarchy (not a legal value; Vietnam has about 10^5 villages). */
const MAX_UNITS = 2 * 10 ** 6;

const PARENTS: Record<UnitLevel, readonly UnitLevel[]> = {
  nation: [],
  province: ["nation"],
  district: ["province"],
  commune: ["district", "province"],
  village: ["commune"],
};

const unitsSchema = z
  .array(
    z
      .object({
        code: z.string().min(1).max(64).refine((c) => c !== "__proto__", { message: "reserved code" }),
        name: z.string().max(200),
        level: z.enum(["nation", "province", "district", "commune", "village"]),
        parentCode: z.string().min(1).max(64).optional(),
      })
      .strict(),
  )
  .max(MAX_UNITS);

/**
 * Builds and checks a hierarchy of administrative units (cây đơn vị hành chính), or says what is wrong.
 *
 * @remarks
 * Levels: nation → province → district → commune → village before 1/7/2025; province → commune → village since the
 * 2025 reform (a commune may sit under a district or directly under a province, so both geographies are accepted).
 * A unit without a parent is a root, at any level (a district-level city may report its own tree). Issues:
 * `duplicate_unit`, `missing_parent` (the parent code is not in the list), `cycle` (units that are their own
 * ancestors), `invalid_parent_level` (a village under a province, …).
 *
 * @param units - the units, in any order.
 * @returns the hierarchy (units ordered parents first), or the issues.
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
  const list = parsed.value as AdminUnit[];
  const issues: Issue[] = [];
  const byCode = new Map<string, AdminUnit>();
  const position = new Map<string, number>();
  list.forEach((u, i) => {
    if (byCode.has(u.code)) issues.push(makeIssue("duplicate_unit", [i, "code"], MSG.duplicateUnit, { code: u.code }));
    else {
      byCode.set(u.code, u);
      position.set(u.code, i);
    }
  });
  list.forEach((u, i) => {
    if (u.parentCode !== undefined && !byCode.has(u.parentCode)) issues.push(makeIssue("missing_parent", [i, "parentCode"], MSG.missingParent, { code: u.code, parentCode: u.parentCode }));
  });
  // Cycles: walk up from each unit; 1 = on the current path, 2 = known to reach a root.
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
      issues.push(makeIssue("cycle", [position.get(c) ?? 0, "parentCode"], MSG.cycle, { cycle: [...cycle, c].join(" → ") }));
    }
    for (const p of path) state.set(p, 2);
  }
  if (issues.length === 0) {
    list.forEach((u, i) => {
      const parent = u.parentCode === undefined ? undefined : byCode.get(u.parentCode);
      if (parent && !PARENTS[u.level].includes(parent.level)) {
        issues.push(makeIssue("invalid_parent_level", [i, "parentCode"], MSG.badParentLevel, { code: u.code, level: u.level, parentCode: parent.code, parentLevel: parent.level }));
      }
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const u of list) {
    children.set(u.code, children.get(u.code) ?? []);
    if (u.parentCode === undefined) roots.push(u.code);
    else {
      const c = children.get(u.parentCode);
      if (c) c.push(u.code);
      else children.set(u.parentCode, [u.code]);
    }
  }
  const ordered: AdminUnit[] = [];
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    const code = queue[i] as string;
    ordered.push(byCode.get(code) as AdminUnit);
    for (const ch of children.get(code) ?? []) queue.push(ch);
  }
  return { ok: true, value: { units: ordered, roots, byCode, children } };
}

/**
 * Builds and checks a hierarchy of administrative units (cây đơn vị hành chính); the throwing twin of
 * {@link safeBuildHierarchy}.
 *
 * @remarks
 * See {@link safeBuildHierarchy} for the levels accepted before and after the 2025 reform.
 *
 * @param units - the units, in any order.
 * @returns the hierarchy.
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

