import type { Issue } from "../errors/Issue.js";
import { makeIssue } from "../_lib/legacyIssues.js";
import type { MessageParams, MessageTemplate } from "../_lib/legacyIssues.js";
import { STANDARDS } from "../standards/STANDARDS.js";
import { CAUSE_INDEX, CHILD_INDEX, layoutOf, type Layout } from "./_layout.js";
import type { CauseOfPoverty, ChildDeprivation } from "./types.js";
import { MSG } from "./_messages.js";
import type { SegmentCounts, Tally, TallyRecord } from "./types.js";
import { describeValue } from "../messages/format.js";

/** The most members a record may have (a sanity bound, not a legal value; the same as the classifier's). */
export const MAX_PERSONS = 1000;
const MAX_KEY = 64;
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

type Loose = { readonly [K in keyof TallyRecord]?: unknown };

/** Collects an issue, or says "invalid" at once when not collecting. */
function fail(out: Issue[] | null, code: string, path: readonly (string | number)[], m: MessageTemplate<MessageParams>, p: MessageParams): boolean {
  if (out !== null) out.push(makeIssue(code, path, m, p));
  return false;
}

function isKey(v: unknown): v is string {
  return typeof v === "string" && v.length > 0 && v.length <= MAX_KEY && v !== "__proto__";
}

function checkFlag(r: Loose, key: "middleLiving" | "ethnicMinority" | "noMemberAbleToWork" | "memberWithMerit", out: Issue[] | null): boolean {
  const v = r[key];
  return v === undefined || typeof v === "boolean" || fail(out, "invalid_type", [key], MSG.notBoolean, { expected: "boolean" });
}

/** Checks a list of known values (by index map), each at most once. */
function checkEnumList(r: Loose, key: "causesOfPoverty" | "childDeprivations", index: ReadonlyMap<string, number>, out: Issue[] | null): boolean {
  const v = r[key];
  if (v === undefined) return true;
  if (!Array.isArray(v)) return fail(out, "invalid_type", [key], MSG.notList, { expected: "array" });
  let ok = true;
  let seen = 0;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    const at = typeof x === "string" ? index.get(x) : undefined;
    if (at === undefined) {
      ok = fail(out, "invalid_value", [key, i], MSG.invalidValue, { received: describeValue(x), allowed: [...index.keys()].join(", ") });
    } else if ((seen & (1 << at)) !== 0) {
      ok = fail(out, "duplicate_value", [key, i], MSG.duplicate, { value: x as string });
    } else seen |= 1 << at;
    if (!ok && out === null) return false;
  }
  return ok;
}

function checkKeyList(r: Loose, out: Issue[] | null): boolean {
  const v = r.supportReceived;
  if (v === undefined) return true;
  if (!Array.isArray(v)) return fail(out, "invalid_type", ["supportReceived"], MSG.notList, { expected: "array" });
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    if (!isKey(x)) ok = fail(out, "invalid_key", ["supportReceived", i], MSG.invalidKey, { received: describeValue(x) });
    else if (v.indexOf(x) !== i) ok = fail(out, "duplicate_value", ["supportReceived", i], MSG.duplicate, { value: x });
    if (!ok && out === null) return false;
  }
  return ok;
}

function checkDeprivations(r: Loose, layout: Layout, out: Issue[] | null): boolean {
  const v = r.deprivations;
  if (v === undefined) return true;
  if (!Array.isArray(v)) return fail(out, "invalid_type", ["deprivations"], MSG.notList, { expected: "array" });
  let ok = true;
  const small = layout.keys.length <= 30;
  let seen = 0;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    const at = typeof x === "string" ? layout.index.get(x) : undefined;
    if (at === undefined) {
      const key = String(x);
      const others = STANDARDS.filter((s) => s.indicators.some((ind) => ind.key === key)).map((s) => s.id);
      ok =
        others.length > 0
          ? fail(out, "indicator_of_other_standard", ["deprivations", i], MSG.otherStandardIndicator, { key, standard: layout.id, belongsTo: others.join(", ") })
          : fail(out, "unknown_indicator", ["deprivations", i], MSG.unknownIndicator, { key, standard: layout.id, known: layout.keys.join(", ") });
    } else if (small ? (seen & (1 << at)) !== 0 : v.indexOf(x) !== i) {
      ok = fail(out, "duplicate_indicator", ["deprivations", i], MSG.duplicate, { value: x as string });
    } else if (small) seen |= 1 << at;
    if (!ok && out === null) return false;
  }
  return ok;
}

function fastList(v: unknown, index: ReadonlyMap<string, number>): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  let seen = 0;
  for (let i = 0; i < v.length; i++) {
    const at = index.get(v[i] as string);
    if (at === undefined || (seen & (1 << at)) !== 0) return false;
    seen |= 1 << at;
  }
  return true;
}

function fastFlag(v: unknown): boolean {
  return v === undefined || v === true || v === false;
}

/**
 * The hot-path twin of {@link checkRecord} with `out === null`: no closure, no allocation. Must accept exactly the
 * records that `checkRecord` accepts (a property test holds them together). Private.
 */
export function isCountable(layout: Layout, record: unknown): boolean {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return false;
  const r = record as Loose;
  const code = r.unitCode;
  if (typeof code !== "string" || code.length === 0 || code.length > MAX_KEY || code === "__proto__") return false;
  if (r.standard !== layout.id) return false;
  const kind = r.kind;
  const n = r.persons;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > MAX_PERSONS) return false;
  const basis = r.poorBasis;
  if (kind === "poor") {
    if (layout.split ? basis !== "income" && basis !== "deprivation" : basis !== undefined && basis !== "income_and_deprivation") return false;
  } else if (kind === "near_poor" || kind === "not_poor") {
    if (basis !== undefined) return false;
  } else return false;
  const ml = r.middleLiving;
  if (ml === true) {
    if (kind !== "not_poor" || !layout.middleLiving) return false;
  } else if (ml !== undefined && ml !== false) return false;
  if (!fastFlag(r.ethnicMinority) || !fastFlag(r.noMemberAbleToWork) || !fastFlag(r.memberWithMerit)) return false;
  const d = r.deprivations;
  if (d !== undefined) {
    if (!Array.isArray(d)) return false;
    if (layout.keys.length <= 30) {
      if (!fastList(d, layout.index)) return false;
    } else {
      for (let i = 0; i < d.length; i++) if (!layout.index.has(d[i] as string) || d.indexOf(d[i]) !== i) return false;
    }
  }
  if (!fastList(r.causesOfPoverty, CAUSE_INDEX) || !fastList(r.childDeprivations, CHILD_INDEX)) return false;
  const sup = r.supportReceived;
  if (sup !== undefined) {
    if (!Array.isArray(sup)) return false;
    for (let i = 0; i < sup.length; i++) if (!isKey(sup[i]) || sup.indexOf(sup[i]) !== i) return false;
  }
  return r.ethnicity === undefined || isKey(r.ethnicity);
}

/**
 * Checks a record against a tally's layout. With `out === null` it stops at the first problem; with an array it
 * collects every issue. The hot path uses {@link isCountable} instead. Private.
 */
export function checkRecord(layout: Layout, record: unknown, out: Issue[] | null): boolean {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return fail(out, "invalid_type", [], MSG.notObject, { expected: "object" });
  const r = record as Loose;
  let ok = true;
  const step = (v: boolean): boolean => {
    if (!v) ok = false;
    return ok || out !== null;
  };
  const code = r.unitCode;
  if (typeof code !== "string" || code.length === 0) {
    if (!step(fail(out, "missing_unit_code", ["unitCode"], MSG.missingUnitCode, { received: code === undefined ? null : describeValue(code) }))) return false;
  } else if (!step(isKey(code) || fail(out, "invalid_key", ["unitCode"], MSG.invalidKey, { received: code }))) return false;
  if (!step(r.standard === layout.id || fail(out, "standard_mismatch", ["standard"], MSG.standardMismatch, { expected: layout.id, actual: describeValue(r.standard) }))) return false;
  const kind = r.kind;
  const kindOk = kind === "poor" || kind === "near_poor" || kind === "not_poor";
  if (!step(kindOk || fail(out, "invalid_value", ["kind"], MSG.invalidKind, { received: describeValue(kind) }))) return false;
  const n = r.persons;
  if (!step((typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= MAX_PERSONS) || fail(out, "invalid_persons", ["persons"], MSG.invalidPersons, { received: describeValue(n), max: MAX_PERSONS }))) return false;
  const basis = r.poorBasis;
  if (kind === "poor") {
    if (layout.split) {
      if (basis === undefined) {
        if (!step(fail(out, "poor_basis_required", ["poorBasis"], MSG.basisRequired, { standard: layout.id }))) return false;
      } else if (!step(basis === "income" || basis === "deprivation" || fail(out, "poor_basis_of_other_standard", ["poorBasis"], MSG.basisOtherStandard, { received: describeValue(basis), standard: layout.id, allowed: "income, deprivation" })))
        return false;
    } else if (!step(basis === undefined || basis === "income_and_deprivation" || fail(out, "poor_basis_of_other_standard", ["poorBasis"], MSG.basisOtherStandard, { received: describeValue(basis), standard: layout.id, allowed: "income_and_deprivation" })))
      return false;
  } else if (kindOk && !step(basis === undefined || fail(out, "poor_basis_not_allowed", ["poorBasis"], MSG.basisNotPoor, { received: describeValue(basis) }))) return false;
  if (!step(checkFlag(r, "middleLiving", out))) return false;
  if (r.middleLiving === true) {
    if (kindOk && kind !== "not_poor" && !step(fail(out, "middle_living_not_poor_only", ["middleLiving"], MSG.middleLivingNotPoorOnly, { kind: String(kind) }))) return false;
    if (!layout.middleLiving && !step(fail(out, "middle_living_not_defined", ["middleLiving"], MSG.middleLivingUndefined, { standard: layout.id }))) return false;
  }
  if (!step(checkDeprivations(r, layout, out))) return false;
  if (!step(checkFlag(r, "ethnicMinority", out))) return false;
  if (!step(checkFlag(r, "noMemberAbleToWork", out))) return false;
  if (!step(checkFlag(r, "memberWithMerit", out))) return false;
  if (!step(checkEnumList(r, "causesOfPoverty", CAUSE_INDEX, out))) return false;
  if (!step(checkKeyList(r, out))) return false;
  if (!step(r.ethnicity === undefined || isKey(r.ethnicity) || fail(out, "invalid_key", ["ethnicity"], MSG.invalidKey, { received: describeValue(r.ethnicity) }))) return false;
  if (!step(checkEnumList(r, "childDeprivations", CHILD_INDEX, out))) return false;
  return ok;
}

function bump(o: { [k: string]: number }, k: string): void {
  o[k] = Object.hasOwn(o, k) ? (o[k] as number) + 1 : 1;
}

function countSegment(s: SegmentCounts, r: TallyRecord): void {
  const d = r.deprivations;
  if (d !== undefined) for (let i = 0; i < d.length; i++) (s.deprivations[d[i] as string] as number)++;
  if (r.ethnicMinority === true) s.ethnicMinority++;
  if (r.noMemberAbleToWork === true) s.noMemberAbleToWork++;
  if (r.memberWithMerit === true) s.memberWithMerit++;
  const c = r.causesOfPoverty;
  if (c !== undefined) for (let i = 0; i < c.length; i++) s.causes[c[i] as CauseOfPoverty]++;
  const sup = r.supportReceived;
  if (sup !== undefined) for (let i = 0; i < sup.length; i++) bump(s.support, sup[i] as string);
  if (r.ethnicity !== undefined) bump(s.ethnicity, r.ethnicity);
  const ch = r.childDeprivations;
  if (ch !== undefined) for (let i = 0; i < ch.length; i++) s.children[ch[i] as ChildDeprivation]++;
}

/** Adds a record already checked against the tally's layout. Private: the hot path. */
export function countRecord(t: Tally, r: TallyRecord): void {
  const h = t.households;
  const p = t.persons;
  const n = r.persons;
  h.total++;
  p.total += n;
  switch (r.kind) {
    case "poor": {
      h.poor++;
      p.poor += n;
      countSegment(t.segments.poor, r);
      const byIncome = t.segments.poorByIncome;
      if (byIncome !== undefined) {
        if (r.poorBasis === "income") {
          h.poorByIncome++;
          p.poorByIncome += n;
          countSegment(byIncome, r);
        } else {
          h.poorByDeprivation++;
          p.poorByDeprivation += n;
          countSegment(t.segments.poorByDeprivation as SegmentCounts, r);
        }
      }
      break;
    }
    case "near_poor":
      h.nearPoor++;
      p.nearPoor += n;
      countSegment(t.segments.nearPoor, r);
      break;
    case "not_poor":
      h.notPoor++;
      p.notPoor += n;
      if (r.middleLiving === true) {
        h.middleLiving++;
        p.middleLiving += n;
      }
      break;
  }
}

/**
 * The issues that keep a record out of a tally (kiểm tra bản ghi hộ), empty when it can be counted.
 *
 * @remarks
 * Checks: an object; a unit code (1–64 characters); the tally's standard; a class; persons a whole number 1–{@link MAX_PERSONS};
 * `poorBasis` required for the poor under 2016–2020 (`"income"` or `"deprivation"`), otherwise absent or
 * `"income_and_deprivation"`; `middleLiving` only for a not-poor household under a standard that defines it; the
 * standard's indicator keys, causes and children's deprivations from their lists, each at most once; support and
 * ethnicity keys 1–64 characters.
 *
 * @param standard - the standard id to check against (a tally's `standard`).
 * @param record - the record.
 * @returns every issue found, each with code, path and vi/en message.
 * @throws {@link PovertyError} `"unknown_standard"` when the standard id is not known to the report module.
 * @example
 * ```ts
 * checkTallyRecord("2021-2025", { standard: "2021-2025", kind: "poor", persons: 3 })[0]?.code; //=> "missing_unit_code"
 * ```
 * @category Reports
 */
export function checkTallyRecord(standard: string, record: unknown): readonly Issue[] {
  const out: Issue[] = [];
  checkRecord(layoutOf(standard), record, out);
  return out;
}

/**
 * Adds one classified household to a tally, in place (cộng một hộ vào bảng tổng hợp), or says why it cannot.
 *
 * @remarks
 * The hot path of every report: it allocates nothing for a valid record. A record that fails
 * {@link checkTallyRecord} leaves the tally unchanged and its issues are returned. Counts: households and persons by
 * class; for poor and near-poor households also each deprived indicator and each group (ethnic minority, no member
 * able to work, member with merit, causes, support, ethnicity, children's deprivations); under 2016–2020 the poor
 * again by basis.
 *
 * @param tally - the tally to add to (mutated).
 * @param record - a classified household.
 * @returns an empty list when counted; otherwise the issues.
 * @throws {@link PovertyError} `"unknown_standard"` when the tally was not built by the library.
 * @example
 * ```ts
 * const t = emptyTally("2021-2025");
 * addToTally(t, { unitCode: "V-001", standard: "2021-2025", kind: "poor", persons: 5, deprivations: ["employment", "nutrition", "sanitation"] }); //=> []
 * t.segments.poor.deprivations["employment"]; //=> 1
 * addToTally(t, { unitCode: "", standard: "2021-2025", kind: "poor", persons: 5 })[0]?.code; //=> "missing_unit_code"
 * ```
 * @category Reports
 */
export function addToTally(tally: Tally, record: TallyRecord): readonly Issue[] {
  const layout = layoutOf(tally.standard);
  if (isCountable(layout, record)) {
    countRecord(tally, record);
    return NO_ISSUES;
  }
  const out: Issue[] = [];
  checkRecord(layout, record, out);
  return out;
}
