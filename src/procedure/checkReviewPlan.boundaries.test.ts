// checkReviewPlan at the law's bounds (Decision 24/2021/QĐ-TTg, ../shared/spec/procedure.md): review-phase
// milestones inside the periodic window 1/9–14/12 (Art. 3), reporting milestones before the legal deadline they
// must precede — the provincial department's preliminary report before 15 November, so its last day is 14/11
// (Art. 7). A preparation milestone before the window is allowed and only noted.
import { describe, expect, it } from "vitest";
import { checkReviewPlan, reviewPlanStatus, safeCheckReviewPlan, safeReviewPlanStatus, type ReviewPlan } from "../index.js";
import { caught } from "../../test/_lib/issues.js";

const D24_ART3 = { instrument: "Quyết định 24/2021/QĐ-TTg", article: "3" };
const D24_ART7 = { instrument: "Quyết định 24/2021/QĐ-TTg", article: "7" };
const label = { vi: "mốc (ví dụ)", en: "milestone (example)" };
const plan = (milestones: readonly object[]): ReviewPlan =>
  ({ id: "ke-hoach-vi-du", year: 2023, standard: "2021-2025", title: label, milestones, citation: { instrument: "Kế hoạch (ví dụ)" }, status: "seed" }) as unknown as ReviewPlan;
const m = (id: string, phase: string, from: string | undefined, to: string, mustPrecede?: string) => ({ id, phase, label, ...(from ? { from } : {}), to, stated: from ? "range" : "on", ...(mustPrecede ? { mustPrecede } : {}) });

describe("checkReviewPlan at the window's and the deadlines' edges", () => {
  it("a review phase exactly 1/9–14/12 and a report on 14/11 before the 15/11 deadline fit; preparation on 1/9 is not noted", () => {
    const r = checkReviewPlan({ plan: plan([m("prep", "preparation", undefined, "2023-09-01"), m("review", "review", "2023-09-01", "2023-12-14"), m("prelim", "reporting", undefined, "2023-11-14", "province_preliminary")]) });
    expect(r.outcome).toEqual({ kind: "checked", fits: true, findings: [] });
    expect(r.explanation.steps.at(-1)).toMatchObject({ rule: "plan.fits", code: "plan_fits", params: { fits: true, errors: 0 }, result: true });
    expect(r.explanation.decision).toBe("check_review_plan");
  });

  it("one day outside on either side, one day late, and an unknown deadline: errors, each with its bound and basis", () => {
    const r = checkReviewPlan({
      plan: plan([
        m("early", "review", "2023-08-31", "2023-09-10"),
        m("late", "review", "2023-12-01", "2023-12-15"),
        m("prelim", "reporting", undefined, "2023-11-15", "province_preliminary"),
        m("other", "reporting", undefined, "2023-11-01", "ministry_summary"),
        m("prep", "preparation", "2023-08-31", "2023-09-02"),
      ]),
    });
    const window = "2023-09-01 – 2023-12-14";
    expect(r.outcome).toEqual({
      kind: "checked",
      fits: false,
      findings: [
        { code: "outside_review_window", severity: "error", milestone: "early", date: "2023-08-31", limit: window, citation: D24_ART3 },
        { code: "outside_review_window", severity: "error", milestone: "late", date: "2023-12-15", limit: window, citation: D24_ART3 },
        { code: "after_legal_deadline", severity: "error", milestone: "prelim", date: "2023-11-15", limit: "2023-11-14", citation: D24_ART7 },
        { code: "unknown_legal_deadline", severity: "error", milestone: "other", date: "2023-11-01", limit: null, citation: null },
        { code: "before_review_window", severity: "info", milestone: "prep", date: "2023-08-31", limit: window, citation: D24_ART3 },
      ],
    });
    const steps = r.explanation.steps.slice(-6).map((s) => [s.rule, s.code, s.params, s.result, s.citations.length]);
    expect(steps).toEqual([
      ["plan.outside_review_window", "outside_review_window", { code: "outside_review_window", milestone: "early", date: "2023-08-31", limit: window }, false, 1],
      ["plan.outside_review_window", "outside_review_window", { code: "outside_review_window", milestone: "late", date: "2023-12-15", limit: window }, false, 1],
      ["plan.after_legal_deadline", "after_legal_deadline", { code: "after_legal_deadline", milestone: "prelim", date: "2023-11-15", limit: "2023-11-14" }, false, 1],
      ["plan.unknown_legal_deadline", "unknown_legal_deadline", { code: "unknown_legal_deadline", milestone: "other", date: "2023-11-01", limit: null }, false, 0],
      ["plan.before_review_window", "before_review_window", { code: "before_review_window", milestone: "prep", date: "2023-08-31", limit: window }, true, 1],
      ["plan.fits", "plan_does_not_fit", { fits: false, errors: 4 }, false, 1],
    ]);
  });

  it("a review phase from the window's first day past its last: the date reported is the last day, which is outside", () => {
    const r = checkReviewPlan({ plan: plan([m("review", "review", "2023-09-01", "2023-12-15")]) });
    expect(r.outcome.kind === "checked" && r.outcome.findings.map((f) => [f.code, f.date])).toEqual([["outside_review_window", "2023-12-15"]]);
  });

  it("names itself when it throws; input that is not an object, or an unknown standard, is refused at its place", () => {
    expect(caught(() => checkReviewPlan({ plan: {} as never })).details).toMatchObject({ function: "checkReviewPlan" });
    const notObject = safeCheckReviewPlan(null as never);
    expect(!notObject.ok && notObject.issues.map((i) => [i.code, i.path, i.params])).toEqual([["invalid_type", [], { expected: "object", received: "null" }]]);
    const unknown = safeCheckReviewPlan({ plan: plan([]), standard: "2020-2024" });
    expect(!unknown.ok && unknown.issues.map((i) => [i.code, i.path])).toEqual([["unknown_standard", ["standard"]]]);
  });

  it("a milestone whose first day is after its last is refused at its `to`, with both days", () => {
    const r = safeCheckReviewPlan({ plan: plan([m("review", "review", "2023-10-02", "2023-10-01")]) });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["milestone_dates_reversed", ["plan", "milestones", 0, "to"], { id: "review", from: "2023-10-02", to: "2023-10-01" }]]);
  });
});

describe("reviewPlanStatus at its edges", () => {
  const p = () => plan([m("review", "review", "2023-09-10", "2023-09-20")]);
  it("completed on the day asked: done; an unknown milestone is refused at its key; the thrower names itself", () => {
    expect(reviewPlanStatus({ plan: p(), asOf: "2023-09-15", completed: { review: "2023-09-15" } })).toEqual([{ id: "review", status: "done", from: "2023-09-10", to: "2023-09-20", completedOn: "2023-09-15", late: false }]);
    const r = safeReviewPlanStatus({ plan: p(), asOf: "2023-09-15", completed: { nope: "2023-09-01" } });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["unknown_milestone", ["completed", "nope"], { id: "nope" }]]);
    expect(caught(() => reviewPlanStatus({ plan: p(), asOf: "x" })).details).toMatchObject({ function: "reviewPlanStatus" });
  });
});
