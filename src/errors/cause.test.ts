// A PovertyError that wraps another error keeps it as its ES2022 `cause`: an input whose getter throws, a standard
// object that cannot be read. The safe twins return the issue (plain JSON, no cause in it); the throwing twins throw
// a PovertyError whose cause is the original error. An error that wraps nothing has no cause.
import { describe, expect, it } from "vitest";
import { classifyByIncome, classifyHousehold, deriveIndicators, isPovertyError, layerLocalStandard, safeClassifyByIncome, safeDeriveIndicators, type PovertyError } from "../index.js";

const boom = new Error("boom: the getter failed");
const throwing = <T extends object>(o: T, key: string): T =>
  Object.defineProperty({ ...o }, key, {
    enumerable: true,
    get() {
      throw boom;
    },
  });

function caught(f: () => unknown): PovertyError {
  try {
    f();
  } catch (e) {
    if (isPovertyError(e)) return e;
    throw e;
  }
  throw new Error("expected a PovertyError");
}

describe("PovertyError.cause", () => {
  it("an input whose getter throws: the issue in the safe result, the original error as the thrown error's cause", () => {
    const input = throwing({ standard: "2021-2025", area: "rural" }, "income");
    const r = safeClassifyByIncome(input as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.parse(JSON.stringify(r.issues))[0]).not.toHaveProperty("cause");
    const e = caught(() => classifyByIncome(input as never));
    expect(e.code).toBe("invalid_input");
    expect(e.cause).toBe(boom);
  });

  it("a standard object that cannot be read (classifyHousehold): invalid_standard, caused by the getter's error", () => {
    const standard = throwing({ id: "2021-2025" }, "scope");
    const e = caught(() => classifyHousehold({ standard, area: "rural", b1: 100 } as never));
    expect(e.issues.map((i) => i.code)).toEqual(["invalid_standard"]);
    expect(e.cause).toBe(boom);
  });

  it("a national standard object that cannot be read (layerLocalStandard)", () => {
    const national = throwing({ scope: "national" }, "id");
    const e = caught(() =>
      layerLocalStandard({ id: "tinh-x", national: national as never, authority: "UBND tỉnh X", title: { vi: "X", en: "X" }, instrument: { id: "QĐ 1", kind: "local", title: { vi: "", en: "" } }, incomeLines: { rural: { incomeLine: 2_000_000 } } }),
    );
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([["invalid_standard", ["national"]]]);
    expect(e.cause).toBe(boom);
  });

  it("an issue moved under another path keeps its cause (deriveIndicators → household)", () => {
    const household = throwing({ code: "HH-1", area: "rural" }, "members");
    const r = safeDeriveIndicators({ standard: "2021-2025", household } as never);
    expect(r.ok ? [] : r.issues.map((i) => i.path[0])).toEqual(["household"]);
    expect(caught(() => deriveIndicators({ standard: "2021-2025", household } as never)).cause).toBe(boom);
  });

  it("an error that wraps nothing has no cause", () => {
    const e = caught(() => classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: -1 } }));
    expect(e.code).toBe("invalid_input");
    expect("cause" in e).toBe(false);
  });
});
