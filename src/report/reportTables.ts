import type { LocalizedText } from "../types.js";
import { PovertyError } from "../errors/PovertyError.js";
import { CAUSES, CHILD } from "./_layout.js";
import { col, layoutOfRows, num, rate, SEGMENT_NAME, table } from "./_tables.js";
import type { CauseOfPoverty, ChildDeprivation, ClassCounts, ReportCell, ReportColumn, ReportTable, RolledUp, SegmentCounts, SegmentKey, Tally, UnitTally } from "./types.js";

/**
 * Options of the report tables (tùy chọn biểu báo cáo).
 *
 * @example
 * ```ts
 * const o: TableOptions = { total: { code: "P", name: "Tỉnh", tally: emptyTally("2021-2025") } };
 * ```
 * @category Reports
 */
export interface TableOptions {
  /** The total row: the parent unit's own rolled-up tally (never a sum of the rows' rates). */
  readonly total?: UnitTally;
}

/**
 * The rows of a unit's report (các dòng của biểu): one per child unit, and the unit itself as the total.
 *
 * @remarks
 * A province's report lists its communes (or districts before 1/7/2025) and the province total; a commune's report
 * lists its villages. Every tally is the rolled-up one, so the total is the unit's own count.
 *
 * @param rolled - from {@link rollUpTallies}.
 * @param unitCode - the unit whose report it is.
 * @returns the children's rows, in hierarchy order, and the total row.
 * @throws {@link PovertyError} `"invalid_input"` when the unit is not in the hierarchy.
 * @example
 * ```ts
 * const { rows, total } = unitRows(rolled, "P");
 * summaryTable(rows, { total }).rows.length; //=> 1
 * ```
 * @category Reports
 */
export function unitRows(rolled: RolledUp, unitCode: string): { readonly rows: readonly UnitTally[]; readonly total: UnitTally } {
  const unit = rolled.hierarchy.byCode.get(unitCode);
  if (!unit) throw new PovertyError("invalid_input", `Unit "${unitCode}" is not in the hierarchy`, { unitCode });
  const row = (code: string): UnitTally => ({ code, name: rolled.hierarchy.byCode.get(code)?.name ?? code, tally: rolled.tallies[code] as Tally });
  return { rows: (rolled.hierarchy.children.get(unitCode) ?? []).map(row), total: row(unitCode) };
}

type CountKey = Exclude<keyof ClassCounts, "total">;

/**
 * Builds the official results summary (biểu tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo), table 1.
 *
 * @remarks
 * Per unit: total households and persons; poor households and rate (under 2016–2020 also poor by income and by
 * deprivation); near-poor and rate; middle-living farm, forestry and fishery households and rate (when the standard
 * defines them); then the same for persons (poor persons ÷ total persons…). Rates = count ÷ total × 100, rounded
 * half-up to 2 decimals, from the unit's own counts. Layout from observed local practice: the official Mẫu 7.x
 * columns were NOT FOUND, so `status: "uncertain"`.
 *
 * @param rows - one per unit.
 * @param options - the total row.
 * @returns the table.
 * @throws {@link PovertyError} `"invalid_input"` when there are no rows or the tallies have different standards.
 * @example
 * ```ts
 * const t = summaryTable([{ code: "TP", name: "Thành phố", tally: city2023 }]);
 * t.rows[0]?.cells[5]; //=> { kind: "rate", rate: { value: "1.97" } }
 * ```
 * @category Reports
 */
export function summaryTable(rows: readonly UnitTally[], options: TableOptions = {}): ReportTable {
  const layout = layoutOfRows(rows, options.total, "summaryTable");
  const classes: { key: CountKey; vi: string; en: string }[] = [{ key: "poor", vi: "nghèo", en: "poor" }];
  if (layout.split) {
    classes.push({ key: "poorByIncome", vi: "nghèo theo thu nhập", en: "poor by income" });
    classes.push({ key: "poorByDeprivation", vi: "nghèo theo thiếu hụt", en: "poor by deprivation" });
  }
  classes.push({ key: "nearPoor", vi: "cận nghèo", en: "near-poor" });
  if (layout.middleLiving) classes.push({ key: "middleLiving", vi: "có mức sống trung bình", en: "middle-living" });
  const columns: ReportColumn[] = [col("households", "Tổng số hộ", "Total households", "count"), col("persons", "Tổng số nhân khẩu", "Total persons", "count")];
  for (const [measure, vi, en] of [
    ["households", "Số hộ", "households"],
    ["persons", "Số nhân khẩu", "persons"],
  ] as const) {
    for (const c of classes) {
      columns.push(col(`${measure}.${c.key}`, `${vi} ${c.vi}`, `${c.en[0]?.toUpperCase()}${c.en.slice(1)} ${en}`, "count"));
      columns.push(col(`${measure}.${c.key}.rate`, `Tỷ lệ ${measure === "households" ? "hộ" : "nhân khẩu"} ${c.vi} (%)`, `Rate of ${c.en} ${en} (%)`, "rate"));
    }
  }
  return table(
    "summary",
    { vi: "Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo", en: "Results of the poor and near-poor household review" },
    layout.id,
    columns,
    rows,
    options.total,
    (u) => {
      const h = u.tally.households;
      const p = u.tally.persons;
      const cells: ReportCell[] = [num(h.total), num(p.total)];
      for (const m of [h, p]) for (const c of classes) cells.push(num(m[c.key]), rate(m[c.key], m.total));
      return cells;
    },
  );
}

/**
 * Builds a deprivation table (biểu mức độ thiếu hụt các dịch vụ xã hội cơ bản), tables 4–7: per indicator, the
 * households deprived (counts) or their share of the segment's households (rates).
 *
 * @remarks
 * Columns in the standard's indicator order (its `order` field). Counts add a total of all deprivations; rates =
 * deprived ÷ segment households × 100, rounded half-up to 2 decimals (204 poor households, 93 deprived in
 * employment → "45.59"). Tables 4–7 are poor counts, poor rates, near-poor counts, near-poor rates; under 2016–2020
 * the same for `poorByIncome` and `poorByDeprivation`. Layout UNCERTAIN (official columns NOT FOUND).
 *
 * @param rows - one per unit.
 * @param options - `segment` (default `"poor"`), `measure` (`"counts"`, default, or `"rates"`), the total row.
 * @returns the table.
 * @throws {@link PovertyError} `"invalid_input"` when there are no rows, the standards differ, or the segment is
 *   not kept under the standard (`poorByIncome` after 2020).
 * @example
 * ```ts
 * deprivationTable(rows, { segment: "poor", measure: "rates" }).columns[3]?.key; //=> "employment"
 * ```
 * @category Reports
 */
export function deprivationTable(
  rows: readonly UnitTally[],
  options: TableOptions & { readonly segment?: SegmentKey; readonly measure?: "counts" | "rates" } = {},
): ReportTable {
  const layout = layoutOfRows(rows, options.total, "deprivationTable");
  const segment = options.segment ?? "poor";
  const rates = options.measure === "rates";
  const seg = segmentOf(segment, "deprivationTable");
  const columns: ReportColumn[] = [col("households", `Số ${SEGMENT_NAME[segment].vi}`, `Number of ${SEGMENT_NAME[segment].en}`, "count")];
  for (const ind of [...layout.standard.indicators].sort((a, b) => a.order - b.order)) {
    columns.push(col(ind.key, rates ? `${ind.name.vi} (%)` : ind.name.vi, rates ? `${ind.name.en} (%)` : ind.name.en, rates ? "rate" : "count"));
  }
  if (!rates) columns.push(col("total", "Tổng số lượt thiếu hụt", "Total deprivations", "count"));
  const title: LocalizedText = {
    vi: `${rates ? "Tỷ lệ" : "Số"} ${SEGMENT_NAME[segment].vi} thiếu hụt theo từng chỉ số`,
    en: `${rates ? "Share" : "Number"} of ${SEGMENT_NAME[segment].en} deprived in each indicator`,
  };
  return table(rates ? "deprivation_rates" : "deprivation_counts", title, layout.id, columns, rows, options.total, (u) => {
    const s = seg(u.tally);
    const hh = u.tally.households[segment];
    const cells: ReportCell[] = [num(hh)];
    let sum = 0;
    for (const k of layout.keys) {
      const v = s.deprivations[k] as number;
      sum += v;
      cells.push(rates ? rate(v, hh) : num(v));
    }
    if (!rates) cells.push(num(sum));
    return cells;
  }, { segment });
}

function segmentOf(segment: SegmentKey, what: string): (t: Tally) => SegmentCounts {
  return (t) => {
    const s = t.segments[segment];
    if (!s) throw new PovertyError("invalid_input", `${what}: standard ${t.standard} keeps no "${segment}" segment (only 2016–2020 splits the poor)`, { segment, standard: t.standard });
    return s;
  };
}

/**
 * The breakdowns of tables 8–12 (các biểu phân tích theo nhóm).
 *
 * @remarks
 * `target_groups`: no member able to work, member with merit to the revolution, ethnic minority;
 * `support_received`; `ethnicity`; `causes_of_poverty`; `child_deprivations`.
 *
 * @example
 * ```ts
 * const b: Breakdown = "causes_of_poverty";
 * ```
 * @category Reports
 */
export type Breakdown = "target_groups" | "support_received" | "ethnicity" | "causes_of_poverty" | "child_deprivations";

const CAUSE_NAME: Record<CauseOfPoverty, LocalizedText> = {
  land: { vi: "Thiếu đất sản xuất", en: "Lack of land" },
  capital: { vi: "Thiếu vốn sản xuất", en: "Lack of capital" },
  labour: { vi: "Thiếu lao động", en: "Lack of labour" },
  tools: { vi: "Thiếu công cụ, phương tiện sản xuất", en: "Lack of tools" },
  knowhow: { vi: "Không biết cách làm ăn", en: "Lack of know-how" },
  skills: { vi: "Thiếu kỹ năng lao động, sản xuất", en: "Lack of skills" },
  illness_or_accident: { vi: "Ốm đau, bệnh nặng, tai nạn", en: "Illness or accident" },
  other: { vi: "Nguyên nhân khác", en: "Other" },
};
const CHILD_NAME: Record<ChildDeprivation, LocalizedText> = {
  healthInsurance: { vi: "Trẻ em không có bảo hiểm y tế", en: "Child without health insurance" },
  nutrition: { vi: "Trẻ em suy dinh dưỡng", en: "Malnourished child" },
  schoolAttendance: { vi: "Trẻ em không đi học đúng bậc", en: "Child not attending school at their level" },
};

/**
 * Builds a breakdown table (biểu phân tích hộ nghèo, hộ cận nghèo theo nhóm), tables 8–12: for each group, the
 * segment's households in it and their share of the segment.
 *
 * @remarks
 * Groups: target groups (no member able to work; member with merit to the revolution; ethnic minority), support
 * received, ethnicity, causes of poverty (land, capital, labour, tools, know-how, skills, illness or accident,
 * other), children's deprivations (health insurance, nutrition, school attendance). For support and ethnicity the
 * columns are the keys of `labels` in their order, then any other key found, sorted. Shares = group ÷ segment
 * households × 100, half-up to 2 decimals. A household may be in several groups, so shares need not add to 100.
 * Layout UNCERTAIN (official columns NOT FOUND).
 *
 * @param rows - one per unit.
 * @param options - the breakdown, the segment (default `"poor"`), labels for open keys, the total row.
 * @returns the table.
 * @throws {@link PovertyError} `"invalid_input"` when there are no rows, the standards differ, or the segment is
 *   not kept under the standard.
 * @example
 * ```ts
 * breakdownTable(rows, { breakdown: "causes_of_poverty" }).columns[3]?.key; //=> "land"
 * ```
 * @category Reports
 */
export function breakdownTable(
  rows: readonly UnitTally[],
  options: TableOptions & { readonly breakdown: Breakdown; readonly segment?: SegmentKey; readonly labels?: { readonly [key: string]: LocalizedText } },
): ReportTable {
  const layout = layoutOfRows(rows, options.total, "breakdownTable");
  const segment = options.segment ?? "poor";
  const seg = segmentOf(segment, "breakdownTable");
  const all = options.total ? [...rows, options.total] : rows;
  let groups: { key: string; name: LocalizedText; get: (s: SegmentCounts) => number }[];
  let title: LocalizedText;
  const openGroups = (pick: (s: SegmentCounts) => { readonly [k: string]: number }) => {
    const labels = options.labels ?? {};
    const found = new Set<string>();
    for (const u of all) for (const k of Object.keys(pick(seg(u.tally)))) found.add(k);
    const keys = [...Object.keys(labels), ...[...found].filter((k) => !Object.hasOwn(labels, k)).sort()];
    return keys.map((k) => ({ key: k, name: labels[k] ?? { vi: k, en: k }, get: (s: SegmentCounts) => (Object.hasOwn(pick(s), k) ? (pick(s)[k] as number) : 0) }));
  };
  switch (options.breakdown) {
    case "target_groups":
      title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo nhóm đối tượng`, en: `${SEGMENT_NAME[segment].en} by target group` };
      groups = [
        { key: "noMemberAbleToWork", name: { vi: "Hộ không có khả năng lao động", en: "No member able to work" }, get: (s) => s.noMemberAbleToWork },
        { key: "memberWithMerit", name: { vi: "Hộ có người có công với cách mạng", en: "Member with merit to the revolution" }, get: (s) => s.memberWithMerit },
        { key: "ethnicMinority", name: { vi: "Hộ dân tộc thiểu số", en: "Ethnic minority" }, get: (s) => s.ethnicMinority },
      ];
      break;
    case "support_received":
      title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo chính sách hỗ trợ đã nhận`, en: `${SEGMENT_NAME[segment].en} by support received` };
      groups = openGroups((s) => s.support);
      break;
    case "ethnicity":
      title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo dân tộc`, en: `${SEGMENT_NAME[segment].en} by ethnicity` };
      groups = openGroups((s) => s.ethnicity);
      break;
    case "causes_of_poverty":
      title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo nguyên nhân nghèo`, en: `${SEGMENT_NAME[segment].en} by cause of poverty` };
      groups = CAUSES.map((c) => ({ key: c, name: CAUSE_NAME[c], get: (s: SegmentCounts) => s.causes[c] }));
      break;
    case "child_deprivations":
      title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo thiếu hụt của trẻ em`, en: `${SEGMENT_NAME[segment].en} by children's deprivations` };
      groups = CHILD.map((c) => ({ key: c, name: CHILD_NAME[c], get: (s: SegmentCounts) => s.children[c] }));
      break;
  }
  const columns: ReportColumn[] = [col("households", `Số ${SEGMENT_NAME[segment].vi}`, `Number of ${SEGMENT_NAME[segment].en}`, "count")];
  for (const g of groups) {
    columns.push(col(g.key, g.name.vi, g.name.en, "count"));
    columns.push(col(`${g.key}.rate`, `${g.name.vi} (%)`, `${g.name.en} (%)`, "rate"));
  }
  return table(options.breakdown, title, layout.id, columns, rows, options.total, (u) => {
    const s = seg(u.tally);
    const hh = u.tally.households[segment];
    const cells: ReportCell[] = [num(hh)];
    for (const g of groups) cells.push(num(g.get(s)), rate(g.get(s), hh));
    return cells;
  }, { segment });
}

/**
 * Builds the split of the poor by basis (biểu hộ nghèo theo tiêu chí thu nhập và thiếu hụt), table 13, for
 * 2016–2020: poor households and persons, poor by income and poor by deprivation, with their shares of the poor.
 *
 * @remarks
 * Decision 59/2015/QĐ-TTg: a household is poor by income (income at or below the poverty line) or by deprivation
 * (between the lines and deprived in 3 or more indicators). Later standards have one basis: the table is not
 * defined for them. Layout UNCERTAIN (official columns NOT FOUND).
 *
 * @param rows - one per unit.
 * @param options - the total row.
 * @returns the table.
 * @throws {@link PovertyError} `"not_supported"` under a standard with one basis; `"invalid_input"` for no rows or
 *   mixed standards.
 * @example
 * ```ts
 * poorByBasisTable(rows2019).columns.map((c) => c.key).slice(2, 5); //=> ["households.poor", "households.poorByIncome", "households.poorByIncome.rate"]
 * ```
 * @category Reports
 */
export function poorByBasisTable(rows: readonly UnitTally[], options: TableOptions = {}): ReportTable {
  const layout = layoutOfRows(rows, options.total, "poorByBasisTable");
  if (!layout.split) throw new PovertyError("not_supported", `Standard ${layout.id} has one basis of poverty; the split by income and deprivation is 2016–2020 only`, { standard: layout.id });
  const columns: ReportColumn[] = [];
  for (const [m, vi, en] of [
    ["households", "hộ", "households"],
    ["persons", "nhân khẩu", "persons"],
  ] as const) {
    columns.push(col(`${m}.poor`, `Số ${vi} nghèo`, `Poor ${en}`, "count"));
    columns.push(col(`${m}.poorByIncome`, `Số ${vi} nghèo theo thu nhập`, `Poor ${en} by income`, "count"));
    columns.push(col(`${m}.poorByIncome.rate`, `Tỷ lệ so với ${vi} nghèo (%)`, `Share of poor ${en} (%)`, "rate"));
    columns.push(col(`${m}.poorByDeprivation`, `Số ${vi} nghèo theo thiếu hụt`, `Poor ${en} by deprivation`, "count"));
    columns.push(col(`${m}.poorByDeprivation.rate`, `Tỷ lệ so với ${vi} nghèo (%)`, `Share of poor ${en} (%)`, "rate"));
  }
  return table(
    "poor_by_basis",
    { vi: "Hộ nghèo theo tiêu chí thu nhập và theo thiếu hụt dịch vụ xã hội cơ bản", en: "Poor households by income and by deprivation" },
    layout.id,
    columns,
    rows,
    options.total,
    (u) => {
      const cells: ReportCell[] = [];
      for (const c of [u.tally.households, u.tally.persons]) {
        cells.push(num(c.poor), num(c.poorByIncome), rate(c.poorByIncome, c.poor), num(c.poorByDeprivation), rate(c.poorByDeprivation, c.poor));
      }
      return cells;
    },
  );
}
