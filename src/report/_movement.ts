// Movement counts: their one schema (shape and counts) and the balance every movement table must have. Private.
import * as z from "zod/mini";
import type { Path } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith } from "../_lib/issues.js";
import type { MovementColumns, MovementTally } from "./types.js";
import { issue } from "./_messages.js";

const count = z.int().check(z.nonnegative());
const columns = z.tuple([count, count, count, count, count, count, count, count, count]);
const table = z.strictObject({ households: columns, persons: columns });
/** The schema of movement counts (format `"vn-poverty/movement@1"`). */
export const movementSchema = z.strictObject({ format: z.literal("vn-poverty/movement@1"), poor: table, nearPoor: table });

/** Nine zero columns. */
export function zeros(): MovementColumns {
  return [0, 0, 0, 0, 0, 0, 0, 0, 0];
}

/** New, empty movement counts. */
export function newMovement(): MovementTally {
  return { format: "vn-poverty/movement@1", poor: { households: zeros(), persons: zeros() }, nearPoor: { households: zeros(), persons: zeros() } };
}

/** The balance issues of well-shaped movement counts: the identity in both tables and the two cross-links. */
export function balanceIssues(m: MovementTally, prefix: Path = []): Issue[] {
  const issues: Issue[] = [];
  for (const t of ["poor", "nearPoor"] as const) {
    for (const w of ["households", "persons"] as const) {
      const [c1, c2, c3, c4, c5, c6, c7, c8, c9] = m[t][w];
      const expected = c1 - c2 - c3 - c4 + c5 + c6 + c7 + c8;
      if (expected !== c9) issues.push(issue("unbalanced_movement", [...prefix, t, w, 8], { table: t === "poor" ? "2" : "3", measure: w, expected, actual: c9 }));
    }
  }
  for (const w of ["households", "persons"] as const) {
    const P = m.poor[w];
    const N = m.nearPoor[w];
    if (P[1] !== N[4]) issues.push(issue("movement_cross_link", [...prefix, "poor", w, 1], { measure: w, poorColumn: 2, nearPoorColumn: 5, poor: P[1], nearPoor: N[4] }));
    if (P[4] !== N[2]) issues.push(issue("movement_cross_link", [...prefix, "poor", w, 4], { measure: w, poorColumn: 5, nearPoorColumn: 3, poor: P[4], nearPoor: N[2] }));
  }
  return issues;
}

/** A fresh copy of movement counts after checking their shape and counts (and, when asked, their balance). */
export function toMovement(x: unknown, prefix: Path, balanced: boolean): SafeResult<MovementTally> {
  const r = safeParseWith(movementSchema, x, prefix);
  if (!r.ok) return r;
  const v = r.value;
  const copy = (c: readonly number[]) => [...c] as MovementColumns;
  const m: MovementTally = {
    format: "vn-poverty/movement@1",
    poor: { households: copy(v.poor.households), persons: copy(v.poor.persons) },
    nearPoor: { households: copy(v.nearPoor.households), persons: copy(v.nearPoor.persons) },
  };
  if (balanced) {
    const issues = balanceIssues(m, prefix);
    if (issues.length > 0) return { ok: false, issues };
  }
  return { ok: true, value: m };
}

/** Adds `from` into `into`; false when a count passes 2^53 − 1. */
export function addMovementInto(into: MovementTally, from: MovementTally): boolean {
  let ok = true;
  for (const t of ["poor", "nearPoor"] as const) {
    for (const w of ["households", "persons"] as const) {
      const a = into[t][w];
      const b = from[t][w];
      for (let i = 0; i < 9; i++) {
        a[i] = (a[i] as number) + (b[i] as number);
        if ((a[i] as number) > Number.MAX_SAFE_INTEGER) ok = false;
      }
    }
  }
  return ok;
}
