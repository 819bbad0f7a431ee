// The documents' less common shapes: a whole-list vote (with people absent), a third signer, an empty list posted
// at named places, a whole list sent back with or without its households, and the layout of an empty table or a
// report table's point changes.
import { describe, expect, it } from "vitest";
import { tallyMeetingVote } from "../meeting/tallyMeetingVote.js";
import { computeProcedureDeadlines } from "../procedure/computeProcedureDeadlines.js";
import { classifyHousehold } from "../classify/classifyHousehold.js";
import { emptyTally } from "../report/emptyTally.js";
import { tallyRecords } from "../report/tallyRecords.js";
import { yearOnYearTable } from "../report/yearOnYear.js";
import { buildMeetingMinutes, safeBuildMeetingMinutes } from "./buildMeetingMinutes.js";
import { classifyByIncome } from "../classify/classifyByIncome.js";
import { buildPostingList } from "./buildPostingList.js";
import { buildReviewAgainList } from "./buildReviewAgainList.js";
import { buildRecognitionList } from "./buildRecognitionList.js";
import { layoutSheet, sheetName } from "./layoutSheet.js";
import { parseDocument } from "./_schemas.js";
import { summaryTable } from "../report/reportTables.js";
import type { PovertyError } from "../errors/PovertyError.js";
import { renderDocumentHtml } from "./renderDocumentHtml.js";
import { renderDocumentText } from "./renderDocumentText.js";
import type { DocumentHousehold, ReviewDocument } from "./types.js";

const place = { standard: "2021-2025", year: 2025, village: { code: "V-01", name: "Thôn Một" }, commune: { code: "C-01", name: "Xã Một" } } as const;
// 4 of 10 attendees agree: 40% < the 50% the procedure asks for (Decision 24/2021, Art. 4), so the list goes back.
const notAgreed = tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 10, absent: 2, scope: "whole_list", votes: { agree: 4, disagree: 6 } }).outcome;
const agreed = tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 10, scope: "whole_list", votes: { agree: 5, disagree: 5 } }).outcome;
const deadlines = computeProcedureDeadlines({ standard: "2021-2025", events: { meetingHeldOn: "2025-10-03", postedOn: "2025-10-06" } }).outcome;
const forms = (b1: number, deprivations: string[]) => classifyHousehold({ standard: "2021-2025", area: "rural", b1, b2: { deprivations } });
const households: DocumentHousehold[] = [
  { code: "H-01", headName: "Chủ hộ 01", decision: forms(150, []), previous: "near_poor" },
  { code: "H-02", headName: "Chủ hộ 02", decision: forms(150, []), previous: "poor" },
  { code: "H-03", headName: "Chủ hộ 03", decision: forms(120, ["nutrition", "sanitation", "telecom"]) },
];

const fieldsOf = (d: ReviewDocument) => d.blocks.flatMap((b) => (b.kind === "fields" ? b.fields.map((f) => [f.key, f.value.en]) : []));
const tableOf = (d: ReviewDocument, key: string) => d.blocks.flatMap((b) => (b.kind === "table" && b.table.key === key ? [b.table] : []))[0];

describe("meeting minutes", () => {
  const m = buildMeetingMinutes({ ...place, meeting: notAgreed, venue: "Nhà văn hóa", signers: { chair: "A", secretary: "B", fatherland_front: "C" } });
  it("record the people absent beside the attendees (absent are not in the denominator)", () => {
    expect(fieldsOf(m)).toContainEqual(["attendees", "10 people"]);
    expect(fieldsOf(m)).toContainEqual(["absent", "2 people"]);
    expect(fieldsOf(buildMeetingMinutes({ ...place, meeting: agreed, venue: "Nhà văn hóa" })).map(([k]) => k)).not.toContain("absent");
  });
  it("put the Fatherland Front's signature between the secretary's and the chair's", () => {
    expect(m.signatures.map((s) => [s.role, s.name])).toEqual([
      ["secretary", "B"],
      ["fatherland_front", "C"],
      ["chair", "A"],
    ]);
  });
  it("give a whole-list vote one row: 4 of 10, 40.00%", () => {
    const row = tableOf(m, "votes")?.rows[0];
    expect(row?.[1]).toEqual({ kind: "label", text: { vi: "Toàn bộ danh sách (0 hộ)", en: "The whole list (0 households)" } });
    expect(row?.[7]).toEqual({ kind: "decimal", value: "40.00" });
  });
});

describe("review-again list of a whole list not agreed", () => {
  it("without households: one row for the whole list", () => {
    const r = buildReviewAgainList({ ...place, meeting: notAgreed });
    const t = tableOf(r, "households");
    expect(t?.rows).toHaveLength(1);
    expect(t?.rows[0]?.slice(4)).toEqual([
      { kind: "count", value: 4 },
      { kind: "count", value: 10 },
      { kind: "decimal", value: "40.00" },
    ]);
  });
  it("with households: every household put to the vote, each with its proposed class", () => {
    const r = buildReviewAgainList({ ...place, meeting: notAgreed, households });
    const t = tableOf(r, "households");
    expect(t?.rows.map((x) => x[1])).toEqual(households.map((h) => ({ kind: "text", value: h.code })));
  });
  it("an agreed list sends nobody back: the table is empty and says so", () => {
    const r = buildReviewAgainList({ ...place, meeting: agreed, households });
    expect(tableOf(r, "households")?.rows).toEqual([]);
    expect(renderDocumentHtml(r)).toContain("<p>Không có hộ nào.</p>");
  });
});

describe("posting list", () => {
  it("names the places it is posted at, and lists the poor first, then those leaving poverty before those leaving near-poverty", () => {
    const p = buildPostingList({ ...place, households, deadlines, meeting: agreed, postedAt: ["Nhà văn hóa thôn", "UBND xã"] });
    expect(fieldsOf(p)).toContainEqual(["posting_places", "Nhà văn hóa thôn; UBND xã"]);
    expect(p.caveats.map((c) => c.subject)).not.toContain("posting_places");
    // B1 120 with 3 deprivations is poor; B1 150 (> 140 in a rural area, Decree 07/2021) is not poor.
    expect(tableOf(p, "households")?.rows.map((r) => r[1])).toEqual(["H-03", "H-02", "H-01"].map((value) => ({ kind: "text", value })));
  });
  it("an empty list is laid out as one line saying so, in the sheet and the text", () => {
    const p = buildPostingList({ ...place, households: [], deadlines, meeting: agreed });
    expect(renderDocumentText(p)).toContain("Không có hộ nào.");
    const sheet = layoutSheet(p);
    expect(sheet.rows.some((r) => r.some((c) => c.value === "Không có hộ nào."))).toBe(true);
  });
});

describe("recognition list", () => {
  it("with no household, every section is empty and has no total row", () => {
    const d = buildRecognitionList({ standard: "2021-2025", year: 2025, commune: { code: "C-01", name: "Xã Một" }, households: [], issuedOn: "2025-10-20", attachedTo: "Quyết định số 15/QĐ-UBND" });
    expect(d.subtitle).toEqual({ vi: "(Quyết định số 15/QĐ-UBND)", en: "(Quyết định số 15/QĐ-UBND)" });
    const tables = d.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
    expect(tables.map((t) => [t.key, t.rows.length, t.total])).toEqual([
      ["poor", 0, null],
      ["near_poor", 0, null],
      ["left_poverty", 0, null],
      ["left_near_poverty", 0, null],
    ]);
  });
});

describe("layoutSheet of a report table", () => {
  const v = (poor: number) => tallyRecords(Array.from({ length: 100 }, (_, i) => ({ unitCode: "V", standard: "2021-2025", kind: i < poor ? ("poor" as const) : ("not_poor" as const), persons: 2 })), { standard: "2021-2025" }).units["V"] ?? emptyTally("2021-2025");
  it("writes a point change as a number with two decimals, its text kept as the source", () => {
    const t = yearOnYearTable([{ code: "X", name: "Xã", previous: v(4), current: v(3) }]);
    const sheet = layoutSheet(t);
    const cell = sheet.rows.flat().find((c) => c.source === "-1.00");
    expect(cell).toMatchObject({ value: -1, format: "decimal2" });
  });
  it("writes a point change with no value (a year with no households) as a dash", () => {
    const t = yearOnYearTable([{ code: "X", name: "Xã", previous: emptyTally("2021-2025"), current: v(3) }]);
    const i = t.columns.findIndex((c) => c.key === "poor.pointChange");
    expect(t.rows[0]?.cells[i]).toEqual({ kind: "change", value: null });
    expect(layoutSheet(t).rows.flat().some((c) => c.value === "-")).toBe(true);
  });
});

describe("the documents' checks on what they are given", () => {
  it("a renderer names a value that is not a document by its format, cut at 60 characters", () => {
    const f = `vn-poverty/${"x".repeat(70)}`;
    expect(parseDocument({ format: f })).toMatchObject({ ok: false, issues: [{ code: "not_a_review_document", params: { format: `${f.slice(0, 60)}…` } }] });
    expect(parseDocument({ format: "short" })).toMatchObject({ ok: false, issues: [{ params: { format: "short" } }] });
  });
  it("a report table whose row or total row has the wrong number of cells is refused with row_width_mismatch", () => {
    const t = summaryTable([{ code: "V", name: "Thôn", tally: emptyTally("2021-2025") }], { total: { code: "X", name: "Xã", tally: emptyTally("2021-2025") } });
    const n = t.columns.length;
    const short = { ...t, rows: [{ ...t.rows[0], cells: t.rows[0]?.cells.slice(1) }], total: { ...t.total, cells: t.total?.cells.slice(2) } };
    const e = (() => {
      try {
        layoutSheet(short as never);
      } catch (x) {
        return x as PovertyError;
      }
      return undefined;
    })();
    expect(e?.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ["row_width_mismatch", ["rows", 0, "cells"], { columns: n, cells: n - 1 }],
      ["row_width_mismatch", ["total", "cells"], { columns: n, cells: n - 2 }],
    ]);
  });
  it("a report table's total row is laid out after its rows", () => {
    const t = summaryTable([{ code: "V", name: "Thôn", tally: emptyTally("2021-2025") }], { total: { code: "X", name: "Xã", tally: emptyTally("2021-2025") } });
    const rows = layoutSheet(t).rows;
    const iv = rows.findIndex((r) => r.some((c) => c.value === "V"));
    const ix = rows.findIndex((r) => r.some((c) => c.value === "X"));
    expect(iv).toBeGreaterThan(0);
    expect(ix).toBeGreaterThan(iv);
  });
  it("a sheet name with nothing left after the characters Excel forbids is 'Sheet'", () => {
    expect(sheetName("[]:*?/\\")).toBe("Sheet");
    expect(sheetName("'''")).toBe("Sheet");
    expect(sheetName("Danh sách: hộ nghèo")).toBe("Danh sách hộ nghèo");
  });
});

describe("households' change since last year", () => {
  it("a near-poor household still near-poor is named as staying; a not-poor one not on last year's lists is not posted", () => {
    const hs: DocumentHousehold[] = [
      { code: "H-01", decision: forms(130, []), previous: "near_poor" },
      { code: "H-02", decision: forms(150, []), previous: "not_poor" },
      { code: "H-03", decision: forms(150, []), previous: "near_poor" },
      { code: "H-04", decision: forms(150, []), previous: "poor" },
    ];
    const p = buildPostingList({ ...place, households: hs, deadlines, meeting: agreed });
    const t = tableOf(p, "households");
    const change = t?.columns.findIndex((c) => c.key === "change") ?? -1;
    // Listed: near-poor first, then those leaving poverty before those leaving near-poverty; H-02 is not listed.
    expect(t?.rows.map((r) => [r[1], r[change]])).toEqual([
      [{ kind: "text", value: "H-01" }, { kind: "label", text: { vi: "Tiếp tục là hộ cận nghèo", en: "Stays near-poor" } }],
      [{ kind: "text", value: "H-04" }, expect.objectContaining({ kind: "label" })],
      [{ kind: "text", value: "H-03" }, expect.objectContaining({ kind: "label" })],
    ]);
  });
  it("a whole list not agreed sends every household back: none is posted, all are named as left out", () => {
    const p = buildPostingList({ ...place, households, deadlines, meeting: notAgreed });
    expect(tableOf(p, "households")?.rows).toEqual([]);
    expect(renderDocumentText(p)).toContain("H-01, H-02, H-03");
  });
});

describe("documents under the 2016-2020 standard (Circular 17/2016)", () => {
  const deadlines2019 = computeProcedureDeadlines({ standard: "2016-2020", events: { meetingHeldOn: "2019-10-03", postedOn: "2019-10-07" } }).outcome;
  const place2019 = { standard: "2016-2020", year: 2019, village: { code: "V", name: "Thôn" }, commune: { code: "C", name: "Xã" } } as const;
  const hs: DocumentHousehold[] = [
    // rural 2016-2020: ≤ 700,000 đồng is poor by income; ≤ 1,000,000 with 3 deprivations is poor by deprivation
    { code: "H1", decision: classifyByIncome({ standard: "2016-2020", area: "rural", income: { perCapitaMonthly: 600_000 } }), previous: "poor" },
    { code: "H2", decision: classifyByIncome({ standard: "2016-2020", area: "rural", income: { perCapitaMonthly: 900_000 }, deprivationCount: 3 }) },
  ];
  const p = buildPostingList({ ...place2019, households: hs, deadlines: deadlines2019 });
  it("post for 7 working days: Tuesday 8 to Wednesday 16 October 2019 after posting on Monday 7", () => {
    expect(fieldsOf(p)).toContainEqual(["posting_window", "From 2019-10-08 to the end of 2019-10-16 (7 working days)"]);
  });
  it("name the basis of each poor household, and the complaint sentence has no re-check period (none is sourced)", () => {
    const text = renderDocumentText(p, { locale: "en" });
    expect(text).toContain("Income (poor by income)");
    expect(text).toContain("Income (poor by deprivation)");
    expect(text).toContain("During the posting, residents may complain about the results to the commune steering committee.");
    expect(p.caveats.find((c) => c.subject === "posting_places")?.status).toBe("seed");
  });
  it("have no minutes: the standard has no sourced voting rule", () => {
    const meeting = tallyMeetingVote({ standard: "2016-2020", heldOn: "2019-10-03", attendees: 10, scope: "whole_list", votes: { agree: 4 } }).outcome;
    expect(meeting).toEqual({ kind: "rule_not_found", reason: "meeting_share_not_found", standard: "2016-2020" });
    expect(safeBuildMeetingMinutes({ ...place2019, meeting, venue: "X" })).toMatchObject({ ok: false, issues: [{ code: "meeting_rule_not_found", path: ["meeting"], params: { reason: "meeting_share_not_found", standard: "2016-2020" } }] });
  });
});
