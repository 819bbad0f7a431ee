import type { SafeResult } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import { describeValue } from "../messages/format.js";
import type { PovertyStandard } from "../standards/types.js";
import { checkYear, resolveLayout, type Layout } from "./_layout.js";
import { TallyImpl } from "./_tally.js";
import { toTally, type TallyExpectation } from "./_tallyJson.js";
import type { Tally, TallyJson } from "./types.js";
import { issue } from "./_messages.js";

/**
 * Options of {@link safeTallyFromJson} (tùy chọn đọc bảng tổng hợp).
 *
 * @example
 * ```ts
 * const o: TallyFromJsonOptions = { standard: "2021-2025", year: 2024 };
 * ```
 * @category Reports
 */
export interface TallyFromJsonOptions {
  /** The standard to read it under: needed for a local standard (the JSON names only its id). */
  readonly standard?: string | PovertyStandard;
  /** The list year it must carry (`null`: none); by default any. */
  readonly year?: number | null;
}

/**
 * Returns a tally as JSON (bảng tổng hợp dạng JSON), format `"vn-poverty/tally@2"`.
 *
 * @remarks
 * The same object `JSON.stringify(tally)` writes: a fresh plain object, open keys sorted, so equal tallies give
 * byte-identical text whatever the order their households were counted in. See {@link TallyJson} for the layout.
 *
 * @param tally - a tally (or a tally as JSON, which is checked).
 * @returns a fresh plain object.
 * @throws {@link PovertyError} `"invalid_input"` when `tally` is not a valid tally.
 * @example
 * ```ts
 * JSON.stringify(tallyToJson(emptyTally("2021-2025"))).startsWith('{"format":"vn-poverty/tally@2"'); //=> true
 * ```
 * @category Reports
 */
export function tallyToJson(tally: Tally): TallyJson {
  return unwrap(toTally(tally, []), "tallyToJson").toJSON();
}

function expectation(options: unknown): SafeResult<TallyExpectation> {
  let o: { readonly standard?: unknown; readonly year?: unknown } = {};
  try {
    if (typeof options === "object" && options !== null) o = { standard: (options as { standard?: unknown }).standard, year: (options as { year?: unknown }).year };
  } catch {
    o = {};
  }
  let layout: Layout | undefined;
  if (o.standard !== undefined) {
    const r = resolveLayout(o.standard, ["standard"]);
    if (!r.ok) return r;
    layout = r.value;
  }
  if (o.year === undefined) return { ok: true, value: layout === undefined ? {} : { layout } };
  if (o.year !== null) {
    if (typeof o.year !== "number" || !Number.isInteger(o.year)) return { ok: false, issues: [issue("invalid_year", ["year"], { received: describeValue(o.year) })] };
    if (layout !== undefined) {
      const y = checkYear(layout, o.year, ["year"]);
      if (!y.ok) return y;
    }
  }
  return { ok: true, value: { ...(layout === undefined ? {} : { layout }), year: o.year as number | null } };
}

/**
 * Reads a tally from JSON and checks it (đọc bảng tổng hợp từ JSON), or says what is wrong.
 *
 * @remarks
 * Reads format `"vn-poverty/tally@2"` (what {@link tallyToJson} and `JSON.stringify` write) and the earlier `@1`.
 * Checks the format; the standard (a national id, or the `standard` option for a local one) and that the JSON's
 * class rule and indicator list are the standard's own (`tally_layout_mismatch`); the year, one of the standard's
 * list years and, with the `year` option, that one; every count a safe integer ≥ 0; and that the counts agree:
 * total = poor + near-poor + not poor; middle-living ≤ not poor; under a two-lines standard poor = by income + by
 * deprivation, segment by segment; households ≤ persons ≤ 1000 × households; no group, deprivation or open-key
 * count above its segment's households. The usual valid JSON takes a fast reader that fills the counters straight
 * from the parsed value (its result is proven equal to the schema's); anything else gets every issue.
 *
 * @param json - parsed JSON (an object), e.g. from `JSON.parse`.
 * @param options - `standard`: the standard to read it under (needed for a local standard); `year`: the list year
 *   it must carry.
 * @returns a fresh tally, or the issues.
 * @example
 * ```ts
 * safeTallyFromJson(JSON.parse(JSON.stringify(emptyTally("2021-2025")))).ok; //=> true
 * safeTallyFromJson({ format: "vn-poverty/tally@2", standard: "2099" }).ok; //=> false
 * ```
 * @category Reports
 */
export function safeTallyFromJson(json: unknown, options: TallyFromJsonOptions = {}): SafeResult<Tally> {
  const e = expectation(options);
  if (!e.ok) return e;
  // A tally object handed in is read through its JSON, so the result is always fresh.
  return toTally(TallyImpl.is(json) ? json.toJSON() : json, [], e.value);
}

/**
 * Reads a tally from JSON (đọc bảng tổng hợp từ JSON); the throwing twin of {@link safeTallyFromJson}.
 *
 * @remarks
 * See {@link safeTallyFromJson} for the checks; formats `@2` and `@1` are read.
 *
 * @param json - parsed JSON.
 * @param options - `standard`: the standard to read it under; `year`: the list year it must carry.
 * @returns the tally.
 * @throws {@link PovertyError} `"invalid_input"` with the issues.
 * @example
 * ```ts
 * tallyFromJson(JSON.parse(JSON.stringify(emptyTally("2016-2020")))).standard; //=> "2016-2020"
 * ```
 * @category Reports
 */
export function tallyFromJson(json: unknown, options: TallyFromJsonOptions = {}): Tally {
  return unwrap(safeTallyFromJson(json, options), "tallyFromJson");
}
