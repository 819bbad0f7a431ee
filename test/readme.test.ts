// The README's examples, run: what a user copies first must stay true.
import { describe, expect, it } from "vitest";
import { buildPostingList, classifyByIncome, classifyHousehold, computeProcedureDeadlines, emptyTally, formatExplanation, renderDocumentText, standardForYear, summaryTable, tallyMeetingVote } from "../src/index.js";
import { renderXlsx } from "../src/xlsx/index.js";
import { DEADLINES, HOUSEHOLDS } from "./fixtures/reviewDocuments.js";

describe("README examples", () => {
  it("classifyByIncome under the standard for the 2026 lists", () => {
    const standard = standardForYear(2026);
    expect(standard.id).toBe("2021-2025");
    const { outcome, explanation } = classifyByIncome({
      standard,
      area: "rural",
      income: { annualTotal: 90_000_000, members: 5 },
      deprivations: ["employment", "healthInsurance", "adultEducation"],
    });
    expect(outcome).toEqual({ kind: "poor", basis: "income_and_deprivation" });
    expect(explanation.steps.map((s) => s.message.vi).join("\n")).toContain("so sánh chính xác: 90.000.000 ≤ 90.000.000. (Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm a)");
  });

  it("classifyHousehold from the forms", () => {
    const d = classifyHousehold({
      standard: "2021-2025",
      area: "rural",
      formA: { reviewed: 1, criteria: [0, 0, 1, 0, 0, 0, 0, 0, 0] },
      b1: 138,
      b2: { deprivations: ["healthInsurance", "sanitation"] },
    });
    expect(d.outcome).toEqual({ kind: "near_poor" });
    const text = formatExplanation(d.explanation);
    expect(text).toContain("B1 = 138 ≤ 140 (điểm B1 tương đương 1.500.000 đồng, nông thôn). (Thông tư 07/2021/TT-BLĐTBXH, Phiếu B, phần B1)");
    expect(text).toContain("B2 = 20 < 30 điểm: thuộc đối tượng hộ cận nghèo.");
    expect(text).toContain("thiếu hụt thêm 1 chỉ số thì hộ là hộ nghèo");
  });

  it("the meeting: exactly 50% of 42 attendees agrees", () => {
    const r = tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 42, scope: "whole_list", votes: { agree: 21 } });
    expect(r.outcome.kind).toBe("agreed");
  });

  it("posting and complaint dates", () => {
    const r = computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: "2025-10-06", complaints: [{ receivedOn: "2025-10-08" }] } });
    expect(r.outcome.kind).toBe("computed");
    if (r.outcome.kind === "computed") {
      expect(r.outcome.deadlines.map((d) => [d.kind, d.firstDay, d.lastDay])).toEqual([
        ["posting", "2025-10-07", "2025-10-09"],
        ["complaint_recheck", "2025-10-09", "2025-10-17"],
      ]);
    }
  });
});

describe("README: documents and Excel", () => {
  it("the three lines make one .xlsx file from a report table and a posting list", async () => {
    const rows = [{ code: "V", name: "Thôn Mẫu", tally: emptyTally("2021-2025") }];
    const total = { code: "X", name: "Xã Mẫu", tally: emptyTally("2021-2025") };
    const posting = { standard: "2021-2025", year: 2025, village: { name: "Thôn Mẫu" }, commune: { name: "Xã Mẫu" }, households: HOUSEHOLDS, deadlines: DEADLINES };
    const bytes = await renderXlsx([summaryTable(rows, { total }), buildPostingList(posting)]);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it("docs/documents.md: the posting window of a list posted on Monday 06/10/2025", () => {
    const decision = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 118, b2: { total: 40 } });
    const meeting = tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 42, scope: "whole_list", votes: { agree: 30 } });
    const posting = buildPostingList({
      standard: "2021-2025",
      year: 2025,
      village: { name: "Thôn Mẫu" },
      commune: { name: "Xã Mẫu" },
      households: [{ code: "TM-01", headName: "(họ tên chủ hộ)", members: 4, decision, previous: "poor" }],
      deadlines: computeProcedureDeadlines({ standard: "2021-2025", events: { meetingHeldOn: "2025-10-03", postedOn: "2025-10-06" } }).outcome,
      meeting: meeting.outcome,
    });
    expect(renderDocumentText(posting)).toContain("Thời gian niêm yết: Từ ngày 07/10/2025 đến hết ngày 09/10/2025 (3 ngày làm việc)");
  });
});
