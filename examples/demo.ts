// npm run demo — a periodic review of a sample village, walked through the law's steps and printed as a commune
// officer reads it: Phiếu A → B1 → B2 → class, middle-living households, the village meeting and its minutes, the
// posting list and the complaint dates, the recognition list, the households to review again, and the reports sent
// upward. Every line fits 120 columns.
//
//   npm run demo                      in Vietnamese
//   npm run demo -- --lang en         in English
//   npm run demo -- --xlsx <folder>   write the Excel files there instead of out/
//   npm run demo -- --no-xlsx         print only, write no file
//
// The library does no I/O; this script does: it prints, and writes the reports and the documents as two Excel files
// (into out/, which git ignores, unless told otherwise) and prints where.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  buildHierarchy,
  buildMeetingMinutes,
  buildPostingList,
  buildRecognitionList,
  buildReviewAgainList,
  classifyHousehold,
  classifyMiddleLiving,
  computeProcedureDeadlines,
  deprivationTable,
  formatExplanation,
  movementTables,
  renderDocumentText,
  renderText,
  reviewCalendar,
  rollUpMovements,
  rollUpTallies,
  standardForYear,
  summaryTable,
  tallyMeetingVote,
  tallyMovements,
  tallyRecordFromDecision,
  tallyRecords,
  unitRows,
  whatWouldChange,
  type HouseholdDecision,
  type Locale,
  type MovementRecord,
  type RecognitionHousehold,
  type ReportTable,
  type ReviewDocument,
  type TallyRecord,
} from "../src/index.js";
import { renderXlsx } from "../src/xlsx/index.js";
import { ATTENDEES, SAMPLE_VILLAGE as V } from "./sampleVillage.js";

// ── Arguments ───────────────────────────────────────────────────────────────────────────────────────────────────
const args = process.argv.slice(2);
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
};
const lang: Locale = argValue("--lang") === "en" ? "en" : "vi";
const xlsxDir = args.includes("--no-xlsx") ? undefined : (argValue("--xlsx") ?? "out");
const WIDTH = 120;
const t = (vi: string, en: string): string => (lang === "vi" ? vi : en);

// ── Printing ────────────────────────────────────────────────────────────────────────────────────────────────────
const width = (s: string) => [...s.normalize("NFC")].length;
function wrap(text: string, w: number, indent = ""): string[] {
  const out: string[] = [];
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  let line = lead;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.trim() !== "" && width(line) + 1 + width(word) > w) {
      out.push(line);
      line = lead + indent + word;
    } else line = line.trim() === "" ? line + word : `${line} ${word}`;
  }
  if (line.trim() !== "") out.push(line);
  return out;
}
function table(headers: string[], rows: string[][]): string {
  const w = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat((w[i] ?? 0) - width(c))).join(" │ ").trimEnd();
  return [line(headers), w.map((n) => "─".repeat(n)).join("─┼─"), ...rows.map(line)].join("\n");
}
const print = (s = "") => console.log(s);
const heading = (s: string) => print(`\n${s}\n${"═".repeat(Math.min(WIDTH, width(s)))}`);
const date = (iso: string) => (lang === "vi" ? iso.split("-").reverse().join("/") : iso);
const CLASS = {
  poor: t("Hộ nghèo", "Poor"),
  near_poor: t("Hộ cận nghèo", "Near-poor"),
  not_poor: t("Không nghèo", "Not poor"),
  undetermined: t("Chưa xác định", "Undetermined"),
  rule_not_found: t("Chưa có căn cứ", "No rule"),
} as const;

// ── The review ──────────────────────────────────────────────────────────────────────────────────────────────────
const standard = standardForYear(V.listYear);
print(t(`RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO ĐỊNH KỲ NĂM ${V.reviewYear} — ${V.name}, ${V.commune.name}`, `PERIODIC REVIEW OF POOR AND NEAR-POOR HOUSEHOLDS, ${V.reviewYear} — ${V.name}, ${V.commune.name}`));
print(t(`Danh sách áp dụng cho năm ${V.listYear}. Chuẩn áp dụng: ${standard.title.vi}.`, `Lists for ${V.listYear}. Standard applied: ${standard.title.en}.`));

const cal = reviewCalendar({ standard, year: V.reviewYear });
if (cal.outcome.kind === "computed") {
  const o = cal.outcome;
  print(t(`Thời gian rà soát định kỳ: ${date(o.periodicWindow.from)} – ${date(o.periodicWindow.to)}.`, `Periodic review: ${date(o.periodicWindow.from)} – ${date(o.periodicWindow.to)}.`));
  for (const d of o.deadlines.filter((x) => x.id.startsWith("province"))) print(`  · ${d.description[lang]}: ${t("hạn cuối", "last day")} ${date(d.lastDay)}.`);
}

// 1. Each household through the forms.
heading(t("1. Kết quả rà soát từng hộ (Phiếu A → Phiếu B1 → Phiếu B2 → phân loại)", "1. Each household (Form A → B1 → B2 → class)"));
const decisions = new Map<string, HouseholdDecision>();
const rows1: string[][] = [];
const changes: string[] = [];
for (const h of V.households) {
  const d = classifyHousehold({
    standard,
    area: V.area,
    formA: h.formA,
    ...("b1" in h ? { b1: h.b1 } : {}),
    ...("deprived" in h ? { b2: { deprivations: h.deprived } } : "b1" in h ? { b2: { deprivations: [] } } : {}),
  });
  decisions.set(h.code, d);
  const a = d.scores.formA;
  const formA = a === undefined ? "—" : a.kind === "not_reviewed" ? t("cột (0) = 0", "col. (0) = 0") : a.kind === "stop" ? `E = ${a.total}, ${t("mã", "code")} 0` : a.kind === "score_on_form_b" ? `E = ${a.total}, ${t("mã", "code")} 1` : "—";
  const b1 = d.scores.b1?.kind === "scored" ? String(d.scores.b1.total) : "—";
  const b2 = d.scores.b2?.kind === "scored" ? String(d.scores.b2.total) : "—";
  rows1.push([h.code, String(h.members), formA, b1, b2, CLASS[d.outcome.kind], CLASS[h.previous]]);
  const change = whatWouldChange({ standard, area: V.area, ...("b1" in h ? { b1: h.b1 } : {}), ...("deprived" in h ? { b2: { deprivations: h.deprived } } : {}) }).changes[0];
  if (change) changes.push(...wrap(`${h.code}: ${change.message[lang]}`, WIDTH, "       "));
}
print(table([t("Mã hộ", "Code"), t("NK", "Members"), t("Phiếu A", "Form A"), "B1", "B2", t("Kết quả", "Result"), t("Năm trước", "Last year")], rows1));
print(`\n${t("Điều gì làm thay đổi kết quả (một khả năng cho mỗi hộ):", "What would change the result (one possibility per household):")}`);
for (const l of changes) print(l);

const sample = decisions.get("TM-02");
if (sample) {
  print(`\n${t("Giải thích chi tiết cho hộ TM-02:", "Full explanation for household TM-02:")}`);
  for (const l of formatExplanation(sample.explanation, { locale: lang }).split("\n")) print(wrap(l, WIDTH, "    ").join("\n"));
}

// 2. Middle-living households among those neither poor nor near-poor.
heading(t("2. Hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình", "2. Farm, forestry, fishery and salt households with a middle living standard"));
const rows2: string[][] = [];
const middleLiving = new Set<string>();
const money = (n: number) => n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
for (const h of V.households) {
  if (!h.farming || decisions.get(h.code)?.outcome.kind !== "not_poor") continue;
  const m = classifyMiddleLiving({ standard, area: V.area, members: h.members, income12Months: h.income12Months, agriculturalSectors: ["agriculture"] });
  if (m.outcome.kind === "middle_living") middleLiving.add(h.code);
  rows2.push([h.code, String(h.members), money(h.income12Months.total), money(h.income12Months.stateAllowances), m.outcome.kind === "middle_living" ? t("Có mức sống trung bình", "Middle living") : t("Không", "No")]);
}
print(table([t("Mã hộ", "Code"), t("NK", "Members"), t("Thu nhập 12 tháng", "12-month income"), t("Trợ cấp NN (loại trừ)", "State allowances (excluded)"), t("Kết quả", "Result")], rows2));

// 3. The village meeting, its minutes and the households to review again.
const voted = V.households.flatMap((h) => ("vote" in h && h.vote ? [{ householdCode: h.code, ...h.vote }] : []));
const meeting = tallyMeetingVote({ standard, heldOn: V.meeting.heldOn, attendees: V.meeting.attendees, attendeeList: ATTENDEES, scope: "per_household", households: voted });
const households: RecognitionHousehold[] = V.households.map((h) => ({
  code: h.code,
  headName: t(`Chủ hộ ${h.code}`, `Head of ${h.code}`), // the caller's own records would give the name here
  members: h.members,
  decision: decisions.get(h.code) as HouseholdDecision,
  previous: h.previous,
}));
const place = { standard, year: V.reviewYear, village: { code: V.code, name: V.name }, commune: { code: V.commune.code, name: V.commune.name } };
const documents: ReviewDocument[] = [];
const showDocument = (title: string, doc: ReviewDocument) => {
  documents.push(doc);
  heading(title);
  print(renderDocumentText(doc, { locale: lang, maxWidth: WIDTH }).trimEnd());
};
if (meeting.outcome.kind === "rule_not_found") throw new Error("the sample's standard has a meeting rule");
showDocument(
  t("3. Biên bản họp dân", "3. Minutes of the village meeting"),
  buildMeetingMinutes({ ...place, meeting: meeting.outcome, venue: t("Nhà văn hóa thôn", "the village cultural house"), time: t("8 giờ 00", "8:00"), households: households.filter((h) => voted.some((v) => v.householdCode === h.code)) }),
);
showDocument(t("4. Danh sách hộ phải rà soát lại", "4. Households to review again"), buildReviewAgainList({ ...place, meeting: meeting.outcome, households }));

// 5. Posting and complaints.
const deadlines = computeProcedureDeadlines({
  standard,
  events: { meetingHeldOn: V.meeting.heldOn, postedOn: V.postedOn, complaints: V.complaints.map((c) => ({ id: c.id, receivedOn: c.receivedOn })) },
});
showDocument(t("5. Danh sách niêm yết công khai", "5. List posted publicly"), buildPostingList({ ...place, households, deadlines: deadlines.outcome, meeting: meeting.outcome }));
if (deadlines.outcome.kind === "computed") {
  const complaints = deadlines.outcome.deadlines.filter((d) => d.kind !== "posting");
  print(`\n${t("Khiếu nại và phúc tra:", "Complaints and re-checks:")}`);
  for (const d of complaints) {
    print(`  · ${d.ref ?? ""}: ${t("nhận", "received")} ${date(d.eventOn)} → ${t("phúc tra từ", "re-check from")} ${date(d.firstDay)} ${t("đến hết", "to the end of")} ${date(d.lastDay)} (${d.duration.days} ${t("ngày làm việc", "working days")})`);
  }
}

// 6. The list the commune chair signs.
showDocument(
  t("6. Danh sách đề nghị công nhận (Chủ tịch UBND xã ký)", "6. Lists proposed for recognition (signed by the commune chair)"),
  buildRecognitionList({ standard, year: V.reviewYear, commune: { code: V.commune.code, name: V.commune.name }, households, meetings: [meeting.outcome], issuedOn: V.recognisedOn }),
);

// 7. Reports: the commune's tables, from the households' decisions (those sent back stay out of this round).
const reviewAgain = new Set(meeting.outcome.kind === "review_again" ? (meeting.outcome.householdsToReview ?? []) : []);
const units = [
  { code: V.commune.code, name: V.commune.name, level: "commune" as const },
  { code: V.code, name: V.name, level: "village" as const, parentCode: V.commune.code },
];
const records: TallyRecord[] = [];
const movements: MovementRecord[] = [];
for (const h of V.households) {
  const d = decisions.get(h.code);
  if (!d || reviewAgain.has(h.code)) continue;
  const r = tallyRecordFromDecision(d, { unitCode: V.code, persons: h.members, ...("ethnicMinority" in h ? { ethnicMinority: h.ethnicMinority } : {}), ...(middleLiving.has(h.code) ? { middleLiving: true } : {}) });
  if (r.ok) records.push(r.value);
  if (d.outcome.kind !== "undetermined" && d.outcome.kind !== "rule_not_found") movements.push({ unitCode: V.code, previous: h.previous, current: d.outcome.kind, previousPersons: h.members, currentPersons: h.members });
}
const hierarchy = buildHierarchy(units);
const rolled = rollUpTallies(hierarchy, tallyRecords(records, { standard: standard.id }).units, { standard: standard.id });
const { rows, total } = unitRows(rolled, V.commune.code);
const reports: ReportTable[] = [];
const showReport = (title: string, table: ReportTable) => {
  reports.push(table);
  heading(title);
  print(renderText(table, { locale: lang, maxWidth: WIDTH }).trimEnd());
};
showReport(t("7. Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo", "7. Summary of the review"), summaryTable(rows, { total }));
const moved = rollUpMovements(hierarchy, tallyMovements(movements).units);
const villageMovement = moved.movements[V.code];
const communeMovement = moved.movements[V.commune.code];
const mt = movementTables(villageMovement ? [{ code: V.code, name: V.name, movement: villageMovement }] : [], {
  standard: standard.id,
  ...(communeMovement ? { total: { code: V.commune.code, name: V.commune.name, movement: communeMovement } } : {}),
});
if (mt.kind === "tables") {
  showReport(t("8. Diễn biến hộ nghèo", "8. Movement of poor households"), mt.poor);
  showReport(t("9. Diễn biến hộ cận nghèo", "9. Movement of near-poor households"), mt.nearPoor);
} else for (const i of mt.issues) print(`  ! ${i.message[lang]}`);
showReport(t("10. Mức độ thiếu hụt dịch vụ xã hội cơ bản của hộ nghèo", "10. Deprivations of poor households"), deprivationTable(rows, { total, segment: "poor" }));

// 8. Excel (unless --no-xlsx).
if (xlsxDir !== undefined) {
  const dir = resolve(xlsxDir);
  mkdirSync(dir, { recursive: true });
  const files: [string, (ReportTable | ReviewDocument)[]][] = [
    [t("bao-cao-ra-soat.xlsx", "review-reports.xlsx"), reports],
    [t("van-ban-ra-soat.xlsx", "review-documents.xlsx"), documents],
  ];
  heading(t("Tệp Excel", "Excel files"));
  for (const [name, items] of files) {
    const bytes = await renderXlsx(items, { locale: lang, date: V.recognisedOn });
    writeFileSync(join(dir, name), bytes);
    print(`  ${join(dir, name)} (${items.length} ${t("trang tính", "sheets")})`);
  }
} else {
  print(`\n${t("Xuất Excel: bỏ --no-xlsx (tệp ghi vào out/ hoặc thư mục chỉ định bằng --xlsx <thư mục>)", "Excel: leave out --no-xlsx (files go to out/, or to the folder given with --xlsx <folder>)")}`);
}
