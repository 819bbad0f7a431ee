import * as z from "zod/mini";
import type { Area, Certainty, LegalValue } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { deepFreeze } from "../_lib/freeze.js";
import { Tracer, recordOfRead, weakest } from "../explain/_trace.js";
import type { Decision, ExplanationStep, ValueRead } from "../explain/types.js";
import { Memo } from "../_lib/memo.js";
import type { IncomeFactParams, IncomeLineParams } from "../messages/codes.js";
import type { PovertyStandard } from "../standards/types.js";
import { lookupStandard, standardRefSchema } from "../standards/_resolveStandard.js";
import { standardStep } from "../standards/_standardStep.js";
import { indicatorKeySet } from "../standards/_indicatorKeys.js";
import { indicatorNames } from "../standards/_indicatorNames.js";
import { checkDeprivations, checkUnknownIndicators } from "../forms/_b2.js";
import type { IncomeQuantity } from "./_income.js";
import { membersSchema, moneySchema, readIncome, type IncomeReading } from "./_schemas.js";
import { evaluateIncome, incomeRule, type IncomeProbe } from "./_incomeRule.js";
import { lineSource } from "./_lineSource.js";
import type { PovertyClassOutcome } from "./types.js";
import { addIssue, incomeStep, incomeStepMessageFns } from "./_messages.js";

/**
 * A household's income (thu nhập của hộ), in whole đồng: per person per month, or the household's total for a
 * month or for 12 months with its number of members.
 *
 * @example
 * ```ts
 * const a: IncomeInput = { perCapitaMonthly: 1_400_000 };
 * const b: IncomeInput = { monthlyTotal: 5_600_000, members: 4 };
 * const c: IncomeInput = { annualTotal: 67_200_000, members: 4 };
 * ```
 * @category Classification
 */
export type IncomeInput =
  | { readonly perCapitaMonthly: number }
  | { readonly monthlyTotal: number; readonly members: number }
  | { readonly annualTotal: number; readonly members: number };

/**
 * The input of {@link classifyByIncome} (phân loại hộ theo thu nhập và mức độ thiếu hụt).
 *
 * @example
 * ```ts
 * const input: ClassifyByIncomeInput = {
 *   standard: "2021-2025", area: "rural",
 *   income: { monthlyTotal: 5_600_000, members: 4 },
 *   deprivations: ["healthInsurance", "sanitation", "housingArea"],
 * };
 * ```
 * @category Classification
 */
export interface ClassifyByIncomeInput {
  /** The standard: an id (`"2021-2025"`) or a standard object (national, or local from {@link layerLocalStandard}). */
  readonly standard: string | PovertyStandard;
  /** Rural (nông thôn) or urban (thành thị / đô thị). */
  readonly area: Area;
  /** The household's income. */
  readonly income: IncomeInput;
  /** The deprived indicators, by key of the standard. Give this or `deprivationCount`. */
  readonly deprivations?: readonly string[];
  /** The number of deprived indicators. Give this or `deprivations`. */
  readonly deprivationCount?: number;
  /**
   * Indicators whose answer was not collected (with `deprivations`: those listed are deprived, these unknown, the
   * rest not deprived). They are never guessed: when they could decide between poor and near-poor, the outcome is
   * `undetermined` with `missing: ["deprivations.<key>", …]`.
   */
  readonly unknownIndicators?: readonly string[];
}

const incomeSchema = z
  .strictObject({ perCapitaMonthly: z.optional(moneySchema), monthlyTotal: z.optional(moneySchema), annualTotal: z.optional(moneySchema), members: z.optional(membersSchema) })
  .check(
    z.superRefine((v, ctx) => {
      const given = (v.perCapitaMonthly !== undefined ? 1 : 0) + (v.monthlyTotal !== undefined ? 1 : 0) + (v.annualTotal !== undefined ? 1 : 0);
      if (given !== 1) addIssue(ctx, "invalid_income", [], {});
      else if (v.perCapitaMonthly !== undefined && v.members !== undefined) addIssue(ctx, "members_not_allowed", ["members"], {});
      else if (v.perCapitaMonthly === undefined && v.members === undefined) addIssue(ctx, "members_required", ["members"], {});
    }),
  );

/** The schema of {@link ClassifyByIncomeInput} (before the deprivations are checked against the standard). */
export const classifyByIncomeSchema = z.strictObject({
  standard: standardRefSchema,
  area: z.enum(["rural", "urban"]),
  income: incomeSchema,
  deprivations: z.optional(z.array(z.string()).check(z.maxLength(100))),
  deprivationCount: z.optional(z.int().check(z.nonnegative())),
  unknownIndicators: z.optional(z.array(z.string()).check(z.maxLength(100))),
});

/** A validated, resolved classifyByIncome input. */
export interface ResolvedIncomeInput {
  readonly standard: PovertyStandard;
  readonly area: Area;
  readonly income: IncomeQuantity;
  readonly perCapita: boolean;
  readonly deprivationKeys: readonly string[] | undefined;
  readonly deprivationCount: number | undefined;
  readonly unknownKeys?: readonly string[] | undefined;
}

function quantity(i: { readonly perCapitaMonthly?: number | undefined; readonly monthlyTotal?: number | undefined; readonly annualTotal?: number | undefined; readonly members?: number | undefined }): IncomeQuantity {
  if (i.perCapitaMonthly !== undefined) return { amount: i.perCapitaMonthly, months: 1, persons: 1 };
  if (i.monthlyTotal !== undefined) return { amount: i.monthlyTotal, months: 1, persons: i.members ?? 1 };
  return { amount: i.annualTotal ?? 0, months: 12, persons: i.members ?? 1 };
}

/** Validates with the schema, then the deprivations against the standard (the path that reports issues). */
function resolveFull(input: unknown): SafeResult<ResolvedIncomeInput> {
  const shape = safeParseWith(classifyByIncomeSchema, input);
  if (!shape.ok) return shape;
  const v = shape.value;
  const dep = checkDeprivations(v.standard, v.deprivations, v.deprivationCount, []);
  if (!dep.ok) return dep;
  let unknownKeys: readonly string[] | undefined;
  if (v.unknownIndicators !== undefined) {
    const u = checkUnknownIndicators(v.standard, v.deprivations, v.unknownIndicators, ["unknownIndicators"]);
    if (!u.ok) return u;
    unknownKeys = u.value;
  }
  return {
    ok: true,
    value: {
      standard: v.standard,
      area: v.area,
      income: quantity(v.income),
      perCapita: v.income.perCapitaMonthly !== undefined,
      deprivationKeys: dep.value.keys,
      deprivationCount: dep.value.count,
      // an empty list of unknown indicators decides nothing (the rule looks at them only when there are some)
      unknownKeys,
    },
  };
}

const INPUT_KEYS = new Set(["standard", "area", "income", "deprivations", "deprivationCount", "unknownIndicators"]);

function isPlainRecord(v: unknown): v is { readonly [k: string]: unknown } {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The fast twin of {@link resolveFull} for ordinary valid inputs: returns the same resolution, or undefined when
 * the input is anything else (then the full path decides and reports the issues). A property test proves that
 * whenever this returns a value, the full path returns the same one.
 */
export function resolveFast(input: unknown): ResolvedIncomeInput | undefined {
  if (!isPlainRecord(input)) return undefined;
  for (const k of Object.keys(input)) if (!INPUT_KEYS.has(k)) return undefined;
  const standard = lookupStandard(input["standard"]);
  if (standard === undefined) return undefined;
  const area = input["area"];
  if (area !== "rural" && area !== "urban") return undefined;
  const read: IncomeReading = { amount: 0, months: 1, persons: 1, perCapita: false };
  if (!readIncome(input["income"], read)) return undefined;
  if (input["unknownIndicators"] !== undefined) return undefined; // the full path checks them
  const list = input["deprivations"];
  const count = input["deprivationCount"];
  let keys: string[] | undefined;
  let n: number | undefined;
  if (list !== undefined) {
    if (count !== undefined || !Array.isArray(list) || list.length > 100) return undefined;
    const known = indicatorKeySet(standard);
    keys = [];
    for (let i = 0; i < list.length; i++) {
      const k: unknown = list[i];
      if (typeof k !== "string" || !known.has(k) || keys.includes(k)) return undefined;
      keys.push(k);
    }
    n = keys.length;
  } else if (count !== undefined) {
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0 || count > standard.indicators.length) return undefined;
    n = count;
  }
  return {
    standard,
    area,
    income: { amount: read.amount, months: read.months, persons: read.persons },
    perCapita: read.perCapita,
    deprivationKeys: keys,
    deprivationCount: n,
  };
}

/** Resolves an input: the fast path for ordinary valid inputs, the schema for everything else. */
export function resolveIncomeInput(input: unknown): SafeResult<ResolvedIncomeInput> {
  let fast: ResolvedIncomeInput | undefined;
  // Stryker disable all: equivalent — the fast path: an input it declines, or every input if it is skipped, goes through the full validation, which gives the same resolution (fastPaths.test.ts and the property test prove the two agree)
  try {
    fast = resolveFast(input);
  } catch {
    fast = undefined; // a getter that throws, a revoked Proxy: the full path reports it
  }
  return fast !== undefined ? { ok: true, value: fast } : resolveFull(input);
}

// Stryker restore all
/** Steps that depend only on the standard and area (and the outcome): built once, shared, frozen. */
interface SharedSteps {
  readonly outcomes: Map<string, ExplanationStep>;
  deprivationsMissing?: ExplanationStep;
  nearPoorUncertain?: ExplanationStep;
}

const SHARED = new WeakMap<PovertyStandard, { rural: SharedSteps; urban: SharedSteps }>();

function shared(standard: PovertyStandard, area: Area): SharedSteps {
  let s = SHARED.get(standard);
  if (s === undefined) {
    s = { rural: { outcomes: new Map() }, urban: { outcomes: new Map() } };
    SHARED.set(standard, s);
  }
  return s[area];
}

/** The outcome's code in the message tables. */
function outcomeCode(o: PovertyClassOutcome): "poor_income" | "poor_deprivation" | "poor_income_and_deprivation" | "near_poor" | "not_poor" | "undetermined" {
  return o.kind === "poor" ? `poor_${o.basis}` : o.kind;
}

function outcomeStep(standard: PovertyStandard, area: Area, outcome: PovertyClassOutcome): ExplanationStep {
  const cache = shared(standard, area).outcomes;
  const code = outcomeCode(outcome);
  let s = cache.get(code);
  if (s === undefined) {
    const lines = standard.incomeLines[area];
    let status: Certainty = "confirmed";
    if (outcome.kind === "near_poor" && lines.nearPoorRule) status = weakest(status, lines.nearPoorRule.status);
    // The class is the class rule's (Decision 59/2015; Decree 07/2021 Art. 3; Decree 351/2025 Art. 3), not one line's.
    const base = { rule: "outcome", result: outcome.kind, citations: [standard.classRule.citation], status } as const;
    s = deepFreeze(
      code === "poor_income_and_deprivation"
        ? incomeStep({ ...base, code, params: { kind: code, threshold: standard.poorDeprivationCount.value } })
        : incomeStep({ ...base, code, params: { kind: code } } as Parameters<typeof incomeStep<typeof code>>[0]),
    );
    cache.set(code, s);
  }
  return s;
}

const READS = new Memo<PovertyStandard, string, ValueRead>();
const GIVEN = incomeStepMessageFns("income_given");
const LINE = {
  income_at_or_below_poverty_line: incomeStepMessageFns("income_at_or_below_poverty_line"),
  income_above_poverty_line: incomeStepMessageFns("income_above_poverty_line"),
  income_at_or_below_line: incomeStepMessageFns("income_at_or_below_line"),
  income_above_line: incomeStepMessageFns("income_above_line"),
} as const;

/** The record of reading an area's line (shared per standard, area and line). */
function readOf(standard: PovertyStandard, area: Area, key: "poorByIncomeLine" | "incomeLine", lv: LegalValue<number>): ValueRead {
  // remembered under the key it is read by, so that the memo's key and the record's cannot disagree
  const path = `incomeLines.${area}.${key}`;
  return READS.get(standard, path, () => recordOfRead(standard, path, lv, lineSource(standard, area, key)));
}

/** Builds the explanation's steps as the income rule runs. */
class IncomeTracer implements IncomeProbe {
  private readonly incomeParams: IncomeFactParams;
  constructor(
    private readonly t: Tracer,
    private readonly r: ResolvedIncomeInput,
  ) {
    this.incomeParams = { amount: r.income.amount, months: r.income.months, persons: r.income.persons, perCapita: r.perCapita };
  }
  incomeGiven(): void {
    const p = this.incomeParams;
    this.t.add(incomeStep({ rule: "income.given", code: "income_given", params: p, text: { vi: GIVEN.vi(p), en: GIVEN.en(p) }, result: true, actual: { amount: p.amount, months: p.months, persons: p.persons, perCapita: p.perCapita } }));
  }
  incomeLine(key: "poorByIncomeLine" | "incomeLine", lv: LegalValue<number>, holds: boolean): void {
    const { standard, area, income } = this.r;
    const months = standard.incomeLines[area].period === "year" ? 12 : 1;
    const read = readOf(standard, area, key, lv);
    this.t.readRecord(read);
    const src = read.standard;
    const poverty = key === "poorByIncomeLine";
    const params: IncomeLineParams = {
          amount: income.amount,
          months: income.months,
          persons: income.persons,
          perCapita: this.r.perCapita,
          line: lv.value,
          period: months === 12 ? "year" : "month",
          labelVi: lv.label?.vi ?? "chuẩn",
          labelEn: lv.label?.en ?? "line",
          holds,
          local: src !== standard.id ? false : standard.scope === "local",
          lhs: income.amount * months,
          rhs: lv.value * income.months * income.persons,
        };
    const code = holds ? (poverty ? "income_at_or_below_poverty_line" : "income_at_or_below_line") : poverty ? "income_above_poverty_line" : "income_above_line";
    const fns = LINE[code];
    this.t.add(
      incomeStep({
        rule: poverty ? "income.at_or_below_poverty_line" : "income.at_or_below_income_line",
        code,
        params,
        text: { vi: fns.vi(params), en: fns.en(params) },
        actual: income.amount,
        expected: `≤ ${lv.value}`,
        result: holds,
        citations: [lv.citation],
        status: lv.status,
      }),
    );
  }
  deprivations(count: number, threshold: LegalValue<number>, holds: boolean): void {
    const { standard } = this.r;
    const value = this.t.read(standard, "poorDeprivationCount", threshold);
    const keys = this.r.deprivationKeys;
    const names = keys ? indicatorNames(standard, keys) : undefined;
    this.t.add(
      incomeStep({
        rule: "deprivation.at_or_above_threshold",
        code: holds ? "deprivations_at_or_above_threshold" : "deprivations_below_threshold",
        params: { count, threshold: value, holds, keys: keys ? [...keys] : null, namesVi: names ? names.vi : null, namesEn: names ? names.en : null },
        actual: count,
        expected: `≥ ${value}`,
        result: holds,
        citations: [threshold.citation],
        status: threshold.status,
      }),
    );
  }
  deprivationsUndetermined(count: number, unknown: readonly string[], threshold: LegalValue<number>): void {
    const { standard } = this.r;
    const value = this.t.read(standard, "poorDeprivationCount", threshold);
    const names = indicatorNames(standard, unknown);
    this.t.add(
      incomeStep({
        rule: "deprivation.at_or_above_threshold",
        code: "deprivations_undetermined",
        params: { count, unknown: unknown.length, threshold: value, keys: [...unknown], namesVi: names.vi, namesEn: names.en },
        actual: count,
        expected: `≥ ${value}`,
        result: "undetermined",
        citations: [threshold.citation],
        status: threshold.status,
      }),
    );
  }
  deprivationsMissing(): void {
    const { standard, area } = this.r;
    const sh = shared(standard, area);
    sh.deprivationsMissing ??= deepFreeze(
      incomeStep({ rule: "deprivation.count", code: "deprivations_missing", params: {}, result: false, expected: "deprivations", citations: [standard.poorDeprivationCount.citation] }),
    );
    this.t.add(sh.deprivationsMissing);
  }
}

/** Classifies a resolved input with its explanation: one evaluation of the rule, traced. */
export function explainIncome(r: ResolvedIncomeInput): Decision<PovertyClassOutcome> {
  const { standard, area } = r;
  const t = new Tracer();
  t.add(standardStep(standard));
  const tracer = new IncomeTracer(t, r);
  tracer.incomeGiven();
  const outcome = evaluateIncome(incomeRule(standard, area), r, tracer);
  const lines = standard.incomeLines[area];
  if (outcome.kind === "near_poor" && lines.nearPoorRule) {
    const sh = shared(standard, area);
    sh.nearPoorUncertain ??= deepFreeze(
      incomeStep({ rule: "near_poor.rule_certainty", code: "near_poor_rule_uncertain", params: {}, result: true, citations: [lines.nearPoorRule.citation], status: lines.nearPoorRule.status }),
    );
    t.add(sh.nearPoorUncertain);
  }
  const final = t.add(outcomeStep(standard, area, outcome));
  return { outcome, explanation: t.finish("classify_by_income", standard.id, final.message) };
}

/**
 * Classifies a household from its income and deprivations (phân loại hộ nghèo, hộ cận nghèo theo thu nhập và mức
 * độ thiếu hụt dịch vụ xã hội cơ bản), returning the issues when the input is bad.
 *
 * @remarks
 * The rule is the one the standard names (`classRule`, see {@link ClassRuleName}):
 * - `two_lines`, 2016–2020 (Decision 59/2015/QĐ-TTg): income ≤ the poverty line → poor by income; income ≤ the
 *   near-poverty line → poor by deprivation if the deprivations reach the threshold (3), else near-poor; above →
 *   neither.
 * - `line_and_deprivations`, 2021–2025 (Decree 07/2021/NĐ-CP Art. 3) and 2027–2030 (Decree 351/2025/NĐ-CP):
 *   income ≤ the line **and** at least 3 deprivations → poor; income ≤ the line and fewer → near-poor; above →
 *   neither, whatever the deprivations.
 *
 * Bounds are inclusive ("từ … trở xuống"). Money is whole đồng and the comparison is exact: a household total
 * `T` for `n` members is at or below line `L` when `T ≤ L × n` (12-month totals: `T ≤ L × 12 × n`); nothing is
 * divided. When the deprivations decide and were not given, the outcome is `undetermined` with
 * `missing: ["deprivations"]`. The outcome, the explanation and every value read come from one evaluation of the
 * rule.
 *
 * @param input - standard, area, income and deprivations.
 * @returns `{ ok: true, value: { outcome, explanation } }`, or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeClassifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: -5 } });
 * r.ok; //=> false
 * ```
 * @category Classification
 */
export function safeClassifyByIncome(input: ClassifyByIncomeInput): SafeResult<Decision<PovertyClassOutcome>> {
  return guardSafe(() => {
    const r = resolveIncomeInput(input);
    return r.ok ? { ok: true, value: explainIncome(r.value) } : r;
  });
}

/**
 * Classifies a household from its income and deprivations (phân loại hộ theo thu nhập và mức độ thiếu hụt);
 * throws on bad input.
 *
 * @remarks See {@link safeClassifyByIncome} for the rule, the bounds and the exact comparison.
 * @param input - standard, area, income and deprivations.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 }).outcome;
 * //=> { kind: "poor", basis: "income_and_deprivation" }
 * classifyByIncome({ standard: "2016-2020", area: "urban", income: { monthlyTotal: 3_600_000, members: 4 } }).outcome;
 * //=> { kind: "poor", basis: "income" }
 * ```
 * @category Classification
 */
export function classifyByIncome(input: ClassifyByIncomeInput): Decision<PovertyClassOutcome> {
  return unwrap(safeClassifyByIncome(input), "classifyByIncome");
}
