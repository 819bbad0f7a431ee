// Reform impact: the same households under 2021–2025 and 2027–2030. Expected classes worked out by hand from the
// law: 2021–2025 (Decree 07/2021 Art. 3) lines 1,500,000 rural / 2,000,000 urban; 2027–2030 (Decree 351/2025 Art. 3)
// 2,200,000 / 2,800,000; poor from 3 deprivations under both, near-poor below; an indicator not answered is unknown.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  classifyByIncome,
  getStandard,
  layerLocalStandard,
  mergeReformImpacts,
  reformImpact,
  reformImpactFromJson,
  reformImpactTable,
  reformMatrixTable,
  renderText,
  safeMergeReformImpacts,
  safeReformImpact,
  safeReformImpactFromJson,
  isPovertyError,
  type ReformHousehold,
} from "../../src/index.js";

const K2021 = getStandard("2021-2025").indicators.map((i) => i.key);
/** All twelve 2021–2025 indicators answered, those listed deprived. */
const answered2021 = (...deprived: string[]) => Object.fromEntries(K2021.map((k) => [k, deprived.includes(k)]));

const H: readonly ReformHousehold[] = [
  // 1. poor under both: three kept indicators deprived
  { code: "H1", area: "rural", members: 4, income: { perCapitaMonthly: 1_400_000 }, indicators: answered2021("employment", "nutrition", "sanitation") },
  // 2. poor → undetermined: two of its three deprivations are gone (telecom changed, information access removed);
  //    1 known + 2 unknown (digital services, waste treatment) could still reach 3
  { code: "H2", area: "rural", members: 3, income: { perCapitaMonthly: 1_400_000 }, indicators: answered2021("employment", "telecom", "informationAccess") },
  // 3. not poor → near-poor: above 1,500,000, within 2,200,000; 0 known + 2 unknown < 3
  { code: "H3", area: "rural", members: 5, income: { annualTotal: 108_000_000, members: 5 }, indicators: answered2021() },
  // 4. not poor → undetermined: 2 known + 2 unknown could reach 3
  { code: "H4", area: "rural", members: 2, income: { perCapitaMonthly: 1_800_000 }, indicators: answered2021("employment", "nutrition") },
  // 5. one đồng above the 2027–2030 rural line: not poor under both
  { code: "H5", area: "rural", members: 1, income: { perCapitaMonthly: 2_200_001 }, indicators: {} },
  // 6. near-poor under both: urban, exactly at the 2021–2025 line, 2 deprivations, the new indicators answered "no"
  { code: "H6", area: "urban", members: 3, income: { monthlyTotal: 6_000_000, members: 3 }, indicators: { ...answered2021("employment", "nutrition"), digitalServices: false, wasteTreatment: false } },
  // 7. near-poor → poor: the added waste-treatment indicator is the third deprivation
  { code: "H7", area: "urban", members: 6, income: { perCapitaMonthly: 2_000_000 }, indicators: { ...answered2021("employment", "nutrition"), digitalServices: false, wasteTreatment: true } },
];

describe("reform impact 2021–2025 → 2027–2030", () => {
  const r = reformImpact({ from: "2021-2025", to: "2027-2030", unit: "T-01", households: H });

  it("classifies each household under both standards, never guessing the new indicators", () => {
    expect(r.changed).toEqual([
      { index: 1, code: "H2", from: "poor", to: "undetermined" },
      { index: 2, code: "H3", from: "not_poor", to: "near_poor" },
      { index: 3, code: "H4", from: "not_poor", to: "undetermined" },
      { index: 6, code: "H7", from: "near_poor", to: "poor" },
    ]);
    expect(r.counts).toEqual({ input: 7, ok: 7, rejected: 0 });
  });

  it("counts households and persons in each cell", () => {
    const h = r.impact.households;
    expect([h.poor.poor, h.poor.undetermined, h.not_poor.near_poor, h.not_poor.undetermined, h.not_poor.not_poor, h.near_poor.near_poor, h.near_poor.poor]).toEqual([1, 1, 1, 1, 1, 1, 1]);
    const p = r.impact.persons;
    expect([p.poor.poor, p.poor.undetermined, p.not_poor.near_poor, p.not_poor.undetermined, p.not_poor.not_poor, p.near_poor.near_poor, p.near_poor.poor]).toEqual([4, 3, 5, 2, 1, 3, 6]);
  });

  it("says which new indicators the undetermined households need", () => {
    expect(r.impact.missingUnderTo).toEqual({ digitalServices: 2, wasteTreatment: 2 });
  });

  it("gives each household the class classifyByIncome gives it (one rule), for any answers", () => {
    const keys = [...new Set([...K2021, ...getStandard("2027-2030").indicators.map((i) => i.key)])];
    fc.assert(
      fc.property(
        fc.constantFrom("rural" as const, "urban" as const),
        fc.integer({ min: 1_000_000, max: 3_000_000 }),
        fc.array(fc.constantFrom(0, 1, 2), { minLength: keys.length, maxLength: keys.length }),
        (area, amount, marks) => {
          const indicators: { [k: string]: boolean } = {};
          keys.forEach((k, i) => {
            if (marks[i] !== 2) indicators[k] = marks[i] === 1;
          });
          const one = reformImpact({ from: "2021-2025", to: "2027-2030", unit: "U", households: [{ area, members: 1, income: { perCapitaMonthly: amount }, indicators }] });
          for (const [side, id] of [["from", "2021-2025"], ["to", "2027-2030"]] as const) {
            const std = getStandard(id);
            const own = std.indicators.map((i) => i.key);
            const expected = classifyByIncome({
              standard: id,
              area,
              income: { perCapitaMonthly: amount },
              deprivations: own.filter((k) => indicators[k] === true),
              unknownIndicators: own.filter((k) => indicators[k] === undefined),
            }).outcome.kind;
            const cells = one.impact.households;
            const got = (["poor", "near_poor", "not_poor", "undetermined"] as const).find((c) =>
              side === "from" ? Object.values(cells[c]).some((n) => n === 1) : Object.values(cells).some((row) => row[c] === 1),
            );
            expect(got).toBe(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rejects bad households by position and counts the rest", () => {
    const bad = reformImpact({
      from: "2021-2025",
      to: "2027-2030",
      unit: "T-02",
      households: [
        H[0] as ReformHousehold,
        { code: "X1", area: "rural", members: 2, income: { perCapitaMonthly: -1 }, indicators: {} },
        { code: "X2", area: "rural", members: 2, income: { perCapitaMonthly: 1 }, indicators: { wasteTreatmnt: true } },
        { code: "X3", area: "rural", members: 2, income: { monthlyTotal: 1, members: 3 }, indicators: {} },
      ] as unknown as ReformHousehold[],
    });
    expect(bad.counts).toEqual({ input: 4, ok: 1, rejected: 3 });
    expect(bad.rejected.map((x) => [x.index, x.code, x.issues[0]?.code])).toEqual([
      [1, "X1", "too_small"],
      [2, "X2", "indicator_in_neither_standard"],
      [3, "X3", "income_members_mismatch"],
    ]);
  });

  it("an iterator that fails midway is an error that says how far it got, with the cause, and no partial impact", () => {
    function* broken(): Generator<ReformHousehold> {
      yield H[0] as ReformHousehold;
      throw new Error("disk");
    }
    let caught: unknown;
    try {
      reformImpact({ from: "2021-2025", to: "2027-2030", unit: "T-03", households: broken() });
    } catch (e) {
      caught = e;
    }
    expect(isPovertyError(caught) && caught.issues[0]).toMatchObject({ code: "households_unreadable", params: { counted: 1 } });
    expect((caught as Error).cause).toBeInstanceOf(Error);
  });

  it("refuses unknown standards and a missing unit", () => {
    const a = safeReformImpact({ from: "2021-2025", to: "2031-2035", unit: "T", households: [] });
    expect(!a.ok && a.issues[0]).toMatchObject({ code: "unknown_standard", path: ["to"] });
    const b = safeReformImpact({ from: "2021-2025", to: "2027-2030", unit: "", households: [] });
    expect(!b.ok && b.issues[0]?.path).toEqual(["unit"]);
  });
});

describe("merging, JSON and tables", () => {
  const v1 = reformImpact({ from: "2021-2025", to: "2027-2030", unit: "T-01", households: H.slice(0, 4) }).impact;
  const v2 = reformImpact({ from: "2021-2025", to: "2027-2030", unit: "T-02", households: H.slice(4) }).impact;
  const all = reformImpact({ from: "2021-2025", to: "2027-2030", unit: "X", households: H }).impact;

  it("merges villages into the commune: the same cells as one run over all households, in any order", () => {
    const m = mergeReformImpacts([v2, v1], "X");
    expect(m.households).toEqual(all.households);
    expect(m.persons).toEqual(all.persons);
    expect(m.units).toEqual(["T-01", "T-02"]);
    expect(JSON.stringify(mergeReformImpacts([v1, v2], "X"))).toBe(JSON.stringify(m));
  });

  it("refuses to count a unit twice or to merge different pairs of standards", () => {
    const twice = safeMergeReformImpacts([v1, mergeReformImpacts([v1, v2], "X")], "H");
    expect(!twice.ok && twice.issues[0]).toMatchObject({ code: "reform_units_overlap", params: { unit: "T-01" } });
    const other = reformImpact({ from: "2016-2020", to: "2021-2025", unit: "T-09", households: [] }).impact;
    const pair = safeMergeReformImpacts([v1, other], "H");
    expect(!pair.ok && pair.issues[0]?.code).toBe("reform_standards_differ");
  });

  it("round-trips through JSON, and refuses counts that are not counts", () => {
    expect(reformImpactFromJson(JSON.stringify(v1))).toEqual(v1);
    const tampered = JSON.parse(JSON.stringify(v1)) as { households: { poor: { poor: unknown } } };
    tampered.households.poor.poor = "1";
    expect(safeReformImpactFromJson(tampered).ok).toBe(false);
    const fewer = JSON.parse(JSON.stringify(v1)) as { persons: { poor: { poor: number } } };
    fewer.persons.poor.poor = 0;
    const r = safeReformImpactFromJson(fewer);
    expect(!r.ok && r.issues[0]?.code).toBe("reform_cells_inconsistent");
  });

  it("the per-unit table and the matrix", () => {
    const t = reformImpactTable(
      [
        { code: "T-01", name: "Thôn 1", impact: v1 },
        { code: "T-02", name: "Thôn 2", impact: v2 },
      ],
      { total: { code: "X", name: "Xã", impact: mergeReformImpacts([v1, v2], "X") } },
    );
    const byKey = (cells: readonly { kind: string; value?: unknown }[]) => Object.fromEntries(t.columns.map((c, i) => [c.key, cells[i]?.value]));
    expect(byKey(t.total?.cells ?? [])).toEqual({
      unit: "Xã",
      households: 7,
      poor_from: 2,
      poor_to: 2,
      near_poor_from: 2,
      near_poor_to: 2,
      into_lists: 1,
      out_of_lists: 0,
      between_lists: 1,
      undetermined_from: 0,
      undetermined_to: 2,
      persons_poor_from: 7,
      persons_poor_to: 10,
    });
    const m = reformMatrixTable(all);
    expect(m.rows.map((r) => r.cells.slice(1).map((c) => (c.kind === "count" ? c.value : null)))).toEqual([
      [1, 0, 0, 1, 2],
      [1, 1, 0, 0, 2],
      [0, 1, 1, 1, 3],
      [0, 0, 0, 0, 0],
    ]);
    expect(renderText(m)).toContain("Hộ cận nghèo");
    expect(renderText(reformMatrixTable(all, { locale: "en" }), { locale: "en" })).toContain("Near-poor");
  });
});

describe("a local standard on either side", () => {
  it("Đồng Nai 2022–2025 (poor from 2 deprivations, lines 2,000,000 / 2,500,000) against the national 2021–2025", () => {
    const dongNai = layerLocalStandard({
      id: "dong-nai-2022-2025",
      national: "2021-2025",
      authority: "UBND tỉnh Đồng Nai",
      title: { vi: "Chuẩn nghèo tỉnh Đồng Nai 2022–2025", en: "Đồng Nai 2022–2025" },
      instrument: { id: "Quyết định 32/2022/QĐ-UBND", kind: "local", title: { vi: "…", en: "…" } },
      incomeLines: { rural: { incomeLine: 2_000_000 }, urban: { incomeLine: 2_500_000 } },
      poorDeprivationCount: { value: 2 },
    });
    const r = reformImpact({ from: "2021-2025", to: dongNai, unit: "T", households: H });
    // H4 (1,800,000, 2 deprivations, all answered): not poor nationally, poor under Đồng Nai's standard
    expect(r.impact.households.not_poor.poor).toBe(1);
    // H6 and H7 answer 2027–2030 indicators, which neither standard has: refused, not ignored
    expect(r.rejected.map((x) => [x.code, x.issues[0]?.code])).toEqual([
      ["H6", "indicator_in_neither_standard"],
      ["H7", "indicator_in_neither_standard"],
    ]);
    // an urban household at 2,000,000 with 2 deprivations: near-poor nationally, poor under Đồng Nai's standard
    const urban = reformImpact({ from: "2021-2025", to: dongNai, unit: "T", households: [{ area: "urban", members: 3, income: { perCapitaMonthly: 2_000_000 }, indicators: answered2021("employment", "nutrition") }] });
    expect(urban.impact.households.near_poor.poor).toBe(1);
    expect(r.impact.to).toBe("dong-nai-2022-2025");
  });
});
