// The zip stamp on archives it cannot read (returned unchanged), the MS-DOS date of the stamp, and the workbook
// options that reach the sheets (caveats and legal basis left out, a date before the zip epoch).
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { dosDateTime, stampZip } from "./_zip.js";
import { renderXlsx } from "./renderXlsx.js";
import { POSTING_LIST } from "../../test/fixtures/reviewDocuments.js";
import { layoutSheet } from "../documents/layoutSheet.js";

async function cellsOf(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out: string[] = [];
  wb.worksheets[0]?.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
  return out;
}

describe("stampZip", () => {
  it("returns bytes without an end record unchanged", () => {
    const b = new Uint8Array(64).fill(7);
    expect(stampZip(b, { time: 0, date: 33 })).toEqual(new Uint8Array(64).fill(7));
  });
  it("returns an archive whose central directory points outside it unchanged", () => {
    const b = new Uint8Array(22);
    const v = new DataView(b.buffer);
    v.setUint32(0, 0x06054b50, true); // end record
    v.setUint16(10, 1, true); // one entry
    v.setUint32(16, 1000, true); // central directory at 1000: past the end
    const copy = b.slice();
    expect(stampZip(b, { time: 0, date: 33 })).toEqual(copy);
  });
  it("dates are MS-DOS dates: (year − 1980) << 9 | month << 5 | day, and years before 1980 are 1980", () => {
    expect(dosDateTime("2025-10-06")).toEqual({ time: 0, date: (45 << 9) | (10 << 5) | 6 });
    expect(dosDateTime("1975-01-01")).toEqual({ time: 0, date: (0 << 9) | (1 << 5) | 1 });
  });
});

describe("renderXlsx options", () => {
  it("passes caveats and legal basis to the sheet layout: without them, their lines are not written", async () => {
    const plain = layoutSheet(POSTING_LIST, { caveats: false, legalBasis: false });
    const full = layoutSheet(POSTING_LIST, { caveats: true, legalBasis: true });
    expect(full.rows.length).toBeGreaterThan(plain.rows.length);
    const a = await cellsOf(await renderXlsx([POSTING_LIST], { caveats: false, legalBasis: false }));
    const b = await cellsOf(await renderXlsx([POSTING_LIST], { caveats: true, legalBasis: true }));
    const basis = full.rows.flat().find((c) => typeof c.value === "string" && c.value.startsWith("Căn cứ"))?.value;
    expect(basis).toBeDefined();
    expect(b).toContain(basis);
    expect(a).not.toContain(basis);
  });
  it("refuses a date that is not an ISO date", async () => {
    await expect(renderXlsx([POSTING_LIST], { date: "2025-13-01" })).rejects.toThrow("options.date must be an ISO date");
  });
});
