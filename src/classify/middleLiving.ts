import * as z from "zod/mini";
import type { Certainty, Citation, LegalValue } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { Tracer } from "../explain/_trace.js";
import type { Decision, RuleNotFound } from "../explain/types.js";
import type { Area, PovertyStandard } from "../standards/types.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import { standardStep } from "../standards/_standardStep.js";
import { atOrBelow, lineMonths, type IncomeQuantity } from "./_income.js";
import { income12Schema, incomeStep, lineStep, netIncome, type Income12, type Income12Months } from "./_income12.js";
import { lineSource } from "./_lineSource.js";
import { membersSchema } from "./_schemas.js";
import { termText, twelveMonthStep } from "./_messages.js";

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
  | RuleNotFound<"middle_living_not_found">;

/** The income method's citation for a standard (from its data; a local standard carries its national one's). */
export function incomeMethod(standard: PovertyStandard): { readonly citation: Citation; readonly status: Certainty } {
  const m = standard.middleLivingIncomeMethod;
  return m
    ? { citation: m.citation, status: m.status }
    : { citation: { instrument: standard.instruments[0]?.id ?? standard.id, note: "12-month income method not found for this standard" }, status: "uncertain" };
}

const SECTORS = z.enum(["agriculture", "forestry", "fishery", "salt"]);
const schema = z.strictObject({
  standard: standardRefSchema,
  area: z.enum(["rural", "urban"]),
  members: membersSchema,
  income12Months: income12Schema,
  agriculturalSectors: z.array(SECTORS).check(z.maxLength(4)),
});


type Sector = "agriculture" | "forestry" | "fishery" | "salt";

/** What the middle-living rule reports as it runs. */
interface MiddleLivingProbe {
  sector(sectors: readonly Sector[], agricultural: boolean): void;
  income(): void;
  line(line: LegalValue<number>, months: number, atOrBelowLine: boolean): void;
  ceiling(ceiling: LegalValue<number>, withinCeiling: boolean): void;
}

const OUTCOMES = {
  middleLiving: Object.freeze({ kind: "middle_living" }),
  notAgricultural: Object.freeze({ kind: "not_middle_living", reason: "not_agricultural" }),
  atOrBelowLine: Object.freeze({ kind: "not_middle_living", reason: "income_at_or_below_line" }),
  aboveCeiling: Object.freeze({ kind: "not_middle_living", reason: "income_above_ceiling" }),
} as const satisfies { readonly [k: string]: MiddleLivingOutcome };

/**
 * The middle-living rule: an agricultural, forestry, fishery or salt household whose 12-month income, state
 * allowances excluded, is above the area's income line and at most the ceiling ("trên … đến …").
 */
function evaluateMiddleLiving(
  band: NonNullable<PovertyStandard["middleLiving"]>,
  standard: PovertyStandard,
  area: Area,
  sectors: readonly Sector[],
  income: IncomeQuantity,
  p: MiddleLivingProbe,
): MiddleLivingOutcome {
  const agricultural = sectors.length > 0;
  p.sector(sectors, agricultural);
  if (!agricultural) return OUTCOMES.notAgricultural;
  p.income();
  const lines = standard.incomeLines[area];
  const months = lineMonths(lines);
  const atLine = atOrBelow(income, lines.incomeLine.value, months);
  p.line(lines.incomeLine, months, atLine);
  if (atLine) return OUTCOMES.atOrBelowLine;
  const ceiling = band[area];
  const within = atOrBelow(income, ceiling.value, 1);
  p.ceiling(ceiling, within);
  return within ? OUTCOMES.middleLiving : OUTCOMES.aboveCeiling;
}

/** Builds the explanation as the middle-living rule runs. */
class MiddleLivingTracer implements MiddleLivingProbe {
  readonly outcomeCitations: Citation[] = [];
  constructor(
    private readonly t: Tracer,
    private readonly standard: PovertyStandard,
    private readonly area: Area,
    private readonly v: { readonly members: number; readonly income12Months: Income12 },
    private readonly method: { readonly citation: Citation; readonly status: Certainty },
  ) {}
  sector(sectors: readonly Sector[], holds: boolean): void {
    this.t.add(
      twelveMonthStep({
        rule: "middle_living.sector",
        code: holds ? "agricultural_household" : "not_agricultural_household",
        params: { holds, sectorsVi: sectors.map((s) => termText("sector_name", { sector: s }).vi).join(", "), sectorsEn: sectors.map((s) => termText("sector_name", { sector: s }).en).join(", ") },
        actual: [...sectors],
        result: holds,
        citations: [this.method.citation],
        status: this.method.status,
      }),
    );
    if (!holds) this.outcomeCitations.push(this.method.citation);
  }
  income(): void {
    this.t.add(incomeStep(this.v.income12Months, this.v.members, this.method.citation, this.method.status));
  }
  line(lv: LegalValue<number>, months: number, holds: boolean): void {
    this.t.read(this.standard, `incomeLines.${this.area}.incomeLine`, lv, lineSource(this.standard, this.area, "incomeLine"));
    const income = netIncome(this.v.income12Months, this.v.members);
    this.t.add(lineStep("middle_living.above_income_line", holds ? "middle_living_income_at_or_below_line" : "middle_living_income_above_line", income, lv, months, holds, { vi: "chuẩn thu nhập", en: "income line" }));
    if (holds) this.outcomeCitations.push(lv.citation);
  }
  ceiling(lv: LegalValue<number>, holds: boolean): void {
    this.t.read(this.standard, `middleLiving.${this.area}`, lv);
    const income = netIncome(this.v.income12Months, this.v.members);
    this.t.add(lineStep("middle_living.at_or_below_ceiling", holds ? "income_at_or_below_middle_living" : "income_above_middle_living", income, lv, 1, holds, { vi: "mức sống trung bình", en: "middle-living ceiling" }));
    this.outcomeCitations.push(lv.citation);
    if (holds) this.outcomeCitations.push(this.method.citation);
  }
}

const OUTCOME_CODE = {
  middle_living: "middle_living_outcome_middle_living",
  not_agricultural: "middle_living_outcome_not_agricultural",
  income_at_or_below_line: "middle_living_outcome_income_at_or_below_line",
  income_above_ceiling: "middle_living_outcome_income_above_ceiling",
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
  return guardSafe(() => {
    const parsed = safeParseWith(schema, input);
    if (!parsed.ok) return parsed;
    const v = parsed.value;
    const standard = v.standard;
    const t = new Tracer();
    t.add(standardStep(standard));
    const band = standard.middleLiving;
    if (!band) {
      t.add(twelveMonthStep({ rule: "middle_living.rule", code: "middle_living_not_found", params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
      const final = t.add(twelveMonthStep({ rule: "outcome", code: "middle_living_outcome_rule_not_found", params: { key: "middle_living_not_found" }, result: "rule_not_found", citations: [] }));
      return { ok: true, value: { outcome: { kind: "rule_not_found", reason: "middle_living_not_found", standard: standard.id }, explanation: t.finish("classify_middle_living", standard.id, final.message) } };
    }
    const tracer = new MiddleLivingTracer(t, standard, v.area, v, incomeMethod(standard));
    const sectors = [...new Set(v.agriculturalSectors)];
    const outcome = evaluateMiddleLiving(band, standard, v.area, sectors, netIncome(v.income12Months, v.members), tracer);
    const key = outcome.kind === "middle_living" ? "middle_living" : outcome.kind === "not_middle_living" ? outcome.reason : "middle_living";
    const code = OUTCOME_CODE[key];
    const final = t.add(twelveMonthStep({ rule: "outcome", code, params: { key } as never, result: outcome.kind, citations: tracer.outcomeCitations }));
    return { ok: true, value: { outcome, explanation: t.finish("classify_middle_living", standard.id, final.message) } };
  });
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
