// A tally record: its one schema (zod/mini), and its fast reader, a predicate proven equal to the schema by a
// property test. The reader reads every field once into a scratch, and the counting reads only the scratch, so a
// getter or a Proxy that answers differently on a second read cannot corrupt a tally. Private.
import * as z from "zod/mini";
import type { Path } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith, toJson, type IssueSink } from "../_lib/issues.js";
import { checkIndicatorList } from "../standards/_indicatorKeys.js";
import {
  C_MIDDLE,
  C_NEAR_POOR,
  C_NOT_POOR,
  C_POOR,
  C_POOR_DEPRIVATION,
  C_POOR_INCOME,
  C_TOTAL,
  CAUSE_INDEX,
  CAUSES,
  CHILD,
  CHILD_INDEX,
  isKey,
  MAX_PERSONS,
  PERSONS,
  S_NEAR_POOR,
  S_POOR,
  S_POOR_DEPRIVATION,
  S_POOR_INCOME,
  SEGMENTS_AT,
  type Layout,
} from "./_layout.js";
import { bumpOpen, type OpenMaps } from "./_tally.js";
import type { TallyRecord } from "./types.js";
import { addIssue } from "./_messages.js";

/** Class codes of a counted household. */
export const K_POOR_INCOME = 0;
/** Poor by deprivation (two lines) or by income and deprivation (line and deprivations). */
export const K_POOR = 1;
export const K_NEAR_POOR = 2;
export const K_NOT_POOR = 3;

/** The longest list of indicators, causes or children's deprivations a record may give. */
const MAX_LIST = 100;
/** Above this many support keys, duplicates are found with a set (linear), below by a scan. */
const SCAN = 8;

/** One household as the counting reads it: filled by a reader, read by {@link countScratch}. Reused. */
export interface RecordScratch {
  unit: string;
  cls: number;
  persons: number;
  middle: boolean;
  /** Indices of the deprived indicators (first `nDep`). */
  readonly dep: Int32Array;
  nDep: number;
  /** Marks by indicator index, all 0 between records. */
  readonly seen: Uint8Array;
  /** Bits: 1 ethnic minority, 2 no member able to work, 4 member with merit. */
  flags: number;
  /** Bits by cause index. */
  causes: number;
  /** Bits by children's-deprivation index. */
  children: number;
  /** Support keys (first `nSupport`). */
  readonly support: string[];
  nSupport: number;
  readonly supportSet: Set<string>;
  ethnicity: string | undefined;
}

/** A new scratch for a layout. */
export function newRecordScratch(l: Layout): RecordScratch {
  return {
    unit: "",
    cls: K_NOT_POOR,
    persons: 0,
    middle: false,
    dep: new Int32Array(Math.max(l.k, 1)),
    nDep: 0,
    seen: new Uint8Array(Math.max(l.k, 1)),
    flags: 0,
    causes: 0,
    children: 0,
    support: [],
    nSupport: 0,
    supportSet: new Set(),
    ethnicity: undefined,
  };
}

type Obj = { readonly [k: string]: unknown };

function isObject(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function isPersons(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= MAX_PERSONS;
}

/** Reads a flag; returns the bit, 0, or -1 when it is not a boolean. */
function flag(v: unknown, bit: number): number {
  return v === undefined || v === false ? 0 : v === true ? bit : -1;
}

/** Reads a list of known values into a bitmask, or -1 (not a list, an unknown value, a repeat, too long). */
function enumMask(v: unknown, index: ReadonlyMap<string, number>): number {
  if (v === undefined) return 0;
  if (!Array.isArray(v) || v.length > MAX_LIST) return -1;
  let mask = 0;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    const at = typeof x === "string" ? index.get(x) : undefined;
    if (at === undefined || (mask & (1 << at)) !== 0) return -1;
    mask |= 1 << at;
  }
  return mask;
}

/** Reads the deprived indicators into the scratch; false when not a list of distinct known keys. */
export function readDeprivations(l: Layout, v: unknown, s: RecordScratch): boolean {
  s.nDep = 0;
  if (!Array.isArray(v) || v.length > MAX_LIST) return false;
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    const at = typeof x === "string" ? l.index.get(x) : undefined;
    if (at === undefined || s.seen[at] === 1) {
      ok = false;
      break;
    }
    s.seen[at] = 1;
    s.dep[s.nDep++] = at;
  }
  for (let i = 0; i < s.nDep; i++) s.seen[s.dep[i] as number] = 0;
  return ok;
}

/** Reads the support keys into the scratch; false when not a list of distinct keys. */
function readSupport(v: unknown, s: RecordScratch): boolean {
  s.nSupport = 0;
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  const n = v.length;
  const big = n > SCAN;
  let ok = true;
  for (let i = 0; i < n; i++) {
    const x: unknown = v[i];
    if (!isKey(x)) {
      ok = false;
      break;
    }
    if (big) {
      if (s.supportSet.has(x)) {
        ok = false;
        break;
      }
      s.supportSet.add(x);
    } else {
      for (let j = 0; j < s.nSupport; j++) if (s.support[j] === x) ok = false;
      if (!ok) break;
    }
    s.support[s.nSupport++] = x;
  }
  if (big) s.supportSet.clear();
  return ok;
}

/**
 * Whether the class agrees with the number of deprivations under the standard's rule (the layout's tables are
 * read off the classify rule): a household poor by deprivation needs enough, a near-poor one fewer.
 */
export function consistent(l: Layout, cls: number, n: number): boolean {
  if (cls === K_POOR) return l.poorByDeprivationCount[n] === 1;
  if (cls === K_NEAR_POOR) return l.nearPoorCount[n] === 1;
  return true;
}

/**
 * Reads the report fields shared by a tally record and a household of the fused run (unit code, persons, groups,
 * causes, support, ethnicity, children) into the scratch; false when any is not valid.
 */
export function readReportFields(r: Obj, s: RecordScratch): boolean {
  const unit = r["unitCode"];
  if (!isKey(unit)) return false;
  s.unit = unit;
  const n = r["persons"];
  if (!isPersons(n)) return false;
  s.persons = n;
  const f = flag(r["ethnicMinority"], 1) | flag(r["noMemberAbleToWork"], 2) | flag(r["memberWithMerit"], 4);
  if (f < 0) return false;
  s.flags = f;
  const causes = enumMask(r["causesOfPoverty"], CAUSE_INDEX);
  if (causes < 0) return false;
  s.causes = causes;
  const children = enumMask(r["childDeprivations"], CHILD_INDEX);
  if (children < 0) return false;
  s.children = children;
  if (!readSupport(r["supportReceived"], s)) return false;
  const eth = r["ethnicity"];
  if (eth !== undefined && !isKey(eth)) return false;
  s.ethnicity = eth;
  return true;
}

/**
 * The fast reader of a tally record: fills the scratch and returns true exactly when {@link recordSchemaFor}
 * accepts the record (property-tested). May throw on a hostile value (a getter that throws); callers catch.
 */
export function readRecord(l: Layout, x: unknown, s: RecordScratch): boolean {
  if (!isObject(x)) return false;
  if (x["standard"] !== l.id) return false;
  if (!readReportFields(x, s)) return false;
  const kind = x["kind"];
  const basis = x["poorBasis"];
  let cls: number;
  if (kind === "poor") {
    switch (l.classRule) {
      case "two_lines":
        if (basis === "income") cls = K_POOR_INCOME;
        else if (basis === "deprivation") cls = K_POOR;
        else return false;
        break;
      case "line_and_deprivations":
        if (basis !== undefined && basis !== "income_and_deprivation") return false;
        cls = K_POOR;
        break;
    }
  } else if (kind === "near_poor" || kind === "not_poor") {
    if (basis !== undefined) return false;
    cls = kind === "near_poor" ? K_NEAR_POOR : K_NOT_POOR;
  } else return false;
  s.cls = cls;
  const ml = x["middleLiving"];
  if (ml === true) {
    if (cls !== K_NOT_POOR || !l.middleLiving) return false;
  } else if (ml !== undefined && ml !== false) return false;
  s.middle = ml === true;
  const d = x["deprivations"];
  if (d === undefined) s.nDep = 0;
  else if (!readDeprivations(l, d, s) || (cls !== K_NOT_POOR && cls !== K_POOR_INCOME && !consistent(l, cls, s.nDep))) return false;
  return true;
}

/** Whether a record can be counted under a layout: never throws. */
export function isCountable(l: Layout, x: unknown, s: RecordScratch): boolean {
  try {
    return readRecord(l, x, s);
  } catch {
    return false;
  }
}

function countSegment(c: Float64Array, open: OpenMaps, l: Layout, seg: number, s: RecordScratch): void {
  const at = SEGMENTS_AT + seg * l.segmentSize;
  for (let i = 0; i < s.nDep; i++) {
    const j = at + (s.dep[i] as number);
    c[j] = (c[j] as number) + 1;
  }
  const g = at + l.k;
  if (s.flags !== 0) {
    if ((s.flags & 1) !== 0) c[g] = (c[g] as number) + 1;
    if ((s.flags & 2) !== 0) c[g + 1] = (c[g + 1] as number) + 1;
    if ((s.flags & 4) !== 0) c[g + 2] = (c[g + 2] as number) + 1;
  }
  for (let m = s.causes, b = 0; m !== 0; m >>>= 1, b++) if ((m & 1) !== 0) c[g + 3 + b] = (c[g + 3 + b] as number) + 1;
  for (let m = s.children, b = 0; m !== 0; m >>>= 1, b++) if ((m & 1) !== 0) c[g + 11 + b] = (c[g + 11 + b] as number) + 1;
  for (let i = 0; i < s.nSupport; i++) bumpOpen(open, 2 * seg, s.support[i] as string, 1);
  if (s.ethnicity !== undefined) bumpOpen(open, 2 * seg + 1, s.ethnicity, 1);
}

/** Counts the household in the scratch into a tally's state. */
export function countScratch(c: Float64Array, open: OpenMaps, l: Layout, s: RecordScratch): void {
  const n = s.persons;
  c[C_TOTAL] = (c[C_TOTAL] as number) + 1;
  c[PERSONS + C_TOTAL] = (c[PERSONS + C_TOTAL] as number) + n;
  switch (s.cls) {
    case K_POOR_INCOME:
      c[C_POOR] = (c[C_POOR] as number) + 1;
      c[PERSONS + C_POOR] = (c[PERSONS + C_POOR] as number) + n;
      c[C_POOR_INCOME] = (c[C_POOR_INCOME] as number) + 1;
      c[PERSONS + C_POOR_INCOME] = (c[PERSONS + C_POOR_INCOME] as number) + n;
      countSegment(c, open, l, S_POOR, s);
      countSegment(c, open, l, S_POOR_INCOME, s);
      break;
    case K_POOR:
      c[C_POOR] = (c[C_POOR] as number) + 1;
      c[PERSONS + C_POOR] = (c[PERSONS + C_POOR] as number) + n;
      countSegment(c, open, l, S_POOR, s);
      if (l.classRule === "two_lines") {
        c[C_POOR_DEPRIVATION] = (c[C_POOR_DEPRIVATION] as number) + 1;
        c[PERSONS + C_POOR_DEPRIVATION] = (c[PERSONS + C_POOR_DEPRIVATION] as number) + n;
        countSegment(c, open, l, S_POOR_DEPRIVATION, s);
      }
      break;
    case K_NEAR_POOR:
      c[C_NEAR_POOR] = (c[C_NEAR_POOR] as number) + 1;
      c[PERSONS + C_NEAR_POOR] = (c[PERSONS + C_NEAR_POOR] as number) + n;
      countSegment(c, open, l, S_NEAR_POOR, s);
      break;
    default:
      c[C_NOT_POOR] = (c[C_NOT_POOR] as number) + 1;
      c[PERSONS + C_NOT_POOR] = (c[PERSONS + C_NOT_POOR] as number) + n;
      if (s.middle) {
        c[C_MIDDLE] = (c[C_MIDDLE] as number) + 1;
        c[PERSONS + C_MIDDLE] = (c[PERSONS + C_MIDDLE] as number) + n;
      }
  }
}

// ---- The schema: the one definition of a record, with every issue ----

/** A key-like field (unit code, support key, ethnicity): 1–64 characters, not `__proto__`. */
function keyCheck(missing: boolean) {
  return z.unknown().check(
    z.superRefine((v: unknown, ctx) => {
      if (missing && (typeof v !== "string" || v.length === 0)) addIssue(ctx as IssueSink, "missing_unit_code", [], { received: toJson(v) });
      else if (!isKey(v)) addIssue(ctx as IssueSink, "invalid_key", [], { received: toJson(v) });
    }),
  );
}

const optionalKey = z.optional(z.string().check(z.superRefine((v: string, ctx) => (isKey(v) ? undefined : addIssue(ctx as IssueSink, "invalid_key", [], { received: toJson(v) })))));

/** A list of distinct values: every repeat is reported, at its own index (a value given three times: two issues). */
function distinct<T extends string>(item: z.ZodMiniType<T, unknown>) {
  return z.optional(
    z.array(item).check(
      z.maxLength(MAX_LIST),
      z.superRefine((v: readonly T[], ctx) => {
        const seen = new Set<string>();
        for (let i = 0; i < v.length; i++) {
          const x = v[i] as string;
          if (seen.has(x)) addIssue(ctx as IssueSink, "duplicate_value", [i], { value: x });
          seen.add(x);
        }
      }),
    ),
  );
}

const supportSchema = z.optional(
  z.array(keyCheck(false)).check(
    z.superRefine((v: readonly unknown[], ctx) => {
      const seen = new Set<unknown>();
      for (let i = 0; i < v.length; i++) {
        if (seen.has(v[i])) addIssue(ctx as IssueSink, "duplicate_value", [i], { value: v[i] as string });
        seen.add(v[i]);
      }
    }),
  ),
);

const persons = z.unknown().check(
  z.superRefine((v: unknown, ctx) => (isPersons(v) ? undefined : addIssue(ctx as IssueSink, "invalid_persons", [], { received: toJson(v), max: MAX_PERSONS }))),
);

/** The report fields every household record has (a tally record, a household of the fused run). */
export const reportFieldsShape = {
  unitCode: keyCheck(true),
  persons,
  ethnicMinority: z.optional(z.boolean()),
  noMemberAbleToWork: z.optional(z.boolean()),
  memberWithMerit: z.optional(z.boolean()),
  causesOfPoverty: distinct(z.enum(CAUSES as readonly string[] as [string, ...string[]])),
  supportReceived: supportSchema,
  ethnicity: optionalKey,
  childDeprivations: distinct(z.enum(CHILD as readonly string[] as [string, ...string[]])),
} as const;

/** The report fields alone (for a household of the fused run). */
export const reportFieldsSchema = z.object(reportFieldsShape);

interface ParsedRecord {
  readonly kind: "poor" | "near_poor" | "not_poor";
  readonly poorBasis?: unknown;
  readonly middleLiving?: boolean | undefined;
  readonly deprivations?: readonly string[] | undefined;
}

/** The cross-field checks of a record whose fields are each valid. */
function checkRecordFields(l: Layout, r: ParsedRecord, ctx: IssueSink): void {
  const { kind, poorBasis: basis } = r;
  let cls = kind === "near_poor" ? K_NEAR_POOR : K_NOT_POOR;
  if (kind === "poor") {
    cls = K_POOR;
    switch (l.classRule) {
      case "two_lines":
        if (basis === undefined) addIssue(ctx, "poor_basis_required", ["poorBasis"], { standard: l.id });
        else if (basis === "income") cls = K_POOR_INCOME;
        else if (basis !== "deprivation") addIssue(ctx, "poor_basis_of_other_standard", ["poorBasis"], { received: toJson(basis), standard: l.id, allowed: ["income", "deprivation"] });
        break;
      case "line_and_deprivations":
        if (basis !== undefined && basis !== "income_and_deprivation") {
          addIssue(ctx, "poor_basis_of_other_standard", ["poorBasis"], { received: toJson(basis), standard: l.id, allowed: ["income_and_deprivation"] });
        }
        break;
    }
  } else if (basis !== undefined) addIssue(ctx, "poor_basis_not_allowed", ["poorBasis"], { received: toJson(basis) });
  if (r.middleLiving === true) {
    if (kind !== "not_poor") addIssue(ctx, "middle_living_not_poor_only", ["middleLiving"], { kind });
    if (!l.middleLiving) addIssue(ctx, "middle_living_not_defined", ["middleLiving"], { standard: l.id });
  }
  const d = r.deprivations;
  if (d !== undefined) {
    const issues = checkIndicatorList(l.standard, d, ["deprivations"]);
    for (const i of issues) addIssue(ctx, i.code as "unknown_indicator", i.path, i.params as { key: string; standard: string; known: string });
    if (issues.length === 0 && (cls === K_POOR || cls === K_NEAR_POOR) && !consistent(l, cls, d.length)) {
      addIssue(ctx, "class_contradicts_deprivations", ["deprivations"], { kind: cls === K_POOR ? "poor" : "near_poor", count: d.length, threshold: l.threshold, standard: l.id });
    }
  }
}

const SCHEMAS = new WeakMap<Layout, z.ZodMiniType<TallyRecord, unknown>>();

/** The schema of a tally record under a layout (built once per layout): the one definition of a countable record. */
export function recordSchemaFor(l: Layout): z.ZodMiniType<TallyRecord, unknown> {
  let s = SCHEMAS.get(l);
  if (s === undefined) {
    const { unitCode, persons: personsField, ...groups } = reportFieldsShape;
    s = z
      .object({
        unitCode,
        standard: z.unknown().check(
          z.superRefine((v: unknown, ctx) => (v === l.id ? undefined : addIssue(ctx as IssueSink, "standard_mismatch", [], { expected: l.id, actual: toJson(v) }))),
        ),
        kind: z.enum(["poor", "near_poor", "not_poor"]),
        persons: personsField,
        poorBasis: z.optional(z.unknown()),
        middleLiving: z.optional(z.boolean()),
        deprivations: z.optional(z.array(z.string()).check(z.maxLength(MAX_LIST))),
        ...groups,
      })
      .check(z.superRefine((r, ctx) => checkRecordFields(l, r as ParsedRecord, ctx as IssueSink))) as unknown as z.ZodMiniType<TallyRecord, unknown>;
    SCHEMAS.set(l, s);
  }
  return s;
}

/** Validates a record with the schema: its parsed copy, or every issue (paths under `prefix`). */
export function parseRecord(l: Layout, x: unknown, prefix: Path = []): SafeResult<TallyRecord> {
  return safeParseWith(recordSchemaFor(l), x, prefix);
}

/** Every issue of a record (none when countable). */
export function recordIssues(l: Layout, x: unknown): readonly Issue[] {
  const r = parseRecord(l, x);
  return r.ok ? [] : r.issues;
}
