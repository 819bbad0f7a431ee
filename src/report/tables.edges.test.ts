// Edge cases of the report tables and comparisons: no rows, a total row alone or with rows, a bad tally in any row
// (each named by its path), two standards compared, the "change" cells rendered, a zero total that has no rate.
import { describe, expect, it } from "vitest";
import { caught, param } from "../../test/_lib/issues.js";
import { classifyHousehold } from "../classify/classifyHousehold.js";
import { classifyByIncome } from "../classify/classifyByIncome.js";
import { emptyTally } from "./emptyTally.js";
import { tallyRecords } from "./tallyRecords.js";
import { compareTallies, yearOnYearTable } from "./yearOnYear.js";
import { breakdownTable, summaryTable, unitRows } from "./reportTables.js";
import { renderCsv, renderText } from "./render.js";
import { buildHierarchy } from "./buildHierarchy.js";
import { rollUpTallies } from "./rollUpTallies.js";
import { safeMergeTallies } from "./mergeTallies.js";
import { safeTallyFromJson } from "./tallyJson.js";
import { tallyRecordFromDecision } from "./tallyRecordFromDecision.js";
import type { Tally, TallyRecord } from "./types.js";

/** A village tally of the given standard: `poor` poor and `total − poor` not-poor households of 2 persons. */
function village(standard: string, total: number, poor: number): Tally {
  const rs: TallyRecord[] = Array.from({ length: total }, (_, i) => ({
    unitCode: "V",
    standard,
    kind: i < poor ? "poor" : "not_poor",
    persons: 2,
    ...(i < poor && standard === "2016-2020" ? { poorBasis: "income" as const } : {}),
  }));
  return tallyRecords(rs, { standard }).units["V"] ?? emptyTally(standard);
}

describe("yearOnYearTable", () => {
  const a = village("2021-2025", 100, 4);
  const b = village("2021-2025", 100, 3);
  it("adds the total row after the units' rows, with the change in households and in percentage points", () => {
    const t = yearOnYearTable([{ code: "X", name: "Xã", previous: a, current: b }], { total: { code: "H", name: "Huyện", previous: a, current: b } });
    const cell = (key: string) => t.total?.cells[t.columns.findIndex((c) => c.key === key)];
    expect(t.rows).toHaveLength(1);
    expect(cell("poor.change")).toEqual({ kind: "count", value: -1 });
    expect(cell("poor.pointChange")).toEqual({ kind: "change", value: "-1.00" }); // 4.00% → 3.00%
    expect(t.notes.map((n) => n.en)).not.toContain("The two years use different poverty standards: the classes are defined differently.");
  });
  it("takes a total row alone", () => {
    const t = yearOnYearTable([], { total: { code: "H", name: "Huyện", previous: a, current: b } });
    expect(t.rows).toEqual([]);
    expect(t.total?.unitCode).toBe("H");
  });
  it("notes when the two years use different standards", () => {
    const t = yearOnYearTable([{ code: "X", name: "Xã", previous: village("2016-2020", 100, 8), current: b }]);
    expect(t.standard).toBe("2021-2025");
    expect(t.notes.map((n) => n.en)).toContain("The two years use different poverty standards: the classes are defined differently.");
  });
  it("refuses no rows and no total", () => {
    expect(caught(() => yearOnYearTable([])).message).toContain("no rows and no total");
  });
  it("names every bad tally by its row and year, and a row of another standard than the first", () => {
    const e = caught(() =>
      yearOnYearTable([
        { code: "X", name: "Xã", previous: a, current: b },
        { code: "Y", name: "Xã 2", previous: {} as Tally, current: village("2016-2020", 10, 1) },
      ]),
    );
    expect(e.code).toBe("invalid_input");
    expect([...new Set(e.issues.map((i) => i.path.slice(0, 3).join("/")))].map((p) => p.split("/"))).toEqual([
      ["rows", "1", "previous"],
      ["rows", "1", "current"],
    ]);
  });
  it("renders its point changes as text and CSV (a decimal comma in Vietnamese)", () => {
    const t = yearOnYearTable([{ code: "X", name: "Xã", previous: a, current: b }]);
    expect(renderCsv(t)).toContain(";-1,00");
    expect(renderCsv(t, { locale: "en" })).toContain(",-1.00");
    expect(renderText(t)).toContain("-1,00");
  });
});

describe("compareTallies", () => {
  it("names both bad tallies at once", () => {
    const e = caught(() => compareTallies({} as Tally, 5 as unknown as Tally));
    expect(e.issues.map((i) => i.path[0])).toEqual(["previous", "current"]);
  });
});

describe("summary and breakdown tables", () => {
  it("a unit with no households has no rate (zero_total), not 0.00", () => {
    const t = summaryTable([{ code: "V", name: "Thôn", tally: emptyTally("2021-2025") }]);
    const i = t.columns.findIndex((c) => c.kind === "rate");
    expect(t.rows[0]?.cells[i]).toEqual({ kind: "rate", rate: { value: null, reason: "zero_total" } });
  });
  it("refuses no rows and no total, and names a bad total tally by its path", () => {
    expect(caught(() => summaryTable([])).message).toContain("no rows and no total");
    const e = caught(() => summaryTable([{ code: "V", name: "Thôn", tally: emptyTally("2021-2025") }], { total: { code: "X", name: "Xã", tally: emptyTally("2016-2020") } }));
    expect(e.issues[0]?.path.slice(0, 2)).toEqual(["total", "tally"]);
    const alone = caught(() => summaryTable([], { total: { code: "X", name: "Xã", tally: {} as Tally } }));
    expect(alone.issues[0]?.path.slice(0, 2)).toEqual(["total", "tally"]);
  });
  it("a breakdown by children's deprivations has the law's three columns per segment, and a total row alone works", () => {
    const t = breakdownTable([], { breakdown: "child_deprivations", total: { code: "X", name: "Xã", tally: village("2021-2025", 10, 2) } });
    expect(t.id).toBe("child_deprivations");
    expect(t.total?.cells[t.columns.findIndex((c) => c.key === "households")]).toEqual({ kind: "count", value: 2 });
  });
  it("a breakdown by a segment the standard does not keep is refused with segment_not_kept", () => {
    const e = caught(() => breakdownTable([{ code: "V", name: "Thôn", tally: emptyTally("2021-2025") }], { breakdown: "target_groups", segment: "poorByIncome" }));
    expect(e.issues.map((i) => [i.code, i.path, i.params])).toEqual([["segment_not_kept", ["segment"], { segment: "poorByIncome", standard: "2021-2025" }]]);
    const n = caught(() => breakdownTable([{ code: "V", name: "Thôn", tally: emptyTally("2021-2025") }], { breakdown: "target_groups", segment: 3 as never }));
    expect(param(n.issues[0], "segment")).toBe("number");
  });
});

describe("unitRows", () => {
  const h = buildHierarchy([
    { code: "X", name: "Xã", level: "commune" },
    { code: "V", name: "Thôn", level: "village", parentCode: "X" },
  ]);
  const rolled = rollUpTallies(h, { V: village("2021-2025", 5, 1) }, { standard: "2021-2025" });
  it("gives the unit's children and its own total", () => {
    const u = unitRows(rolled, "X");
    expect(u.rows.map((r) => r.code)).toEqual(["V"]);
    expect(u.total.tally.households.poor).toBe(1);
    expect(unitRows(rolled, "V").rows).toEqual([]);
  });
  it("refuses a code not in the hierarchy, or not a string", () => {
    expect(caught(() => unitRows(rolled, "Z")).details).toEqual({ unitCode: "Z" });
    expect(caught(() => unitRows(rolled, 5 as never)).details).toEqual({ unitCode: null });
    expect(caught(() => unitRows(null as never, "X")).message).toContain("rollUpTallies");
  });
});

describe("safeMergeTallies", () => {
  it("takes one tally alone as a list of one", () => {
    const t = village("2021-2025", 5, 1);
    const r = safeMergeTallies(t);
    expect(r.ok && r.value.households.poor).toBe(1);
  });
  it("refuses an empty list, and names a bad tally by its index", () => {
    expect(safeMergeTallies([])).toMatchObject({ ok: false, issues: [{ code: "too_small", params: { minimum: 1 } }] });
    const r = safeMergeTallies([village("2021-2025", 5, 1), JSON.parse(JSON.stringify(emptyTally("2016-2020"))) as Tally, 3 as never]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([...new Set(r.issues.map((i) => i.path[0]))]).toEqual([1, 2]);
  });
  it("adds a tally given as JSON like the tally itself", () => {
    const t = village("2021-2025", 5, 1);
    const r = safeMergeTallies(JSON.parse(JSON.stringify(t)) as Tally, t);
    expect(r.ok && r.value.households.poor).toBe(2);
  });
});

describe("safeTallyFromJson options", () => {
  const json = JSON.parse(JSON.stringify(emptyTally("2021-2025", { year: 2023 }))) as unknown;
  it("checks the year it must carry against the standard's list years", () => {
    expect(safeTallyFromJson(json, { standard: "2021-2025", year: 2023 }).ok).toBe(true);
    expect(safeTallyFromJson(json, { standard: "2021-2025", year: 2030 })).toMatchObject({ ok: false, issues: [{ code: "year_outside_standard", path: ["year"] }] });
    expect(safeTallyFromJson(json, { year: 2023.5 })).toMatchObject({ ok: false, issues: [{ code: "invalid_year", path: ["year"] }] });
    expect(safeTallyFromJson(json, { standard: "1999" })).toMatchObject({ ok: false, issues: [{ path: ["standard"] }] });
    expect(safeTallyFromJson(json, { year: 2023 }).ok).toBe(true);
    expect(safeTallyFromJson(json, { year: 2024 }).ok).toBe(false);
    expect(safeTallyFromJson(json, { year: null }).ok).toBe(false);
  });
  it("reads a tally object through its JSON, so the result is fresh", () => {
    const t = emptyTally("2021-2025");
    const r = safeTallyFromJson(t);
    expect(r.ok && r.value !== t).toBe(true);
  });
});

describe("tallyRecordFromDecision refusals", () => {
  it("a household under a standard with no score rule gives household_rule_not_found with the standard", () => {
    const d = classifyHousehold({ standard: "2027-2030", area: "rural", b1: 100, b2: 30 });
    expect(d.outcome.kind).toBe("rule_not_found");
    const r = tallyRecordFromDecision(d, { unitCode: "V", persons: 2 });
    expect(r).toMatchObject({ ok: false, issues: [{ code: "household_rule_not_found", path: ["outcome"], params: { standard: "2027-2030" } }] });
  });
  it("a decision-like value without a standard on its outcome takes the explanation's", () => {
    const d = classifyHousehold({ standard: "2027-2030", area: "rural", b1: 100, b2: 30 });
    const bare = { ...d, outcome: { kind: "rule_not_found" as const, reason: "x" } } as unknown as typeof d;
    expect(tallyRecordFromDecision(bare, { unitCode: "V", persons: 2 })).toMatchObject({ ok: false, issues: [{ params: { reason: "x", standard: d.explanation.standard } }] });
  });
  it("an undetermined decision lists what is missing, as text", () => {
    const d = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1 } });
    const odd = { ...d, outcome: { kind: "undetermined" as const, missing: ["deprivations", { field: "b1" }] } } as unknown as typeof d;
    expect(tallyRecordFromDecision(odd, { unitCode: "V", persons: 2 })).toMatchObject({ ok: false, issues: [{ code: "undetermined_household", params: { missing: ["deprivations", '{"field":"b1"}'] } }] });
    const none = { ...d, outcome: { kind: "undetermined" as const } } as unknown as typeof d;
    expect(tallyRecordFromDecision(none, { unitCode: "V", persons: 2 })).toMatchObject({ ok: false, issues: [{ params: { missing: [] } }] });
  });
  it("a decision that cannot be read gives an issue, not an exception", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("boom"); } });
    expect(tallyRecordFromDecision(hostile as never, { unitCode: "V", persons: 2 })).toMatchObject({ ok: false, issues: [{ code: "input_unreadable", params: { error: "Error" } }] });
  });
});
