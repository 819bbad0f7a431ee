// Every way classifyAndTallyColumns refuses a household or the columns' structure: the issue code, path and params
// of each, and the boundaries of the money and score rules (Decision 07/2021 and 59/2015 lines, Circular 14 scores).
import { describe, expect, it } from "vitest";
import { caught, param } from "../../test/_lib/issues.js";
import { classifyAndTallyColumns, type HouseholdColumns } from "./classifyAndTallyColumns.js";

/** One rural village of `n` households classified by per-capita income, with the given columns on top. */
function cols(n: number, extra: Partial<Record<keyof HouseholdColumns, unknown>> = {}): HouseholdColumns {
  return {
    unitCodes: ["V1"],
    unit: new Uint32Array(n),
    persons: new Uint16Array(n).fill(4),
    area: "rural",
    income: new Float64Array(n).fill(1_000_000),
    incomeKind: "perCapitaMonthly",
    deprivations: new Uint32Array(n).fill(0b111),
    ...extra,
  } as HouseholdColumns;
}

const firstIssue = (r: ReturnType<typeof classifyAndTallyColumns>, i = 0) => {
  const x = r.rejected[i];
  return x && { index: x.index, code: x.issues[0]?.code, path: x.issues[0]?.path, params: x.issues[0]?.params };
};

describe("classifyAndTallyColumns refuses a bad structure with every issue at once", () => {
  it("names a unit code that is not a key and a code given twice", () => {
    const e = caught(() => classifyAndTallyColumns(cols(1, { unitCodes: ["V1", "", "V1", 7] }), { standard: "2021-2025" }));
    expect(e.code).toBe("invalid_input");
    expect(e.issues.map((x) => [x.code, x.path, x.params])).toEqual([
      ["invalid_key", ["unitCodes", 1], { received: "" }],
      ["duplicate_unit", ["unitCodes", 2], { code: "V1" }],
      ["invalid_key", ["unitCodes", 3], { received: "number" }],
    ]);
  });
  it("names every later copy of a code, in index order, when every code is a key", () => {
    // Codes out of order, one given three times, one twice: each copy after the first is named once, by its index.
    const e = caught(() => classifyAndTallyColumns(cols(1, { unitCodes: ["V2", "V1", "V3", "V1", "V2", "V1", "V0"] }), { standard: "2021-2025" }));
    expect(e.issues.map((x) => [x.code, x.path, x.params])).toEqual([
      ["duplicate_unit", ["unitCodes", 3], { code: "V1" }],
      ["duplicate_unit", ["unitCodes", 4], { code: "V2" }],
      ["duplicate_unit", ["unitCodes", 5], { code: "V1" }],
    ]);
    // Codes that differ only in case or by a prefix are different codes.
    const ok = classifyAndTallyColumns(cols(2, { unitCodes: ["V1", "v1", "V10"], unit: new Uint32Array([2, 1]) }), { standard: "2021-2025" });
    expect(Object.keys(ok.units)).toEqual(["V10", "v1"]);
  });
  it("asks for income or B1, not both and not neither", () => {
    const both = caught(() => classifyAndTallyColumns(cols(1, { b1: new Uint16Array(1) }), { standard: "2021-2025" }));
    expect(both.issues.map((x) => x.code)).toEqual(["classification_input_ambiguous"]);
    const neither = caught(() => classifyAndTallyColumns(cols(1, { income: undefined }), { standard: "2021-2025" }));
    expect(neither.issues.map((x) => x.code)).toEqual(["classification_input_missing"]);
  });
  it("asks what the income column holds, and for the code tables the ethnicity and support columns refer to", () => {
    const e = caught(() =>
      classifyAndTallyColumns(cols(1, { incomeKind: "weekly", ethnicity: new Uint8Array(1), ethnicityCodes: ["Kinh", ""], support: new Uint8Array(1), supportKeys: ["a", "a"] }), { standard: "2021-2025" }),
    );
    expect(e.issues.map((x) => [x.code, x.path, param(x, "expected")])).toEqual([
      ["invalid_type", ["incomeKind"], '"perCapitaMonthly", "monthlyTotal" or "annualTotal"'],
      ["invalid_type", ["ethnicityCodes"], "array of codes"],
      ["invalid_type", ["supportKeys"], "array of at most 32 distinct keys"],
    ]);
    const many = caught(() => classifyAndTallyColumns(cols(1, { support: new Uint8Array(1), supportKeys: Array.from({ length: 33 }, (_, i) => `k${i}`) }), { standard: "2021-2025" }));
    expect(many.issues.map((x) => x.path)).toEqual([["supportKeys"]]);
    const noCodes = caught(() => classifyAndTallyColumns(cols(1, { ethnicity: new Uint8Array(1) }), { standard: "2021-2025" }));
    expect(noCodes.issues.map((x) => x.path)).toEqual([["ethnicityCodes"]]);
  });
  it("refuses a column that is not a typed array and an area that is neither a word nor a column", () => {
    const e = caught(() => classifyAndTallyColumns(cols(1, { unitCodes: "V1", unit: [0], area: "mountain", flags: [0] }), { standard: "2021-2025" }));
    // Without a unit column there are no households: every other column is then too long.
    expect(e.issues.map((x) => [x.code, x.path])).toEqual([
      ["invalid_type", ["unitCodes"]],
      ["invalid_type", ["unit"]],
      ["invalid_type", ["area"]],
      ["too_small", ["persons"]],
      ["too_small", ["income"]],
      ["too_small", ["deprivations"]],
      ["invalid_type", ["flags"]],
    ]);
  });
  const UNSIGNED = "unsigned typed array (Uint8Array, Uint16Array or Uint32Array)";
  it("refuses a signed or float column of bitmasks or codes (-1 would stand for every bit, 2^32 + 7 for 7)", () => {
    const e = caught(() =>
      classifyAndTallyColumns(
        cols(1, {
          deprivations: new Float64Array([2 ** 32 + 7]),
          flags: new Int8Array([-1]),
          causes: new Int8Array([-1]),
          children: new Float64Array([0.5]),
          ethnicity: new Float64Array([-1]),
          ethnicityCodes: ["01"],
          support: new Int8Array([-1]),
          supportKeys: ["a"],
        }),
        { standard: "2021-2025" },
      ),
    );
    expect(e.issues.map((x) => [x.code, x.path, (x.params as Readonly<Record<string, unknown>>)["expected"]])).toEqual([
      ["invalid_type", ["deprivations"], UNSIGNED],
      ["invalid_type", ["flags"], UNSIGNED],
      ["invalid_type", ["causes"], UNSIGNED],
      ["invalid_type", ["children"], UNSIGNED],
      ["invalid_type", ["ethnicity"], UNSIGNED],
      ["invalid_type", ["support"], UNSIGNED],
    ]);
    // the same households with unsigned columns are counted
    const ok = classifyAndTallyColumns(cols(1, { deprivations: new Uint8Array([7]), flags: new Uint8Array([1]), causes: new Uint8Array([1]) }), { standard: "2021-2025" });
    expect(ok.counted).toBe(1);
  });
  it("refuses columns whose fields cannot be read", () => {
    const hostile = new Proxy(cols(1), {
      get(t, k) {
        if (k === "income") throw new Error("boom");
        return Reflect.get(t, k);
      },
    });
    const e = caught(() => classifyAndTallyColumns(hostile, { standard: "2021-2025" }));
    expect(e.issues.map((x) => [x.code, x.path])).toEqual([["invalid_type", ["columns"]]]);
  });
});

describe("classifyAndTallyColumns rejects a household by index, with the value out of range", () => {
  it("a deprivation bit beyond the standard's 12 indicators (2021-2025)", () => {
    const r = classifyAndTallyColumns(cols(2, { deprivations: new Uint32Array([0b1111_1111_1111, 1 << 12]) }), { standard: "2021-2025" });
    expect(r.counted).toBe(1);
    expect(firstIssue(r)).toEqual({ index: 1, code: "too_big", path: ["deprivations", 1], params: { origin: "number", maximum: 4095, inclusive: true, received: 4096 } });
  });
  it("an area code other than 0 (rural) or 1 (urban)", () => {
    const r = classifyAndTallyColumns(cols(3, { area: new Uint8Array([0, 1, 2]) }), { standard: "2021-2025" });
    expect(r.counted).toBe(2);
    expect(firstIssue(r)).toEqual({ index: 2, code: "invalid_value", path: ["area", 2], params: { values: [0, 1], received: 2 } });
  });
  it("an income that is not a whole number of đồng, or is above the largest amount", () => {
    const r = classifyAndTallyColumns(cols(3, { income: new Float64Array([Number.NaN, 1.5, 1e20]) }), { standard: "2021-2025", maxRejected: Infinity });
    expect(r.rejected.map((x) => [x.issues[0]?.code, x.issues[0]?.path, param(x.issues[0], "received")])).toEqual([
      ["invalid_type", ["income", 0], "NaN"],
      ["invalid_type", ["income", 1], 1.5],
      ["too_big", ["income", 2], 1e20],
    ]);
  });
  it("a B1 total that is negative, and B2 totals that are not whole indicators or pass the maximum (2016-2020: 10 points × 10 indicators)", () => {
    const r = classifyAndTallyColumns(
      cols(6, { income: undefined, incomeKind: undefined, b1: new Int16Array([-1, 100, 100, 100, 100, 100]), b2: new Float64Array([0, 25, 110, -10, 0.5, 100]) }),
      { standard: "2016-2020", maxRejected: Infinity },
    );
    expect(r.counted).toBe(1);
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code, x.issues[0]?.params])).toEqual([
      [0, "too_small", { origin: "number", minimum: 0, inclusive: true, received: -1 }],
      [1, "b2_not_multiple_of_points", { total: 25, points: 10 }],
      [2, "b2_above_maximum", { total: 110, max: 100, count: 10, points: 10 }],
      [3, "too_small", { origin: "number", minimum: 0, inclusive: true, received: -10 }],
      [4, "invalid_type", { expected: "int", received: 0.5 }],
    ]);
  });
  it("a household under a standard with no score rule (2027-2030 has no B1 cut-offs)", () => {
    const r = classifyAndTallyColumns(cols(1, { income: undefined, incomeKind: undefined, b1: new Uint16Array([100]) }), { standard: "2027-2030" });
    expect(r.counted).toBe(0);
    expect(firstIssue(r)?.code).toBe("household_rule_not_found");
    expect(param(firstIssue(r), "standard")).toBe("2027-2030");
  });
  it("an income at or under the line without a deprivation column cannot be decided; above it, it can", () => {
    // 2021-2025, rural: poor or near-poor at ≤ 1,500,000 đồng a person a month, depending on the deprivations.
    const r = classifyAndTallyColumns(cols(2, { deprivations: undefined, income: new Float64Array([1_500_000, 1_500_001]) }), { standard: "2021-2025" });
    expect(r.counted).toBe(1);
    expect(r.units["V1"]?.households.notPoor).toBe(1);
    expect(firstIssue(r)?.code).toBe("undetermined_household");
    expect(param(firstIssue(r), "missing")).toEqual(["deprivations"]);
  });
  it("a middle-living flag on a poor household, or under a standard that defines no middle-living band (2027-2030)", () => {
    const poor = classifyAndTallyColumns(cols(1, { flags: new Uint8Array([8]), income: new Float64Array([500_000]) }), { standard: "2016-2020" });
    expect(firstIssue(poor)).toEqual({ index: 0, code: "middle_living_not_poor_only", path: ["flags", 0], params: { kind: "poor" } });
    const none = classifyAndTallyColumns(cols(1, { flags: new Uint8Array([8]), income: new Float64Array([50_000_000]) }), { standard: "2027-2030" });
    expect(firstIssue(none)).toEqual({ index: 0, code: "middle_living_not_defined", path: ["flags", 0], params: { standard: "2027-2030" } });
  });
  it("a bit beyond the causes, children, ethnicity, flags or support tables", () => {
    const r = classifyAndTallyColumns(
      cols(6, {
        causes: new Uint16Array([0, 0x100, 0, 0, 0, 0]),
        children: new Uint8Array([0, 0, 8, 0, 0, 0]),
        ethnicity: new Uint8Array([1, 0, 0, 2, 0, 0]),
        ethnicityCodes: ["Tày"],
        flags: new Uint8Array([0, 0, 0, 0, 16, 0]),
        support: new Uint8Array([1, 0, 0, 0, 0, 2]),
        supportKeys: ["bhyt"],
      }),
      { standard: "2021-2025", maxRejected: Infinity },
    );
    expect(r.counted).toBe(1);
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.path, param(x.issues[0], "maximum"), param(x.issues[0], "received")])).toEqual([
      [1, ["causes", 1], 0xff, 0x100],
      [2, ["children", 2], 7, 8],
      [3, ["ethnicity", 3], 1, 2],
      [4, ["flags", 4], 15, 16],
      [5, ["support", 5], 1, 2],
    ]);
    const t = r.units["V1"];
    expect(t?.households.poor).toBe(1);
    expect(t?.segments.poor.ethnicity).toEqual({ Tày: 1 });
    expect(t?.segments.poor.support).toEqual({ bhyt: 1 });
  });
});

describe("classifyAndTallyColumns reads totals as the law's per-person monthly line × members × months", () => {
  it("a 12-month total for 4 members: 72,000,000 đồng is at the 2021-2025 rural line (1,500,000 × 4 × 12), one more đồng is above", () => {
    const r = classifyAndTallyColumns(cols(2, { incomeKind: "annualTotal", income: new Float64Array([72_000_000, 72_000_001]) }), { standard: "2021-2025" });
    expect(r.units["V1"]?.households.poor).toBe(1);
    expect(r.units["V1"]?.households.notPoor).toBe(1);
  });
  it("a monthly total for 4 members: 6,000,000 đồng is at the line, 6,000,001 above", () => {
    const r = classifyAndTallyColumns(cols(2, { incomeKind: "monthlyTotal", income: new Float64Array([6_000_000, 6_000_001]), deprivations: new Uint32Array([0, 0]) }), { standard: "2021-2025" });
    expect(r.units["V1"]?.households.nearPoor).toBe(1);
    expect(r.units["V1"]?.households.notPoor).toBe(1);
  });
  it("lists the units in code order, whatever order the code table has", () => {
    const r = classifyAndTallyColumns(cols(3, { unitCodes: ["V3", "V1", "V2"], unit: new Uint32Array([0, 1, 2]) }), { standard: "2021-2025" });
    expect(Object.keys(r.units)).toEqual(["V1", "V2", "V3"]);
  });
  it("counts the poor by income and by deprivation apart under 2016-2020 (rural: ≤ 700,000 đồng, or ≤ 1,000,000 with 3 deprivations)", () => {
    const r = classifyAndTallyColumns(cols(3, { income: new Float64Array([700_000, 1_000_000, 1_000_000]), deprivations: new Uint32Array([0, 0b111, 0b11]), ethnicity: new Uint8Array([1, 1, 0]), ethnicityCodes: ["Mường"] }), { standard: "2016-2020" });
    const h = r.units["V1"]?.households;
    expect([h?.poor, h?.poorByIncome, h?.poorByDeprivation, h?.nearPoor]).toEqual([2, 1, 1, 1]);
    expect(r.units["V1"]?.segments.poorByIncome?.ethnicity).toEqual({ Mường: 1 });
  });
});

describe("classifyAndTallyColumns: each household refusal in full, at its boundaries (report part 6's survivors)", () => {
  it("a unit index one past the last code is unknown, named by its index; the last one is counted", () => {
    const r = classifyAndTallyColumns(cols(2, { unitCodes: ["V1", "V2"], unit: new Uint32Array([1, 2]) }), { standard: "2021-2025" });
    expect([r.counted, r.rejectedCount]).toEqual([1, 1]);
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => [i.code, i.path, i.params])])).toEqual([[1, [["unknown_unit", ["unit", 1], { code: "2" }]]]]);
    expect(Object.keys(r.units)).toEqual(["V2"]);
  });

  it("persons 1 and 1000 are counted; 0 and 1001 refused with what was received and the maximum", () => {
    const r = classifyAndTallyColumns(cols(4, { persons: new Uint16Array([1, 1000, 0, 1001]) }), { standard: "2021-2025" });
    expect([r.counted, r.rejectedCount]).toEqual([2, 2]);
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => [i.code, i.path, i.params])])).toEqual([
      [2, [["invalid_persons", ["persons", 2], { received: 0, max: 1000 }]]],
      [3, [["invalid_persons", ["persons", 3], { received: 1001, max: 1000 }]]],
    ]);
    expect(r.units["V1"]?.persons.total).toBe(1001);
  });

  it("the rejected list stops at maxRejected, the count does not", () => {
    const bad = new Uint16Array([0, 4, 0, 0]);
    const one = classifyAndTallyColumns(cols(4, { persons: bad }), { standard: "2021-2025", maxRejected: 1 });
    expect([one.counted, one.rejectedCount, one.rejected.map((x) => x.index)]).toEqual([1, 3, [0]]);
    const none = classifyAndTallyColumns(cols(4, { persons: bad }), { standard: "2021-2025", maxRejected: 0 });
    expect([none.rejectedCount, none.rejected.length]).toEqual([3, 0]);
  });

  it("a column shorter than unit: too_small at that column, with the length it must have", () => {
    const e = caught(() => classifyAndTallyColumns(cols(3, { persons: new Uint16Array(2).fill(4) }), { standard: "2021-2025" }));
    expect(e.issues.map((x) => [x.code, x.path, x.params])).toEqual([["too_small", ["persons"], { origin: "array", minimum: 3, inclusive: true, received: 2 }]]);
    expect(e.details).toMatchObject({ function: "classifyAndTallyColumns" });
  });

  it("columns that are not an object: invalid_input naming the function", () => {
    for (const bad of [null, 5, "columns"]) {
      const e = caught(() => classifyAndTallyColumns(bad as never, { standard: "2021-2025" }));
      expect([e.code, e.details]).toEqual(["invalid_input", { function: "classifyAndTallyColumns" }]);
    }
  });
});
