// Bad input never crashes: every safe… function of the public API, fed arbitrary values, returns a result
// (ok with a value, or issues with a code, a path and messages in both languages) and never throws.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as api from "../src/index.js";

const safeFunctions = Object.entries(api).filter(([name, v]) => name.startsWith("safe") && typeof v === "function") as [string, (...args: unknown[]) => unknown][];

function isResult(r: unknown): boolean {
  if (typeof r !== "object" || r === null || !("ok" in r)) return false;
  const res = r as { ok: boolean; issues?: { code: unknown; path: unknown; message: { vi: unknown; en: unknown } }[] };
  if (res.ok) return true;
  return (
    Array.isArray(res.issues) &&
    res.issues.length > 0 &&
    res.issues.every((i) => typeof i.code === "string" && Array.isArray(i.path) && typeof i.message.vi === "string" && typeof i.message.en === "string")
  );
}

// Values shaped like the library's inputs, with the wrong things in the right places.
const fieldValue = fc.oneof(
  fc.anything(),
  fc.constantFrom("2016-2020", "2021-2025", "2027-2030", "rural", "urban", "2025-02-30", "2025-10-06", -1, 0, 1.5, Number.NaN, 1e300, "", null),
);
const shaped = fc.dictionary(
  fc.constantFrom("standard", "area", "income", "deprivations", "deprivationCount", "b1", "b2", "formA", "attendees", "votes", "scope", "heldOn", "events", "year", "members", "income12Months", "date", "start", "days"),
  fieldValue,
);

describe("safe functions never throw on bad input", () => {
  it("there are safe functions to test", () => {
    expect(safeFunctions.length).toBeGreaterThan(20);
  });
  it.each(safeFunctions)("%s", (_name, fn) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), fc.anything(), (a, b) => {
        let r: unknown;
        try {
          r = fn(a, b);
        } catch (e) {
          throw new Error(`threw ${String(e)} for ${JSON.stringify(a)?.slice(0, 200)}`);
        }
        // A few safe functions are async-free predicates returning results; all must be result-shaped.
        return isResult(r);
      }),
      { numRuns: 150 },
    );
  });
});

describe("record-by-record functions report bad records instead of throwing", () => {
  const record = fc.oneof(
    fc.anything(),
    fc.record(
      {
        unitCode: fc.oneof(fc.constant("V1"), fc.anything()),
        standard: fc.constantFrom("2021-2025", "2016-2020", "x"),
        kind: fc.oneof(fc.constantFrom("poor", "near_poor", "not_poor", "middle"), fc.anything()),
        persons: fc.oneof(fc.integer({ min: -2, max: 1002 }), fc.anything()),
        poorBasis: fc.constantFrom("income", "deprivation", "income_and_deprivation", "x"),
        deprivations: fc.oneof(fc.array(fc.constantFrom("employment", "telecom", "healthcareAccess", "x")), fc.anything()),
        area: fc.constantFrom("rural", "urban", "x"),
        b1: fc.oneof(fc.integer({ min: -5, max: 300 }), fc.anything()),
        b2: fc.oneof(fc.integer({ min: -10, max: 130 }), fc.anything()),
        previous: fc.constantFrom("poor", "near_poor", "not_poor", "absent", "x"),
        current: fc.constantFrom("poor", "near_poor", "not_poor", "absent", "x"),
      },
      { requiredKeys: [] },
    ),
  );

  it("addToTally and tallyRecords", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const t = api.emptyTally("2021-2025");
        for (const r of records) api.addToTally(t, r as api.TallyRecord);
        const out = api.tallyRecords(records, { standard: "2021-2025" });
        return out.counted + out.rejectedCount === records.length;
      }),
      { numRuns: 200 },
    );
  });

  it("classifyHouseholds loses no record", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const out = api.classifyHouseholds(records as never);
        return out.counts.input === records.length && out.counts.ok + out.counts.rejected === records.length && out.rejected.length === out.counts.rejected;
      }),
      { numRuns: 200 },
    );
  });

  it("tallyMovements", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const out = api.tallyMovements(records);
        return typeof out === "object" && out !== null;
      }),
      { numRuns: 200 },
    );
  });
});
