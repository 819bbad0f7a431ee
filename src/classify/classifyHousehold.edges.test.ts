// classifyHousehold at its edges: forms whose rule the standard lacks, a local standard without B1 cut-offs, the
// steps shared between decisions (built once per standard, frozen), and the fast validators' bounds. Numbers from
// ../shared/spec/forms.md: 2022–2025 B1 ≤ 140 rural, B2 ≥ 30 (Circular 07/2021); 2016–2020 has no Phiếu A;
// 2027–2030's B1 cut-offs were not found.
import { describe, expect, it } from "vitest";
import { classifyHousehold, layerLocalStandard, screenFormA } from "../index.js";
import { caught } from "../../test/_lib/issues.js";
import { exampleLocal } from "../../test/fixtures/localStandard.js";
import { MAX_MEMBERS, MAX_MONEY, isMembers, isMoney, membersSchema, moneySchema, readIncome, type IncomeReading } from "./_schemas.js";
import { classifyByIncomeSchema } from "./classifyByIncome.js";

const nine = (e: number) => Array.from({ length: 9 }, (_, i) => (i < e ? 1 : 0) as 0 | 1);
const step = (d: { explanation: { steps: readonly { rule: string }[] } }, rule: string) => d.explanation.steps.find((s) => s.rule === rule);

describe("Phiếu A under a standard without its rule", () => {
  it("2027–2030 has no Phiếu A rule (nor B1 cut-offs): the form's score says the rule was not found", () => {
    const d = classifyHousehold({ standard: "2027-2030", area: "rural", formA: { reviewed: 1, criteria: nine(5) }, b1: 100 });
    expect(d.outcome.kind).toBe("rule_not_found");
    expect(d.scores.formA).toEqual({ kind: "rule_not_found", reason: "form_a_rule_not_found", standard: "2027-2030" });
  });

  it("a local standard without B1 cut-offs: Phiếu A is still scored, as screenFormA scores it", () => {
    const s = layerLocalStandard({ ...exampleLocal("tinh-x", "2021-2025"), incomeLines: { rural: { incomeLine: 1_600_000 } } });
    for (const e of [3, 4]) {
      const formA = { reviewed: 1 as const, criteria: nine(e) };
      const d = classifyHousehold({ standard: s, area: "rural", formA, b1: 100 });
      expect(d.outcome.kind).toBe("rule_not_found");
      // E ≥ 4 of 9 stops at Phiếu A (commune guide 003); E = 3 goes on to Phiếu B
      expect(d.scores.formA).toEqual(screenFormA({ standard: s, ...formA }).outcome);
      expect(d.scores.formA?.kind).toBe(e === 4 ? "stop" : "score_on_form_b");
    }
  });
});

describe("a rule not found", () => {
  it("decisions without a rule share their outcome step, and are named classify_household", () => {
    const a = classifyHousehold({ standard: "2027-2030", area: "rural", b1: 100 });
    const b = classifyHousehold({ standard: "2027-2030", area: "rural", b1: 200 });
    expect(a.outcome.kind).toBe("rule_not_found");
    expect(step(a, "outcome")).toBe(step(b, "outcome"));
    expect(a.explanation.decision).toBe("classify_household");
  });
});

describe("a local standard that raised its line without B1 cut-offs", () => {
  it("the rule step says the cut-off is missing locally", () => {
    const s = layerLocalStandard({ ...exampleLocal("tinh-x", "2021-2025"), incomeLines: { rural: { incomeLine: 1_600_000 } } });
    const d = classifyHousehold({ standard: s, area: "rural", b1: 100, b2: 40 });
    expect(d.outcome).toMatchObject({ kind: "rule_not_found" });
    expect(step(d, "scoring.rule")).toMatchObject({ code: "local_b1_cutoff_not_found", params: { standard: "tinh-x", area: "rural", local: true }, result: false });
    const national = classifyHousehold({ standard: "2027-2030", area: "rural", b1: 100, b2: 40 });
    expect(step(national, "scoring.rule")).toMatchObject({ code: "b1_cutoff_not_found", params: { local: false } });
  });
});

describe("the outcome step", () => {
  it("no form given: undetermined at B1 (the cascade stops at the first missing part), no 'what would change'", () => {
    const d = classifyHousehold({ standard: "2021-2025", area: "rural" } as never);
    expect(d.outcome).toEqual({ kind: "undetermined", missing: ["b1"] });
    expect(step(d, "outcome")).toMatchObject({ params: { missing: "b1" }, result: "undetermined" });
    expect(step(d, "what_would_change")).toBeUndefined();
  });

  it("is shared by decisions with the same outcome and provisions, and frozen; 'what would change' likewise", () => {
    const a = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140, b2: 30 });
    const b = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 100, b2: 40 });
    expect(a.outcome.kind).toBe("poor");
    expect(step(a, "outcome")).toBe(step(b, "outcome"));
    expect(Object.isFrozen(step(a, "outcome"))).toBe(true);
    const change = step(a, "what_would_change") as unknown as { result: unknown; children?: readonly unknown[] };
    expect(change.result).toBe(true);
    const c = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140, b2: 30 });
    expect(step(c, "what_would_change")).toBe(change);
    expect((step(c, "what_would_change") as { children?: readonly unknown[] }).children?.[0]).toBe(change.children?.[0]);
  });

  it("names itself when it throws", () => {
    expect(caught(() => classifyHousehold({ standard: "2021-2025", area: "rural", b1: -1 })).details).toMatchObject({ function: "classifyHousehold" });
  });
});

describe("the fast validators agree with the schemas at their bounds", () => {
  it.each([0, 1, MAX_MONEY, MAX_MONEY + 1, -1, 1.5, "5", Number.NaN])("money %s", (v) => {
    expect(isMoney(v)).toBe(moneySchema.safeParse(v).success);
  });
  it.each([0, 1, MAX_MEMBERS, MAX_MEMBERS + 1, 2.5, "5"])("members %s", (v) => {
    expect(isMembers(v)).toBe(membersSchema.safeParse(v).success);
  });
  it.each([
    // [income, what readIncome reads (undefined: declined)]
    [{ perCapitaMonthly: 1_500_000 }, { amount: 1_500_000, months: 1, persons: 1, perCapita: true }],
    [{ perCapitaMonthly: 0, members: undefined }, { amount: 0, months: 1, persons: 1, perCapita: true }],
    [{ monthlyTotal: 6_000_000, members: 4 }, { amount: 6_000_000, months: 1, persons: 4, perCapita: false }],
    [{ annualTotal: 72_000_000, members: MAX_MEMBERS }, { amount: 72_000_000, months: 12, persons: MAX_MEMBERS, perCapita: false }],
    [{ monthlyTotal: undefined, annualTotal: MAX_MONEY, members: 1 }, { amount: MAX_MONEY, months: 12, persons: 1, perCapita: false }],
    [{ perCapitaMonthly: 1, members: 2 }, undefined],
    [{ monthlyTotal: 1 }, undefined],
    [{ perCapitaMonthly: 1, monthlyTotal: 1, members: 1 }, undefined],
    [{ members: 1 }, undefined],
    [{}, undefined],
    [{ perCapitaMonthly: 1, currency: undefined }, undefined],
    [{ perCapitaMonthly: MAX_MONEY + 1 }, undefined],
    [{ monthlyTotal: 1, members: MAX_MEMBERS + 1 }, undefined],
    [Object.assign(Object.create({ monthlyTotal: 5 }) as object, { perCapitaMonthly: 1 }), undefined],
    [[1], undefined],
    [null, undefined],
  ])("income %j: read when the schema accepts it, with the quantity of the definitions", (income, expected) => {
    const out: IncomeReading = { amount: -1, months: -1, persons: -1, perCapita: false };
    const read = readIncome(income, out);
    expect(read ? out : undefined).toEqual(expected);
    // whatever it reads, the schema accepts (a decline leaves the schema to decide)
    if (read) expect(classifyByIncomeSchema.safeParse({ standard: "2021-2025", area: "rural", income }).success).toBe(true);
    else if (expected === undefined && !(typeof income === "object" && income !== null && Object.getPrototypeOf(income) !== Object.prototype && !Array.isArray(income))) {
      expect(classifyByIncomeSchema.safeParse({ standard: "2021-2025", area: "rural", income }).success).toBe(false);
    }
  });
  it("the bounds: money up to 10^12 đồng, members 1 to 1000 (sanity bounds, not legal values)", () => {
    expect([isMoney(MAX_MONEY), isMoney(MAX_MONEY + 1), isMembers(MAX_MEMBERS), isMembers(MAX_MEMBERS + 1)]).toEqual([true, false, true, false]);
  });
});
