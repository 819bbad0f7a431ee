import type { Issue, SafeResult } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import { makeIssue } from "../_lib/legacyIssues.js";
import type { MessageParams, MessageTemplate } from "../_lib/legacyIssues.js";
import { MSG } from "./_messages.js";
import { MAX_PERSONS } from "./addToTally.js";
import { rollUp } from "./rollUpTallies.js";
import type { Hierarchy, MovementColumns, MovementRecord, MovementTally, RejectedRecord, RejectedUnit } from "./types.js";
import { describeValue } from "../messages/format.js";

const NO_ISSUES: readonly Issue[] = Object.freeze([]);
const STATUSES = ["poor", "near_poor", "not_poor", "absent"];
const REASONS = ["moved_in", "moved_out", "split", "died", "merged", "other"];

function cols(): MovementColumns {
  return [0, 0, 0, 0, 0, 0, 0, 0, 0];
}

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
  return { format: "vn-poverty/movement@1", poor: { households: cols(), persons: cols() }, nearPoor: { households: cols(), persons: cols() } };
}

type Loose = { readonly [K in keyof MovementRecord]?: unknown };

function personsOk(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= MAX_PERSONS;
}

function check(record: unknown, out: Issue[] | null): boolean {
  const fail = (code: string, path: readonly (string | number)[], m: MessageTemplate<MessageParams>, p: MessageParams): boolean => {
    if (out !== null) out.push(makeIssue(code, path, m, p));
    return false;
  };
  if (typeof record !== "object" || record === null || Array.isArray(record)) return fail("invalid_type", [], MSG.notObject, { expected: "object" });
  const r = record as Loose;
  let ok = true;
  const code = r.unitCode;
  if (typeof code !== "string" || code.length === 0) ok = fail("missing_unit_code", ["unitCode"], MSG.missingUnitCode, { received: code === undefined ? null : String(code) });
  else if (code.length > 64 || code === "__proto__") ok = fail("invalid_key", ["unitCode"], MSG.invalidKey, { received: code });
  if (!ok && out === null) return false;
  const p = r.previous;
  const c = r.current;
  const pOk = typeof p === "string" && STATUSES.includes(p);
  const cOk = typeof c === "string" && STATUSES.includes(c);
  if (!pOk) ok = fail("unknown_status", ["previous"], MSG.unknownStatus, { received: describeValue(p) });
  if (!cOk) ok = fail("unknown_status", ["current"], MSG.unknownStatus, { received: describeValue(c) });
  if (!ok) return false;
  if (p === "absent" && c === "absent") return fail("both_absent", [], MSG.bothAbsent, {});
  if (p !== "absent" && !personsOk(r.previousPersons)) ok = fail("invalid_persons", ["previousPersons"], MSG.invalidPersons, { received: describeValue(r.previousPersons), max: MAX_PERSONS });
  if (c !== "absent" && !personsOk(r.currentPersons)) ok = fail("invalid_persons", ["currentPersons"], MSG.invalidPersons, { received: describeValue(r.currentPersons), max: MAX_PERSONS });
  if (!ok && out === null) return false;
  const reason = r.reason;
  if (reason !== undefined && (typeof reason !== "string" || !REASONS.includes(reason))) ok = fail("invalid_value", ["reason"], MSG.invalidValue, { received: describeValue(reason), allowed: REASONS.join(", ") });
  else if (reason === undefined && (p === "absent" || c === "absent")) ok = fail("reason_required", ["reason"], MSG.reasonRequired, {});
  else if ((reason === "moved_in" && p !== "absent") || ((reason === "moved_out" || reason === "died") && c !== "absent")) {
    ok = fail("reason_direction", ["reason"], MSG.reasonDirection, { reason, previous: String(p), current: String(c) });
  }
  const fb = r.fellBack;
  if (fb !== undefined && typeof fb !== "boolean") ok = fail("invalid_type", ["fellBack"], MSG.notBoolean, { expected: "boolean" });
  else if (fb === true && !(p === "not_poor" && (c === "poor" || c === "near_poor"))) ok = fail("fell_back_not_applicable", ["fellBack"], MSG.fellBackNotApplicable, { previous: String(p), current: String(c) });
  return ok;
}

/** Adds a person-count change of a household that stays on a list: to column 4 (fewer) or 8 (more). */
function delta(ps: MovementColumns, before: number, after: number): void {
  if (after < before) ps[3] += before - after;
  else if (after > before) ps[7] += after - before;
}

/** Counts a checked record. Private. */
function count(m: MovementTally, r: MovementRecord): void {
  const P = m.poor;
  const N = m.nearPoor;
  const pp = r.previousPersons ?? 0;
  const cp = r.currentPersons ?? 0;
  const add = (t: { households: MovementColumns; persons: MovementColumns }, col: number, persons: number) => {
    t.households[col - 1] = (t.households[col - 1] as number) + 1;
    t.persons[col - 1] = (t.persons[col - 1] as number) + persons;
  };
  if (r.previous === "poor") add(P, 1, pp);
  if (r.previous === "near_poor") add(N, 1, pp);
  if (r.current === "poor") add(P, 9, cp);
  if (r.current === "near_poor") add(N, 9, cp);
  switch (r.previous) {
    case "poor":
      switch (r.current) {
        case "poor":
          delta(P.persons, pp, cp);
          break;
        case "near_poor":
          add(P, 2, pp);
          add(N, 5, pp);
          delta(N.persons, pp, cp);
          break;
        case "not_poor":
          add(P, 3, pp);
          break;
        case "absent":
          add(P, 4, pp);
          break;
      }
      break;
    case "near_poor":
      switch (r.current) {
        case "near_poor":
          delta(N.persons, pp, cp);
          break;
        case "poor":
          add(N, 3, pp);
          add(P, 5, pp);
          delta(P.persons, pp, cp);
          break;
        case "not_poor":
          add(N, 2, pp);
          break;
        case "absent":
          add(N, 4, pp);
          break;
      }
      break;
    case "not_poor":
      if (r.current === "poor") add(P, r.fellBack === true ? 6 : 7, cp);
      else if (r.current === "near_poor") add(N, r.fellBack === true ? 6 : 7, cp);
      break;
    case "absent":
      if (r.current === "poor") add(P, 8, cp);
      else if (r.current === "near_poor") add(N, 8, cp);
      break;
  }
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
 * `fell_back_not_applicable`, `missing_unit_code`.
 *
 * @param movement - the counts to add to (mutated).
 * @param record - one household's change.
 * @returns an empty list when counted; otherwise the issues (the counts are unchanged).
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
  if (check(record, null)) {
    count(movement, record);
    return NO_ISSUES;
  }
  const out: Issue[] = [];
  check(record, out);
  return out;
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
  /** Movement counts per unit code. */
  readonly units: { readonly [unitCode: string]: MovementTally };
  /** How many records were counted. */
  readonly counted: number;
  /** How many were rejected. */
  readonly rejectedCount: number;
  /** The rejected records (at most `maxRejected`), with their issues. */
  readonly rejected: readonly RejectedRecord[];
}

/**
 * Counts household changes between two reviews per unit (tổng hợp diễn biến hộ nghèo, hộ cận nghèo theo đơn vị).
 *
 * @remarks
 * As {@link addMovement}, for any iterable; keeps no record. A record with issues is listed in `rejected` and the
 * others are all counted.
 *
 * @param records - the changes, one per household.
 * @param options - `maxRejected` (default 1000).
 * @returns movement counts per unit, with what could not be counted.
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
  const units: { [unitCode: string]: MovementTally } = {};
  const rejected: RejectedRecord[] = [];
  const max = options.maxRejected ?? 1000;
  let counted = 0;
  let rejectedCount = 0;
  let i = 0;
  for (const r of records) {
    const index = i++;
    if (!check(r, null)) {
      rejectedCount++;
      if (rejected.length < max) {
        const issues: Issue[] = [];
        check(r, issues);
        rejected.push({ index, issues });
      }
      continue;
    }
    const rec = r as MovementRecord;
    const m = Object.hasOwn(units, rec.unitCode) ? (units[rec.unitCode] as MovementTally) : (units[rec.unitCode] = emptyMovement());
    count(m, rec);
    counted++;
  }
  return { units, counted, rejectedCount, rejected };
}

function addInto(into: MovementTally, from: MovementTally): boolean {
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

/**
 * Adds two areas' movement counts (cộng số liệu diễn biến), column by column.
 *
 * @remarks
 * Associative and commutative with {@link emptyMovement} as identity; balanced inputs give a balanced sum. Neither
 * input is changed.
 *
 * @param a - movement counts.
 * @param b - movement counts.
 * @returns their sum (a new object).
 * @throws {@link PovertyError} `"invalid_input"` when a sum passes 2^53 − 1.
 * @example
 * ```ts
 * const m = emptyMovement();
 * addMovement(m, { unitCode: "V-001", previous: "absent", current: "poor", currentPersons: 2, reason: "moved_in" });
 * mergeMovements(m, m).poor.households[7]; //=> 2
 * ```
 * @category Reports
 */
export function mergeMovements(a: MovementTally, b: MovementTally): MovementTally {
  const out = emptyMovement();
  if (!addInto(out, a) || !addInto(out, b)) {
    unwrap({ ok: false, issues: [makeIssue("count_overflow", [], MSG.inconsistent, { rule: "count ≤ 9007199254740991" })] }, "mergeMovements");
  }
  return out;
}

/**
 * Rolls movement counts up the administrative hierarchy (tổng hợp diễn biến theo cấp).
 *
 * @remarks
 * Column by column, like {@link rollUpTallies}; counts under a code not in the hierarchy are listed in `rejected`.
 *
 * @param hierarchy - from {@link buildHierarchy}.
 * @param units - movement counts by unit code.
 * @returns the counts for every unit, their total over the roots, and what could not be placed.
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
  const r = rollUp(hierarchy, units, { empty: emptyMovement, merge: addInto, check: () => NO_ISSUES });
  return { movements: r.values, total: r.total, rejected: r.rejected };
}

/**
 * Whether movement counts balance (kiểm tra cân đối biểu diễn biến): 9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 in both
 * tables, for households and persons, and the cross-links hold (table 2 col. 2 = table 3 col. 5; table 2 col. 5 =
 * table 3 col. 3).
 *
 * @remarks
 * shared/spec/reports.md: "a report that does not balance is an error, not a table". Counts built by
 * {@link addMovement} always balance; this checks counts that came from elsewhere (a paper report, a stored file).
 *
 * @param movement - movement counts.
 * @returns `{ ok: true, value }` when balanced; otherwise the issues (`unbalanced_movement`,
 *   `movement_cross_link`), each naming the table, measure and columns.
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
  const issues: Issue[] = [];
  for (const t of ["poor", "nearPoor"] as const) {
    for (const w of ["households", "persons"] as const) {
      const c = movement[t][w];
      const [c1, c2, c3, c4, c5, c6, c7, c8, c9] = c;
      const expected = c1 - c2 - c3 - c4 + c5 + c6 + c7 + c8;
      if (c.some((v) => !Number.isSafeInteger(v) || v < 0) || expected !== c9) {
        issues.push(makeIssue("unbalanced_movement", [t, w, 8], MSG.unbalanced, { table: t === "poor" ? "2" : "3", measure: w, expected, actual: c9 }));
      }
    }
  }
  for (const w of ["households", "persons"] as const) {
    const P = movement.poor[w];
    const N = movement.nearPoor[w];
    if (P[1] !== N[4]) issues.push(makeIssue("movement_cross_link", ["poor", w, 1], MSG.crossLink, { poorColumn: 2, nearPoorColumn: 5, poor: P[1], nearPoor: N[4], measure: w }));
    if (P[4] !== N[2]) issues.push(makeIssue("movement_cross_link", ["poor", w, 4], MSG.crossLink, { poorColumn: 5, nearPoorColumn: 3, poor: P[4], nearPoor: N[2], measure: w }));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: movement };
}
