// fast-check arbitraries for households as the fused run takes them, and the reference pipeline it must equal:
// classify each household, turn the decision into a record, tally the records.
import fc from "fast-check";
import {
  getStandard,
  safeClassifyByIncome,
  safeClassifyHousehold,
  tallyRecordFromDecision,
  tallyRecords,
  type ClassifyByIncomeInput,
  type ClassifyHouseholdInput,
  type TallyRecordFacts,
  type UnitTallies,
} from "../../../src/index.js";

export type StandardId = "2016-2020" | "2021-2025" | "2027-2030";

const CAUSES = ["land", "capital", "labour", "tools", "knowhow", "skills", "illness_or_accident", "other"] as const;
const CHILD = ["healthInsurance", "nutrition", "schoolAttendance"] as const;

/** Values near the standard's own lines and cut-offs (read from its data), so every class is reached. */
function near(values: readonly number[], spread: number): fc.Arbitrary<number> {
  return fc.tuple(fc.constantFrom(...values), fc.integer({ min: -spread, max: spread })).map(([v, d]) => Math.max(0, v + d));
}

/** The report fields: mostly valid, sometimes not. */
function reportFields(units: readonly string[], bad: boolean) {
  return fc.record(
    {
      unitCode: bad ? fc.oneof({ arbitrary: fc.constantFrom(...units), weight: 10 }, fc.constant(""), fc.constant(7)) : fc.constantFrom(...units),
      persons: bad ? fc.oneof({ arbitrary: fc.integer({ min: 1, max: 9 }), weight: 10 }, fc.constantFrom(0, 1001, 2.5)) : fc.integer({ min: 1, max: 9 }),
      middleLiving: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, fc.constant(true)),
      ethnicMinority: fc.boolean(),
      noMemberAbleToWork: fc.boolean(),
      memberWithMerit: fc.boolean(),
      causesOfPoverty: fc.subarray([...CAUSES]),
      supportReceived: fc.subarray(["health_card", "tuition", "housing", "credit"]),
      ethnicity: fc.constantFrom("01", "02", "05", "09"),
      childDeprivations: fc.subarray([...CHILD]),
    },
    { requiredKeys: ["unitCode", "persons"] },
  );
}

/** A household classified by income, in any of the income forms. */
function incomeHousehold(s: StandardId, units: readonly string[], bad: boolean) {
  const std = getStandard(s);
  const keys = std.indicators.map((i) => i.key);
  const lines = (["rural", "urban"] as const).flatMap((a) => [std.incomeLines[a].incomeLine.value, std.incomeLines[a].poorByIncomeLine?.value ?? 0]).filter((v) => v > 0);
  return fc
    .record({
      fields: reportFields(units, bad),
      area: fc.constantFrom("rural" as const, "urban" as const),
      form: fc.constantFrom("perCapitaMonthly", "monthlyTotal", "annualTotal"),
      perCapita: near(lines, 3),
      members: fc.integer({ min: 1, max: 8 }),
      list: fc.option(fc.subarray(keys), { nil: undefined }),
      count: fc.option(fc.integer({ min: 0, max: keys.length }), { nil: undefined }),
    })
    .map((r) => {
      const income =
        r.form === "perCapitaMonthly"
          ? { perCapitaMonthly: r.perCapita }
          : r.form === "monthlyTotal"
            ? { monthlyTotal: r.perCapita * r.members, members: r.members }
            : { annualTotal: r.perCapita * r.members * 12, members: r.members };
      return {
        ...r.fields,
        standard: s,
        area: r.area,
        income,
        ...(r.list !== undefined ? { deprivations: r.list } : r.count !== undefined ? { deprivationCount: r.count } : {}),
      };
    });
}

/** A household classified from the forms, B1 and B2 in their usual forms. */
function formsHousehold(s: StandardId, units: readonly string[], bad: boolean) {
  const std = getStandard(s);
  const keys = std.indicators.map((i) => i.key);
  const b1 = std.scoring.b1;
  const cutoffs = b1 ? (["rural", "urban"] as const).flatMap((a) => { const c = b1[a]; return c ? [c.cutoff.value, c.poorByIncome?.value ?? c.cutoff.value] : []; }) : [100];
  const ppi = std.scoring.b2?.pointsPerIndicator.value ?? 10;
  return fc
    .record({
      fields: reportFields(units, bad),
      area: fc.constantFrom("rural" as const, "urban" as const),
      b1: fc.oneof(near(cutoffs, 4), near(cutoffs, 4).map((total) => ({ total }))),
      b2: fc.oneof(
        fc.constant(undefined),
        fc.integer({ min: 0, max: keys.length }).map((n) => n * ppi),
        fc.subarray(keys).map((d) => ({ deprivations: d })),
        fc.integer({ min: 0, max: keys.length }).map((n) => ({ deprivationCount: n })),
        fc.subarray(keys).map((d) => ({ answers: Object.fromEntries(keys.map((k) => [k, d.includes(k)])) })),
      ),
      formA: fc.option(fc.array(fc.constantFrom(0 as const, 1 as const), { minLength: 9, maxLength: 9 }), { nil: undefined }),
    })
    .map((r) => ({
      ...r.fields,
      standard: s,
      area: r.area,
      b1: r.b1,
      ...(r.b2 !== undefined ? { b2: r.b2 } : {}),
      ...(r.formA !== undefined && s === "2021-2025" ? { formA: { reviewed: 1 as const, criteria: r.formA } } : {}),
    }));
}

/** A household of either kind under a standard; with `bad`, some fields are wrong. */
export function household(s: StandardId, units: readonly string[] = ["V1", "V2", "V3"], bad = false): fc.Arbitrary<Record<string, unknown>> {
  return fc.oneof(incomeHousehold(s, units, bad), formsHousehold(s, units, bad)) as fc.Arbitrary<Record<string, unknown>>;
}

const REPORT_FIELDS = ["unitCode", "persons", "middleLiving", "ethnicMinority", "noMemberAbleToWork", "memberWithMerit", "causesOfPoverty", "supportReceived", "ethnicity", "childDeprivations"];

/** The reference: classify each household, make its record, tally the records. Rejected indices are the originals'. */
export function reference(households: readonly Record<string, unknown>[], s: StandardId): { run: UnitTallies; rejected: number[] } {
  const records: unknown[] = [];
  const at: number[] = [];
  const rejected: number[] = [];
  households.forEach((h, i) => {
    const byIncome = h["income"] !== undefined;
    const d = byIncome
      ? safeClassifyByIncome({ standard: h["standard"], area: h["area"], income: h["income"], deprivations: h["deprivations"], deprivationCount: h["deprivationCount"] } as ClassifyByIncomeInput)
      : safeClassifyHousehold(Object.fromEntries(["standard", "area", "region", "formA", "b1", "b2"].filter((k) => h[k] !== undefined).map((k) => [k, h[k]])) as unknown as ClassifyHouseholdInput);
    if (!d.ok) {
      rejected.push(i);
      return;
    }
    const facts = Object.fromEntries(REPORT_FIELDS.filter((k) => h[k] !== undefined).map((k) => [k, h[k]]));
    if (byIncome && h["deprivations"] !== undefined) facts["deprivations"] = h["deprivations"];
    const r = tallyRecordFromDecision(d.value, facts as unknown as TallyRecordFacts);
    if (!r.ok) {
      rejected.push(i);
      return;
    }
    records.push(r.value);
    at.push(i);
  });
  const run = tallyRecords(records, { standard: s, maxRejected: Infinity });
  for (const r of run.rejected) rejected.push(at[r.index] as number);
  return { run, rejected: rejected.sort((a, b) => a - b) };
}
