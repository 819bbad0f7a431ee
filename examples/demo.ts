// npm run demo — a review of a sample village under the law, printed as the tables a commune reads.
import { classifyByIncome, getStandard, standardForYear, type PovertyClassOutcome } from "../src/index.js";
import { SAMPLE_VILLAGE } from "./sampleVillage.js";

const CLASS_VI: Record<PovertyClassOutcome["kind"], string> = {
  poor: "Hộ nghèo",
  near_poor: "Hộ cận nghèo",
  not_poor: "Không nghèo",
  undetermined: "Chưa xác định",
};

function table(headers: string[], rows: string[][]): string {
  const width = headers.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? "")].length)));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat((width[i] ?? 0) - [...c].length)).join(" │ ");
  return [line(headers), width.map((w) => "─".repeat(w)).join("─┼─"), ...rows.map(line)].join("\n");
}

const standard = standardForYear(SAMPLE_VILLAGE.listYear);
console.log(`RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO — ${SAMPLE_VILLAGE.name}, ${SAMPLE_VILLAGE.commune.name} (danh sách năm ${SAMPLE_VILLAGE.listYear})`);
console.log(`Chuẩn áp dụng: ${standard.title.vi}\n`);

console.log("1. Phân loại theo thu nhập 12 tháng và mức độ thiếu hụt, theo từng chuẩn");
const rows: string[][] = [];
for (const h of SAMPLE_VILLAGE.households) {
  const cells = [h.code, String(h.members), (h.income12Months / 12 / h.members).toLocaleString("vi-VN", { maximumFractionDigits: 0 }), String(h.deprived?.length ?? 0)];
  for (const id of ["2016-2020", "2021-2025", "2027-2030"]) {
    const s = getStandard(id);
    const keys = (h.deprived ?? []).filter((k) => s.indicators.some((i) => i.key === k));
    const r = classifyByIncome({ standard: id, area: SAMPLE_VILLAGE.area, income: { annualTotal: h.income12Months, members: h.members }, deprivations: keys });
    cells.push(CLASS_VI[r.outcome.kind] + (r.outcome.kind === "poor" && r.outcome.basis !== "income_and_deprivation" ? ` (${r.outcome.basis === "income" ? "thu nhập" : "thiếu hụt"})` : ""));
  }
  rows.push(cells);
}
console.log(table(["Mã hộ", "Nhân khẩu", "TN bq/người/tháng", "Số thiếu hụt", "Chuẩn 2016–2020", "Chuẩn 2021–2025", "Chuẩn 2027–2030"], rows));

const one = SAMPLE_VILLAGE.households[1];
if (one) {
  const r = classifyByIncome({ standard, area: SAMPLE_VILLAGE.area, income: { annualTotal: one.income12Months, members: one.members }, deprivations: one.deprived ?? [] });
  console.log(`\n2. Giải thích cho hộ ${one.code}:`);
  for (const s of r.explanation.steps) console.log(`   - ${s.message.vi}`);
}
