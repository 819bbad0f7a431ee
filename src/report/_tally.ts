// The tally value: flat counters in the layout it carries, open keys in small maps. Private: the public type is
// the Tally interface; only the library's functions create and change tallies, so a tally it hands out always
// holds safe integers that agree with each other.
import {
  C_MIDDLE,
  C_NEAR_POOR,
  C_NOT_POOR,
  C_POOR,
  C_POOR_DEPRIVATION,
  C_POOR_INCOME,
  C_TOTAL,
  CAUSES,
  CHILD,
  PERSONS,
  SEGMENTS_AT,
  type Layout,
} from "./_layout.js";
import type { CauseOfPoverty, ChildDeprivation, ClassCounts, SegmentCounts, SegmentJson, SegmentKey, Tally, TallyJson, TallyLayout } from "./types.js";

/** One open-key map per segment and kind: index `2 × segment` is support, `2 × segment + 1` ethnicity. */
export type OpenMaps = (Map<string, number> | undefined)[];

/**
 * The open-key slots of a tally with no open key yet, shared and frozen: every slot reads `undefined`. A tally gets
 * slots of its own when something counts into them ({@link TallyImpl.open}), so a roll-up of 100,000 units does
 * not make 100,000 arrays of empty slots (most units of a national run have no open key).
 */
export const NO_OPEN: OpenMaps = Object.freeze([]) as unknown as OpenMaps;

/** The library's tally. */
export class TallyImpl implements Tally {
  readonly format = "vn-poverty/tally@2";
  readonly standard: string;
  readonly year: number | null;
  readonly layout: TallyLayout;
  readonly #l: Layout;
  #c: Float64Array;
  /**
   * Whether `#c` may be shared with another tally (after {@link TallyImpl.share}): then the first write copies it,
   * so a tally never sees another's counts change. Values are the same either way; only the memory is shared.
   */
  // Stryker disable next-line BooleanLiteral: equivalent — a tally that copies its counters before its first write has the same values
  #shared = false;
  #open: OpenMaps;

  constructor(l: Layout, year: number | null, counts: Float64Array, open: OpenMaps) {
    this.standard = l.id;
    this.year = year;
    this.layout = l.public;
    this.#l = l;
    this.#c = counts;
    this.#open = open;
    Object.freeze(this);
  }

  /** Whether a value is one of the library's tallies (a Proxy or a copy is not). */
  static is(x: unknown): x is TallyImpl {
    return typeof x === "object" && x !== null && #c in x;
  }

  /** The layout (private to the library). */
  static layout(t: TallyImpl): Layout {
    return t.#l;
  }

  /** The counters, to count into (private to the library): the tally's own, copied first if they are shared. */
  static counts(t: TallyImpl): Float64Array {
    // Stryker disable next-line ConditionalExpression: equivalent — counters copied on every write call hold the same values
    if (t.#shared) {
      t.#c = copyCounters(t.#c);
      // Stryker disable next-line BooleanLiteral,AssignmentOperator: equivalent — as above, only more copies
      t.#shared = false;
    }
    return t.#c;
  }

  /** The counters, to read only (private to the library): possibly shared with another tally. */
  static countsRead(t: TallyImpl): Float64Array {
    return t.#c;
  }

  /**
   * A fresh tally with the same state (private to the library). The two share their counters until either is
   * written to ({@link TallyImpl.counts} copies them first): a roll-up hands out a fresh tally for each of 100,000
   * villages without copying 100,000 sets of counters that the caller will most likely only read.
   */
  static share(t: TallyImpl): TallyImpl {
    t.#shared = true;
    const u = new TallyImpl(t.#l, t.year, t.#c, copyOpen(t.#open));
    u.#shared = true;
    return u;
  }

  /** The open-key maps, to count into (private to the library): the tally's own, made on first use. */
  static open(t: TallyImpl): OpenMaps {
    if (t.#open === NO_OPEN) t.#open = noOpen(t.#l);
    return t.#open;
  }

  /** The open-key maps, to read only (private to the library): {@link NO_OPEN} when the tally has none. */
  static openRead(t: TallyImpl): OpenMaps {
    return t.#open;
  }

  get households(): ClassCounts {
    return classCounts(this.#c, 0);
  }

  get persons(): ClassCounts {
    return classCounts(this.#c, PERSONS);
  }

  get segments(): Tally["segments"] {
    const l = this.#l;
    const out: { [k in SegmentKey]?: SegmentCounts } = {};
    for (let s = 0; s < l.segments.length; s++) out[l.segments[s] as SegmentKey] = segmentCounts(l, this.#c, this.#open, s);
    return out as Tally["segments"];
  }

  toJSON(): TallyJson {
    return tallyJson(this.#l, this.year, this.#c, this.#open);
  }
}

function classCounts(c: Float64Array, at: number): ClassCounts {
  return {
    total: c[at + C_TOTAL] as number,
    poor: c[at + C_POOR] as number,
    poorByIncome: c[at + C_POOR_INCOME] as number,
    poorByDeprivation: c[at + C_POOR_DEPRIVATION] as number,
    nearPoor: c[at + C_NEAR_POOR] as number,
    notPoor: c[at + C_NOT_POOR] as number,
    middleLiving: c[at + C_MIDDLE] as number,
  };
}

/** An open-key map as a plain object, keys sorted (never `__proto__`: such keys are refused on the way in). */
function sortedObject(m: Map<string, number> | undefined): { [k: string]: number } {
  const out: { [k: string]: number } = {};
  if (m === undefined) return out;
  for (const k of [...m.keys()].sort()) out[k] = m.get(k) as number;
  return out;
}

function segmentCounts(l: Layout, c: Float64Array, open: OpenMaps, s: number): SegmentCounts {
  const at = SEGMENTS_AT + s * l.segmentSize;
  const deprivations: { [k: string]: number } = {};
  for (let i = 0; i < l.k; i++) deprivations[l.keys[i] as string] = c[at + i] as number;
  const g = at + l.k;
  const causes = {} as { [cause in CauseOfPoverty]: number };
  for (let i = 0; i < CAUSES.length; i++) causes[CAUSES[i] as CauseOfPoverty] = c[g + 3 + i] as number;
  const children = {} as { [d in ChildDeprivation]: number };
  for (let i = 0; i < CHILD.length; i++) children[CHILD[i] as ChildDeprivation] = c[g + 11 + i] as number;
  return {
    deprivations,
    ethnicMinority: c[g] as number,
    noMemberAbleToWork: c[g + 1] as number,
    memberWithMerit: c[g + 2] as number,
    causes,
    support: sortedObject(open[2 * s]),
    ethnicity: sortedObject(open[2 * s + 1]),
    children,
  };
}

function slice(c: Float64Array, from: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(c[from + i] as number);
  return out;
}

function segmentJson(l: Layout, c: Float64Array, open: OpenMaps, s: number): SegmentJson {
  const at = SEGMENTS_AT + s * l.segmentSize;
  const g = at + l.k;
  const support = open[2 * s];
  const ethnicity = open[2 * s + 1];
  return {
    deprivations: slice(c, at, l.k),
    groups: slice(c, g, 3),
    causes: slice(c, g + 3, 8),
    children: slice(c, g + 11, 3),
    ...(support !== undefined && support.size > 0 ? { support: sortedObject(support) } : {}),
    ...(ethnicity !== undefined && ethnicity.size > 0 ? { ethnicity: sortedObject(ethnicity) } : {}),
  };
}

/** The JSON of a tally's state. */
export function tallyJson(l: Layout, year: number | null, c: Float64Array, open: OpenMaps): TallyJson {
  const segments: { [k in SegmentKey]?: SegmentJson } = {};
  for (let s = 0; s < l.segments.length; s++) segments[l.segments[s] as SegmentKey] = segmentJson(l, c, open, s);
  return {
    format: "vn-poverty/tally@2",
    standard: l.id,
    year,
    classRule: l.classRule,
    indicators: [...l.keys],
    households: slice(c, 0, 7),
    persons: slice(c, PERSONS, 7),
    segments: segments as TallyJson["segments"],
  };
}

/**
 * Counters are carved out of slabs: a Float64Array of its own costs a backing store allocated outside the heap
 * (about 2 µs and a share of the collector's time), a view of a slab about 0.1 µs. Each tally gets its own part,
 * zeroed and never shared; the arena is a memory pool with no meaning (its contents depend on nothing but the
 * tallies that own them).
 */
const SLAB = 8192;
let slab = new Float64Array(SLAB);
let slabUsed = 0;

/** Fresh, zeroed counters. */
export function allocCounters(n: number): Float64Array {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent — a layout has at most 14 + 4 × (10 + 14) = 110 counters (2016–2020; 2021–2025 and 2027–2030: 66), far below SLAB / 4, and both branches give fresh zeroed counters of length n
  if (n > SLAB / 4) return new Float64Array(n);
  if (slabUsed + n > SLAB) {
    slab = new Float64Array(SLAB);
    slabUsed = 0;
  }
  const out = slab.subarray(slabUsed, slabUsed + n);
  slabUsed += n;
  return out;
}

/** Fresh counters holding a copy of `c`. */
export function copyCounters(c: Float64Array): Float64Array {
  const out = allocCounters(c.length);
  out.set(c);
  return out;
}

/** No open keys yet. */
export function noOpen(l: Layout): OpenMaps {
  return new Array<Map<string, number> | undefined>(2 * l.segments.length).fill(undefined);
}

/** The slots, or {@link NO_OPEN} when they hold no open key (so that a tally read back holds no empty slots). */
export function ownOpen(open: OpenMaps): OpenMaps {
  for (const m of open) if (m !== undefined) return open;
  return NO_OPEN;
}

/** A new, empty tally. */
export function newTally(l: Layout, year: number | null): TallyImpl {
  return new TallyImpl(l, year, allocCounters(l.size), NO_OPEN);
}

/** Adds `n` to an open key's count. */
export function bumpOpen(open: OpenMaps, slot: number, key: string, n: number): void {
  let m = open[slot];
  if (m === undefined) open[slot] = m = new Map();
  m.set(key, (m.get(key) ?? 0) + n);
}

/**
 * Adds tally `from` into the state of `into` (same layout, checked by the caller): a vector sum of the counters,
 * and a merge of the open keys. Returns false when a total passes Number.MAX_SAFE_INTEGER (then the counts are no
 * longer exact; every other count of a consistent tally is at most its households' or persons' total).
 */
export function addInto(c: Float64Array, open: OpenMaps, fc: Float64Array, fopen: OpenMaps): boolean {
  const n = c.length;
  for (let i = 0; i < n; i++) c[i] = (c[i] as number) + (fc[i] as number);
  for (let s = 0; s < fopen.length; s++) {
    const m = fopen[s];
    if (m === undefined || m.size === 0) continue;
    for (const [k, v] of m) bumpOpen(open, s, k, v);
  }
  return (c[C_TOTAL] as number) <= Number.MAX_SAFE_INTEGER && (c[PERSONS + C_TOTAL] as number) <= Number.MAX_SAFE_INTEGER;
}

/** A fresh copy of a tally's open maps ({@link NO_OPEN} when it has none). */
export function copyOpen(open: OpenMaps): OpenMaps {
  // Stryker disable next-line ConditionalExpression: equivalent — a fresh empty array reads and grows as NO_OPEN's copy would
  return open === NO_OPEN ? NO_OPEN : open.map((m) => (m === undefined ? undefined : new Map(m)));
}
