import { describe, expect, it } from "vitest";
import { PovertyError } from "../errors/PovertyError.js";
import { computeRate, hundredthsText, rateChange, rateHundredths } from "./computeRate.js";
import { caught } from "../../test/_lib/issues.js";

describe("computeRate", () => {
  it("gives the seed report's rates (seed 001_93e701d5dcfcee7e)", () => {
    expect(computeRate(242, 12299)).toEqual({ value: "1.97" });
    expect(computeRate(121, 12299)).toEqual({ value: "0.98" });
  });
  it("gives the observed deprivation example (shared/spec/reports.md: 93 of 204 → 45.59%)", () => {
    expect(computeRate(93, 204)).toEqual({ value: "45.59" });
  });
  it("rounds half-up at the second decimal, never half-even", () => {
    expect(computeRate(1, 800)).toEqual({ value: "0.13" }); // 0.125
    expect(computeRate(1, 20000)).toEqual({ value: "0.01" }); // 0.005 exactly
    expect(computeRate(1, 1600)).toEqual({ value: "0.06" }); // 0.0625
    expect(computeRate(1, 3)).toEqual({ value: "33.33" });
    expect(computeRate(2, 3)).toEqual({ value: "66.67" });
  });
  it("handles the bounds: 0 of n, n of n, and a zero total", () => {
    expect(computeRate(0, 5)).toEqual({ value: "0.00" });
    expect(computeRate(5, 5)).toEqual({ value: "100.00" });
    expect(computeRate(0, 0)).toEqual({ value: null, reason: "zero_total" });
  });
  it("stays exact for counts at the safe-integer limit", () => {
    expect(computeRate(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toEqual({ value: "100.00" });
    expect(computeRate(1, Number.MAX_SAFE_INTEGER)).toEqual({ value: "0.00" });
  });
  it("throws a coded error for counts no tally holds", () => {
    expect(() => computeRate(-1, 5)).toThrow(PovertyError);
    expect(() => computeRate(1.5, 5)).toThrow(PovertyError);
  });
  it("names the bad value and the argument in the error, and a count above its total with both", () => {
    const neg = caught(() => computeRate(-1, 5));
    expect([neg.code, neg.message, neg.details]).toEqual(["invalid_input", "count must be a safe integer ≥ 0, got -1", { count: "-1" }]);
    const tot = caught(() => computeRate(1, 2 ** 53));
    expect([tot.message, tot.details]).toEqual([`total must be a safe integer ≥ 0, got ${2 ** 53}`, { total: String(2 ** 53) }]);
    const over = caught(() => computeRate(6, 5));
    expect([over.code, over.message, over.details]).toEqual(["invalid_input", "count 6 is more than its total 5", { count: 6, total: 5 }]);
    const bad = caught(() => rateChange({ value: "1.00" }, { value: "abc" } as never));
    expect([bad.code, bad.message, bad.details]).toEqual(["invalid_input", "current must be a rate from computeRate", { current: "abc" }]);
    const prev = caught(() => rateChange({ value: 1 } as never, { value: "1.00" }));
    expect([prev.message, prev.details]).toEqual(["previous must be a rate from computeRate", { previous: "1" }]);
  });
});

describe("rateChange", () => {
  it("subtracts the shown rates: 1.97 − 2.33 = −0.36 (seed 001)", () => {
    expect(rateChange({ value: "2.33" }, { value: "1.97" })).toBe("-0.36");
    expect(rateChange({ value: "0.93" }, { value: "0.98" })).toBe("0.05");
  });
  it("has no change when a rate is missing", () => {
    expect(rateChange({ value: null, reason: "zero_total" }, { value: "1.97" })).toBeNull();
    expect(rateChange({ value: "1.97" }, { value: null, reason: "zero_total" })).toBeNull();
  });
  it("takes every rate computeRate can give, 0.00 to 100.00, and refuses any other text", () => {
    expect(rateChange({ value: "0.00" }, { value: "100.00" })).toBe("100.00");
    expect(rateChange({ value: "100.00" }, { value: "9.99" })).toBe("-90.01");
    expect(rateChange({ value: "10.00" }, { value: "0.50" })).toBe("-9.50");
    for (const bad of ["999.99", "100.01", "007.50", "00.50", "1.5", "-1.00", " 1.00", "1e2", ""]) {
      expect(() => rateChange({ value: bad } as never, { value: "0.00" }), bad).toThrow(/must be a rate from computeRate/);
      expect(() => rateChange({ value: "0.00" }, { value: bad } as never), bad).toThrow(/must be a rate from computeRate/);
    }
  });
  it("every rate computeRate gives is one rateChange takes (property)", async () => {
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }).chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))), ([count, total]) => {
        const r = computeRate(count, total);
        expect(rateChange(r, r)).toBe("0.00");
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });
});

describe("computeRate in integers agrees with an independent decimal computation (property)", () => {
  it("for counts up to the total, half-up to 2 places", async () => {
    const fc = (await import("fast-check")).default;
    const { Decimal } = await import("decimal.js");
    const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })).chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))),
        ([count, total]) => {
          expect(computeRate(count, total).value).toBe(new D(count).times(100).dividedBy(total).toDecimalPlaces(2).toFixed(2));
        },
      ),
      { seed: 20231015, numRuns: 5000 },
    );
  });
  it("refuses a count larger than its total", () => {
    expect(() => computeRate(6, 5)).toThrow(PovertyError);
  });
});

describe("computeRate above the integer path (totals over 4 × 10^11): exact where floating-point division is not", () => {
  /** The rate in hundredths, half-up, by BigInt arithmetic: an independent reference. */
  const exact = (count: number, total: number): string => {
    const h = (BigInt(count) * 20000n + BigInt(total)) / (2n * BigInt(total));
    return `${h / 100n}.${String(h % 100n).padStart(2, "0")}`;
  };
  it.each([
    // pairs where ⌊(count × 20000 + total) ÷ (2 × total)⌋ in doubles is one hundredth off
    [932_000_211_539_564, 1_180_120_559_087_767],
    [3_070_832_282_068_160, 7_071_576_930_496_627],
    [4_793_522_799_119_992, 5_049_268_235_234_626],
  ])("%i of %i", (count, total) => {
    expect(computeRate(count, total)).toEqual({ value: exact(count, total) });
  });
  it("gives the same rates either side of 4 × 10^11", () => {
    for (const total of [400_000_000_000, 400_000_000_001]) {
      for (const count of [1, 2_000_000, total / 3, total - 1].map(Math.floor)) expect(computeRate(count, total)).toEqual({ value: exact(count, total) });
    }
  });
});

describe("rateHundredths, the tables' integer path: a number only where it is exact", () => {
  it("agrees with computeRate on the seed's and the spec's figures and at the bounds", () => {
    for (const [count, total, text] of [
      [242, 12_299, "1.97"],
      [93, 204, "45.59"],
      [0, 1, "0.00"],
      [1, 1, "100.00"],
      [1, 400_000_000_000, "0.00"],
      [400_000_000_000, 400_000_000_000, "100.00"],
    ] as const) {
      const h = rateHundredths(count, total);
      expect(h === undefined ? undefined : hundredthsText(h)).toBe(text);
    }
  });
  it("declines what it cannot give exactly or is not a rate: a zero or very large total, a count above its total, negative or fractional values", () => {
    for (const [count, total] of [
      [0, 0],
      [1, 400_000_000_001],
      [3, 2],
      [-1, 5],
      [1.5, 5],
      [1, 5.5],
      [Number.NaN, 5],
    ]) {
      expect(rateHundredths(count as number, total as number)).toBeUndefined();
    }
  });
});

describe("rateChange reads only rates computeRate gives", () => {
  it("two-digit rates: 45.59 → 12.34 is −33.25 points", () => {
    expect(rateChange({ value: "45.59" }, { value: "12.34" })).toBe("-33.25");
    expect(rateChange({ value: "12.34" }, { value: "100.00" })).toBe("87.66");
  });
  it("refuses text after a rate, and a value that is not a string even when it prints as one", () => {
    for (const value of ["2.333", "1.00x", 1.5, { toString: () => "1.00" }]) {
      expect(() => rateChange({ value } as never, { value: "1.00" })).toThrow(PovertyError);
    }
  });
});
