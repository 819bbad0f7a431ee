import { describe, expect, it } from "vitest";
import { addToTally } from "./addToTally.js";
import { emptyTally } from "./emptyTally.js";
import { renderCsv, renderHtml, renderText } from "./render.js";
import { deprivationTable, summaryTable } from "./reportTables.js";
import { parseCsv, viNumber } from "../../test/_lib/csv.js";

function tally() {
  const t = emptyTally("2021-2025");
  addToTally(t, { unitCode: "V", standard: "2021-2025", kind: "poor", persons: 3, deprivations: ["employment", "telecom", "sanitation"] });
  addToTally(t, { unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 3 });
  return t;
}

const width = (l: string) => [...l].length;

describe("renderCsv", () => {
  it("English: quotes fields with commas, quotes and line breaks (RFC 4180), ends lines with CRLF, no byte-order mark", () => {
    const csv = renderCsv(summaryTable([{ code: "X,1", name: 'Tổ "Một"\nmới', tally: tally() }]), { locale: "en" });
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const lines = csv.split("\r\n");
    expect(lines[0]?.startsWith("Unit code,Unit,Total households,Total persons,Poor households,Rate of poor households (%)")).toBe(true);
    expect(csv).toContain('"X,1","Tổ ""Một""\nmới",2,6,1,50.00,');
    expect(csv.endsWith("\r\n")).toBe(true);
  });
  it("writes no rate as an empty field", () => {
    const csv = renderCsv(summaryTable([{ code: "E", name: "Empty", tally: emptyTally("2021-2025") }]), { locale: "en" });
    expect(csv.split("\r\n")[1]).toBe("E,Empty,0,0,0,,0,,0,,0,,0,,0,");
  });
  it("Vietnamese by default: byte-order mark, ';' between fields, decimal comma — read back, the numbers are numbers", () => {
    const csv = renderCsv(summaryTable([{ code: "X;1", name: "Thôn 1", tally: tally() }]));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv, ";");
    expect(rows[0]?.[0]).toBe("Mã đơn vị");
    expect(rows[1]?.slice(0, 6).map(viNumber)).toEqual(["X;1", "Thôn 1", 2, 6, 1, 50]);
    expect(rows[1]?.[5]).toBe("50,00");
    expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
  });
  it("each option on its own: separator, decimal mark, byte-order mark", () => {
    const t = summaryTable([{ code: "A", name: "A", tally: tally() }]);
    expect(parseCsv(renderCsv(t, { separator: "\t" }), "\t")[1]?.[5]).toBe("50,00");
    expect(parseCsv(renderCsv(t, { decimalComma: false }), ",")[1]?.[5]).toBe("50.00");
    expect(renderCsv(t, { bom: false }).charCodeAt(0)).toBe("M".charCodeAt(0));
    // A decimal comma with a comma separator stays readable: the field is quoted.
    expect(parseCsv(renderCsv(t, { separator: "," }), ",")[1]?.[5]).toBe("50,00");
  });
  it("neutralises text that a spreadsheet would run as a formula; the library's own numbers are untouched", () => {
    for (const evil of ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) {
      const csv = renderCsv(summaryTable([{ code: evil, name: "n", tally: tally() }]));
      const field = parseCsv(csv, ";")[1]?.[0] ?? "";
      expect(field).toBe(`'${evil}`);
      expect(/^[=+\-@\t\r]/.test(field)).toBe(false);
    }
    const off = renderCsv(summaryTable([{ code: "=1+1", name: "n", tally: tally() }]), { escapeFormulas: false });
    expect(parseCsv(off, ";")[1]?.[0]).toBe("=1+1");
  });
  it("leaves out the total row on request", () => {
    const t = tally();
    const table = summaryTable([{ code: "V1", name: "Thôn Một", tally: t }], { total: { code: "X", name: "Xã", tally: t } });
    expect(parseCsv(renderCsv(table), ";")).toHaveLength(3);
    expect(parseCsv(renderCsv(table, { total: false }), ";")).toHaveLength(2);
  });
});

describe("renderText", () => {
  it("aligns columns by code points after NFC, so decomposed diacritics do not shift them", () => {
    const nfd = "Phường Đức Xuân".normalize("NFD");
    const text = renderText(summaryTable([{ code: "A", name: nfd, tally: tally() }, { code: "B", name: "Tổ 1", tally: tally() }]), { maxWidth: 400, orientation: "rows" });
    const lines = text.split("\n");
    const bar = (l: string) => [...l].indexOf("|", 3);
    // title, header, rule, two rows: the second "|" sits at the same code point in each
    expect(bar(lines[3] ?? "")).toBe(bar(lines[4] ?? ""));
    expect(bar(lines[1] ?? "")).toBe(bar(lines[3] ?? ""));
    expect(lines[3]).toContain("Phường Đức Xuân".normalize("NFC"));
  });
  it("formats numbers by locale and shows no rate as '-'", () => {
    const vi = renderText(summaryTable([{ code: "A", name: "A", tally: tally() }, { code: "E", name: "E", tally: emptyTally("2021-2025") }]));
    expect(vi).toContain("50,00");
    expect(vi).toMatch(/\| +-( +\||$)/m);
    const en = renderText(summaryTable([{ code: "A", name: "A", tally: tally() }]), { locale: "en" });
    expect(en).toContain("50.00");
    expect(en).toContain("Certainty: uncertain");
  });
  it("every line fits 120 columns by default: a wide table is turned on its side, or cut into parts", () => {
    const units = Array.from({ length: 40 }, (_, i) => ({ code: `V${i}`, name: `Thôn số ${i + 1} có tên rất dài`, tally: tally() }));
    for (const table of [summaryTable(units.slice(0, 2)), summaryTable(units), deprivationTable(units, { segment: "poor" })]) {
      for (const orientation of ["auto", "rows", "columns"] as const) {
        const text = renderText(table, { orientation });
        expect(Math.max(...text.split("\n").map(width))).toBeLessThanOrEqual(120);
      }
    }
    const narrow = renderText(summaryTable(units.slice(0, 3)), { maxWidth: 60 });
    expect(Math.max(...narrow.split("\n").map(width))).toBeLessThanOrEqual(60);
    // 40 units on their side do not fit: the rows are cut into parts that each repeat the unit's code and name.
    const parts = renderText(summaryTable(units), { orientation: "rows" });
    expect(parts).toContain("(phần 1/");
    expect(parts.split("\n").filter((l) => l.startsWith("V39 ")).length).toBeGreaterThan(1);
  });
  it("prints the caveats and the total row unless asked not to", () => {
    const t = tally();
    const table = summaryTable([{ code: "V1", name: "Thôn Một", tally: t }], { total: { code: "X", name: "Xã", tally: t } });
    expect(renderText(table)).toContain("Mức độ chắc chắn");
    expect(renderText(table, { caveats: false })).not.toContain("Mức độ chắc chắn");
    expect(renderText(table, { orientation: "rows", maxWidth: 400 })).toMatch(/^X +\| Xã/m);
    expect(renderText(table, { orientation: "rows", maxWidth: 400, total: false })).not.toMatch(/^X +\| Xã/m);
  });
});

describe("renderText, turned on its side", () => {
  it("puts one measure per line and one unit per column, the total last", () => {
    const t = tally();
    const text = renderText(summaryTable([{ code: "V1", name: "Thôn Một", tally: t }], { total: { code: "X", name: "Xã", tally: t } }), { orientation: "columns" });
    const lines = text.split("\n");
    expect(lines[1]).toMatch(/^Chỉ tiêu\s+\| Thôn Một \|\s+Xã$/);
    expect(lines.find((l) => l.startsWith("Tổng số hộ "))).toMatch(/\|\s+2 \|\s+2$/);
    expect(lines.find((l) => l.startsWith("Tỷ lệ hộ nghèo (%)"))).toMatch(/\|\s+50,00 \|\s+50,00$/);
  });
});

describe("renderHtml", () => {
  it("escapes every text and marks numbers", () => {
    const html = renderHtml(summaryTable([{ code: "<b>", name: 'A & "B"', tally: tally() }]));
    expect(html).toContain("<td>&lt;b&gt;</td><td>A &amp; &quot;B&quot;</td>");
    expect(html).toContain('<td class="num">50,00</td>');
    expect(html).not.toContain("<b>");
    expect(html).toContain('<ul class="vnp-notes" lang="vi">');
    expect(renderHtml(summaryTable([{ code: "A", name: "A", tally: tally() }]), { caveats: false, locale: "en" })).not.toContain("vnp-notes");
  });
});
