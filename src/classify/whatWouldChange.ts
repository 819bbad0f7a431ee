import type { JsonValue, LocalizedText } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import { render, type MessageParams, type MessageTemplate } from "../_lib/messages.js";
import type { ClassifyHouseholdInput } from "./classifyHousehold.js";
import { formAState, resolveHousehold, type ResolvedHousehold } from "./resolveHousehold.js";
import { FORM_A_NOT_REVIEWED } from "./scoreRule.js";

/**
 * One change that would move a household to another class (điều gì làm thay đổi kết quả phân loại).
 *
 * @example
 * ```ts
 * const c: ClassChangeCondition = {
 *   code: "b1_points_to_not_poor", params: { b1: 138, cutoff: 140, under: 2, more: 3 },
 *   message: { vi: "…", en: "B1 = 138: 2 points under the cut-off 140; 3 more points would make the household not poor (neither poor nor near-poor)." },
 * };
 * ```
 * @category Classification
 */
export interface ClassChangeCondition {
  /**
   * Stable code: `form_a_criteria_to_form_b`, `form_a_criteria_to_stop`, `b1_points_to_not_poor`,
   * `b1_points_to_cutoff`, `b1_points_out_of_income_poverty`, `b1_points_to_income_poverty`,
   * `deprivations_to_poor`, `deprivations_to_near_poor`.
   */
  readonly code: string;
  /** The numbers the message was built from. */
  readonly params: { readonly [key: string]: JsonValue };
  /** The message in Vietnamese and English. */
  readonly message: LocalizedText;
}

/**
 * What would change a household's class (tóm tắt điều kiện thay đổi kết quả): the distance of B1 to the cut-offs
 * and of the deprivation count to the poor threshold.
 *
 * @example
 * ```ts
 * const s: ClassChangeSummary = { changes: [] };
 * ```
 * @category Classification
 */
export interface ClassChangeSummary {
  /** The changes, in the order the rule applies them (Phiếu A, B1, B2). */
  readonly changes: readonly ClassChangeCondition[];
}

const pts = (n: number) => (n === 1 ? "point" : "points");
const n = (p: MessageParams, k: string) => Number(p[k]);

const T: { readonly [code: string]: MessageTemplate } = {
  form_a_criteria_to_form_b: {
    vi: (p) => `Phiếu A, cột E = ${n(p, "total")} (ngưỡng ${n(p, "stopAt")}): bớt ${n(p, "fewer")} tiêu chí thì hộ được chấm điểm Phiếu B.`,
    en: (p) => `Phiếu A, column E = ${n(p, "total")} (stop at ${n(p, "stopAt")}): ${n(p, "fewer")} fewer ${n(p, "fewer") === 1 ? "criterion" : "criteria"} would send the household on to Phiếu B.`,
  },
  form_a_criteria_to_stop: {
    vi: (p) => `Phiếu A, cột E = ${n(p, "total")} (ngưỡng ${n(p, "stopAt")}): thêm ${n(p, "more")} tiêu chí thì ngừng rà soát hộ.`,
    en: (p) => `Phiếu A, column E = ${n(p, "total")} (stop at ${n(p, "stopAt")}): ${n(p, "more")} more ${n(p, "more") === 1 ? "criterion" : "criteria"} would stop the household's review.`,
  },
  b1_points_to_not_poor: {
    vi: (p) => `B1 = ${n(p, "b1")}: ${n(p, "under") === 0 ? `bằng điểm cắt ${n(p, "cutoff")}` : `thấp hơn điểm cắt ${n(p, "cutoff")} là ${n(p, "under")} điểm`}; thêm ${n(p, "more")} điểm thì hộ không thuộc diện hộ nghèo, hộ cận nghèo.`,
    en: (p) =>
      `B1 = ${n(p, "b1")}: ${n(p, "under") === 0 ? `at the cut-off ${n(p, "cutoff")}` : `${n(p, "under")} ${pts(n(p, "under"))} under the cut-off ${n(p, "cutoff")}`}; ${n(p, "more")} more ${pts(n(p, "more"))} would make the household not poor (neither poor nor near-poor).`,
  },
  b1_points_to_cutoff: {
    vi: (p) => `B1 = ${n(p, "b1")}: cao hơn điểm cắt ${n(p, "cutoff")} là ${n(p, "over")} điểm; bớt ${n(p, "over")} điểm thì hộ thuộc diện nghèo hoặc cận nghèo (B2 quyết định).`,
    en: (p) => `B1 = ${n(p, "b1")}: ${n(p, "over")} ${pts(n(p, "over"))} above the cut-off ${n(p, "cutoff")}; ${n(p, "over")} fewer ${pts(n(p, "over"))} would bring it to the cut-off, where B2 decides between poor and near-poor.`,
  },
  b1_points_out_of_income_poverty: {
    vi: (p) => `B1 = ${n(p, "b1")}: ${n(p, "under") === 0 ? `bằng điểm cắt nghèo ${n(p, "poorByIncome")}` : `thấp hơn điểm cắt nghèo ${n(p, "poorByIncome")} là ${n(p, "under")} điểm`}; thêm ${n(p, "more")} điểm thì hộ không còn nghèo theo thu nhập (B2 quyết định nghèo hay cận nghèo).`,
    en: (p) =>
      `B1 = ${n(p, "b1")}: ${n(p, "under") === 0 ? `at the poverty cut-off ${n(p, "poorByIncome")}` : `${n(p, "under")} ${pts(n(p, "under"))} under the poverty cut-off ${n(p, "poorByIncome")}`}; ${n(p, "more")} more ${pts(n(p, "more"))} would take the household out of income poverty (then B2 decides between poor and near-poor).`,
  },
  b1_points_to_income_poverty: {
    vi: (p) => `B1 = ${n(p, "b1")}: cao hơn điểm cắt nghèo ${n(p, "poorByIncome")} là ${n(p, "over")} điểm; bớt ${n(p, "over")} điểm thì hộ là hộ nghèo theo thu nhập.`,
    en: (p) => `B1 = ${n(p, "b1")}: ${n(p, "over")} ${pts(n(p, "over"))} above the poverty cut-off ${n(p, "poorByIncome")}; ${n(p, "over")} fewer ${pts(n(p, "over"))} would make the household poor by income.`,
  },
  deprivations_to_poor: {
    vi: (p) => `B2 = ${n(p, "b2")} (${n(p, "count")} chỉ số thiếu hụt): thiếu hụt thêm ${n(p, "more")} chỉ số thì hộ là hộ nghèo.`,
    en: (p) => `B2 = ${n(p, "b2")} (${n(p, "count")} deprived): ${n(p, "more") === 1 ? "one more deprivation" : `${n(p, "more")} more deprivations`} would make the household poor.`,
  },
  deprivations_to_near_poor: {
    vi: (p) => `B2 = ${n(p, "b2")} (${n(p, "count")} chỉ số thiếu hụt): bớt ${n(p, "fewer")} chỉ số thiếu hụt thì hộ là hộ cận nghèo.`,
    en: (p) => `B2 = ${n(p, "b2")} (${n(p, "count")} deprived): removing ${n(p, "fewer")} ${n(p, "fewer") === 1 ? "deprivation" : "deprivations"} would make the household near-poor.`,
  },
};

function change(code: string, params: MessageParams): ClassChangeCondition {
  const t = T[code];
  return { code, params, message: t ? render(t, params) : { vi: code, en: code } };
}

/** Computes what would change the class of a resolved household. */
export function summarizeChange(r: ResolvedHousehold): ClassChangeSummary {
  const rule = r.rule;
  if (typeof rule === "string") return { changes: [] };
  const changes: ClassChangeCondition[] = [];
  const fa = formAState(r.formA);
  if (fa === FORM_A_NOT_REVIEWED) return { changes };
  if (fa >= 0 && Number.isFinite(rule.formAStop)) {
    if (fa >= rule.formAStop) {
      changes.push(change("form_a_criteria_to_form_b", { total: fa, stopAt: rule.formAStop, fewer: fa - rule.formAStop + 1 }));
      return { changes };
    }
    changes.push(change("form_a_criteria_to_stop", { total: fa, stopAt: rule.formAStop, more: rule.formAStop - fa }));
  }
  if (r.b1 === undefined || r.b1.kind === "missing") return { changes };
  const b1 = r.b1.total;
  if (b1 > rule.cutoff) {
    changes.push(change("b1_points_to_cutoff", { b1, cutoff: rule.cutoff, over: b1 - rule.cutoff }));
    return { changes };
  }
  changes.push(change("b1_points_to_not_poor", { b1, cutoff: rule.cutoff, under: rule.cutoff - b1, more: rule.cutoff - b1 + 1 }));
  if (Number.isFinite(rule.poorByIncome)) {
    if (b1 <= rule.poorByIncome) {
      changes.push(change("b1_points_out_of_income_poverty", { b1, poorByIncome: rule.poorByIncome, under: rule.poorByIncome - b1, more: rule.poorByIncome - b1 + 1 }));
      return { changes };
    }
    changes.push(change("b1_points_to_income_poverty", { b1, poorByIncome: rule.poorByIncome, over: b1 - rule.poorByIncome }));
  }
  if (r.b2 === undefined || r.b2.kind === "missing") return { changes };
  const count = r.b2.count;
  // the fewest deprivations whose points reach the poor threshold (30 points at 10 per indicator → 3)
  const needed = Math.ceil(rule.poorAtOrAbove / rule.pointsPerIndicator);
  if (count < needed) changes.push(change("deprivations_to_poor", { b2: r.b2.total, count, more: needed - count }));
  else changes.push(change("deprivations_to_near_poor", { b2: r.b2.total, count, fewer: count - needed + 1 }));
  return { changes };
}

/**
 * Tells what would change a household's class (điều gì làm thay đổi kết quả phân loại hộ), returning the issues
 * when the input is bad.
 *
 * @remarks
 * From the same inputs as {@link classifyHousehold}: for a household screened out by Phiếu A, how many fewer
 * criteria would send it to Phiếu B; for B1, the points to the area's cut-off (`scoring.b1`: 2022–2025 rural 140,
 * urban 175) — "B1 = 138: 2 points under the cut-off 140; 3 more points would make the household not poor" — and,
 * for 2016–2020, to the income-poverty cut-off; for B2, how many deprivations would move the household between
 * poor and near-poor (at 10 points each, 30 points = 3 deprivations; `scoring.b2`). Nothing is said about inputs
 * that were not given. The same summary is a step of {@link classifyHousehold}'s explanation.
 *
 * @param input - as for {@link classifyHousehold}.
 * @returns `{ ok: true, value: { changes } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeWhatWouldChange({ standard: "2021-2025", area: "rural", b1: 138, b2: 20 });
 * if (r.ok) r.value.changes.map((c) => c.code); //=> ["b1_points_to_not_poor", "deprivations_to_poor"]
 * ```
 * @category Classification
 */
export function safeWhatWouldChange(input: ClassifyHouseholdInput): SafeResult<ClassChangeSummary> {
  const r = resolveHousehold(input);
  if (!r.ok) return r;
  return { ok: true, value: summarizeChange(r.value) };
}

/**
 * Tells what would change a household's class (điều gì làm thay đổi kết quả phân loại hộ); throws on bad input.
 *
 * @remarks See {@link safeWhatWouldChange}.
 * @param input - as for {@link classifyHousehold}.
 * @returns the changes, with messages in Vietnamese and English.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * whatWouldChange({ standard: "2021-2025", area: "rural", b1: 138, b2: 30 }).changes[1]?.message.en;
 * //=> "B2 = 30 (3 deprived): removing 1 deprivation would make the household near-poor."
 * ```
 * @category Classification
 */
export function whatWouldChange(input: ClassifyHouseholdInput): ClassChangeSummary {
  return unwrap(safeWhatWouldChange(input), "whatWouldChange");
}
