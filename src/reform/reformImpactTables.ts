import type { Citation, Locale } from "../types.js";
import { PovertyError } from "../errors/PovertyError.js";
import type { Issue } from "../errors/Issue.js";
import { guardThrowing, prefixIssues } from "../_lib/issues.js";
import type { ReformColumnKey } from "../messages/codes/reform.js";
import { nationalById } from "../standards/_national.js";
import type { ReportCell, ReportColumn, ReportRow, ReportTable } from "../report/types.js";
import { safeReformImpactFromJson } from "./mergeReformImpacts.js";
import { REFORM_CLASSES, type ReformClassKey, type ReformImpact, type TransitionCells } from "./types.js";
import { issue, termText } from "./_messages.js";

/**
 * A unit's row source for {@link reformImpactTable} (dữ liệu một dòng): its code, name and impact.
 *
 * @example
 * ```ts
 * const r: UnitReformImpact = { code: "T-01", name: "Thôn 1", impact };
 * ```
 * @category Reform impact
 */
export interface UnitReformImpact {
  /** Unit code. */
  readonly code: string;
  /** Unit name, as printed. */
  readonly name: string;
  /** Its impact (checked as JSON is). */
  readonly impact: ReformImpact;
}

const COLUMNS: readonly ReformColumnKey[] = [
  "unit",
  "households",
  "poor_from",
  "poor_to",
  "near_poor_from",
  "near_poor_to",
  "into_lists",
  "out_of_lists",
  "between_lists",
  "undetermined_from",
  "undetermined_to",
  "persons_poor_from",
  "persons_poor_to",
];

const sumFrom = (c: TransitionCells, f: ReformClassKey): number => REFORM_CLASSES.reduce((n, t) => n + c[f][t], 0);
const sumTo = (c: TransitionCells, t: ReformClassKey): number => REFORM_CLASSES.reduce((n, f) => n + c[f][t], 0);
const num = (value: number): ReportCell => ({ kind: "count", value });

function cellsOf(u: UnitReformImpact): ReportCell[] {
  const h = u.impact.households;
  const p = u.impact.persons;
  const total = REFORM_CLASSES.reduce((n, f) => n + sumFrom(h, f), 0);
  return [
    { kind: "text", value: u.name },
    num(total),
    num(sumFrom(h, "poor")),
    num(sumTo(h, "poor")),
    num(sumFrom(h, "near_poor")),
    num(sumTo(h, "near_poor")),
    num(h.not_poor.poor + h.not_poor.near_poor),
    num(h.poor.not_poor + h.near_poor.not_poor),
    num(h.poor.near_poor + h.near_poor.poor),
    num(sumFrom(h, "undetermined")),
    num(sumTo(h, "undetermined")),
    num(sumFrom(p, "poor")),
    num(sumTo(p, "poor")),
  ];
}

/** The citations of the two standards (their defining instruments), where the library knows them. */
function citationsOf(i: ReformImpact): Citation[] {
  const out: Citation[] = [];
  for (const id of [i.from, i.to]) {
    const s = nationalById(id);
    if (s?.instruments[0]) out.push({ instrument: s.instruments[0].id });
  }
  return out;
}

function notesOf(i: ReformImpact): ReportTable["notes"] {
  const notes = [termText("reform_note_same_households", { from: i.from, to: i.to }), termText("reform_note_undetermined", { to: i.to })];
  if (i.from === "2027-2030" || i.to === "2027-2030" || nationalById(i.to) === undefined) notes.push(termText("reform_note_uncertain", {}));
  return notes;
}

function check(units: readonly UnitReformImpact[], what: string): ReformImpact {
  const issues: Issue[] = [];
  if (!Array.isArray(units) || units.length === 0) {
    throw new PovertyError("invalid_input", `${what}: no rows`, {}, [issue("too_small", ["rows"], { origin: "array", minimum: 1, inclusive: true, received: Array.isArray(units) ? "array" : typeof units })]);
  }
  let pair: string | undefined;
  for (let i = 0; i < units.length; i++) {
    const u: unknown = units[i];
    const code = typeof u === "object" && u !== null ? (u as { code?: unknown }).code : undefined;
    const name = typeof u === "object" && u !== null ? (u as { name?: unknown }).name : undefined;
    if (typeof code !== "string" || typeof name !== "string") {
      issues.push(issue("invalid_type", ["rows", i], { expected: "object", received: typeof u === "object" ? "object" : String(typeof u) }));
      continue;
    }
    const r = safeReformImpactFromJson((u as UnitReformImpact).impact);
    if (!r.ok) issues.push(...prefixIssues(r.issues, ["rows", i, "impact"]));
    else {
      const p = `${r.value.from} → ${r.value.to}`;
      pair ??= p;
      if (p !== pair) issues.push(issue("reform_standards_differ", ["rows", i, "impact"], { expected: pair, received: p }));
    }
  }
  if (issues.length > 0) throw new PovertyError("invalid_input", `${what}: bad rows`, {}, issues);
  return (units[0] as UnitReformImpact).impact;
}

/**
 * Builds the reform impact table, one row per unit (biểu tác động khi chuyển chuẩn nghèo, theo đơn vị): households;
 * poor and near-poor under each standard; households entering, leaving and moving between the lists; undetermined
 * under each; persons in poor households under each.
 *
 * @remarks
 * Render it with `renderText` or `renderCsv` like any report table. It is the library's own table (no official
 * form exists), so `status` is `"uncertain"`; the notes say it is an estimate on the same data, and that the
 * 2027–2030 indicators are uncertain.
 *
 * @param rows - one per unit (villages of a commune, say).
 * @param options - `total`: the parent unit's own merged impact, printed as the total row.
 * @returns the table.
 * @throws {@link PovertyError} `"invalid_input"` when there are no rows, an impact is bad, or the pairs of standards differ.
 * @example
 * ```ts
 * reformImpactTable([{ code: "T-01", name: "Thôn 1", impact }]).columns[6]?.header.vi; //=> "Hộ mới vào danh sách nghèo, cận nghèo"
 * ```
 * @category Reform impact
 */
export function reformImpactTable(rows: readonly UnitReformImpact[], options: { readonly total?: UnitReformImpact } = {}): ReportTable {
  return guardThrowing("reformImpactTable", () => unitsTable(rows, options));
}

function unitsTable(rows: readonly UnitReformImpact[], options: { readonly total?: UnitReformImpact }): ReportTable {
  const total = typeof options === "object" && options !== null ? options.total : undefined;
  const first = check(total !== undefined && Array.isArray(rows) ? [...rows, total] : rows, "reformImpactTable");
  const columns: ReportColumn[] = COLUMNS.map((c) => ({ key: c, header: termText("reform_column", { column: c, from: first.from, to: first.to }), kind: c === "unit" ? "text" : "count" }));
  const body: ReportRow[] = rows.map((u) => ({ unitCode: u.code, cells: cellsOf(u) }));
  return {
    id: "reform_impact",
    title: termText("reform_units_title", { from: first.from, to: first.to }),
    standard: first.to,
    columns,
    rows: body,
    ...(total ? { total: { unitCode: total.code, cells: cellsOf(total) } } : {}),
    status: "uncertain",
    citations: citationsOf(first),
    notes: notesOf(first),
  };
}

/**
 * Builds the transition matrix of one unit (ma trận chuyển đổi phân loại): one row per class under the earlier
 * standard, one column per class under the later one, with totals; households or persons.
 *
 * @param impact - the unit's impact (or a merged one).
 * @param options - `measure`: `"households"` (default) or `"persons"`; `locale` of the row labels (the class names in
 *   the first column), `"vi"` (default) or `"en"`: render the table in the same locale.
 * @returns the table; row `unitCode`s are the class keys (`"poor"`, …), the total row's is `"total"`.
 * @throws {@link PovertyError} `"invalid_input"` when the impact is bad.
 * @example
 * ```ts
 * reformMatrixTable(impact).rows.map((r) => r.unitCode); //=> ["poor", "near_poor", "not_poor", "undetermined"]
 * ```
 * @category Reform impact
 */
export function reformMatrixTable(impact: ReformImpact, options: { readonly measure?: "households" | "persons"; readonly locale?: Locale } = {}): ReportTable {
  return guardThrowing("reformMatrixTable", () => matrixTable(impact, options));
}

function matrixTable(impact: ReformImpact, options: { readonly measure?: "households" | "persons"; readonly locale?: Locale }): ReportTable {
  const r = safeReformImpactFromJson(impact);
  if (!r.ok) throw new PovertyError("invalid_input", "reformMatrixTable: bad impact", {}, prefixIssues(r.issues, ["impact"]));
  const opts: unknown = options;
  const measure = typeof opts === "object" && opts !== null && (opts as { measure?: unknown }).measure === "persons" ? "persons" : "households";
  const locale = typeof opts === "object" && opts !== null && (opts as { locale?: unknown }).locale === "en" ? "en" : "vi";
  const c = measure === "households" ? impact.households : impact.persons;
  const columns: ReportColumn[] = [
    { key: "class", header: termText("reform_matrix_corner", { from: impact.from, to: impact.to }), kind: "text" },
    ...REFORM_CLASSES.map((t): ReportColumn => ({ key: t, header: termText("reform_class", { kind: t }), kind: "count" })),
    { key: "total", header: termText("reform_total", {}), kind: "count" },
  ];
  const rows: ReportRow[] = REFORM_CLASSES.map((f) => ({
    unitCode: f,
    cells: [{ kind: "text", value: termText("reform_class", { kind: f })[locale] }, ...REFORM_CLASSES.map((t) => num(c[f][t])), num(sumFrom(c, f))],
  }));
  const grand = REFORM_CLASSES.reduce((n, f) => n + sumFrom(c, f), 0);
  return {
    id: "reform_matrix",
    title: termText("reform_matrix_title", { from: impact.from, to: impact.to, measure }),
    standard: impact.to,
    columns,
    rows,
    total: { unitCode: "total", cells: [{ kind: "text", value: termText("reform_total", {})[locale] }, ...REFORM_CLASSES.map((t) => num(sumTo(c, t))), num(grand)] },
    status: "uncertain",
    citations: citationsOf(impact),
    notes: notesOf(impact),
  };
}
