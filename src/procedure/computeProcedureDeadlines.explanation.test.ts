// computeProcedureDeadlines' explanation, step by step, for one review in October 2023 (no public holiday in the
// weeks counted). The periods are the law's and the seed's (../shared/spec/procedure.md): posting 3 working days,
// a complaint re-checked within 7 working days and its results posted 3 working days (commune guide 003, SEED);
// middle-living households posted 5 working days, re-checked within 3, decided within 15 days, counted as calendar
// days (Decision 406/QĐ-LĐTBXH); low-income workers posted 5 working days (Decree 30/2025). A period starts the day
// after its event and a last day on a rest day moves to the next working day (Civil Code 2015 Art. 147 cl. 3,
// Art. 148). October 2023: the 4th is a Wednesday; the 7th–8th, 14th–15th, 21st–22nd, 28th–29th are weekends.
import { describe, expect, it } from "vitest";
import { computeProcedureDeadlines, safeComputeProcedureDeadlines } from "../index.js";
import type { ExplanationStep } from "../index.js";
import { caught, param } from "../../test/_lib/issues.js";

const GUIDE_003 = "Hướng dẫn số 01/HD-BCĐ ngày 05/9/2023 của Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo xã Nam Cao";
const D406 = "Quyết định 406/QĐ-LĐTBXH";
const CIVIL = "Bộ luật Dân sự 2015 (91/2015/QH13)";

const shape = (s: ExplanationStep | undefined) => s && { rule: s.rule, code: s.code, params: s.params, result: s.result, status: s.status, cited: s.citations.map((c) => c.instrument) };
const period = (rule: string, ref: string | null, eventOn: string, days: number, unit: string, firstDay: string, lastDay: string, status: string, source: string, movedFrom: string | null = null) => ({
  rule: `procedure.${rule}`,
  code: rule,
  params: expect.objectContaining({ ref, eventOn, days, unit, firstDay, lastDay, movedFrom, status }) as unknown,
  result: lastDay,
  status,
  cited: [source, CIVIL],
});

// computed inside each test, not when the file is collected: a mutation-testing run measures what each test runs
const october2023 = () =>
  computeProcedureDeadlines({
    standard: "2021-2025",
    events: {
      meetingHeldOn: "2023-10-03",
      postedOn: "2023-10-04",
      complaints: [{ id: "KN-01", receivedOn: "2023-10-05", recheckPostedOn: "2023-10-16" }],
      middleLiving: { postedOn: "2023-10-04", complaintsReceivedOn: ["2023-10-06"], decisionFrom: "2023-10-20" },
      lowIncomeWorkerPostedOn: "2023-10-04",
    },
  });

describe("the deadlines of a review held in October 2023, explained", () => {

  it("opens with the counting rule of the Civil Code", () => {
    const r = october2023();
    const steps = r.explanation.steps.map(shape);
    expect(steps[0]).toEqual({ rule: "procedure.counting", code: "counting_rule", params: {}, result: true, status: "confirmed", cited: [CIVIL] });
    expect(r.explanation.steps[0]?.citations[0]).toMatchObject({ article: "147", clause: "3" });
  });

  it("each period from the day after its event, over working days (or calendar days for the 15-day decision)", () => {
    const r = october2023();
    expect(r.explanation.steps.map(shape).slice(1)).toEqual([
      // Wed 4 → Thu 5, Fri 6, Mon 9
      period("posting", null, "2023-10-04", 3, "working", "2023-10-05", "2023-10-09", "seed", GUIDE_003),
      // Thu 5 → Fri 6, Mon 9 … Fri 13, Mon 16: the 7th working day
      period("complaint_recheck", "KN-01", "2023-10-05", 7, "working", "2023-10-06", "2023-10-16", "seed", GUIDE_003),
      period("recheck_posting", "KN-01", "2023-10-16", 3, "working", "2023-10-17", "2023-10-19", "seed", GUIDE_003),
      period("middle_living_posting", null, "2023-10-04", 5, "working", "2023-10-05", "2023-10-11", "confirmed", D406),
      // the first complaint without an id is named by its place in the list
      period("middle_living_recheck", "#1", "2023-10-06", 3, "working", "2023-10-09", "2023-10-11", "confirmed", D406),
      // 21/10 + 14 days = Sat 4/11, moved to Mon 6/11; "within 15 days" without "working": calendar days, uncertain
      period("middle_living_decision", null, "2023-10-20", 15, "calendar", "2023-10-21", "2023-11-06", "uncertain", D406, "2023-11-04"),
      period("low_income_worker_posting", null, "2023-10-04", 5, "working", "2023-10-05", "2023-10-11", "confirmed", "Nghị định 30/2025/NĐ-CP"),
    ]);
  });

  it("each step's labels name the period in both languages, and says what it counts", () => {
    const r = october2023();
    expect(r.explanation.steps.slice(1).map((s) => [s.actual, s.expected])).toEqual([
      ["2023-10-04", "3 working"],
      ["2023-10-05", "7 working"],
      ["2023-10-16", "3 working"],
      ["2023-10-04", "5 working"],
      ["2023-10-06", "3 working"],
      ["2023-10-20", "15 calendar"],
      ["2023-10-04", "5 working"],
    ]);
    expect(r.explanation.steps.slice(1).map((s) => [param(s, "labelVi"), param(s, "labelEn")])).toEqual([
      ["Niêm yết công khai kết quả rà soát", "Public posting of the review results"],
      ["Phúc tra khiếu nại", "Re-check after a complaint"],
      ["Niêm yết kết quả phúc tra", "Posting of the re-check results"],
      ["Niêm yết danh sách hộ có mức sống trung bình", "Posting of the middle-living list"],
      ["Phúc tra hộ có mức sống trung bình", "Re-check (middle-living)"],
      ["Quyết định công nhận hộ có mức sống trung bình", "Decision on middle-living households"],
      ["Niêm yết người lao động có thu nhập thấp", "Posting of low-income workers"],
    ]);
  });

  it("the decision is uncertain because one period is; its values read are the periods, by key", () => {
    const r = october2023();
    expect(r.explanation.uncertain).toBe(true);
    expect(r.explanation.decision).toBe("procedure_deadlines");
    expect(r.explanation.valuesRead.map((v) => v.key)).toEqual([
      "procedure.posting",
      "procedure.complaintRecheck",
      "procedure.recheckPosting",
      "procedure.middleLiving.posting",
      "procedure.middleLiving.recheck",
      "procedure.middleLiving.decision",
      "procedure.lowIncomeWorkerPosting",
    ]);
    expect(r.outcome.kind === "computed" && r.outcome.findings).toEqual([]);
  });
});

describe("the period's rules by standard and around a holiday", () => {
  const posting = (standard: string, postedOn: string) => computeProcedureDeadlines({ standard, events: { postedOn } });

  it("posted Thu 31/8/2023: the National Day break (Fri 1/9 – Mon 4/9, the Government's 2023 schedule) is skipped", () => {
    const r = posting("2021-2025", "2023-08-31");
    expect(r.explanation.steps[1]?.params).toMatchObject({ eventOn: "2023-08-31", days: 3, unit: "working", firstDay: "2023-09-05", lastDay: "2023-09-07", movedFrom: null });
  });

  it("2016–2020: 7 working days (Circular 17/2016): posted Tue 1/10/2019, the last day is Thu 10/10", () => {
    const r = posting("2016-2020", "2019-10-01");
    expect(r.outcome).toEqual({
      kind: "computed",
      deadlines: [{ kind: "posting", ref: null, eventOn: "2019-10-01", firstDay: "2019-10-02", lastDay: "2019-10-10", duration: { days: 7, unit: "working" }, movedFrom: null, citation: { instrument: "Thông tư 17/2016/TT-BLĐTBXH", note: "read in a secondary source" }, status: "confirmed" }],
      findings: [],
    });
  });

  it("2027–2030: the 2022–2025 periods as the practical default, said first and marked uncertain", () => {
    const r = posting("2027-2030", "2027-10-05");
    expect(r.explanation.steps.map((s) => [s.code, s.status])).toEqual([
      ["procedure_practical_default", "uncertain"],
      ["counting_rule", "confirmed"],
      ["posting", "uncertain"],
    ]);
    expect(r.outcome.kind === "computed" && r.outcome.deadlines[0]).toMatchObject({ lastDay: "2027-10-08", status: "uncertain" });
  });

  it("events out of order are refused at the later event, naming the one it must follow", () => {
    const r = safeComputeProcedureDeadlines({ standard: "2021-2025", events: { meetingHeldOn: "2023-10-05", postedOn: "2023-10-04", complaints: [{ receivedOn: "2023-10-05", recheckPostedOn: "2023-10-04" }] } });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["date_before_start", ["events", "postedOn"], { date: "2023-10-04", start: "2023-10-05", what: "meetingHeldOn" }],
      ["date_before_start", ["events", "complaints", 0, "recheckPostedOn"], { date: "2023-10-04", start: "2023-10-05", what: "receivedOn" }],
    ]);
  });
});

describe("findings and what the standard lacks", () => {
  it("a complaint after the posting ended and a re-check posted late are findings, each said in a step", () => {
    // posted Wed 4/10: the posting ends Mon 9/10; a complaint on Tue 10/10 comes after it; its re-check ends
    // Thu 19/10 (7 working days from Wed 11/10), and its results are posted on Fri 20/10, a day late
    const r = computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: "2023-10-04", complaints: [{ receivedOn: "2023-10-10", recheckPostedOn: "2023-10-20" }] } });
    expect(r.outcome.kind === "computed" && r.outcome.findings).toEqual([
      { code: "complaint_after_posting", ref: "#1", date: "2023-10-10" },
      { code: "recheck_posted_late", ref: "#1", date: "2023-10-20" },
    ]);
    expect(r.explanation.steps.filter((s) => s.rule === "procedure.finding").map((s) => [s.code, s.params, s.result])).toEqual([
      ["complaint_after_posting", { code: "complaint_after_posting", ref: "#1", date: "2023-10-10" }, false],
      ["recheck_posted_late", { code: "recheck_posted_late", ref: "#1", date: "2023-10-20" }, false],
    ]);
    // on the last day itself: not late
    const onTime = computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: "2023-10-04", complaints: [{ receivedOn: "2023-10-09", recheckPostedOn: "2023-10-18" }] } });
    expect(onTime.outcome.kind === "computed" && onTime.outcome.findings).toEqual([]);
  });

  it("2016–2020 has no re-check period: said in a step (not a finding step), the rest computed", () => {
    const r = computeProcedureDeadlines({ standard: "2016-2020", events: { postedOn: "2019-10-01", complaints: [{ receivedOn: "2019-10-02" }] } });
    const missing = r.explanation.steps.find((s) => s.code === "duration_not_found");
    expect(missing).toMatchObject({ rule: "procedure.complaint_recheck", params: { standard: "2016-2020", rule: "complaintRecheck" }, result: false });
    expect(missing?.citations).toEqual([{ instrument: "Thông tư 17/2016/TT-BLĐTBXH", note: "complaintRecheck NOT FOUND" }]);
    expect(r.outcome.kind === "computed" && r.outcome.findings).toEqual([{ code: "duration_not_found", ref: "complaintRecheck", date: null }]);
    expect(r.explanation.steps.some((s) => s.rule === "procedure.finding")).toBe(false);
  });

  it("a middle-living complaint before that list's posting is refused at its place", () => {
    const r = safeComputeProcedureDeadlines({ standard: "2021-2025", events: { middleLiving: { postedOn: "2023-10-04", complaintsReceivedOn: ["2023-10-05", "2023-10-03"] } } });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["date_before_start", ["events", "middleLiving", "complaintsReceivedOn", 1], { date: "2023-10-03", start: "2023-10-04", what: "middleLiving.postedOn" }],
    ]);
  });

  it("a bad calendar is refused at `calendar`; the thrower names itself", () => {
    const r = safeComputeProcedureDeadlines({ standard: "2021-2025", events: {}, calendar: { kind: "forged" } as never });
    expect(!r.ok && r.issues[0]?.path).toEqual(["calendar"]);
    expect(caught(() => computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: "2023-13-01" } })).details).toMatchObject({ function: "computeProcedureDeadlines" });
  });
});

describe("a period in calendar days that ends on a working day is not moved", () => {
  it("decision period from Thu 19/10/2023: 15 days end on Fri 3/11, a working day", () => {
    const r = computeProcedureDeadlines({ standard: "2021-2025", events: { middleLiving: { decisionFrom: "2023-10-19" } } });
    expect(r.outcome.kind === "computed" && r.outcome.deadlines[0]).toMatchObject({ kind: "middle_living_decision", firstDay: "2023-10-20", lastDay: "2023-11-03", movedFrom: null });
  });
});
