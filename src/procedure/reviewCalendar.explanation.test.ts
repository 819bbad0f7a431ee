// reviewCalendar's and checkReviewPlan's explanations, step by step, from Decision 24/2021/QĐ-TTg
// (../shared/spec/procedure.md): the periodic review 1/9–14/12 and the regular review from the 15th (Art. 3); the
// commune reports regular reviews on the 5th of February to September, the provincial department the preliminary
// results before 15 November, the province the official results before 20 December (Art. 7). "Before" a day ends
// the day before it; "on or before" ends on it. Seed 003's plan (a commune guide of 2023) trains on 12/8/2023.
import { describe, expect, it } from "vitest";
import { checkReviewPlan, reviewCalendar, SEED_003_COMMUNE_PLAN_2023 } from "../index.js";
import type { ExplanationStep } from "../index.js";
import { caught } from "../../test/_lib/issues.js";

const D24 = "Quyết định 24/2021/QĐ-TTg";
const shape = (s: ExplanationStep) => ({ rule: s.rule, code: s.code, params: s.params, result: s.result, status: s.status, cited: s.citations.map((c) => [c.instrument, c.article ?? null]) });
const monthly = (m: string) => ({
  rule: `deadline.commune_regular_monthly:2023-${m}`,
  code: "reporting_deadline",
  params: { vi: "UBND cấp xã báo cáo kết quả rà soát thường xuyên lên cấp trên", en: "Commune reports the results of regular reviews to the level above", rule: "on_or_before", stated: `2023-${m}-05`, lastDay: `2023-${m}-05` },
  result: `2023-${m}-05`,
  status: "confirmed",
  cited: [[D24, "7"]],
});
const CALENDAR_2023 = [
  { rule: "procedure.periodic_window", code: "periodic_window", params: { year: 2023, from: "2023-09-01", to: "2023-12-14" }, result: true, status: "confirmed", cited: [[D24, "3"]] },
  { rule: "procedure.regular_review", code: "regular_review_day", params: { day: 15 }, result: true, status: "confirmed", cited: [[D24, "3"]] },
  ...["02", "03", "04", "05", "06", "07", "08", "09"].map(monthly),
  {
    rule: "deadline.province_preliminary",
    code: "reporting_deadline",
    params: { vi: "Sở báo cáo kết quả sơ bộ rà soát định kỳ về Bộ", en: "Provincial department reports the preliminary results of the periodic review to the ministry", rule: "before", stated: "2023-11-15", lastDay: "2023-11-14" },
    result: "2023-11-14",
    status: "confirmed",
    cited: [[D24, "7"]],
  },
  {
    rule: "deadline.province_official",
    code: "reporting_deadline",
    params: { vi: "Tỉnh báo cáo kết quả chính thức về Bộ", en: "Province reports the official results to the ministry", rule: "before", stated: "2023-12-20", lastDay: "2023-12-19" },
    result: "2023-12-19",
    status: "confirmed",
    cited: [[D24, "7"]],
  },
];

describe("reviewCalendar 2023 (2021–2025), explained", () => {
  it("the window, the regular-review day, and each reporting deadline with its rule and provision", () => {
    const r = reviewCalendar({ standard: "2021-2025", year: 2023 });
    expect(r.explanation.steps.map(shape)).toEqual(CALENDAR_2023);
    expect(r.explanation.uncertain).toBe(false);
    expect(r.explanation.decision).toBe("review_calendar");
    expect(r.outcome).toMatchObject({ kind: "computed", periodicWindow: { from: "2023-09-01", to: "2023-12-14", citation: { instrument: D24, article: "3" }, status: "confirmed" }, regularReviewFromDay: 15 });
    // the values read from the standard: the window, the day, each deadline (by its id)
    expect(r.explanation.valuesRead.map((v) => [v.key, v.value])).toEqual([
      ["procedure.periodicWindow", { from: "09-01", to: "12-14" }],
      ["procedure.regularReviewFromDay", 15],
      ["procedure.deadlines[0]", "commune_regular_monthly"],
      ["procedure.deadlines[1]", "province_preliminary"],
      ["procedure.deadlines[2]", "province_official"],
    ]);
  });

  it("a local deadline: before its day, kept in date order among the law's, cited to the caller's plan when no citation is given", () => {
    const r = reviewCalendar({
      standard: "2021-2025",
      year: 2023,
      localDeadlines: [
        { id: "communes_official", before: "2023-12-10", mustPrecede: "province_official", description: { vi: "Xã báo cáo chính thức", en: "Communes' official report" } },
        { id: "communes_preliminary", before: "2023-11-05", description: { vi: "Xã báo cáo sơ bộ", en: "Communes' preliminary report" }, citation: { instrument: "Kế hoạch (ví dụ)", item: "Mục IV" } },
      ],
    });
    if (r.outcome.kind !== "computed") throw new Error("not computed");
    expect(r.outcome.deadlines.slice(-4).map((d) => [d.id, d.source, d.rule, d.stated, d.lastDay, d.status])).toEqual([
      ["communes_preliminary", "local", "before", "2023-11-05", "2023-11-04", "seed"],
      ["province_preliminary", "law", "before", "2023-11-15", "2023-11-14", "confirmed"],
      ["communes_official", "local", "before", "2023-12-10", "2023-12-09", "seed"],
      ["province_official", "law", "before", "2023-12-20", "2023-12-19", "confirmed"],
    ]);
    const [prelim, , official] = r.outcome.deadlines.slice(-4);
    expect(prelim?.citation).toEqual({ instrument: "Kế hoạch (ví dụ)", item: "Mục IV" });
    expect(official).toMatchObject({ mustPrecede: "province_official", citation: { instrument: "local plan supplied by the caller" } });
    expect(prelim && "mustPrecede" in prelim).toBe(false);
    expect(r.explanation.steps.find((s) => s.rule === "deadline.communes_official")).toMatchObject({ code: "reporting_deadline", result: "2023-12-09", status: "seed" });
  });

  it("the monthly deadlines come from the law; a local deadline on the same last day as the law's follows it by id; the summary names the year; the thrower names itself", () => {
    const r = reviewCalendar({ standard: "2021-2025", year: 2023, localDeadlines: [{ id: "a_communes", before: "2023-11-15", description: { vi: "Xã (ví dụ)", en: "Communes (example)" } }, { id: "z_communes", before: "2023-11-15", description: { vi: "Xã (ví dụ)", en: "Communes (example)" } }] });
    if (r.outcome.kind !== "computed") throw new Error("not computed");
    expect(r.outcome.deadlines.filter((d) => d.id.startsWith("commune_regular_monthly")).every((d) => d.source === "law")).toBe(true);
    expect(r.outcome.deadlines.filter((d) => d.lastDay === "2023-11-14").map((d) => d.id)).toEqual(["a_communes", "province_preliminary", "z_communes"]);
    expect(r.explanation.summary.en).toContain("2023");
    expect(caught(() => reviewCalendar({ standard: "2021-2025", year: 1800 })).details).toMatchObject({ function: "reviewCalendar" });
  });

  it("2016–2020 names no regular-review day", () => {
    const r = reviewCalendar({ standard: "2016-2020", year: 2019 });
    expect(r.outcome.kind === "computed" && r.outcome.regularReviewFromDay).toBeNull();
    expect(r.explanation.steps.map((s) => s.code)).toEqual(["periodic_window", "reporting_deadline", "reporting_deadline"]);
  });
});

describe("checkReviewPlan on seed 003's plan, explained", () => {
  it("the calendar's steps, then training on 12/8 noted as before the window (information, not an error), then the plan fits", () => {
    const r = checkReviewPlan({ plan: SEED_003_COMMUNE_PLAN_2023, standard: "2021-2025" });
    expect(r.outcome).toEqual({
      kind: "checked",
      fits: true,
      findings: [{ code: "before_review_window", severity: "info", milestone: "training", date: "2023-08-12", limit: "2023-09-01 – 2023-12-14", citation: { instrument: D24, article: "3" } }],
    });
    const steps = r.explanation.steps.map(shape);
    expect(steps.slice(0, CALENDAR_2023.length)).toEqual(CALENDAR_2023);
    expect(steps.slice(CALENDAR_2023.length)).toEqual([
      { rule: "plan.before_review_window", code: "before_review_window", params: { code: "before_review_window", milestone: "training", date: "2023-08-12", limit: "2023-09-01 – 2023-12-14" }, result: true, status: "confirmed", cited: [[D24, "3"]] },
      { rule: "plan.fits", code: "plan_fits", params: { fits: true, errors: 0 }, result: true, status: "confirmed", cited: expect.any(Array) as unknown },
    ]);
  });
});
