// What every run over many households shares (src/report/_run.ts), read through the runs that use it: the options
// (standard, year, maxRejected: default 1000, 0, Infinity, and what is refused, with the function named), the
// sources (arrays read by index, iterables, async iterables, hostile values), a source that fails part way (how far
// the run got, the cause's message or why it cannot be given), and the units in code order whatever the input order.
// Counts are the inputs' own, added up by hand (tallyRecords' @remarks: counted + rejectedCount = records read).
import { describe, expect, it } from "vitest";
import { revokedProxy } from "../../test/_lib/hostile.js";
import { caught, param } from "../../test/_lib/issues.js";
import { PovertyError } from "../errors/PovertyError.js";
import { classifyAndTally, classifyAndTallyAsync, startClassifyAndTally } from "./classifyAndTally.js";
import { tallyMovements } from "./movement.js";
import { tallyRecords, tallyRecordsAsync } from "./tallyRecords.js";

const S = "2021-2025";
const rec = (unitCode: string, persons = 1) => ({ unitCode, standard: S, kind: "not_poor", persons });
/** A household the fused run counts as not poor (B1 150 is above the 2021–2025 cut-off 140 of shared/spec/forms.md). */
const hh = (unitCode: string) => ({ unitCode, standard: S, area: "rural", persons: 2, b1: 150 });
/** The rejection of a promise, or undefined when it resolves. */
const rejection = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );
const nulls = (n: number): unknown[] => new Array<unknown>(n).fill(null);
const failedMessage = (what: string, read: number, counted: number, rejected: number, cause: string): string =>
  `${what}: reading the records failed after ${read} record(s) (${counted} counted, ${rejected} rejected); no result is returned, because it would be incomplete. Cause: ${cause}`;

describe("maxRejected: how many rejected records are listed (all are counted)", () => {
  it("by default 1000: of 1001 rejected records the first 1000 are listed, indexes 0 to 999", () => {
    const r = tallyRecords([rec("V"), ...nulls(1001)], { standard: S });
    expect([r.counted, r.rejectedCount, r.rejected.length, r.rejected[0]?.index, r.rejected[999]?.index]).toEqual([1, 1001, 1000, 1, 1000]);
    const f = classifyAndTally(nulls(1001), { standard: S });
    expect([f.counted, f.rejectedCount, f.rejected.length, f.rejected[999]?.index]).toEqual([0, 1001, 1000, 999]);
  });
  it("Infinity lists them all; 0 lists none; 2 lists the first two", () => {
    const all = tallyRecords(nulls(1001), { standard: S, maxRejected: Number.POSITIVE_INFINITY });
    expect([all.rejectedCount, all.rejected.length, all.rejected[1000]?.index]).toEqual([1001, 1001, 1000]);
    const none = classifyAndTally([hh("V"), null, null], { standard: S, maxRejected: 0 });
    expect([none.counted, none.rejectedCount, none.rejected]).toEqual([1, 2, []]);
    const two = classifyAndTally([null, hh("V"), null, null], { standard: S, maxRejected: 2 });
    expect([two.counted, two.rejectedCount, two.rejected.map((x) => x.index)]).toEqual([1, 3, [0, 2]]);
  });
  it("refused: a negative, a fraction, a string, NaN, null — at the path maxRejected, naming the function", () => {
    for (const maxRejected of [-1, 1.5, "3", Number.NaN, null, Number.NEGATIVE_INFINITY]) {
      for (const [what, f] of [
        ["tallyRecords", () => tallyRecords([], { standard: S, maxRejected } as never)],
        ["classifyAndTally", () => classifyAndTally([], { standard: S, maxRejected } as never)],
        ["startClassifyAndTally", () => startClassifyAndTally({ standard: S, maxRejected } as never)],
      ] as const) {
        const e = caught(f);
        expect([e.code, e.details["function"], e.issues.map((i) => i.path)]).toEqual(["invalid_input", what, [["maxRejected"]]]);
      }
    }
  });
  it("tallyMovements has the same option: default 1000, and the same refusals naming tallyMovements", () => {
    const r = tallyMovements(nulls(1001));
    expect([r.rejectedCount, r.rejected.length, r.rejected[999]?.index]).toEqual([1001, 1000, 999]);
    const u = tallyMovements(nulls(3), undefined);
    expect([u.rejectedCount, u.rejected.length]).toEqual([3, 3]);
    expect(tallyMovements(nulls(3), { maxRejected: 1 }).rejected.map((x) => x.index)).toEqual([0]);
    expect(tallyMovements(nulls(1001), { maxRejected: Number.POSITIVE_INFINITY }).rejected).toHaveLength(1001);
    for (const maxRejected of [-1, 0.5, "1"]) {
      const e = caught(() => tallyMovements([], { maxRejected } as never));
      expect([e.details["function"], e.issues.map((i) => i.path)]).toEqual(["tallyMovements", [["maxRejected"]]]);
    }
  });
});

describe("the standard and the year of a run", () => {
  it("year null is not given; a year inside the standard's list years (2022–2026) is carried by the result and every tally", () => {
    const n = classifyAndTally([hh("V")], { standard: S, year: null });
    expect([n.standard, n.year, n.units["V"]?.year]).toEqual([S, null, null]);
    const y = classifyAndTally([hh("V")], { standard: S, year: 2026 });
    expect([y.year, y.units["V"]?.year, y.units["V"]?.standard]).toEqual([2026, 2026, S]);
    expect(startClassifyAndTally({ standard: S, year: 2022 }).finish().year).toBe(2022);
  });
  it("a year outside them: year_outside_standard at the path year, with the standard's bounds, naming the function", () => {
    const e = caught(() => classifyAndTally([], { standard: S, year: 2021 }));
    expect([e.details["function"], e.issues.map((i) => [i.code, i.path, i.params])]).toEqual(["classifyAndTally", [["year_outside_standard", ["year"], { year: 2021, standard: S, from: 2022, to: 2026 }]]]);
  });
  it("a year that is not a whole number, and a standard that is unknown: refused at their paths", () => {
    for (const year of [2024.5, "2024"]) {
      const e = caught(() => tallyRecords([], { standard: S, year } as never));
      expect([e.details["function"], e.issues.map((i) => i.path)]).toEqual(["tallyRecords", [["year"]]]);
    }
    const u = caught(() => classifyAndTally([], { standard: "2099" }));
    expect(u.issues.map((i) => [i.code, i.path, param(i, "id")])).toEqual([["unknown_standard", ["standard"], "2099"]]);
    for (const options of [null, 5, undefined]) {
      const e = caught(() => tallyRecords([], options as never));
      expect(e.details["function"]).toBe("tallyRecords");
    }
  });
  it("the standard given as an object: the run's layout is that standard's", () => {
    const r = tallyRecords([{ ...rec("V"), standard: "2016-2020" }], { standard: "2016-2020", year: 2021 });
    expect([r.standard, r.units["V"]?.layout.classRule, r.units["V"]?.layout.segments.length]).toEqual(["2016-2020", "two_lines", 4]);
  });
});

describe("the units come in code order, whatever the order of the input", () => {
  it("codes out of order: sorted; each unit counted once per record, also when the codes alternate", () => {
    const r = tallyRecords([rec("B", 1), rec("A", 2), rec("C", 3), rec("A", 4), rec("B", 5), rec("A", 6)], { standard: S });
    expect(Object.keys(r.units)).toEqual(["A", "B", "C"]);
    expect([r.units["A"]?.persons.total, r.units["B"]?.persons.total, r.units["C"]?.persons.total]).toEqual([12, 6, 3]);
    expect([r.units["A"]?.households.total, r.units["B"]?.households.total, r.units["C"]?.households.total]).toEqual([3, 2, 1]);
  });
  it("codes in order, and in order after a repeat: the same order", () => {
    expect(Object.keys(tallyRecords([rec("A"), rec("A"), rec("B"), rec("C")], { standard: S }).units)).toEqual(["A", "B", "C"]);
    expect(Object.keys(tallyRecords([rec("A"), rec("C"), rec("C"), rec("B")], { standard: S }).units)).toEqual(["A", "B", "C"]);
    expect(Object.keys(tallyRecords([rec("C"), rec("A"), rec("B")], { standard: S }).units)).toEqual(["A", "B", "C"]);
  });
  it("code order is by UTF-16 code units: upper case before lower case, a prefix first", () => {
    expect(Object.keys(classifyAndTally([hh("b"), hh("B"), hh("a"), hh("A1"), hh("A")], { standard: S }).units)).toEqual(["A", "A1", "B", "a", "b"]);
  });
  it("a unit's tallies are its own: two units' counts do not mix", () => {
    const r = classifyAndTally([hh("X"), hh("Y"), hh("X")], { standard: S });
    expect([r.units["X"]?.households.notPoor, r.units["Y"]?.households.notPoor, r.units["X"]?.persons.total, r.counted]).toEqual([2, 1, 4, 3]);
  });
});

describe("a source that fails part way: how far the run got, and why", () => {
  /** Records: good, bad, good, then the generator throws `cause`. */
  function* failing(cause: unknown): Generator<unknown> {
    yield rec("V");
    yield null;
    yield rec("V");
    throw cause;
  }
  it("an Error: its message, and read, counted and rejected in the message and the details", () => {
    const e = caught(() => tallyRecords(failing(new Error("disk full")), { standard: S }));
    expect(e.code).toBe("invalid_input");
    expect(e.message).toBe(failedMessage("tallyRecords", 3, 2, 1, "disk full"));
    expect(e.details).toEqual({ function: "tallyRecords", read: 3, counted: 2, rejected: 1 });
  });
  it("a value that is not an Error (a string thrown): said so, its text not shown", () => {
    const e = caught(() => classifyAndTally(failing("disk full"), { standard: S }));
    // the three tally records are not households: all three rejected
    expect(e.message).toBe(failedMessage("classifyAndTally", 3, 0, 3, "a value that is not an Error"));
  });
  it("an Error whose message cannot be read: said so", () => {
    const bad = new Error("x");
    Object.defineProperty(bad, "message", {
      get() {
        throw new Error("no");
      },
    });
    const e = caught(() => tallyRecords(failing(bad), { standard: S }));
    expect(e.message).toBe(failedMessage("tallyRecords", 3, 2, 1, "an Error whose message cannot be read"));
    expect(e.details).toEqual({ function: "tallyRecords", read: 3, counted: 2, rejected: 1 });
  });
  it("a long message: its first 200 characters", () => {
    const long = `${"a".repeat(199)}bc${"d".repeat(100)}`;
    const e = caught(() => tallyRecords(failing(new Error(long)), { standard: S }));
    expect(e.message.endsWith(`Cause: ${"a".repeat(199)}b`)).toBe(true);
    expect(e.message).toBe(failedMessage("tallyRecords", 3, 2, 1, `${"a".repeat(199)}b`));
  });
  it("an array whose element cannot be read (a Proxy that throws at index 2): read 2, from the array read by index", () => {
    const target = [rec("V"), null, rec("V")];
    const p = new Proxy(target, {
      get(t, k, r) {
        if (k === "2") throw new RangeError("gone");
        return Reflect.get(t, k, r) as unknown;
      },
    });
    const e = caught(() => tallyRecords(p, { standard: S }));
    expect(e.message).toBe(failedMessage("tallyRecords", 2, 1, 1, "gone"));
    expect(e.details).toEqual({ function: "tallyRecords", read: 2, counted: 1, rejected: 1 });
  });
  it("an array whose length cannot be read the third time: read 2 (length is read before each element)", () => {
    let lengthReads = 0;
    const p = new Proxy([rec("V"), rec("W"), rec("X")], {
      get(t, k, r) {
        if (k === "length" && ++lengthReads === 3) throw new Error("length");
        return Reflect.get(t, k, r) as unknown;
      },
    });
    const e = caught(() => classifyAndTally(p, { standard: S }));
    expect(e.details).toEqual({ function: "classifyAndTally", read: 2, counted: 0, rejected: 2 });
  });
  it("the batch run: counts from its first household, across batches, naming startClassifyAndTally", () => {
    const run = startClassifyAndTally({ standard: S });
    run.add([hh("V"), null]);
    const e = caught(() => run.add(failing(new Error("cursor"))));
    expect(e.message).toBe(failedMessage("startClassifyAndTally", 5, 1, 4, "cursor"));
    expect(e.details).toEqual({ function: "startClassifyAndTally", read: 5, counted: 1, rejected: 4 });
  });
  it("async: a source that rejects, and one whose next throws, after two records", async () => {
    async function* rows(): AsyncGenerator<unknown> {
      yield rec("V");
      yield rec("V");
      throw new Error("socket");
    }
    const a = await rejection(tallyRecordsAsync(rows(), { standard: S }));
    expect(a).toBeInstanceOf(PovertyError);
    expect((a as PovertyError).message).toBe(failedMessage("tallyRecordsAsync", 2, 2, 0, "socket"));
    expect((a as PovertyError).details).toEqual({ function: "tallyRecordsAsync", read: 2, counted: 2, rejected: 0 });
    let n = 0;
    const iterable = {
      [Symbol.asyncIterator]: () => ({
        next: (): Promise<IteratorResult<unknown>> => {
          if (n++ < 2) return Promise.resolve({ done: false, value: null });
          throw 7;
        },
      }),
    };
    const b = await rejection(classifyAndTallyAsync(iterable, { standard: S }));
    expect((b as PovertyError).message).toBe(failedMessage("classifyAndTallyAsync", 2, 0, 2, "a value that is not an Error"));
  });
});

describe("what is not a source", () => {
  const notIterable = (what: string): string => `${what} needs an iterable of records (an array, a generator)`;
  it("a number, null, a string, a plain object: refused before anything is read, naming the function", () => {
    for (const x of [5, null, undefined, "abc", {}]) {
      const e = caught(() => tallyRecords(x as never, { standard: S }));
      expect([e.code, e.message, e.details]).toEqual(["invalid_input", notIterable("tallyRecords"), { function: "tallyRecords" }]);
    }
  });
  it("an iterator method that is not a function, returns no object, returns an object without next, or throws", () => {
    const cases: unknown[] = [
      { [Symbol.iterator]: 5 },
      { [Symbol.iterator]: () => 5 },
      { [Symbol.iterator]: () => null },
      { [Symbol.iterator]: () => ({}) },
      { [Symbol.iterator]: () => ({ next: 1 }) },
      {
        [Symbol.iterator]: () => {
          throw new Error("no");
        },
      },
      Object.defineProperty({}, Symbol.iterator, {
        get() {
          throw new Error("no");
        },
      }),
      revokedProxy(),
      revokedProxy([]),
    ];
    for (const x of cases) {
      const e = caught(() => classifyAndTally(x as never, { standard: S }));
      expect([e.message, e.details]).toEqual([notIterable("classifyAndTally"), { function: "classifyAndTally" }]);
    }
  });
  it("a batch that is not iterable is refused and the run goes on", () => {
    const run = startClassifyAndTally({ standard: S });
    const e = caught(() => run.add({} as never));
    expect([e.message, e.details]).toEqual([notIterable("startClassifyAndTally"), { function: "startClassifyAndTally" }]);
    run.add([hh("V")]);
    expect([run.read, run.finish().counted]).toEqual([1, 1]);
  });
  it("async: a value that is neither is refused naming the async function; an async iterator method that throws, or a revoked Proxy, too", async () => {
    const a = await rejection(tallyRecordsAsync(5 as never, { standard: S }));
    expect([(a as PovertyError).message, (a as PovertyError).details]).toEqual([notIterable("tallyRecordsAsync"), { function: "tallyRecordsAsync" }]);
    const b = await rejection(tallyRecordsAsync({ [Symbol.asyncIterator]: 5 } as never, { standard: S }));
    expect((b as PovertyError).message).toBe(notIterable("tallyRecordsAsync"));
    const thrower = {
      [Symbol.asyncIterator]: () => {
        throw new Error("no");
      },
    };
    for (const x of [thrower, revokedProxy()]) {
      const c = await rejection(classifyAndTallyAsync(x as never, { standard: S }));
      expect(c).toBeInstanceOf(PovertyError);
      expect([(c as PovertyError).code, (c as PovertyError).message, (c as PovertyError).details]).toEqual(["invalid_input", "classifyAndTallyAsync needs an async iterable or an iterable of records", { function: "classifyAndTallyAsync" }]);
    }
  });
  it("async from a sync iterable: a generator and a Set are read", async () => {
    function* gen(): Generator<unknown> {
      yield rec("V");
      yield null;
    }
    const r = await tallyRecordsAsync(gen(), { standard: S });
    expect([r.counted, r.rejectedCount]).toEqual([1, 1]);
    const s = await classifyAndTallyAsync(new Set([hh("V"), hh("W")]), { standard: S });
    expect(Object.keys(s.units)).toEqual(["V", "W"]);
  });
});

describe("arrays are read by index only when that gives what their iterator gives", () => {
  it("an array with an iterator of its own is read through it (as for…of would)", () => {
    const a: unknown[] = [null, null, null];
    Object.defineProperty(a, Symbol.iterator, {
      value: function* (): Generator<unknown> {
        yield rec("A", 2);
      },
    });
    const r = tallyRecords(a as never, { standard: S });
    expect([r.counted, r.rejectedCount, r.units["A"]?.persons.total]).toEqual([1, 0, 2]);
  });
  it("a sparse array: its holes are records (undefined), as its iterator gives them", () => {
    const a: unknown[] = [rec("A")];
    a[2] = rec("B");
    const r = tallyRecords(a, { standard: S });
    expect([r.counted, r.rejectedCount, r.rejected.map((x) => x.index)]).toEqual([2, 1, [1]]);
  });
  it("a Proxy of an array that lets every read through: read like the array", () => {
    const r = classifyAndTally(new Proxy([hh("V"), null], {}), { standard: S });
    expect([r.counted, r.rejectedCount]).toEqual([1, 1]);
  });
});

describe("arrays are read by index, with no iterator object per record (startClassifyAndTally's remarks)", () => {
  it("a run over a plain array calls the array iterator's next no more for 100 records than for 10", () => {
    const proto = Object.getPrototypeOf([][Symbol.iterator]()) as { next: (...a: unknown[]) => unknown };
    const next = proto.next;
    const calls: number[] = [];
    const counted: number[] = [];
    for (const n of [10, 100]) {
      const records = Array.from({ length: n }, (_, i) => rec(i % 2 === 0 ? "A" : "B"));
      let k = 0;
      proto.next = function (this: unknown, ...a: unknown[]): unknown {
        k++;
        return next.apply(this, a);
      };
      try {
        counted.push(tallyRecords(records, { standard: S }).counted);
      } finally {
        proto.next = next;
      }
      calls.push(k);
    }
    expect(counted).toEqual([10, 100]);
    expect(calls[1]).toBe(calls[0]);
  });
  it("async: null is not iterable (the sync message), as 5 is", async () => {
    const a = await rejection(tallyRecordsAsync(null as never, { standard: S }));
    expect((a as PovertyError).message).toBe("tallyRecordsAsync needs an iterable of records (an array, a generator)");
  });
});

describe("an iterator's steps are read as `for…of` reads them", () => {
  /** An iterable whose iterator gives `steps` in turn (then `{ done: true }`). */
  const stepping = (steps: readonly unknown[]): Iterable<unknown> => ({
    [Symbol.iterator]() {
      let i = 0;
      return { next: () => (i < steps.length ? steps[i++] : { done: true, value: undefined }) } as Iterator<unknown>;
    },
  });
  it("any truthy `done` ends the source (1, \"yes\"), as it ends a for…of loop; a falsy one (0, \"\") does not", () => {
    const steps = [{ done: 0, value: rec("V") }, { done: "", value: rec("V") }, { done: 1, value: rec("V") }, { done: false, value: rec("V") }];
    let byForOf = 0;
    for (const _ of stepping(steps)) byForOf++;
    expect(byForOf).toBe(2);
    expect(tallyRecords(stepping(steps), { standard: S }).counted).toBe(2);
    expect(classifyAndTally(stepping([{ done: 0, value: hh("V") }, { done: "yes", value: hh("V") }]), { standard: S }).counted).toBe(1);
  });
  it("a step that is not an object is a failing source (PovertyError with how far the run got), not a raw TypeError", () => {
    const e = caught(() => tallyRecords(stepping([{ done: false, value: rec("V") }, undefined]), { standard: S }));
    expect(e).toBeInstanceOf(PovertyError);
    expect(e.code).toBe("invalid_input");
    expect(e.details).toEqual({ function: "tallyRecords", read: 1, counted: 1, rejected: 0 });
  });
  it("a step whose `done` throws is a failing source too", () => {
    const step = Object.defineProperty({}, "done", {
      get() {
        throw new Error("no done");
      },
    });
    const e = caught(() => tallyRecords(stepping([step]), { standard: S }));
    expect(e.message).toBe(failedMessage("tallyRecords", 0, 0, 0, "no done"));
  });
  it("the same for an async source: a truthy `done` ends it, a step that is not an object fails it", async () => {
    const asyncStepping = (steps: readonly unknown[]): AsyncIterable<unknown> => ({
      [Symbol.asyncIterator]() {
        let i = 0;
        return { next: () => Promise.resolve(i < steps.length ? steps[i++] : { done: true, value: undefined }) } as AsyncIterator<unknown>;
      },
    });
    expect((await tallyRecordsAsync(asyncStepping([{ done: 0, value: rec("V") }, { done: 1, value: rec("V") }]), { standard: S })).counted).toBe(1);
    const e = await rejection(tallyRecordsAsync(asyncStepping([null]), { standard: S }));
    expect(e).toBeInstanceOf(PovertyError);
    expect((e as PovertyError).details).toEqual({ function: "tallyRecordsAsync", read: 0, counted: 0, rejected: 0 });
  });
});
