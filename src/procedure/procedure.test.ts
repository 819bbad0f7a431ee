import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  checkReviewPlan,
  drawInspectionSample,
  reviewCalendar,
  reviewPlanStatus,
  safeDrawInspectionSample,
  safeReviewPlanStatus,
  SEED_000_CITY_PLAN_2023,
  SEED_003_COMMUNE_PLAN_2023,
  INSPECTION_SAMPLING_SEED_004,
  type ReviewPlan,
} from "./index.js";

describe("reviewCalendar", () => {
  it("2021–2025: 1/9–14/12, regular review from the 15th, reporting before 15/11 and 20/12 (Decision 24/2021 Art. 3, 5, 7)", () => {
    const { outcome } = reviewCalendar({ standard: "2021-2025", year: 2023 });
    if (outcome.kind !== "computed") throw new Error("not computed");
    expect([outcome.periodicWindow.from, outcome.periodicWindow.to]).toEqual(["2023-09-01", "2023-12-14"]);
    expect(outcome.regularReviewFromDay).toBe(15);
    const law = outcome.deadlines.filter((d) => !d.id.startsWith("commune_regular_monthly"));
    expect(law.map((d) => [d.id, d.lastDay])).toEqual([["province_preliminary", "2023-11-14"], ["province_official", "2023-12-19"]]);
    expect(outcome.deadlines.filter((d) => d.id.startsWith("commune_regular_monthly")).map((d) => d.lastDay)).toEqual([
      "2023-02-05", "2023-03-05", "2023-04-05", "2023-05-05", "2023-06-05", "2023-07-05", "2023-08-05", "2023-09-05",
    ]);
  });

  it("2016–2020: 1/9–31/12, reporting before 15/11 and 15/12 (Circular 17/2016 Art. 4, 9)", () => {
    const { outcome } = reviewCalendar({ standard: "2016-2020", year: 2019 });
    if (outcome.kind !== "computed") throw new Error("not computed");
    expect([outcome.periodicWindow.from, outcome.periodicWindow.to]).toEqual(["2019-09-01", "2019-12-31"]);
    expect(outcome.deadlines.map((d) => d.lastDay)).toEqual(["2019-11-14", "2019-12-14"]);
  });

  it("adds a local plan's deadlines; under 2027–2030 uses the 2022–2025 window and deadlines, marked uncertain", () => {
    const { outcome } = reviewCalendar({
      standard: "2021-2025",
      year: 2023,
      localDeadlines: [{ id: "communes_preliminary", before: "2023-11-05", mustPrecede: "province_preliminary", description: { vi: "Xã báo cáo sơ bộ", en: "Communes' preliminary" } }],
    });
    if (outcome.kind !== "computed") throw new Error("not computed");
    expect(outcome.deadlines.find((d) => d.id === "communes_preliminary")?.lastDay).toBe("2023-11-04");
    const r2027 = reviewCalendar({ standard: "2027-2030", year: 2027 });
    expect(r2027.explanation.steps[0]?.code).toBe("procedure_practical_default");
    expect(r2027.explanation.uncertain).toBe(true);
    if (r2027.outcome.kind !== "computed") throw new Error("not computed");
    // Decision 24/2021 Art. 7: the province's official report before 20/12 → last day 19/12
    expect(r2027.outcome.deadlines.find((d) => d.id === "province_official")).toMatchObject({ lastDay: "2027-12-19", status: "uncertain" });
  });
});

describe("seed plans", () => {
  it("load seed 003's milestones (Mục I.3)", () => {
    expect(SEED_003_COMMUNE_PLAN_2023.milestones.map((m) => [m.id, "from" in m ? m.from : null, m.to])).toEqual([
      ["training", "2023-08-12", "2023-08-12"],
      ["rollout", "2023-09-06", "2023-09-11"],
      ["screening_scoring", "2023-09-12", "2023-09-24"],
      ["preliminary_report", "2023-09-25", "2023-09-30"],
      ["village_meetings", "2023-10-01", "2023-10-08"],
      ["official_report", null, "2023-10-14"], // "trước ngày 15/10/2023"
    ]);
    expect(SEED_003_COMMUNE_PLAN_2023.status).toBe("seed");
  });

  it("load seed 000's reporting deadlines (Mục IV)", () => {
    expect(SEED_000_CITY_PLAN_2023.milestones.filter((m) => m.phase === "reporting").map((m) => [m.id, m.to])).toEqual([
      ["communes_preliminary", "2023-11-04"], // before 05/11/2023
      ["city_preliminary", "2023-11-09"], // before 10/11/2023
      ["communes_official", "2023-12-09"], // before 10/12/2023
      ["city_official", "2023-12-14"], // before 15/12/2023
    ]);
  });

  it.each([
    ["2023-08-11", ["upcoming", "upcoming", "upcoming", "upcoming", "upcoming", "due"]],
    ["2023-09-06", ["overdue", "due", "upcoming", "upcoming", "upcoming", "due"]],
    ["2023-09-24", ["overdue", "overdue", "due", "upcoming", "upcoming", "due"]],
    ["2023-10-08", ["overdue", "overdue", "overdue", "overdue", "due", "due"]],
    ["2023-10-15", ["overdue", "overdue", "overdue", "overdue", "overdue", "overdue"]],
  ] as const)("seed 003 statuses on %s (nothing marked done)", (asOf, expected) => {
    expect(reviewPlanStatus({ plan: SEED_003_COMMUNE_PLAN_2023, asOf }).map((s) => s.status)).toEqual(expected);
  });

  it("marks done, and late when completed after the last day", () => {
    const s = reviewPlanStatus({ plan: SEED_003_COMMUNE_PLAN_2023, asOf: "2023-10-10", completed: { training: "2023-08-12", village_meetings: "2023-10-09", official_report: "2023-10-11" } });
    expect(s.map((x) => [x.id, x.status, x.late])).toEqual([
      ["training", "done", false],
      ["rollout", "overdue", false],
      ["screening_scoring", "overdue", false],
      ["preliminary_report", "overdue", false],
      ["village_meetings", "done", true],
      ["official_report", "due", false], // completed after asOf: not yet done on 10/10
    ]);
    const bad = safeReviewPlanStatus({ plan: SEED_003_COMMUNE_PLAN_2023, asOf: "2023-10-10", completed: { nope: "2023-10-01" } });
    expect(bad.ok ? null : bad.issues[0]?.code).toBe("unknown_milestone");
  });

  it("checks the seed plans against the law: both fit", () => {
    const a = checkReviewPlan({ plan: SEED_003_COMMUNE_PLAN_2023 });
    expect(a.outcome.kind === "checked" && a.outcome.fits).toBe(true);
    expect(a.outcome.kind === "checked" && a.outcome.findings.map((f) => f.code)).toEqual(["before_review_window"]); // training 12/8
    const b = checkReviewPlan({ plan: SEED_000_CITY_PLAN_2023 });
    expect(b.outcome.kind === "checked" && b.outcome.fits).toBe(true);
  });

  it("finds a plan outside the window and after the legal deadline", () => {
    const plan: ReviewPlan = {
      ...SEED_000_CITY_PLAN_2023,
      milestones: [
        { id: "meetings", phase: "review", label: { vi: "Họp dân", en: "Meetings" }, from: "2023-12-10", to: "2023-12-15", stated: "range" },
        { id: "official", phase: "reporting", label: { vi: "Báo cáo", en: "Report" }, to: "2023-12-20", stated: "before", mustPrecede: "province_official" },
      ],
    };
    const { outcome } = checkReviewPlan({ plan });
    if (outcome.kind !== "checked") throw new Error("not checked");
    expect(outcome.fits).toBe(false);
    expect(outcome.findings.map((f) => [f.code, f.date, f.limit])).toEqual([
      ["outside_review_window", "2023-12-15", "2023-09-01 – 2023-12-14"],
      ["after_legal_deadline", "2023-12-20", "2023-12-19"],
    ]);
  });
});

describe("drawInspectionSample (seed 004: 50–60% of villages, 5–10 households each)", () => {
  const villages = Array.from({ length: 10 }, (_, i) => ({
    code: `TH-${String(i + 1).padStart(2, "0")}`,
    households: Array.from({ length: 3 + i }, (_, j) => `TH${i + 1}-HH-${String(j + 1).padStart(3, "0")}`),
  }));

  it("reads the band from the seed data", () => {
    expect(INSPECTION_SAMPLING_SEED_004.value).toEqual({ villagePercent: { min: 50, max: 60 }, householdsPerVillage: { min: 5, max: 10 } });
  });

  it("draws 50% of 10 villages, 5 households each (fewer where a village has fewer)", () => {
    const { outcome } = drawInspectionSample({ seed: "KT-2021-11-08", villages });
    expect(outcome.villages.length).toBe(5);
    expect(outcome.villagePercent).toBe("50.00");
    expect(outcome.withinVillageBand).toBe(true);
    for (const v of outcome.villages) {
      const total = villages.find((x) => x.code === v.code)?.households.length ?? 0;
      expect(v.households.length).toBe(Math.min(5, total));
      expect(v.shortfall).toBe(Math.max(0, 5 - total));
    }
  });

  it("rounds the village count up: 7 villages → 4 (57.14%); 3 → 2 (66.67%, above the band)", () => {
    expect(drawInspectionSample({ seed: 1, villages: villages.slice(0, 7) }).outcome.villagePercent).toBe("57.14");
    const three = drawInspectionSample({ seed: 1, villages: villages.slice(0, 3) }).outcome;
    expect([three.villages.length, three.villagePercent, three.withinVillageBand]).toEqual([2, "66.67", false]);
  });

  it("is reproducible whatever the input order (property)", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 5, max: 10 }), fc.integer(), (seed, per, shift) => {
        const k = Math.abs(shift) % villages.length;
        const shuffled = [...villages.slice(k), ...villages.slice(0, k)].reverse().map((v) => ({ code: v.code, households: [...v.households].reverse() }));
        const a = drawInspectionSample({ seed, villages, householdsPerVillage: per }).outcome;
        const b = drawInspectionSample({ seed, villages: shuffled, householdsPerVillage: per }).outcome;
        return JSON.stringify(a) === JSON.stringify(b);
      }),
      { numRuns: 100 },
    );
    expect(drawInspectionSample({ seed: 42, villages }).outcome).toEqual(drawInspectionSample({ seed: "42", villages }).outcome);
  });

  it("rejects a count outside 5–10 and duplicates", () => {
    const a = safeDrawInspectionSample({ seed: 7, villages, householdsPerVillage: 11 });
    expect(a.ok ? null : a.issues[0]?.code).toBe("households_per_village_out_of_band");
    const b = safeDrawInspectionSample({ seed: 7, villages: [{ code: "TH-01", households: [] }, { code: "TH-01", households: [] }] });
    expect(b.ok ? null : b.issues[0]?.code).toBe("duplicate_village");
  });
});
