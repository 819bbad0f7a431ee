// The one-pass run's refusals read in full (report part 6's survivors): what the full path says about a household
// it cannot count (path and params), and why a batch run refuses a call (its state, the method named).
import { describe, expect, it } from "vitest";
import { caught } from "../../test/_lib/issues.js";
import type { PovertyError } from "../errors/PovertyError.js";
import { isPovertyError } from "../errors/isPovertyError.js";
import { classifyAndTally, classifyAndTallyAsync, startClassifyAndTally } from "./classifyAndTally.js";

const full = (issues: readonly { readonly code: string; readonly path: readonly (string | number)[]; readonly params?: unknown }[]) => issues.map((i) => [i.code, i.path, i.params]);

/** The issues of the one household given, as [code, path, params]. */
function refusal(household: unknown, standard = "2021-2025") {
  const r = classifyAndTally([household], { standard });
  expect([r.counted, r.rejectedCount]).toEqual([0, 1]);
  return full(r.rejected[0]?.issues ?? []);
}

describe("classifyAndTally: each refusal of the full path, in full", () => {
  it("a household that is not an object: what it was (null, a list, a number)", () => {
    expect(refusal(null)).toEqual([["invalid_type", [], { expected: "object", received: null }]]);
    expect(refusal([])).toEqual([["invalid_type", [], { expected: "object", received: "array" }]]);
    expect(refusal(5)).toEqual([["invalid_type", [], { expected: "object", received: "number" }]]);
  });

  it("neither income nor forms: classification_input_missing at the root", () => {
    expect(refusal({ unitCode: "V", standard: "2021-2025", area: "rural", persons: 2 })).toEqual([["classification_input_missing", [], {}]]);
  });

  it("scores with a deprivation list beside them: the list is an unrecognized key", () => {
    const h = { unitCode: "V", standard: "2021-2025", area: "rural", persons: 2, b1: 120, b2: 30, deprivations: ["employment"] };
    expect(refusal(h)).toEqual([["unrecognized_keys", [], { keys: ["deprivations"] }]]);
  });

  it("a score the forms refuse is refused with the forms' own issue at b1, never counted", () => {
    const issues = refusal({ unitCode: "V", standard: "2021-2025", area: "rural", persons: 2, b1: -1, b2: 30 });
    expect(issues.map(([code, path]) => [code, path])).toEqual([["too_small", ["b1"]]]);
  });

  it("middleLiving that is not true or false: invalid_type at middleLiving, with the type received", () => {
    const h = { unitCode: "V", standard: "2021-2025", area: "rural", region: "north", persons: 2, income: { perCapitaMonthly: 2_000_000 }, deprivationCount: 0, middleLiving: "yes" };
    expect(refusal(h)).toEqual([["invalid_type", ["middleLiving"], { expected: "boolean", received: "string" }]]);
  });

  it("scores under 2027–2030 (no score rule in force): household_rule_not_found at the root, naming the standard", () => {
    const issues = refusal({ unitCode: "V", standard: "2027-2030", area: "rural", persons: 2, b1: 120, b2: 30 }, "2027-2030");
    expect(issues.map(([code, path]) => [code, path])).toEqual([["household_rule_not_found", []]]);
    expect(issues[0]?.[2]).toMatchObject({ standard: "2027-2030" });
  });
});

describe("classifyAndTally: a household that cannot be read", () => {
  const h = { unitCode: "V", standard: "2021-2025", area: "rural", persons: 2, income: { perCapitaMonthly: 1_000_000 }, deprivations: [] };
  /** The household with one field whose getter throws `error`. */
  const hostile = (key: string, error: Error) => {
    const x = { ...h };
    Object.defineProperty(x, key, { enumerable: true, get: () => { throw error; } });
    return x;
  };

  it("is rejected with input_unreadable naming the error's kind, wherever the throwing field is read, and the run goes on", () => {
    for (const key of ["unitCode", "standard", "persons", "income", "deprivations", "middleLiving", "causesOfPoverty"]) {
      const r = classifyAndTally([hostile(key, new RangeError(`no ${key}`)), h], { standard: "2021-2025" });
      expect([key, r.counted, r.rejectedCount]).toEqual([key, 1, 1]);
      expect([key, full(r.rejected[0]?.issues ?? [])]).toEqual([key, [["input_unreadable", [], { error: "RangeError" }]]]);
      expect(r.rejected[0]?.index).toBe(0);
    }
  });

  it("a revoked Proxy as a household: input_unreadable naming TypeError", () => {
    const p = Proxy.revocable({}, {});
    p.revoke();
    expect(refusal(p.proxy)).toEqual([["input_unreadable", [], { error: "TypeError" }]]);
  });
});

describe("startClassifyAndTally: a call the run's state does not allow", () => {
  const opts = { standard: "2021-2025" };
  const h = { unitCode: "V", standard: "2021-2025", area: "rural", persons: 2, income: { perCapitaMonthly: 2_000_000 }, deprivationCount: 0 };

  it("after finish: add and finish are refused, naming the method and the state", () => {
    const run = startClassifyAndTally(opts);
    run.add([h]);
    expect(run.finish().counted).toBe(1);
    for (const [method, call] of [["add", () => run.add([h])], ["finish", () => run.finish()]] as const) {
      const e = caught(call);
      expect([e.code, e.details]).toEqual(["invalid_input", { function: "startClassifyAndTally", state: "finished" }]);
      expect(e.message.startsWith(`startClassifyAndTally: ${method} cannot be called`)).toBe(true);
    }
  });

  it("add from inside a batch being read: refused with the state adding, and the reason", () => {
    const run = startClassifyAndTally(opts);
    let inner: PovertyError | undefined;
    function* batch() {
      yield h;
      inner = caught(() => run.add([h]));
      yield h;
    }
    run.add(batch());
    expect(inner?.details).toEqual({ function: "startClassifyAndTally", state: "adding" });
    expect(inner?.message).toMatch(/inside a batch/);
    // the refused inner call did not stop the outer batch
    expect(run.finish().counted).toBe(2);
  });

  it("after a batch that failed part way: the run is stopped, its counts incomplete", () => {
    const run = startClassifyAndTally(opts);
    function* failing() {
      yield h;
      throw new Error("disk read failed");
    }
    expect(caught(() => run.add(failing())).code).toBe("invalid_input");
    const e = caught(() => run.finish());
    expect(e.details).toEqual({ function: "startClassifyAndTally", state: "stopped" });
    expect(e.message).toMatch(/^startClassifyAndTally: finish cannot be called: .*part way/);
  });
});

describe("classifyAndTallyAsync: bad options name the async function", () => {
  it("maxRejected -1 is refused as classifyAndTallyAsync's", async () => {
    const e = await classifyAndTallyAsync([], { standard: "2021-2025", maxRejected: -1 }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(isPovertyError(e) && e.details).toMatchObject({ function: "classifyAndTallyAsync" });
  });
});
