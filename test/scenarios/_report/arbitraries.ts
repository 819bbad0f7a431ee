// fast-check arbitraries for the report tests.
import fc from "fast-check";
import { getStandard, type MovementRecord, type TallyRecord } from "../../../src/index.js";

const CAUSES = ["land", "capital", "labour", "tools", "knowhow", "skills", "illness_or_accident", "other"] as const;
const CHILD = ["healthInsurance", "nutrition", "schoolAttendance"] as const;

/**
 * A valid record under a standard, in one of the given units. Its deprivations agree with its class under the
 * standard's threshold (its `poorDeprivationCount`): a household poor by deprivation has at least that many, a
 * near-poor one fewer.
 */
export function tallyRecord(standard: "2016-2020" | "2021-2025" | "2027-2030", units: readonly string[] = ["V1", "V2", "V3"]): fc.Arbitrary<TallyRecord> {
  const keys = getStandard(standard).indicators.map((i) => i.key);
  const threshold = getStandard(standard).poorDeprivationCount.value;
  const split = standard === "2016-2020";
  return fc
    .record({
      unitCode: fc.constantFrom(...units),
      kind: fc.constantFrom("poor", "near_poor", "not_poor"),
      basis: fc.constantFrom("income", "deprivation"),
      middleLiving: fc.boolean(),
      persons: fc.integer({ min: 1, max: 12 }),
      deprivations: fc.subarray(keys),
      ethnicMinority: fc.boolean(),
      noMemberAbleToWork: fc.boolean(),
      memberWithMerit: fc.boolean(),
      causes: fc.subarray([...CAUSES]),
      support: fc.subarray(["health_card", "tuition", "housing", "credit"]),
      ethnicity: fc.option(fc.constantFrom("01", "02", "05", "09"), { nil: undefined }),
      children: fc.subarray([...CHILD]),
    })
    .map((r) => {
      const byDeprivation = r.kind === "poor" && !(split && r.basis === "income");
      const n = r.deprivations.length;
      // Move the list into the class's range by trimming or padding with keys in the standard's order.
      let d = r.deprivations;
      if (byDeprivation && n < threshold) d = [...d, ...keys.filter((k) => !d.includes(k))].slice(0, threshold);
      if (r.kind === "near_poor" && n >= threshold) d = d.slice(0, threshold - 1);
      return { ...r, deprivations: d };
    })
    .map((r): TallyRecord => ({
      unitCode: r.unitCode,
      standard,
      kind: r.kind,
      ...(r.kind === "poor" && split ? { poorBasis: r.basis } : {}),
      ...(r.kind === "not_poor" && standard !== "2027-2030" ? { middleLiving: r.middleLiving } : {}),
      persons: r.persons,
      deprivations: r.deprivations,
      ethnicMinority: r.ethnicMinority,
      noMemberAbleToWork: r.noMemberAbleToWork,
      memberWithMerit: r.memberWithMerit,
      causesOfPoverty: r.causes,
      supportReceived: r.support,
      ...(r.ethnicity !== undefined ? { ethnicity: r.ethnicity } : {}),
      childDeprivations: r.children,
    }));
}

const STATUS = ["poor", "near_poor", "not_poor", "absent"] as const;

/** A valid movement record. */
export function movementRecord(units: readonly string[] = ["V1", "V2"]): fc.Arbitrary<MovementRecord> {
  return fc
    .record({
      unitCode: fc.constantFrom(...units),
      previous: fc.constantFrom(...STATUS),
      current: fc.constantFrom(...STATUS),
      pp: fc.integer({ min: 1, max: 10 }),
      cp: fc.integer({ min: 1, max: 10 }),
      fellBack: fc.boolean(),
      reason: fc.constantFrom("split", "merged", "other"),
    })
    .filter((r) => !(r.previous === "absent" && r.current === "absent"))
    .map((r): MovementRecord => ({
      unitCode: r.unitCode,
      previous: r.previous,
      current: r.current,
      ...(r.previous !== "absent" ? { previousPersons: r.pp } : {}),
      ...(r.current !== "absent" ? { currentPersons: r.cp } : {}),
      ...(r.previous === "absent" || r.current === "absent" ? { reason: r.reason } : {}),
      ...(r.previous === "not_poor" && (r.current === "poor" || r.current === "near_poor") ? { fellBack: r.fellBack } : {}),
    }));
}
