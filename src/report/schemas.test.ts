// One validator per input: each hand-written fast reader accepts exactly what its zod/mini schema accepts (design
// §6.5), for values from fc.anything() and for near-valid values (a valid one with one field damaged).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { movementRecord, tallyRecord } from "../../test/scenarios/_report/arbitraries.js";
import { getStandard } from "../standards/getStandard.js";
import { layoutOf } from "./_layout.js";
import { isCountable, newRecordScratch, recordSchemaFor } from "./_record.js";
import { newTally, TallyImpl } from "./_tally.js";
import { readTallyJson, tallyJsonSchemaFor } from "./_tallyJson.js";
import { addToTally } from "./addToTally.js";
import { isMovementCountable, movementRecordSchema } from "./movement.js";
import type { TallyRecord } from "./types.js";

const SEED = 20231015;
const STANDARDS = ["2016-2020", "2021-2025", "2027-2030"] as const;
const anything = fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withDate: true, maxDepth: 3 });

/** Values that break a field in the usual ways: wrong type, out of range, boxed, null prototype, empty, long. */
const damage = fc.oneof(
  anything,
  fc.constantFrom(undefined, null, "", "x".repeat(65), "__proto__", "constructor", -0, 0, 1, 2.5, 1000, 1001, 1e308, Number.NaN, Number.POSITIVE_INFINITY, true, false, "poor", "near_poor", "income", "deprivation", "income_and_deprivation"),
  fc.constantFrom([], ["telecom"], ["telecom", "telecom"], ["land", "land"], ["__proto__"], ["healthcareAccess"], [1], new Array(101).fill("land"), Object.create(null) as unknown),
);

/** A valid value with one key set to a damaging value, or removed. */
function damaged<T extends object>(valid: fc.Arbitrary<T>, keys: readonly string[]): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.constantFrom(...keys), damage, fc.boolean()).map(([v, k, d, remove]) => {
    const out: { [k: string]: unknown } = { ...(v as object) };
    if (remove) delete out[k];
    else out[k] = d;
    return out;
  });
}

const RECORD_KEYS = ["unitCode", "standard", "kind", "persons", "poorBasis", "middleLiving", "deprivations", "ethnicMinority", "noMemberAbleToWork", "memberWithMerit", "causesOfPoverty", "supportReceived", "ethnicity", "childDeprivations", "other"];

describe("a tally record: the fast reader accepts exactly what recordSchemaFor accepts (property)", () => {
  for (const s of STANDARDS) {
    it(`under ${s}`, () => {
      const l = layoutOf(getStandard(s));
      const schema = recordSchemaFor(l);
      const scratch = newRecordScratch(l);
      fc.assert(
        fc.property(fc.oneof(anything, tallyRecord(s), damaged(tallyRecord(s), RECORD_KEYS)), (x) => {
          expect(isCountable(l, x, scratch)).toBe(schema.safeParse(x).success);
        }),
        { seed: SEED, numRuns: 3000 },
      );
    });
  }
});

const MOVEMENT_KEYS = ["unitCode", "previous", "current", "previousPersons", "currentPersons", "reason", "fellBack"];

describe("a movement record: the fast reader accepts exactly what movementRecordSchema accepts (property)", () => {
  it("for anything and near-valid records", () => {
    fc.assert(
      fc.property(fc.oneof(anything, movementRecord(), damaged(movementRecord(), MOVEMENT_KEYS)), (x) => {
        expect(isMovementCountable(x)).toBe(movementRecordSchema.safeParse(x).success);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

/** A valid tally as JSON under a standard. */
function tallyJson(s: (typeof STANDARDS)[number]) {
  return fc.array(tallyRecord(s), { maxLength: 12 }).map((rs) => {
    const t = newTally(layoutOf(getStandard(s)), null);
    for (const r of rs) addToTally(t, r as TallyRecord);
    return JSON.parse(JSON.stringify(t)) as { [k: string]: unknown };
  });
}

/** A tally as JSON with one value deep inside replaced, removed, or a key added. */
function damagedJson(s: (typeof STANDARDS)[number]) {
  return fc.tuple(tallyJson(s), fc.nat(), damage, fc.constantFrom("set", "delete", "add")).map(([j, pick, d, how]) => {
    const slots: [{ [k: string]: unknown }, string][] = [];
    const walk = (o: unknown) => {
      if (typeof o !== "object" || o === null) return;
      for (const k of Object.keys(o)) {
        slots.push([o as { [k: string]: unknown }, k]);
        walk((o as { [k: string]: unknown })[k]);
      }
    };
    walk(j);
    const [o, k] = slots[pick % slots.length] as [{ [k: string]: unknown }, string];
    if (how === "set") o[k] = d;
    else if (how === "delete") delete o[k];
    else o[`${k}_extra`] = d;
    return j;
  });
}

describe("a tally as JSON: the fast reader accepts exactly what tallyJsonSchemaFor accepts (property)", () => {
  for (const s of STANDARDS) {
    it(`under ${s}`, () => {
      const l = layoutOf(getStandard(s));
      const schema = tallyJsonSchemaFor(l);
      fc.assert(
        fc.property(fc.oneof(anything, tallyJson(s), damagedJson(s)), (x) => {
          const t = newTally(l, null);
          let fast: boolean;
          try {
            fast = readTallyJson(l, x, TallyImpl.counts(t), TallyImpl.open(t));
          } catch {
            fast = false;
          }
          expect(fast).toBe(schema.safeParse(x).success);
        }),
        { seed: SEED, numRuns: 2000 },
      );
    });
  }
  it("and a valid tally read by either way has the same counts", () => {
    const l = layoutOf(getStandard("2016-2020"));
    fc.assert(
      fc.property(tallyJson("2016-2020"), (j) => {
        const t = newTally(l, null);
        expect(readTallyJson(l, j, TallyImpl.counts(t), TallyImpl.open(t))).toBe(true);
        expect(JSON.stringify(t.toJSON())).toBe(JSON.stringify(j));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
