// Roll-up scenarios: counts roll up, rates never do (shared/spec/reports.md); the hierarchy before and after the
// 2025 reform; bad input is listed, good records are kept.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  breakdownTable,
  buildHierarchy,
  deprivationTable,
  poorByBasisTable,
  PovertyError,
  remapUnits,
  rollUpTallies,
  safeRemapUnits,
  summaryTable,
  tallyRecords,
  tallyRecordsAsync,
  tallyToJson,
  unitRows,
  type AdminUnit,
  type TallyRecord,
} from "../../src/index.js";
import { tallyRecord } from "./_report/arbitraries.js";

const pre2025: AdminUnit[] = [
  { code: "P", name: "Tỉnh", level: "province" },
  { code: "D1", name: "Huyện 1", level: "district", parentCode: "P" },
  { code: "D2", name: "Huyện 2", level: "district", parentCode: "P" },
  { code: "C1", name: "Xã 1", level: "commune", parentCode: "D1" },
  { code: "C2", name: "Xã 2", level: "commune", parentCode: "D1" },
  { code: "C3", name: "Xã 3", level: "commune", parentCode: "D2" },
  ...["C1", "C2", "C3"].flatMap((c): AdminUnit[] => [1, 2].map((v) => ({ code: `${c}-V${v}`, name: `Thôn ${v}`, level: "village", parentCode: c }))),
];
const VILLAGES = pre2025.filter((u) => u.level === "village").map((u) => u.code);

describe("splitting households across villages (property)", () => {
  it("gives the same province totals however the households are placed", () => {
    const h = buildHierarchy(pre2025);
    fc.assert(
      fc.property(fc.array(tallyRecord("2016-2020", ["X"]), { maxLength: 60 }), fc.array(fc.constantFrom(...VILLAGES), { minLength: 60, maxLength: 60 }), (records, placement) => {
        const all = tallyRecords(records.map((r) => ({ ...r, unitCode: "C1-V1" })), { standard: "2016-2020" });
        const spread = tallyRecords(records.map((r, i) => ({ ...r, unitCode: placement[i] as string })), { standard: "2016-2020" });
        const a = rollUpTallies(h, all.units, { standard: "2016-2020" });
        const b = rollUpTallies(h, spread.units, { standard: "2016-2020" });
        expect(tallyToJson(b.tallies["P"]!)).toEqual(tallyToJson(a.tallies["P"]!));
        expect(tallyToJson(b.total)).toEqual(tallyToJson(a.total));
      }),
    );
  });
});

describe("rollUpTallies", () => {
  it("keeps the good records and lists what it could not count", () => {
    const h = buildHierarchy(pre2025);
    const run = tallyRecords(
      [
        { unitCode: "C1-V1", standard: "2021-2025", kind: "near_poor", persons: 3 },
        { unitCode: "", standard: "2021-2025", kind: "poor", persons: 3 },
        { unitCode: "C9-V9", standard: "2021-2025", kind: "not_poor", persons: 2 },
        { unitCode: "C3-V2", standard: "2021-2025", kind: "poor", persons: 5, deprivations: ["employment", "telecom", "nutrition"] },
      ],
      { standard: "2021-2025" },
    );
    expect(run.rejected.map((r) => [r.index, r.issues[0]?.code])).toEqual([[1, "missing_unit_code"]]);
    const r = rollUpTallies(h, run.units, { standard: "2021-2025" });
    expect(r.rejected.map((x) => [x.unitCode, x.issues[0]?.code])).toEqual([["C9-V9", "unknown_unit"]]);
    expect(r.tallies["P"]?.households.total).toBe(2);
    expect(r.tallies["D2"]?.households.poor).toBe(1);
    expect(r.tallies["C2"]?.households.total).toBe(0);
  });
  it("lists a tally of another standard", () => {
    const h = buildHierarchy(pre2025);
    const old = tallyRecords([{ unitCode: "C1-V1", standard: "2016-2020", kind: "poor", poorBasis: "income", persons: 2 }], { standard: "2016-2020" });
    const r = rollUpTallies(h, old.units, { standard: "2021-2025" });
    expect(r.rejected[0]?.issues[0]?.code).toBe("standard_mismatch");
  });
});

describe("across the 2025 reform", () => {
  const after: AdminUnit[] = [
    { code: "PN", name: "Tỉnh mới", level: "province" },
    { code: "CN1", name: "Xã mới 1", level: "commune", parentCode: "PN" },
    { code: "CN2", name: "Xã mới 2", level: "commune", parentCode: "PN" },
    ...["N1", "N2", "N3"].map((v, i): AdminUnit => ({ code: v, name: v, level: "village", parentCode: i < 2 ? "CN1" : "CN2" })),
  ];
  it("re-files old villages under new codes (many-to-one, a split commune mapped by village) and rolls up the new tree", () => {
    const recs: TallyRecord[] = VILLAGES.map((v) => ({ unitCode: v, standard: "2021-2025", kind: "poor", persons: 2, deprivations: ["employment", "telecom", "sanitation"] }));
    const old = tallyRecords(recs, { standard: "2021-2025" });
    // Old commune C2 is split: its village 1 goes to new commune CN1, its village 2 to CN2.
    const mapping = { "C1-V1": "N1", "C1-V2": "N1", "C2-V1": "N2", "C2-V2": "N3", "C3-V1": "N3", "C3-V2": "N3" };
    const remapped = remapUnits(old.units, mapping);
    expect(Object.keys(remapped).sort()).toEqual(["N1", "N2", "N3"]);
    const r = rollUpTallies(buildHierarchy(after), remapped, { standard: "2021-2025" });
    expect(r.rejected).toEqual([]);
    expect(r.tallies["CN1"]?.households.poor).toBe(3);
    expect(r.tallies["CN2"]?.households.poor).toBe(3);
    expect(r.tallies["PN"]?.households.poor).toBe(6);
  });
  it("keeps an unmapped code, and the new roll-up lists it rather than losing it", () => {
    const old = tallyRecords([{ unitCode: "C1-V1", standard: "2021-2025", kind: "not_poor", persons: 1 }], { standard: "2021-2025" });
    const r = rollUpTallies(buildHierarchy(after), remapUnits(old.units, {}), { standard: "2021-2025" });
    expect(r.rejected.map((x) => x.unitCode)).toEqual(["C1-V1"]);
  });
  it("refuses to merge two standards under one new code", () => {
    const a = tallyRecords([{ unitCode: "A", standard: "2021-2025", kind: "not_poor", persons: 1 }], { standard: "2021-2025" });
    const b = tallyRecords([{ unitCode: "B", standard: "2016-2020", kind: "not_poor", persons: 1 }], { standard: "2016-2020" });
    const r = safeRemapUnits({ ...a.units, ...b.units }, { A: "N", B: "N" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("standard_mismatch");
  });
});

describe("deprivation and breakdown tables", () => {
  // shared/spec/reports.md, observed example: 204 poor households, 93 deprived in employment → 45.59%.
  const records: TallyRecord[] = [];
  for (let i = 0; i < 204; i++) {
    records.push({
      unitCode: "V",
      standard: "2021-2025",
      kind: "poor",
      persons: 4,
      deprivations: i < 93 ? ["employment", "telecom", "sanitation"] : ["dependants", "telecom", "sanitation"],
      causesOfPoverty: i < 51 ? ["land"] : ["capital"],
      ...(i < 10 ? { memberWithMerit: true } : {}),
    });
  }
  const t = tallyRecords(records, { standard: "2021-2025" }).units["V"]!;
  const rows = [{ code: "V", name: "Thôn", tally: t }];
  it("gives 45.59% for 93 of 204 poor households deprived in employment, columns in the standard's order", () => {
    const tab = deprivationTable(rows, { segment: "poor", measure: "rates" });
    expect(tab.columns.slice(2, 5).map((c) => c.key)).toEqual(["households", "employment", "dependants"]);
    expect(tab.rows[0]?.cells[3]).toEqual({ kind: "rate", rate: { value: "45.59" } });
    const counts = deprivationTable(rows, { segment: "poor" });
    expect(counts.rows[0]?.cells.at(-1)).toEqual({ kind: "count", value: 204 * 3 });
  });
  it("breaks the poor down by cause and target group, with shares of the poor", () => {
    const causes = breakdownTable(rows, { breakdown: "causes_of_poverty" });
    const i = causes.columns.findIndex((c) => c.key === "land.rate");
    expect(causes.rows[0]?.cells[i]).toEqual({ kind: "rate", rate: { value: "25.00" } }); // 51 / 204
    const groups = breakdownTable(rows, { breakdown: "target_groups" });
    const j = groups.columns.findIndex((c) => c.key === "memberWithMerit");
    expect(groups.rows[0]?.cells[j]).toEqual({ kind: "count", value: 10 });
  });
  it("shows no rate for a segment without households (near-poor here)", () => {
    const tab = deprivationTable(rows, { segment: "nearPoor", measure: "rates" });
    expect(tab.rows[0]?.cells[3]).toEqual({ kind: "rate", rate: { value: null, reason: "zero_total" } });
  });
  it("splits the poor by basis only under 2016–2020", () => {
    const old = tallyRecords(
      [
        { unitCode: "V", standard: "2016-2020", kind: "poor", poorBasis: "income", persons: 3 },
        { unitCode: "V", standard: "2016-2020", kind: "poor", poorBasis: "deprivation", persons: 5, deprivations: ["telecom", "sanitation", "housingArea"] },
        { unitCode: "V", standard: "2016-2020", kind: "poor", poorBasis: "deprivation", persons: 2, deprivations: ["telecom", "sanitation", "housingArea"] },
      ],
      { standard: "2016-2020" },
    ).units["V"]!;
    const tab = poorByBasisTable([{ code: "V", name: "Thôn", tally: old }]);
    const at = (k: string) => tab.rows[0]?.cells[tab.columns.findIndex((c) => c.key === k)];
    expect(at("households.poorByIncome.rate")).toEqual({ kind: "rate", rate: { value: "33.33" } });
    expect(at("persons.poorByDeprivation")).toEqual({ kind: "count", value: 7 });
    expect(summaryTable([{ code: "V", name: "Thôn", tally: old }]).columns.some((c) => c.key === "households.poorByIncome")).toBe(true);
    expect(deprivationTable([{ code: "V", name: "Thôn", tally: old }], { segment: "poorByDeprivation" }).rows[0]?.cells[2]).toEqual({ kind: "count", value: 2 });
    expect(() => poorByBasisTable(rows)).toThrow(PovertyError);
    expect(() => deprivationTable(rows, { segment: "poorByIncome" })).toThrow(PovertyError);
  });
  it("drops the middle-living columns under a standard that defines none (2027–2030)", () => {
    const t27 = tallyRecords([{ unitCode: "V", standard: "2027-2030", kind: "not_poor", persons: 2 }], { standard: "2027-2030" }).units["V"]!;
    expect(summaryTable([{ code: "V", name: "V", tally: t27 }]).columns.some((c) => c.key.includes("middleLiving"))).toBe(false);
  });
});

describe("streaming", () => {
  it("tallies an async iterable like the same records in an array", async () => {
    const records: TallyRecord[] = fc.sample(tallyRecord("2021-2025"), { numRuns: 200, seed: 1 });
    async function* stream() {
      for (const r of records) yield r;
    }
    const a = await tallyRecordsAsync(stream(), { standard: "2021-2025" });
    const b = tallyRecords(records, { standard: "2021-2025" });
    expect(a.counted).toBe(200);
    expect(Object.fromEntries(Object.entries(a.units).map(([k, v]) => [k, tallyToJson(v)]))).toEqual(Object.fromEntries(Object.entries(b.units).map(([k, v]) => [k, tallyToJson(v)])));
  });
  it("keeps at most maxRejected rejected records but counts them all", () => {
    const bad = Array.from({ length: 5 }, () => ({ unitCode: "", standard: "2021-2025", kind: "poor", persons: 1 }));
    const r = tallyRecords(bad, { standard: "2021-2025", maxRejected: 2 });
    expect(r.rejectedCount).toBe(5);
    expect(r.rejected.map((x) => x.index)).toEqual([0, 1]);
  });
  it("needs no unit rows to report a unit's own children", () => {
    const h = buildHierarchy(pre2025);
    const r = rollUpTallies(h, {}, { standard: "2021-2025" });
    expect(unitRows(r, "P").rows.map((x) => x.code)).toEqual(["D1", "D2"]);
    expect(() => unitRows(r, "nowhere")).toThrow(PovertyError);
  });
});
