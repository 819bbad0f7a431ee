// Where a refused classification input is wrong: each issue names the field (and the entry inside it) so that a
// form app can put the message beside it. B2 counts 10 points per indicator, 12 indicators, at most 120 (Circular
// 07/2021); B1 and B2 totals are whole points, 0 or more.
import { describe, expect, it } from "vitest";
import { safeClassifyByIncome, safeClassifyHousehold } from "../index.js";

const household = (fields: object) => {
  const r = safeClassifyHousehold({ standard: "2021-2025", area: "rural", ...fields } as never);
  return r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
};

describe("classifyHousehold: the path of each refused form field", () => {
  it.each([
    ["B1 negative", { b1: -3 }, [["too_small", ["b1"]]]],
    ["B1 null (neither a number nor an entry)", { b1: null }, [["invalid_type", ["b1"]]]],
    ["B1 total negative", { b1: { total: -3 } }, [["too_small", ["b1", "total"]]]],
    ["B1 as an entry with nothing usable", { b1: { answers: {} } }, [["invalid_b1", ["b1"]]]],
    ["B2 negative", { b2: -10 }, [["too_small", ["b2"]]]],
    ["B2 not a multiple of 10", { b2: 35 }, [["b2_not_multiple_of_points", ["b2"]]]],
    ["B2 over 120", { b2: 130 }, [["b2_above_maximum", ["b2"]]]],
    ["B2 total not a multiple of 10", { b2: { total: 35 } }, [["b2_not_multiple_of_points", ["b2", "total"]]]],
    ["B2 listing an unknown indicator", { b2: { deprivations: ["x"] } }, [["unknown_indicator", ["b2", "deprivations", 0]]]],
  ])("%s", (_, fields, expected) => {
    expect(household(fields)).toEqual(expected);
  });

  it("B1 null is refused as a number expected, not as an entry object", () => {
    const r = safeClassifyHousehold({ standard: "2021-2025", area: "rural", b1: null } as never);
    expect(!r.ok && r.issues[0]?.params).toMatchObject({ expected: "number" });
  });
});

describe("classifyByIncome: the path of a refused income", () => {
  it("a total without members names income.members", () => {
    const r = safeClassifyByIncome({ standard: "2021-2025", area: "rural", income: { monthlyTotal: 5 } } as never);
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([["members_required", ["income", "members"]]]);
  });
});
