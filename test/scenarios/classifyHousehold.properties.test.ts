// Properties of classification from scores: monotone in B1 and in deprivations; agreement with classifyByIncome at
// the score–income equivalences of ../shared/spec/forms.md and seed 002 (2022–2025: 140 ≡ 1,500,000 rural,
// 175 ≡ 2,000,000 urban; 2016–2020: 120 ≡ 700,000 and 150 ≡ 1,000,000 rural, 140 ≡ 900,000 and 175 ≡ 1,300,000
// urban); the batch agrees with the single-record function.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyByIncome, classifyHouseholds, classifyHousehold, safeClassifyHousehold, type Area, type ClassifyHouseholdInput } from "../../src/index.js";

const RANK = { not_poor: 0, near_poor: 1, poor: 2 } as const;
function rank(kind: string): number {
  return kind in RANK ? RANK[kind as keyof typeof RANK] : -1;
}
const standards = fc.constantFrom("2016-2020", "2021-2025");
const area = fc.constantFrom<Area>("rural", "urban");
const maxD = (s: string) => (s === "2016-2020" ? 10 : 12);

describe("classifyHousehold properties", () => {
  it("a higher B1 never makes a household poorer", () => {
    fc.assert(
      fc.property(standards, area, fc.nat(300), fc.nat(50), fc.nat(12), (s, a, b1, up, d) => {
        const dd = Math.min(d, maxD(s));
        const lo = classifyHousehold({ standard: s, area: a, b1, b2: dd * 10 }).outcome;
        const hi = classifyHousehold({ standard: s, area: a, b1: b1 + up, b2: dd * 10 }).outcome;
        expect(rank(hi.kind)).toBeLessThanOrEqual(rank(lo.kind));
      }),
    );
  });

  it("one more deprivation never makes a household less poor", () => {
    fc.assert(
      fc.property(standards, area, fc.nat(300), fc.nat(11), (s, a, b1, d) => {
        fc.pre(d + 1 <= maxD(s));
        const lo = classifyHousehold({ standard: s, area: a, b1, b2: d * 10 }).outcome;
        const hi = classifyHousehold({ standard: s, area: a, b1, b2: (d + 1) * 10 }).outcome;
        expect(rank(hi.kind)).toBeGreaterThanOrEqual(rank(lo.kind));
      }),
    );
  });

  // The equivalence pairs, written out from the spec: [standard, area, score, income].
  const PAIRS: [string, Area, number, number][] = [
    ["2021-2025", "rural", 140, 1_500_000],
    ["2021-2025", "urban", 175, 2_000_000],
    ["2016-2020", "rural", 120, 700_000],
    ["2016-2020", "rural", 150, 1_000_000],
    ["2016-2020", "urban", 140, 900_000],
    ["2016-2020", "urban", 175, 1_300_000],
  ];

  it.each(PAIRS)("%s %s: B1 %i behaves like income %i, and cut-off + 1 like line + 1", (s, a, score, income) => {
    for (let d = 0; d <= maxD(s); d++) {
      for (const [b1, inc] of [
        [score, income],
        [score + 1, income + 1],
        [score - 1, income - 1],
      ] as const) {
        const byScore = classifyHousehold({ standard: s, area: a, b1, b2: d * 10 }).outcome;
        const byIncome = classifyByIncome({ standard: s, area: a, income: { perCapitaMonthly: inc }, deprivationCount: d }).outcome;
        expect(byScore.kind).toBe(byIncome.kind);
        if (byScore.kind === "poor" && byIncome.kind === "poor") expect(byScore.basis).toBe(byIncome.basis);
      }
    }
  });

  it("the batch gives each record the outcome and issues of safeClassifyHousehold, and loses none", () => {
    const record = fc.record(
      {
        standard: fc.constantFrom("2016-2020", "2021-2025", "2027-2030", "1999-2000"),
        area: fc.constantFrom("rural", "urban", "mountain"),
        b1: fc.oneof(fc.integer({ min: -5, max: 300 }), fc.double({ min: 0, max: 300, noNaN: true }), fc.constant("140")),
        b2: fc.oneof(fc.integer({ min: -10, max: 130 }), fc.constant(25)),
        formA: fc.record({ reviewed: fc.constantFrom(0, 1), criteria: fc.array(fc.constantFrom(0, 1), { maxLength: 12 }) }),
        code: fc.constantFrom("HH-001", "HH-002"),
      },
      { requiredKeys: ["standard", "area"] },
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (recs) => {
        const r = classifyHouseholds(recs as unknown as ClassifyHouseholdInput[]);
        expect(r.counts.input).toBe(recs.length);
        expect(r.counts.ok + r.counts.rejected).toBe(recs.length);
        expect(r.outcomes.length).toBe(recs.length);
        recs.forEach((rec, i) => {
          const { code: _code, ...fields } = rec;
          const single = safeClassifyHousehold(fields as unknown as ClassifyHouseholdInput);
          if (single.ok) expect(r.outcomes.at(i)).toEqual(single.value.outcome);
          else {
            expect(r.outcomes.at(i)).toBeNull();
            expect(r.rejected.find((x) => x.index === i)?.issues).toEqual(single.issues);
          }
        });
      }),
    );
  });

  it("batch with explanations returns the same decisions as classifyHousehold", () => {
    const recs: ClassifyHouseholdInput[] = [
      { standard: "2021-2025", area: "rural", b1: 138, b2: 20 },
      { standard: "2016-2020", area: "urban", b1: 150, b2: 40 },
    ];
    const r = classifyHouseholds(recs, { explain: true });
    expect(r.decisions?.[0]).toEqual(classifyHousehold(recs[0] as ClassifyHouseholdInput));
    expect(r.decisions?.[1]?.outcome).toEqual({ kind: "poor", basis: "deprivation" });
  });
});
