import { describe, expect, it } from "vitest";
import { PovertyError, classifyHousehold, classifyHouseholds, safeClassifyHousehold, whatWouldChange, type ClassifyHouseholdInput } from "../index.js";

const nine = (e: number) => Array.from({ length: 9 }, (_, i) => (i < e ? 1 : 0) as 0 | 1);

describe("classifyHousehold: bad input", () => {
  it.each([
    ["too_small", { b1: -1 }, ["b1"]],
    ["invalid_type", { b1: 140.5 }, ["b1"]],
    ["invalid_type", { b1: "140" }, ["b1"]],
    ["b2_not_multiple_of_points", { b1: 100, b2: 25 }, ["b2"]],
    ["b2_above_maximum", { b1: 100, b2: 130 }, ["b2"]],
    ["too_many_deprivations", { b1: 100, b2: { deprivationCount: 13 } }, ["b2", "deprivationCount"]],
    ["indicator_of_other_standard", { b1: 100, b2: { deprivations: ["healthcareAccess"] } }, ["b2", "deprivations", 0]],
    ["wrong_criteria_count", { formA: { reviewed: 1, criteria: [1, 0, 0] } }, ["formA", "criteria"]],
    ["unrecognized_keys", { b3: 1 }, []],
  ])("→ %s", (code, extra, path) => {
    const r = safeClassifyHousehold({ standard: "2021-2025", area: "rural", ...(extra as object) } as ClassifyHouseholdInput);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]).toMatchObject({ code, path });
      expect(r.issues[0]?.message.vi.length).toBeGreaterThan(0);
      expect(r.issues[0]?.message.en.length).toBeGreaterThan(0);
    }
  });

  it("the throwing variant throws PovertyError invalid_input with the same issues", () => {
    try {
      classifyHousehold({ standard: "2021-2025", area: "rural", b1: -1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PovertyError);
      expect((e as PovertyError).code).toBe("invalid_input");
      expect((e as PovertyError).issues[0]?.path).toEqual(["b1"]);
    }
  });

  it("unknown standards are issues", () => {
    const r = safeClassifyHousehold({ standard: "1999-2000", area: "rural", b1: 1 });
    expect(!r.ok && r.issues[0]?.code).toBe("unknown_standard");
  });
});

describe("classifyHousehold: explanation", () => {
  it("names each form item with actual and expected values, cites the law, and reads every value from the data", () => {
    const { explanation, scores } = classifyHousehold({ standard: "2021-2025", area: "rural", formA: { reviewed: 1, criteria: nine(2) }, b1: 138, b2: 20 });
    const codes = explanation.steps.map((s) => s.code);
    expect(codes).toEqual(["standard_applied", "form_a_reviewed", "form_a_criteria_count", "form_a_score_on_form_b", "b1_paper_total", "b1_at_or_below_cutoff", "b2_total", "b2_below_threshold", "what_would_change", "household_near_poor"]);
    const b1 = explanation.steps.find((s) => s.code === "b1_at_or_below_cutoff");
    expect(b1).toMatchObject({ actual: 138, expected: "≤ 140", result: true });
    expect(b1?.citations[0]).toMatchObject({ instrument: "Thông tư 07/2021/TT-BLĐTBXH", item: "Phiếu B, phần B1" });
    expect(b1?.message.vi).toContain("B1 = 138 ≤ 140");
    const b2 = explanation.steps.find((s) => s.code === "b2_below_threshold");
    expect(b2).toMatchObject({ actual: 20, expected: "≥ 30", result: false });
    expect(explanation.valuesRead.map((v) => `${v.key}=${String(v.value)}`)).toEqual([
      "scoring.formA.stopAtOrAbove=4",
      "scoring.formA.criteriaCount=9",
      "scoring.b1.rural.cutoff=140",
      "scoring.b2.pointsPerIndicator=10",
      "scoring.b2.poorAtOrAbove=30",
    ]);
    expect(explanation.summary.en).toContain("near-poor");
    expect(scores).toEqual({ formA: { kind: "score_on_form_b", total: 2, code: 1 }, b1: { kind: "scored", total: 138, source: "paper_total", items: [] }, b2: { kind: "scored", total: 20, count: 2 } });
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
  });

  it("B1 above the cut-off: B2 is not scored and the explanation says so", () => {
    const { explanation } = classifyHousehold({ standard: "2021-2025", area: "urban", b1: 176, b2: 50 });
    expect(explanation.steps.map((s) => s.code)).toContain("b2_not_needed");
    expect(explanation.steps.map((s) => s.code)).not.toContain("b2_total");
  });

  it("2027–2030 refuses with a clear reason in both languages", () => {
    const { explanation } = classifyHousehold({ standard: "2027-2030", area: "rural", b1: 100 });
    expect(explanation.steps[1]?.code).toBe("b1_cutoff_not_found");
    expect(explanation.summary.vi).toContain("classifyByIncome");
    expect(explanation.summary.en).toContain("no sourced B1/B2 cut-off");
  });
});

describe("whatWouldChange", () => {
  it("B1 = 138: 2 points under 140; 3 more points would make the household not poor (the issue's example)", () => {
    const c = whatWouldChange({ standard: "2021-2025", area: "rural", b1: 138, b2: 20 }).changes;
    expect(c.map((x) => [x.code, x.params])).toEqual([
      ["b1_points_to_not_poor", { b1: 138, cutoff: 140, under: 2, more: 3 }],
      ["deprivations_to_poor", { b2: 20, count: 2, more: 1 }],
    ]);
    expect(c[0]?.message.en).toBe("B1 = 138: 2 points under the cut-off 140; 3 more points would make the household not poor (neither poor nor near-poor).");
    expect(c[1]?.message.en).toBe("B2 = 20 (2 deprived): one more deprivation would make the household poor.");
    expect(c[1]?.message.vi).toBe("B2 = 20 (2 chỉ số thiếu hụt): thiếu hụt thêm 1 chỉ số thì hộ là hộ nghèo.");
  });

  it("poor with 3 deprivations: removing 1 would make it near-poor", () => {
    const c = whatWouldChange({ standard: "2021-2025", area: "urban", b1: 175, b2: 30 }).changes;
    expect(c.map((x) => [x.code, x.params])).toEqual([
      ["b1_points_to_not_poor", { b1: 175, cutoff: 175, under: 0, more: 1 }],
      ["deprivations_to_near_poor", { b2: 30, count: 3, fewer: 1 }],
    ]);
  });

  it("B1 above: points back to the cut-off; Phiếu A screened out: criteria to remove", () => {
    expect(whatWouldChange({ standard: "2021-2025", area: "rural", b1: 145 }).changes.map((x) => x.params)).toEqual([{ b1: 145, cutoff: 140, over: 5 }]);
    expect(whatWouldChange({ standard: "2021-2025", area: "rural", formA: { reviewed: 1, criteria: nine(5) } }).changes.map((x) => [x.code, x.params])).toEqual([["form_a_criteria_to_form_b", { total: 5, stopAt: 4, fewer: 2 }]]);
  });

  it("2016–2020: the poverty cut-off first, as the law states it (Circular 17/2016 as amended by Circular 14/2018)", () => {
    // B1 118 ≤ 120: poor by income; the rule does not go on to the upper cut-off, so nothing is said about it
    const poor = whatWouldChange({ standard: "2016-2020", area: "rural", b1: 118 }).changes;
    expect(poor.map((x) => [x.code, x.params])).toEqual([["b1_points_out_of_income_poverty", { b1: 118, poorByIncome: 120, under: 2, more: 3 }]]);
    // 120 < B1 130 ≤ 150: both cut-offs were compared, the poverty one first
    const band = whatWouldChange({ standard: "2016-2020", area: "rural", b1: 130 }).changes;
    expect(band.map((x) => [x.code, x.params])).toEqual([
      ["b1_points_to_income_poverty", { b1: 130, poorByIncome: 120, over: 10 }],
      ["b1_points_to_not_poor", { b1: 130, cutoff: 150, under: 20, more: 21 }],
    ]);
  });
});

describe("classifyHouseholds", () => {
  it("ends at any truthy `done` of its iterator, as for…of does (1 ends it, 0 does not)", () => {
    const rec = { code: "HH-001", standard: "2021-2025", area: "rural", b1: 140, b2: 30 };
    const steps = [{ done: 0, value: rec }, { done: 1, value: rec }, { done: false, value: rec }];
    const source = {
      [Symbol.iterator]() {
        let i = 0;
        return { next: () => (i < steps.length ? steps[i++] : { done: true, value: undefined }) };
      },
    } as unknown as Iterable<ClassifyHouseholdInput>;
    expect(classifyHouseholds(source).counts.input).toBe(1);
  });

  it("reports bad records by index with their issues and the household code; keeps the rest", () => {
    const recs = [
      { code: "HH-001", standard: "2021-2025", area: "rural", b1: 140, b2: 30 },
      { code: "HH-002", standard: "2021-2025", area: "rural", b1: -3 },
      { code: "HH-003", standard: "2016-2020", area: "urban", b1: 140 },
      { code: "HH-004", standard: "2021-2025", area: "rural", b1: 140 },
    ] as unknown as ClassifyHouseholdInput[];
    const r = classifyHouseholds(recs);
    expect([...r.outcomes]).toEqual([{ kind: "poor", basis: "income_and_deprivation" }, null, { kind: "poor", basis: "income" }, { kind: "undetermined", missing: ["b2"] }]);
    expect(r.rejected.map((x) => [x.index, x.code, x.issues[0]?.code])).toEqual([[1, "HH-002", "too_small"]]);
    expect(r.counts).toEqual({ input: 4, ok: 3, rejected: 1, poor: 2, near_poor: 0, not_poor: 0, undetermined: 1, rule_not_found: 0 });
    expect(r.decisions).toBeUndefined();
    expect(r.outcomes.at(9)).toBeUndefined();
  });

  it("takes any iterable, and grows past its first buffer", () => {
    function* gen() {
      for (let i = 0; i < 3000; i++) yield { standard: "2021-2025", area: "urban", b1: 176 } as ClassifyHouseholdInput;
    }
    const r = classifyHouseholds(gen());
    expect(r.counts).toMatchObject({ input: 3000, not_poor: 3000 });
    expect(r.outcomes.at(2999)).toEqual({ kind: "not_poor", reason: "b1_above_cutoff", screenedOut: false });
  });

  it("a non-iterable is a programmer error", () => {
    expect(() => classifyHouseholds(42 as unknown as ClassifyHouseholdInput[])).toThrow(PovertyError);
  });
});

describe("classifyHousehold: steps only for what was given, outcomes shared", () => {
  it("B1 145 above the rural cut-off 140: a B2 step saying it is not needed only when B2 was given", () => {
    const rules = (b2?: number) => classifyHousehold({ standard: "2021-2025", area: "rural", b1: 145, ...(b2 === undefined ? {} : { b2 }) }).explanation.steps.map((s) => s.rule);
    expect(rules()).toEqual(["standard.applied", "form_a.absent", "b1.total", "b1.at_or_below_cutoff", "what_would_change", "outcome"]);
    expect(rules(20)).toEqual(["standard.applied", "form_a.absent", "b1.total", "b1.at_or_below_cutoff", "b2.not_needed", "what_would_change", "outcome"]);
  });

  it("2027–2030 (no sourced B1 cut-off): one frozen rule-not-found outcome per standard, whatever the area or score", () => {
    const a = classifyHousehold({ standard: "2027-2030", area: "rural", b1: 145 }).outcome;
    const b = classifyHousehold({ standard: "2027-2030", area: "urban", b1: 100 }).outcome;
    expect(a).toEqual({ kind: "rule_not_found", reason: "b1_cutoff_not_found", standard: "2027-2030" });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
