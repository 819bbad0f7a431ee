// tallyRecords and tallyRecordsAsync at their edges: the rejected-record cap (0, 1, a few), each rejected record's
// 0-based index among the records read, a record that reads differently twice, the year and standard the result
// carries, and the function named when the options or the source are refused. Every count is the records' own,
// added up by hand (tallyRecords' @remarks: counted + rejectedCount = records read).
import { describe, expect, it } from "vitest";
import { caught } from "../../test/_lib/issues.js";
import { PovertyError } from "../errors/PovertyError.js";
import { tallyRecords, tallyRecordsAsync } from "./tallyRecords.js";

const S = "2021-2025";
const good = (unitCode: string, persons = 2) => ({ unitCode, standard: S, kind: "not_poor", persons });
const noUnit = () => ({ unitCode: "", standard: S, kind: "not_poor", persons: 2 });
/** Records 0–5: good, bad, good, bad, bad, good (three rejected, at 1, 3 and 4). */
const mixed = (): unknown[] => [good("B", 1), noUnit(), good("A", 2), { ...good("A"), persons: 0 }, null, good("B", 3)];

describe("the rejected records: every one counted, the first maxRejected listed with their index", () => {
  it("by default all three are listed with their indexes and issues; the good ones are counted per unit, in code order", () => {
    const r = tallyRecords(mixed(), { standard: S });
    expect([r.counted, r.rejectedCount]).toEqual([3, 3]);
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => [i.code, i.path])])).toEqual([
      [1, [["missing_unit_code", ["unitCode"]]]],
      [3, [["invalid_persons", ["persons"]]]],
      [4, [["invalid_type", []]]],
    ]);
    expect(Object.keys(r.units)).toEqual(["A", "B"]);
    expect([r.units["A"]?.households.notPoor, r.units["A"]?.persons.notPoor, r.units["B"]?.households.notPoor, r.units["B"]?.persons.notPoor]).toEqual([1, 2, 2, 4]);
  });
  it("maxRejected 1 lists the first; maxRejected 0 lists none; both count all three", () => {
    const one = tallyRecords(mixed(), { standard: S, maxRejected: 1 });
    expect([one.counted, one.rejectedCount, one.rejected.map((x) => x.index)]).toEqual([3, 3, [1]]);
    const none = tallyRecords(mixed(), { standard: S, maxRejected: 0 });
    expect([none.counted, none.rejectedCount, none.rejected]).toEqual([3, 3, []]);
    expect(none.units["B"]?.persons.total).toBe(4);
  });
  it("the async twin gives the same, from an async source and from an array", async () => {
    async function* rows() {
      yield* mixed();
    }
    for (const src of [rows(), mixed()]) {
      const r = await tallyRecordsAsync(src, { standard: S, maxRejected: 2 });
      expect([r.counted, r.rejectedCount, r.rejected.map((x) => x.index)]).toEqual([3, 3, [1, 3]]);
      expect(r.units["A"]?.persons.total).toBe(2);
    }
  });
});

/** A near-poor record whose persons read 0 the first time and 3 after, and how often they were read (fresh each call). */
function shiftyRecord(): { record: object; reads: () => number } {
  let reads = 0;
  const record = {
    unitCode: "V",
    standard: S,
    kind: "near_poor",
    get persons() {
      reads++;
      return reads === 1 ? 0 : 3;
    },
  };
  return { record, reads: () => reads };
}

describe("a record that reads differently twice (a getter)", () => {
  it("persons 0 at the first read and 3 after: the schema's copy is counted, once, and nothing is rejected", () => {
    const { record: shifty } = shiftyRecord();
    const r = tallyRecords([shifty, good("V")], { standard: S });
    expect([r.counted, r.rejectedCount, r.rejected]).toEqual([2, 0, []]);
    expect([r.units["V"]?.households.nearPoor, r.units["V"]?.persons.nearPoor, r.units["V"]?.persons.total]).toEqual([1, 3, 5]);
  });
  it("with no rejected record listed (maxRejected 0) the record is only counted as rejected: it is not read again", () => {
    const { record: shifty, reads } = shiftyRecord();
    const r = tallyRecords([shifty], { standard: S, maxRejected: 0 });
    expect([r.counted, r.rejectedCount, reads()]).toEqual([0, 1, 1]);
    expect(r.units).toEqual({});
  });
});

describe("the result carries the run's standard and year", () => {
  it("a year given: every unit's tally and the result carry it", () => {
    const r = tallyRecords([good("V")], { standard: S, year: 2024 });
    expect([r.standard, r.year, r.units["V"]?.year, r.units["V"]?.standard]).toEqual([S, 2024, 2024, S]);
  });
  it("no year: null", async () => {
    const r = await tallyRecordsAsync([good("V")], { standard: S });
    expect([r.year, r.units["V"]?.year]).toEqual([null, null]);
  });
});

describe("refusals name the function", () => {
  it("options without a standard: invalid_input naming tallyRecords, or tallyRecordsAsync as a rejected promise", async () => {
    const e = caught(() => tallyRecords([], {} as never));
    expect(e.details).toMatchObject({ function: "tallyRecords" });
    expect(e.message.startsWith("Invalid input to tallyRecords: ")).toBe(true);
    const a = await tallyRecordsAsync([], {} as never).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(a).toBeInstanceOf(PovertyError);
    expect((a as PovertyError).details).toMatchObject({ function: "tallyRecordsAsync" });
    expect((a as PovertyError).message.startsWith("Invalid input to tallyRecordsAsync: ")).toBe(true);
  });
  it("a year outside the standard's list years (2022–2026 for 2021–2025) names the function too", () => {
    const e = caught(() => tallyRecords([], { standard: S, year: 2027 }));
    expect(e.details).toMatchObject({ function: "tallyRecords" });
    expect(e.issues.map((i) => [i.code, i.path, i.params])).toEqual([["year_outside_standard", ["year"], { year: 2027, standard: S, from: 2022, to: 2026 }]]);
  });
  it("a source that is not iterable, and one that fails part way", async () => {
    const e = caught(() => tallyRecords(5 as never, { standard: S }));
    expect(e.message).toBe("tallyRecords needs an iterable of records (an array, a generator)");
    expect(e.details).toEqual({ function: "tallyRecords" });
    function* failing() {
      yield good("V");
      yield noUnit();
      throw new Error("disk");
    }
    const f = caught(() => tallyRecords(failing(), { standard: S }));
    expect(f.details).toEqual({ function: "tallyRecords", read: 2, counted: 1, rejected: 1 });
    async function* failingAsync() {
      yield* failing();
    }
    const g = await tallyRecordsAsync(failingAsync(), { standard: S }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect((g as PovertyError).details).toEqual({ function: "tallyRecordsAsync", read: 2, counted: 1, rejected: 1 });
    expect((g as PovertyError).message.startsWith("tallyRecordsAsync: reading the records failed after 2 record(s)")).toBe(true);
  });
});
