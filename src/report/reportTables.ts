import type { LocalizedText } from "../types.js";
import { PovertyError } from "../errors/PovertyError.js";
import { guardThrowing, unwrap } from "../_lib/issues.js";
import { C_MIDDLE, C_NEAR_POOR, C_POOR, C_POOR_DEPRIVATION, C_POOR_INCOME, C_TOTAL, CAUSES, CHILD, CLASS_KEYS, PERSONS, segmentAt, segmentNumber, type Layout } from "./_layout.js";
import { checkedRows, col, num, rate, SEGMENT_NAME, table, type CheckedRow } from "./_tables.js";
import { TallyImpl } from "./_tally.js";
import { hierarchyOf } from "./buildHierarchy.js";
import type { CauseOfPoverty, ChildDeprivation, ReportCell, ReportColumn, ReportTable, RolledUp, SegmentKey, Tally, UnitTally } from "./types.js";
import { issue } from "./_messages.js";

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
  return guardThrowing("unitRows", () => {
    let h;
    let tallies: { readonly [code: string]: Tally };
    try {
      h = hierarchyOf(rolled.hierarchy, "unitRows");
      tallies = rolled.tallies;
    } catch (e) {
      if (e instanceof PovertyError) throw e;
      throw new PovertyError("invalid_input", "unitRows needs the result of rollUpTallies", { function: "unitRows" });
    }
    const unit = typeof unitCode === "string" ? h.byCode.get(unitCode) : undefined;
    if (!unit) throw new PovertyError("invalid_input", `Unit "${String(typeof unitCode === "string" ? unitCode : typeof unitCode)}" is not in the hierarchy`, { unitCode: typeof unitCode === "string" ? unitCode : null });
    const row = (code: string): UnitTally => ({ code, name: h.byCode.get(code)?.name ?? code, tally: tallies[code] as Tally });
    return { rows: (h.children.get(unit.code) ?? []).map(row), total: row(unit.code) };
  });
}


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
  return guardThrowing("summaryTable", () => {
    const checked = checkedRows(rows, options?.total, "summaryTable");
    const layout = checked.layout;
    const classes: { at: number; vi: string; en: string }[] = [{ at: C_POOR, vi: "nghèo", en: "poor" }];
    switch (layout.classRule) {
      case "two_lines":
        classes.push({ at: C_POOR_INCOME, vi: "nghèo theo thu nhập", en: "poor by income" });
        classes.push({ at: C_POOR_DEPRIVATION, vi: "nghèo theo thiếu hụt", en: "poor by deprivation" });
        break;
      case "line_and_deprivations":
        break;
    }
    classes.push({ at: C_NEAR_POOR, vi: "cận nghèo", en: "near-poor" });
    if (layout.middleLiving) classes.push({ at: C_MIDDLE, vi: "có mức sống trung bình", en: "middle-living" });
    const columns: ReportColumn[] = [col("households", "Tổng số hộ", "Total households", "count"), col("persons", "Tổng số nhân khẩu", "Total persons", "count")];
    for (const [measure, vi, en] of [
      ["households", "Số hộ", "households"],
      ["persons", "Số nhân khẩu", "persons"],
    ] as const) {
      for (const c of classes) {
        const key = CLASS_KEYS[c.at] as string;
        columns.push(col(`${measure}.${key}`, `${vi} ${c.vi}`, `${c.en[0]?.toUpperCase()}${c.en.slice(1)} ${en}`, "count"));
        columns.push(col(`${measure}.${key}.rate`, `Tỷ lệ ${measure === "households" ? "hộ" : "nhân khẩu"} ${c.vi} (%)`, `Rate of ${c.en} ${en} (%)`, "rate"));
      }
    }
    return table(
      "summary",
      { vi: "Tổng hợp kết quả rà soát hộ nghèo, hộ cận nghèo", en: "Results of the poor and near-poor household review" },
      layout.id,
      columns,
      checked.rows,
      checked.total,
      (u) => {
        const c = TallyImpl.countsRead(u.t);
        const cells: ReportCell[] = [num(c[C_TOTAL] as number), num(c[PERSONS + C_TOTAL] as number)];
        for (const base of [0, PERSONS]) {
          const total = c[base + C_TOTAL] as number;
          for (const k of classes) {
            const v = c[base + k.at] as number;
            cells.push(num(v), rate(v, total));
          }
        }
        return cells;
      },
    );
  });
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
  return guardThrowing("deprivationTable", () => {
    const checked = checkedRows(rows, options?.total, "deprivationTable");
    const layout = checked.layout;
    const segment = options.segment ?? "poor";
    const rates = options.measure === "rates";
    const seg = segmentIndex(layout, segment, "deprivationTable");
    const columns: ReportColumn[] = [col("households", `Số ${SEGMENT_NAME[segment].vi}`, `Number of ${SEGMENT_NAME[segment].en}`, "count")];
    for (const ind of [...layout.standard.indicators].sort((a, b) => a.order - b.order)) {
      columns.push(col(ind.key, rates ? `${ind.name.vi} (%)` : ind.name.vi, rates ? `${ind.name.en} (%)` : ind.name.en, rates ? "rate" : "count"));
    }
    if (!rates) columns.push(col("total", "Tổng số lượt thiếu hụt", "Total deprivations", "count"));
    const title: LocalizedText = {
      vi: `${rates ? "Tỷ lệ" : "Số"} ${SEGMENT_NAME[segment].vi} thiếu hụt theo từng chỉ số`,
      en: `${rates ? "Share" : "Number"} of ${SEGMENT_NAME[segment].en} deprived in each indicator`,
    };
    const at = segmentAt(layout, seg);
    const households = SEGMENT_HOUSEHOLDS[segment];
    return table(
      rates ? "deprivation_rates" : "deprivation_counts",
      title,
      layout.id,
      columns,
      checked.rows,
      checked.total,
      (u) => {
        const c = TallyImpl.countsRead(u.t);
        const hh = c[households] as number;
        const cells: ReportCell[] = [num(hh)];
        let sum = 0;
        for (let i = 0; i < layout.k; i++) {
          const v = c[at + i] as number;
          sum += v;
          cells.push(rates ? rate(v, hh) : num(v));
        }
        if (!rates) cells.push(num(sum));
        return cells;
      },
      { segment },
    );
  });
}

/** The households of each segment (its class count). */
const SEGMENT_HOUSEHOLDS: { readonly [k in SegmentKey]: number } = { poor: C_POOR, nearPoor: C_NEAR_POOR, poorByIncome: C_POOR_INCOME, poorByDeprivation: C_POOR_DEPRIVATION };

/** The block number of a segment, or a {@link PovertyError} when the standard does not keep it. */
function segmentIndex(l: Layout, segment: unknown, what: string): number {
  const n = typeof segment === "string" ? segmentNumber(l, segment as SegmentKey) : -1;
  if (n < 0) unwrap({ ok: false, issues: [issue("segment_not_kept", ["segment"], { segment: String(typeof segment === "string" ? segment : typeof segment), standard: l.id })] }, what);
  return n;
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
  return guardThrowing("breakdownTable", () => {
    const checked = checkedRows(rows, options?.total, "breakdownTable");
    const layout = checked.layout;
    const segment = options.segment ?? "poor";
    const seg = segmentIndex(layout, segment, "breakdownTable");
    const at = segmentAt(layout, seg);
    const g = at + layout.k;
    const all: readonly CheckedRow[] = checked.total ? [...checked.rows, checked.total] : checked.rows;
    /** A group's count for a row: a counter, or an open key's count. */
    type Group = { key: string; name: LocalizedText; counter: number; slot: number };
    let groups: Group[];
    let title: LocalizedText;
    const openGroups = (slot: number): Group[] => {
      const labels = options.labels ?? {};
      const labelled = Object.keys(labels);
      const known = new Set(labelled);
      const found = new Set<string>();
      for (const u of all) {
        const m = TallyImpl.openRead(u.t)[slot];
        if (m !== undefined) for (const k of m.keys()) if (!known.has(k)) found.add(k);
      }
      const keys = [...labelled, ...[...found].sort()];
      return keys.map((k) => {
        const l = Object.hasOwn(labels, k) ? labels[k] : undefined;
        return { key: k, name: l === undefined ? { vi: k, en: k } : { vi: String(l.vi), en: String(l.en) }, counter: -1, slot };
      });
    };
    switch (options.breakdown) {
      case "target_groups":
        title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo nhóm đối tượng`, en: `${SEGMENT_NAME[segment].en} by target group` };
        groups = [
          { key: "noMemberAbleToWork", name: { vi: "Hộ không có khả năng lao động", en: "No member able to work" }, counter: g + 1, slot: -1 },
          { key: "memberWithMerit", name: { vi: "Hộ có người có công với cách mạng", en: "Member with merit to the revolution" }, counter: g + 2, slot: -1 },
          { key: "ethnicMinority", name: { vi: "Hộ dân tộc thiểu số", en: "Ethnic minority" }, counter: g, slot: -1 },
        ];
        break;
      case "support_received":
        title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo chính sách hỗ trợ đã nhận`, en: `${SEGMENT_NAME[segment].en} by support received` };
        groups = openGroups(2 * seg);
        break;
      case "ethnicity":
        title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo dân tộc`, en: `${SEGMENT_NAME[segment].en} by ethnicity` };
        groups = openGroups(2 * seg + 1);
        break;
      case "causes_of_poverty":
        title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo nguyên nhân nghèo`, en: `${SEGMENT_NAME[segment].en} by cause of poverty` };
        groups = CAUSES.map((c, i) => ({ key: c, name: { ...CAUSE_NAME[c] }, counter: g + 3 + i, slot: -1 }));
        break;
      case "child_deprivations":
        title = { vi: `Phân tích ${SEGMENT_NAME[segment].vi} theo thiếu hụt của trẻ em`, en: `${SEGMENT_NAME[segment].en} by children's deprivations` };
        groups = CHILD.map((c, i) => ({ key: c, name: { ...CHILD_NAME[c] }, counter: g + 11 + i, slot: -1 }));
        break;
      default:
        throw new PovertyError("invalid_input", "breakdownTable: unknown breakdown", { function: "breakdownTable" });
    }
    const columns: ReportColumn[] = [col("households", `Số ${SEGMENT_NAME[segment].vi}`, `Number of ${SEGMENT_NAME[segment].en}`, "count")];
    for (const x of groups) {
      columns.push(col(x.key, x.name.vi, x.name.en, "count"));
      columns.push(col(`${x.key}.rate`, `${x.name.vi} (%)`, `${x.name.en} (%)`, "rate"));
    }
    const households = SEGMENT_HOUSEHOLDS[segment];
    return table(
      options.breakdown,
      title,
      layout.id,
      columns,
      checked.rows,
      checked.total,
      (u) => {
        const c = TallyImpl.countsRead(u.t);
        const open = TallyImpl.openRead(u.t);
        const hh = c[households] as number;
        const cells: ReportCell[] = [num(hh)];
        for (const x of groups) {
          const v = x.counter >= 0 ? (c[x.counter] as number) : (open[x.slot]?.get(x.key) ?? 0);
          cells.push(num(v), rate(v, hh));
        }
        return cells;
      },
      { segment },
    );
  });
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
  return guardThrowing("poorByBasisTable", () => {
    const checked = checkedRows(rows, options?.total, "poorByBasisTable");
    const layout = checked.layout;
    switch (layout.classRule) {
      case "line_and_deprivations":
        throw new PovertyError("not_supported", `Standard ${layout.id} has one basis of poverty; the split by income and deprivation is 2016–2020 only`, { standard: layout.id });
      case "two_lines":
        break;
    }
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
      checked.rows,
      checked.total,
      (u) => {
        const c = TallyImpl.countsRead(u.t);
        const cells: ReportCell[] = [];
        for (const base of [0, PERSONS]) {
          const poor = c[base + C_POOR] as number;
          const inc = c[base + C_POOR_INCOME] as number;
          const dep = c[base + C_POOR_DEPRIVATION] as number;
          cells.push(num(poor), num(inc), rate(inc, poor), num(dep), rate(dep, poor));
        }
        return cells;
      },
    );
  });
}
