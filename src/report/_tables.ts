// Table assembly shared by the table builders: the checked rows, fresh headers, citations and notes. Private.
import * as z from "zod/mini";
import type { Citation, LocalizedText } from "../types.js";
import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { safeParseWith, unwrap } from "../_lib/issues.js";
import { type Layout } from "./_layout.js";
import { TallyImpl } from "./_tally.js";
import { toTally } from "./_tallyJson.js";
import { computeRate, hundredthsText, rateHundredths } from "./computeRate.js";
import type { ReportCell, ReportColumn, ReportRow, ReportTable, ReportTableId, SegmentKey } from "./types.js";

/** The forms every table stands for: their columns were NOT FOUND. A fresh copy per table. */
function formCitations(): Citation[] {
  return [
    {
      instrument: "Thông tư 07/2021/TT-BLĐTBXH",
      item: "Phụ lục VII, Mẫu 7.1–7.10",
      note: "7.8–7.10 replaced by Thông tư 02/2022/TT-BLĐTBXH; exact columns NOT FOUND; layout from observed local practice (shared/spec/reports.md)",
    },
  ];
}

function noteUncertain(): LocalizedText {
  return {
    vi: "Bố cục biểu theo thực tiễn địa phương; cột chính thức của Mẫu 7.1–7.10 (Phụ lục VII, Thông tư 07/2021/TT-BLĐTBXH) chưa tìm được.",
    en: "Layout from observed local practice; the official columns of Mẫu 7.1–7.10 (Circular 07/2021/TT-BLĐTBXH, Phụ lục VII) were not found.",
  };
}

function noteRates(): LocalizedText {
  return {
    vi: "Tỷ lệ (%) = số hộ (người) ÷ tổng × 100, tính lại từ số đếm, làm tròn 2 chữ số thập phân (nửa lên); \"-\": tổng bằng 0, không có tỷ lệ.",
    en: "Rate (%) = count ÷ total × 100, recomputed from counts, rounded half-up to 2 decimals; \"-\": the total is 0, no rate.",
  };
}

export const text = (value: string): ReportCell => ({ kind: "text", value });

// Cells of small counts and of rates are shared and frozen: a national table holds millions of them, and a cell
// made once per value keeps the work linear in the rows (no garbage to copy between generations).
const COUNT_CELLS: ReportCell[] = [];
const RATE_CELLS: ReportCell[] = [];
const NO_RATE: ReportCell = Object.freeze({ kind: "rate", rate: Object.freeze({ value: null, reason: "zero_total" }) });

/** A count cell (shared and frozen for 0 to 65,535). */
export function num(value: number): ReportCell {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent — a memo: a cell made afresh has the same kind and value
  if (Number.isInteger(value) && value >= 0 && value < 65536) return (COUNT_CELLS[value] ??= Object.freeze({ kind: "count", value }));
  return { kind: "count", value };
}

/** A rate cell: count ÷ total × 100, half-up to 2 decimals (shared and frozen per rate). */
export function rate(count: number, total: number): ReportCell {
  if (total === 0) return (computeRate(count, total), NO_RATE);
  const h = rateHundredths(count, total);
  if (h === undefined) return { kind: "rate", rate: computeRate(count, total) };
  return (RATE_CELLS[h] ??= Object.freeze({ kind: "rate", rate: Object.freeze({ value: hundredthsText(h) }) }));
}
export const col = (key: string, vi: string, en: string, kind: ReportColumn["kind"]): ReportColumn => ({ key, header: { vi, en }, kind });

/** The segments' names, for titles and headers. */
export const SEGMENT_NAME: { readonly [k in SegmentKey]: LocalizedText } = Object.freeze({
  poor: Object.freeze({ vi: "hộ nghèo", en: "poor households" }),
  poorByIncome: Object.freeze({ vi: "hộ nghèo theo tiêu chí thu nhập", en: "households poor by income" }),
  poorByDeprivation: Object.freeze({ vi: "hộ nghèo theo tiêu chí thiếu hụt dịch vụ xã hội cơ bản", en: "households poor by deprivation" }),
  nearPoor: Object.freeze({ vi: "hộ cận nghèo", en: "near-poor households" }),
});

/** A unit's checked row source. */
export interface CheckedRow {
  readonly code: string;
  readonly name: string;
  readonly t: TallyImpl;
}

const rowSchema = z.object({ code: z.string(), name: z.string(), tally: z.unknown() });
const rowsSchema = z.object({ rows: z.array(rowSchema), total: z.optional(rowSchema) });

/**
 * Checks the rows of a table: each a unit code, a name and a tally, every tally checked where it enters (a tally
 * from JSON is read with every check) and of the first one's standard, layout and list year.
 */
export function checkedRows(rows: unknown, total: unknown, what: string): { layout: Layout; rows: CheckedRow[]; total: CheckedRow | undefined } {
  const shape = unwrap(safeParseWith(rowsSchema, { rows, total }), what);
  const all = shape.total === undefined ? shape.rows : [...shape.rows, shape.total];
  const first = all[0];
  if (first === undefined) throw new PovertyError("invalid_input", `${what}: no rows and no total`, { function: what });
  const issues: Issue[] = [];
  const out: CheckedRow[] = [];
  const head = toTally(first.tally, shape.rows.length > 0 ? ["rows", 0, "tally"] : ["total", "tally"]);
  const headTally = unwrap(head, what);
  const expect = { layout: TallyImpl.layout(headTally), year: headTally.year };
  all.forEach((r, i) => {
    const t = i === 0 ? head : toTally(r.tally, i < shape.rows.length ? ["rows", i, "tally"] : ["total", "tally"], expect);
    if (!t.ok) issues.push(...t.issues);
    else out.push({ code: r.code, name: r.name, t: t.value });
  });
  if (issues.length > 0) unwrap({ ok: false, issues }, what);
  return { layout: expect.layout, rows: out.slice(0, shape.rows.length), total: shape.total === undefined ? undefined : out[out.length - 1] };
}

/** Assembles a table: every part fresh (nothing shared between tables or with the caller). */
export function table<U extends { readonly code: string; readonly name: string }>(
  id: ReportTableId,
  title: LocalizedText,
  standard: string,
  columns: readonly ReportColumn[],
  rows: readonly U[],
  total: U | undefined,
  cells: (u: U) => ReportCell[],
  extra: { readonly segment?: SegmentKey; readonly notes?: readonly LocalizedText[] } = {},
): ReportTable {
  const row = (u: U): ReportRow => {
    const c = cells(u);
    c.unshift(text(u.code), text(u.name));
    return { unitCode: u.code, cells: c };
  };
  const out: ReportRow[] = new Array<ReportRow>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = row(rows[i] as U);
  return {
    id,
    title: { vi: title.vi, en: title.en },
    standard,
    ...(extra.segment ? { segment: extra.segment } : {}),
    columns: [col("code", "Mã đơn vị", "Unit code", "text"), col("name", "Đơn vị", "Unit", "text"), ...columns],
    rows: out,
    ...(total ? { total: row(total) } : {}),
    status: "uncertain",
    citations: formCitations(),
    notes: [noteUncertain(), noteRates(), ...(extra.notes ?? []).map((n) => ({ vi: n.vi, en: n.en }))],
  };
}
