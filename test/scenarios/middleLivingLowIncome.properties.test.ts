// Properties of the middle-living and low-income-worker rules against an oracle written from the law's numbers
// (spec/standards.md, 2021–2025: rural line 1,500,000, middle-living ceiling 2,250,000; urban 2,000,000 and
// 3,000,000; low-income workers from 24/02/2025 with the same ceilings; income over 12 months, state allowances
// excluded), not from the code under test.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyLowIncomeWorker, classifyMiddleLiving } from "../../src/index.js";

const LAW = {
  rural: { line: 1_500_000, ceiling: 2_250_000 },
  urban: { line: 2_000_000, ceiling: 3_000_000 },
} as const;

const area = fc.constantFrom("rural" as const, "urban" as const);
const members = fc.integer({ min: 1, max: 12 });
const income = fc.integer({ min: 0, max: 600_000_000 });
const allowances = fc.integer({ min: 0, max: 30_000_000 });

describe("middle-living households (Decree 07/2021/NĐ-CP; Decision 24/2021/QĐ-TTg Art. 2)", () => {
  it("a farm household is middle-living exactly when line < income per person per month ≤ ceiling", () => {
    fc.assert(
      fc.property(area, members, income, allowances, (a, m, total, allow) => {
        const net = Math.max(0, total - allow);
        const r = classifyMiddleLiving({ standard: "2021-2025", area: a, members: m, income12Months: { total: net + allow, stateAllowances: allow }, agriculturalSectors: ["agriculture"] });
        const expected = net > LAW[a].line * 12 * m && net <= LAW[a].ceiling * 12 * m;
        return (r.outcome.kind === "middle_living") === expected;
      }),
      { numRuns: 400 },
    );
  });

  it("state allowances are excluded: adding them to the total never changes the outcome", () => {
    fc.assert(
      fc.property(area, members, income, allowances, (a, m, net, allow) => {
        const base = classifyMiddleLiving({ standard: "2021-2025", area: a, members: m, income12Months: { totalExcludingAllowances: net }, agriculturalSectors: ["fishery"] });
        const withAllow = classifyMiddleLiving({ standard: "2021-2025", area: a, members: m, income12Months: { total: net + allow, stateAllowances: allow }, agriculturalSectors: ["fishery"] });
        return JSON.stringify(base.outcome) === JSON.stringify(withAllow.outcome);
      }),
      { numRuns: 300 },
    );
  });

  it("a household outside agriculture, forestry, fishery and salt is never middle-living", () => {
    fc.assert(
      fc.property(area, members, income, (a, m, net) => {
        const r = classifyMiddleLiving({ standard: "2021-2025", area: a, members: m, income12Months: { totalExcludingAllowances: net }, agriculturalSectors: [] });
        return r.outcome.kind !== "middle_living";
      }),
      { numRuns: 200 },
    );
  });

  it("boundaries: exactly at the ceiling is middle-living, one đồng over is not; exactly at the line is not", () => {
    const at = (perPerson: number, m = 3) =>
      classifyMiddleLiving({ standard: "2021-2025", area: "rural", members: m, income12Months: { totalExcludingAllowances: perPerson * 12 * m }, agriculturalSectors: ["agriculture"] }).outcome.kind;
    expect(at(2_250_000)).toBe("middle_living");
    expect(at(1_500_000)).toBe("not_middle_living");
    expect(
      classifyMiddleLiving({ standard: "2021-2025", area: "rural", members: 3, income12Months: { totalExcludingAllowances: 2_250_000 * 36 + 1 }, agriculturalSectors: ["agriculture"] }).outcome.kind,
    ).toBe("not_middle_living");
  });
});

describe("low-income workers (Decree 30/2025/NĐ-CP, from 24/02/2025)", () => {
  it("a worker in a not-poor household is a low-income worker exactly when income per person per month ≤ ceiling", () => {
    fc.assert(
      fc.property(area, members, income, (a, m, net) => {
        const r = classifyLowIncomeWorker({ standard: "2021-2025", area: a, decisionDate: "2025-06-01", householdClass: "not_poor", members: m, income12Months: { totalExcludingAllowances: net } });
        return (r.outcome.kind === "low_income_worker") === (net <= LAW[a].ceiling * 12 * m);
      }),
      { numRuns: 400 },
    );
  });

  it("never for a poor or near-poor household, and never before 24/02/2025", () => {
    fc.assert(
      fc.property(area, members, income, fc.constantFrom("poor" as const, "near_poor" as const), (a, m, net, cls) => {
        const r = classifyLowIncomeWorker({ standard: "2021-2025", area: a, decisionDate: "2025-06-01", householdClass: cls, members: m, income12Months: { totalExcludingAllowances: net } });
        return r.outcome.kind !== "low_income_worker";
      }),
      { numRuns: 200 },
    );
    const before = classifyLowIncomeWorker({ standard: "2021-2025", area: "rural", decisionDate: "2025-02-23", householdClass: "not_poor", members: 1, income12Months: { totalExcludingAllowances: 0 } });
    const on = classifyLowIncomeWorker({ standard: "2021-2025", area: "rural", decisionDate: "2025-02-24", householdClass: "not_poor", members: 1, income12Months: { totalExcludingAllowances: 0 } });
    expect(before.outcome.kind).toBe("not_in_force");
    expect(on.outcome.kind).toBe("low_income_worker");
  });
});
