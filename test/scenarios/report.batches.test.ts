// The fused run fed in batches (startClassifyAndTally): the batches, however cut, give the tallies of classifying
// each household, making its record and tallying the records — rejected indices counted from the run's first
// household — and a run that was finished or whose batch failed takes nothing more.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPovertyError, PovertyError, startClassifyAndTally, type UnitTallies } from "../../src/index.js";
import { household, reference } from "./_report/households.js";

const SEED = 20261201;
const json = (r: UnitTallies) => JSON.stringify(r.units);

/** The households cut into batches at the given points. */
function cut<T>(xs: readonly T[], points: readonly number[]): T[][] {
  const at = [...new Set(points.map((p) => p % (xs.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let from = 0;
  for (const p of [...at, xs.length]) {
    out.push(xs.slice(from, p));
    from = p;
  }
  return out;
}

const V1 = { unitCode: "V-1", standard: "2021-2025", area: "rural", persons: 3, b1: 150 } as const;

describe("startClassifyAndTally: batches equal classify → record → tallyRecords (property)", () => {
  for (const s of ["2016-2020", "2021-2025"] as const) {
    it(`under ${s}, valid and bad households, cut anywhere, some batches as generators`, () => {
      fc.assert(
        fc.property(fc.array(household(s, ["V1", "V2"], true), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 5 }), fc.boolean(), (hs, points, gen) => {
          const run = startClassifyAndTally({ standard: s, maxRejected: Infinity });
          for (const [i, b] of cut(hs, points).entries())
            run.add(
              gen && i % 2 === 1
                ? (function* () {
                    yield* b;
                  })()
                : b,
            );
          expect(run.read).toBe(hs.length);
          const r = run.finish();
          const ref = reference(hs, s);
          expect(json(r)).toBe(json(ref.run));
          expect(r.rejected.map((x) => x.index)).toEqual(ref.rejected);
          expect(r.counted + r.rejectedCount).toBe(hs.length);
        }),
        { seed: SEED, numRuns: 150 },
      );
    });
  }
});

describe("startClassifyAndTally: a run's life", () => {
  it("counts a rejected household by its index in the whole run, not in its batch", () => {
    const run = startClassifyAndTally({ standard: "2021-2025" });
    run.add([V1, V1]);
    run.add([V1, { ...V1, persons: 0 }]);
    const r = run.finish();
    expect(r.rejected.map((x) => x.index)).toEqual([3]);
    expect(r.units["V-1"]?.households.notPoor).toBe(3);
  });

  it("a run with no batch gives empty tallies", () => {
    const r = startClassifyAndTally({ standard: "2021-2025", year: 2026 }).finish();
    expect(r).toMatchObject({ standard: "2021-2025", year: 2026, counted: 0, rejectedCount: 0, units: {} });
  });

  it("refuses a second finish and an add after finish, and the tallies handed out stay as they were", () => {
    const run = startClassifyAndTally({ standard: "2021-2025" });
    run.add([V1]);
    const r = run.finish();
    expect(() => run.add([V1])).toThrow(/the run is finished/);
    expect(() => run.finish()).toThrow(PovertyError);
    expect(r.units["V-1"]?.households.total).toBe(1);
  });

  it("a batch that is not iterable is refused and the run goes on", () => {
    const run = startClassifyAndTally({ standard: "2021-2025" });
    for (const bad of [42, null, { length: 1, 0: V1 }]) {
      let e: unknown;
      try {
        run.add(bad as never);
      } catch (x) {
        e = x;
      }
      expect(isPovertyError(e) && e.code).toBe("invalid_input");
    }
    run.add([V1]);
    expect(run.finish().counted).toBe(1);
  });

  it("a batch that fails part way stops the run: no partial count can be finished", () => {
    const run = startClassifyAndTally({ standard: "2021-2025" });
    run.add([V1]);
    function* failing() {
      yield V1;
      throw new Error("cursor closed");
    }
    expect(() => run.add(failing())).toThrow(/after 2 record\(s\) \(2 counted, 0 rejected\)/);
    expect(() => run.finish()).toThrow(/a batch failed part way/);
    expect(() => run.add([V1])).toThrow(/a batch failed part way/);
  });

  it("an add from inside a batch (a getter) is refused; that household is rejected, the others counted", () => {
    const run = startClassifyAndTally({ standard: "2021-2025", maxRejected: Infinity });
    const sneaky = {
      ...V1,
      get persons() {
        run.add([V1]);
        return 3;
      },
    };
    run.add([V1, sneaky, V1]);
    const r = run.finish();
    expect(r.counted).toBe(2);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });

  it("refuses bad options at the start", () => {
    expect(() => startClassifyAndTally({ standard: "1999" })).toThrow(PovertyError);
    expect(() => startClassifyAndTally({ standard: "2021-2025", maxRejected: -1 })).toThrow(PovertyError);
  });

  it("two runs share nothing", () => {
    const a = startClassifyAndTally({ standard: "2021-2025" });
    const b = startClassifyAndTally({ standard: "2021-2025" });
    a.add([V1, V1]);
    b.add([V1]);
    expect(a.finish().units["V-1"]?.households.total).toBe(2);
    expect(b.finish().units["V-1"]?.households.total).toBe(1);
  });

  it("the run object cannot be changed", () => {
    const run = startClassifyAndTally({ standard: "2021-2025" });
    expect(Object.isFrozen(run)).toBe(true);
    expect(() => {
      (run as unknown as { read: number }).read = 5;
    }).toThrow(TypeError);
  });
});
