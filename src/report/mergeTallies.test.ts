import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tallyWithTotals } from "../../test/_lib/tallies.js";
import { tallyRecord } from "../../test/scenarios/_report/arbitraries.js";
import { PovertyError } from "../errors/PovertyError.js";
import { addToTally } from "./addToTally.js";
import { emptyTally } from "./emptyTally.js";
import { mergeTallies, safeMergeTallies } from "./mergeTallies.js";
import { safeTallyFromJson, tallyFromJson, tallyToJson } from "./tallyJson.js";
import type { Tally, TallyRecord } from "./types.js";

function tallyOf(standard: "2016-2020" | "2021-2025", records: readonly TallyRecord[]): Tally {
  const t = emptyTally(standard);
  for (const r of records) expect(addToTally(t, r)).toEqual([]);
  return t;
}
const tallies = (s: "2016-2020" | "2021-2025") => fc.array(tallyRecord(s), { maxLength: 30 }).map((rs) => tallyOf(s, rs));

describe("mergeTallies (property)", () => {
  for (const s of ["2016-2020", "2021-2025"] as const) {
    it(`is associative under ${s}`, () => {
      fc.assert(fc.property(tallies(s), tallies(s), tallies(s), (a, b, c) => {
        expect(tallyToJson(mergeTallies(a, mergeTallies(b, c)))).toEqual(tallyToJson(mergeTallies(mergeTallies(a, b), c)));
      }));
    });
    it(`is commutative under ${s}`, () => {
      fc.assert(fc.property(tallies(s), tallies(s), (a, b) => {
        expect(JSON.stringify(tallyToJson(mergeTallies(a, b)))).toBe(JSON.stringify(tallyToJson(mergeTallies(b, a))));
      }));
    });
    it(`has the empty tally as identity under ${s}`, () => {
      fc.assert(fc.property(tallies(s), (a) => {
        expect(tallyToJson(mergeTallies(a, emptyTally(s)))).toEqual(tallyToJson(a));
        expect(tallyToJson(mergeTallies(emptyTally(s), a))).toEqual(tallyToJson(a));
      }));
    });
    it(`equals the tally of the concatenated records under ${s}`, () => {
      fc.assert(fc.property(fc.array(tallyRecord(s)), fc.array(tallyRecord(s)), (x, y) => {
        expect(tallyToJson(mergeTallies(tallyOf(s, x), tallyOf(s, y)))).toEqual(tallyToJson(tallyOf(s, [...x, ...y])));
      }));
    });
    it(`round-trips through JSON text under ${s}`, () => {
      fc.assert(fc.property(tallies(s), (a) => {
        const back = tallyFromJson(JSON.parse(JSON.stringify(a)));
        expect(JSON.stringify(back)).toBe(JSON.stringify(tallyToJson(a)));
      }));
    });
  }
  it("does not change its inputs", () => {
    const a = tallyOf("2021-2025", [{ unitCode: "V", standard: "2021-2025", kind: "near_poor", persons: 2 }]);
    const before = JSON.stringify(a);
    mergeTallies(a, a);
    expect(JSON.stringify(a)).toBe(before);
  });
});

describe("safeMergeTallies", () => {
  it("refuses tallies of two standards with an issue", () => {
    const r = safeMergeTallies(emptyTally("2021-2025"), emptyTally("2016-2020"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("standard_mismatch");
      expect(r.issues[0]?.path).toEqual([1, "standard"]);
      expect(r.issues[0]?.message.vi).toContain("2016-2020");
    }
    expect(() => mergeTallies(emptyTally("2021-2025"), emptyTally("2016-2020"))).toThrow(PovertyError);
  });
});

describe("safeTallyFromJson", () => {
  const good = () =>
    JSON.parse(JSON.stringify(tallyOf("2021-2025", [{ unitCode: "V", standard: "2021-2025", kind: "poor", persons: 3, deprivations: ["employment", "telecom", "sanitation"] }]))) as Record<string, unknown> & {
      households: number[];
      persons: number[];
      indicators: string[];
      segments: { poor: { deprivations: number[]; support?: Record<string, number> } };
    };
  const codes = (j: unknown) => {
    const r = safeTallyFromJson(j);
    return r.ok ? [] : r.issues.map((i) => i.code);
  };
  it("accepts a tally written by the library", () => {
    expect(codes(good())).toEqual([]);
  });
  it("rejects an unknown standard", () => {
    expect(codes({ ...good(), standard: "2030-2035" })).toEqual(["unknown_standard"]);
  });
  it("rejects totals that do not add up", () => {
    const j = good();
    j.households[0] = 2;
    expect(codes(j)).toContain("inconsistent_counts");
  });
  it("rejects a deprivation count above the segment's households", () => {
    const j = good();
    j.segments.poor.deprivations[0] = 2;
    expect(codes(j)).toContain("inconsistent_counts");
  });
  it("rejects a deprivation list of the wrong length, and indicators that are not the standard's", () => {
    const j = good();
    j.segments.poor.deprivations.pop();
    expect(codes(j)).toContain("too_small");
    const k = good();
    k.indicators[0] = "healthcareAccess";
    expect(codes(k)).toContain("tally_layout_mismatch");
  });
  it("rejects negative, unsafe and string counts (a \"1\" from a text file is never concatenated)", () => {
    const j = good();
    j.persons[5] = -1;
    expect(codes(j)).toContain("too_small");
    const k = good() as unknown as { households: unknown[] };
    k.households[5] = "1";
    expect(codes(k)).toContain("invalid_type");
  });
  it("rejects more persons than 1000 per household", () => {
    const j = good();
    j.persons[1] = 1001;
    j.persons[0] = 1001;
    expect(codes(j)).toContain("inconsistent_counts");
  });
  it("reads the earlier format @1", () => {
    const v1 = {
      format: "vn-poverty/tally@1",
      standard: "2021-2025",
      households: { total: 2, poor: 1, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 0, notPoor: 1, middleLiving: 0 },
      persons: { total: 7, poor: 3, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 0, notPoor: 4, middleLiving: 0 },
      segments: Object.fromEntries(
        ["poor", "nearPoor"].map((k) => [
          k,
          {
            deprivations: Object.fromEntries(emptyTally("2021-2025").layout.indicators.map((i) => [i, k === "poor" && ["employment", "telecom", "sanitation"].includes(i) ? 1 : 0])),
            ethnicMinority: 0,
            noMemberAbleToWork: 0,
            memberWithMerit: 0,
            causes: { land: 0, capital: 0, labour: 0, tools: 0, knowhow: 0, skills: 0, illness_or_accident: 0, other: 0 },
            support: k === "poor" ? { health_card: 1 } : {},
            ethnicity: {},
            children: { healthInsurance: 0, nutrition: 0, schoolAttendance: 0 },
          },
        ]),
      ),
    };
    const t = tallyFromJson(v1);
    expect(t.households.poor).toBe(1);
    expect(t.segments.poor.support).toEqual({ health_card: 1 });
    expect(t.segments.poor.deprivations["telecom"]).toBe(1);
    expect(codes({ ...v1, households: { ...v1.households, total: 3 } })).toContain("inconsistent_counts");
  });
});

describe("mergeTallies: how the tallies are given, and sums past 2^53 − 1", () => {
  const one = () => tallyOf("2021-2025", [{ unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 2 }]);
  /** A valid tally whose households and persons total `count` (all not poor). */
  const big = (count: number): Tally => tallyWithTotals(count);
  it("an empty list is too_small, naming the list", () => {
    const r = safeMergeTallies([]);
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "too_small", path: [], params: expect.objectContaining({ origin: "array", minimum: 1, inclusive: true }) })]);
  });
  it("a value that is not a list is one bad tally at [0], never a list of its characters or an empty list", () => {
    for (const v of [5, "", "ab", null]) {
      const r = safeMergeTallies(v as never);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues.map((i) => i.code)).not.toContain("too_small");
        expect(r.issues[0]?.path[0]).toBe(0);
      }
    }
  });
  it("a missing second tally before a third is refused at [1]", () => {
    const r = safeMergeTallies(one(), undefined, one());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path[0]).toBe(1);
  });
  it("a list, an iterable and arguments give the same sum", () => {
    const t = one();
    expect(mergeTallies(t, t, t).households.total).toBe(3);
    expect(mergeTallies([t, t, t]).households.total).toBe(3);
    expect(mergeTallies(new Set([t, one()])).households.total).toBe(2);
    expect(mergeTallies(t).households.total).toBe(1);
  });
  it("a list is read as its own iterator reads it: a list with an iterator of its own, a hole, a list changed after", () => {
    const t = one();
    // An array whose iterator yields one tally twice: the iterator is what is read, not the elements.
    const custom = [t, t, t, t];
    Object.defineProperty(custom, Symbol.iterator, { value: function* () { yield t; yield t; } });
    expect(mergeTallies(custom).households.total).toBe(2);
    // A hole is a missing tally at its position, as the arrays' iterator reads it (undefined).
    const holey = [t, t, t];
    delete holey[1];
    const r = safeMergeTallies(holey);
    expect(r.ok ? [] : r.issues.map((i) => i.path[0])).toEqual([1]);
    // The list is read when the call is made: changing it afterwards changes nothing in the result.
    const list = [t, t];
    const sum = mergeTallies(list);
    list.push(t);
    expect(sum.households.total).toBe(2);
  });
  it("a tally from JSON first, then the library's own: both read, the sum exact", () => {
    const j = tallyToJson(one());
    expect(mergeTallies([j as never, one(), j as never]).persons.total).toBe(6);
  });
  it("reaching 2^53 − 1 exactly is fine; passing it is count_overflow, whatever comes after", () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(mergeTallies(big(max - 2), one()).persons.total).toBe(max);
    for (const list of [
      [big(max - 1), one()],
      [big(max - 1), one(), emptyTally("2021-2025")],
      [tallyToJson(big(max - 1)), tallyToJson(one())],
    ]) {
      const r = safeMergeTallies(list as never);
      expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "count_overflow", path: [], params: { limit: max } })]);
    }
    const e = (() => {
      try {
        mergeTallies(big(max - 1), one());
      } catch (x) {
        return x as PovertyError;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(PovertyError);
    expect(e?.message).toContain("mergeTallies");
  });
});
