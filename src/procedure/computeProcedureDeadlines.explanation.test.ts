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

describe("the deadlines of a review held in October 2023, explained", () => {
  const r = computeProcedureDeadlines({
    standard: "2021-2025",
    events: {
      meetingHeldOn: "2023-10-03",
      postedOn: "2023-10-04",
      complaints: [{ id: "KN-01", receivedOn: "2023-10-05", recheckPostedOn: "2023-10-16" }],
      middleLiving: { postedOn: "2023-10-04", complaintsReceivedOn: ["2023-10-06"], decisionFrom: "2023-10-20" },
      lowIncomeWorkerPostedOn: "2023-10-04",
    },
  });
  const steps = r.explanation.steps.map(shape);

  it("opens with the counting rule of the Civil Code", () => {
    expect(steps[0]).toEqual({ rule: "procedure.counting", code: "counting_rule", params: {}, result: true, status: "confirmed", cited: [CIVIL] });
    expect(r.explanation.steps[0]?.citations[0]).toMatchObject({ article: "147", clause: "3" });
  });

  it("each period from the day after its event, over working days (or calendar days for the 15-day decision)", () => {
    expect(steps.slice(1)).toEqual([
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

  it("each step's labels name the period in both languages", () => {
    expect(r.explanation.steps.slice(1).map((s) => [s.params["labelVi"], s.params["labelEn"]])).toEqual([
      ["Niêm yết công khai kết quả rà soát", "Public posting of the review results"],
      ["Phúc tra khiếu nại", "Re-check after a complaint"],
      ["Niêm yết kết quả phúc tra", "Posting of the re-check results"],
      ["Niêm yết danh sách hộ có mức sống trung bình", "Posting of the middle-living list"],
      ["Phúc tra hộ có mức sống trung bình", "Re-check (middle-living)"],
      ["Quyết định công nhận hộ có mức sống trung bình", "Decision on middle-living households"],
      ["Niêm yết người lao động có thu nhập thấp", "Posting of low-income workers"],
    ]);
  });

  it("the decision is uncertain because one period is", () => {
    expect(r.explanation.uncertain).toBe(true);
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
