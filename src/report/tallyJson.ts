import * as z from "zod";
import type { SafeResult } from "../errors/Issue.js";
import { safeParseWith, unwrap } from "../_lib/issues.js";
import { addDomainIssue } from "../_lib/legacyIssues.js";
import type { PovertyStandard } from "../standards/types.js";
import { CAUSES, CHILD, resolveLayout, type Layout } from "./_layout.js";
import { MSG } from "./_messages.js";
import { MAX_PERSONS } from "./addToTally.js";
import { newTally } from "./emptyTally.js";
import { mergeInto } from "./_mergeInto.js";
import type { ClassCounts, SegmentCounts, SegmentKey, Tally } from "./types.js";

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const openKey = z.string().min(1).max(64).refine((k) => k !== "__proto__", { message: "reserved key" });
const open = z.record(openKey, count);
const classCounts = z
  .object({ total: count, poor: count, poorByIncome: count, poorByDeprivation: count, nearPoor: count, notPoor: count, middleLiving: count })
  .strict();

const schemas = new WeakMap<Layout, z.ZodType<Tally>>();

function segmentSchema(layout: Layout) {
  return z
    .object({
      deprivations: z.object(Object.fromEntries(layout.keys.map((k) => [k, count]))).strict(),
      ethnicMinority: count,
      noMemberAbleToWork: count,
      memberWithMerit: count,
      causes: z.object(Object.fromEntries(CAUSES.map((k) => [k, count]))).strict(),
      support: open,
      ethnicity: open,
      children: z.object(Object.fromEntries(CHILD.map((k) => [k, count]))).strict(),
    })
    .strict();
}

function rule(ctx: Parameters<typeof addDomainIssue>[0], holds: boolean, path: readonly (string | number)[], text: string): void {
  if (!holds) addDomainIssue(ctx, "inconsistent_counts", path, MSG.inconsistent, { rule: text });
}

function checkCounts(c: ClassCounts, what: "households" | "persons", layout: Layout, ctx: Parameters<typeof addDomainIssue>[0]): void {
  rule(ctx, c.total === c.poor + c.nearPoor + c.notPoor, [what, "total"], "total = poor + nearPoor + notPoor");
  rule(ctx, c.middleLiving <= c.notPoor, [what, "middleLiving"], "middleLiving ≤ notPoor");
  if (!layout.middleLiving) rule(ctx, c.middleLiving === 0, [what, "middleLiving"], `middleLiving = 0 (standard ${layout.id} defines none)`);
  if (layout.split) rule(ctx, c.poor === c.poorByIncome + c.poorByDeprivation, [what, "poor"], "poor = poorByIncome + poorByDeprivation");
  else rule(ctx, c.poorByIncome === 0 && c.poorByDeprivation === 0, [what, "poorByIncome"], `poorByIncome = poorByDeprivation = 0 (standard ${layout.id} has one basis)`);
}

function checkSegment(s: SegmentCounts, households: number, key: SegmentKey, ctx: Parameters<typeof addDomainIssue>[0]): void {
  const cap = (v: number, path: readonly (string | number)[]) => rule(ctx, v <= households, ["segments", key, ...path], `≤ ${households} ${key} households`);
  for (const [k, v] of Object.entries(s.deprivations)) cap(v, ["deprivations", k]);
  cap(s.ethnicMinority, ["ethnicMinority"]);
  cap(s.noMemberAbleToWork, ["noMemberAbleToWork"]);
  cap(s.memberWithMerit, ["memberWithMerit"]);
  for (const c of CAUSES) cap(s.causes[c], ["causes", c]);
  for (const c of CHILD) cap(s.children[c], ["children", c]);
  for (const [k, v] of Object.entries(s.support)) cap(v, ["support", k]);
  let sum = 0;
  for (const [k, v] of Object.entries(s.ethnicity)) {
    cap(v, ["ethnicity", k]);
    sum += v;
  }
  rule(ctx, sum <= households, ["segments", key, "ethnicity"], `sum of ethnicity counts ≤ ${households} ${key} households`);
}

function schemaFor(layout: Layout): z.ZodType<Tally> {
  const cached = schemas.get(layout);
  if (cached) return cached;
  const seg = segmentSchema(layout);
  const segments = layout.split
    ? z.object({ poor: seg, nearPoor: seg, poorByIncome: seg, poorByDeprivation: seg }).strict()
    : z.object({ poor: seg, nearPoor: seg }).strict();
  const s = z
    .object({ format: z.literal("vn-poverty/tally@1"), standard: z.literal(layout.id), households: classCounts, persons: classCounts, segments })
    .strict()
    .superRefine((t, ctx) => {
      checkCounts(t.households, "households", layout, ctx);
      checkCounts(t.persons, "persons", layout, ctx);
      for (const k of ["poor", "poorByIncome", "poorByDeprivation", "nearPoor", "notPoor", "middleLiving", "total"] as const) {
        const h = t.households[k];
        const p = t.persons[k];
        rule(ctx, p >= h && p <= h * MAX_PERSONS, ["persons", k], `households ≤ persons ≤ ${MAX_PERSONS} × households`);
      }
      const segs = t.segments as Tally["segments"];
      checkSegment(segs.poor, t.households.poor, "poor", ctx);
      checkSegment(segs.nearPoor, t.households.nearPoor, "nearPoor", ctx);
      if (segs.poorByIncome) checkSegment(segs.poorByIncome, t.households.poorByIncome, "poorByIncome", ctx);
      if (segs.poorByDeprivation) checkSegment(segs.poorByDeprivation, t.households.poorByDeprivation, "poorByDeprivation", ctx);
    }) as unknown as z.ZodType<Tally>;
  schemas.set(layout, s);
  return s;
}

function sortedOpen(o: { readonly [k: string]: number }): { [k: string]: number } {
  const out: { [k: string]: number } = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k] as number;
  return out;
}

/**
 * Returns a tally as plain JSON (bảng tổng hợp dạng JSON), with open keys sorted so equal tallies serialise to
 * equal text.
 *
 * @remarks
 * The result is a deep copy; `JSON.stringify` it to store or send it, and read it back with
 * {@link safeTallyFromJson}.
 *
 * @param tally - a tally.
 * @returns a deep, canonically ordered copy.
 * @example
 * ```ts
 * JSON.stringify(tallyToJson(emptyTally("2021-2025"))).startsWith('{"format":"vn-poverty/tally@1"'); //=> true
 * ```
 * @category Reports
 */
export function tallyToJson(tally: Tally): Tally {
  return sortOpenKeys(JSON.parse(JSON.stringify(tally)) as Tally);
}

/**
 * Reads a tally from JSON and checks it (đọc bảng tổng hợp từ JSON), or says what is wrong.
 *
 * @remarks
 * Checks the format tag; the standard (a national id, or the `standard` option for a local one); every count a
 * safe integer ≥ 0; the deprivation keys exactly the standard's; and that the counts agree: total = poor + near-poor
 * + not poor; middle-living ≤ not poor; under 2016–2020 poor = by income + by deprivation; households ≤ persons ≤
 * 1000 × households; no group or deprivation count above its segment's households.
 *
 * @param json - parsed JSON (an object), e.g. from `JSON.parse`.
 * @param options - `standard`: the standard to read it under (needed for a local standard).
 * @returns a fresh tally in canonical order, or the issues.
 * @example
 * ```ts
 * safeTallyFromJson(JSON.parse(JSON.stringify(emptyTally("2021-2025")))).ok; //=> true
 * safeTallyFromJson({ format: "vn-poverty/tally@1", standard: "2099" }).ok; //=> false
 * ```
 * @category Reports
 */
export function safeTallyFromJson(json: unknown, options: { readonly standard?: string | PovertyStandard } = {}): SafeResult<Tally> {
  const opts: { readonly standard?: unknown } = typeof options === "object" && options !== null ? options : {};
  const ref = opts.standard ?? (typeof json === "object" && json !== null && "standard" in json ? (json as { standard: unknown }).standard : undefined);
  const layout = resolveLayout(ref, ["standard"]);
  if (!layout.ok) return layout;
  const parsed = safeParseWith(schemaFor(layout.value), json);
  if (!parsed.ok) return parsed;
  const out = newTally(layout.value);
  mergeInto(out, parsed.value);
  return { ok: true, value: sortOpenKeys(out) };
}

/** Sorts the open keys of a tally's segments, in place. */
function sortOpenKeys(t: Tally): Tally {
  for (const s of Object.values(t.segments) as SegmentCounts[]) {
    s.support = sortedOpen(s.support);
    s.ethnicity = sortedOpen(s.ethnicity);
  }
  return t;
}

/**
 * Reads a tally from JSON (đọc bảng tổng hợp từ JSON); the throwing twin of {@link safeTallyFromJson}.
 *
 * @remarks
 * See {@link safeTallyFromJson} for the checks.
 *
 * @param json - parsed JSON.
 * @param options - `standard`: the standard to read it under.
 * @returns the tally.
 * @throws {@link PovertyError} `"invalid_input"` with the issues.
 * @example
 * ```ts
 * tallyFromJson(JSON.parse(JSON.stringify(emptyTally("2016-2020")))).standard; //=> "2016-2020"
 * ```
 * @category Reports
 */
export function tallyFromJson(json: unknown, options: { readonly standard?: string | PovertyStandard } = {}): Tally {
  return unwrap(safeTallyFromJson(json, options), "tallyFromJson");
}

/** Checks that a value is a well-formed tally of a known standard (for the safe functions that take tallies). */
export function safeCheckTally(x: unknown, path: readonly (string | number)[]): SafeResult<Tally> {
  const ref = typeof x === "object" && x !== null && "standard" in x ? (x as { standard: unknown }).standard : undefined;
  const layout = resolveLayout(ref, [...path, "standard"]);
  if (!layout.ok) return layout;
  return safeParseWith(schemaFor(layout.value), x, path);
}
