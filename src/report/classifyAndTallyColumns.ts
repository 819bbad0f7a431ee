import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { unwrap } from "../_lib/issues.js";
import { MAX_MONEY } from "../classify/_schemas.js";
import { evaluateIncome, incomeRule, NO_INCOME_PROBE, type IncomeRule } from "../classify/_incomeRule.js";
import { evaluateScores, NO_SCORE_PROBE, scoreRule, type ScoreFacts, type ScoreRule } from "../classify/_householdRule.js";
import type { HouseholdClassOutcome, PovertyClassOutcome } from "../classify/types.js";
import {
  C_MIDDLE,
  C_NEAR_POOR,
  C_NOT_POOR,
  C_POOR,
  C_POOR_DEPRIVATION,
  C_POOR_INCOME,
  C_TOTAL,
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
import { runOptions } from "./_run.js";
import { bumpOpen, NO_OPEN, noOpen, TallyImpl, type OpenMaps } from "./_tally.js";
import type { TallyRecordsOptions } from "./tallyRecords.js";
import type { RejectedRecord, Tally, UnitTallies } from "./types.js";
import { issue } from "./_messages.js";

/**
 * A column of whole numbers, one per household (cột số nguyên): any integer typed array, or a Float64Array.
 *
 * @example
 * ```ts
 * const persons: IntegerColumn = new Uint16Array([4, 3, 2]);
 * ```
 * @category Reports
 */
export type IntegerColumn = Uint8Array | Uint16Array | Uint32Array | Int8Array | Int16Array | Int32Array | Float64Array;

/**
 * Households as columns (hộ gia đình dạng cột), for national runs: one typed array per field, one element per
 * household, and tables for the unit codes and open keys.
 *
 * @remarks
 * Give `income` (with `incomeKind`) to classify by income, or `b1` (with `b2`, or B2 from the deprivation mask) to
 * classify from the forms. `deprivations` is a bitmask per household: bit `i` is the standard's indicator `i` in
 * its order ({@link TallyLayout}`.indicators`). `flags` bits: 1 ethnic minority, 2 no member able to work, 4 member
 * with merit, 8 middle-living. `causes` bits follow {@link CAUSES_OF_POVERTY}, `children` bits
 * {@link CHILD_DEPRIVATIONS}, `support` bits `supportKeys`. `ethnicity` is 0 for none, or `k` for
 * `ethnicityCodes[k − 1]`. Money in whole đồng.
 *
 * @example
 * ```ts
 * const cols: HouseholdColumns = {
 *   unitCodes: ["V-001", "V-002"],
 *   unit: new Uint32Array([0, 0, 1]),
 *   persons: new Uint16Array([4, 3, 2]),
 *   area: "rural",
 *   income: new Float64Array([1_200_000, 1_400_000, 3_000_000]),
 *   incomeKind: "perCapitaMonthly",
 *   deprivations: new Uint32Array([0b111, 0b1, 0]),
 * };
 * ```
 * @category Reports
 */
export interface HouseholdColumns {
  /** The unit codes; `unit[i]` is an index into it. */
  readonly unitCodes: readonly string[];
  /** Per household: the index of its unit in `unitCodes`. */
  readonly unit: IntegerColumn;
  /** Per household: its members, 1 to 1000. */
  readonly persons: IntegerColumn;
  /** Every household's area, or per household 0 (rural) or 1 (urban). */
  readonly area: "rural" | "urban" | Uint8Array;
  /** Per household: its income (whole đồng), read as `incomeKind` says (totals are for `persons` members). */
  readonly income?: IntegerColumn;
  /** What `income` holds: per person per month, the household's monthly total, or its 12-month total. */
  readonly incomeKind?: "perCapitaMonthly" | "monthlyTotal" | "annualTotal";
  /** Per household: its B1 total. */
  readonly b1?: IntegerColumn;
  /** Per household: its B2 total in points; when absent, B2 is the deprivation mask's count × the points per indicator. */
  readonly b2?: IntegerColumn;
  /** Per household: its deprived indicators, as a bitmask in the standard's indicator order. */
  readonly deprivations?: Uint8Array | Uint16Array | Uint32Array;
  /** Per household: group flags (1 ethnic minority, 2 no member able to work, 4 member with merit, 8 middle-living). */
  readonly flags?: Uint8Array;
  /** Per household: causes of poverty, a bitmask in the order of {@link CAUSES_OF_POVERTY}. */
  readonly causes?: Uint8Array;
  /** Per household: children's deprivations, a bitmask in the order of {@link CHILD_DEPRIVATIONS}. */
  readonly children?: Uint8Array;
  /** Per household: 0 for no ethnicity code, or `k` for `ethnicityCodes[k − 1]`. */
  readonly ethnicity?: Uint8Array | Uint16Array;
  /** The ethnicity codes `ethnicity` refers to. */
  readonly ethnicityCodes?: readonly string[];
  /** Per household: support received, a bitmask over `supportKeys` (at most 32). */
  readonly support?: Uint8Array | Uint16Array | Uint32Array;
  /** The support keys `support` refers to. */
  readonly supportKeys?: readonly string[];
}

const INT_COLUMNS = [Uint8Array, Uint16Array, Uint32Array, Int8Array, Int16Array, Int32Array, Float64Array];
/**
 * The columns of bitmasks and codes hold unsigned whole numbers by their type (as {@link HouseholdColumns} declares
 * them; any unsigned width, each value is checked against its table): a signed or a float array there would let -1
 * stand for every bit, or 2^32 + 7 for 7.
 */
const UNSIGNED_COLUMNS = [Uint8Array, Uint16Array, Uint32Array];
const UNSIGNED: ReadonlySet<string> = new Set(["deprivations", "flags", "causes", "children", "ethnicity", "support"]);

function isColumn(v: unknown, name: string): v is IntegerColumn {
  return (UNSIGNED.has(name) ? UNSIGNED_COLUMNS : INT_COLUMNS).some((C) => v instanceof C);
}

/** Checks the columns' structure (a programmer error when it is wrong). */
function checkColumns(c: HouseholdColumns, l: Layout, what: string): { n: number; issues: Issue[]; byCode: number[] } {
  const issues: Issue[] = [];
  const bad = (path: string, expected: string) => issues.push(issue("invalid_type", [path], { expected, received: "a value of another kind" }));
  let n = 0;
  let byCode: number[] = [];
  try {
    if (!Array.isArray(c.unitCodes)) bad("unitCodes", "array");
    else {
      const codes: readonly unknown[] = c.unitCodes;
      const keys = codes.every(isKey);
      if (keys) {
        byCode = unitsByCode(codes as readonly string[]);
        for (const d of duplicateCodes(codes as readonly string[], byCode)) issues.push(d);
      } else {
        const seen = new Set<unknown>();
        codes.forEach((u, i) => {
          if (!isKey(u)) issues.push(issue("invalid_key", ["unitCodes", i], { received: typeof u === "string" ? u : typeof u }));
          else if (seen.has(u)) issues.push(issue("duplicate_unit", ["unitCodes", i], { code: u }));
          seen.add(u);
        });
      }
    }
    if (!isColumn(c.unit, "unit")) bad("unit", "typed array");
    else n = c.unit.length;
    const cols: [string, unknown, boolean][] = [
      ["persons", c.persons, true],
      ["income", c.income, false],
      ["b1", c.b1, false],
      ["b2", c.b2, false],
      ["deprivations", c.deprivations, false],
      ["flags", c.flags, false],
      ["causes", c.causes, false],
      ["children", c.children, false],
      ["ethnicity", c.ethnicity, false],
      ["support", c.support, false],
    ];
    if (c.area instanceof Uint8Array) cols.push(["area", c.area, true]);
    else if (c.area !== "rural" && c.area !== "urban") bad("area", '"rural", "urban" or Uint8Array');
    for (const [name, v, required] of cols) {
      if (v === undefined && !required) continue;
      if (!isColumn(v, name)) bad(name, UNSIGNED.has(name) ? "unsigned typed array (Uint8Array, Uint16Array or Uint32Array)" : "typed array");
      else if (v.length !== n) issues.push(issue("too_small", [name], { origin: "array", minimum: n, inclusive: true, received: v.length }));
    }
    const byIncome = c.income !== undefined;
    if (byIncome === (c.b1 !== undefined)) issues.push(issue(byIncome ? "classification_input_ambiguous" : "classification_input_missing", [], {}));
    if (byIncome && c.incomeKind !== "perCapitaMonthly" && c.incomeKind !== "monthlyTotal" && c.incomeKind !== "annualTotal") bad("incomeKind", '"perCapitaMonthly", "monthlyTotal" or "annualTotal"');
    if (c.ethnicity !== undefined && (!Array.isArray(c.ethnicityCodes) || c.ethnicityCodes.some((k) => !isKey(k)))) bad("ethnicityCodes", "array of codes");
    if (c.support !== undefined && (!Array.isArray(c.supportKeys) || c.supportKeys.length > 32 || c.supportKeys.some((k) => !isKey(k)) || new Set(c.supportKeys).size !== c.supportKeys.length)) {
      bad("supportKeys", "array of at most 32 distinct keys");
    }
  } catch {
    bad("columns", "object");
  }
  if (l.k > 32) throw new PovertyError("not_supported", `${what}: a deprivation bitmask holds at most 32 indicators`, { standard: l.id });
  return { n, issues, byCode };
}

/**
 * The unit indices in code order (a stable sort: equal codes keep their order). A unit's counters lie at its place
 * in this order, so that the result's tallies (in code order) are consecutive in memory whatever the order of the
 * caller's code table, and a walk over them (a merge, a roll-up) reads one stream. Laid out by the caller's order
 * instead, a merge of the 99,000 village tallies of bench/report.ts (codes "C0-V0", "C0-V1", …, not sorted) read
 * them about 1.3 times as slowly.
 */
function unitsByCode(codes: readonly string[]): number[] {
  return Array.from({ length: codes.length }, (_, u) => u).sort((x, y) => ((codes[x] as string) < (codes[y] as string) ? -1 : (codes[x] as string) > (codes[y] as string) ? 1 : 0));
}

/**
 * A `duplicate_unit` issue for every code that an earlier index already has, in index order. Equal codes are
 * neighbours in code order, the earliest first (the sort is stable), so this needs no set of the codes seen: with
 * 99,000 codes a set took 25–50 ms here, the walk over the sorted codes 1–5 ms.
 */
function duplicateCodes(codes: readonly string[], byCode: readonly number[]): Issue[] {
  const later: number[] = [];
  for (let r = 1; r < byCode.length; r++) if (codes[byCode[r] as number] === codes[byCode[r - 1] as number]) later.push(byCode[r] as number);
  return later.sort((x, y) => x - y).map((i) => issue("duplicate_unit", ["unitCodes", i], { code: codes[i] as string }));
}

function popcount(m: number): number {
  m = m - ((m >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Adds a household's groups to one segment's block. */
function countSegment(c: Float64Array, at: number, k: number, mask: number, flags: number, causes: number, children: number): void {
  for (let m = mask; m !== 0; m &= m - 1) {
    const j = at + 31 - Math.clz32(m & -m);
    c[j] = (c[j] as number) + 1;
  }
  const g = at + k;
  if ((flags & 7) !== 0) {
    if ((flags & 1) !== 0) c[g] = (c[g] as number) + 1;
    if ((flags & 2) !== 0) c[g + 1] = (c[g + 1] as number) + 1;
    if ((flags & 4) !== 0) c[g + 2] = (c[g + 2] as number) + 1;
  }
  for (let m = causes; m !== 0; m &= m - 1) {
    const j = g + 3 + 31 - Math.clz32(m & -m);
    c[j] = (c[j] as number) + 1;
  }
  for (let m = children; m !== 0; m &= m - 1) {
    const j = g + 11 + 31 - Math.clz32(m & -m);
    c[j] = (c[j] as number) + 1;
  }
}

/** Adds a household's open keys (support, ethnicity) to one segment of its unit. */
function countOpen(open: OpenMaps[], u: number, l: Layout, s: number, sup: number, supportKeys: readonly string[], eth: number, ethnicityCodes: readonly string[]): void {
  const m = (open[u] ??= noOpen(l));
  for (let b = sup; b !== 0; b &= b - 1) bumpOpen(m, 2 * s, supportKeys[31 - Math.clz32(b & -b)] as string, 1);
  if (eth !== 0) bumpOpen(m, 2 * s + 1, ethnicityCodes[eth - 1] as string, 1);
}

/** The issue of a value that should be a whole number from `min` to `max`. */
function intIssue(column: string, i: number, v: number, min: number, max: number): Issue {
  if (!Number.isInteger(v)) return issue("invalid_type", [column, i], { expected: "int", received: Number.isNaN(v) ? "NaN" : v });
  return v < min ? issue("too_small", [column, i], { origin: "number", minimum: min, inclusive: true, received: v }) : issue("too_big", [column, i], { origin: "number", maximum: max, inclusive: true, received: v });
}

/**
 * Classifies households given as columns and tallies them per unit in one pass (phân loại và tổng hợp dữ liệu hộ
 * dạng cột), for national runs.
 *
 * @remarks
 * Every household is classified by the same rule evaluation as {@link classifyByIncome} (income with the
 * deprivation count of its mask) or {@link classifyHousehold} (B1 total; B2 total, or the mask's count), and counted
 * at once: the counters of all units live in one typed array, and each unit's tally in the result is a view of
 * its part of it. A household with a value out of range (a unit index outside `unitCodes`, persons outside
 * 1–1000, a negative or fractional income or score, a B2 that is not a whole number of indicators, a
 * middle-living flag on a poor household, a mask bit beyond the standard's indicators or the tables) or whose class
 * cannot be decided (`undetermined_household`, `household_rule_not_found`) is rejected by index, like
 * {@link classifyAndTally}. The result equals the same households given as objects to {@link classifyAndTally}
 * (property-tested).
 *
 * @param columns - the households as columns.
 * @param options - the standard, the list year, and how many rejected households to list.
 * @returns the tallies per unit code (units with a counted household, in code order), the counts, and the
 *   rejected households.
 * @throws {@link PovertyError} `"invalid_input"` when the options or the columns' structure are not valid (columns
 *   of different lengths, a bad code table).
 * @example
 * ```ts
 * const run = classifyAndTallyColumns(
 *   {
 *     unitCodes: ["V-001", "V-002"],
 *     unit: new Uint32Array([0, 0, 1]),
 *     persons: new Uint16Array([4, 3, 2]),
 *     area: "rural",
 *     income: new Float64Array([1_200_000, 1_400_000, 3_000_000]),
 *     incomeKind: "perCapitaMonthly",
 *     deprivations: new Uint32Array([0b111, 0b1, 0]),
 *   },
 *   { standard: "2021-2025" },
 * );
 * run.units["V-001"]?.households.poor; //=> 1
 * run.units["V-001"]?.households.nearPoor; //=> 1
 * run.units["V-002"]?.households.notPoor; //=> 1
 * ```
 * @category Reports
 */
export function classifyAndTallyColumns(columns: HouseholdColumns, options: TallyRecordsOptions): UnitTallies {
  const o = runOptions(options, "classifyAndTallyColumns");
  const l = o.layout;
  if (typeof columns !== "object" || columns === null) throw new PovertyError("invalid_input", "classifyAndTallyColumns needs the households as columns", { function: "classifyAndTallyColumns" });
  const { n, issues: structure, byCode } = checkColumns(columns, l, "classifyAndTallyColumns");
  if (structure.length > 0) unwrap({ ok: false, issues: structure }, "classifyAndTallyColumns");
  const { unitCodes, unit, persons } = columns;
  const nUnits = unitCodes.length;
  const size = l.size;
  const place = new Uint32Array(nUnits);
  for (let r = 0; r < nUnits; r++) place[byCode[r] as number] = r;
  const counts = new Float64Array(nUnits * size);
  const open: OpenMaps[] = new Array<OpenMaps>(nUnits);
  const rejected: RejectedRecord[] = [];
  let rejectedCount = 0;
  let counted = 0;
  const max = o.maxRejected;
  // A rejection is counted, and listed while fewer than `max` are: `listed()` counts it and says whether its issue
  // is to be made. The loop makes no closure: a function made in the loop's body (an issue maker per rejection, as
  // until 2026-12-02) moves every variable it reads — the index, the unit, the values — into a context object that V8
  // allocates for every household, whether or not it is rejected.
  const listed = (): boolean => ++rejectedCount <= max;
  const area = columns.area;
  const areaAll = typeof area === "string" ? (area === "urban" ? 1 : 0) : -1;
  const areaCol = typeof area === "string" ? undefined : area;
  const { income, b1, b2, deprivations, flags, causes, children, ethnicity, support } = columns;
  const ethnicityCodes = columns.ethnicityCodes ?? [];
  const supportKeys = columns.supportKeys ?? [];
  const nEthnicity = ethnicityCodes.length;
  /** The largest support mask the keys allow (every bit below their count); computed once, not per household. */
  const maxSupport = supportKeys.length >= 32 ? Infinity : 2 ** supportKeys.length - 1;
  const validMask = l.k === 32 ? 0xffffffff : (1 << l.k) - 1;
  const twoLines = l.classRule === "two_lines";
  const k = l.k;
  const seg = l.segmentSize;
  const hasMiddle = l.middleLiving;
  // Income rules per area, and the reusable facts.
  const incomeRules: readonly IncomeRule[] = [incomeRule(l.standard, "rural"), incomeRule(l.standard, "urban")];
  const months = columns.incomeKind === "annualTotal" ? 12 : 1;
  const perCapita = columns.incomeKind === "perCapitaMonthly";
  const quantity = { amount: 0, months, persons: 1 };
  const incomeFacts = { income: quantity, deprivationCount: 0 as number | undefined };
  // Score rules per area, and the reusable facts.
  const scoreRules = [scoreRule(l.standard, "rural"), scoreRule(l.standard, "urban")];
  const b1Fact = { kind: "total" as const, total: 0 };
  const b2Fact = { kind: "scored" as const, total: 0, count: 0, deprived: undefined, answers: undefined };
  const scoreFacts: ScoreFacts = { formA: undefined, b1: b1Fact, b2: b2Fact };
  for (let i = 0; i < n; i++) {
    const u = unit[i] as number;
    if (!(u >= 0 && u < nUnits && Number.isInteger(u))) {
      if (listed()) rejected.push({ index: i, issues: [issue("unknown_unit", ["unit", i], { code: String(u) })] });
      continue;
    }
    const p = persons[i] as number;
    if (!(p >= 1 && p <= MAX_PERSONS && Number.isInteger(p))) {
      if (listed()) rejected.push({ index: i, issues: [issue("invalid_persons", ["persons", i], { received: Number.isFinite(p) ? p : String(p), max: MAX_PERSONS })] });
      continue;
    }
    const mask = deprivations === undefined ? 0 : (deprivations[i] as number);
    if ((mask & ~validMask) !== 0) {
      if (listed()) rejected.push({ index: i, issues: [issue("too_big", ["deprivations", i], { origin: "number", maximum: validMask >>> 0, inclusive: true, received: mask })] });
      continue;
    }
    const a = areaAll >= 0 ? areaAll : (areaCol as Uint8Array)[i] as number;
    if (a > 1) {
      if (listed()) rejected.push({ index: i, issues: [issue("invalid_value", ["area", i], { values: [0, 1], received: a })] });
      continue;
    }
    const nDep = popcount(mask);
    let outcome: PovertyClassOutcome | HouseholdClassOutcome;
    if (income !== undefined) {
      const amount = income[i] as number;
      if (!(amount >= 0 && amount <= MAX_MONEY && Number.isInteger(amount))) {
        if (listed()) rejected.push({ index: i, issues: [intIssue("income", i, amount, 0, MAX_MONEY)] });
        continue;
      }
      quantity.amount = amount;
      quantity.persons = perCapita ? 1 : p;
      incomeFacts.deprivationCount = deprivations === undefined ? undefined : nDep;
      outcome = evaluateIncome(incomeRules[a] as IncomeRule, incomeFacts, NO_INCOME_PROBE);
    } else {
      const rule = scoreRules[a] as ScoreRule | string;
      if (typeof rule === "string") {
        if (listed()) rejected.push({ index: i, issues: [issue("household_rule_not_found", [], { reason: rule, standard: l.id })] });
        continue;
      }
      const total = (b1 as IntegerColumn)[i] as number;
      if (!(total >= 0 && Number.isSafeInteger(total))) {
        if (listed()) rejected.push({ index: i, issues: [intIssue("b1", i, total, 0, Number.MAX_SAFE_INTEGER)] });
        continue;
      }
      b1Fact.total = total;
      const ppi = rule.b2.pointsPerIndicator.value;
      if (b2 !== undefined) {
        const t = b2[i] as number;
        if (!(t >= 0 && Number.isSafeInteger(t) && t % ppi === 0 && t <= ppi * rule.indicatorCount)) {
          const most = ppi * rule.indicatorCount;
          if (listed()) {
            const x = !(t >= 0 && Number.isSafeInteger(t))
              ? intIssue("b2", i, t, 0, most)
              : t % ppi !== 0
                ? issue("b2_not_multiple_of_points", ["b2", i], { total: t, points: ppi })
                : issue("b2_above_maximum", ["b2", i], { total: t, max: most, count: rule.indicatorCount, points: ppi });
            rejected.push({ index: i, issues: [x] });
          }
          continue;
        }
        b2Fact.total = t;
        b2Fact.count = t / ppi;
      } else {
        b2Fact.total = nDep * ppi;
        b2Fact.count = nDep;
      }
      outcome = evaluateScores(rule, scoreFacts, NO_SCORE_PROBE);
    }
    if (outcome.kind === "undetermined") {
      const missing = outcome.missing;
      if (listed()) rejected.push({ index: i, issues: [issue("undetermined_household", [], { missing: [...missing] })] });
      continue;
    }
    if (outcome.kind === "rule_not_found") {
      const reason = outcome.reason;
      if (listed()) rejected.push({ index: i, issues: [issue("household_rule_not_found", [], { reason, standard: l.id })] });
      continue;
    }
    const f = flags === undefined ? 0 : (flags[i] as number);
    if ((f & 8) !== 0 && (outcome.kind !== "not_poor" || !hasMiddle)) {
      const kind = outcome.kind;
      if (listed()) rejected.push({ index: i, issues: [hasMiddle ? issue("middle_living_not_poor_only", ["flags", i], { kind }) : issue("middle_living_not_defined", ["flags", i], { standard: l.id })] });
      continue;
    }
    const cs = causes === undefined ? 0 : (causes[i] as number);
    const ch = children === undefined ? 0 : (children[i] as number);
    const eth = ethnicity === undefined ? 0 : (ethnicity[i] as number);
    const sup = support === undefined ? 0 : (support[i] as number);
    if (cs > 0xff || ch > 7 || eth > nEthnicity || sup > maxSupport || (f & ~15) !== 0) {
      const [column, v, most] = cs > 0xff ? ["causes", cs, 0xff] : ch > 7 ? ["children", ch, 7] : eth > nEthnicity ? ["ethnicity", eth, nEthnicity] : (f & ~15) !== 0 ? ["flags", f, 15] : ["support", sup, maxSupport];
      if (listed()) rejected.push({ index: i, issues: [issue("too_big", [column, i], { origin: "number", maximum: most, inclusive: true, received: v })] });
      continue;
    }
    // Count.
    const base = (place[u] as number) * size;
    counts[base + C_TOTAL] = (counts[base + C_TOTAL] as number) + 1;
    counts[base + PERSONS + C_TOTAL] = (counts[base + PERSONS + C_TOTAL] as number) + p;
    let s1 = -1;
    let s2 = -1;
    switch (outcome.kind) {
      case "poor":
        counts[base + C_POOR] = (counts[base + C_POOR] as number) + 1;
        counts[base + PERSONS + C_POOR] = (counts[base + PERSONS + C_POOR] as number) + p;
        s1 = S_POOR;
        if (twoLines) {
          const c = outcome.basis === "income" ? C_POOR_INCOME : C_POOR_DEPRIVATION;
          counts[base + c] = (counts[base + c] as number) + 1;
          counts[base + PERSONS + c] = (counts[base + PERSONS + c] as number) + p;
          s2 = outcome.basis === "income" ? S_POOR_INCOME : S_POOR_DEPRIVATION;
        }
        break;
      case "near_poor":
        counts[base + C_NEAR_POOR] = (counts[base + C_NEAR_POOR] as number) + 1;
        counts[base + PERSONS + C_NEAR_POOR] = (counts[base + PERSONS + C_NEAR_POOR] as number) + p;
        s1 = S_NEAR_POOR;
        break;
      default:
        counts[base + C_NOT_POOR] = (counts[base + C_NOT_POOR] as number) + 1;
        counts[base + PERSONS + C_NOT_POOR] = (counts[base + PERSONS + C_NOT_POOR] as number) + p;
        if ((f & 8) !== 0) {
          counts[base + C_MIDDLE] = (counts[base + C_MIDDLE] as number) + 1;
          counts[base + PERSONS + C_MIDDLE] = (counts[base + PERSONS + C_MIDDLE] as number) + p;
        }
    }
    if (s1 >= 0) {
      countSegment(counts, base + SEGMENTS_AT + s1 * seg, k, mask, f, cs, ch);
      if (eth !== 0 || sup !== 0) countOpen(open, u, l, s1, sup, supportKeys, eth, ethnicityCodes);
    }
    if (s2 >= 0) {
      countSegment(counts, base + SEGMENTS_AT + s2 * seg, k, mask, f, cs, ch);
      if (eth !== 0 || sup !== 0) countOpen(open, u, l, s2, sup, supportKeys, eth, ethnicityCodes);
    }
    counted++;
  }
  const order: number[] = [];
  // a unit is in the result when a household was counted in it (its household total is then at least 1)
  for (let r = 0; r < nUnits; r++) if ((counts[r * size + C_TOTAL] as number) > 0) order.push(byCode[r] as number);
  // The views, then the open-key slots, then the tallies, each made in one loop of its own: each kind of object
  // then lies together in memory, in the result's order, and a walk over the result (a merge, a roll-up) reads
  // three sequential streams. Made in one loop, the three interleave, and merging the tallies of 99,000 villages
  // took about 1.3 times as long (bench/report.ts, merge).
  const views = order.map((u) => counts.subarray((place[u] as number) * size, ((place[u] as number) + 1) * size));
  const opens = order.map((u) => open[u] ?? NO_OPEN);
  const units: { [code: string]: Tally } = {};
  for (let j = 0; j < order.length; j++) units[unitCodes[order[j] as number] as string] = new TallyImpl(l, o.year, views[j] as Float64Array, opens[j] as OpenMaps);
  return { standard: l.id, year: o.year, units, counted, rejectedCount, rejected };
}
