// Every column of the summary, deprivation, breakdown and poor-by-basis tables reads the count it is named for.
// The village below gives each group a different count, so a column that read its neighbour's counter would show
// the wrong number; the expected numbers are counted from the records here, and the deprivation rates follow
// shared/spec/reports.md's example (204 poor households, 93 deprived in employment → 45.59%).
import { describe, expect, it } from "vitest";
import { revokedProxy } from "../../test/_lib/hostile.js";
import { caught } from "../../test/_lib/issues.js";
import { buildHierarchy } from "./buildHierarchy.js";
import { breakdownTable, deprivationTable, poorByBasisTable, summaryTable, unitRows } from "./reportTables.js";
import { rollUpTallies } from "./rollUpTallies.js";
import { tallyRecords } from "./tallyRecords.js";
import type { CauseOfPoverty, ChildDeprivation, ReportTable, Tally, TallyRecord } from "./types.js";

const CAUSES: readonly CauseOfPoverty[] = ["land", "capital", "labour", "tools", "knowhow", "skills", "illness_or_accident", "other"];
const CHILD: readonly ChildDeprivation[] = ["healthInsurance", "nutrition", "schoolAttendance"];

/**
 * 204 poor households (3 persons each): 93 deprived in employment and the other 111 in housing area, all in telecom
 * and sanitation, 10 in nutrition;
 * 1 ethnic minority, 2 with no member able to work, 3 with a member with merit; cause i (in the spec's order) for
 * i + 1 households; child deprivations 1, 2, 3; support "health_card" 4 and "edu" 1; ethnicity "Tày" 2, "Mông" 1.
 * 5 near-poor households (2 persons): 2 deprived in telecom, 1 with no member able to work, support "edu" 2.
 * 11 not poor, 6 of them middle-living (4 persons).
 */
function village(): Tally {
  const rs: TallyRecord[] = [];
  for (let j = 0; j < 204; j++) {
    rs.push({
      unitCode: "V",
      standard: "2021-2025",
      kind: "poor",
      persons: 3,
      deprivations: [j < 93 ? "employment" : "housingArea", "telecom", "sanitation", ...(j < 10 ? ["nutrition"] : [])],
      ethnicMinority: j < 1,
      noMemberAbleToWork: j < 2,
      memberWithMerit: j < 3,
      causesOfPoverty: CAUSES.filter((_, i) => j <= i),
      childDeprivations: CHILD.filter((_, i) => j <= i),
      supportReceived: [...(j < 4 ? ["health_card"] : []), ...(j === 5 ? ["edu"] : [])],
      ...(j < 2 ? { ethnicity: "Tày" } : j === 2 ? { ethnicity: "Mông" } : {}),
    });
  }
  for (let j = 0; j < 5; j++) {
    rs.push({ unitCode: "V", standard: "2021-2025", kind: "near_poor", persons: 2, deprivations: j < 2 ? ["telecom"] : [], noMemberAbleToWork: j < 1, supportReceived: j < 2 ? ["edu"] : [] });
  }
  for (let j = 0; j < 11; j++) rs.push({ unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 4, middleLiving: j < 6 });
  const run = tallyRecords(rs, { standard: "2021-2025" });
  expect(run.rejected).toEqual([]);
  return run.units["V"] as Tally;
}
const row = (t: ReportTable) => t.rows[0]?.cells.slice(2) ?? [];
const keys = (t: ReportTable) => t.columns.slice(2).map((c) => c.key);
const count = (value: number) => ({ kind: "count", value });
const rate = (value: string) => ({ kind: "rate", rate: { value } });

describe("summaryTable", () => {
  it("households and persons, then each class's count and rate, for households then for persons", () => {
    const t = summaryTable([{ code: "V", name: "Thôn", tally: village() }]);
    expect(t.id).toBe("summary");
    expect(keys(t)).toEqual([
      "households",
      "persons",
      ...["households", "persons"].flatMap((m) => ["poor", "nearPoor", "middleLiving"].flatMap((k) => [`${m}.${k}`, `${m}.${k}.rate`])),
    ]);
    // 220 households, 612 + 10 + 44 = 666 persons; 204 poor = 92.73%, 5 near-poor = 2.27%, 6 middle-living = 2.73%
    expect(row(t)).toEqual([count(220), count(666), count(204), rate("92.73"), count(5), rate("2.27"), count(6), rate("2.73"), count(612), rate("91.89"), count(10), rate("1.50"), count(24), rate("3.60")]);
  });
  it("headers name the class and the measure in Vietnamese and English", () => {
    const t = summaryTable([{ code: "V", name: "Thôn", tally: village() }]);
    const h = (k: string) => t.columns.find((c) => c.key === k)?.header;
    expect(h("households")).toEqual({ vi: "Tổng số hộ", en: "Total households" });
    expect(h("persons")).toEqual({ vi: "Tổng số nhân khẩu", en: "Total persons" });
    expect(h("households.nearPoor")).toEqual({ vi: "Số hộ cận nghèo", en: "Near-poor households" });
    expect(h("persons.middleLiving")).toEqual({ vi: "Số nhân khẩu có mức sống trung bình", en: "Middle-living persons" });
    expect(h("persons.poor.rate")?.vi).toBe("Tỷ lệ nhân khẩu nghèo (%)");
    expect(h("households.poor.rate")?.vi).toBe("Tỷ lệ hộ nghèo (%)");
    expect(t.title.vi).toContain("hộ nghèo, hộ cận nghèo");
    expect(t.title.en.length).toBeGreaterThan(0);
  });
  it("under 2016–2020 the poor are split by income and by deprivation", () => {
    const rs: TallyRecord[] = [
      ...Array.from({ length: 3 }, () => ({ unitCode: "V", standard: "2016-2020", kind: "poor" as const, poorBasis: "income" as const, persons: 2 })),
      { unitCode: "V", standard: "2016-2020", kind: "poor", poorBasis: "deprivation", persons: 5, deprivations: ["telecom", "sanitation", "housingArea"] },
      { unitCode: "V", standard: "2016-2020", kind: "not_poor", persons: 4 },
    ];
    const t = summaryTable([{ code: "V", name: "Thôn", tally: tallyRecords(rs, { standard: "2016-2020" }).units["V"] as Tally }]);
    expect(keys(t).slice(0, 10)).toEqual(["households", "persons", "households.poor", "households.poor.rate", "households.poorByIncome", "households.poorByIncome.rate", "households.poorByDeprivation", "households.poorByDeprivation.rate", "households.nearPoor", "households.nearPoor.rate"]);
    expect(t.columns.find((c) => c.key === "households.poorByIncome")?.header).toEqual({ vi: "Số hộ nghèo theo thu nhập", en: "Poor by income households" });
    expect(t.columns.find((c) => c.key === "households.poorByDeprivation")?.header).toEqual({ vi: "Số hộ nghèo theo thiếu hụt", en: "Poor by deprivation households" });
    expect(row(t).slice(0, 8)).toEqual([count(5), count(15), count(4), rate("80.00"), count(3), rate("60.00"), count(1), rate("20.00")]);
  });
  it("takes null options as none", () => {
    expect(summaryTable([{ code: "V", name: "Thôn", tally: village() }], null as never).total).toBeUndefined();
  });
});

describe("deprivationTable", () => {
  it("counts: the segment's households, each indicator in the standard's order, and the total of deprivations", () => {
    const t = deprivationTable([{ code: "V", name: "Thôn", tally: village() }]);
    expect(t.id).toBe("deprivation_counts");
    expect(t.segment).toBe("poor");
    expect(keys(t)).toEqual(["households", "employment", "dependants", "nutrition", "healthInsurance", "adultEducation", "childSchoolAttendance", "housingQuality", "housingArea", "drinkingWater", "sanitation", "telecom", "informationAccess", "total"]);
    expect(row(t)).toEqual([204, 93, 0, 10, 0, 0, 0, 0, 111, 0, 204, 204, 0, 622].map(count));
    expect(t.columns.at(-1)?.header).toEqual({ vi: "Tổng số lượt thiếu hụt", en: "Total deprivations" });
    expect(t.columns.slice(2).every((c) => c.kind === "count")).toBe(true);
    expect(t.columns[3]?.header.vi.length).toBeGreaterThan(0);
    expect(t.columns[3]?.header.vi.endsWith("(%)")).toBe(false);
    expect(t.columns[2]?.header).toEqual({ vi: "Số hộ nghèo", en: "Number of poor households" });
    expect(t.title.vi).toBe("Số hộ nghèo thiếu hụt theo từng chỉ số");
    expect(t.title.en).toBe("Number of poor households deprived in each indicator");
  });
  it("rates: deprived ÷ the segment's households, 93 of 204 = 45.59% (shared/spec/reports.md), no total column", () => {
    const t = deprivationTable([{ code: "V", name: "Thôn", tally: village() }], { measure: "rates" });
    expect(t.id).toBe("deprivation_rates");
    expect(keys(t)).not.toContain("total");
    expect(t.columns.slice(3).every((c) => c.kind === "rate" && c.header.vi.endsWith(" (%)") && c.header.en.endsWith(" (%)"))).toBe(true);
    expect(row(t).slice(0, 4)).toEqual([count(204), rate("45.59"), rate("0.00"), rate("4.90")]);
    expect(row(t)).toHaveLength(13);
    expect(t.title.vi).toBe("Tỷ lệ hộ nghèo thiếu hụt theo từng chỉ số");
    expect(t.title.en.startsWith("Share of poor households")).toBe(true);
  });
  it("near-poor: its own households and deprivations", () => {
    const t = deprivationTable([{ code: "V", name: "Thôn", tally: village() }], { segment: "nearPoor" });
    expect(row(t)).toEqual([5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2].map(count));
    expect(t.columns[2]?.header.vi).toBe("Số hộ cận nghèo");
  });
  it("a segment the standard does not keep is segment_not_kept, named at [\"segment\"]", () => {
    for (const [segment, named] of [
      ["poorByIncome", "poorByIncome"],
      [5, "number"],
    ] as const) {
      const e = caught(() => deprivationTable([{ code: "V", name: "Thôn", tally: village() }], { segment: segment as never }));
      expect(e.issues[0]).toMatchObject({ code: "segment_not_kept", path: ["segment"], params: { segment: named, standard: "2021-2025" } });
      expect(e.message).toContain("deprivationTable");
    }
  });
});

describe("breakdownTable", () => {
  const table = (breakdown: Parameters<typeof breakdownTable>[1]["breakdown"], more: object = {}) => breakdownTable([{ code: "V", name: "Thôn", tally: village() }], { breakdown, ...more });
  it("target groups: no member able to work, a member with merit, ethnic minority — each its own count and share", () => {
    const t = table("target_groups");
    expect(t.id).toBe("target_groups");
    expect(keys(t)).toEqual(["households", "noMemberAbleToWork", "noMemberAbleToWork.rate", "memberWithMerit", "memberWithMerit.rate", "ethnicMinority", "ethnicMinority.rate"]);
    expect(row(t)).toEqual([count(204), count(2), rate("0.98"), count(3), rate("1.47"), count(1), rate("0.49")]);
    expect(t.columns[3]?.header).toEqual({ vi: "Hộ không có khả năng lao động", en: "No member able to work" });
    expect(t.columns[5]?.header.vi).toBe("Hộ có người có công với cách mạng");
    expect(t.columns[7]?.header.vi).toBe("Hộ dân tộc thiểu số");
    expect(t.columns[4]?.header.vi).toBe("Hộ không có khả năng lao động (%)");
    expect(t.title).toEqual({ vi: "Phân tích hộ nghèo theo nhóm đối tượng", en: "poor households by target group" });
    expect(t.columns[2]?.header).toEqual({ vi: "Số hộ nghèo", en: "Number of poor households" });
    expect(t.columns.slice(2).map((c) => c.kind)).toEqual(["count", "count", "rate", "count", "rate", "count", "rate"]);
    expect(t.columns.slice(3).every((c) => c.key.endsWith(".rate") === (c.header.vi.endsWith(" (%)") && c.header.en.endsWith(" (%)")))).toBe(true);
    expect(t.segment).toBe("poor");
  });
  it("target groups of the near-poor", () => {
    expect(row(table("target_groups", { segment: "nearPoor" })).slice(0, 2)).toEqual([count(5), count(1)]);
  });
  it("causes of poverty in the spec's order, cause i counted for i + 1 households", () => {
    const t = table("causes_of_poverty");
    expect(keys(t).filter((k) => !k.endsWith(".rate"))).toEqual(["households", ...CAUSES]);
    expect(row(t).filter((_, i) => i % 2 === 1)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(count));
    expect(t.columns[3]?.header.vi).toBe("Thiếu đất sản xuất");
    expect(t.title).toEqual({ vi: "Phân tích hộ nghèo theo nguyên nhân nghèo", en: "poor households by cause of poverty" });
  });
  it("children's deprivations: health insurance 1, nutrition 2, school attendance 3", () => {
    const t = table("child_deprivations");
    expect(keys(t).filter((k) => !k.endsWith(".rate"))).toEqual(["households", ...CHILD]);
    expect(row(t).filter((_, i) => i % 2 === 1)).toEqual([1, 2, 3].map(count));
    expect(t.columns[3]?.header.vi).toBe("Trẻ em không có bảo hiểm y tế");
    expect(t.title).toEqual({ vi: "Phân tích hộ nghèo theo thiếu hụt của trẻ em", en: "poor households by children's deprivations" });
  });
  it("support received: the labelled keys first (with their labels, even at 0), then the others in code order", () => {
    const t = table("support_received", { labels: { loan: { vi: "Vay vốn", en: "Loan" }, health_card: { vi: "Thẻ BHYT", en: "Health card" } } });
    expect(keys(t)).toEqual(["households", "loan", "loan.rate", "health_card", "health_card.rate", "edu", "edu.rate"]);
    expect(row(t)).toEqual([count(204), count(0), rate("0.00"), count(4), rate("1.96"), count(1), rate("0.49")]);
    expect(t.columns[3]?.header).toEqual({ vi: "Vay vốn", en: "Loan" });
    expect(t.columns[7]?.header).toEqual({ vi: "edu", en: "edu" });
    expect(t.title).toEqual({ vi: "Phân tích hộ nghèo theo chính sách hỗ trợ đã nhận", en: "poor households by support received" });
    const near = table("support_received", { segment: "nearPoor" });
    expect(keys(near)).toEqual(["households", "edu", "edu.rate"]);
    expect(row(near)).toEqual([count(5), count(2), rate("40.00")]);
  });
  it("ethnicity: the groups found, in code order", () => {
    const t = table("ethnicity");
    expect(keys(t)).toEqual(["households", "Mông", "Mông.rate", "Tày", "Tày.rate"]);
    expect(row(t)).toEqual([count(204), count(1), rate("0.49"), count(2), rate("0.98")]);
    expect(t.title).toEqual({ vi: "Phân tích hộ nghèo theo dân tộc", en: "poor households by ethnicity" });
  });
  it("a group found only in the total row still gets its column", () => {
    const empty = tallyRecords([{ unitCode: "V", standard: "2021-2025", kind: "not_poor", persons: 1 }], { standard: "2021-2025" }).units["V"] as Tally;
    const t = breakdownTable([{ code: "A", name: "Thôn A", tally: empty }], { breakdown: "ethnicity", total: { code: "X", name: "Xã", tally: village() } });
    expect(keys(t)).toEqual(["households", "Mông", "Mông.rate", "Tày", "Tày.rate"]);
    expect(t.total?.cells.slice(2)).toEqual([count(204), count(1), rate("0.49"), count(2), rate("0.98")]);
  });
  it("an unknown breakdown is invalid_input of breakdownTable", () => {
    const e = caught(() => table("by_colour" as never));
    expect(e.code).toBe("invalid_input");
    expect(e.details["function"]).toBe("breakdownTable");
    expect(e.message).toContain("unknown breakdown");
  });
});

describe("poorByBasisTable", () => {
  it("2016–2020: the poor, those poor by income and by deprivation, each with its share of the poor, for households then persons", () => {
    const rs: TallyRecord[] = [
      ...Array.from({ length: 3 }, () => ({ unitCode: "V", standard: "2016-2020", kind: "poor" as const, poorBasis: "income" as const, persons: 2 })),
      { unitCode: "V", standard: "2016-2020", kind: "poor", poorBasis: "deprivation", persons: 5, deprivations: ["telecom", "sanitation", "housingArea"] },
    ];
    const t = poorByBasisTable([{ code: "V", name: "Thôn", tally: tallyRecords(rs, { standard: "2016-2020" }).units["V"] as Tally }]);
    expect(t.id).toBe("poor_by_basis");
    expect(keys(t)).toEqual(["households", "persons"].flatMap((m) => [`${m}.poor`, `${m}.poorByIncome`, `${m}.poorByIncome.rate`, `${m}.poorByDeprivation`, `${m}.poorByDeprivation.rate`]));
    expect(row(t)).toEqual([count(4), count(3), rate("75.00"), count(1), rate("25.00"), count(11), count(6), rate("54.55"), count(5), rate("45.45")]);
    expect(t.columns[2]?.header).toEqual({ vi: "Số hộ nghèo", en: "Poor households" });
    expect(t.columns[3]?.header).toEqual({ vi: "Số hộ nghèo theo thu nhập", en: "Poor households by income" });
    expect(t.columns[4]?.header).toEqual({ vi: "Tỷ lệ so với hộ nghèo (%)", en: "Share of poor households (%)" });
    expect(t.columns[5]?.header.vi).toBe("Số hộ nghèo theo thiếu hụt");
    expect(t.columns[6]?.header.vi).toBe("Tỷ lệ so với hộ nghèo (%)");
    expect(t.columns[8]?.header.vi).toBe("Số nhân khẩu nghèo theo thu nhập");
    expect(t.title.vi).toBe("Hộ nghèo theo tiêu chí thu nhập và theo thiếu hụt dịch vụ xã hội cơ bản");
    expect(t.title.en).toContain("by income and by deprivation");
  });
  it("2021–2025 has one basis of poverty: not_supported, naming the standard", () => {
    const e = caught(() => poorByBasisTable([{ code: "V", name: "Thôn", tally: village() }], null as never));
    expect(e.code).toBe("not_supported");
    expect(e.details).toEqual({ standard: "2021-2025" });
    expect(e.message).toContain("2016–2020");
  });
});

describe("unitRows", () => {
  const hier = () =>
    buildHierarchy([
    { code: "C", name: "Xã", level: "commune" },
    { code: "V1", name: "Thôn 1", level: "village", parentCode: "C" },
    { code: "V2", name: "Thôn 2", level: "village", parentCode: "C" },
  ]);
  it("a unit's children as rows, with their names, and the unit as the total", () => {
    const r = rollUpTallies(hier(), { V1: village() }, { standard: "2021-2025" });
    const u = unitRows(r, "C");
    expect(u.rows.map((x) => [x.code, x.name, x.tally.households.total])).toEqual([
      ["V1", "Thôn 1", 220],
      ["V2", "Thôn 2", 0],
    ]);
    expect([u.total.code, u.total.name, u.total.tally.households.total]).toEqual(["C", "Xã", 220]);
    expect(unitRows(r, "V2").rows).toEqual([]);
  });
  it("a unit not in the hierarchy is named in the error; a code that is not a string is named by its type", () => {
    const r = rollUpTallies(hier(), {}, { standard: "2021-2025" });
    const e = caught(() => unitRows(r, "V9"));
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain("\"V9\"");
    expect(e.details).toEqual({ unitCode: "V9" });
    const n = caught(() => unitRows(r, 5 as never));
    expect(n.message).toContain("\"number\"");
    expect(n.details).toEqual({ unitCode: null });
  });
  it("something that is not a roll-up: the hierarchy's own issues, or that it needs rollUpTallies' result", () => {
    const bad = caught(() => unitRows({ hierarchy: { units: [{ code: "" }] } } as never, "C"));
    expect(bad.issues.length).toBeGreaterThan(0);
    expect(bad.message).toContain("unitRows");
    const e = caught(() => unitRows(revokedProxy() as never, "C"));
    expect(e.code).toBe("invalid_input");
    expect(e.details).toEqual({ function: "unitRows" });
    expect(e.message).toContain("rollUpTallies");
  });
});

describe("bad rows name the table that refused them", () => {
  it.each<[string, () => unknown]>([
    ["deprivationTable", () => deprivationTable("rows" as never)],
    ["breakdownTable", () => breakdownTable("rows" as never, { breakdown: "ethnicity" })],
    ["poorByBasisTable", () => poorByBasisTable("rows" as never)],
    ["summaryTable", () => summaryTable("rows" as never)],
  ])("%s", (name, f) => {
    const e = caught(f);
    expect(e.code).toBe("invalid_input");
    expect(e.message).toContain(name);
  });
});

