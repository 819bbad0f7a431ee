// Scenarios for the review procedure's periods. Durations: posting 3 working days, complaint re-check within 7
// working days of receipt, re-check posting 3 working days (seed 003_b0cbdf9d415140e7, Mục I.2, Bước 4: SEED);
// middle-living decision within 15 days (Decision 406/QĐ-LĐTBXH); 2016–2020 posting 7 working days (Circular
// 17/2016). Counting: the event day is not counted, day 1 is the next working day (Civil Code 2015 Art. 147 cl. 3);
// a calendar-day period ending on a rest day moves to the next working day (Art. 148 cl. 5). Holidays: Labour Code
// 2019 Art. 112 and Art. 111 cl. 3 (2012 Art. 115 until 2020), with the Government's announced schedules by default.
// Expected dates worked out by hand on a printed calendar and the announced schedules.
import { describe, expect, it } from "vitest";
import { computeProcedureDeadlines, safeComputeProcedureDeadlines, type ProcedureEvents, type ProcedurePeriodKind } from "../../src/procedure/index.js";
import { createWorkingCalendar, type WorkingCalendar } from "../../src/calendar/index.js";

interface Scenario {
  name: string;
  standard: string;
  events: ProcedureEvents;
  calendar?: WorkingCalendar;
  expected: readonly (readonly [ProcedurePeriodKind, string, string])[]; // kind, first day, last day
}

// 2025 for civil servants as announced: Tết 25/01–02/02/2025 (no day worked in exchange); 30/4–1/5: 30/04–04/05
// with Friday 02/05 off and Saturday 26/04 worked; National Day 30/08–02/09.
const TET_2025 = createWorkingCalendar({
  schedules: [
    {
      year: 2025,
      daysOff: ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"],
      workingDays: ["2025-04-26"],
      source: "Văn bản 8726/VPCP-KGVX (26/11/2024)",
    },
  ],
});
// Public holidays computed from the Labour Code only (no announced schedule).
const LABOUR_CODE_ONLY = createWorkingCalendar({ officialSchedules: "none" });

const SCENARIOS: Scenario[] = [
  { name: "posting on a Monday: Tue–Thu", standard: "2021-2025", events: { postedOn: "2023-10-02" }, expected: [["posting", "2023-10-03", "2023-10-05"]] },
  { name: "posting on a Friday crosses the weekend", standard: "2021-2025", events: { postedOn: "2023-10-06" }, expected: [["posting", "2023-10-09", "2023-10-11"]] },
  { name: "posting on a Saturday: day 1 is Monday", standard: "2021-2025", events: { postedOn: "2023-10-07" }, expected: [["posting", "2023-10-09", "2023-10-11"]] },
  // 2024: Monday 29/4 swapped for Saturday 4/5 (Văn bản 2450/VPCP-KGVX): Thu 2, Fri 3, Sat 4 May.
  { name: "posting across 30/4–1/5 (2024, announced swap)", standard: "2021-2025", events: { postedOn: "2024-04-26" }, expected: [["posting", "2024-05-02", "2024-05-04"]] },
  { name: "posting across 30/4–1/5 (2024, Labour Code only)", standard: "2021-2025", events: { postedOn: "2024-04-26" }, calendar: LABOUR_CODE_ONLY, expected: [["posting", "2024-04-29", "2024-05-03"]] },
  { name: "posting across 29/4–3/5 (2023: Hùng Kings on Saturday, compensatory 2–3/5)", standard: "2021-2025", events: { postedOn: "2023-04-28" }, expected: [["posting", "2023-05-04", "2023-05-08"]] },
  { name: "posting across Tết 2025 with the official schedule", standard: "2021-2025", events: { postedOn: "2025-01-23" }, calendar: TET_2025, expected: [["posting", "2025-01-24", "2025-02-04"]] },
  { name: "posting across Tết 2025, default (announced)", standard: "2021-2025", events: { postedOn: "2025-01-23" }, expected: [["posting", "2025-01-24", "2025-02-04"]] },
  { name: "posting across Tết 2025, Labour Code only (two days before Tết + mùng 1–3)", standard: "2021-2025", events: { postedOn: "2025-01-23" }, calendar: LABOUR_CODE_ONLY, expected: [["posting", "2025-01-24", "2025-02-04"]] },
  { name: "posting across 30/4–1/5 2025: Saturday 26/4 worked, Friday 2/5 off", standard: "2021-2025", events: { postedOn: "2025-04-24" }, calendar: TET_2025, expected: [["posting", "2025-04-25", "2025-04-28"]] },
  { name: "posting across National Day 2025 (1–2/9)", standard: "2021-2025", events: { postedOn: "2025-08-29" }, expected: [["posting", "2025-09-03", "2025-09-05"]] },
  {
    name: "complaint on day 2 of posting: re-check within 7 working days, then 3 days of posting",
    standard: "2021-2025",
    events: { meetingHeldOn: "2023-10-05", postedOn: "2023-10-06", complaints: [{ id: "KN-01", receivedOn: "2023-10-10", recheckPostedOn: "2023-10-17" }] },
    expected: [
      ["posting", "2023-10-09", "2023-10-11"],
      ["complaint_recheck", "2023-10-11", "2023-10-19"],
      ["recheck_posting", "2023-10-18", "2023-10-20"],
    ],
  },
  // 2024: posting Thu 25, Fri 26 (Mon 29 swapped), Thu 2/5; re-check from Fri 26/4: 2, 3, 4 (Sat, worked), 6, 7, 8, 9 May.
  { name: "re-check across 30/4–1/5 (2024)", standard: "2021-2025", events: { postedOn: "2024-04-24", complaints: [{ receivedOn: "2024-04-26" }] }, expected: [["posting", "2024-04-25", "2024-05-02"], ["complaint_recheck", "2024-05-02", "2024-05-09"]] },
  { name: "2016–2020: posting 7 working days", standard: "2016-2020", events: { postedOn: "2019-10-04" }, expected: [["posting", "2019-10-07", "2019-10-15"]] },
  // 2019: National Day one day (Labour Code 2012): Fri 30/8, (Mon 2/9 off) Tue 3 … Tue 10/9. Two days would end 11/9.
  { name: "2016–2020: posting across National Day 2019 (one day)", standard: "2016-2020", events: { postedOn: "2019-08-29" }, expected: [["posting", "2019-08-30", "2019-09-10"]] },
  { name: "2016–2020: posting across National Day 2019, Labour Code only", standard: "2016-2020", events: { postedOn: "2019-08-29" }, calendar: LABOUR_CODE_ONLY, expected: [["posting", "2019-08-30", "2019-09-10"]] },
  { name: "middle-living: posting 5 working days, re-check 3", standard: "2021-2025", events: { middleLiving: { postedOn: "2023-10-06", complaintsReceivedOn: ["2023-10-09"] } }, expected: [["middle_living_posting", "2023-10-09", "2023-10-13"], ["middle_living_recheck", "2023-10-10", "2023-10-12"]] },
  { name: "middle-living decision: 15 days ending 30/4 moves to 2/5 (2024)", standard: "2021-2025", events: { middleLiving: { decisionFrom: "2024-04-15" } }, expected: [["middle_living_decision", "2024-04-16", "2024-05-02"]] },
  { name: "low-income workers: posting 5 working days", standard: "2021-2025", events: { lowIncomeWorkerPostedOn: "2025-03-07" }, expected: [["low_income_worker_posting", "2025-03-10", "2025-03-14"]] },
];

describe("procedure periods (scenarios)", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", (_n, s) => {
    const { outcome } = computeProcedureDeadlines({ standard: s.standard, events: s.events, ...(s.calendar ? { calendar: s.calendar } : {}) });
    expect(outcome.kind).toBe("computed");
    if (outcome.kind !== "computed") return;
    expect(outcome.deadlines.map((d) => [d.kind, d.firstDay, d.lastDay])).toEqual(s.expected);
  });

  it("says the durations only the commune guide states come from a local document, in dd/mm/yyyy in Vietnamese", () => {
    const { outcome, explanation } = computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: "2023-10-06", complaints: [{ receivedOn: "2023-10-09" }] } });
    if (outcome.kind !== "computed") throw new Error("not computed");
    expect(outcome.deadlines.every((d) => d.status === "seed")).toBe(true);
    expect(explanation.valuesRead.map((v) => [v.key, v.status])).toEqual([["procedure.posting", "seed"], ["procedure.complaintRecheck", "seed"]]);
    const posting = explanation.steps.find((st) => st.code === "posting");
    expect(posting?.message.en).toContain("from a local guidance document, not checked against a legal text");
    expect(posting?.message.vi).toContain("theo văn bản hướng dẫn của địa phương");
    // posted Friday 06/10/2023: Mon 09 – Wed 11/10/2023
    expect(posting?.message.vi).toContain("từ 09/10/2023 đến hết 11/10/2023");
    expect(posting?.message.vi).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(explanation.steps[0]?.citations[0]).toMatchObject({ article: "147", clause: "3" });
  });

  it("notes late complaints and late re-checks as findings", () => {
    const { outcome } = computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: "2023-10-06", complaints: [{ id: "KN-02", receivedOn: "2023-10-12", recheckPostedOn: "2023-10-24" }] } });
    if (outcome.kind !== "computed") throw new Error("not computed");
    // posting ends 11/10 → a complaint on 12/10 is after it; re-check due by 23/10 → posted 24/10 is late.
    expect(outcome.findings).toEqual([
      { code: "complaint_after_posting", ref: "KN-02", date: "2023-10-12" },
      { code: "recheck_posted_late", ref: "KN-02", date: "2023-10-24" },
    ]);
  });

  it("2016–2020 has no re-check duration; 2027–2030 counts the 2022–2025 durations, marked uncertain", () => {
    const a = computeProcedureDeadlines({ standard: "2016-2020", events: { postedOn: "2019-10-04", complaints: [{ receivedOn: "2019-10-07" }] } });
    expect(a.outcome.kind === "computed" && a.outcome.findings).toEqual([{ code: "duration_not_found", ref: "complaintRecheck", date: null }]);
    // Mon 4/10/2027 posted: 3 working days from the next day → Tue 5 – Thu 7/10/2027 (commune guide of 2023, Bước 4)
    const b = computeProcedureDeadlines({ standard: "2027-2030", events: { postedOn: "2027-10-04" } });
    expect(b.outcome.kind === "computed" && b.outcome.deadlines.map((d) => [d.kind, d.firstDay, d.lastDay, d.status])).toEqual([["posting", "2027-10-05", "2027-10-07", "uncertain"]]);
    expect(b.explanation.uncertain).toBe(true);
  });

  it.each([
    ["impossible date", { postedOn: "2023-02-30" }, "impossible_date", ["events", "postedOn"], "Các mốc thời gian, ngày niêm yết: "],
    ["posting before the meeting", { meetingHeldOn: "2023-10-05", postedOn: "2023-10-04" }, "date_before_start", ["events", "postedOn"], "Các mốc thời gian, ngày niêm yết: "],
    ["complaint before the posting", { postedOn: "2023-10-06", complaints: [{ receivedOn: "2023-10-05" }] }, "date_before_start", ["events", "complaints", 0, "receivedOn"], "Các mốc thời gian, Khiếu nại thứ 1, ngày nhận khiếu nại: "],
    ["re-check posted before its complaint", { postedOn: "2023-10-06", complaints: [{ receivedOn: "2023-10-09", recheckPostedOn: "2023-10-08" }] }, "date_before_start", ["events", "complaints", 0, "recheckPostedOn"], "Các mốc thời gian, Khiếu nại thứ 1, ngày niêm yết kết quả phúc tra: "],
  ] as const)("issue: %s", (_n, events, code, path, field) => {
    const r = safeComputeProcedureDeadlines({ standard: "2021-2025", events: events as ProcedureEvents });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe(code);
    expect(r.issues[0]?.path).toEqual(path);
    expect(r.issues[0]?.message.vi.startsWith(field)).toBe(true);
  });
});
