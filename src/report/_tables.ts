import type { Citation, LocalizedText } from "../types.js";
import { PovertyError } from "../errors/PovertyError.js";
import { makeIssue } from "../_lib/legacyIssues.js";
import { layoutOf, type Layout } from "./_layout.js";
import { MSG } from "./_messages.js";
import { computeRate } from "./computeRate.js";
import type { ReportCell, ReportColumn, ReportRow, ReportTable, ReportTableId, SegmentKey, UnitTally } from "./types.js";

/** The forms every table stands for: their columns were NOT FOUND. Private. */
export const FORM_CITATIONS: readonly Citation[] = [
  {
    instrument: "Thông tư 07/2021/TT-BLĐTBXH",
    item: "Phụ lục VII, Mẫu 7.1–7.10",
    note: "7.8–7.10 replaced by Thông tư 02/2022/TT-BLĐTBXH; exact columns NOT FOUND; layout from observed local practice (shared/spec/reports.md)",
  },
];

export const NOTE_UNCERTAIN: LocalizedText = {
  vi: "Bố cục biểu theo thực tiễn địa phương; cột chính thức của Mẫu 7.1–7.10 (Phụ lục VII, Thông tư 07/2021/TT-BLĐTBXH) chưa tìm được.",
  en: "Layout from observed local practice; the official columns of Mẫu 7.1–7.10 (Circular 07/2021/TT-BLĐTBXH, Phụ lục VII) were not found.",
};
export const NOTE_RATES: LocalizedText = {
  vi: "Tỷ lệ (%) = số hộ (người) ÷ tổng × 100, tính lại từ số đếm, làm tròn 2 chữ số thập phân (nửa lên); \"-\": tổng bằng 0, không có tỷ lệ.",
  en: "Rate (%) = count ÷ total × 100, recomputed from counts, rounded half-up to 2 decimals; \"-\": the total is 0, no rate.",
};

export const text = (value: string): ReportCell => ({ kind: "text", value });
export const num = (value: number): ReportCell => ({ kind: "count", value });
export const rate = (count: number, total: number): ReportCell => ({ kind: "rate", rate: computeRate(count, total) });
export const col = (key: string, vi: string, en: string, kind: ReportColumn["kind"]): ReportColumn => ({ key, header: { vi, en }, kind });
export const UNIT_COLUMNS: readonly ReportColumn[] = [col("code", "Mã đơn vị", "Unit code", "text"), col("name", "Đơn vị", "Unit", "text")];

export const SEGMENT_NAME: Record<SegmentKey, LocalizedText> = {
  poor: { vi: "hộ nghèo", en: "poor households" },
  poorByIncome: { vi: "hộ nghèo theo tiêu chí thu nhập", en: "households poor by income" },
  poorByDeprivation: { vi: "hộ nghèo theo tiêu chí thiếu hụt dịch vụ xã hội cơ bản", en: "households poor by deprivation" },
  nearPoor: { vi: "hộ cận nghèo", en: "near-poor households" },
};

/** The one standard of a set of rows; a programmer error when they differ. */
export function layoutOfRows(rows: readonly UnitTally[], total: UnitTally | undefined, what: string): Layout {
  const all = total ? [...rows, total] : rows;
  const first = all[0];
  if (!first) throw new PovertyError("invalid_input", `${what}: no rows and no total`, { function: what });
  for (const [i, r] of all.entries()) {
    if (r.tally.standard !== first.tally.standard) {
      const issue = makeIssue("standard_mismatch", [i, "tally", "standard"], MSG.standardMismatch, { expected: first.tally.standard, actual: r.tally.standard });
      throw new PovertyError("invalid_input", `${what}: ${issue.message.en}`, { function: what }, [issue]);
    }
  }
  return layoutOf(first.tally.standard);
}

/** Assembles a table. */
export function table<U extends { readonly code: string; readonly name: string }>(
  id: ReportTableId,
  title: LocalizedText,
  standard: string,
  columns: readonly ReportColumn[],
  rows: readonly U[],
  total: U | undefined,
  cells: (u: U) => readonly ReportCell[],
  extra: { segment?: SegmentKey; notes?: readonly LocalizedText[] } = {},
): ReportTable {
  const row = (u: U): ReportRow => ({ unitCode: u.code, cells: [text(u.code), text(u.name), ...cells(u)] });
  return {
    id,
    title,
    standard,
    ...(extra.segment ? { segment: extra.segment } : {}),
    columns: [...UNIT_COLUMNS, ...columns],
    rows: rows.map(row),
    ...(total ? { total: row(total) } : {}),
    status: "uncertain",
    citations: FORM_CITATIONS,
    notes: [NOTE_UNCERTAIN, NOTE_RATES, ...(extra.notes ?? [])],
  };
}
