import * as z from "zod/mini";
import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { guardThrowing, safeParseWith, unwrap } from "../_lib/issues.js";
import { col, num, table } from "./_tables.js";
import { TallyImpl } from "./_tally.js";
import { toTally, type TallyExpectation } from "./_tallyJson.js";
import { computeRate, rateChange } from "./computeRate.js";
import type { ClassCounts, Rate, ReportCell, ReportColumn, ReportTable, Tally } from "./types.js";

/**
 * One class compared between two reviews (so sánh một nhóm hộ giữa hai kỳ).
 *
 * @example
 * ```ts
 * compareTallies(city2022, city2023).households.poor.change; //=> -43
 * ```
 * @category Reports
 */
export interface ClassChange {
  /** Count at the earlier review. */
  readonly previous: number;
  /** Count at the later review. */
  readonly current: number;
  /** current − previous. */
  readonly change: number;
  /** Rate at the earlier review. */
  readonly previousRate: Rate;
  /** Rate at the later review. */
  readonly currentRate: Rate;
  /** Change of the shown rates in percentage points, or `null` when a rate is missing. */
  readonly pointChange: string | null;
}

/**
 * Two reviews of one area compared (so sánh kết quả rà soát hai năm), for households and persons.
 *
 * @example
 * ```ts
 * compareTallies(city2022, city2023).households.poor.pointChange; //=> "-0.36"
 * ```
 * @category Reports
 */
export interface TallyComparison {
  /** Households. */
  readonly households: ClassComparison;
  /** Persons. */
  readonly persons: ClassComparison;
}

/**
 * The classes compared between two reviews (so sánh theo nhóm hộ).
 *
 * @example
 * ```ts
 * compareTallies(city2022, city2023).households.total.change; //=> 67
 * ```
 * @category Reports
 */
export interface ClassComparison {
  /** All households (persons): previous, current, change. */
  readonly total: { readonly previous: number; readonly current: number; readonly change: number };
  /** Poor. */
  readonly poor: ClassChange;
  /** Near-poor. */
  readonly nearPoor: ClassChange;
  /** Middle-living. */
  readonly middleLiving: ClassChange;
}

function change(p: ClassCounts, c: ClassCounts, k: "poor" | "nearPoor" | "middleLiving"): ClassChange {
  const previousRate = computeRate(p[k], p.total);
  const currentRate = computeRate(c[k], c.total);
  return { previous: p[k], current: c[k], change: c[k] - p[k], previousRate, currentRate, pointChange: rateChange(previousRate, currentRate) };
}

function compareCounts(p: ClassCounts, c: ClassCounts): ClassComparison {
  return {
    total: { previous: p.total, current: c.total, change: c.total - p.total },
    poor: change(p, c, "poor"),
    nearPoor: change(p, c, "nearPoor"),
    middleLiving: change(p, c, "middleLiving"),
  };
}

/**
 * Compares two reviews of one area (so sánh kết quả rà soát năm nay với năm trước): counts, rates, change in
 * households and in percentage points.
 *
 * @remarks
 * Rates from each year's own counts (half-up, 2 decimals); the point change is the difference of the shown rates
 * (see {@link rateChange}). The two tallies may be under different standards (a new standard's first year): the
 * shares still compare, but the classes are defined differently; the table notes it. Comparing is the one way two
 * list years meet: their counts are never added ({@link mergeTallies} refuses it). Both tallies are checked where
 * they enter (a tally from JSON is read with every check of {@link safeTallyFromJson}). Across the 2025 reform,
 * re-file the earlier year's village tallies with {@link remapUnits} and roll them up the new hierarchy first.
 *
 * @param previous - the earlier review's tally.
 * @param current - the later review's tally.
 * @returns the comparison.
 * @throws {@link PovertyError} `"invalid_input"` when a tally is not valid.
 * @example
 * ```ts
 * // seed 001_93e701d5dcfcee7e: 285 poor (2.33%) in 2022, 242 of 12,299 (1.97%) in 2023
 * const c = compareTallies(city2022, city2023);
 * c.households.poor.change; //=> -43
 * c.households.poor.pointChange; //=> "-0.36"
 * c.households.nearPoor.change; //=> 7
 * ```
 * @category Reports
 */
export function compareTallies(previous: Tally, current: Tally): TallyComparison {
  return guardThrowing("compareTallies", () => {
    const p = toTally(previous, ["previous"]);
    const c = toTally(current, ["current"]);
    if (!p.ok || !c.ok) unwrap({ ok: false, issues: [...(p.ok ? [] : p.issues), ...(c.ok ? [] : c.issues)] }, "compareTallies");
    const a = (p as { value: TallyImpl }).value;
    const b = (c as { value: TallyImpl }).value;
    return { households: compareCounts(a.households, b.households), persons: compareCounts(a.persons, b.persons) };
  });
}

/**
 * A unit's two reviews as a row source (dữ liệu một dòng so sánh hai năm).
 *
 * @example
 * ```ts
 * const r: UnitComparison = { code: "TP", name: "Thành phố", previous: emptyTally("2021-2025"), current: emptyTally("2021-2025") };
 * ```
 * @category Reports
 */
export interface UnitComparison {
  /** Unit code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** The earlier review's tally. */
  readonly previous: Tally;
  /** The later review's tally. */
  readonly current: Tally;
}

/**
 * Builds the year-on-year table (biểu so sánh kết quả giảm nghèo so với năm trước): per unit, poor and near-poor
 * households and rates in both years, the change in households and in percentage points.
 *
 * @remarks
 * Households only, as the seed report gives it (seed 001_93e701d5dcfcee7e: "giảm 43 hộ (0,36%)", near-poor "tăng
 * 07 hộ"). Layout UNCERTAIN (official columns NOT FOUND). The table's standard is the later review's.
 *
 * @param rows - one per unit.
 * @param options - the total row.
 * @returns the table.
 * @throws {@link PovertyError} `"invalid_input"` when there are no rows or a tally is not valid (each year's
 *   tallies must share their standard and list year).
 * @example
 * ```ts
 * const t = yearOnYearTable([{ code: "TP", name: "Thành phố", previous: city2022, current: city2023 }]);
 * t.rows[0]?.cells.at(-7); //=> { kind: "change", value: "-0.36" }
 * ```
 * @category Reports
 */
export function yearOnYearTable(rows: readonly UnitComparison[], options: { readonly total?: UnitComparison } = {}): ReportTable {
  return guardThrowing("yearOnYearTable", () => {
    const shape = unwrap(safeParseWith(comparisonRows, { rows, total: options?.total }), "yearOnYearTable");
    const all = shape.total === undefined ? shape.rows : [...shape.rows, shape.total];
    if (all.length === 0) throw new PovertyError("invalid_input", "yearOnYearTable: no rows and no total", { function: "yearOnYearTable" });
    const issues: Issue[] = [];
    const checked: { code: string; name: string; previous: TallyImpl; current: TallyImpl }[] = [];
    let ep: TallyExpectation = {};
    let ec: TallyExpectation = {};
    all.forEach((u, i) => {
      const at = i < shape.rows.length ? ["rows", i] : ["total"];
      const p = toTally(u.previous, [...at, "previous"], ep);
      const c = toTally(u.current, [...at, "current"], ec);
      if (!p.ok) issues.push(...p.issues);
      if (!c.ok) issues.push(...c.issues);
      if (p.ok && c.ok) {
        if (i === 0) {
          ep = { layout: TallyImpl.layout(p.value), year: p.value.year };
          ec = { layout: TallyImpl.layout(c.value), year: c.value.year };
        }
        checked.push({ code: u.code, name: u.name, previous: p.value, current: c.value });
      }
    });
    if (issues.length > 0) unwrap({ ok: false, issues }, "yearOnYearTable");
    const first = checked[0] as (typeof checked)[number];
    const columns: ReportColumn[] = [col("households.previous", "Tổng số hộ năm trước", "Households, previous year", "count"), col("households.current", "Tổng số hộ năm nay", "Households, this year", "count")];
    for (const [k, vi, en] of [
      ["poor", "nghèo", "Poor"],
      ["nearPoor", "cận nghèo", "Near-poor"],
    ] as const) {
      columns.push(
        col(`${k}.previous`, `Số hộ ${vi} năm trước`, `${en} households, previous year`, "count"),
        col(`${k}.previous.rate`, `Tỷ lệ hộ ${vi} năm trước (%)`, `${en} rate, previous year (%)`, "rate"),
        col(`${k}.current`, `Số hộ ${vi} năm nay`, `${en} households, this year`, "count"),
        col(`${k}.current.rate`, `Tỷ lệ hộ ${vi} năm nay (%)`, `${en} rate, this year (%)`, "rate"),
        col(`${k}.change`, `Tăng (+), giảm (−) số hộ ${vi}`, `${en} households, change`, "count"),
        col(`${k}.pointChange`, `Tăng (+), giảm (−) tỷ lệ hộ ${vi} (điểm %)`, `${en} rate, change (percentage points)`, "change"),
      );
    }
    const mixed = first.previous.standard !== first.current.standard;
    return table(
      "year_on_year",
      { vi: "So sánh kết quả rà soát với năm trước", en: "Comparison with the previous year's review" },
      first.current.standard,
      columns,
      checked.slice(0, shape.rows.length),
      shape.total === undefined ? undefined : checked[checked.length - 1],
      (u) => {
        const c = compareCounts(u.previous.households, u.current.households);
        const cells: ReportCell[] = [num(c.total.previous), num(c.total.current)];
        for (const x of [c.poor, c.nearPoor]) {
          cells.push(num(x.previous), { kind: "rate", rate: x.previousRate }, num(x.current), { kind: "rate", rate: x.currentRate }, num(x.change), { kind: "change", value: x.pointChange });
        }
        return cells;
      },
      mixed
        ? { notes: [{ vi: "Hai năm áp dụng hai chuẩn nghèo khác nhau: tiêu chí phân loại khác nhau.", en: "The two years use different poverty standards: the classes are defined differently." }] }
        : {},
    );
  });
}

const comparisonRow = z.object({ code: z.string(), name: z.string(), previous: z.unknown(), current: z.unknown() });
const comparisonRows = z.object({ rows: z.array(comparisonRow), total: z.optional(comparisonRow) });
