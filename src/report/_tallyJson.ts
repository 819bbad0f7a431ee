// A tally as JSON: its one schema per layout (format @2; the earlier @1 read too), the identities every tally
// must satisfy, and the fast reader (a predicate proven equal to the @2 schema by a property test) that fills
// counters straight from the parsed JSON. Private.
import * as z from "zod/mini";
import type { Path } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith, toJson, type IssueSink } from "../_lib/issues.js";
import { resolveStandard } from "../standards/_resolveStandard.js";
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
  CLASS_KEYS,
  GROUP_KEYS,
  isKey,
  layoutOf,
  MAX_PERSONS,
  PERSONS,
  S_POOR,
  S_POOR_DEPRIVATION,
  S_POOR_INCOME,
  SEGMENTS_AT,
  type Layout,
} from "./_layout.js";
import { allocCounters, bumpOpen, noOpen, ownOpen, TallyImpl, type OpenMaps } from "./_tally.js";
import type { SegmentKey } from "./types.js";
import { addIssue, issue } from "./_messages.js";

/** The households each segment is a part of. */
const SEGMENT_CLASS: { readonly [k in SegmentKey]: number } = { poor: C_POOR, nearPoor: C_NEAR_POOR, poorByIncome: C_POOR_INCOME, poorByDeprivation: C_POOR_DEPRIVATION };

function isCount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

function isObject(x: unknown): x is { readonly [k: string]: unknown } {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

// ---- Identities (on the flat counters) ----

/** Reports a broken identity, or says "broken" at once when not collecting. */
type Fail = ((path: Path, rule: string) => void) | null;

/**
 * Checks every identity of a tally's counters: class totals; middle-living within not poor (and none under a
 * standard without them); the poor split by basis under two lines (zero otherwise); households ≤ persons ≤ 1000 ×
 * households; every segment count and open count within its segment's households, ethnicity codes summing to at
 * most them; under two lines the poor segment is the sum of the two by-basis segments. Returns whether all hold.
 */
export function identitiesHold(l: Layout, c: Float64Array, open: OpenMaps, fail: Fail, v1: boolean): boolean {
  let ok = true;
  const bad = (path: Path, rule: string): boolean => {
    ok = false;
    if (fail !== null) fail(path, rule);
    return fail !== null;
  };
  const at = (measure: "households" | "persons", k: number): Path => (v1 ? [measure, CLASS_KEYS[k] as string] : [measure, k]);
  for (const [m, base] of [
    ["households", 0],
    ["persons", PERSONS],
  ] as const) {
    const g = (k: number) => c[base + k] as number;
    if (g(C_TOTAL) !== g(C_POOR) + g(C_NEAR_POOR) + g(C_NOT_POOR) && !bad(at(m, C_TOTAL), "total = poor + nearPoor + notPoor")) return false;
    if (g(C_MIDDLE) > g(C_NOT_POOR) && !bad(at(m, C_MIDDLE), "middleLiving ≤ notPoor")) return false;
    if (!l.middleLiving && g(C_MIDDLE) !== 0 && !bad(at(m, C_MIDDLE), `middleLiving = 0 (standard ${l.id} defines none)`)) return false;
    switch (l.classRule) {
      case "two_lines":
        if (g(C_POOR) !== g(C_POOR_INCOME) + g(C_POOR_DEPRIVATION) && !bad(at(m, C_POOR), "poor = poorByIncome + poorByDeprivation")) return false;
        break;
      case "line_and_deprivations":
        if ((g(C_POOR_INCOME) !== 0 || g(C_POOR_DEPRIVATION) !== 0) && !bad(at(m, C_POOR_INCOME), `poorByIncome = poorByDeprivation = 0 (standard ${l.id} has one basis)`)) return false;
        break;
    }
  }
  for (let k = 0; k < 7; k++) {
    const h = c[k] as number;
    const p = c[PERSONS + k] as number;
    if ((p < h || p > h * MAX_PERSONS) && !bad(at("persons", k), `households ≤ persons ≤ ${MAX_PERSONS} × households`)) return false;
  }
  for (let s = 0; s < l.segments.length; s++) {
    const key = l.segments[s] as SegmentKey;
    const hh = c[SEGMENT_CLASS[key]] as number;
    const base = SEGMENTS_AT + s * l.segmentSize;
    for (let i = 0; i < l.segmentSize; i++) {
      if ((c[base + i] as number) > hh && !bad(segmentPath(l, key, i, v1), `≤ ${hh} ${key} households`)) return false;
    }
    for (const [slot, name] of [
      [2 * s, "support"],
      [2 * s + 1, "ethnicity"],
    ] as const) {
      const m = open[slot];
      if (m === undefined) continue;
      let sum = 0;
      for (const [k, v] of m) {
        sum += v;
        if (v > hh && !bad(["segments", key, name, k], `≤ ${hh} ${key} households`)) return false;
      }
      if (name === "ethnicity" && sum > hh && !bad(["segments", key, "ethnicity"], `sum of ethnicity counts ≤ ${hh} ${key} households`)) return false;
    }
  }
  if (l.classRule === "two_lines") {
    const [p, a, b] = [S_POOR, S_POOR_INCOME, S_POOR_DEPRIVATION].map((s) => SEGMENTS_AT + s * l.segmentSize) as [number, number, number];
    for (let i = 0; i < l.segmentSize; i++) {
      if ((c[p + i] as number) !== (c[a + i] as number) + (c[b + i] as number) && !bad(segmentPath(l, "poor", i, v1), "poor = poorByIncome + poorByDeprivation")) return false;
    }
    for (const off of [0, 1]) {
      const mp = open[2 * S_POOR + off];
      const ma = open[2 * S_POOR_INCOME + off];
      const mb = open[2 * S_POOR_DEPRIVATION + off];
      const keys = new Set([...(mp?.keys() ?? []), ...(ma?.keys() ?? []), ...(mb?.keys() ?? [])]);
      for (const k of keys) {
        if ((mp?.get(k) ?? 0) !== (ma?.get(k) ?? 0) + (mb?.get(k) ?? 0) && !bad(["segments", "poor", off === 0 ? "support" : "ethnicity", k], "poor = poorByIncome + poorByDeprivation")) return false;
      }
    }
  }
  return ok;
}

function segmentPath(l: Layout, key: SegmentKey, i: number, v1: boolean): Path {
  if (i < l.k) return ["segments", key, "deprivations", v1 ? (l.keys[i] as string) : i];
  const j = i - l.k;
  if (j < 3) return v1 ? ["segments", key, GROUP_KEYS[j] as string] : ["segments", key, "groups", j];
  if (j < 11) return ["segments", key, "causes", v1 ? (CAUSES[j - 3] as string) : j - 3];
  return ["segments", key, "children", v1 ? (CHILD[j - 11] as string) : j - 11];
}

// ---- The fast reader of format @2 ----

const TOP_KEYS = new Set(["format", "standard", "year", "classRule", "indicators", "households", "persons", "segments"]);
const SEGMENT_KEYS = new Set(["deprivations", "groups", "causes", "children", "support", "ethnicity"]);

/** Reads a list of `n` counts into `c` at `at`. */
function readCounts(v: unknown, n: number, c: Float64Array, at: number): boolean {
  if (!Array.isArray(v) || v.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const x: unknown = v[i];
    if (!isCount(x)) return false;
    c[at + i] = x;
  }
  return true;
}

/** Reads an open-key object (own and inherited enumerable keys, as a strict object sees them). */
export function readOpen(v: unknown, open: OpenMaps | null, slot: number): boolean {
  if (v === undefined) return true;
  if (!isObject(v)) return false;
  for (const k in v) {
    const x = v[k];
    if (!isKey(k) || !isCount(x)) return false;
    if (open !== null && x > 0) bumpOpen(open, slot, k, x);
  }
  return true;
}

function strictKeys(x: { readonly [k: string]: unknown }, allowed: ReadonlySet<string>): boolean {
  for (const k in x) if (!allowed.has(k)) return false;
  return true;
}

function sameKeys(v: unknown, keys: readonly string[]): boolean {
  if (!Array.isArray(v) || v.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (v[i] !== keys[i]) return false;
  return true;
}

/**
 * The fast reader of a tally in format @2 under a layout: fills `c` and `open` and returns true exactly when
 * {@link tallyJsonSchemaFor} accepts the value (property-tested). May throw on a hostile value; callers catch.
 */
export function readTallyJson(l: Layout, x: unknown, c: Float64Array, open: OpenMaps): boolean {
  if (!isObject(x) || !strictKeys(x, TOP_KEYS)) return false;
  if (x["format"] !== "vn-poverty/tally@2" || x["standard"] !== l.id || x["classRule"] !== l.classRule) return false;
  const year = x["year"];
  if (year !== undefined && year !== null && !yearOk(l, year)) return false;
  if (!sameKeys(x["indicators"], l.keys)) return false;
  if (!readCounts(x["households"], 7, c, 0) || !readCounts(x["persons"], 7, c, PERSONS)) return false;
  const segs = x["segments"];
  if (!isObject(segs) || !strictKeys(segs, new Set(l.segments))) return false;
  for (let s = 0; s < l.segments.length; s++) {
    const seg = segs[l.segments[s] as string];
    if (!isObject(seg) || !strictKeys(seg, SEGMENT_KEYS)) return false;
    const at = SEGMENTS_AT + s * l.segmentSize;
    if (!readCounts(seg["deprivations"], l.k, c, at)) return false;
    if (!readCounts(seg["groups"], 3, c, at + l.k) || !readCounts(seg["causes"], 8, c, at + l.k + 3) || !readCounts(seg["children"], 3, c, at + l.k + 11)) return false;
    if (!readOpen(seg["support"], open, 2 * s) || !readOpen(seg["ethnicity"], open, 2 * s + 1)) return false;
  }
  return identitiesHold(l, c, open, null, false);
}

function yearOk(l: Layout, y: unknown): boolean {
  return typeof y === "number" && Number.isSafeInteger(y) && y >= l.listYears.from && y <= l.listYears.to;
}

// ---- The schemas ----

const count = z.int().check(z.nonnegative());
const counts = (n: number) => z.array(count).check(z.length(n));
const openCounts = z.optional(
  z.unknown().check(
    z.superRefine((v: unknown, ctx) => {
      if (!isObject(v)) return addIssue(ctx as IssueSink, "invalid_type", [], { expected: "object", received: toJson(v) });
      for (const k in v) {
        const x = v[k];
        if (!isKey(k)) addIssue(ctx as IssueSink, "invalid_key", [k], { received: toJson(k) });
        else if (!isCount(x)) addIssue(ctx as IssueSink, "invalid_type", [k], { expected: "int", received: toJson(x) });
      }
    }),
  ),
);

function segmentSchema(l: Layout) {
  return z.strictObject({ deprivations: counts(l.k), groups: counts(3), causes: counts(8), children: counts(3), support: openCounts, ethnicity: openCounts });
}

interface ParsedSegment {
  readonly deprivations: readonly number[];
  readonly groups: readonly number[];
  readonly causes: readonly number[];
  readonly children: readonly number[];
  readonly support?: unknown;
  readonly ethnicity?: unknown;
}

interface ParsedTally {
  readonly households: readonly number[];
  readonly persons: readonly number[];
  readonly segments: { readonly [k: string]: ParsedSegment };
}

/**
 * The flat state of a parsed @2 tally, and whether every count in it was read: a list of the wrong length or a
 * count below 0 is an issue the schema has already, but one it still runs its checks after (zod goes on after
 * them), and the identities are not checked on counts that were not read.
 */
function stateOf(l: Layout, v: ParsedTally): { c: Float64Array; open: OpenMaps; whole: boolean } {
  const c = allocCounters(l.size);
  const open: OpenMaps = noOpen(l);
  let whole = readCounts(v.households, 7, c, 0) && readCounts(v.persons, 7, c, PERSONS);
  for (let s = 0; s < l.segments.length; s++) {
    const seg = v.segments[l.segments[s] as string] as ParsedSegment;
    const at = SEGMENTS_AT + s * l.segmentSize;
    whole =
      readCounts(seg.deprivations, l.k, c, at) &&
      readCounts(seg.groups, 3, c, at + l.k) &&
      readCounts(seg.causes, 8, c, at + l.k + 3) &&
      readCounts(seg.children, 3, c, at + l.k + 11) &&
      readOpen(seg.support, open, 2 * s) &&
      readOpen(seg.ethnicity, open, 2 * s + 1) &&
      whole;
  }
  return { c, open, whole };
}

function sinkFail(ctx: IssueSink): Fail {
  return (path, rule) => addIssue(ctx, "inconsistent_counts", path, { rule });
}

const SCHEMAS = new WeakMap<Layout, z.ZodMiniType<ParsedTally, unknown>>();

/** The schema of a tally in format @2 under a layout (built once per layout). */
export function tallyJsonSchemaFor(l: Layout): z.ZodMiniType<ParsedTally, unknown> {
  let s = SCHEMAS.get(l);
  if (s !== undefined) return s;
  const seg = segmentSchema(l);
  const shape: { [k: string]: typeof seg } = {};
  for (const k of l.segments) shape[k] = seg;
  s = z
    .strictObject({
      format: z.literal("vn-poverty/tally@2"),
      standard: z.unknown().check(z.superRefine((v: unknown, ctx) => (v === l.id ? undefined : addIssue(ctx as IssueSink, "standard_mismatch", [], { expected: l.id, actual: toJson(v) })))),
      year: z.optional(
        z.nullable(
          z.int().check(
            z.superRefine((y: number, ctx) =>
              yearOk(l, y) ? undefined : addIssue(ctx as IssueSink, "year_outside_standard", [], { year: y, standard: l.id, from: l.listYears.from, to: l.listYears.to }),
            ),
          ),
        ),
      ),
      classRule: z.unknown().check(
        z.superRefine((v: unknown, ctx) =>
          v === l.classRule ? undefined : addIssue(ctx as IssueSink, "tally_layout_mismatch", [], { standard: l.id, field: "classRule", expected: l.classRule, actual: toJson(v) }),
        ),
      ),
      indicators: z.unknown().check(
        z.superRefine((v: unknown, ctx) =>
          sameKeys(v, l.keys) ? undefined : addIssue(ctx as IssueSink, "tally_layout_mismatch", [], { standard: l.id, field: "indicators", expected: l.keys.join(", "), actual: toJson(v) }),
        ),
      ),
      households: counts(7),
      persons: counts(7),
      segments: z.strictObject(shape),
    })
    .check(
      z.superRefine((v, ctx) => {
        const { c, open, whole } = stateOf(l, v as unknown as ParsedTally);
        if (whole) identitiesHold(l, c, open, sinkFail(ctx as IssueSink), false);
      }),
    ) as unknown as z.ZodMiniType<ParsedTally, unknown>;
  SCHEMAS.set(l, s);
  return s;
}

// ---- Format @1 (read only) ----

const V1_SCHEMAS = new WeakMap<Layout, z.ZodMiniType<V1Tally, unknown>>();

interface V1Segment {
  readonly deprivations: { readonly [k: string]: number };
  readonly ethnicMinority: number;
  readonly noMemberAbleToWork: number;
  readonly memberWithMerit: number;
  readonly causes: { readonly [k: string]: number };
  readonly support: unknown;
  readonly ethnicity: unknown;
  readonly children: { readonly [k: string]: number };
}

interface V1Tally {
  readonly households: { readonly [k: string]: number };
  readonly persons: { readonly [k: string]: number };
  readonly segments: { readonly [k: string]: V1Segment };
}

function keyed(keys: readonly string[]) {
  const shape: { [k: string]: typeof count } = {};
  for (const k of keys) shape[k] = count;
  return z.strictObject(shape);
}

function v1SchemaFor(l: Layout): z.ZodMiniType<V1Tally, unknown> {
  let s = V1_SCHEMAS.get(l);
  if (s !== undefined) return s;
  const seg = z.strictObject({
    deprivations: keyed(l.keys),
    ethnicMinority: count,
    noMemberAbleToWork: count,
    memberWithMerit: count,
    causes: keyed(CAUSES),
    support: z.unknown().check(z.superRefine((v: unknown, ctx) => (readOpen(v, null, 0) && v !== undefined ? undefined : addIssue(ctx as IssueSink, "invalid_type", [], { expected: "object", received: toJson(v) })))),
    ethnicity: z.unknown().check(z.superRefine((v: unknown, ctx) => (readOpen(v, null, 0) && v !== undefined ? undefined : addIssue(ctx as IssueSink, "invalid_type", [], { expected: "object", received: toJson(v) })))),
    children: keyed(CHILD),
  });
  const shape: { [k: string]: typeof seg } = {};
  for (const k of l.segments) shape[k] = seg;
  s = z
    .strictObject({
      format: z.literal("vn-poverty/tally@1"),
      standard: z.unknown().check(z.superRefine((v: unknown, ctx) => (v === l.id ? undefined : addIssue(ctx as IssueSink, "standard_mismatch", [], { expected: l.id, actual: toJson(v) })))),
      households: keyed(CLASS_KEYS),
      persons: keyed(CLASS_KEYS),
      segments: z.strictObject(shape),
    })
    .check(
      z.superRefine((v, ctx) => {
        const { c, open, whole } = v1State(l, v as unknown as V1Tally);
        if (whole) identitiesHold(l, c, open, sinkFail(ctx as IssueSink), true);
      }),
    ) as unknown as z.ZodMiniType<V1Tally, unknown>;
  V1_SCHEMAS.set(l, s);
  return s;
}

/** The flat state of a parsed @1 tally, and whether every count in it was read (see {@link stateOf}). */
function v1State(l: Layout, v: V1Tally): { c: Float64Array; open: OpenMaps; whole: boolean } {
  const c = allocCounters(l.size);
  const open: OpenMaps = noOpen(l);
  let whole = true;
  CLASS_KEYS.forEach((k, i) => {
    c[i] = v.households[k] as number;
    c[PERSONS + i] = v.persons[k] as number;
  });
  l.segments.forEach((key, s) => {
    const seg = v.segments[key] as V1Segment;
    const at = SEGMENTS_AT + s * l.segmentSize;
    l.keys.forEach((k, i) => (c[at + i] = seg.deprivations[k] as number));
    GROUP_KEYS.forEach((k, i) => (c[at + l.k + i] = seg[k]));
    CAUSES.forEach((k, i) => (c[at + l.k + 3 + i] = seg.causes[k] as number));
    CHILD.forEach((k, i) => (c[at + l.k + 11 + i] = seg.children[k] as number));
    whole = readOpen(seg.support, open, 2 * s) && readOpen(seg.ethnicity, open, 2 * s + 1) && whole;
  });
  return { c, open, whole: whole && c.every(isCount) };
}

// ---- Reading ----

/** What a tally must match when it enters: a layout and a year, when the caller requires them. */
export interface TallyExpectation {
  readonly layout?: Layout;
  /** A year (or null) the tally must carry; undefined when any year is fine. */
  readonly year?: number | null;
}

function checkExpectation(t: TallyImpl, e: TallyExpectation, path: Path): readonly Issue[] {
  const l = TallyImpl.layout(t);
  if (e.layout !== undefined && l !== e.layout) {
    return [
      l.id === e.layout.id
        ? issue("tally_layout_mismatch", [...path, "indicators"], { standard: e.layout.id, field: "indicators", expected: e.layout.keys.join(", "), actual: toJson(l.keys) })
        : issue("standard_mismatch", [...path, "standard"], { expected: e.layout.id, actual: l.id }),
    ];
  }
  if (e.year !== undefined && t.year !== e.year) return [issue("year_mismatch", [...path, "year"], { expected: e.year, actual: t.year })];
  return [];
}

/** The layout a JSON tally names (its `standard`), or the expected one. */
function layoutFor(x: unknown, e: TallyExpectation, path: Path): SafeResult<Layout> {
  if (e.layout !== undefined) return { ok: true, value: e.layout };
  let ref: unknown;
  try {
    ref = isObject(x) ? x["standard"] : undefined;
  } catch {
    ref = undefined;
  }
  const s = resolveStandard(ref, [...path, "standard"]);
  return s.ok ? { ok: true, value: layoutOf(s.value) } : s;
}

/**
 * A tally from anything that may be one: the library's own tally (checked against the expectation), or a tally
 * as JSON, format @2 (the fast reader, then the schema for the issues) or @1 (the schema). Never throws.
 */
export function toTally(x: unknown, path: Path, e: TallyExpectation = {}): SafeResult<TallyImpl> {
  if (TallyImpl.is(x)) {
    const issues = checkExpectation(x, e, path);
    return issues.length === 0 ? { ok: true, value: x } : { ok: false, issues };
  }
  const lr = layoutFor(x, e, path);
  if (!lr.ok) return lr;
  const l = lr.value;
  let t: TallyImpl | undefined;
  // Stryker disable next-line BlockStatement: equivalent — the fast reader skipped: the schema then reads the same tally
  try {
    const c = allocCounters(l.size);
    const open = noOpen(l);
    // Stryker disable next-line BlockStatement: equivalent — the fast reader's tally dropped: the schema then reads the same one
    if (readTallyJson(l, x, c, open)) {
      const year = (x as { readonly year?: number | null }).year;
      t = new TallyImpl(l, year ?? null, c, ownOpen(open));
    }
  } catch {
    t = undefined;
  }
  if (t === undefined) {
    let format: unknown;
    try {
      format = isObject(x) ? x["format"] : undefined;
    } catch {
      format = undefined;
    }
    if (format === "vn-poverty/tally@1") {
      const r = safeParseWith(v1SchemaFor(l), x, path);
      if (!r.ok) return r;
      const { c, open } = v1State(l, r.value);
      t = new TallyImpl(l, null, c, open);
    } else {
      const r = safeParseWith(tallyJsonSchemaFor(l), x, path);
      if (!r.ok) return r;
      const { c, open } = stateOf(l, r.value);
      const year = (r.value as { readonly year?: number | null }).year ?? null;
      t = new TallyImpl(l, year, c, open);
    }
  }
  const issues = checkExpectation(t, e, path);
  return issues.length === 0 ? { ok: true, value: t } : { ok: false, issues };
}
