// Tests written from report part 5's surviving mutants of render.ts: each pins a documented rule of the renderers
// (RFC 4180 quoting, the locale's number marks, the widths a wrapped column may shrink to and in which order, the
// cutting into parts, the table turned on its side, the HTML fragment) on a small table built by hand, with the
// expected text worked out from that rule.
import { describe, expect, it } from "vitest";
import { encodeCsv, layoutGrid, renderCsv, renderHtml, renderText, resolveCsvOptions, textCell, wrapText } from "./render.js";
import type { GridColumn } from "./render.js";
import type { ReportColumn, ReportRow, ReportTable } from "./types.js";
import { parseCsv } from "../../test/_lib/csv.js";

/** n spaces. */
const sp = (n: number): string => " ".repeat(n);
/** The rule under a header: one run of dashes per column width, joined by "-+-". */
const rule = (...widths: number[]): string => widths.map((w) => "-".repeat(w)).join("-+-");

/** A fresh report table built by hand (a new object on every call). */
function makeTable(columns: ReportColumn[], rows: ReportRow[], total?: ReportRow, notes: ReportTable["notes"] = []): ReportTable {
  return {
    id: "summary",
    title: { vi: "Biểu", en: "T" },
    standard: "2021-2025",
    columns,
    rows,
    ...(total ? { total } : {}),
    status: "uncertain",
    citations: [],
    notes,
  };
}

const textCol = (key: string, vi: string, en: string): ReportColumn => ({ key, header: { vi, en }, kind: "text" });
const countCol = (key: string, vi: string, en: string): ReportColumn => ({ key, header: { vi, en }, kind: "count" });

describe("CSV quoting (RFC 4180)", () => {
  it("quotes a field for a double quote alone, a LF alone and a CR alone, and doubles the quote", () => {
    const o = resolveCsvOptions({ locale: "en" });
    expect(encodeCsv([['a"b', "c\nd", "e\rf", "g"]], o)).toBe('"a""b","c\nd","e\rf",g\r\n');
    // Each field read back whole, as a spreadsheet would.
    expect(parseCsv(encodeCsv([['a"b', "c\nd", "e\rf", "g"]], o), ",")).toEqual([['a"b', "c\nd", "e\rf", "g"]]);
  });

  it("writes a change as a number with the options' decimal mark, and no change as an empty field", () => {
    const columns = [textCol("name", "Tên", "Name"), { key: "d", header: { vi: "Thay đổi", en: "Change" }, kind: "change" } as const];
    const rows: ReportRow[] = [
      { unitCode: "A", cells: [{ kind: "text", value: "A" }, { kind: "change", value: "-1.50" }] },
      { unitCode: "B", cells: [{ kind: "text", value: "B" }, { kind: "change", value: null }] },
    ];
    // A number the library wrote is never neutralised, even with its leading "-".
    expect(renderCsv(makeTable(columns, rows), { locale: "en" })).toBe("Name,Change\r\nA,-1.50\r\nB,\r\n");
    expect(renderCsv(makeTable(columns, rows))).toBe("\uFEFFTên;Thay đổi\r\nA;-1,50\r\nB;\r\n");
  });
});

describe("textCell", () => {
  it("writes no change as '-' and a change with the locale's decimal mark", () => {
    expect(textCell({ kind: "change", value: null }, "vi")).toBe("-");
    expect(textCell({ kind: "change", value: null }, "en")).toBe("-");
    expect(textCell({ kind: "change", value: "-1.50" }, "vi")).toBe("-1,50");
    expect(textCell({ kind: "change", value: "-1.50" }, "en")).toBe("-1.50");
  });
});

describe("wrapText", () => {
  it("cuts a word longer than the width into pieces of at most the width", () => {
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    // exactly two widths long: two full pieces, no empty line after them
    expect(wrapText("abcdefgh", 4)).toEqual(["abcd", "efgh"]);
    // a word exactly at the width is not cut
    expect(wrapText("abcd", 4)).toEqual(["abcd"]);
    expect(wrapText("ab abcdefg", 4)).toEqual(["ab", "abcd", "efg"]);
  });

  it("breaks at spaces: runs of spaces and a trailing space leave no space in a line", () => {
    expect(wrapText("a  b ", 10)).toEqual(["a b"]);
    expect(wrapText("a  b", 3)).toEqual(["a b"]);
  });
});

describe("layoutGrid: the widths a column may shrink to", () => {
  it("a table whose narrowest layout is exactly maxWidth fits it, with no shrinking and nothing to spare", () => {
    const wrapLast: GridColumn[] = [
      { header: "a", align: "left", wrap: false },
      { header: "b", align: "left", wrap: true },
    ];
    // The row has no cell for the last column: it counts as empty. 1 + " | " + 1 = 5 columns.
    expect(layoutGrid(wrapLast, [["x"]], undefined, 5, 1, "en")).toEqual(["a | b", "--+--", "x"]);
    // With room to spare the widths are the same: an empty cell adds no width.
    expect(layoutGrid(wrapLast, [["x"]], undefined, 40, 1, "en")).toEqual(["a | b", "--+--", "x"]);
    const plainLast: GridColumn[] = [
      { header: "a", align: "left", wrap: false },
      { header: "b", align: "left", wrap: false },
    ];
    expect(layoutGrid(plainLast, [["x"]], undefined, 5, 1, "en")).toEqual(["a | b", "--+--", "x"]);
  });

  it("a wrapped text keeps 16 code points: at 16 it fits, at 15 it is cut into a part of its own", () => {
    const columns: GridColumn[] = [{ header: "a", align: "left", wrap: true }];
    const text = "aaaa aaaa aaaa aaaa aaaa"; // 24 code points, words of 4
    expect(layoutGrid(columns, [[text]], undefined, 16, 1, "en")).toEqual(["a", "-".repeat(16), "aaaa aaaa aaaa", "aaaa aaaa"]);
    expect(layoutGrid(columns, [[text]], undefined, 15, 1, "en")).toEqual(["(part 1 of 1)", "a", "-".repeat(15), "aaaa aaaa aaaa", "aaaa aaaa"]);
  });

  it("a wrapped column is never narrower than its longest word: a 20-letter word does not fit 18", () => {
    const columns: GridColumn[] = [{ header: "a", align: "left", wrap: true }];
    expect(layoutGrid(columns, [["abcdefghijklmnopqrst"]], undefined, 18, 1, "en")).toEqual([
      "(part 1 of 1)",
      "a",
      "-".repeat(18),
      "abcdefghijklmnopqr",
      "st",
    ]);
  });

  it("first wraps a header wider than its column's values, then the values' text", () => {
    // natural widths 29 and 29; the header column may go down to 10 (10 code points of a header), the text one to
    // its values (29) first, then to 16. 37 = 24 + 3 + 10: the header column gives 19, the text column the last 5.
    const columns: GridColumn[] = [
      { header: "Name", align: "left", wrap: true },
      { header: "bbbb bbbb bbbb bbbb bbbb bbbb", align: "right", wrap: false },
    ];
    expect(layoutGrid(columns, [["cccc cccc cccc cccc cccc cccc", "7"]], undefined, 37, 1, "en")).toEqual([
      `Name${sp(20)} |  bbbb bbbb`,
      `${sp(24)} |  bbbb bbbb`,
      `${sp(24)} |  bbbb bbbb`,
      rule(24, 10),
      `cccc cccc cccc cccc cccc | ${sp(9)}7`,
      `cccc${sp(20)} |`,
    ]);
  });

  it("wraps a header first even when it comes before a wider text column", () => {
    // natural 24 (the header) and 29 (the text); 52 takes 4, all from the header, which may go down to 10, while
    // the text keeps its values' 29 for as long as a header can give.
    const columns: GridColumn[] = [
      { header: "bbbb bbbb bbbb bbbb bbbb", align: "right", wrap: false },
      { header: "Name", align: "left", wrap: true },
    ];
    expect(layoutGrid(columns, [["7", "cccc cccc cccc cccc cccc cccc"]], undefined, 52, 1, "en")).toEqual([
      " bbbb bbbb bbbb bbbb | Name",
      `${sp(16)}bbbb |`,
      rule(20, 29),
      `${sp(19)}7 | cccc cccc cccc cccc cccc cccc`,
    ]);
  });

  it("a missing cell counts as no value: a long header over it wraps first, down to 10", () => {
    // natural 29 and 29; the second column has no values, so its header goes to 10 first (19), then the text
    // column gives the remaining 3: 26 + 3 + 10 = 39.
    const columns: GridColumn[] = [
      { header: "c", align: "left", wrap: true },
      { header: "bb bb bb bb bb bb bb bb bb bb", align: "right", wrap: true },
    ];
    expect(layoutGrid(columns, [["cccc cccc cccc cccc cccc cccc"]], undefined, 39, 1, "en")).toEqual([
      `c${sp(25)} |   bb bb bb`,
      `${sp(26)} |   bb bb bb`,
      `${sp(26)} |   bb bb bb`,
      `${sp(26)} | ${sp(8)}bb`,
      rule(26, 10),
      "cccc cccc cccc cccc cccc",
      "cccc",
    ]);
  });

  it("shrinks the widest column first, and of equally wide ones the first", () => {
    // natural 19, 24, 19 (68 with the separators); 62 takes 6: five from the widest, then one from the first.
    const columns: GridColumn[] = [
      { header: "a", align: "left", wrap: true },
      { header: "b", align: "left", wrap: true },
      { header: "c", align: "left", wrap: true },
    ];
    expect(layoutGrid(columns, [["aaaa aaaa aaaa aaaa", "bbbb bbbb bbbb bbbb bbbb", "cccc cccc cccc cccc"]], undefined, 62, 1, "en")).toEqual([
      `a${sp(17)} | b${sp(18)} | c`,
      rule(18, 19, 19),
      `aaaa aaaa aaaa${sp(4)} | bbbb bbbb bbbb bbbb | cccc cccc cccc cccc`,
      `aaaa${sp(14)} | bbbb${sp(15)} |`,
    ]);
  });

  it("counts the total row's cells in the widths", () => {
    const columns: GridColumn[] = [
      { header: "Name", align: "left", wrap: true },
      { header: "N", align: "right", wrap: false },
    ];
    expect(layoutGrid(columns, [["A", "1"]], ["Total", "12345"], 40, 1, "en")).toEqual([
      "Name  |     N",
      rule(5, 5),
      "A     |     1",
      rule(5, 5),
      "Total | 12345",
    ]);
  });
});

describe("layoutGrid: a table too wide for any layout", () => {
  it("is printed as one part at its words' widths, a row's missing cell empty", () => {
    // Never narrower than "Beneficiaries" (13) and "ABCDEF" (6): 6 + 3 + 13 = 22 > 18. One part, repeating no key
    // column twice: a table always keeps at least one column outside the keys.
    const columns: GridColumn[] = [
      { header: "Code", align: "left", wrap: true },
      { header: "Beneficiaries total", align: "right", wrap: false },
    ];
    expect(layoutGrid(columns, [["ABCDEF", "5"], ["B"]], undefined, 18, 2, "en")).toEqual([
      "(part 1 of 1)",
      "Code   | Beneficiaries",
      `${sp(6)} | ${sp(8)}total`,
      rule(6, 13),
      `ABCDEF | ${sp(12)}5`,
      `B${sp(5)} |`,
    ]);
  });

  it("never cuts a number, in the body or in the total row", () => {
    const columns: GridColumn[] = [
      { header: "N", align: "right", wrap: false },
      { header: "V", align: "right", wrap: false },
    ];
    expect(layoutGrid(columns, [["1", "12345678901234567890"]], ["T", "98765432109876543210"], 18, 1, "en")).toEqual([
      "(part 1 of 1)",
      `N | ${sp(17)}V`,
      rule(1, 18),
      "1 | 12345678901234567890",
      rule(1, 18),
      "T | 98765432109876543210",
    ]);
  });
});

describe("renderText", () => {
  it("rows cut into parts repeat the unit's code and name (the columns before the first number)", () => {
    const columns = [textCol("code", "Mã", "Code"), textCol("name", "Tên", "Name"), ...["A", "B", "C", "D"].map((h) => countCol(h, h, h))];
    const rows: ReportRow[] = [
      {
        unitCode: "V1",
        cells: [
          { kind: "text", value: "V1" },
          { kind: "text", value: "Thôn Một" },
          { kind: "count", value: 1234567 },
          { kind: "count", value: 2345678 },
          { kind: "count", value: 3456789 },
          { kind: "count", value: 4567890 },
        ],
      },
    ];
    // Code 4, name 8, numbers 9: 4 + 8 + 9 + 9 and three separators = 39 fit 40, a third number does not.
    const text = renderText(makeTable(columns, rows), { locale: "en", orientation: "rows", maxWidth: 40, caveats: false });
    const head = (x: string, y: string) => ["Code", "Name    ", `${sp(8)}${x}`, `${sp(8)}${y}`].join(" | ");
    expect(text).toBe(
      [
        "T",
        "(part 1 of 2)",
        head("A", "B"),
        rule(4, 8, 9, 9),
        ["V1  ", "Thôn Một", "1,234,567", "2,345,678"].join(" | "),
        "",
        "(part 2 of 2)",
        head("C", "D"),
        rule(4, 8, 9, 9),
        ["V1  ", "Thôn Một", "3,456,789", "4,567,890"].join(" | "),
        "",
      ].join("\n"),
    );
  });

  it("auto: rows too wide with their total row are turned on its side, the total last", () => {
    const columns = [textCol("code", "Mã", "Code"), textCol("name", "Tên", "Name"), ...["A", "B", "C", "D"].map((h) => countCol(h, h, h))];
    const counts = [1234567, 2345678, 3456789, 4567890];
    const rows: ReportRow[] = [{ unitCode: "V1", cells: [{ kind: "text", value: "V1" }, { kind: "text", value: "Thôn Một" }, ...counts.map((value) => ({ kind: "count" as const, value }))] }];
    const total: ReportRow = { unitCode: "X", cells: [{ kind: "text", value: "X" }, { kind: "text", value: "Xã" }, ...counts.map((value) => ({ kind: "count" as const, value }))] };
    // Rows need 63 columns; on its side: measure 7, two units of 9 = 31.
    const text = renderText(makeTable(columns, rows, total), { locale: "en", maxWidth: 40, caveats: false });
    const line = (m: string, v: string) => [m.padEnd(7), v, v].join(" | ");
    expect(text).toBe(
      [
        "T",
        ["Measure", " Thôn Một", `${sp(7)}Xã`].join(" | "),
        rule(7, 9, 9),
        line("A", "1,234,567"),
        line("B", "2,345,678"),
        line("C", "3,456,789"),
        line("D", "4,567,890"),
        "",
      ].join("\n"),
    );
  });

  it('orientation "columns" turns even a table that fits its rows on its side', () => {
    const columns = [textCol("name", "Tên", "Name"), countCol("n", "Số hộ", "Households")];
    const rows: ReportRow[] = [{ unitCode: "V1", cells: [{ kind: "text", value: "Thôn Một" }, { kind: "count", value: 1234 }] }];
    const total: ReportRow = { unitCode: "X", cells: [{ kind: "text", value: "Xã" }, { kind: "count", value: 1234 }] };
    expect(renderText(makeTable(columns, rows, total), { orientation: "columns", caveats: false })).toBe(
      ["Biểu", ["Chỉ tiêu", "Thôn Một", `${sp(3)}Xã`].join(" | "), rule(8, 8, 5), ["Số hộ   ", `${sp(3)}1.234`, "1.234"].join(" | "), ""].join("\n"),
    );
  });

  it("on its side, a long measure wraps at spaces to fit", () => {
    const columns = [textCol("name", "Tên", "Name"), countCol("n", "Số hộ nghèo trong thôn năm nay", "Poor households")];
    const rows: ReportRow[] = [{ unitCode: "V1", cells: [{ kind: "text", value: "Thôn Một" }, { kind: "count", value: 1234 }] }];
    // Measure 30 wide, unit 8: 41 > 30, so the measure column gives 11 and wraps at 19.
    expect(renderText(makeTable(columns, rows), { orientation: "columns", maxWidth: 30, caveats: false })).toBe(
      ["Biểu", `Chỉ tiêu${sp(11)} | Thôn Một`, rule(19, 8), `Số hộ nghèo trong${sp(2)} | ${sp(3)}1.234`, `thôn năm nay${sp(7)} |`, ""].join("\n"),
    );
  });

  it("in rows, a text cell wraps at spaces to fit; the number beside it does not", () => {
    const columns = [textCol("name", "Tên", "Name"), countCol("n", "Số hộ", "Households")];
    const rows: ReportRow[] = [{ unitCode: "V1", cells: [{ kind: "text", value: "aaaa bbbb cccc dddd eeee ffff gggg" }, { kind: "count", value: 1234 }] }];
    // 34 + 3 + 5 = 42 > 30: the name column gives 12 and wraps at 22.
    expect(renderText(makeTable(columns, rows), { orientation: "rows", maxWidth: 30, caveats: false })).toBe(
      ["Biểu", `Tên${sp(19)} | Số hộ`, rule(22, 5), `aaaa bbbb cccc dddd${sp(3)} | 1.234`, `eeee ffff gggg${sp(8)} |`, ""].join("\n"),
    );
  });

  it("on its side, a row without its text cells names no unit, and a missing number is an empty cell", () => {
    const columns = [countCol("a", "A", "A"), textCol("name", "Tên", "Name"), countCol("b", "B", "B")];
    const rows: ReportRow[] = [{ unitCode: "U", cells: [{ kind: "count", value: 5 }] }];
    expect(renderText(makeTable(columns, rows), { locale: "en", orientation: "columns", caveats: false })).toBe(
      ["T", "Measure |", rule(7, 1), `A${sp(6)} | 5`, `B${sp(6)} |`, ""].join("\n"),
    );
  });
});

describe("renderHtml", () => {
  it("writes the whole fragment: caption, escaped header, body rows, total row in <tfoot>, then the certainty and the notes", () => {
    const columns = [textCol("name", "Tên", "Name & code"), countCol("n", "Số hộ", "Households")];
    const rows: ReportRow[] = [
      { unitCode: "A", cells: [{ kind: "text", value: "Thôn 'A'" }, { kind: "count", value: 1234 }] },
      { unitCode: "B", cells: [{ kind: "text", value: "B" }, { kind: "count", value: 5 }] },
    ];
    const total: ReportRow = { unitCode: "X", cells: [{ kind: "text", value: "Xã" }, { kind: "count", value: 1239 }] };
    const table: ReportTable = { ...makeTable(columns, rows, total, [{ vi: "Ghi chú", en: "Note > x" }]), title: { vi: "Biểu <1>", en: "Table <1>" } };
    expect(renderHtml(table, { locale: "en" })).toBe(
      [
        '<table class="vnp-table" lang="en">',
        "<caption>Table &lt;1&gt;</caption>",
        '<thead><tr><th scope="col">Name &amp; code</th><th scope="col">Households</th></tr></thead>',
        '<tbody><tr><td>Thôn &#39;A&#39;</td><td class="num">1,234</td></tr><tr><td>B</td><td class="num">5</td></tr></tbody>',
        '<tfoot><tr><th>Xã</th><th class="num">1,239</th></tr></tfoot>',
        "</table>",
        '<ul class="vnp-notes" lang="en"><li>Certainty: uncertain (layout not checked against the official form)</li><li>Note &gt; x</li></ul>',
        "",
      ].join("\n"),
    );
  });

  it("leaves out the total row on request, and has none when the table has none", () => {
    const columns = [textCol("name", "Tên", "Name"), countCol("n", "Số hộ", "Households")];
    const row = (): ReportRow => ({ unitCode: "A", cells: [{ kind: "text", value: "A" }, { kind: "count", value: 1234 }] });
    const total: ReportRow = { unitCode: "X", cells: [{ kind: "text", value: "Xã" }, { kind: "count", value: 1234 }] };
    const expected = [
      '<table class="vnp-table" lang="vi">',
      "<caption>Biểu</caption>",
      '<thead><tr><th scope="col">Tên</th><th scope="col">Số hộ</th></tr></thead>',
      '<tbody><tr><td>A</td><td class="num">1.234</td></tr></tbody>',
      "</table>",
      "",
    ].join("\n");
    expect(renderHtml(makeTable(columns, [row()], total), { total: false, caveats: false })).toBe(expected);
    expect(renderHtml(makeTable(columns, [row()]), { caveats: false })).toBe(expected);
    expect(renderHtml(makeTable(columns, [row()], total), { caveats: false })).toContain('<tfoot><tr><th>Xã</th><th class="num">1.234</th></tr></tfoot>\n</table>\n');
  });
});
