// The tables as a commune prints them, read from the spec (shared/spec/reports.md) and the seed report: which
// columns in which order, what the title and notes say, the forms they stand for, where a bad row is named, and the
// total row only when one is asked for.
import { describe, expect, it } from "vitest";
import { revokedProxy } from "../../test/_lib/hostile.js";
import { caught } from "../../test/_lib/issues.js";
import { tallyWithTotals } from "../../test/_lib/tallies.js";
import { emptyTally } from "./emptyTally.js";
import { movementTables } from "./movementTables.js";
import { tallyMovements } from "./movement.js";
import { deprivationTable, summaryTable } from "./reportTables.js";
import { tallyRecords } from "./tallyRecords.js";
import { compareTallies, yearOnYearTable } from "./yearOnYear.js";
import type { MovementTally, Tally } from "./types.js";

/** A tally of `total` households of 3 persons under `standard`: `poor` poor (by income under 2016–2020), `near` near-poor, the rest not poor. */
function tally(standard: string, total: number, poor: number, near = 0): Tally {
  const rs = Array.from({ length: total }, (_, i) => ({
    unitCode: "X",
    standard,
    kind: i < poor ? ("poor" as const) : i < poor + near ? ("near_poor" as const) : ("not_poor" as const),
    persons: 3,
    ...(i < poor && standard === "2016-2020" ? { poorBasis: "income" as const } : {}),
  }));
  return tallyRecords(rs, { standard }).units["X"] ?? emptyTally(standard);
}
const keys = (t: { readonly columns: readonly { readonly key: string }[] }) => t.columns.map((c) => c.key);

describe("every table: the forms it stands for and its notes (shared/spec/reports.md)", () => {
  // made inside each test (a mutation run credits a test only with what runs inside it)
  const summary = () => summaryTable([{ code: "X", name: "Xã", tally: tally("2021-2025", 10, 1) }]);
  it("starts with the unit's code and name", () => {
    const t = summary();
    expect(t.columns.slice(0, 2).map((c) => [c.key, c.kind])).toEqual([
      ["code", "text"],
      ["name", "text"],
    ]);
    expect(t.columns[1]?.header.vi).toBe("Đơn vị");
    expect(t.rows[0]?.cells.slice(0, 2)).toEqual([
      { kind: "text", value: "X" },
      { kind: "text", value: "Xã" },
    ]);
  });
  it("cites Mẫu 7.1–7.10 of Phụ lục VII, Circular 07/2021, with 7.8–7.10 replaced by Circular 02/2022, columns not found", () => {
    const t = summary();
    expect(t.status).toBe("uncertain");
    expect(t.citations).toHaveLength(1);
    expect(t.citations[0]?.instrument).toBe("Thông tư 07/2021/TT-BLĐTBXH");
    expect(t.citations[0]?.item).toContain("Phụ lục VII");
    expect(t.citations[0]?.item).toContain("7.1–7.10");
    expect(t.citations[0]?.note).toContain("02/2022");
    expect(t.citations[0]?.note).toContain("NOT FOUND");
  });
  it("notes that the layout is local practice and that rates are recomputed from counts, 2 decimals", () => {
    const t = summary();
    expect(t.notes).toHaveLength(2);
    expect(t.notes[0]?.vi).toContain("Mẫu 7.1–7.10");
    expect(t.notes[0]?.en).toContain("not found");
    expect(t.notes[1]?.vi).toContain("2 chữ số thập phân");
    expect(t.notes[1]?.en).toContain("recomputed from counts");
  });
  it("a deprivation table names its segment", () => {
    const t = summary();
    expect(deprivationTable([{ code: "X", name: "Xã", tally: tally("2021-2025", 10, 1) }], { segment: "nearPoor" }).segment).toBe("nearPoor");
    expect(t).not.toHaveProperty("segment");
  });
  it("a rate of a total above the integer path is still exact: 1 poor of 5 × 10^11 households is 0.00%", () => {
    const s = summaryTable([{ code: "N", name: "Toàn quốc", tally: tallyWithTotals(500_000_000_000, 1) }]);
    const at = keys(s).indexOf("households.poor.rate");
    expect(s.rows[0]?.cells[at]).toEqual({ kind: "rate", rate: { value: "0.00" } });
  });
});

describe("every table: rows, the total row, and where a bad tally is named", () => {
  const good = tally("2021-2025", 10, 1);
  it("no total row unless one is given; with one, it comes apart from the rows", () => {
    expect(summaryTable([{ code: "X", name: "Xã", tally: good }]).total).toBeUndefined();
    const t = summaryTable([{ code: "X", name: "Xã", tally: good }], { total: { code: "H", name: "Huyện", tally: good } });
    expect(t.rows.map((r) => r.unitCode)).toEqual(["X"]);
    expect(t.total?.unitCode).toBe("H");
  });
  it("no rows and no total is invalid_input of the table's function", () => {
    const e = caught(() => summaryTable([]));
    expect(e.code).toBe("invalid_input");
    expect(e.details["function"]).toBe("summaryTable");
  });
  it("a bad tally is named by its row, or as the total's", () => {
    const bad = 5 as unknown as Tally;
    const at = (f: () => unknown, n = 3) => caught(f).issues[0]?.path.slice(0, n);
    expect(at(() => summaryTable([{ code: "X", name: "Xã", tally: bad }]))).toEqual(["rows", 0, "tally"]);
    expect(at(() => summaryTable([{ code: "X", name: "Xã", tally: good }, { code: "Y", name: "Xã", tally: bad }]))).toEqual(["rows", 1, "tally"]);
    expect(at(() => summaryTable([], { total: { code: "H", name: "Huyện", tally: bad } }), 2)).toEqual(["total", "tally"]);
    expect(at(() => summaryTable([{ code: "X", name: "Xã", tally: good }], { total: { code: "H", name: "Huyện", tally: bad } }), 2)).toEqual(["total", "tally"]);
  });
  it("a row of another standard than the first is refused at that row", () => {
    const e = caught(() => summaryTable([{ code: "X", name: "Xã", tally: good }, { code: "Y", name: "Xã", tally: tally("2016-2020", 4, 1) }]));
    expect(e.issues[0]?.code).toBe("standard_mismatch");
    expect(e.issues[0]?.path.slice(0, 3)).toEqual(["rows", 1, "tally"]);
  });
});

describe("yearOnYearTable and compareTallies (seed 001: poor −43 households, −0.36 points; near-poor +7)", () => {
  // the seed's city: 285 poor and 114 near-poor of 12,232 households in 2022; 242 and 121 of 12,299 in 2023
  const y2022 = tally("2021-2025", 12_232, 285, 114);
  const y2023 = tally("2021-2025", 12_299, 242, 121);
  it("compares the totals too: 12,232 → 12,299 households is +67", () => {
    const c = compareTallies(y2022, y2023);
    expect(c.households.total).toEqual({ previous: 12_232, current: 12_299, change: 67 });
    expect(c.persons.total).toEqual({ previous: 36_696, current: 36_897, change: 201 });
    expect(c.households.poor).toMatchObject({ change: -43, pointChange: "-0.36" });
  });
  it("households in both years, then per class: previous count and rate, current count and rate, the change, the change in points", () => {
    const t = yearOnYearTable([{ code: "TP", name: "Thành phố", previous: y2022, current: y2023 }]);
    expect(t.id).toBe("year_on_year");
    expect(t.standard).toBe("2021-2025");
    expect(keys(t)).toEqual([
      "code",
      "name",
      "households.previous",
      "households.current",
      ...["poor", "nearPoor"].flatMap((k) => [`${k}.previous`, `${k}.previous.rate`, `${k}.current`, `${k}.current.rate`, `${k}.change`, `${k}.pointChange`]),
    ]);
    expect(t.rows[0]?.cells.slice(2)).toEqual([
      { kind: "count", value: 12_232 },
      { kind: "count", value: 12_299 },
      { kind: "count", value: 285 },
      { kind: "rate", rate: { value: "2.33" } },
      { kind: "count", value: 242 },
      { kind: "rate", rate: { value: "1.97" } },
      { kind: "count", value: -43 },
      { kind: "change", value: "-0.36" },
      { kind: "count", value: 114 },
      { kind: "rate", rate: { value: "0.93" } },
      { kind: "count", value: 121 },
      { kind: "rate", rate: { value: "0.98" } },
      { kind: "count", value: 7 },
      { kind: "change", value: "0.05" },
    ]);
    expect(t.total).toBeUndefined();
  });
  it("every header says its class and its year, in Vietnamese and English, and the title says what is compared", () => {
    const t = yearOnYearTable([{ code: "TP", name: "Thành phố", previous: y2022, current: y2023 }]);
    expect(t.title.vi).toContain("năm trước");
    expect(t.title.en).toContain("previous year");
    for (const c of t.columns.slice(2)) {
      const [k, when, what] = c.key.split(".");
      expect(c.header.vi).toContain(k === "households" ? "Tổng số hộ" : k === "poor" ? "hộ nghèo" : "hộ cận nghèo");
      if (when === "previous") {
        expect(c.header.vi).toContain("năm trước");
        expect(c.header.en).toContain("previous year");
      } else if (when === "current") {
        expect(c.header.vi).toContain("năm nay");
        expect(c.header.en).toContain("this year");
      } else {
        expect(c.header.vi).toContain("Tăng (+), giảm (−)");
        expect(c.header.en).toContain("change");
      }
      if (what === "rate") expect(c.header.vi).toContain("Tỷ lệ");
      expect(c.header.en.length).toBeGreaterThan(0);
    }
    expect(t.columns.find((c) => c.key === "poor.pointChange")?.header.vi).toContain("điểm %");
  });
  it("two standards: notes it, and labels the table with the later one", () => {
    const t = yearOnYearTable([{ code: "TP", name: "Thành phố", previous: tally("2016-2020", 100, 5), current: tally("2021-2025", 100, 4) }]);
    expect(t.standard).toBe("2021-2025");
    expect(t.notes).toHaveLength(3);
    expect(t.notes[2]?.vi).toContain("hai chuẩn nghèo khác nhau");
    expect(t.notes[2]?.en).toContain("different poverty standards");
  });
  it("each year's tallies share one standard across the rows: a row of another is refused at its place", () => {
    const e = caught(() =>
      yearOnYearTable([
        { code: "A", name: "Xã A", previous: y2022, current: y2023 },
        { code: "B", name: "Xã B", previous: tally("2016-2020", 10, 1), current: y2023 },
      ]),
    );
    expect(e.issues.map((i) => [i.code, i.path.slice(0, 3)])).toEqual([["standard_mismatch", ["rows", 1, "previous"]]]);
  });
  it("a bad tally in the total is named as the total's; one bad side is reported alone", () => {
    expect(caught(() => yearOnYearTable([], { total: { code: "H", name: "Huyện", previous: y2022, current: 5 as unknown as Tally } })).issues[0]?.path.slice(0, 2)).toEqual(["total", "current"]);
    const e = caught(() => yearOnYearTable([{ code: "A", name: "Xã A", previous: 5 as unknown as Tally, current: y2023 }, { code: "B", name: "Xã B", previous: y2022, current: y2023 }]));
    expect(e.issues.map((i) => i.path.slice(0, 3))).toEqual([["rows", 0, "previous"]]);
    expect(e.message).toContain("yearOnYearTable");
  });
  it("options may be left out or null; no rows and no total is invalid_input", () => {
    expect(yearOnYearTable([{ code: "TP", name: "Thành phố", previous: y2022, current: y2023 }], null as never).rows).toHaveLength(1);
    const e = caught(() => yearOnYearTable([]));
    expect(e.code).toBe("invalid_input");
    expect(e.details["function"]).toBe("yearOnYearTable");
  });
  it("compareTallies reports only the side that is bad, and names itself", () => {
    const e = caught(() => compareTallies(y2022, 5 as unknown as Tally));
    expect(e.issues.map((i) => i.path[0])).toEqual(["current"]);
    expect(e.message).toContain("compareTallies");
    expect(caught(() => compareTallies(5 as unknown as Tally, y2023)).issues.map((i) => i.path[0])).toEqual(["previous"]);
  });
});

describe("movementTables (shared/spec/reports.md, tables 2 and 3)", () => {
  // a village: 3 poor at the start, one left poverty and became near-poor; 2 near-poor at the start, both stay
  const m: MovementTally = tallyMovements([
    { unitCode: "V", previous: "poor", current: "poor", previousPersons: 4, currentPersons: 4 },
    { unitCode: "V", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2 },
    { unitCode: "V", previous: "poor", current: "near_poor", previousPersons: 5, currentPersons: 5 },
    { unitCode: "V", previous: "near_poor", current: "near_poor", previousPersons: 3, currentPersons: 3 },
    { unitCode: "V", previous: "near_poor", current: "near_poor", previousPersons: 1, currentPersons: 1 },
  ]).units["V"] as MovementTally;
  it("columns 1–9 for households, then 1–9 for persons, numbered and named as the spec lists them", () => {
    const o = movementTables([{ code: "V", name: "Thôn", movement: m }], { standard: "2021-2025" });
    if (o.kind !== "tables") throw new Error(o.kind);
    for (const t of [o.poor, o.nearPoor]) {
      expect(keys(t)).toEqual(["code", "name", ...["households", "persons"].flatMap((x) => Array.from({ length: 9 }, (_, i) => `${x}.${i + 1}`))]);
      t.columns.slice(2).forEach((c, i) => {
        expect(c.kind).toBe("count");
        expect(c.header.vi.startsWith(`(${(i % 9) + 1}) `)).toBe(true);
        expect(c.header.en.startsWith(`(${(i % 9) + 1}) `)).toBe(true);
        expect(c.header.vi.endsWith(i < 9 ? "(hộ)" : "(nhân khẩu)")).toBe(true);
        expect(c.header.en.endsWith(i < 9 ? "(households)" : "(persons)")).toBe(true);
      });
    }
    const vi = (t: typeof o.poor, n: number) => t.columns.find((c) => c.key === `households.${n}`)?.header.vi;
    expect(vi(o.poor, 1)).toContain("đầu kỳ");
    expect(vi(o.poor, 6)).toContain("tái nghèo");
    expect(vi(o.poor, 7)).toContain("phát sinh mới");
    expect(vi(o.poor, 9)).toContain("cuối kỳ");
    expect(vi(o.nearPoor, 6)).toContain("tái cận nghèo");
    expect(o.poor.id).toBe("poor_movement");
    expect(o.nearPoor.id).toBe("near_poor_movement");
    expect(o.poor.title.vi).toBe("Diễn biến hộ nghèo");
    expect(o.nearPoor.title.vi).toBe("Diễn biến hộ cận nghèo");
    expect(o.poor.title.en).toContain("poor");
    expect(o.nearPoor.title.en).toContain("near-poor");
    expect(o.poor.notes[2]?.vi).toContain("9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8");
    expect(o.nearPoor.notes[2]?.en).toContain("9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8");
    expect(o.poor.standard).toBe("2021-2025");
  });
  it("the cells are the counts: 3 poor at the start, 1 left for near-poor, 2 at the end; near-poor 2 + 1 = 3", () => {
    const o = movementTables([{ code: "V", name: "Thôn", movement: m }], { standard: "2021-2025", total: { code: "X", name: "Xã", movement: m } });
    if (o.kind !== "tables") throw new Error(o.kind);
    const values = (r: { readonly cells: readonly unknown[] } | undefined) => r?.cells.slice(2).map((c) => (c as { value: number }).value);
    expect(values(o.poor.rows[0])).toEqual([3, 1, 0, 0, 0, 0, 0, 0, 2, 11, 5, 0, 0, 0, 0, 0, 0, 6]);
    expect(values(o.nearPoor.rows[0])).toEqual([2, 0, 0, 0, 1, 0, 0, 0, 3, 4, 0, 0, 0, 5, 0, 0, 0, 9]);
    expect(o.poor.rows.map((r) => r.unitCode)).toEqual(["V"]);
    expect(o.poor.total?.unitCode).toBe("X");
    expect(values(o.nearPoor.total)).toEqual(values(o.nearPoor.rows[0]));
    const plain = movementTables([{ code: "V", name: "Thôn", movement: m }], { standard: "2021-2025" });
    expect(plain.kind === "tables" ? plain.poor.total : "no tables").toBeUndefined();
  });
  it("a total alone is a table of its own", () => {
    const o = movementTables([], { standard: "2021-2025", total: { code: "X", name: "Xã", movement: m } });
    expect(o.kind === "tables" ? [o.poor.rows.length, o.poor.total?.unitCode] : o.kind).toEqual([0, "X"]);
  });
  it("the standard is required and must be known, named at [\"standard\"]", () => {
    for (const options of [undefined, {}, { standard: "1999" }]) {
      const e = caught(() => movementTables([{ code: "V", name: "Thôn", movement: m }], options as never));
      expect(e.code).toBe("invalid_input");
      expect(e.issues[0]?.path).toEqual(["standard"]);
      expect(e.message).toContain("movementTables");
    }
  });
});

describe("input that cannot be read names the function that refused it", () => {
  const revoked = () => revokedProxy([]);
  const t = () => tally("2021-2025", 2, 1);
  it.each<[string, () => unknown]>([
    ["yearOnYearTable", () => yearOnYearTable(revoked() as never)],
    ["yearOnYearTable", () => yearOnYearTable("rows" as never)],
    ["compareTallies", () => compareTallies(revoked() as never, t())],
    ["movementTables", () => movementTables(revoked() as never, { standard: "2021-2025" })],
    ["movementTables", () => movementTables("rows" as never, { standard: "2021-2025" })],
  ])("%s", (name, f) => {
    const e = caught(f);
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain(name);
  });
});

