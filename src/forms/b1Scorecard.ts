import * as z from "zod/mini";
import type { Certainty, Citation, LocalizedText } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { deepFreeze } from "../_lib/freeze.js";
import type { Area } from "../standards/types.js";
import { REGION_KEYS, type SocioEconomicRegion } from "../household/regions.js";
import { issue } from "./_messages.js";

/**
 * A sheet of a B1 scorecard (bảng điểm B1 theo vùng / khu vực): the area and regions it covers and its base score.
 *
 * @example
 * ```ts
 * const sheet: B1ScorecardSheet = { id: "NT1", area: "rural", regions: ["red_river_delta"], base: 60 };
 * ```
 * @category Forms
 */
export interface B1ScorecardSheet {
  /** Stable id of the sheet, e.g. `"urban"`, `"NT1"`; option points are keyed by it. */
  readonly id: string;
  /** The area it applies to. */
  readonly area: Area;
  /** The socio-economic regions it applies to; absent: every region of its area. */
  readonly regions?: readonly SocioEconomicRegion[];
  /** Its name on the form, when it has one. */
  readonly label?: LocalizedText;
  /** The base score (điểm khởi đầu) added before any item; 0 when the table has none. Whole points. */
  readonly base: number;
}

/**
 * One option of a B1 item (phương án trả lời) and its points on each sheet.
 *
 * @example
 * ```ts
 * const o: B1ScorecardOption = { id: "tiled", label: { vi: "Ngói", en: "Tiles" }, points: { urban: 10, NT1: 8 } };
 * ```
 * @category Forms
 */
export interface B1ScorecardOption {
  /** Stable id of the option, unique within its item. */
  readonly id: string;
  /** Its wording. */
  readonly label: LocalizedText;
  /** Whole points on each sheet, keyed by sheet id; every sheet must have a value (may be negative or 0). */
  readonly points: { readonly [sheetId: string]: number };
}

/**
 * One item of the B1 income score (chỉ tiêu B1), e.g. household size, roof material, a durable good.
 *
 * @example
 * ```ts
 * const item: B1ScorecardItem = { id: "roof", label: { vi: "Vật liệu mái", en: "Roof material" }, options: [] };
 * ```
 * @category Forms
 */
export interface B1ScorecardItem {
  /** Stable id of the item, unique in the scorecard; answers are keyed by it. */
  readonly id: string;
  /** Its wording on the form. */
  readonly label: LocalizedText;
  /** Its number on the form, when it has one (e.g. `"B1.3"`). */
  readonly formItem?: string;
  /** Its options; exactly one is answered. */
  readonly options: readonly B1ScorecardOption[];
}

/**
 * A B1 points table supplied by the caller (bảng điểm B1): a typed, validated, versioned table of items, options
 * and points per socio-economic region and area, with a base score per sheet and its own citation.
 *
 * @remarks
 * The official tables (Circular 07/2021/TT-BLĐTBXH, Phiếu B, phần B1; Circular 17/2016 as amended by Circular
 * 14/2018 for 2016–2020) could not be sourced: the library ships none. A province loads the official table as
 * data (see `docs/scorecard.md`) and validates it with {@link safeParseB1Scorecard}. Within an area, either one
 * sheet covers every region, or the sheets cover disjoint sets of regions.
 *
 * @example
 * ```ts
 * const card: B1Scorecard = {
 *   id: "FICTIONAL-TEST-SCORECARD", version: "1", standard: "2021-2025", status: "uncertain",
 *   title: { vi: "Bảng điểm hư cấu", en: "Fictional scorecard" },
 *   citation: { instrument: "test fixture", note: "points invented for tests" },
 *   sheets: [{ id: "urban", area: "urban", base: 100 }, { id: "rural", area: "rural", base: 90 }],
 *   items: [],
 * };
 * ```
 * @category Forms
 */
export interface B1Scorecard {
  /** Stable id of the table, e.g. a province's decision number. */
  readonly id: string;
  /** Its version (any string; recorded in every explanation that used it). */
  readonly version: string;
  /** Its title. */
  readonly title: LocalizedText;
  /** Where the points come from. */
  readonly citation: Citation;
  /** How sure the caller is of the points; `"uncertain"` makes every decision that used it uncertain. */
  readonly status: Certainty;
  /** The id of the national standard it belongs to (e.g. `"2021-2025"`). */
  readonly standard: string;
  /** The sheets: which area and regions each covers, and its base score. */
  readonly sheets: readonly B1ScorecardSheet[];
  /** The items, in form order. */
  readonly items: readonly B1ScorecardItem[];
  /** A note shown with the table (e.g. "fictional: for tests only"). */
  readonly note?: LocalizedText;
}

const text = z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const id = z.string().check(z.normalize("NFC"), z.trim(), z.minLength(1), z.maxLength(100));
const points = z.int().check(z.minimum(-100_000), z.maximum(100_000));

/** The schema of a {@link B1Scorecard} (before its consistency rules: unique ids, points per sheet, sheets apart). */
export const b1ScorecardSchema = z.strictObject({
  id,
  version: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  title: text,
  citation: z.strictObject({
    instrument: z.string().check(z.minLength(1)),
    article: z.optional(z.string()),
    clause: z.optional(z.string()),
    point: z.optional(z.string()),
    item: z.optional(z.string()),
    note: z.optional(z.string()),
  }),
  status: z.enum(["confirmed", "seed", "uncertain"]),
  standard: z.string().check(z.minLength(1)),
  sheets: z
    .array(z.strictObject({ id, area: z.enum(["rural", "urban"]), regions: z.optional(z.array(z.enum(REGION_KEYS)).check(z.minLength(1))), label: z.optional(text), base: points }))
    .check(z.minLength(1), z.maxLength(50)),
  items: z
    .array(
      z.strictObject({
        id,
        label: text,
        formItem: z.optional(z.string()),
        options: z.array(z.strictObject({ id, label: text, points: z.record(z.string(), points) })).check(z.minLength(1), z.maxLength(100)),
      }),
    )
    .check(z.maxLength(200)),
  note: z.optional(text),
});

type Shape = z.output<typeof b1ScorecardSchema>;

/** The scorecard's consistency rules: ids unique, every option has points for every sheet, sheets do not overlap. */
function checkScorecard(c: Shape): Issue[] {
  const issues: Issue[] = [];
  const dup = (ids: readonly string[], path: (i: number) => (string | number)[], where: "sheets" | "items" | "options") => {
    const seen = new Set<string>();
    ids.forEach((x, i) => {
      // ids become keys (answers by item, points by sheet): `__proto__` cannot be one
      if (x === "__proto__") issues.push(issue("invalid_key", path(i), { received: x }));
      if (seen.has(x)) issues.push(issue("duplicate_id", path(i), { id: x, where }));
      seen.add(x);
    });
  };
  dup(c.sheets.map((s) => s.id), (i) => ["sheets", i, "id"], "sheets");
  dup(c.items.map((s) => s.id), (i) => ["items", i, "id"], "items");
  const sheetIds = new Set(c.sheets.map((s) => s.id));
  c.items.forEach((item, i) => {
    dup(item.options.map((o) => o.id), (j) => ["items", i, "options", j, "id"], "options");
    item.options.forEach((o, j) => {
      for (const s of sheetIds) if (!Object.hasOwn(o.points, s)) issues.push(issue("scorecard_points_missing", ["items", i, "options", j, "points", s], { sheet: s }));
      for (const s of Object.keys(o.points)) if (!sheetIds.has(s)) issues.push(issue("scorecard_unknown_sheet", ["items", i, "options", j, "points", s], { sheet: s }));
    });
  });
  // coverage: within an area, one sheet for every region, or sheets with disjoint regions
  const covered = new Map<string, string>();
  c.sheets.forEach((s, i) => {
    const keys = s.regions ? s.regions.map((r) => `${s.area}|${r}`) : [`${s.area}|*`];
    for (const k of keys) {
      const region = k.split("|")[1] ?? "*";
      const clash = covered.get(k) ?? (region === "*" ? [...covered.entries()].find(([x]) => x.startsWith(`${s.area}|`))?.[1] : covered.get(`${s.area}|*`));
      if (clash !== undefined) issues.push(issue("scorecard_sheets_overlap", ["sheets", i], { sheet: s.id, other: clash, area: s.area, region: region === "*" ? null : region }));
      covered.set(k, s.id);
    }
  });
  return issues;
}

const VALIDATED = new WeakSet<object>();

/** Whether a scorecard object was returned by {@link safeParseB1Scorecard} (so it need not be validated again). */
export function isValidatedScorecard(c: unknown): c is B1Scorecard {
  return typeof c === "object" && c !== null && VALIDATED.has(c);
}

/**
 * Validates a B1 points table supplied by the caller (kiểm tra bảng điểm B1), returning it frozen, or the issues.
 *
 * @remarks
 * Checks: every field's type; unique sheet, item and option ids; every option has whole points for every sheet
 * and none for an unknown sheet (`scorecard_points_missing`, `scorecard_unknown_sheet`); within an area the sheets
 * do not overlap (`scorecard_sheets_overlap`). Whether the scorecard belongs to the standard used is checked when
 * it is used ({@link scoreB1}). The format is described in `docs/scorecard.md`.
 *
 * @param input - the table, as data (e.g. loaded from JSON).
 * @returns `{ ok: true, value }` (a frozen {@link B1Scorecard}), or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeParseB1Scorecard({ id: "X" });
 * r.ok; //=> false
 * ```
 * @category Forms
 */
export function safeParseB1Scorecard(input: unknown): SafeResult<B1Scorecard> {
  return guardSafe(() => {
    if (isValidatedScorecard(input)) return { ok: true, value: input };
    const r = safeParseWith(b1ScorecardSchema, input);
    if (!r.ok) return r;
    const issues = checkScorecard(r.value);
    if (issues.length > 0) return { ok: false, issues };
    const card = deepFreeze(r.value as B1Scorecard);
    VALIDATED.add(card);
    return { ok: true, value: card };
  });
}

/**
 * Validates a B1 points table supplied by the caller (kiểm tra bảng điểm B1); throws on bad input.
 *
 * @remarks See {@link safeParseB1Scorecard}.
 * @param input - the table, as data.
 * @returns the frozen, validated table.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const card = parseB1Scorecard(json); // json: a province's table, see docs/scorecard.md
 * card.version; //=> "1"
 * ```
 * @category Forms
 */
export function parseB1Scorecard(input: unknown): B1Scorecard {
  return unwrap(safeParseB1Scorecard(input), "parseB1Scorecard");
}
