import { describe, expect, it } from "vitest";
import { DEADLINES, DOCUMENTS, HOUSEHOLDS, MEETING, MINUTES, POSTING_LIST, RECOGNITION_LIST, REVIEW_AGAIN_LIST } from "../../test/fixtures/reviewDocuments.js";
import { parseCsv } from "../../test/_lib/csv.js";
import { safeBuildMeetingMinutes } from "./buildMeetingMinutes.js";
import { safeBuildPostingList } from "./buildPostingList.js";
import { safeBuildRecognitionList } from "./buildRecognitionList.js";
import { buildReviewAgainList } from "./buildReviewAgainList.js";
import { renderDocumentCsv } from "./renderDocumentCsv.js";
import { renderDocumentHtml } from "./renderDocumentHtml.js";
import { renderDocumentText } from "./renderDocumentText.js";
import { layoutSheet } from "./layoutSheet.js";
import type { DocumentTable, ReviewDocument } from "./types.js";
import { tallyMeetingVote } from "../meeting/tallyMeetingVote.js";

const tableOf = (doc: ReviewDocument, key: string): DocumentTable => {
  for (const b of doc.blocks) if (b.kind === "table" && b.table.key === key) return b.table;
  throw new Error(`no table ${key}`);
};
const codes = (t: DocumentTable) => t.rows.map((r) => r.find((c) => c.kind === "text")).map((c) => (c?.kind === "text" ? c.value : ""));
/** The rendered text with its line breaks and padding folded, so that a sentence reads whole. */
const flat = (doc: ReviewDocument, options: Parameters<typeof renderDocumentText>[1] = {}) => renderDocumentText(doc, options).replace(/\s+/g, " ");
const column = (t: DocumentTable, key: string) => t.rows.map((r) => r[t.columns.findIndex((c) => c.key === key)]);

describe("the posting list (danh sách niêm yết công khai)", () => {
  it("posts for 3 working days from the day after posting: Monday 06/10/2025 → Tue 07/10 to Thu 09/10 (commune guide, Bước 4)", () => {
    const text = flat(POSTING_LIST);
    expect(text).toContain("Thời gian niêm yết: Từ ngày 07/10/2025 đến hết ngày 09/10/2025 (3 ngày làm việc)");
    expect(text).toContain("Nhà văn hóa thôn; trụ sở Ủy ban nhân dân xã; thông báo trên đài truyền thanh xã");
    expect(text).toContain("không quá 7 ngày làm việc kể từ ngày nhận được khiếu nại và niêm yết kết quả phúc tra trong 3 ngày làm việc");
    expect(text).toContain("Thôn Một, ngày 06 tháng 10 năm 2025");
  });
  it("lists the poor, then the near-poor, then those leaving the lists; leaves off the household the meeting sent back", () => {
    const t = tableOf(POSTING_LIST, "households");
    expect(codes(t)).toEqual(["H-01", "H-02", "H-07", "H-04", "H-05", "H-03"]);
    expect(column(t, "class").map((c) => (c?.kind === "label" ? c.text.vi : ""))).toEqual(["Hộ nghèo", "Hộ nghèo", "Hộ nghèo", "Hộ cận nghèo", "Không nghèo, cận nghèo", "Không nghèo, cận nghèo"]);
    expect(column(t, "change").map((c) => (c?.kind === "label" ? c.text.vi : ""))).toEqual([
      "Tiếp tục là hộ nghèo",
      "Từ hộ cận nghèo thành hộ nghèo",
      "Mới vào danh sách hộ nghèo",
      "Thoát nghèo, thành hộ cận nghèo",
      "Thoát nghèo",
      "Thoát cận nghèo",
    ]);
    expect(column(t, "b1")).toEqual([{ kind: "count", value: 118 }, { kind: "count", value: 140 }, { kind: "empty" }, { kind: "count", value: 126 }, { kind: "count", value: 160 }, { kind: "count", value: 141 }]);
    expect(column(t, "source")[2]).toEqual({ kind: "label", text: { vi: "Thu nhập", en: "Income" } });
    expect(flat(POSTING_LIST)).toContain("Chưa đưa vào danh sách (cuộc họp chưa thống nhất, phải rà soát lại): H-06.");
  });
  it("cites its basis as data and carries the caveats, printed only on request", () => {
    expect(POSTING_LIST.legalBasis.map((c) => c.instrument)).toContain("Nghị định 07/2021/NĐ-CP");
    expect(POSTING_LIST.caveats.map((c) => [c.subject, c.status])).toEqual([
      ["document_layout", "uncertain"],
      ["posting_period", "seed"],
      ["complaint_recheck", "seed"],
      ["recheck_posting", "seed"],
      ["posting_places", "seed"],
    ]);
    expect(renderDocumentText(POSTING_LIST)).not.toContain("PHỤ LỤC");
    expect(renderDocumentText(POSTING_LIST, { caveats: true })).toContain("PHỤ LỤC. MỨC ĐỘ CHẮC CHẮN CỦA CĂN CỨ");
    expect(renderDocumentText(POSTING_LIST, { legalBasis: false })).not.toContain("Căn cứ:");
  });
  it("refuses a posting list without a posting period, and a household twice", () => {
    const noPosting = safeBuildPostingList({ standard: "2021-2025", year: 2025, village: { name: "Thôn" }, commune: { name: "Xã" }, households: [], deadlines: { kind: "computed", deadlines: [], findings: [] } });
    expect(noPosting.ok ? [] : noPosting.issues.map((i) => i.code)).toEqual(["posting_period_missing"]);
    const twice = safeBuildPostingList({ standard: "2021-2025", year: 2025, village: { name: "Thôn" }, commune: { name: "Xã" }, households: [HOUSEHOLDS[0]!, HOUSEHOLDS[0]!], deadlines: DEADLINES });
    expect(twice.ok ? [] : twice.issues.map((i) => [i.code, i.path])).toEqual([["duplicate_household", ["households", 1, "code"]]]);
    const other = safeBuildPostingList({ standard: "2016-2020", year: 2019, village: { name: "Thôn" }, commune: { name: "Xã" }, households: [HOUSEHOLDS[0]!], deadlines: DEADLINES });
    expect(other.ok ? [] : other.issues.map((i) => i.code)).toEqual(["decision_standard_mismatch"]);
  });
});

describe("the meeting minutes (biên bản họp dân)", () => {
  const text = flat(MINUTES);
  it("records the rule: at least 50% of the attendees (Decision 24/2021 Art. 4); 21 of 42 passes, 20 of 42 does not", () => {
    expect(text).toContain("từ 50% trở lên tổng số người tham dự cuộc họp đồng ý");
    const votes = tableOf(MINUTES, "votes");
    const row = (code: string) => votes.rows.find((r) => r[1]?.kind === "text" && r[1].value === code) ?? [];
    expect(row("H-04").slice(4)).toEqual([
      { kind: "count", value: 21 },
      { kind: "count", value: 15 },
      { kind: "count", value: 6 },
      { kind: "decimal", value: "50.00" },
      { kind: "label", text: { vi: "Thống nhất", en: "Agreed" } },
    ]);
    expect(row("H-06").slice(7)).toEqual([{ kind: "decimal", value: "47.62" }, { kind: "label", text: { vi: "Rà soát lại", en: "Review again" } }]);
    expect(text).toContain("Cuộc họp chưa thống nhất kết quả rà soát của các hộ: H-06;");
  });
  it("in 02 copies, one kept by the village and one sent to the commune's steering committee (Decision 24/2021 Art. 4, as published by Decision 406/QĐ-LĐTBXH)", () => {
    expect(text).toContain("Biên bản được lập thành 02 bản: 01 bản lưu ở thôn, 01 bản gửi Ban chỉ đạo rà soát cấp xã.");
    // the two copies are confirmed by the law now: no caveat
    expect(MINUTES.caveats.find((c) => c.subject === "minutes_copies")).toBeUndefined();
  });
  it("has the attendance by role with its total, the attendance list to sign, the chair and the secretary by name", () => {
    const byRole = tableOf(MINUTES, "attendance_by_role");
    expect(byRole.total?.[2]).toEqual({ kind: "count", value: 42 });
    expect(byRole.rows.map((r) => (r[1]?.kind === "label" ? r[1].text.vi : ""))).toEqual(["Trưởng thôn", "Thư ký cuộc họp", "Thành viên Ban chỉ đạo rà soát xã", "Bí thư chi bộ thôn", "Rà soát viên", "Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Đại diện hộ gia đình"]);
    expect(tableOf(MINUTES, "attendance").rows).toHaveLength(42);
    expect(text).toContain("Chủ trì: Chủ trì (họ tên) (Trưởng thôn)");
    expect(text).toContain("Hôm nay, hồi 8 giờ 00, ngày 03 tháng 10 năm 2025, tại Nhà văn hóa thôn, Thôn Một, Xã Một");
    expect(MINUTES.signatures.map((s) => [s.role, s.name])).toEqual([["secretary", "Thư ký (họ tên)"], ["chair", "Chủ trì (họ tên)"]]);
  });
  it("a whole list voted at once is one row; a meeting without a rule gives no minutes", () => {
    const whole = tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 10, scope: "whole_list", votes: { agree: 5 } }).outcome;
    const r = safeBuildMeetingMinutes({ standard: "2021-2025", year: 2025, village: { name: "Thôn" }, commune: { name: "Xã" }, meeting: whole, venue: "Nhà văn hóa" });
    expect(r.ok && tableOf(r.value, "votes").rows[0]?.[1]).toEqual({ kind: "label", text: { vi: "Toàn bộ danh sách (0 hộ)", en: "The whole list (0 households)" } });
    const none = tallyMeetingVote({ standard: "2016-2020", heldOn: "2019-10-03", attendees: 10, scope: "whole_list", votes: { agree: 5 } }).outcome;
    const refused = safeBuildMeetingMinutes({ standard: "2016-2020", year: 2019, village: { name: "Thôn" }, commune: { name: "Xã" }, meeting: none, venue: "Nhà văn hóa" });
    expect(refused.ok ? [] : refused.issues.map((i) => i.code)).toEqual(["meeting_rule_not_found"]);
  });
});

describe("the recognition list (danh sách đề nghị công nhận)", () => {
  it("four sections by this year's class and last year's: poor, near-poor, out of poverty, out of near-poverty (spec reports.md, tables 2 and 3)", () => {
    expect(["poor", "near_poor", "left_poverty", "left_near_poverty"].map((k) => codes(tableOf(RECOGNITION_LIST, k)))).toEqual([
      ["H-01", "H-02", "H-07"],
      ["H-04"],
      ["H-04", "H-05"],
      ["H-03"],
    ]);
    expect(tableOf(RECOGNITION_LIST, "poor").total?.[3]).toEqual({ kind: "count", value: 12 });
    expect(tableOf(RECOGNITION_LIST, "poor").heading?.vi).toBe("I. DANH SÁCH HỘ NGHÈO (3 hộ)");
    const text = flat(RECOGNITION_LIST);
    expect(text).toContain("Số: 15/DS-UBND");
    expect(text).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(text).toContain("(Ký tên, đóng dấu)");
    expect(text).toContain("Chưa đưa vào danh sách (cuộc họp chưa thống nhất, phải rà soát lại): H-06.");
  });
  it("needs last year's class and a class for every household", () => {
    const { previous: _p, ...noPrevious } = HOUSEHOLDS[0]!;
    const r = safeBuildRecognitionList({ standard: "2021-2025", year: 2025, commune: { name: "Xã" }, households: [noPrevious as never], issuedOn: "2025-10-20" });
    expect(r.ok ? [] : r.issues.map((i) => i.path.join("."))).toEqual(["households.0.previous"]);
    const undetermined = { ...HOUSEHOLDS[0]!, decision: { ...HOUSEHOLDS[0]!.decision, outcome: { kind: "undetermined", missing: ["b2"] } } };
    const u = safeBuildRecognitionList({ standard: "2021-2025", year: 2025, commune: { name: "Xã" }, households: [undetermined as never], issuedOn: "2025-10-20" });
    expect(u.ok ? [] : u.issues.map((i) => i.code)).toEqual(["household_not_classified"]);
    expect(u.ok ? "" : u.issues[0]?.message.vi).toContain("hộ H-01 chưa được phân loại (Chưa xác định)");
  });
});

describe("the review-again list (danh sách hộ phải rà soát lại)", () => {
  it("lists the household below 50% with its share", () => {
    const t = tableOf(REVIEW_AGAIN_LIST, "households");
    expect(t.rows).toEqual([
      [
        { kind: "count", value: 1 },
        { kind: "text", value: "H-06" },
        { kind: "text", value: "Chủ hộ 06" },
        { kind: "label", text: { vi: "Hộ cận nghèo", en: "Near-poor household" } },
        { kind: "count", value: 20 },
        { kind: "count", value: 42 },
        { kind: "decimal", value: "47.62" },
      ],
    ]);
    expect(flat(REVIEW_AGAIN_LIST)).toContain("được rà soát lại từ Bước 2");
  });
  it("a meeting that agreed gives an empty list", () => {
    const agreed = tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 10, scope: "whole_list", votes: { agree: 6 } }).outcome;
    const doc = buildReviewAgainList({ standard: "2021-2025", year: 2025, village: { name: "Thôn" }, commune: { name: "Xã" }, meeting: agreed });
    expect(tableOf(doc, "households").rows).toEqual([]);
    expect(renderDocumentText(doc)).toContain("Không có hộ nào.");
  });
});

describe("rendering", () => {
  it("text fits 120 columns, or the width asked for", () => {
    for (const doc of DOCUMENTS) {
      for (const locale of ["vi", "en"] as const) {
        for (const maxWidth of [120, 80]) {
          const lines = renderDocumentText(doc, { locale, maxWidth, caveats: true }).split("\n");
          expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(maxWidth);
        }
      }
    }
  });
  it("CSV opens as the sheet's grid: one field per column, the numbers as numbers, names neutralised", () => {
    const csv = renderDocumentCsv(MINUTES);
    const rows = parseCsv(csv, ";");
    const sheet = layoutSheet(MINUTES);
    expect(rows).toHaveLength(sheet.rows.length);
    expect(rows.every((r) => r.length === sheet.columnWidths.length)).toBe(true);
    expect(rows.find((r) => r[1] === "H-04")?.slice(4, 8)).toEqual(["21", "15", "6", "50,00"]);
    const evil = buildReviewAgainList({ standard: "2021-2025", year: 2025, village: { name: "=cmd|' /C calc'!A0" }, commune: { name: "Xã" }, meeting: MEETING });
    const parsed = parseCsv(renderDocumentCsv(evil), ";").flat();
    expect(parsed.some((f) => /^[=+\-@]/.test(f))).toBe(false);
    expect(parsed).toContain("'=CMD|' /C CALC'!A0");
  });
  it("HTML escapes the caller's text, and is a page or a fragment", () => {
    const evil = buildReviewAgainList({ standard: "2021-2025", year: 2025, village: { name: "<script>alert(1)</script>" }, commune: { name: "Xã" }, meeting: MEETING });
    const html = renderDocumentHtml(evil);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(renderDocumentHtml(evil, { fragment: true, locale: "en" }).startsWith('<article class="vnp-document" lang="en">')).toBe(true);
    expect(renderDocumentHtml(POSTING_LIST, { caveats: true })).toContain('<section class="vnp-annex">');
  });
  it("the sheet layout merges the heading halves and the title across, and names the sheet in Vietnamese", () => {
    const s = layoutSheet(POSTING_LIST);
    const width = s.columnWidths.length;
    expect(s.name).toBe("Niêm yết công khai");
    expect(s.merges).toContainEqual({ row: 0, column: 0, rows: 1, columns: Math.ceil(width / 2) });
    expect(s.merges).toContainEqual({ row: 0, column: Math.ceil(width / 2), rows: 1, columns: width - Math.ceil(width / 2) });
    const title = s.rows.findIndex((r) => r[0]?.style === "title");
    expect(s.merges).toContainEqual({ row: title, column: 0, rows: 1, columns: width });
    expect(s.rows.every((r) => r.length === width)).toBe(true);
    expect(layoutSheet(POSTING_LIST, { locale: "en" }).name).toBe("Public posting");
  });
  it("documents are plain JSON and do not change when rendered", () => {
    for (const doc of DOCUMENTS) {
      const before = JSON.stringify(doc);
      renderDocumentText(doc);
      renderDocumentHtml(doc);
      renderDocumentCsv(doc);
      expect(JSON.stringify(doc)).toBe(before);
      expect(JSON.parse(before)).toEqual(doc);
    }
  });
});

describe("the share printed in the rule", () => {
  it("is whole when exact, else 2 decimals rounded half up", async () => {
    const { sharePercent } = await import("./_build.js");
    expect(sharePercent({ numerator: 1, denominator: 2 })).toBe("50");
    expect(sharePercent({ numerator: 2, denominator: 3 })).toBe("66.67");
    expect(sharePercent({ numerator: 1, denominator: 3 })).toBe("33.33");
    expect(sharePercent({ numerator: 1, denominator: 8 })).toBe("12.50");
    expect(sharePercent({ numerator: 1, denominator: 400 })).toBe("0.25");
    expect(sharePercent({ numerator: 1, denominator: 800 })).toBe("0.13");
  });
});
