// npm run demo — a periodic review of a sample village, walked through the law's steps and printed as the tables a
// commune officer reads: Phiếu A → B1 → B2 → class, middle-living households, the village meeting, the posting and
// complaint dates, and the reports sent upward.
import {
  buildHierarchy,
  classifyHousehold,
  classifyMiddleLiving,
  computeProcedureDeadlines,
  deprivationTable,
  formatExplanation,
  movementTables,
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
  type MovementRecord,
  type TallyRecord,
} from "../src/index.js";
import { SAMPLE_VILLAGE as V } from "./sampleVillage.js";

const width = (s: string) => [...s.normalize("NFC")].length;
function table(headers: string[], rows: string[][]): string {
  const w = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat((w[i] ?? 0) - width(c))).join(" │ ");
  return [line(headers), w.map((n) => "─".repeat(n)).join("─┼─"), ...rows.map(line)].join("\n");
}
const vnDate = (iso: string) => iso.split("-").reverse().join("/");
const heading = (s: string) => console.log(`\n${s}\n${"═".repeat(width(s))}`);

const CLASS_VI = { poor: "Hộ nghèo", near_poor: "Hộ cận nghèo", not_poor: "Không nghèo", undetermined: "Chưa xác định", rule_not_found: "Chưa có căn cứ" } as const;

const standard = standardForYear(V.listYear);
console.log(`RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO ĐỊNH KỲ NĂM ${V.reviewYear} — ${V.name}, ${V.commune.name}`);
console.log(`Danh sách áp dụng cho năm ${V.listYear}. Chuẩn áp dụng: ${standard.title.vi}.`);

// The review's legal calendar.
const cal = reviewCalendar({ standard, year: V.reviewYear });
if (cal.outcome.kind === "computed") {
  const o = cal.outcome;
  console.log(`Thời gian rà soát định kỳ: ${vnDate(o.periodicWindow.from)} – ${vnDate(o.periodicWindow.to)}.`);
  for (const d of o.deadlines.filter((x) => x.id.startsWith("province"))) console.log(`  · ${d.description.vi}: hạn cuối ${vnDate(d.lastDay)}.`);
}

// 1. Each household through the forms.
heading("Bảng 1. Kết quả rà soát từng hộ (Phiếu A → Phiếu B1 → Phiếu B2 → phân loại)");
const decisions = new Map<string, HouseholdDecision>();
const rows1: string[][] = [];
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
  const formA = a === undefined ? "—" : a.kind === "not_reviewed" ? "cột (0) = 0" : a.kind === "stop" ? `E = ${a.total}, mã 0` : a.kind === "score_on_form_b" ? `E = ${a.total}, mã 1` : "—";
  const b1 = d.scores.b1?.kind === "scored" ? String(d.scores.b1.total) : "—";
  const b2 = d.scores.b2?.kind === "scored" ? String(d.scores.b2.total) : "—";
  const change = whatWouldChange({ standard, area: V.area, ...("b1" in h ? { b1: h.b1 } : {}), ...("deprived" in h ? { b2: { deprivations: h.deprived } } : {}) });
  rows1.push([h.code, String(h.members), formA, b1, b2, CLASS_VI[d.outcome.kind], CLASS_VI[h.previous], change.changes[0]?.message.vi ?? ""]);
}
console.log(table(["Mã hộ", "NK", "Phiếu A", "B1", "B2", "Kết quả", "Năm trước", "Điều gì làm thay đổi kết quả"], rows1));

const sample = decisions.get("TM-02");
if (sample) {
  console.log("\nGiải thích chi tiết cho hộ TM-02:");
  console.log(formatExplanation(sample.explanation));
}

// 2. Middle-living households (farm, forestry, fishery, salt) among those neither poor nor near-poor.
heading("Bảng 2. Hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình");
const rows2: string[][] = [];
const middleLiving = new Set<string>();
for (const h of V.households) {
  if (!h.farming || decisions.get(h.code)?.outcome.kind !== "not_poor") continue;
  const m = classifyMiddleLiving({ standard, area: V.area, members: h.members, income12Months: h.income12Months, agriculturalSectors: ["agriculture"] });
  if (m.outcome.kind === "middle_living") middleLiving.add(h.code);
  rows2.push([h.code, String(h.members), h.income12Months.total.toLocaleString("vi-VN"), h.income12Months.stateAllowances.toLocaleString("vi-VN"), m.outcome.kind === "middle_living" ? "Có mức sống trung bình" : "Không"]);
}
console.log(table(["Mã hộ", "NK", "Thu nhập 12 tháng", "Trợ cấp NN (loại trừ)", "Kết quả"], rows2));

// 3. The village meeting on the households whose status changes.
heading(`Bảng 3. Họp dân ngày ${vnDate(V.meeting.heldOn)}: ${V.meeting.attendees} người tham dự`);
const voted = V.households.flatMap((h) => ("vote" in h && h.vote ? [{ householdCode: h.code, ...h.vote }] : []));
const meeting = tallyMeetingVote({
  standard,
  heldOn: V.meeting.heldOn,
  attendees: V.meeting.attendees,
  scope: "per_household",
  households: voted,
});
if (meeting.outcome.kind !== "rule_not_found") {
  const rows3 = meeting.outcome.minutes.results.map((r) => [r.householdCode ?? "", `${r.agree}/${r.attendees}`, `${r.sharePercent.replace(".", ",")}%`, r.result === "agreed" ? "Thống nhất" : "Rà soát lại từ bước 2, họp lại"]);
  console.log(table(["Mã hộ", "Đồng ý", "Tỷ lệ", "Kết quả"], rows3));
  console.log(`Biên bản lập thành ${meeting.outcome.minutes.copies} bản: ${meeting.outcome.minutes.copiesKeptBy.vi}.`);
}
// Households the meeting did not agree on go back to step 2; they stay out of this round's lists and reports.
const reviewAgain = new Set(
  meeting.outcome.kind === "rule_not_found" ? [] : meeting.outcome.minutes.results.filter((r) => r.result === "review_again").map((r) => r.householdCode ?? ""),
);
if (reviewAgain.size > 0) console.log(`Rà soát lại (chưa đưa vào danh sách đợt này): ${[...reviewAgain].join(", ")}.`);

// 4. Posting and complaints.
heading("Bảng 4. Niêm yết công khai và phúc tra");
const deadlines = computeProcedureDeadlines({
  standard,
  events: { meetingHeldOn: V.meeting.heldOn, postedOn: V.postedOn, complaints: V.complaints.map((c) => ({ id: c.id, receivedOn: c.receivedOn })) },
});
const KIND_VI: Record<string, string> = { posting: "Niêm yết kết quả rà soát", complaint_recheck: "Phúc tra khiếu nại", recheck_posting: "Niêm yết kết quả phúc tra" };
if (deadlines.outcome.kind === "computed") {
  console.log(
    table(
      ["Việc", "Sự kiện", "Thời hạn", "Từ ngày", "Đến hết ngày"],
      deadlines.outcome.deadlines.map((d) => [
        `${KIND_VI[d.kind] ?? d.kind}${d.ref ? ` (${d.ref})` : ""}`,
        vnDate(d.eventOn),
        `${d.duration.days} ngày ${d.duration.unit === "working" ? "làm việc" : ""}`.trim(),
        vnDate(d.firstDay),
        vnDate(d.lastDay),
      ]),
    ),
  );
}

// 5. Reports: the commune's tables, from the households' decisions.
const units = [
  { code: V.commune.code, name: V.commune.name, level: "commune" as const },
  { code: V.code, name: V.name, level: "village" as const, parentCode: V.commune.code },
];
const records: TallyRecord[] = [];
const movements: MovementRecord[] = [];
for (const h of V.households) {
  const d = decisions.get(h.code);
  if (!d || reviewAgain.has(h.code)) continue;
  const r = tallyRecordFromDecision(d, {
    unitCode: V.code,
    persons: h.members,
    ...("ethnicMinority" in h ? { ethnicMinority: h.ethnicMinority } : {}),
    ...(middleLiving.has(h.code) ? { middleLiving: true } : {}),
  });
  if (r.ok) records.push(r.value);
  if (d.outcome.kind !== "undetermined" && d.outcome.kind !== "rule_not_found") {
    movements.push({ unitCode: V.code, previous: h.previous, current: d.outcome.kind, previousPersons: h.members, currentPersons: h.members });
  }
}
const hierarchy = buildHierarchy(units);
const rolled = rollUpTallies(hierarchy, tallyRecords(records, { standard: standard.id }).units, { standard: standard.id });
const { rows, total } = unitRows(rolled, V.commune.code);

heading("Bảng 5. Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo");
console.log(renderText(summaryTable(rows, { total }), { orientation: "columns" }));

const moved = rollUpMovements(hierarchy, tallyMovements(movements).units);
const movementOf = (code: string) => moved.movements[code];
const villageMovement = movementOf(V.code);
const communeMovement = movementOf(V.commune.code);
const mt = movementTables(villageMovement ? [{ code: V.code, name: V.name, movement: villageMovement }] : [], {
  standard: standard.id,
  ...(communeMovement ? { total: { code: V.commune.code, name: V.commune.name, movement: communeMovement } } : {}),
});
heading("Bảng 6. Diễn biến hộ nghèo và hộ cận nghèo");
if (mt.kind === "tables") {
  console.log(renderText(mt.poor, { orientation: "columns" }));
  console.log();
  console.log(renderText(mt.nearPoor, { orientation: "columns" }));
} else {
  for (const i of mt.issues) console.log(`  ! ${i.message.vi}`);
}

heading("Bảng 7. Mức độ thiếu hụt dịch vụ xã hội cơ bản của hộ nghèo");
console.log(renderText(deprivationTable(rows, { total, segment: "poor" }), { orientation: "columns" }));
console.log(`\nGhi chú: các giá trị lấy từ tài liệu nguồn (SEED) hoặc chưa chắc chắn được đánh dấu trong từng lời giải thích; bố cục biểu mẫu theo thực tiễn địa phương (Mẫu 7.x chưa có văn bản gốc).`);
