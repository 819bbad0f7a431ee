// Households that the one-pass run's fast reader hands to the full path (income given beside a `region`, which only
// the B1 score reads) must be counted exactly as the fast reader counts them. Report part 6's mutation run found no
// test that counted such a household. Lines from shared/spec/standards.md: 2021–2025 rural income line 1,500,000
// đồng, middle-living up to 2,250,000; poor needs D ≥ 3, near-poor D < 3. 2016–2020 rural line 700,000 (poor by
// income whatever D), near-poor up to 1,000,000; no middle-living band.
import { describe, expect, it } from "vitest";
import { classifyAndTally } from "./classifyAndTally.js";

describe("classifyAndTally: households the full path reads are counted like the rest", () => {
  it("2021–2025: poor, near-poor, middle-living and plain not-poor, by hand", () => {
    const v = { unitCode: "V", standard: "2021-2025", area: "rural", region: "north" };
    const households = [
      { ...v, persons: 4, income: { perCapitaMonthly: 1_000_000 }, deprivations: ["employment", "nutrition", "sanitation"] },
      { ...v, persons: 3, income: { perCapitaMonthly: 1_500_000 }, deprivationCount: 2 },
      { ...v, persons: 2, income: { perCapitaMonthly: 2_250_000 }, deprivationCount: 0, middleLiving: true },
      { ...v, persons: 5, income: { perCapitaMonthly: 2_000_000 }, deprivationCount: 0 },
    ];
    const r = classifyAndTally(households, { standard: "2021-2025" });
    expect([r.counted, r.rejectedCount]).toEqual([4, 0]);
    const t = r.units["V"];
    expect(t?.households).toMatchObject({ total: 4, poor: 1, nearPoor: 1, notPoor: 2, middleLiving: 1 });
    expect(t?.persons).toMatchObject({ total: 14, poor: 4, nearPoor: 3, notPoor: 7, middleLiving: 2 });
    const dep = t?.segments.poor?.deprivations ?? {};
    expect(Object.entries(dep).filter(([, n]) => n > 0).sort()).toEqual([["employment", 1], ["nutrition", 1], ["sanitation", 1]]);
    // the same households without `region` go through the fast reader: the same tally, byte for byte
    const fast = classifyAndTally(households.map(({ region: _r, ...h }) => h), { standard: "2021-2025" });
    expect(JSON.stringify(fast.units)).toBe(JSON.stringify(r.units));
  });

  it("2016–2020 (no middle-living band): a household with no middleLiving flag is counted, not refused", () => {
    const v = { unitCode: "V", standard: "2016-2020", area: "rural", region: "north" };
    const r = classifyAndTally(
      [
        { ...v, persons: 3, income: { perCapitaMonthly: 700_000 }, deprivationCount: 0 },
        { ...v, persons: 2, income: { perCapitaMonthly: 1_000_001 }, deprivationCount: 0 },
      ],
      { standard: "2016-2020" },
    );
    expect([r.counted, r.rejectedCount]).toEqual([2, 0]);
    expect(r.units["V"]?.households).toMatchObject({ total: 2, poor: 1, poorByIncome: 1, notPoor: 1 });
  });
});
