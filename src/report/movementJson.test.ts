import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { movementFromJson, safeMovementFromJson } from "./movementJson.js";
import { emptyMovement, tallyMovements } from "./movement.js";
import { PovertyError } from "../errors/PovertyError.js";

describe("movement JSON round trip", () => {
  it("movements built from households survive JSON unchanged", () => {
    const status = fc.constantFrom("poor" as const, "near_poor" as const, "not_poor" as const);
    fc.assert(
      fc.property(fc.array(fc.tuple(status, status, fc.integer({ min: 1, max: 9 })), { maxLength: 40 }), (rows) => {
        const m = tallyMovements(rows.map(([p, c, n]) => ({ unitCode: "V", previous: p, current: c, previousPersons: n, currentPersons: n })));
        const v = m.units["V"] ?? emptyMovement();
        const back = movementFromJson(JSON.parse(JSON.stringify(v)));
        return JSON.stringify(back) === JSON.stringify(v);
      }),
      { numRuns: 100 },
    );
  });

  it("a stored movement that does not balance is refused (9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8)", () => {
    const m = JSON.parse(JSON.stringify(emptyMovement()));
    m.poor.households = [285, 30, 20, 3, 5, 2, 3, 0, 243]; // 285 − 30 − 20 − 3 + 5 + 2 + 3 + 0 = 242, not 243
    m.nearPoor.households[4] = 30; // cross-link: table 2 col 2 = table 3 col 5
    m.nearPoor.households[2] = 5; // cross-link: table 2 col 5 = table 3 col 3
    m.nearPoor.households[0] = 25; // 25 − 0 − 5 − 0 + 30 = 50
    m.nearPoor.households[8] = 50;
    const r = safeMovementFromJson(m);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.code, i.path])).toEqual([["unbalanced_movement", ["poor", "households", 8]]]);
    m.poor.households[8] = 242;
    expect(safeMovementFromJson(m).ok).toBe(true);
  });

  it("bad shapes are issues, and the throwing twin throws one coded error", () => {
    const bad = safeMovementFromJson({ format: "vn-poverty/movement@1", poor: { households: [1, 2], persons: [] } });
    expect(bad.ok).toBe(false);
    expect(safeMovementFromJson(null).ok).toBe(false);
    expect(() => movementFromJson("x")).toThrowError(PovertyError);
  });
});
