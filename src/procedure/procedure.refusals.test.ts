// The procedure functions' refusals: a household or milestone given twice, a period whose days are out of order
// when it comes back to a document.
import { describe, expect, it } from "vitest";
import { drawInspectionSample, safeDrawInspectionSample } from "./drawInspectionSample.js";
import { safeCheckReviewPlan } from "./reviewPlan.js";
import { safeReviewCalendar } from "./reviewCalendar.js";
import { computeProcedureDeadlines, safeComputeProcedureDeadlines } from "./computeProcedureDeadlines.js";
import { createWorkingCalendar } from "../calendar/index.js";
import { SEED_003_COMMUNE_PLAN_2023 } from "./data/seedPlans.js";
import { tallyMeetingVote } from "../meeting/tallyMeetingVote.js";
import { safeBuildPostingList } from "../documents/buildPostingList.js";

describe("safeDrawInspectionSample", () => {
  it("names a household code given in two villages by its place", () => {
    const r = safeDrawInspectionSample({ seed: 1, villages: [{ code: "V1", households: ["H1", "H2"] }, { code: "V2", households: ["H3", "H1"] }] });
    expect(r).toMatchObject({ ok: false, issues: [{ code: "duplicate_household", path: ["villages", 1, "households", 1], params: { code: "H1" } }] });
  });
  it("reads codes as the household model does (NFC, trimmed): one household typed two ways is given twice", () => {
    const nfc = "Hộ-1";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    const r = safeDrawInspectionSample({ seed: 1, villages: [{ code: "V1", households: [nfc, `${nfd} `] }, { code: " V1", households: [] }] });
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["duplicate_household", ["villages", 0, "households", 1], { code: nfc }],
      ["duplicate_village", ["villages", 1, "code"], { code: "V1" }],
    ]);
    const ok = drawInspectionSample({ seed: 1, villages: [{ code: " V1 ", households: [nfd] }] });
    expect(ok.outcome.villages.map((v) => [v.code, v.households])).toEqual([["V1", [nfc]]]);
  });
});

describe("safeCheckReviewPlan", () => {
  it("names a milestone id given twice", () => {
    const m = SEED_003_COMMUNE_PLAN_2023.milestones[0];
    const plan = { ...SEED_003_COMMUNE_PLAN_2023, milestones: [...SEED_003_COMMUNE_PLAN_2023.milestones, m] };
    const r = safeCheckReviewPlan({ plan });
    expect(r).toMatchObject({ ok: false, issues: [{ code: "duplicate_milestone", path: ["plan", "milestones", SEED_003_COMMUNE_PLAN_2023.milestones.length, "id"], params: { id: m?.id } }] });
  });
});

describe("a procedure period handed back to a document", () => {
  it("whose first day is not after its event is refused with deadline_days_out_of_order", () => {
    const deadlines = computeProcedureDeadlines({ standard: "2021-2025", events: { meetingHeldOn: "2025-10-03", postedOn: "2025-10-06" } }).outcome;
    if (deadlines.kind !== "computed") throw new Error("computed");
    const i = deadlines.deadlines.findIndex((d) => d.kind === "posting");
    const p = deadlines.deadlines[i];
    if (!p) throw new Error("posting");
    const broken = { ...deadlines, deadlines: deadlines.deadlines.map((d, j) => (j === i ? { ...d, firstDay: p.eventOn } : d)) };
    const meeting = tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 10, scope: "whole_list", votes: { agree: 6 } }).outcome;
    const r = safeBuildPostingList({ standard: "2021-2025", year: 2025, village: { code: "V", name: "Thôn" }, commune: { code: "C", name: "Xã" }, households: [], deadlines: broken, meeting });
    expect(r).toMatchObject({ ok: false, issues: [{ code: "deadline_days_out_of_order", path: ["deadlines", "deadlines", i], params: { eventOn: p.eventOn, firstDay: p.eventOn, lastDay: p.lastDay } }] });
  });
});

describe("a period that would end after the supported calendar (2199-12-31)", () => {
  it("is refused on the event that starts it, with date_out_of_range", () => {
    // Posted on Thursday 2199-12-29: 3 working days run into 2200, outside the calendar.
    const r = safeComputeProcedureDeadlines({ standard: "2021-2025", events: { meetingHeldOn: "2199-12-20", postedOn: "2199-12-29" } });
    expect(r).toMatchObject({ ok: false, issues: [{ code: "date_out_of_range", path: ["events", "postedOn"], params: { min: "1900-01-01", max: "2199-12-31" } }] });
  });
  it("a period in calendar days too: the middle-living decision's 15 days from 2199-12-25 end in 2200", () => {
    const r = safeComputeProcedureDeadlines({ standard: "2021-2025", events: { middleLiving: { decisionFrom: "2199-12-25" } } });
    expect(r).toMatchObject({ ok: false, issues: [{ code: "date_out_of_range", path: ["events", "middleLiving", "decisionFrom"] }] });
    // 15 days from 2199-12-10 end on 2199-12-25, a Wednesday: inside the calendar.
    expect(safeComputeProcedureDeadlines({ standard: "2021-2025", events: { middleLiving: { decisionFrom: "2199-12-10" } } }).ok).toBe(true);
  });
});

describe("drawInspectionSample", () => {
  it("lists the sampled villages in code order whatever order they are given in", () => {
    const v = (code: string) => ({ code, households: Array.from({ length: 12 }, (_, i) => `${code}-${i}`) });
    for (const order of [["A", "B", "C", "D"], ["D", "C", "B", "A"], ["B", "D", "A", "C"]]) {
      const codes = drawInspectionSample({ seed: 7, villages: order.map(v) }).outcome.villages.map((x) => x.code);
      expect(codes).toEqual([...codes].sort());
      // 50–60% of 4 villages (Decision 24/2021 practice in seed 004): 2
      expect(codes).toHaveLength(2);
    }
  });
});

describe("safeReviewCalendar: local deadlines", () => {
  it("refuses a mustPrecede that names none of the standard's deadlines, naming the ones it has", () => {
    const r = safeReviewCalendar({ standard: "2021-2025", year: 2023, localDeadlines: [{ id: "x", before: "2023-11-05", mustPrecede: "nonexistent", description: { vi: "x", en: "x" } }] });
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.path])).toEqual([["unknown_legal_deadline", ["localDeadlines", 0, "mustPrecede"]]]);
    expect(r.ok ? null : String((r.issues[0]?.params as { known: string }).known)).toContain("province_preliminary");
  });
  it("refuses a deadline before 1900-01-02 (its last day would be 1899-12-31), takes one before 1900-01-02", () => {
    const at = (before: string) => safeReviewCalendar({ standard: "2021-2025", year: 2023, localDeadlines: [{ id: "x", before, description: { vi: "x", en: "x" } }] });
    const r = at("1900-01-01");
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["deadline_before_range", ["localDeadlines", 0, "before"], { date: "1900-01-01", first: "1900-01-01" }]]);
    const ok = at("1900-01-02");
    expect(ok.ok && ok.value.outcome.kind === "computed" ? ok.value.outcome.deadlines.find((d) => d.id === "x")?.lastDay : null).toBe("1900-01-01");
  });
  it("takes a mustPrecede that is one of the standard's deadlines", () => {
    const r = safeReviewCalendar({ standard: "2021-2025", year: 2023, localDeadlines: [{ id: "x", before: "2023-11-05", mustPrecede: "province_preliminary", description: { vi: "x", en: "x" } }] });
    expect(r.ok).toBe(true);
  });
});

describe("safeComputeProcedureDeadlines: complaints named twice", () => {
  const events = (complaints: readonly { id?: string; receivedOn: string }[]) => ({ standard: "2021-2025", events: { postedOn: "2023-10-06", complaints } });
  it("refuses a complaint id given twice, read NFC and trimmed, at the second one's id", () => {
    const nfc = "KN-Đồng-01";
    const r = safeComputeProcedureDeadlines(events([{ id: nfc, receivedOn: "2023-10-09" }, { id: "KN-02", receivedOn: "2023-10-09" }, { id: ` ${nfc.normalize("NFD")}`, receivedOn: "2023-10-10" }]));
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.path, i.params, i.message.en])).toEqual([
      ["duplicate_complaint", ["events", "complaints", 2, "id"], { id: nfc }, `Field "events.complaints[2].id": complaint id "${nfc}" is used twice; each complaint needs its own id.`],
    ]);
  });
  it("refuses an id equal to another complaint's place (#2), at the complaint without an id", () => {
    const r = safeComputeProcedureDeadlines(events([{ id: "#2", receivedOn: "2023-10-09" }, { receivedOn: "2023-10-09" }]));
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["duplicate_complaint", ["events", "complaints", 1], { id: "#2" }]]);
  });
  it("names each complaint by its id as read (NFC, trimmed), or by its place", () => {
    const r = computeProcedureDeadlines(events([{ id: " KN-01 ", receivedOn: "2023-10-09" }, { receivedOn: "2023-10-09" }]));
    expect(r.outcome.kind === "computed" ? r.outcome.deadlines.map((d) => [d.kind, d.ref]) : null).toEqual([
      ["posting", null],
      ["complaint_recheck", "KN-01"],
      ["complaint_recheck", "#2"],
    ]);
  });
});

describe("safeComputeProcedureDeadlines: a period in a year without holiday rules", () => {
  // The library encodes the public holidays from the Labour Code 2012 (in force 2013-05-01, first full year 2014).
  it("is refused with holiday_rules_not_found at the event, not as outside the calendar", () => {
    const r = safeComputeProcedureDeadlines({ standard: "2016-2020", events: { postedOn: "2013-10-04" } });
    expect(r.ok ? null : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["holiday_rules_not_found", ["events", "postedOn"], { year: 2013, firstYear: 2014, rulesFrom: "2013-05-01" }],
    ]);
  });
  it("is placed once the caller supplies that year's schedule: posted Friday 2013-10-04, 7 working days (Circular 17/2016) Monday 7 to Tuesday 15 October", () => {
    const calendar = createWorkingCalendar({ schedules: [{ year: 2013, daysOff: ["2013-01-01", "2013-02-09", "2013-02-10", "2013-02-11", "2013-02-12", "2013-02-13", "2013-02-14", "2013-02-15", "2013-04-19", "2013-04-30", "2013-05-01", "2013-09-02"] }] });
    const r = computeProcedureDeadlines({ standard: "2016-2020", calendar, events: { postedOn: "2013-10-04" } });
    expect(r.outcome.kind === "computed" ? r.outcome.deadlines.map((d) => [d.kind, d.firstDay, d.lastDay]) : null).toEqual([["posting", "2013-10-07", "2013-10-15"]]);
  });
});
