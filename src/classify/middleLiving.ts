import * as z from "zod";
import type { Certainty, Citation } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { safeParseWith, unwrap } from "../_lib/issues.js";
import { standardRefSchema } from "../_lib/standardRef.js";
import { Tracer, step } from "../_lib/trace.js";
import { atOrBelow, lineMonths } from "../_lib/income.js";
import { str, type MessageParams } from "../_lib/messages.js";
import type { Area, PovertyStandard } from "../standards/types.js";
import { lineSource, standardStep, type Decision } from "./classifyByIncome.js";
import { income12Schema, incomeStep, lineStep, netIncome, type Income12Months } from "./_income12.js";
import { membersSchema } from "../_lib/schemas.js";

/**
 * The input of {@link classifyMiddleLiving} (xác định hộ có mức sống trung bình).
 *
 * @example
 * ```ts
 * const input: ClassifyMiddleLivingInput = {
 *   standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: ["agriculture"],
 *   income12Months: { total: 96_000_000, stateAllowances: 2_400_000 },
 * };
 * ```
 * @category Classification
 */
export interface ClassifyMiddleLivingInput {
  /** The standard: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** Rural or urban. */
  readonly area: Area;
  /** The number of household members (nhân khẩu). */
  readonly members: number;
  /** Income over the 12 months before the review; state allowances are excluded. */
  readonly income12Months: Income12Months;
  /** The sectors the household works in: agriculture, forestry, fishery, salt production; empty if none. */
  readonly agriculturalSectors: readonly ("agriculture" | "forestry" | "fishery" | "salt")[];
}

/**
 * Whether a household is middle-living (hộ có mức sống trung bình).
 *
 * @remarks
 * - `middle_living`: an agricultural, forestry, fishery or salt-producing household with income above the income
 *   line and at most the middle-living ceiling.
 * - `not_middle_living.reason`: `not_agricultural`, `income_at_or_below_line` (the household is in the poor /
 *   near-poor band), or `income_above_ceiling`.
 * - `rule_not_found`: the standard has no sourced middle-living band (2027–2030).
 *
 * @example
 * ```ts
 * const o: MiddleLivingOutcome = { kind: "not_middle_living", reason: "income_above_ceiling" };
 * ```
 * @category Classification
 */
export type MiddleLivingOutcome =
  | { readonly kind: "middle_living" }
  | { readonly kind: "not_middle_living"; readonly reason: "not_agricultural" | "income_at_or_below_line" | "income_above_ceiling" }
  | { readonly kind: "rule_not_found"; readonly reason: "middle_living_not_found" };

/** The income method's citation for a standard (from its data; a local standard carries its national one's). */
export function incomeMethod(standard: PovertyStandard): { readonly citation: Citation; readonly status: Certainty } {
  const m = standard.middleLivingIncomeMethod;
  return m
    ? { citation: m.citation, status: m.status }
    : { citation: { instrument: standard.instruments[0]?.id ?? standard.id, note: "12-month income method not found for this standard" }, status: "uncertain" };
}

const SECTORS = z.enum(["agriculture", "forestry", "fishery", "salt"]);
const schema = z
  .object({
    standard: standardRefSchema,
    area: z.enum(["rural", "urban"]),
    members: membersSchema,
    income12Months: income12Schema,
    agriculturalSectors: z.array(SECTORS).max(4),
  })
  .strict();

const M = {
  notFound: {
    vi: (p: MessageParams) => `Chuẩn ${str(p["standard"])} chưa có chuẩn hộ có mức sống trung bình được xác minh.`,
    en: (p: MessageParams) => `Standard ${str(p["standard"])} has no sourced middle-living band.`,
  },
  sector: {
    vi: (p: MessageParams) => (p["holds"] ? `Hộ làm ${str(p["sectorsVi"])}.` : "Hộ không làm nông nghiệp, lâm nghiệp, ngư nghiệp hoặc diêm nghiệp: không xét mức sống trung bình."),
    en: (p: MessageParams) => (p["holds"] ? `The household works in ${str(p["sectorsEn"])}.` : "The household does not work in agriculture, forestry, fishery or salt production: middle-living status does not apply."),
  },
  outcome: {
    vi: (p: MessageParams) =>
      ({ middle_living: "Kết luận: hộ có mức sống trung bình.", not_agricultural: "Kết luận: không xét hộ có mức sống trung bình (không làm nông, lâm, ngư, diêm nghiệp).", income_at_or_below_line: "Kết luận: không phải hộ có mức sống trung bình (thu nhập không vượt chuẩn thu nhập: thuộc diện xét nghèo, cận nghèo).", income_above_ceiling: "Kết luận: không phải hộ có mức sống trung bình (thu nhập vượt mức sống trung bình).", middle_living_not_found: "Không xác định được: chuẩn chưa có mức sống trung bình." })[str(p["key"])] ?? str(p["key"]),
    en: (p: MessageParams) =>
      ({ middle_living: "Outcome: middle-living household.", not_agricultural: "Outcome: middle-living status does not apply (not a farm, forestry, fishery or salt household).", income_at_or_below_line: "Outcome: not middle-living (income at or below the income line: the poor / near-poor review applies).", income_above_ceiling: "Outcome: not middle-living (income above the middle-living ceiling).", middle_living_not_found: "Cannot decide: the standard has no middle-living band." })[str(p["key"])] ?? str(p["key"]),
  },
};

const SECTOR_NAMES = {
  agriculture: { vi: "nông nghiệp", en: "agriculture" },
  forestry: { vi: "lâm nghiệp", en: "forestry" },
  fishery: { vi: "ngư nghiệp", en: "fishery" },
  salt: { vi: "diêm nghiệp", en: "salt production" },
} as const;

/**
 * Decides whether a household is middle-living (xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp
 * có mức sống trung bình), returning the issues when the input is bad.
 *
 * @remarks
 * 2021–2025 (Decree 07/2021/NĐ-CP Art. 3; method: Decision 24/2021/QĐ-TTg Art. 2): a household working in
 * agriculture, forestry, fishery or salt production whose income over the 12 months before the review, state
 * allowances excluded, is above the area's income line and at most the middle-living ceiling (`middleLiving` in
 * the standard's data: rural 2,250,000, urban 3,000,000 per person per month). 2016–2020 (seed 002, Circular
 * 02/2016/TT-BLĐTBXH): above the near-poverty line up to 1,500,000 / 1,950,000 (seed status; the 12-month method
 * is assumed the same and marked uncertain). Bounds: "above … up to …", the ceiling inclusive. The comparison is
 * exact in integers over 12 months: `line × 12 × members < net ≤ ceiling × 12 × members`; nothing is divided.
 * The explanation shows the exclusion of state allowances. 2027–2030: not found → `rule_not_found`.
 *
 * @param input - standard, area, members, 12-month income, sectors.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeClassifyMiddleLiving({ standard: "2021-2025", area: "rural", members: 0, income12Months: { totalExcludingAllowances: 1 }, agriculturalSectors: [] }).ok;
 * //=> false (members must be at least 1)
 * ```
 * @category Classification
 */
export function safeClassifyMiddleLiving(input: ClassifyMiddleLivingInput): SafeResult<Decision<MiddleLivingOutcome>> {
  const parsed = safeParseWith(schema, input);
  if (!parsed.ok) return parsed;
  const standard = parsed.value.standard;
  const v = parsed.value;
  const t = new Tracer();
  t.add(standardStep(standard));
  const finish = (outcome: MiddleLivingOutcome, key: string, citations: readonly Citation[]) => {
    const final = t.add(step({ rule: "outcome", code: key, template: M.outcome, params: { key }, result: outcome.kind, citations }));
    return { ok: true as const, value: { outcome, explanation: t.finish("classify_middle_living", standard.id, final.message) } };
  };
  const band = standard.middleLiving;
  if (!band) {
    t.add(step({ rule: "middle_living.rule", code: "middle_living_not_found", template: M.notFound, params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
    return finish({ kind: "rule_not_found", reason: "middle_living_not_found" }, "middle_living_not_found", []);
  }
  const method = incomeMethod(standard);
  const sectors = [...new Set(v.agriculturalSectors)];
  const agricultural = sectors.length > 0;
  t.add(
    step({
      rule: "middle_living.sector",
      code: agricultural ? "agricultural_household" : "not_agricultural_household",
      template: M.sector,
      params: { holds: agricultural, sectorsVi: sectors.map((s) => SECTOR_NAMES[s].vi).join(", "), sectorsEn: sectors.map((s) => SECTOR_NAMES[s].en).join(", ") },
      actual: sectors,
      result: agricultural,
      citations: [method.citation],
      status: method.status,
    }),
  );
  if (!agricultural) return finish({ kind: "not_middle_living", reason: "not_agricultural" }, "not_agricultural", [method.citation]);
  t.add(incomeStep(v.income12Months, v.members, method.citation, method.status));
  const income = netIncome(v.income12Months, v.members);
  const lines = standard.incomeLines[v.area];
  const line = t.read(standard, `incomeLines.${v.area}.incomeLine`, lines.incomeLine, lineSource(standard, v.area, "incomeLine"));
  const months = lineMonths(lines);
  const atLine = atOrBelow(income, line, months);
  t.add(lineStep("middle_living.above_income_line", atLine ? "income_at_or_below_line" : "income_above_line", income, line, months, atLine, lines.incomeLine.label ?? { vi: "chuẩn thu nhập", en: "income line" }, lines.incomeLine.citation, lines.incomeLine.status));
  if (atLine) return finish({ kind: "not_middle_living", reason: "income_at_or_below_line" }, "income_at_or_below_line", [lines.incomeLine.citation]);
  const ceilingValue = band[v.area];
  const ceiling = t.read(standard, `middleLiving.${v.area}`, ceilingValue);
  const withinCeiling = atOrBelow(income, ceiling, 1);
  t.add(lineStep("middle_living.at_or_below_ceiling", withinCeiling ? "income_at_or_below_middle_living" : "income_above_middle_living", income, ceiling, 1, withinCeiling, ceilingValue.label ?? { vi: "mức sống trung bình", en: "middle-living ceiling" }, ceilingValue.citation, ceilingValue.status));
  return withinCeiling
    ? finish({ kind: "middle_living" }, "middle_living", [ceilingValue.citation, method.citation])
    : finish({ kind: "not_middle_living", reason: "income_above_ceiling" }, "income_above_ceiling", [ceilingValue.citation]);
}

/**
 * Decides whether a household is middle-living (xác định hộ có mức sống trung bình); throws on bad input.
 *
 * @remarks See {@link safeClassifyMiddleLiving} for the rule, the bounds and the exact comparison.
 * @param input - standard, area, members, 12-month income, sectors.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * // 2021–2025 rural, 4 members: 1,500,000 × 12 × 4 = 72,000,000 < 80,000,000 ≤ 2,250,000 × 12 × 4 = 108,000,000
 * classifyMiddleLiving({ standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: ["fishery"], income12Months: { total: 84_000_000, stateAllowances: 4_000_000 } }).outcome;
 * //=> { kind: "middle_living" }
 * ```
 * @category Classification
 */
export function classifyMiddleLiving(input: ClassifyMiddleLivingInput): Decision<MiddleLivingOutcome> {
  return unwrap(safeClassifyMiddleLiving(input), "classifyMiddleLiving");
}
