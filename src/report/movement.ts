import * as z from "zod/mini";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith, toJson, unwrap, type IssueSink } from "../_lib/issues.js";
import { isKey, MAX_PERSONS } from "./_layout.js";
import { addMovementInto, balanceIssues, newMovement, toMovement } from "./_movement.js";
import { placeUnits, rollUpChecked } from "./_rollUp.js";
import { drain, maxRejectedOf } from "./_run.js";
import { hierarchyOf } from "./buildHierarchy.js";
import type { Hierarchy, MovementColumns, MovementRecord, MovementTally, RejectedRecord, RejectedUnit } from "./types.js";
import { addIssue, issue } from "./_messages.js";

const NO_ISSUES: readonly Issue[] = Object.freeze([]);
const STATUSES = ["poor", "near_poor", "not_poor", "absent"] as const;
const REASONS = ["moved_in", "moved_out", "split", "died", "merged", "other"] as const;
const ST_POOR = 0;
const ST_NEAR = 1;
const ST_NOT = 2;
const ST_ABSENT = 3;
const STATUS_INDEX: ReadonlyMap<unknown, number> = new Map(STATUSES.map((s, i) => [s, i]));

/**
 * Returns empty movement counts (số liệu diễn biến rỗng): every column 0.
 *
 * @remarks
 * The identity of {@link mergeMovements}.
 *
 * @returns a new, mutable movement tally.
 * @example
 * ```ts
 * emptyMovement().nearPoor.persons; //=> [0, 0, 0, 0, 0, 0, 0, 0, 0]
 * ```
 * @category Reports
 */
export function emptyMovement(): MovementTally {
  return newMovement();
}

function isPersons(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= MAX_PERSONS;
}

/** One household's change as the counting reads it (each field read once). */
export interface MovementScratch {
  unit: string;
  prev: number;
  cur: number;
  pp: number;
  cp: number;
  fellBack: boolean;
}

/** The fast reader: true exactly when {@link movementRecordSchema} accepts (property-tested). May throw; callers catch. */
function readMovement(x: unknown, s: MovementScratch): boolean {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const r = x as { readonly [k: string]: unknown };
  const unit = r["unitCode"];
  if (!isKey(unit)) return false;
  const prev = STATUS_INDEX.get(r["previous"]);
  const cur = STATUS_INDEX.get(r["current"]);
  if (prev === undefined || cur === undefined || (prev === ST_ABSENT && cur === ST_ABSENT)) return false;
  const pp = r["previousPersons"];
  const cp = r["currentPersons"];
  if ((prev !== ST_ABSENT && !isPersons(pp)) || (cur !== ST_ABSENT && !isPersons(cp))) return false;
  const reason = r["reason"];
  if (reason === undefined) {
    if (prev === ST_ABSENT || cur === ST_ABSENT) return false;
  } else {
    if (typeof reason !== "string" || !(REASONS as readonly string[]).includes(reason)) return false;
    if ((reason === "moved_in" && prev !== ST_ABSENT) || ((reason === "moved_out" || reason === "died") && cur !== ST_ABSENT)) return false;
  }
  const fb = r["fellBack"];
  if (fb !== undefined && fb !== true && fb !== false) return false;
  if (fb === true && !(prev === ST_NOT && (cur === ST_POOR || cur === ST_NEAR))) return false;
  s.unit = unit;
  s.prev = prev;
  s.cur = cur;
  s.pp = prev === ST_ABSENT ? 0 : (pp as number);
  s.cp = cur === ST_ABSENT ? 0 : (cp as number);
  s.fellBack = fb === true;
  return true;
}

/** Whether a movement record can be counted (the fast reader, never throwing). Private, exported for its test. */
export function isMovementCountable(x: unknown, s: MovementScratch = scratch()): boolean {
  try {
    return readMovement(x, s);
  } catch {
    return false;
  }
}

const status = z.unknown().check(z.superRefine((v: unknown, ctx) => (STATUS_INDEX.has(v) ? undefined : addIssue(ctx as IssueSink, "unknown_status", [], { received: toJson(v) }))));

/** The one schema of a movement record. */
export const movementRecordSchema = z
  .object({
    unitCode: z.unknown().check(
      z.superRefine((v: unknown, ctx) => {
        if (typeof v !== "string" || v.length === 0) addIssue(ctx as IssueSink, "missing_unit_code", [], { received: toJson(v) });
        else if (!isKey(v)) addIssue(ctx as IssueSink, "invalid_key", [], { received: toJson(v) });
      }),
    ),
    previous: status,
    current: status,
    previousPersons: z.optional(z.unknown()),
    currentPersons: z.optional(z.unknown()),
    reason: z.optional(z.enum(REASONS)),
    fellBack: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((r, ctx) => {
      const sink = ctx as IssueSink;
      if (!STATUS_INDEX.has(r.previous) || !STATUS_INDEX.has(r.current)) return;
      const p = r.previous as string;
      const c = r.current as string;
      if (p === "absent" && c === "absent") return addIssue(sink, "both_absent", [], {});
      if (p !== "absent" && !isPersons(r.previousPersons)) addIssue(sink, "invalid_persons", ["previousPersons"], { received: toJson(r.previousPersons), max: MAX_PERSONS });
      if (c !== "absent" && !isPersons(r.currentPersons)) addIssue(sink, "invalid_persons", ["currentPersons"], { received: toJson(r.currentPersons), max: MAX_PERSONS });
      const reason = r.reason;
      if (reason === undefined && (p === "absent" || c === "absent")) addIssue(sink, "reason_required", ["reason"], {});
      else if ((reason === "moved_in" && p !== "absent") || ((reason === "moved_out" || reason === "died") && c !== "absent")) {
        addIssue(sink, "reason_direction", ["reason"], { reason, previous: p, current: c });
      }
      if (r.fellBack === true && !(p === "not_poor" && (c === "poor" || c === "near_poor"))) addIssue(sink, "fell_back_not_applicable", ["fellBack"], { previous: p, current: c });
    }),
  );

/** Adds a person-count change of a household that stays on a list: to column 4 (fewer) or 8 (more). */
function delta(ps: MovementColumns, before: number, after: number): void {
  if (after < before) ps[3] += before - after;
  else if (after > before) ps[7] += after - before;
}

function add(t: { households: MovementColumns; persons: MovementColumns }, col: number, persons: number): void {
  t.households[col - 1] = (t.households[col - 1] as number) + 1;
  t.persons[col - 1] = (t.persons[col - 1] as number) + persons;
}

/** Counts a household read into the scratch. */
function count(m: MovementTally, s: MovementScratch): void {
  const P = m.poor;
  const N = m.nearPoor;
  const { pp, cp } = s;
  if (s.prev === ST_POOR) add(P, 1, pp);
  if (s.prev === ST_NEAR) add(N, 1, pp);
  if (s.cur === ST_POOR) add(P, 9, cp);
  if (s.cur === ST_NEAR) add(N, 9, cp);
  switch (s.prev) {
    case ST_POOR:
      if (s.cur === ST_POOR) delta(P.persons, pp, cp);
      else if (s.cur === ST_NEAR) {
        add(P, 2, pp);
        add(N, 5, pp);
        delta(N.persons, pp, cp);
      } else if (s.cur === ST_NOT) add(P, 3, pp);
      else add(P, 4, pp);
      break;
    case ST_NEAR:
      if (s.cur === ST_NEAR) delta(N.persons, pp, cp);
      else if (s.cur === ST_POOR) {
        add(N, 3, pp);
        add(P, 5, pp);
        delta(P.persons, pp, cp);
      } else if (s.cur === ST_NOT) add(N, 2, pp);
      else add(N, 4, pp);
      break;
    case ST_NOT:
      if (s.cur === ST_POOR) add(P, s.fellBack ? 6 : 7, cp);
      else if (s.cur === ST_NEAR) add(N, s.fellBack ? 6 : 7, cp);
      break;
    default:
      if (s.cur === ST_POOR) add(P, 8, cp);
      else if (s.cur === ST_NEAR) add(N, 8, cp);
  }
}

function scratch(): MovementScratch {
  return { unit: "", prev: 0, cur: 0, pp: 0, cp: 0, fellBack: false };
}

/** Reads a movement record: the scratch filled, or the issues (the schema's copy is read when the fast reader refused). */
function readOrIssues(x: unknown, s: MovementScratch): readonly Issue[] {
  if (isMovementCountable(x, s)) return NO_ISSUES;
  const r = safeParseWith(movementRecordSchema, x);
  if (!r.ok) return r.issues;
  return readMovement(r.value, s) ? NO_ISSUES : [issue("invalid_union", [], { received: "object" })];
}

/**
 * Adds one household's change between two reviews to movement counts, in place (cộng biến động của một hộ), or says
 * why it cannot.
 *
 * @remarks
 * Columns (shared/spec/reports.md, tables 2 and 3): poor → near-poor is poor col. 2 and near-poor col. 5; near-poor
 * → poor is near-poor col. 3 and poor col. 5; poor → not poor is poor col. 3; near-poor → not poor is near-poor
 * col. 2; leaving the list (`"absent"`) is col. 4; not poor → poor/near-poor is col. 6 when it fell back, else col.
 * 7; coming onto the list from `"absent"` is col. 8. Persons follow the household; a change in members of a household
 * that stays on a list is col. 4 (fewer) or col. 8 (more). So every table balances by construction. Issues:
 * `unknown_status` (a previous or current status not in poor, near_poor, not_poor, absent), `both_absent`,
 * `invalid_persons`, `reason_required` / `reason_direction` / `invalid_value` for the reason,
 * `fell_back_not_applicable`, `missing_unit_code`. Every field is read once.
 *
 * @param movement - the counts to add to (changed); checked first.
 * @param record - one household's change.
 * @returns an empty list when counted; otherwise the issues (the counts are unchanged).
 * @throws {@link PovertyError} `"invalid_input"` when `movement` is not valid movement counts.
 * @example
 * ```ts
 * const m = emptyMovement();
 * addMovement(m, { unitCode: "V-001", previous: "poor", current: "near_poor", previousPersons: 4, currentPersons: 4 }); //=> []
 * m.poor.households; //=> [1, 1, 0, 0, 0, 0, 0, 0, 0]
 * addMovement(m, { unitCode: "V-001", previous: "rich" as never, current: "poor", currentPersons: 2 })[0]?.code; //=> "unknown_status"
 * ```
 * @category Reports
 */
export function addMovement(movement: MovementTally, record: MovementRecord): readonly Issue[] {
  unwrap(toMovement(movement, [], false), "addMovement");
  const s = scratch();
  const issues = readOrIssues(record, s);
  if (issues.length === 0) count(movement, s);
  return issues;
}

/**
 * The movement counts of a stream of household changes, per unit (tổng hợp biến động theo đơn vị), with what could
 * not be counted.
 *
 * @example
 * ```ts
 * const r: UnitMovements = tallyMovements([]);
 * r.counted; //=> 0
 * ```
 * @category Reports
 */
export interface UnitMovements {
  /** Movement counts per unit code, in code order. */
  readonly units: { readonly [unitCode: string]: MovementTally };
  /** How many records were counted. */
  readonly counted: number;
  /** How many were rejected (all of them). */
  readonly rejectedCount: number;
  /** The rejected records (at most `maxRejected`), with their issues. */
  readonly rejected: readonly RejectedRecord[];
}

/**
 * Counts household changes between two reviews per unit (tổng hợp diễn biến hộ nghèo, hộ cận nghèo theo đơn vị).
 *
 * @remarks
 * As {@link addMovement}, for any iterable; keeps no record. Every record is counted or rejected; the rejected are
 * listed with their index and issues up to `maxRejected` (default 1000; `Infinity` lists them all). A source that
 * fails part way gives a {@link PovertyError} saying how far it got; no partial result is returned.
 *
 * @param records - the changes, one per household.
 * @param options - `maxRejected` (default 1000).
 * @returns movement counts per unit, with what could not be counted.
 * @throws {@link PovertyError} `"invalid_input"` when the options are not valid, `records` is not iterable, or
 *   reading it fails.
 * @example
 * ```ts
 * const r = tallyMovements([
 *   { unitCode: "V-001", previous: "near_poor", current: "poor", previousPersons: 3, currentPersons: 3 },
 *   { unitCode: "V-001", previous: "poor", current: "absent", previousPersons: 1, reason: "died" },
 * ]);
 * r.units["V-001"]?.poor.households; //=> [1, 0, 0, 1, 1, 0, 0, 0, 1]
 * ```
 * @category Reports
 */
export function tallyMovements(records: Iterable<unknown>, options: { readonly maxRejected?: number } = {}): UnitMovements {
  const max = maxRejectedOf(options, "tallyMovements");
  const units = new Map<string, MovementTally>();
  const rejected: RejectedRecord[] = [];
  const progress = { index: 0, counted: 0, rejectedCount: 0 };
  const s = scratch();
  drain(records, progress, "tallyMovements", (r) => {
    const index = progress.index++;
    if (!isMovementCountable(r, s)) {
      if (rejected.length >= max) {
        progress.rejectedCount++;
        return;
      }
      const issues = readOrIssues(r, s);
      if (issues.length > 0) {
        progress.rejectedCount++;
        rejected.push({ index, issues });
        return;
      }
    }
    let m = units.get(s.unit);
    if (m === undefined) units.set(s.unit, (m = newMovement()));
    count(m, s);
    progress.counted++;
  });
  const out: { [unitCode: string]: MovementTally } = {};
  for (const k of [...units.keys()].sort()) out[k] = units.get(k) as MovementTally;
  return { units: out, counted: progress.counted, rejectedCount: progress.rejectedCount, rejected };
}

/**
 * Adds two areas' movement counts (cộng số liệu diễn biến), column by column.
 *
 * @remarks
 * Both are checked first: nine whole, non-negative, safe-integer columns per table and measure, and the balance of
 * {@link checkMovementBalance}. Associative and commutative with {@link emptyMovement} as identity; balanced inputs
 * give a balanced sum. Neither input is changed.
 *
 * @param a - movement counts.
 * @param b - movement counts.
 * @returns their sum (a new object).
 * @throws {@link PovertyError} `"invalid_input"` when an input is not valid or a sum passes 2^53 − 1.
 * @example
 * ```ts
 * const m = emptyMovement();
 * addMovement(m, { unitCode: "V-001", previous: "absent", current: "poor", currentPersons: 2, reason: "moved_in" });
 * mergeMovements(m, m).poor.households[7]; //=> 2
 * ```
 * @category Reports
 */
export function mergeMovements(a: MovementTally, b: MovementTally): MovementTally {
  const x = toMovement(a, [0], true);
  const y = toMovement(b, [1], true);
  if (!x.ok || !y.ok) unwrap({ ok: false, issues: [...(x.ok ? [] : x.issues), ...(y.ok ? [] : y.issues)] }, "mergeMovements");
  const out = newMovement();
  if (!addMovementInto(out, (x as { value: MovementTally }).value) || !addMovementInto(out, (y as { value: MovementTally }).value)) {
    unwrap({ ok: false, issues: [issue("count_overflow", [], { limit: Number.MAX_SAFE_INTEGER })] }, "mergeMovements");
  }
  return out;
}

/**
 * Rolls movement counts up the administrative hierarchy (tổng hợp diễn biến theo cấp).
 *
 * @remarks
 * Column by column, like {@link rollUpTallies}. Every unit's counts are checked where they enter (shape, counts,
 * balance); counts that fail, or are filed under a code not in the hierarchy, are listed in `rejected`; a unit with
 * counts of its own and under a descendant is refused (`unit_counted_twice`); a root below the top level is left
 * out of the total (`unit_outside_root`).
 *
 * @param hierarchy - from {@link buildHierarchy}.
 * @param units - movement counts by unit code.
 * @returns the counts for every unit, their total over the top level, and what could not be placed.
 * @throws {@link PovertyError} `"invalid_input"` when the hierarchy or `units` is not valid, or a sum passes
 *   2^53 − 1.
 * @example
 * ```ts
 * const h = buildHierarchy([{ code: "C", name: "Xã", level: "commune" }, { code: "V", name: "Thôn", level: "village", parentCode: "C" }]);
 * const m = tallyMovements([{ unitCode: "V", previous: "poor", current: "not_poor", previousPersons: 3, currentPersons: 3 }]);
 * rollUpMovements(h, m.units).movements["C"]?.poor.households[2]; //=> 1
 * ```
 * @category Reports
 */
export function rollUpMovements(
  hierarchy: Hierarchy,
  units: { readonly [unitCode: string]: MovementTally },
): { readonly movements: { readonly [unitCode: string]: MovementTally }; readonly total: MovementTally; readonly rejected: readonly RejectedUnit[] } {
  const h = hierarchyOf(hierarchy, "rollUpMovements");
  const placed = placeUnits(h, units, (v, code) => toMovement(v, [code], true));
  if ("issues" in placed) return unwrap({ ok: false, issues: placed.issues }, "rollUpMovements");
  const r = rollUpChecked(h, placed.at, placed.rejected, { empty: newMovement, add: addMovementInto, copy: (m) => addCopy(m) }, "rollUpMovements");
  return { movements: r.values, total: r.total, rejected: r.rejected };
}

function addCopy(m: MovementTally): MovementTally {
  const out = newMovement();
  addMovementInto(out, m);
  return out;
}

/**
 * Whether movement counts balance (kiểm tra cân đối biểu diễn biến): 9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 in both
 * tables, for households and persons, and the cross-links hold (table 2 col. 2 = table 3 col. 5; table 2 col. 5 =
 * table 3 col. 3).
 *
 * @remarks
 * shared/spec/reports.md: "a report that does not balance is an error, not a table". Counts built by
 * {@link addMovement} always balance; this checks counts that came from elsewhere (a paper report, a stored file),
 * their shape and counts first (anything else gives issues, never an exception).
 *
 * @param movement - movement counts.
 * @returns `{ ok: true, value }` (a fresh copy) when balanced; otherwise the issues (`unbalanced_movement`,
 *   `movement_cross_link`, or the shape's), each naming the table, measure and columns.
 * @example
 * ```ts
 * const m = emptyMovement();
 * m.poor.households[0] = 285; m.poor.households[8] = 242;
 * const r = checkMovementBalance(m);
 * if (!r.ok) r.issues[0]?.code; //=> "unbalanced_movement"
 * ```
 * @category Reports
 */
export function checkMovementBalance(movement: MovementTally): SafeResult<MovementTally> {
  const shape = toMovement(movement, [], false);
  if (!shape.ok) return shape;
  const issues = balanceIssues(shape.value);
  return issues.length > 0 ? { ok: false, issues } : shape;
}
