import { describe, expect, it } from "vitest";
import { addToTally } from "./addToTally.js";
import { emptyTally } from "./emptyTally.js";
import { renderCsv, renderText } from "./render.js";
import { summaryTable } from "./reportTables.js";

function tally() {
  const t = emptyTally("2021-2025");
  addToTally(t, { unitCode: "V", standard: "2021-2025", kind: "poor", persons: 3, deprivations: ["employment", "telecom", "sanitation"] });
  addToTally(t, { unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 3 });
  return t;
}

describe("renderCsv", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180) and ends lines with CRLF", () => {
    const csv = renderCsv(summaryTable([{ code: "X,1", name: 'Tổ "Một"\nmới', tally: tally() }]), { locale: "en" });
    const lines = csv.split("\r\n");
    expect(lines[0]?.startsWith("Unit code,Unit,Total households,Total persons,Poor households,Rate of poor households (%)")).toBe(true);
    expect(csv).toContain('"X,1","Tổ ""Một""\nmới",2,6,1,50.00,');
    expect(csv.endsWith("\r\n")).toBe(true);
  });
  it("writes no rate as an empty field", () => {
    const csv = renderCsv(summaryTable([{ code: "E", name: "Empty", tally: emptyTally("2021-2025") }]), { locale: "en" });
    expect(csv.split("\r\n")[1]).toBe("E,Empty,0,0,0,,0,,0,,0,,0,,0,");
  });
});

describe("renderText", () => {
  it("aligns columns by code points after NFC, so decomposed diacritics do not shift them", () => {
    const nfd = "Phường Đức Xuân".normalize("NFD");
    const text = renderText(summaryTable([{ code: "A", name: nfd, tally: tally() }, { code: "B", name: "Tổ 1", tally: tally() }]));
    const lines = text.split("\n");
    const bar = (l: string) => [...l].indexOf("|", 3);
    // header, rule, two rows: the second "|" sits at the same code point in each
    expect(bar(lines[3] ?? "")).toBe(bar(lines[4] ?? ""));
    expect(bar(lines[1] ?? "")).toBe(bar(lines[3] ?? ""));
    expect(lines[3]).toContain("Phường Đức Xuân".normalize("NFC"));
  });
  it("formats numbers by locale and shows no rate as '-'", () => {
    const vi = renderText(summaryTable([{ code: "A", name: "A", tally: tally() }, { code: "E", name: "E", tally: emptyTally("2021-2025") }]));
    expect(vi).toContain("50,00");
    expect(vi).toMatch(/\| +- +\|/);
    const en = renderText(summaryTable([{ code: "A", name: "A", tally: tally() }]), { locale: "en" });
    expect(en).toContain("50.00");
    expect(en).toContain("Certainty: uncertain");
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
