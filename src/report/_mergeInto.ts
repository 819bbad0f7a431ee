// Adds one tally into another. Private.
import { CAUSES, CHILD, layoutOf } from "./_layout.js";
import type { ClassCounts, SegmentCounts, Tally } from "./types.js";

const CLASS_KEYS: readonly (keyof ClassCounts)[] = ["total", "poor", "poorByIncome", "poorByDeprivation", "nearPoor", "notPoor", "middleLiving"];
const SEGMENT_KEYS = ["poor", "nearPoor", "poorByIncome", "poorByDeprivation"] as const;

function addOpen(into: { [k: string]: number }, from: { readonly [k: string]: number }): void {
  for (const k in from) {
    if (Object.hasOwn(from, k)) into[k] = (Object.hasOwn(into, k) ? (into[k] as number) : 0) + (from[k] as number);
  }
}

function addSegment(into: SegmentCounts, from: SegmentCounts, keys: readonly string[]): void {
  const a = into.deprivations;
  const b = from.deprivations;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    a[k] = (a[k] as number) + (b[k] as number);
  }
  into.ethnicMinority += from.ethnicMinority;
  into.noMemberAbleToWork += from.noMemberAbleToWork;
  into.memberWithMerit += from.memberWithMerit;
  for (const c of CAUSES) into.causes[c] += from.causes[c];
  for (const c of CHILD) into.children[c] += from.children[c];
  addOpen(into.support, from.support);
  addOpen(into.ethnicity, from.ethnicity);
}

/**
 * Adds `from` into `into` (same standard, checked by the caller). Returns false when a total passes
 * Number.MAX_SAFE_INTEGER (the counts are then no longer exact). Every other count of a consistent tally is at most
 * its households' or persons' total, so checking the two totals suffices. Private.
 */
export function mergeInto(into: Tally, from: Tally): boolean {
  const h = into.households;
  const fh = from.households;
  const p = into.persons;
  const fp = from.persons;
  for (const k of CLASS_KEYS) {
    h[k] += fh[k];
    p[k] += fp[k];
  }
  const keys = layoutOf(into.standard).keys;
  for (const k of SEGMENT_KEYS) {
    const a = into.segments[k];
    const b = from.segments[k];
    if (a !== undefined && b !== undefined) addSegment(a, b, keys);
  }
  return h.total <= Number.MAX_SAFE_INTEGER && p.total <= Number.MAX_SAFE_INTEGER;
}

