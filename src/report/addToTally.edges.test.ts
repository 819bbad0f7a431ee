// addToTally's edges: the empty result it returns, a record that reads differently twice (the schema's copy is
// counted, once), nested calls sharing a standard (each counted once, in its own tally), and refusals in full.
// Expected counts are the records' own, added up by hand (addToTally's @remarks: households and persons by class,
// each deprivation and group of the poor and near-poor).
import { describe, expect, it } from "vitest";
import { caught } from "../../test/_lib/issues.js";
import { getStandard } from "../standards/getStandard.js";
import { addToTally, checkTallyRecord } from "./addToTally.js";
import { emptyTally } from "./emptyTally.js";
import type { TallyRecord } from "./types.js";

const poor = (): TallyRecord => ({ unitCode: "V-001", standard: "2021-2025", kind: "poor", persons: 4, deprivations: ["employment", "nutrition", "sanitation"] });

describe("addToTally: what it returns", () => {
  it("a counted record returns an empty, frozen list", () => {
    const t = emptyTally("2021-2025");
    const r = addToTally(t, poor());
    expect(r).toEqual([]);
    expect(Object.isFrozen(r)).toBe(true);
    expect([t.households.poor, t.persons.poor, t.segments.poor.deprivations["nutrition"]]).toEqual([1, 4, 1]);
  });
  it("a refused record returns every issue in full and counts nothing", () => {
    const t = emptyTally("2021-2025");
    const r = addToTally(t, { ...poor(), persons: 1001, kind: "near_poor" } as TallyRecord);
    expect(r.map((i) => [i.code, i.path])).toEqual([
      ["invalid_persons", ["persons"]],
      ["class_contradicts_deprivations", ["deprivations"]],
    ]);
    expect(r[1]?.params).toMatchObject({ kind: "near_poor", count: 3, threshold: 3, standard: "2021-2025" });
    expect(t.households.total).toBe(0);
  });
  it("something that is not the library's tally is refused before the record is read", () => {
    let read = false;
    const record = {
      ...poor(),
      get persons() {
        read = true;
        return 4;
      },
    };
    const e = caught(() => addToTally({ ...emptyTally("2021-2025") } as never, record as TallyRecord));
    expect(e.code).toBe("invalid_input");
    expect(e.details).toEqual({ function: "addToTally" });
    expect(read).toBe(false);
  });
});

describe("addToTally: a record that reads differently twice", () => {
  it("a persons getter that gives 0 first and 3 after: the schema's copy (3 persons) is counted, once", () => {
    const t = emptyTally("2021-2025");
    let reads = 0;
    const record = {
      unitCode: "V-001",
      standard: "2021-2025",
      kind: "near_poor",
      get persons() {
        reads++;
        return reads === 1 ? 0 : 3;
      },
    };
    expect(addToTally(t, record as TallyRecord)).toEqual([]);
    expect([t.households.total, t.households.nearPoor, t.persons.nearPoor, t.persons.total]).toEqual([1, 1, 3, 3]);
    // the next record is counted by the usual way, with the same scratch
    expect(addToTally(t, { unitCode: "V-001", standard: "2021-2025", kind: "not_poor", persons: 2 })).toEqual([]);
    expect([t.households.total, t.persons.total, t.persons.notPoor]).toEqual([2, 5, 2]);
  });
});

describe("addToTally: calls made from inside a record (re-entry) under one standard", () => {
  it("two levels deep: three tallies, each household counted once in its own", () => {
    const a = emptyTally("2021-2025");
    const b = emptyTally("2021-2025");
    const c = emptyTally("2021-2025");
    const innermost = { unitCode: "V-003", standard: "2021-2025", kind: "not_poor" as const, persons: 1 };
    const middle = {
      unitCode: "V-002",
      standard: "2021-2025",
      kind: "near_poor",
      get persons() {
        expect(addToTally(c, innermost)).toEqual([]);
        return 2;
      },
    };
    const outer = {
      ...poor(),
      get persons() {
        expect(addToTally(b, middle as TallyRecord)).toEqual([]);
        return 5;
      },
    };
    expect(addToTally(a, outer as TallyRecord)).toEqual([]);
    expect([a.households.poor, a.persons.poor, a.households.total, a.segments.poor.deprivations["sanitation"]]).toEqual([1, 5, 1, 1]);
    expect([b.households.nearPoor, b.persons.nearPoor, b.households.total]).toEqual([1, 2, 1]);
    expect([c.households.notPoor, c.persons.notPoor, c.households.total]).toEqual([1, 1, 1]);
  });
  it("a nested call whose record is refused leaves the outer record's count intact", () => {
    const a = emptyTally("2021-2025");
    const b = emptyTally("2021-2025");
    const outer = {
      ...poor(),
      get persons() {
        expect(addToTally(b, { unitCode: "", standard: "2021-2025", kind: "poor", persons: 2 }).map((i) => i.code)).toEqual(["missing_unit_code"]);
        return 6;
      },
    };
    expect(addToTally(a, outer as TallyRecord)).toEqual([]);
    expect([a.households.poor, a.persons.poor, a.segments.poor.deprivations["employment"]]).toEqual([1, 6, 1]);
    expect(b.households.total).toBe(0);
    // after the nested calls, the shared scratch serves plain calls again: two more records, counted in full
    expect(addToTally(a, poor())).toEqual([]);
    expect(addToTally(b, poor())).toEqual([]);
    expect([a.households.poor, a.persons.poor, b.households.poor, b.persons.poor]).toEqual([2, 10, 1, 4]);
  });
  it("two nested calls one after the other, from the last field read: the outer record keeps its own unit, persons and class", () => {
    const a = emptyTally("2021-2025");
    const b = emptyTally("2021-2025");
    const outer = {
      unitCode: "V-001",
      standard: "2021-2025",
      kind: "poor",
      persons: 5,
      ethnicMinority: true,
      get deprivations() {
        expect(addToTally(b, { unitCode: "V-002", standard: "2021-2025", kind: "near_poor", persons: 2 })).toEqual([]);
        expect(addToTally(b, { unitCode: "V-003", standard: "2021-2025", kind: "not_poor", persons: 3, middleLiving: true })).toEqual([]);
        return ["employment", "nutrition", "sanitation"];
      },
    };
    expect(addToTally(a, outer as TallyRecord)).toEqual([]);
    expect(a.households).toEqual({ total: 1, poor: 1, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 0, notPoor: 0, middleLiving: 0 });
    expect([a.persons.poor, a.segments.poor.ethnicMinority, a.segments.poor.deprivations["nutrition"]]).toEqual([5, 1, 1]);
    expect(b.households).toEqual({ total: 2, poor: 0, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 1, notPoor: 1, middleLiving: 1 });
    expect(b.persons.total).toBe(5);
  });
  it("a nested call under another standard uses that standard's own scratch", () => {
    const a = emptyTally("2021-2025");
    const b = emptyTally("2016-2020");
    const outer = {
      ...poor(),
      get persons() {
        expect(addToTally(b, { unitCode: "X", standard: "2016-2020", kind: "poor", poorBasis: "income", persons: 3 })).toEqual([]);
        return 4;
      },
    };
    expect(addToTally(a, outer as TallyRecord)).toEqual([]);
    expect([a.households.poor, a.persons.poor]).toEqual([1, 4]);
    expect([b.households.poor, b.households.poorByIncome, b.persons.poorByIncome]).toEqual([1, 1, 3]);
  });
});

describe("checkTallyRecord", () => {
  it("an unknown standard: invalid_input naming checkTallyRecord, the issue at `standard`", () => {
    const e = caught(() => checkTallyRecord("2099", poor()));
    expect(e.details).toEqual({ function: "checkTallyRecord", issueCount: 1 });
    expect(e.message.startsWith("Invalid input to checkTallyRecord: ")).toBe(true);
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([["unknown_standard", ["standard"]]]);
  });
  it("a standard object is as good as its id", () => {
    expect(checkTallyRecord(getStandard("2021-2025"), poor())).toEqual([]);
  });
});
