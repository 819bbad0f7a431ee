// The fixed layout of a tally's counters for one standard, derived from the standard object alone. Private.
//
// Counters (one Float64Array per tally, every count a safe integer ≥ 0):
//   [0, 7)    households: total, poor, poorByIncome, poorByDeprivation, nearPoor, notPoor, middleLiving
//   [7, 14)   persons, the same seven
//   then one block per segment (poor, nearPoor, and under a two-lines standard poorByIncome, poorByDeprivation):
//     K deprived-indicator counts in the standard's order, then ethnicMinority, noMemberAbleToWork,
//     memberWithMerit, the 8 causes of poverty, the 3 children's deprivations (K + 14 counters).
// Open keys (support received, ethnicity) live beside the counters, in one small map per segment.
import type { Path } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { deepFreeze } from "../_lib/freeze.js";
import { describeValue } from "../messages/format.js";
import { resolveStandard } from "../standards/_resolveStandard.js";
import type { ClassRuleName, PovertyStandard } from "../standards/types.js";
import { evaluateIncome, incomeRule, NO_INCOME_PROBE } from "../classify/_incomeRule.js";
import { CAUSES_OF_POVERTY, CHILD_DEPRIVATIONS } from "./constants.js";
import type { SegmentKey, TallyLayout } from "./types.js";
import { issue } from "./_messages.js";

/** The class counts' positions, households block (persons: + PERSONS). */
export const C_TOTAL = 0;
export const C_POOR = 1;
export const C_POOR_INCOME = 2;
export const C_POOR_DEPRIVATION = 3;
export const C_NEAR_POOR = 4;
export const C_NOT_POOR = 5;
export const C_MIDDLE = 6;
export const CLASS_KEYS = ["total", "poor", "poorByIncome", "poorByDeprivation", "nearPoor", "notPoor", "middleLiving"] as const;
export const PERSONS = 7;
export const SEGMENTS_AT = 14;
export const GROUP_KEYS = ["ethnicMinority", "noMemberAbleToWork", "memberWithMerit"] as const;
export const CAUSES = CAUSES_OF_POVERTY;
export const CHILD = CHILD_DEPRIVATIONS;
export const CAUSE_INDEX: ReadonlyMap<string, number> = new Map(CAUSES.map((c, i) => [c, i]));
export const CHILD_INDEX: ReadonlyMap<string, number> = new Map(CHILD.map((c, i) => [c, i]));
/** Segment numbers: the order of the blocks and of the open-key maps. */
export const S_POOR = 0;
export const S_NEAR_POOR = 1;
export const S_POOR_INCOME = 2;
export const S_POOR_DEPRIVATION = 3;
const SEGMENT_ORDER: readonly SegmentKey[] = ["poor", "nearPoor", "poorByIncome", "poorByDeprivation"];

/** The most members a household may have (a sanity bound, not a legal value; the same as the classifier's). */
export const MAX_PERSONS = 1000;
/** The longest unit code or open key. */
export const MAX_KEY = 64;

/** What a tally needs to know about its standard. Private; deeply frozen, built once per standard object. */
export interface Layout {
  readonly standard: PovertyStandard;
  readonly id: string;
  readonly classRule: ClassRuleName;
  /** Indicator keys in the standard's order. */
  readonly keys: readonly string[];
  /** Indicator key → 0-based position. */
  readonly index: ReadonlyMap<string, number>;
  /** Number of indicators. */
  readonly k: number;
  /** The standard defines middle-living households. */
  readonly middleLiving: boolean;
  /** The segments kept, in block order. */
  readonly segments: readonly SegmentKey[];
  /** Counters per segment block (k + 14). */
  readonly segmentSize: number;
  /** All counters. */
  readonly size: number;
  /** The list years the standard governs. */
  readonly listYears: { readonly from: number; readonly to: number };
  /** The deprivation threshold of the poor (from the standard's data, for messages). */
  readonly threshold: number;
  /**
   * By number of deprivations (0…k): whether a household poor by deprivation (2016–2020; "income and deprivation"
   * later) and a near-poor household can have that many under the standard's rule. Read off the classify rule.
   */
  readonly poorByDeprivationCount: Uint8Array;
  readonly nearPoorCount: Uint8Array;
  /** The public description. */
  readonly public: TallyLayout;
}

const LAYOUTS = new WeakMap<PovertyStandard, Layout>();

/**
 * Whether a household with `count` deprivations and an income inside the band a class implies gets that class
 * from the standard's own income rule. The band's representative income is exactly the upper (near-poverty) line,
 * stated in the line's own period for one person: at or below it, and above a two-lines standard's poverty line.
 */
function ruleGives(standard: PovertyStandard, count: number, kind: "poor" | "near_poor"): boolean {
  const rule = incomeRule(standard, "rural");
  const income = { amount: rule.lines.incomeLine.value, months: rule.months, persons: 1 };
  const o = evaluateIncome(rule, { income, deprivationCount: count }, NO_INCOME_PROBE);
  return kind === "near_poor" ? o.kind === "near_poor" : o.kind === "poor" && o.basis !== "income";
}

function build(s: PovertyStandard): Layout {
  const keys = [...s.indicators].sort((a, b) => a.order - b.order).map((i) => i.key);
  const k = keys.length;
  let segments: readonly SegmentKey[];
  switch (s.classRule.value) {
    case "two_lines":
      segments = SEGMENT_ORDER;
      break;
    case "line_and_deprivations":
      segments = SEGMENT_ORDER.slice(0, 2);
      break;
  }
  const poorByDeprivationCount = new Uint8Array(k + 1);
  const nearPoorCount = new Uint8Array(k + 1);
  for (let n = 0; n <= k; n++) {
    poorByDeprivationCount[n] = ruleGives(s, n, "poor") ? 1 : 0;
    nearPoorCount[n] = ruleGives(s, n, "near_poor") ? 1 : 0;
  }
  const segmentSize = k + 14;
  const pub: TallyLayout = deepFreeze({
    standard: s.id,
    classRule: s.classRule.value,
    indicators: keys,
    segments: [...segments],
    middleLiving: s.middleLiving !== undefined,
  });
  const layout: Layout = {
    standard: s,
    id: s.id,
    classRule: s.classRule.value,
    keys: pub.indicators,
    index: new Map(keys.map((key, i) => [key, i])),
    k,
    middleLiving: s.middleLiving !== undefined,
    segments: pub.segments,
    segmentSize,
    size: SEGMENTS_AT + segments.length * segmentSize,
    listYears: Object.freeze({ from: s.listYears.value.from, to: s.listYears.value.to }),
    threshold: s.poorDeprivationCount.value,
    poorByDeprivationCount,
    nearPoorCount,
    public: pub,
  };
  return Object.freeze(layout);
}

/** The layout of a standard object (built once per object: a memo of a pure function, not a registry). */
export function layoutOf(standard: PovertyStandard): Layout {
  let l = LAYOUTS.get(standard);
  if (l === undefined) {
    l = build(standard);
    LAYOUTS.set(standard, l);
  }
  return l;
}

/** The layout of a standard given as an id or a standard object, or why it is not one. */
export function resolveLayout(ref: unknown, path: Path): SafeResult<Layout> {
  const r = resolveStandard(ref, path);
  return r.ok ? { ok: true, value: layoutOf(r.value) } : r;
}

/** The start of a segment's block. */
export function segmentAt(l: Layout, segment: number): number {
  return SEGMENTS_AT + segment * l.segmentSize;
}

/** The block number of a segment key under a layout, or -1 when the layout does not keep it. */
export function segmentNumber(l: Layout, key: SegmentKey): number {
  return l.segments.indexOf(key);
}

/**
 * Checks a list year against the standard (the year the list is used for, as {@link standardForYear} reads it):
 * `null` (not given) or a whole year inside the standard's list years.
 */
export function checkYear(l: Layout, year: unknown, path: Path): SafeResult<number | null> {
  if (year === undefined || year === null) return { ok: true, value: null };
  if (typeof year !== "number" || !Number.isInteger(year)) return { ok: false, issues: [issue("invalid_year", path, { received: describeValue(year) })] };
  if (year < l.listYears.from || year > l.listYears.to) {
    return { ok: false, issues: [issue("year_outside_standard", path, { year, standard: l.id, from: l.listYears.from, to: l.listYears.to })] };
  }
  return { ok: true, value: year };
}

/** Whether a value is a usable open key or unit code: 1–64 characters, not `__proto__`. */
export function isKey(v: unknown): v is string {
  return typeof v === "string" && v.length > 0 && v.length <= MAX_KEY && v !== "__proto__";
}
