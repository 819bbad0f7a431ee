import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { movementRecord } from "../../test/scenarios/_report/arbitraries.js";
import { caught } from "../../test/_lib/issues.js";
import { addMovement, checkMovementBalance, emptyMovement, isMovementCountable, mergeMovements, tallyMovements } from "./movement.js";
import { movementTables } from "./movementTables.js";
import type { MovementRecord, MovementStatus } from "./types.js";

const one = (previous: MovementStatus, current: MovementStatus, extra: Partial<MovementRecord> = {}) => {
  const m = emptyMovement();
  const rec: MovementRecord = {
    unitCode: "V",
    previous,
    current,
    ...(previous !== "absent" ? { previousPersons: 4 } : {}),
    ...(current !== "absent" ? { currentPersons: 4 } : {}),
    ...extra,
  };
  expect(addMovement(m, rec)).toEqual([]);
  return m;
};

describe("addMovement: the columns of shared/spec/reports.md tables 2 and 3", () => {
  it.each<[MovementStatus, MovementStatus, Partial<MovementRecord>, number[], number[]]>([
    // previous, current, extra, poor columns (households), near-poor columns (households)
    ["poor", "poor", {}, [1, 0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ["poor", "near_poor", {}, [1, 1, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0, 0, 0, 1]],
    ["poor", "not_poor", {}, [1, 0, 1, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ["poor", "absent", { reason: "died" }, [1, 0, 0, 1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ["near_poor", "poor", {}, [0, 0, 0, 0, 1, 0, 0, 0, 1], [1, 0, 1, 0, 0, 0, 0, 0, 0]],
    ["near_poor", "not_poor", {}, [0, 0, 0, 0, 0, 0, 0, 0, 0], [1, 1, 0, 0, 0, 0, 0, 0, 0]],
    ["near_poor", "absent", { reason: "moved_out" }, [0, 0, 0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 1, 0, 0, 0, 0, 0]],
    ["not_poor", "poor", { fellBack: true }, [0, 0, 0, 0, 0, 1, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ["not_poor", "poor", {}, [0, 0, 0, 0, 0, 0, 1, 0, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ["not_poor", "near_poor", { fellBack: true }, [0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 1, 0, 0, 1]],
    ["not_poor", "near_poor", {}, [0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 1, 0, 1]],
    ["absent", "poor", { reason: "moved_in" }, [0, 0, 0, 0, 0, 0, 0, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ["absent", "near_poor", { reason: "split" }, [0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 1, 1]],
    ["not_poor", "absent", { reason: "moved_out" }, [0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])("%s → %s %j", (p, c, extra, poor, near) => {
    const m = one(p, c, extra);
    expect(m.poor.households).toEqual(poor);
    expect(m.nearPoor.households).toEqual(near);
  });
  it("puts a change in members of a household that stays poor in columns 4 and 8 (persons)", () => {
    const m = emptyMovement();
    addMovement(m, { unitCode: "V", previous: "poor", current: "poor", previousPersons: 5, currentPersons: 3 });
    addMovement(m, { unitCode: "V", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 4 });
    expect(m.poor.persons).toEqual([7, 0, 0, 2, 0, 0, 0, 2, 7]);
    expect(m.poor.households).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 2]);
  });
  it("carries the previous persons across a class change, the difference going to the new class's 'other'", () => {
    const m = one("poor", "near_poor", { previousPersons: 5, currentPersons: 6 });
    expect(m.poor.persons).toEqual([5, 5, 0, 0, 0, 0, 0, 0, 0]);
    expect(m.nearPoor.persons).toEqual([0, 0, 0, 0, 5, 0, 0, 1, 6]);
  });
});

describe("addMovement: bad input", () => {
  const codes = (r: unknown) => addMovement(emptyMovement(), r as MovementRecord).map((i) => i.code);
  it("rejects an unknown previous class", () => {
    const issues = addMovement(emptyMovement(), { unitCode: "V", previous: "rich" as never, current: "poor", currentPersons: 2 });
    expect(issues.map((i) => i.code)).toEqual(["unknown_status"]);
    expect(issues[0]?.path).toEqual(["previous"]);
    expect(issues[0]?.message.en).toContain("rich");
  });
  it.each<[string, unknown, string]>([
    ["no unit code", { previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2 }, "missing_unit_code"],
    ["absent twice", { unitCode: "V", previous: "absent", current: "absent", reason: "other" }, "both_absent"],
    ["no persons", { unitCode: "V", previous: "poor", current: "poor", currentPersons: 2 }, "invalid_persons"],
    ["no reason for leaving", { unitCode: "V", previous: "poor", current: "absent", previousPersons: 2 }, "reason_required"],
    ["moved in while on the list", { unitCode: "V", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2, reason: "moved_in" }, "reason_direction"],
    ["died while on the list", { unitCode: "V", previous: "absent", current: "poor", currentPersons: 2, reason: "died" }, "reason_direction"],
    ["an unknown reason", { unitCode: "V", previous: "absent", current: "poor", currentPersons: 2, reason: "war" }, "invalid_value"],
    ["fell back from poor", { unitCode: "V", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2, fellBack: true }, "fell_back_not_applicable"],
  ])("rejects %s", (_, r, code) => {
    expect(codes(r)).toContain(code);
  });
  it("counts good records and lists the bad ones with their index", () => {
    const r = tallyMovements([
      { unitCode: "V", previous: "poor", current: "near_poor", previousPersons: 2, currentPersons: 2 },
      { unitCode: "V", previous: "unknown", current: "poor", currentPersons: 2 },
    ]);
    expect(r.counted).toBe(1);
    expect(r.rejected.map((x) => x.index)).toEqual([1]);
  });
});

describe("movement balance (property)", () => {
  it("every table built from households balances and its cross-links hold", () => {
    fc.assert(fc.property(fc.array(movementRecord()), (records) => {
      const r = tallyMovements(records);
      expect(r.rejectedCount).toBe(0);
      for (const m of Object.values(r.units)) {
        expect(checkMovementBalance(m).ok).toBe(true);
        expect(movementTables([{ code: "V", name: "V", movement: m }], { standard: "2021-2025" }).kind).toBe("tables");
      }
    }));
  });
  it("merged movements balance and merging is commutative", () => {
    fc.assert(fc.property(fc.array(movementRecord()), fc.array(movementRecord()), (x, y) => {
      const a = tallyMovements(x, {}).units["V1"] ?? emptyMovement();
      const b = tallyMovements(y, {}).units["V2"] ?? emptyMovement();
      expect(mergeMovements(a, b)).toEqual(mergeMovements(b, a));
      expect(checkMovementBalance(mergeMovements(a, b)).ok).toBe(true);
    }));
  });
});

describe("checkMovementBalance and movementTables", () => {
  it("returns an error value, not a table, when 9 ≠ 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8", () => {
    const m = emptyMovement();
    m.poor.households[0] = 285;
    m.poor.households[8] = 242;
    const r = checkMovementBalance(m);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "unbalanced_movement", params: { table: "2", expected: 285, actual: 242 } });
    const o = movementTables([{ code: "TP", name: "Thành phố", movement: m }], { standard: "2021-2025" });
    expect(o.kind).toBe("unbalanced");
    if (o.kind === "unbalanced") expect(o.issues[0]?.path[0]).toBe("TP");
  });
  it("checks the cross-links: table 2 col. 2 = table 3 col. 5 and table 2 col. 5 = table 3 col. 3", () => {
    const m = emptyMovement();
    // balanced inside each table, but poor → near-poor counted only on the poor side
    m.poor.households.splice(0, 9, 10, 1, 0, 0, 0, 0, 0, 0, 9);
    const r = checkMovementBalance(m);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(["movement_cross_link"]);
  });
});

describe("checkMovementBalance: each issue in full (shared/spec/reports.md, tables 2 and 3)", () => {
  it("the identity of table 3 (near-poor), for persons", () => {
    const m = emptyMovement();
    m.nearPoor.persons.splice(0, 9, 10, 0, 0, 0, 0, 0, 0, 0, 7);
    const r = checkMovementBalance(m);
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "unbalanced_movement", path: ["nearPoor", "persons", 8], params: { table: "3", measure: "persons", expected: 10, actual: 7 } })]);
  });
  it("table 2 col. 2 = table 3 col. 5: named at the poor table's column 2", () => {
    const m = emptyMovement();
    m.poor.households.splice(0, 9, 10, 1, 0, 0, 0, 0, 0, 0, 9);
    const r = checkMovementBalance(m);
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "movement_cross_link", path: ["poor", "households", 1], params: { measure: "households", poorColumn: 2, nearPoorColumn: 5, poor: 1, nearPoor: 0 } })]);
  });
  it("table 2 col. 5 = table 3 col. 3: named at the poor table's column 5", () => {
    const m = emptyMovement();
    // 2 near-poor became poor, counted only on the poor side (each table balances on its own)
    m.poor.persons.splice(0, 9, 10, 0, 0, 0, 2, 0, 0, 0, 12);
    const r = checkMovementBalance(m);
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "movement_cross_link", path: ["poor", "persons", 4], params: { measure: "persons", poorColumn: 5, nearPoorColumn: 3, poor: 2, nearPoor: 0 } })]);
    // counted on both sides, it balances
    m.nearPoor.persons.splice(0, 9, 5, 0, 2, 0, 0, 0, 0, 0, 3);
    expect(checkMovementBalance(m).ok).toBe(true);
  });
});

describe("a movement record's rules, each refusal in full, the fast reader agreeing (shared/spec/reports.md: columns 4 and 8)", () => {
  it.each<[string, Record<string, unknown>, readonly [string, readonly (string | number)[], Record<string, unknown>]]>([
    ["moved out but still on a list", { previous: "poor", current: "near_poor", previousPersons: 2, currentPersons: 2, reason: "moved_out" }, ["reason_direction", ["reason"], { reason: "moved_out", previous: "poor", current: "near_poor" }]],
    ["died but still on a list", { previous: "near_poor", current: "poor", previousPersons: 2, currentPersons: 2, reason: "died" }, ["reason_direction", ["reason"], { reason: "died", previous: "near_poor", current: "poor" }]],
    ["moved in but was on a list", { previous: "not_poor", current: "poor", previousPersons: 2, currentPersons: 2, reason: "moved_in" }, ["reason_direction", ["reason"], { reason: "moved_in", previous: "not_poor", current: "poor" }]],
    ["arrived without a reason", { previous: "absent", current: "poor", currentPersons: 2 }, ["reason_required", ["reason"], {}]],
    ["fell back while staying near-poor", { previous: "near_poor", current: "near_poor", previousPersons: 2, currentPersons: 2, fellBack: true }, ["fell_back_not_applicable", ["fellBack"], { previous: "near_poor", current: "near_poor" }]],
    ["fell back out of the lists", { previous: "not_poor", current: "not_poor", previousPersons: 2, currentPersons: 2, fellBack: true }, ["fell_back_not_applicable", ["fellBack"], { previous: "not_poor", current: "not_poor" }]],
    ["no persons before", { previous: "poor", current: "poor", previousPersons: 0, currentPersons: 2 }, ["invalid_persons", ["previousPersons"], { received: 0, max: 1000 }]],
    ["no persons after", { previous: "poor", current: "poor", previousPersons: 2, currentPersons: 1.5 }, ["invalid_persons", ["currentPersons"], { received: 1.5, max: 1000 }]],
    ["an empty unit code", { unitCode: "", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2 }, ["missing_unit_code", ["unitCode"], { received: "" }]],
    ["a unit code that is not a code", { unitCode: "__proto__", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2 }, ["invalid_key", ["unitCode"], { received: "__proto__" }]],
  ])("refuses a record that %s", (_, fields, [code, path, params]) => {
    const r = { unitCode: "V", ...fields };
    expect(addMovement(emptyMovement(), r as unknown as MovementRecord).map((i) => [i.code, i.path, i.params])).toEqual([[code, path, params]]);
    expect(isMovementCountable(r)).toBe(false);
  });
  it.each<[string, Record<string, unknown>]>([
    ["moved out from the poor list", { previous: "poor", current: "absent", previousPersons: 2, reason: "moved_out" }],
    ["died on the near-poor list", { previous: "near_poor", current: "absent", previousPersons: 1, reason: "died" }],
    ["moved in onto the poor list", { previous: "absent", current: "poor", currentPersons: 3, reason: "moved_in" }],
    ["fell back into poverty", { previous: "not_poor", current: "poor", previousPersons: 2, currentPersons: 2, fellBack: true }],
    ["fell back into near-poverty", { previous: "not_poor", current: "near_poor", previousPersons: 2, currentPersons: 2, fellBack: true }],
    ["did not fall back", { previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2, fellBack: false }],
  ])("counts a household that %s", (_, fields) => {
    const r = { unitCode: "V", ...fields };
    expect(addMovement(emptyMovement(), r as unknown as MovementRecord)).toEqual([]);
    expect(isMovementCountable(r)).toBe(true);
  });
  it("a fall back counts in column 6 of its table, a new entry in column 7", () => {
    const m = emptyMovement();
    addMovement(m, { unitCode: "V", previous: "not_poor", current: "poor", previousPersons: 2, currentPersons: 2, fellBack: true });
    addMovement(m, { unitCode: "V", previous: "not_poor", current: "near_poor", previousPersons: 3, currentPersons: 3 });
    expect(m.poor.households).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 1]);
    expect(m.nearPoor.households).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 1]);
    expect(m.nearPoor.persons).toEqual([0, 0, 0, 0, 0, 0, 3, 0, 3]);
  });
});

describe("movements: persons at their bound, rejected records capped and counted, merges checked", () => {
  it("a household of 1,000 persons is counted; 1,001 is refused", () => {
    const r = (n: number) => ({ unitCode: "V", previous: "poor", current: "poor", previousPersons: n, currentPersons: n });
    expect(addMovement(emptyMovement(), r(1000) as MovementRecord)).toEqual([]);
    expect(isMovementCountable(r(1000))).toBe(true);
    expect(addMovement(emptyMovement(), r(1001) as MovementRecord).map((i) => [i.code, i.path])).toEqual([
      ["invalid_persons", ["previousPersons"]],
      ["invalid_persons", ["currentPersons"]],
    ]);
    expect(isMovementCountable(r(1001))).toBe(false);
  });
  it("tallyMovements lists at most maxRejected records and counts them all", () => {
    const bad = { unitCode: "V", previous: "rich", current: "poor", currentPersons: 2 };
    const good = { unitCode: "V", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2 };
    const run = tallyMovements([bad, good, bad, bad], { maxRejected: 2 });
    expect(run.counted).toBe(1);
    expect(run.rejectedCount).toBe(3);
    expect(run.rejected.map((x) => x.index)).toEqual([0, 2]);
    expect(run.rejected[0]?.issues.map((i) => i.code)).toEqual(["unknown_status"]);
    const all = tallyMovements([bad, good, bad], { maxRejected: 5 });
    expect([all.rejectedCount, all.rejected.length]).toEqual([2, 2]);
  });
  it("mergeMovements names the bad input by its position, both when both are bad, and refuses a sum past 2^53 − 1", () => {
    const unbalanced = emptyMovement();
    unbalanced.poor.households[0] = 1;
    const one = caught(() => mergeMovements(emptyMovement(), unbalanced));
    expect(one.issues.map((i) => i.path[0])).toEqual([1]);
    expect(one.message).toContain("mergeMovements");
    expect(caught(() => mergeMovements(unbalanced, emptyMovement())).issues.map((i) => i.path[0])).toEqual([0]);
    expect(caught(() => mergeMovements(unbalanced, unbalanced)).issues.map((i) => i.path[0])).toEqual([0, 1]);
    const big = emptyMovement();
    big.poor.households[0] = Number.MAX_SAFE_INTEGER;
    big.poor.households[8] = Number.MAX_SAFE_INTEGER;
    const over = caught(() => mergeMovements(big, big));
    expect(over.issues.map((i) => [i.code, i.params])).toEqual([["count_overflow", { limit: Number.MAX_SAFE_INTEGER }]]);
    expect(over.message).toContain("mergeMovements");
  });
});
