import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import * as XLSX from "xlsx";
import { build } from "esbuild";
import { runInNewContext } from "node:vm";
import { renderXlsx } from "./renderXlsx.js";
import { DOCUMENTS, MINUTES, POSTING_LIST, SUMMARY } from "../../test/fixtures/reviewDocuments.js";
import { layoutSheet } from "../documents/layoutSheet.js";

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const a1 = (row: number, col: number) => XLSX.utils.encode_cell({ r: row, c: col });

describe("renderXlsx", () => {
  it("returns the bytes of a zip (an .xlsx file), the same bytes for the same input", async () => {
    const a = await renderXlsx([SUMMARY, ...DOCUMENTS]);
    const b = await renderXlsx([SUMMARY, ...DOCUMENTS]);
    expect(a).toBeInstanceOf(Uint8Array);
    expect([a[0], a[1]]).toEqual([0x50, 0x4b]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    await expect(renderXlsx([SUMMARY], { date: "2025-13-01" })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("opened with exceljs: Vietnamese sheet names, merged heading and title, numbers with their formats, widths, A4", async () => {
    const wb = await open(await renderXlsx([SUMMARY, ...DOCUMENTS], { date: "2025-10-20" }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp kết quả rà soát hộ", "Niêm yết công khai", "Biên bản họp dân", "Đề nghị công nhận", "Rà soát lại"]);
    const ws = wb.getWorksheet("Niêm yết công khai")!;
    const layout = layoutSheet(POSTING_LIST);
    const width = layout.columnWidths.length;
    expect(ws.getCell(1, 1).value).toBe("ỦY BAN NHÂN DÂN XÃ MỘT");
    expect(ws.getCell(1, Math.ceil(width / 2) + 1).value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(ws.getCell(1, 2).isMerged).toBe(true);
    const titleRow = layout.rows.findIndex((r) => r[0]?.style === "title") + 1;
    expect(ws.getCell(titleRow, 1).value).toBe("DANH SÁCH NIÊM YẾT CÔNG KHAI KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025");
    expect(ws.getCell(titleRow, width).isMerged).toBe(true);
    expect(ws.getCell(titleRow, 1).font.bold).toBe(true);
    // The first household's row: code, members and B1 as numbers with the grouped-integer format.
    const header = layout.rows.findIndex((r) => r[0]?.style === "header") + 1;
    expect(ws.getCell(header, 2).value).toBe("Mã hộ");
    expect(ws.getCell(header + 1, 2).value).toBe("H-01");
    expect(ws.getCell(header + 1, 5).value).toBe(118);
    expect(ws.getCell(header + 1, 5).numFmt).toBe("#,##0");
    expect(ws.getCell(header + 1, 2).border.top?.style).toBe("thin");
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(10);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    // The minutes: the share 50,00 % as a number with two decimals.
    const mm = wb.getWorksheet("Biên bản họp dân")!;
    const h04 = mm.getColumn(2).values.findIndex((v) => v === "H-04");
    expect(mm.getCell(h04, 8).value).toBe(50);
    expect(mm.getCell(h04, 8).numFmt).toBe("#,##0.00");
    // The summary: title merged across, header frozen, the rate a number.
    const sum = wb.getWorksheet(1)!;
    expect(sum.getCell(1, 1).value).toBe("Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo");
    expect(sum.getCell(1, SUMMARY.columns.length).isMerged).toBe(true);
    expect(sum.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(typeof sum.getCell(3, 6).value).toBe("number");
    expect(wb.created?.toISOString()).toBe("2025-10-20T00:00:00.000Z");
  });

  it("read by an independent reader (SheetJS): the same cells, merges and number formats", async () => {
    const bytes = await renderXlsx([SUMMARY, MINUTES], { locale: "en" });
    const wb = XLSX.read(bytes, { type: "array", cellNF: true });
    expect(wb.SheetNames).toEqual([layoutSheet(SUMMARY, { locale: "en" }).name, "Meeting minutes"]);
    const ws = wb.Sheets["Meeting minutes"]!;
    const layout = layoutSheet(MINUTES, { locale: "en" });
    expect((ws["!merges"] ?? []).map((m) => [m.s.r, m.s.c, m.e.r - m.s.r + 1, m.e.c - m.s.c + 1]).sort()).toEqual(layout.merges.map((m) => [m.row, m.column, m.rows, m.columns]).sort());
    layout.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        const cell = ws[a1(r, col)] as XLSX.CellObject | undefined;
        if (c.value === null) expect(cell?.v ?? null).toBeNull();
        else {
          expect(cell?.v).toBe(c.value);
          expect(cell?.t).toBe(typeof c.value === "number" ? "n" : "s");
          if (c.format) expect(cell?.z).toBe(c.format === "integer" ? "#,##0" : "#,##0.00");
        }
      }),
    );
  });

  it("runs without Node's APIs: exceljs's browser build, bundled for a browser, makes a workbook in a bare context", async () => {
    const r = await build({
      stdin: { contents: 'export { renderXlsx } from "./src/xlsx/index.ts"; export { SUMMARY } from "./test/fixtures/reviewDocuments.ts";', resolveDir: process.cwd(), loader: "ts", sourcefile: "entry.ts" },
      bundle: true,
      format: "iife",
      globalName: "lib",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    const code = new TextDecoder().decode(r.outputFiles[0]!.contents);
    const context: Record<string, unknown> = { TextEncoder, TextDecoder, setTimeout, clearTimeout, queueMicrotask };
    context["self"] = context;
    context["window"] = context;
    runInNewContext(`${code}\nglobalThis.lib = lib;`, context);
    expect(runInNewContext("typeof process + typeof Buffer + typeof require", context)).toBe("undefinedundefinedundefined");
    const lib = context["lib"] as { renderXlsx: typeof renderXlsx; SUMMARY: typeof SUMMARY };
    const bytes = await lib.renderXlsx([lib.SUMMARY]);
    const wb = XLSX.read(bytes, { type: "array" });
    expect(wb.SheetNames).toEqual(["Tổng hợp kết quả rà soát hộ"]);
    expect(wb.Sheets[wb.SheetNames[0]!]!["A1"]?.v).toBe("Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo");
  }, 60_000);

  it("names sheets uniquely and within Excel's 31 characters", async () => {
    const wb = await open(await renderXlsx([SUMMARY, SUMMARY, SUMMARY]));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp kết quả rà soát hộ", "Tổng hợp kết quả rà soát hộ (2)", "Tổng hợp kết quả rà soát hộ (3)"]);
    expect(wb.worksheets.every((w) => [...w.name].length <= 31)).toBe(true);
  });
});
