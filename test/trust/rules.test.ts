// Rules no other test protected (issue 12): each test here fails when its rule is removed from the code (checked by
// mutating the code by hand, then reverting; the mutation is named in each test). Expected values come from the
// law, the standards' data as cited, or the seeds — never from the code under test.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

const LOCAL = {
  id: "tinh-x",
  authority: "UBND tỉnh X",
  title: { vi: "Chuẩn nghèo tỉnh X", en: "Province X standard" },
  instrument: { id: "Quyết định 1/QĐ-UBND", kind: "local", title: { vi: "Quyết định", en: "Decision" } },
} as const;

function layer(national: string, incomeLines: object): ReturnType<typeof api.safeLayerLocalStandard> {
  return api.safeLayerLocalStandard({ ...LOCAL, national, incomeLines } as never);
}

function codesAt(r: ReturnType<typeof api.safeLayerLocalStandard>): string[] {
  return r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(".")}`);
}

describe("a local line may not be below the national one (layerLocalStandard)", () => {
  // Decree 07/2021/NĐ-CP Art. 3 cl. 1: rural 1,500,000, urban 2,000,000 đồng per person per month; a line stated
  // per year is compared with 12 × the monthly line. Mutation: `nLine * months` → `nLine`.
  it("a yearly line below 12 × the national monthly line is refused; at 12 × it is accepted", () => {
    expect(codesAt(layer("2021-2025", { rural: { incomeLine: 17_999_999, period: "year" } }))).toEqual(["local_line_below_national@incomeLines.rural.incomeLine"]);
    const below = layer("2021-2025", { urban: { incomeLine: 23_999_999, period: "year" } });
    expect(below.ok ? null : below.issues[0]?.params).toEqual({ local: 23_999_999, national: 2_000_000, period: "year" });
    expect(layer("2021-2025", { rural: { incomeLine: 18_000_000, period: "year" }, urban: { incomeLine: 24_000_000, period: "year" } }).ok).toBe(true);
  });

  it("a monthly line one đồng below the national one is refused; equal is accepted", () => {
    expect(codesAt(layer("2021-2025", { rural: { incomeLine: 1_499_999 } }))).toEqual(["local_line_below_national@incomeLines.rural.incomeLine"]);
    expect(codesAt(layer("2021-2025", { urban: { incomeLine: 1_999_999, period: "month" } }))).toEqual(["local_line_below_national@incomeLines.urban.incomeLine"]);
    expect(layer("2021-2025", { rural: { incomeLine: 1_500_000 } }).ok).toBe(true);
  });

  // Decision 59/2015/QĐ-TTg Art. 1: the poverty line (chuẩn nghèo) is 700,000 rural / 900,000 urban, the
  // near-poverty line 1,000,000 / 1,300,000 per person per month. Mutation: the poorByIncomeLine check removed, or
  // its `nPoor.value * months` → `nPoor.value`.
  it("a local poverty line below the national poverty line is refused (monthly and yearly)", () => {
    expect(codesAt(layer("2016-2020", { rural: { incomeLine: 1_100_000, poorByIncomeLine: 699_999 } }))).toEqual(["local_line_below_national@incomeLines.rural.poorByIncomeLine"]);
    const yearly = layer("2016-2020", { urban: { incomeLine: 15_600_000, poorByIncomeLine: 10_799_999, period: "year" } });
    expect(codesAt(yearly)).toEqual(["local_line_below_national@incomeLines.urban.poorByIncomeLine"]);
    expect(yearly.ok ? null : yearly.issues[0]?.params).toEqual({ local: 10_799_999, national: 900_000, period: "year" });
    const ok = layer("2016-2020", { rural: { incomeLine: 12_000_000, poorByIncomeLine: 8_400_000, period: "year" } });
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.value.incomeLines.rural.poorByIncomeLine?.value).toBe(8_400_000);
  });

  it("a local poverty line where the national standard has none is refused (2021–2025 has one line)", () => {
    expect(codesAt(layer("2021-2025", { rural: { incomeLine: 1_600_000, poorByIncomeLine: 1_500_000 } }))).toEqual(["local_poor_line_without_national@incomeLines.rural.poorByIncomeLine"]);
  });

  it("the local poverty line is the one classification uses", () => {
    const s = api.layerLocalStandard({ ...LOCAL, national: "2016-2020", incomeLines: { rural: { incomeLine: 1_100_000, poorByIncomeLine: 800_000 } } } as never);
    // 750,000 is above the national poverty line (700,000) but at or below the local one (800,000): poor by income
    const d = api.classifyByIncome({ standard: s, area: "rural", income: { perCapitaMonthly: 750_000 }, deprivationCount: 0 });
    expect(d.outcome).toEqual({ kind: "poor", basis: "income" });
  });
});

describe("low-income workers on the standard's last day (classifyLowIncomeWorker)", () => {
  // Decree 30/2025/NĐ-CP (from 24/02/2025): 2,250,000 rural / 3,000,000 urban per person per month; the 2021–2025
  // standard governs lists up to 2026 (Decree 351/2025/NĐ-CP keeps it until 31/12/2026). Mutation: `date <= end` →
  // `date < end`.
  const input = (decisionDate: string) =>
    ({ standard: "2021-2025", area: "rural", decisionDate, householdClass: "not_poor", members: 2, income12Months: { totalExcludingAllowances: 2_250_000 * 12 * 2 } }) as const;

  it("the last day is in force; the day after is not", () => {
    expect(api.classifyLowIncomeWorker(input("2026-12-31")).outcome).toEqual({ kind: "low_income_worker" });
    expect(api.classifyLowIncomeWorker(input("2027-01-01")).outcome).toEqual({ kind: "not_in_force", reason: "after_standard_end" });
  });

  it("the first day (24/02/2025) is in force; the day before is not", () => {
    expect(api.classifyLowIncomeWorker(input("2025-02-24")).outcome).toEqual({ kind: "low_income_worker" });
    expect(api.classifyLowIncomeWorker(input("2025-02-23")).outcome).toEqual({ kind: "not_in_force", reason: "before_effective_from" });
  });

  it("income exactly at the ceiling qualifies; one đồng above does not", () => {
    expect(api.classifyLowIncomeWorker({ ...input("2025-06-01"), income12Months: { totalExcludingAllowances: 2_250_000 * 12 * 2 + 1 } }).outcome).toEqual({ kind: "not_low_income_worker", reason: "income_above_ceiling" });
  });
});

describe("meeting votes may not exceed the attendees (tallyMeetingVote)", () => {
  // Decision 24/2021/QĐ-TTg Art. 4: the denominator is the attendees; a vote count above it is impossible.
  // Mutation: the `sum > attendees` check removed.
  const base = { standard: "2021-2025", heldOn: "2023-10-03", attendees: 10 } as const;
  const codes = (r: ReturnType<typeof api.safeTallyMeetingVote>): string[] => (r.ok ? [] : r.issues.map((i) => `${i.code}@${i.path.join(".")}`));

  it("agree + disagree one above the attendees is refused; equal is accepted", () => {
    expect(codes(api.safeTallyMeetingVote({ ...base, scope: "whole_list", votes: { agree: 5, disagree: 6 } }))).toEqual(["votes_exceed_attendees@votes"]);
    expect(codes(api.safeTallyMeetingVote({ ...base, scope: "whole_list", votes: { agree: 5, abstain: 6 } }))).toEqual(["votes_exceed_attendees@votes"]);
    expect(api.safeTallyMeetingVote({ ...base, scope: "whole_list", votes: { agree: 5, disagree: 5 } }).ok).toBe(true);
  });

  it("per household, each household's votes are checked", () => {
    const r = api.safeTallyMeetingVote({ ...base, scope: "per_household", households: [{ householdCode: "HH-1", agree: 6 }, { householdCode: "HH-2", agree: 4, disagree: 7 }] });
    expect(codes(r)).toEqual(["votes_exceed_attendees@households.1"]);
  });

  it("agree alone above the attendees is its own issue", () => {
    expect(codes(api.safeTallyMeetingVote({ ...base, scope: "whole_list", votes: { agree: 11 } }))).toEqual(["agree_exceeds_attendees@votes.agree"]);
  });

  it("a per-household vote with no household is refused, never 'agreed'", () => {
    const r = api.safeTallyMeetingVote({ ...base, scope: "per_household", households: [] });
    expect(codes(r)).toEqual(["too_small@households"]);
  });
});

describe("the batch's fast path checks Phiếu A as the full path does (classifyHouseholds)", () => {
  // Circular 07/2021/TT-BLĐTBXH, Phiếu A: nine criteria of 0 or 1 under 2021–2025, reviewed 0 or 1; four or more
  // criteria stop the review. Mutation: any one check of the fast path's Phiếu A block removed.
  const base = { standard: "2021-2025", area: "rural", b1: 120, b2: 40 } as const;
  const cases: [string, unknown, string[]][] = [
    ["reviewed 2", { reviewed: 2, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, ["invalid_union@formA.reviewed"]],
    ["reviewed true", { reviewed: true, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, ["invalid_union@formA.reviewed"]],
    ["reviewed without criteria", { reviewed: 1 }, ["form_a_criteria_required@formA.criteria"]],
    ["three criteria", { reviewed: 1, criteria: [1, 1, 1] }, ["wrong_criteria_count@formA.criteria"]],
    ["ten criteria", { reviewed: 1, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }, ["wrong_criteria_count@formA.criteria"]],
    ["a criterion of 2", { reviewed: 1, criteria: [2, 0, 0, 0, 0, 0, 0, 0, 0] }, ["invalid_union@formA.criteria.0"]],
    ["labels that are not strings", { reviewed: 1, criteria: [1, 1, 1, 1, 0, 0, 0, 0, 0], labels: [1] }, ["invalid_type@formA.labels.0"]],
    ["another field", { reviewed: 1, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0], extra: 1 }, ["unrecognized_keys@formA"]],
    ["criteria as a string", { reviewed: 1, criteria: "000000000" }, ["invalid_type@formA.criteria"]],
    ["a list", [1, 1], ["invalid_type@formA"]],
  ];
  it.each(cases)("%s is rejected with the issues of safeClassifyHousehold", (_name, formA, expected) => {
    const rec = { ...base, formA } as never;
    const single = api.safeClassifyHousehold(rec);
    expect(single.ok ? [] : single.issues.map((i) => `${i.code}@${i.path.join(".")}`)).toEqual(expected);
    const batch = api.classifyHouseholds([rec]);
    expect(batch.counts.rejected).toBe(1);
    expect(batch.rejected[0]?.issues.map((i) => `${i.code}@${i.path.join(".")}`)).toEqual(expected);
  });

  it("valid Phiếu A answers decide in the batch as in the law", () => {
    const out = api.classifyHouseholds([
      { ...base, formA: { reviewed: 1, criteria: [1, 1, 1, 1, 0, 0, 0, 0, 0] } }, // 4 criteria: stop
      { ...base, formA: { reviewed: 1, criteria: [1, 1, 1, 0, 0, 0, 0, 0, 0] } }, // 3: on to Phiếu B (B1 120 ≤ 150, B2 40 ≥ 30: poor)
      { ...base, formA: { reviewed: 0 } }, // not reviewed
    ]);
    expect([...out.outcomes]).toEqual([
      { kind: "not_poor", reason: "form_a_screened_out", screenedOut: true },
      { kind: "poor", basis: "income_and_deprivation" },
      { kind: "not_poor", reason: "form_a_not_reviewed", screenedOut: true },
    ]);
  });
});

describe("the dependants indicator reports unknown members as missing (deriveIndicators)", () => {
  // Decree 07/2021/NĐ-CP Art. 3 (as read in a secondary note): deprived when dependants are more than half of the
  // members. A member whose status is not given is unknown, never "not a dependant". Mutation: count unknown members
  // as not dependants (`deprived = yes > limit`).
  const household = (flags: (boolean | undefined)[]) => ({ code: "HH-1", area: "rural" as const, members: flags.map((f) => (f === undefined ? { age: 30 } : { age: 30, dependant: f })) });
  const derive = (flags: (boolean | undefined)[]) => api.deriveIndicators({ standard: "2021-2025", household: household(flags) }).details.find((d) => d.key === "dependants");

  it("one dependant of two known, one unknown of three: undecided, the unknown member listed", () => {
    const d = derive([true, false, undefined]);
    expect(d?.deprived).toBeUndefined();
    expect(d?.missing).toEqual(["members[2].dependant"]);
    expect(api.deriveIndicators({ standard: "2021-2025", household: household([true, false, undefined]) }).answers["dependants"]).toBeUndefined();
  });

  it("every member unknown: undecided, every member listed", () => {
    expect(derive([undefined, undefined])).toMatchObject({ deprived: undefined, missing: ["members[0].dependant", "members[1].dependant"] });
  });

  it("decided whatever the unknown members are: decided, nothing missing", () => {
    expect(derive([true, true, true, undefined])).toMatchObject({ deprived: true, missing: [] }); // 3 of 4 > half
    expect(derive([false, false, false, undefined])).toMatchObject({ deprived: false, missing: [] }); // at most 1 of 4
  });
});

describe("ageOnDate refuses what is not a date", () => {
  it.each(["banana", "2023-02-30", "", "2023-9-15"])("%s", (bad) => {
    let caught: unknown;
    try {
      api.ageOnDate(bad, "2023-09-15");
    } catch (e) {
      caught = e;
    }
    expect(api.isPovertyError(caught) && caught.code).toBe("invalid_input");
    expect(api.isPovertyError(caught) && caught.issues.map((i) => i.path)).toEqual([["birthDate"]]);
  });
});
