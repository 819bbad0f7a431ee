// Inputs copied and read safely (issue 12): each case below failed before its fix.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

const hostile = (): object =>
  new Proxy(
    {},
    {
      get() {
        throw new Error("trap");
      },
      ownKeys() {
        throw new Error("trap");
      },
      getOwnPropertyDescriptor() {
        throw new Error("trap");
      },
      has() {
        throw new Error("trap");
      },
      getPrototypeOf() {
        throw new Error("trap");
      },
    },
  );

function throwingGetter<T extends object>(o: T, key: keyof T & string): T {
  const c = { ...o };
  Object.defineProperty(c, key, {
    enumerable: true,
    get() {
      throw new TypeError("getter");
    },
  });
  return c;
}

describe("issue params carry no prototype keys", () => {
  it("a value with __proto__ / constructor keys is reported without them", () => {
    const bad = JSON.parse('{"standard":"2021-2025","area":{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},"ok":[1,2]},"income":{"perCapitaMonthly":1}}') as api.ClassifyByIncomeInput;
    const r = api.safeClassifyByIncome(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const received = (r.issues.find((i) => i.path[0] === "area")?.params as { received: unknown }).received as { [k: string]: unknown };
    expect(Object.keys(received)).toEqual(["ok"]);
    expect(Object.getPrototypeOf(received)).toBe(Object.prototype);
    // a consumer merging the params by assignment gets no new prototype
    expect((Object.assign({}, received) as { isAdmin?: unknown }).isAdmin).toBeUndefined();
  });

  it("objects without a prototype are read, not crashed on", () => {
    const n = Object.create(null) as { [k: string]: unknown };
    n["standard"] = "2021-2025";
    n["area"] = Object.create(null);
    const r = api.safeClassifyByIncome(n as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).not.toContain("input_unreadable");
  });

  it("arrays are densified: a hole is reported as missing, index by index", () => {
    const sparse: unknown[] = [];
    sparse[2] = "employment";
    const r = api.safeScoreB2({ standard: "2021-2025", deprivations: sparse as string[] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual([
      ["deprivations", 0],
      ["deprivations", 1],
    ]);
  });
});

describe("hostile inputs: a safe function answers with an issue, a throwing one with a PovertyError", () => {
  it("a getter that throws inside the input (zod reads it again when it builds its issues)", () => {
    const local = { id: "tinh-x", national: hostile(), authority: "UBND", title: { vi: "x", en: "x" }, instrument: { id: "QĐ", kind: "local", title: { vi: "", en: "" } }, incomeLines: {} };
    const r = api.safeLayerLocalStandard(local as never);
    expect(r.ok).toBe(false);
    const input = throwingGetter({ standard: "2021-2025", area: "rural", b1: 120 } as { standard: string; area: "rural"; b1: number }, "b1");
    const h = api.safeClassifyHousehold(input);
    expect(h.ok ? null : h.issues[0]?.code).toBe("input_unreadable");
    expect(() => api.classifyHousehold(input)).toThrow(expect.objectContaining({ name: "PovertyError", code: "invalid_input" }) as Error);
  });

  it("getStandard, findStandard, formatCitation, formatExplanation and compactExplanation on values that are not what they take", () => {
    for (const bad of [Symbol("s"), hostile(), null, 1, {}]) {
      expect(() => api.getStandard(bad as never)).toThrow(expect.objectContaining({ name: "PovertyError" }) as Error);
      expect(api.findStandard(bad as never)).toBeUndefined();
      expect(() => api.formatCitation(bad as never)).toThrow(expect.objectContaining({ code: "invalid_input" }) as Error);
      expect(() => api.formatExplanation(bad as never)).toThrow(expect.objectContaining({ code: "invalid_input" }) as Error);
      expect(() => api.compactExplanation(bad as never)).toThrow(expect.objectContaining({ code: "invalid_input" }) as Error);
    }
    expect(() => api.formatCitation({ instrument: "Nghị định 07/2021/NĐ-CP" }, "fr" as never)).toThrow(expect.objectContaining({ code: "invalid_input" }) as Error);
  });

  it("isPovertyError never throws, even on a Proxy whose traps throw", () => {
    expect(api.isPovertyError(hostile())).toBe(false);
  });

  it("a stored explanation whose params do not fit its step code is refused, not crashed on", () => {
    const e = api.classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 }).explanation;
    const c = JSON.parse(JSON.stringify(api.compactExplanation(e))) as { steps: { params: unknown }[] };
    for (const s of c.steps) s.params = {};
    const r = api.safeExpandExplanation(c);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.some((i) => i.code === "step_params_invalid")).toBe(true);
  });
});

describe("classifyHouseholds", () => {
  it("rejects a record that cannot be read and classifies the others", () => {
    const bad = throwingGetter({ standard: "2021-2025", area: "rural", b1: 120, code: "HH-9" } as { standard: string; area: "rural"; b1: number; code: string }, "area");
    const out = api.classifyHouseholds([{ standard: "2021-2025", area: "rural", b1: 200 }, bad, hostile() as never]);
    expect(out.counts).toMatchObject({ input: 3, ok: 1, rejected: 2 });
    expect(out.rejected.map((r) => [r.index, r.issues[0]?.code])).toEqual([
      [1, "input_unreadable"],
      [2, "input_unreadable"],
    ]);
  });

  it("an iterator that throws midway: a PovertyError saying how many records were read, the iterator's error as cause", () => {
    const boom = new Error("disk");
    function* records(): Generator<api.ClassifyHouseholdInput> {
      yield { standard: "2021-2025", area: "rural", b1: 200 };
      yield { standard: "2021-2025", area: "rural", b1: 100 };
      throw boom;
    }
    let caught: unknown;
    try {
      api.classifyHouseholds(records());
    } catch (e) {
      caught = e;
    }
    expect(api.isPovertyError(caught)).toBe(true);
    if (!api.isPovertyError(caught)) return;
    expect(caught.code).toBe("invalid_input");
    expect(caught.details["read"]).toBe(2);
    expect(caught.cause).toBe(boom);
  });

  it("options that cannot be read are a PovertyError", () => {
    expect(() => api.classifyHouseholds([], hostile() as never)).toThrow(expect.objectContaining({ name: "PovertyError" }) as Error);
  });
});

describe("standards given as objects: no answer depends on an earlier call", () => {
  it("an unfrozen copy edited after a first call is refused, as it is on a first call", () => {
    const copy = JSON.parse(JSON.stringify(api.getStandard("2021-2025"))) as { incomeLines: { rural: { incomeLine: { value: number } } } };
    const input = { standard: copy, area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 0 };
    // 1,400,000 ≤ 1,500,000 (Decree 07/2021 Art. 3, rural) with fewer than 3 deprivations: near-poor
    const first = api.safeClassifyByIncome(input as never);
    expect(first.ok && first.value.outcome.kind).toBe("near_poor");
    copy.incomeLines.rural.incomeLine.value = 100_000;
    expect(api.safeClassifyByIncome(input as never).ok).toBe(false);
    expect(api.safeClassifyByIncome({ ...input, standard: JSON.parse(JSON.stringify(copy)) as unknown } as never).ok).toBe(false);
    // the batch, too: the edited copy is refused for every record
    const batch = api.classifyHouseholds([{ standard: copy as never, area: "rural", b1: 120 }]);
    expect(batch.counts.rejected).toBe(1);
  });
});
