import * as z from "zod/mini";
import type { Issue } from "../errors/Issue.js";
import { guardThrowing, safeParseWith, unwrap } from "../_lib/issues.js";
import { resolveStandard } from "../standards/_resolveStandard.js";
import { toMovement } from "./_movement.js";
import { col, num, table } from "./_tables.js";
import type { MovementTally, ReportCell, ReportColumn, ReportTable } from "./types.js";

/**
 * A unit's movement counts as a table row source (dữ liệu một dòng biểu diễn biến).
 *
 * @example
 * ```ts
 * const r: UnitMovement = { code: "V-001", name: "Thôn 1", movement: emptyMovement() };
 * ```
 * @category Reports
 */
export interface UnitMovement {
  /** Unit code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** Its movement counts. */
  readonly movement: MovementTally;
}

/**
 * The movement tables, or why they cannot be drawn (kết quả lập biểu diễn biến).
 *
 * @remarks
 * `"unbalanced"` is a value, not a table: shared/spec/reports.md says a movement that does not balance is an
 * error. Each issue's path starts with the unit code.
 *
 * @example
 * ```ts
 * const o: MovementTablesOutcome = { kind: "unbalanced", issues: [] };
 * ```
 * @category Reports
 */
export type MovementTablesOutcome =
  | { readonly kind: "tables"; readonly poor: ReportTable; readonly nearPoor: ReportTable }
  | { readonly kind: "unbalanced"; readonly issues: readonly Issue[] };

const POOR_HEADERS: readonly (readonly [string, string])[] = [
  ["Số hộ nghèo đầu kỳ", "Poor at the start"],
  ["Giảm: thoát nghèo thành hộ cận nghèo", "Decrease: left poverty, became near-poor"],
  ["Giảm: thoát nghèo vượt chuẩn cận nghèo", "Decrease: left poverty above the near-poor line"],
  ["Giảm khác", "Other decreases"],
  ["Tăng: hộ cận nghèo thành hộ nghèo", "Increase: near-poor became poor"],
  ["Tăng: tái nghèo", "Increase: fell back into poverty"],
  ["Tăng: hộ nghèo phát sinh mới", "Increase: newly poor"],
  ["Tăng khác", "Other increases"],
  ["Số hộ nghèo cuối kỳ", "Poor at the end"],
];
const NEAR_POOR_HEADERS: readonly (readonly [string, string])[] = [
  ["Số hộ cận nghèo đầu kỳ", "Near-poor at the start"],
  ["Giảm: thoát cận nghèo", "Decrease: left near-poverty"],
  ["Giảm: trở thành hộ nghèo", "Decrease: became poor"],
  ["Giảm khác", "Other decreases"],
  ["Tăng: hộ nghèo thành hộ cận nghèo", "Increase: poor became near-poor"],
  ["Tăng: tái cận nghèo", "Increase: fell back into near-poverty"],
  ["Tăng: hộ cận nghèo phát sinh mới", "Increase: newly near-poor"],
  ["Tăng khác", "Other increases"],
  ["Số hộ cận nghèo cuối kỳ", "Near-poor at the end"],
];

function columns(headers: readonly (readonly [string, string])[]): ReportColumn[] {
  const out: ReportColumn[] = [];
  for (const [m, vi, en] of [
    ["households", "hộ", "households"],
    ["persons", "nhân khẩu", "persons"],
  ] as const) {
    headers.forEach(([hv, he], i) => out.push(col(`${m}.${i + 1}`, `(${i + 1}) ${hv} (${vi})`, `(${i + 1}) ${he} (${en})`, "count")));
  }
  return out;
}

/**
 * Builds the movement tables of poor and near-poor households (biểu diễn biến hộ nghèo, hộ cận nghèo), tables 2
 * and 3, or returns why they do not balance.
 *
 * @remarks
 * Columns 1–9 for households, then for persons (shared/spec/reports.md). Before drawing, every row and the total
 * are checked (shape and counts, then {@link checkMovementBalance}): 9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8, and table 2
 * col. 2 = table 3 col. 5, table 2 col. 5 = table 3 col. 3. If any fails the result is `"unbalanced"` with every issue, not a
 * table. Layout UNCERTAIN (official Mẫu 7.x columns NOT FOUND).
 *
 * @param rows - one per unit.
 * @param options - `standard`: the id of the standard of the current review (labels the tables); the total row.
 * @returns both tables, or the issues.
 * @throws {@link PovertyError} `"invalid_input"` when the rows are not unit rows or the standard is unknown.
 * @example
 * ```ts
 * const m = tallyMovements([{ unitCode: "V-001", previous: "poor", current: "near_poor", previousPersons: 4, currentPersons: 4 }]);
 * const o = movementTables([{ code: "V-001", name: "Thôn 1", movement: m.units["V-001"]! }], { standard: "2021-2025" });
 * o.kind; //=> "tables"
 * ```
 * @category Reports
 */
export function movementTables(rows: readonly UnitMovement[], options: { readonly standard: string; readonly total?: UnitMovement }): MovementTablesOutcome {
  return guardThrowing("movementTables", () => {
    const shape = unwrap(safeParseWith(movementRows, { rows, standard: options?.standard, total: options?.total }), "movementTables");
    const standard = unwrap(resolveStandard(shape.standard, ["standard"]), "movementTables").id;
    const all = shape.total === undefined ? shape.rows : [...shape.rows, shape.total];
    const issues: Issue[] = [];
    const checked: UnitMovement[] = [];
    for (const u of all) {
      const r = toMovement(u.movement, [u.code], true);
      if (!r.ok) issues.push(...r.issues);
      else checked.push({ code: u.code, name: u.name, movement: r.value });
    }
    if (issues.length > 0) return { kind: "unbalanced", issues };
    const body = checked.slice(0, shape.rows.length);
    const total = shape.total === undefined ? undefined : checked[checked.length - 1];
    const cells = (t: "poor" | "nearPoor") => (u: UnitMovement): ReportCell[] => [...u.movement[t].households.map(num), ...u.movement[t].persons.map(num)];
    const note = () => [{ vi: "Cột 9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 (đã kiểm tra).", en: "Column 9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 (checked)." }];
    return {
      kind: "tables",
      poor: table("poor_movement", { vi: "Diễn biến hộ nghèo", en: "Movement of poor households" }, standard, columns(POOR_HEADERS), body, total, cells("poor"), { notes: note() }),
      nearPoor: table("near_poor_movement", { vi: "Diễn biến hộ cận nghèo", en: "Movement of near-poor households" }, standard, columns(NEAR_POOR_HEADERS), body, total, cells("nearPoor"), { notes: note() }),
    };
  });
}

const movementRow = z.object({ code: z.string(), name: z.string(), movement: z.unknown() });
const movementRows = z.object({ rows: z.array(movementRow), standard: z.unknown(), total: z.optional(movementRow) });
