// classifyHouseholds beyond the happy path: the outcomes view, every kind counted, outcomes that are not shared
// constants, explanations on request, the rejection cap and how it reads a bad one, a standard object, and a source
// or options that fail. Outcomes are compared with classifyHousehold's on the same record (the rule's own answer
// is pinned by its tests from the law).
import { describe, expect, it } from "vitest";
import { classifyHousehold, classifyHouseholds, getStandard, type ClassifyHouseholdInput } from "../index.js";
import { caught } from "../../test/_lib/issues.js";

const rec = (b1: number | undefined, b2: number | undefined, extra: object = {}): ClassifyHouseholdInput =>
  ({ standard: "2021-2025", area: "rural", ...(b1 === undefined ? {} : { b1 }), ...(b2 === undefined ? {} : { b2 }), ...extra }) as ClassifyHouseholdInput;

describe("classifyHouseholds", () => {
  // poor, near-poor, not poor, undetermined (B2 missing), rule not found (2027–2030), and a bad record
  const records = [rec(140, 30), rec(140, 20), rec(141, undefined), rec(140, undefined), { standard: "2027-2030", area: "rural", b1: 100 } as ClassifyHouseholdInput, rec(-1, 30, { code: "HH-6" }), rec(100, 25, { code: 7 })];

  it("each outcome is classifyHousehold's, each kind counted, rejected ones null", () => {
    const r = classifyHouseholds(records);
    const expected = records.map((x) => {
      try {
        return classifyHousehold(x).outcome;
      } catch {
        return null;
      }
    });
    expect([...r.outcomes]).toEqual(expected);
    expect(r.outcomes.length).toBe(7);
    expect(r.counts).toEqual({ input: 7, ok: 5, rejected: 2, poor: 1, near_poor: 1, not_poor: 1, undetermined: 1, rule_not_found: 1 });
    // a string code is copied into the report, any other is not
    expect(r.rejected.map((x) => [x.index, x.code, x.issues[0]?.code])).toEqual([
      [5, "HH-6", "too_small"],
      [6, undefined, "b2_not_multiple_of_points"],
    ]);
    expect("code" in (r.rejected[1] as object)).toBe(false);
  });

  it("the view: at() only for whole indexes in range", () => {
    const r = classifyHouseholds(records);
    expect(r.outcomes.at(4)).toEqual({ kind: "rule_not_found", reason: "b1_cutoff_not_found", standard: "2027-2030" });
    expect(r.outcomes.at(3)).toEqual({ kind: "undetermined", missing: ["b2"] });
    for (const i of [-1, 7, 1.5, Number.NaN]) expect(r.outcomes.at(i)).toBeUndefined();
    expect(r.outcomes.at(5)).toBeNull();
  });

  it("with explanations: one decision per record (null when rejected), each as classifyHousehold explains it", () => {
    const r = classifyHouseholds(records, { explain: true });
    expect(r.decisions).toHaveLength(7);
    expect(r.decisions?.[5]).toBeNull();
    for (const i of [0, 1, 2, 3, 4]) expect(JSON.stringify(r.decisions?.[i])).toBe(JSON.stringify(classifyHousehold(records[i] as ClassifyHouseholdInput)));
    expect([...r.outcomes]).toEqual(r.decisions?.map((d) => d?.outcome ?? null));
  });

  it("the cap: rejected records beyond it are counted, not listed; a bad cap is the default (1000), a fraction rounds down", () => {
    const bad = Array.from({ length: 5 }, () => rec(-1, 30));
    expect(classifyHouseholds(bad, { maxRejected: 2 }).rejected.map((x) => x.index)).toEqual([0, 1]);
    expect(classifyHouseholds(bad, { maxRejected: 2 }).counts.rejected).toBe(5);
    expect(classifyHouseholds(bad, { maxRejected: 1.9 }).rejected).toHaveLength(1);
    expect(classifyHouseholds(bad, { maxRejected: 0 }).rejected).toHaveLength(0);
    for (const cap of [-1, Number.NaN, "3"]) expect(classifyHouseholds(bad, { maxRejected: cap as never }).rejected).toHaveLength(5);
    expect(classifyHouseholds(bad, { maxRejected: Number.POSITIVE_INFINITY }).rejected).toHaveLength(5);
  });

  it("a standard given as an object, and records beyond the first block from a generator, are classified as by id", () => {
    const s = getStandard("2016-2020");
    function* gen() {
      for (let i = 0; i < 1500; i++) yield { standard: s, area: "urban", b1: i % 2 === 0 ? 140 : 176, region: undefined } as unknown as ClassifyHouseholdInput;
    }
    const r = classifyHouseholds(gen());
    expect(r.counts).toMatchObject({ input: 1500, ok: 1500, poor: 750, not_poor: 750 });
    expect(r.outcomes.at(1498)).toEqual({ kind: "poor", basis: "income" });
    expect(r.outcomes.at(1499)).toEqual(classifyHousehold({ standard: "2016-2020", area: "urban", b1: 176 }).outcome);
    // a copy of a national standard (as a worker would receive it) is recognised too
    const copy = JSON.parse(JSON.stringify(s));
    expect(classifyHouseholds([{ standard: copy, area: "urban", b1: 140 }, { standard: copy, area: "urban", b1: 140, formA: { reviewed: 1, criteria: [1], labels: [{ vi: "a", en: "a" }] } }]).counts).toMatchObject({ ok: 2, poor: 2 });
  });

  it("a record that cannot be read is rejected; a source that fails midway or options that cannot be read are errors", () => {
    const unreadable = new Proxy({}, { get: () => { throw new Error("boom"); }, ownKeys: () => { throw new Error("boom"); } });
    const r = classifyHouseholds([rec(140, 30), unreadable as never]);
    expect(r.counts).toMatchObject({ input: 2, ok: 1, rejected: 1 });
    expect(r.rejected[0]?.index).toBe(1);
    function* failing() {
      yield rec(140, 30);
      yield rec(140, 30);
      throw new Error("disk");
    }
    const e = caught(() => classifyHouseholds(failing()));
    expect(e.code).toBe("invalid_input");
    expect(e.details).toEqual({ function: "classifyHouseholds", read: 2 });
    expect((e.cause as Error).message).toBe("disk");
    expect(e.issues[0]?.path).toEqual([2]);
    const notIterable = caught(() => classifyHouseholds(null as never));
    expect(notIterable.details).toEqual({ function: "classifyHouseholds" });
    expect(notIterable.issues).toEqual([]);
    expect("cause" in notIterable).toBe(false);
    const options = Object.defineProperty({}, "explain", { get: () => { throw new Error("opts"); } });
    const o = caught(() => classifyHouseholds([], options));
    expect((o.cause as Error).message).toBe("opts");
    expect(o.issues).toHaveLength(1);
  });

  it("a string is iterable but not a source of records; options given as null are the defaults; errors say what was read", () => {
    const s = caught(() => classifyHouseholds("abc" as never));
    expect(s.message).toBe("classifyHouseholds needs an iterable of records and readable options");
    expect(s.code).toBe("invalid_input");
    expect(s.issues).toEqual([]);
    // an object that is not iterable: the same error, with nothing thrown inside to report
    const o = caught(() => classifyHouseholds({} as never));
    expect([o.code, o.issues, "cause" in o]).toEqual(["invalid_input", [], false]);
    expect(classifyHouseholds([rec(140, 30)], null as never).counts).toMatchObject({ input: 1, poor: 1 });
    function* failing() {
      yield rec(140, 30);
      throw new Error("disk");
    }
    expect(caught(() => classifyHouseholds(failing())).message).toBe("classifyHouseholds: the records' iterator threw after 1 records were read; no result is returned");
  });

  it("a record that is not an object is rejected as the wrong type, not as unreadable", () => {
    const r = classifyHouseholds([null, 5, [], rec(140, 30)] as never);
    expect(r.rejected.map((x) => [x.index, x.issues[0]?.code])).toEqual([
      [0, "invalid_type"],
      [1, "invalid_type"],
      [2, "invalid_type"],
    ]);
    expect(r.counts).toMatchObject({ input: 4, ok: 1, rejected: 3, poor: 1 });
  });

  it("an empty source: nothing counted", () => {
    const r = classifyHouseholds([]);
    expect(r.counts).toEqual({ input: 0, ok: 0, rejected: 0, poor: 0, near_poor: 0, not_poor: 0, undetermined: 0, rule_not_found: 0 });
    expect([...r.outcomes]).toEqual([]);
  });
});
