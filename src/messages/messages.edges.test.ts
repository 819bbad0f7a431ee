// Message texts in their less common forms: one person, one household, a date in January or February written with
// two digits in Vietnamese, digits of a bigint grouped, a symbol without a description named.
import { describe, expect, it } from "vitest";
import { tallyMeetingVote } from "../meeting/tallyMeetingVote.js";
import { buildMeetingMinutes } from "../documents/buildMeetingMinutes.js";
import { buildReviewAgainList } from "../documents/buildReviewAgainList.js";
import { classifyHousehold } from "../classify/classifyHousehold.js";
import { describeValue, formatDong, groupDigits } from "./format.js";

const place = { standard: "2021-2025", year: 2025, village: { code: "V-01", name: "Thôn Một" }, commune: { code: "C-01", name: "Xã Một" } } as const;

describe("document texts", () => {
  // 1 of 3 attendees agrees: 33.33% < 50%, the whole list goes back.
  const meeting = tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-02-03", attendees: 3, absent: 1, scope: "whole_list", votes: { agree: 1, disagree: 2 } }).outcome;
  it("one person absent is 'person', not 'people' (1 người in Vietnamese)", () => {
    const m = buildMeetingMinutes({ ...place, meeting, venue: "Nhà văn hóa" });
    const f = m.blocks.flatMap((b) => (b.kind === "fields" ? b.fields : [])).find((x) => x.key === "absent");
    expect(f?.value).toEqual({ vi: "1 người", en: "1 person" });
  });
  it("a whole list of one household is '1 household'", () => {
    const h = { code: "H-01", decision: classifyHousehold({ standard: "2021-2025", area: "rural", b1: 150, b2: 0 }) };
    const r = buildReviewAgainList({ ...place, meeting, households: [h] });
    const t = r.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []))[0];
    expect(t?.rows[0]?.[1]).toEqual({ kind: "text", value: "H-01" });
    const m = buildMeetingMinutes({ ...place, meeting, venue: "Nhà văn hóa", households: [h] });
    const votes = m.blocks.flatMap((b) => (b.kind === "table" && b.table.key === "votes" ? [b.table] : []))[0];
    expect(votes?.rows[0]?.[1]).toEqual({ kind: "label", text: { vi: "Toàn bộ danh sách (1 hộ)", en: "The whole list (1 household)" } });
  });
  it("a meeting held on 3 February is dated 'ngày 03 tháng 02 năm 2025' in Vietnamese", () => {
    const m = buildMeetingMinutes({ ...place, meeting, venue: "Nhà văn hóa" });
    expect(JSON.stringify(m.header)).toContain("ngày 03 tháng 02 năm 2025");
  });
});

describe("value formats", () => {
  it("groups the digits of a bigint", () => {
    expect(groupDigits(12_345_678_901_234_567_890n, "vi")).toBe("12.345.678.901.234.567.890");
    expect(groupDigits(12_345_678_901_234_567_890n, "en")).toBe("12,345,678,901,234,567,890");
    expect(formatDong(1_500_000n, "vi")).toContain("1.500.000");
  });
  it("names a symbol by its description, or as Symbol() without one", () => {
    expect(describeValue(Symbol("x"))).toBe("Symbol(x)");
    expect(describeValue(Symbol())).toBe("Symbol()");
  });
});
