import * as z from "zod";
import type { Explanation, LegalValue } from "../explain/types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { addDomainIssue, makeIssue, safeParseWith, unwrap } from "../_lib/issues.js";
import { standardRefSchema } from "../_lib/standardRef.js";
import { atOrBelow, bandOf, lineMonths, type IncomeQuantity } from "../_lib/income.js";
import { Tracer, step, weakest } from "../_lib/trace.js";
import { formatDong, groupDigits } from "../_lib/format.js";
import { num, str, type MessageParams } from "../_lib/messages.js";
import { findStandard } from "../standards/getStandard.js";
import { STANDARDS } from "../standards/STANDARDS.js";
import type { Area, AreaIncomeLines, PovertyStandard } from "../standards/types.js";
import type { PovertyClassOutcome } from "./types.js";
import { membersSchema, moneySchema } from "../_lib/schemas.js";

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
}

/**
 * A decision with its explanation (quyết định kèm giải thích).
 *
 * @typeParam O - the outcome type.
 * @example
 * ```ts
 * const r: Decision<PovertyClassOutcome> = classifyByIncome({ standard: "2021-2025", area: "urban", income: { perCapitaMonthly: 2_000_001 } });
 * r.outcome.kind; //=> "not_poor"
 * ```
 * @category Explanations
 */
export interface Decision<O> {
  /** What was decided. */
  readonly outcome: O;
  /** Why: the steps, with the law and the values read. */
  readonly explanation: Explanation;
}

const money = moneySchema;
const members = membersSchema;

const BAD_INCOME_SHAPE = {
  vi: () => "thu nhập phải là đúng một trong: perCapitaMonthly; monthlyTotal kèm members; annualTotal kèm members.",
  en: () => "income must be exactly one of: perCapitaMonthly; monthlyTotal with members; annualTotal with members.",
};
const MEMBERS_REQUIRED = {
  vi: () => "cần số nhân khẩu (members) khi cho tổng thu nhập của hộ.",
  en: () => "members is required with a household total income.",
};
const MEMBERS_NOT_ALLOWED = {
  vi: () => "không dùng members với thu nhập bình quân đầu người.",
  en: () => "members does not go with a per-capita income.",
};
export const UNKNOWN_INDICATOR = {
  vi: (p: MessageParams) => `chỉ số "${str(p["key"])}" không có trong chuẩn ${str(p["standard"])} (các chỉ số: ${str(p["known"])}).`,
  en: (p: MessageParams) => `indicator "${str(p["key"])}" is not in standard ${str(p["standard"])} (its indicators: ${str(p["known"])}).`,
};
export const OTHER_STANDARD_INDICATOR = {
  vi: (p: MessageParams) => `chỉ số "${str(p["key"])}" thuộc chuẩn ${str(p["belongsTo"])}, không thuộc chuẩn ${str(p["standard"])}.`,
  en: (p: MessageParams) => `indicator "${str(p["key"])}" belongs to standard ${str(p["belongsTo"])}, not to ${str(p["standard"])}.`,
};
export const DUPLICATE_INDICATOR = {
  vi: (p: MessageParams) => `chỉ số "${str(p["key"])}" bị lặp lại.`,
  en: (p: MessageParams) => `indicator "${str(p["key"])}" is listed twice.`,
};
const BOTH_GIVEN = {
  vi: () => "chỉ cho một trong hai: deprivations (danh sách chỉ số) hoặc deprivationCount (số chỉ số).",
  en: () => "give only one of deprivations (the list) or deprivationCount (the count).",
};
const COUNT_TOO_BIG = {
  vi: (p: MessageParams) => `số chỉ số thiếu hụt ${str(p["count"])} lớn hơn số chỉ số của chuẩn (${str(p["max"])}).`,
  en: (p: MessageParams) => `deprivation count ${str(p["count"])} exceeds the standard's ${str(p["max"])} indicators.`,
};

const shapeSchema = z
  .object({
    standard: standardRefSchema,
    area: z.enum(["rural", "urban"]),
    income: z
      .object({
        perCapitaMonthly: money.optional(),
        monthlyTotal: money.optional(),
        annualTotal: money.optional(),
        members: members.optional(),
      })
      .strict()
      .superRefine((v, ctx) => {
        const given = [v.perCapitaMonthly, v.monthlyTotal, v.annualTotal].filter((x) => x !== undefined).length;
        if (given !== 1) addDomainIssue(ctx, "invalid_income", [], BAD_INCOME_SHAPE, {});
        else if (v.perCapitaMonthly !== undefined && v.members !== undefined) addDomainIssue(ctx, "members_not_allowed", ["members"], MEMBERS_NOT_ALLOWED, {});
        else if (v.perCapitaMonthly === undefined && v.members === undefined) addDomainIssue(ctx, "members_required", ["members"], MEMBERS_REQUIRED, {});
      }),
    deprivations: z.array(z.string()).max(100).optional(),
    deprivationCount: z.number().int().nonnegative().optional(),
  })
  .strict();

/** Which standards have an indicator key (for "key of another standard" issues). */
function standardsWithKey(key: string): string[] {
  return STANDARDS.filter((s) => s.indicators.some((i) => i.key === key)).map((s) => s.id);
}

/**
 * Checks deprivation inputs against a standard: known keys, no duplicates, count within range.
 * Shared by every classifier.
 */
export function checkDeprivations(
  standard: PovertyStandard,
  deprivations: readonly string[] | undefined,
  count: number | undefined,
  path: readonly (string | number)[],
): SafeResult<{ keys?: readonly string[]; count: number | undefined }> {
  const issues: Issue[] = [];
  if (deprivations !== undefined && count !== undefined) issues.push(makeIssue("deprivations_and_count_both_given", path, BOTH_GIVEN, {}));
  if (deprivations) {
    const seen = new Set<string>();
    for (let idx = 0; idx < deprivations.length; idx++) {
      const k = deprivations[idx] as string;
      const at = [...path, "deprivations", idx];
      if (seen.has(k)) issues.push(makeIssue("duplicate_indicator", at, DUPLICATE_INDICATOR, { key: k }));
      seen.add(k);
      if (!standard.indicators.some((i) => i.key === k)) {
        const others = standardsWithKey(k);
        issues.push(
          others.length > 0
            ? makeIssue("indicator_of_other_standard", at, OTHER_STANDARD_INDICATOR, { key: k, standard: standard.id, belongsTo: others.join(", ") })
            : makeIssue("unknown_indicator", at, UNKNOWN_INDICATOR, { key: k, standard: standard.id, known: standard.indicators.map((i) => i.key).join(", ") }),
        );
      }
    }
  }
  if (count !== undefined && count > standard.indicators.length) {
    issues.push(makeIssue("too_many_deprivations", [...path, "deprivationCount"], COUNT_TOO_BIG, { count, max: standard.indicators.length }));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: deprivations ? { keys: deprivations, count: deprivations.length } : { count } };
}

/** A validated, resolved classifyByIncome input. */
interface Resolved {
  standard: PovertyStandard;
  area: Area;
  income: IncomeQuantity;
  incomeInput: IncomeInput;
  deprivationKeys: readonly string[] | undefined;
  deprivationCount: number | undefined;
}

function toQuantity(i: { perCapitaMonthly?: number | undefined; monthlyTotal?: number | undefined; annualTotal?: number | undefined; members?: number | undefined }): IncomeQuantity {
  if (i.perCapitaMonthly !== undefined) return { amount: i.perCapitaMonthly, months: 1, persons: 1 };
  if (i.monthlyTotal !== undefined) return { amount: i.monthlyTotal, months: 1, persons: i.members ?? 1 };
  return { amount: i.annualTotal ?? 0, months: 12, persons: i.members ?? 1 };
}

function resolve(input: unknown): SafeResult<Resolved> {
  const shape = safeParseWith(shapeSchema, input);
  if (!shape.ok) return shape;
  const v = shape.value;
  const dep = checkDeprivations(v.standard, v.deprivations, v.deprivationCount, []);
  if (!dep.ok) return dep;
  return {
    ok: true,
    value: {
      standard: v.standard,
      area: v.area,
      income: toQuantity(v.income),
      incomeInput: v.income as IncomeInput,
      deprivationKeys: dep.value.keys,
      deprivationCount: dep.value.count,
    },
  };
}

/**
 * Decides the class from income and the deprivation count, with no explanation (the hot path for batch runs).
 * The rule is generic over the standard's two lines; see {@link classifyByIncome}.
 */
export function decideByIncome(
  lines: AreaIncomeLines,
  poorDeprivationCount: number,
  income: IncomeQuantity,
  deprivationCount: number | undefined,
): PovertyClassOutcome {
  const months = lineMonths(lines);
  const band = bandOf(lines.poorByIncomeLine ? atOrBelow(income, lines.poorByIncomeLine.value, months) : undefined, atOrBelow(income, lines.incomeLine.value, months));
  switch (band) {
    case "poor_by_income":
      return { kind: "poor", basis: "income" };
    case "above":
      return { kind: "not_poor" };
    case "deprivation_decides":
      if (deprivationCount === undefined) return { kind: "undetermined", missing: ["deprivations"] };
      if (deprivationCount >= poorDeprivationCount) return { kind: "poor", basis: lines.poorByIncomeLine ? "deprivation" : "income_and_deprivation" };
      return { kind: "near_poor" };
  }
}

const M = {
  standard: {
    vi: (p: MessageParams) =>
      p["local"] ? `Áp dụng chuẩn địa phương ${str(p["id"])} (${str(p["authority"])}), đặt trên chuẩn quốc gia ${str(p["national"])}.` : `Áp dụng chuẩn nghèo ${str(p["id"])}: ${str(p["titleVi"])}.`,
    en: (p: MessageParams) =>
      p["local"] ? `Local standard ${str(p["id"])} (${str(p["authority"])}) applied, layered on national standard ${str(p["national"])}.` : `Standard ${str(p["id"])} applied: ${str(p["titleEn"])}.`,
  },
  income: {
    vi: (p: MessageParams) => `Thu nhập của hộ: ${incomeText(p, "vi")}.`,
    en: (p: MessageParams) => `Household income: ${incomeText(p, "en")}.`,
  },
  line: {
    vi: (p: MessageParams) =>
      `${incomeText(p, "vi")} ${p["holds"] ? "≤" : ">"} ${str(p["labelVi"])} ${formatDong(num(p["line"]), "vi")}/người/${p["period"] === "year" ? "năm" : "tháng"}${p["local"] ? " (chuẩn địa phương)" : ""}; so sánh chính xác: ${groupDigits(num(p["lhs"]), "vi")} ${p["holds"] ? "≤" : ">"} ${groupDigits(num(p["rhs"]), "vi")}.`,
    en: (p: MessageParams) =>
      `${incomeText(p, "en")} ${p["holds"] ? "≤" : ">"} the ${str(p["labelEn"])} of ${formatDong(num(p["line"]), "en")} per person per ${str(p["period"])}${p["local"] ? " (local standard)" : ""}; exact comparison: ${groupDigits(num(p["lhs"]), "en")} ${p["holds"] ? "≤" : ">"} ${groupDigits(num(p["rhs"]), "en")}.`,
  },
  deprivation: {
    vi: (p: MessageParams) => `Số chỉ số thiếu hụt: ${str(p["count"])}${p["namesVi"] ? ` (${str(p["namesVi"])})` : ""}, ${p["holds"] ? "đạt" : "dưới"} ngưỡng ${str(p["threshold"])} chỉ số.`,
    en: (p: MessageParams) => `Deprived indicators: ${str(p["count"])}${p["namesEn"] ? ` (${str(p["namesEn"])})` : ""}, ${p["holds"] ? "at or above" : "below"} the threshold of ${str(p["threshold"])}.`,
  },
  deprivationMissing: {
    vi: () => "Thiếu thông tin về các chỉ số thiếu hụt: không thể phân biệt hộ nghèo và hộ cận nghèo.",
    en: () => "The deprivations were not given: poor and near-poor cannot be told apart.",
  },
  outcome: {
    vi: (p: MessageParams) => OUTCOME_VI[str(p["kind"])] ?? str(p["kind"]),
    en: (p: MessageParams) => OUTCOME_EN[str(p["kind"])] ?? str(p["kind"]),
  },
  nearPoorUncertain: {
    vi: () => "Quy tắc hộ cận nghèo ở khu vực này chưa được xác nhận đầy đủ (áp dụng tương tự khu vực nông thôn).",
    en: () => "The near-poor rule in this area is not fully confirmed (applied by symmetry with the rural rule).",
  },
};

const OUTCOME_VI: Record<string, string> = {
  poor_income: "Kết luận: hộ nghèo (theo tiêu chí thu nhập).",
  poor_deprivation: "Kết luận: hộ nghèo (thiếu hụt dịch vụ xã hội cơ bản).",
  poor_income_and_deprivation: "Kết luận: hộ nghèo (thu nhập không vượt chuẩn và thiếu hụt từ 3 chỉ số trở lên).",
  near_poor: "Kết luận: hộ cận nghèo.",
  not_poor: "Kết luận: không thuộc diện hộ nghèo, hộ cận nghèo.",
  undetermined: "Chưa thể kết luận: thiếu thông tin.",
};
const OUTCOME_EN: Record<string, string> = {
  poor_income: "Outcome: poor household (by income).",
  poor_deprivation: "Outcome: poor household (deprived of basic social services).",
  poor_income_and_deprivation: "Outcome: poor household (income at or below the line and 3 or more deprivations).",
  near_poor: "Outcome: near-poor household.",
  not_poor: "Outcome: neither poor nor near-poor.",
  undetermined: "Outcome: undetermined, an input is missing.",
};

function incomeText(p: MessageParams, locale: "vi" | "en"): string {
  const amount = num(p["amount"]);
  const persons = num(p["persons"]);
  const months = num(p["months"]);
  if (persons === 1 && months === 1 && p["perCapita"]) return locale === "vi" ? `bình quân ${formatDong(amount, "vi")}/người/tháng` : `${formatDong(amount, "en")} per person per month`;
  const per = months === 12 ? (locale === "vi" ? "12 tháng" : "12 months") : locale === "vi" ? "tháng" : "month";
  return locale === "vi" ? `tổng ${formatDong(amount, "vi")}/${per} cho ${persons} người` : `a total of ${formatDong(amount, "en")} per ${per} for ${persons} persons`;
}

/** The indicators' names in the law, in the standard's order, joined for a message. */
export function indicatorNames(standard: PovertyStandard, keys: readonly string[], locale: "vi" | "en"): string {
  return standard.indicators
    .filter((i) => keys.includes(i.key))
    .map((i) => (locale === "vi" ? i.name.vi.toLowerCase() : i.name.en.toLowerCase()))
    .join(", ");
}

/** The outcome's key in the message tables. */
export function outcomeKey(o: PovertyClassOutcome): string {
  return o.kind === "poor" ? `poor_${o.basis}` : o.kind;
}

/** The id of the standard that supplied a line (a local standard, or the national one under it). */
export function lineSource(standard: PovertyStandard, area: Area, key: "incomeLine" | "poorByIncomeLine"): string {
  if (standard.scope !== "local" || !standard.layeredOn) return standard.id;
  const national = findStandard(standard.layeredOn.national);
  const n = national?.incomeLines[area][key];
  return n !== undefined && n === standard.incomeLines[area][key] ? standard.layeredOn.national : standard.id;
}

/** Explains the standard applied. */
export function standardStep(standard: PovertyStandard) {
  return step({
    rule: "standard.applied",
    code: standard.scope === "local" ? "local_standard_applied" : "standard_applied",
    template: M.standard,
    params: {
      id: standard.id,
      titleVi: standard.title.vi,
      titleEn: standard.title.en,
      local: standard.scope === "local",
      authority: standard.layeredOn?.authority ?? null,
      national: standard.layeredOn?.national ?? null,
    },
    result: standard.id,
    citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }],
  });
}

function classifyResolved(r: Resolved): Decision<PovertyClassOutcome> {
  const { standard, area, income } = r;
  const lines = standard.incomeLines[area];
  const t = new Tracer();
  t.add(standardStep(standard));
  const months = lineMonths(lines);
  const perCapita = "perCapitaMonthly" in r.incomeInput;
  const incomeParams = { amount: income.amount, months: income.months, persons: income.persons, perCapita };
  t.add(step({ rule: "income.given", code: "income_given", template: M.income, params: incomeParams, result: true, actual: incomeParams }));

  const lineStep = (key: "poorByIncomeLine" | "incomeLine", lv: LegalValue<number>) => {
    const src = lineSource(standard, area, key);
    t.read(standard, `incomeLines.${area}.${key}`, lv, src);
    const holds = atOrBelow(income, lv.value, months);
    return t.add(
      step({
        rule: key === "poorByIncomeLine" ? "income.at_or_below_poverty_line" : "income.at_or_below_income_line",
        code: holds ? (key === "poorByIncomeLine" ? "income_at_or_below_poverty_line" : "income_at_or_below_line") : key === "poorByIncomeLine" ? "income_above_poverty_line" : "income_above_line",
        template: M.line,
        params: {
          ...incomeParams,
          line: lv.value,
          period: months === 12 ? "year" : "month",
          labelVi: lv.label?.vi ?? "chuẩn",
          labelEn: lv.label?.en ?? "line",
          holds,
          local: src !== standard.id ? false : standard.scope === "local",
          lhs: income.amount * months,
          rhs: lv.value * income.months * income.persons,
        },
        actual: income.amount,
        expected: `≤ ${lv.value}`,
        result: holds,
        citations: [lv.citation],
        status: lv.status,
      }),
    );
  };

  if (lines.poorByIncomeLine) lineStep("poorByIncomeLine", lines.poorByIncomeLine);
  const outcome = decideByIncome(lines, standard.poorDeprivationCount.value, income, r.deprivationCount);
  const poorByIncome = outcome.kind === "poor" && outcome.basis === "income";
  if (!poorByIncome) lineStep("incomeLine", lines.incomeLine);

  if (outcome.kind === "undetermined") {
    t.add(step({ rule: "deprivation.count", code: "deprivations_missing", template: M.deprivationMissing, params: {}, result: false, expected: "deprivations", citations: [standard.poorDeprivationCount.citation] }));
  } else if (outcome.kind === "poor" && outcome.basis !== "income" || outcome.kind === "near_poor") {
    const threshold = t.read(standard, "poorDeprivationCount", standard.poorDeprivationCount);
    const count = r.deprivationCount ?? 0;
    const holds = count >= threshold;
    t.add(
      step({
        rule: "deprivation.at_or_above_threshold",
        code: holds ? "deprivations_at_or_above_threshold" : "deprivations_below_threshold",
        template: M.deprivation,
        params: {
          count,
          threshold,
          holds,
          keys: r.deprivationKeys ? [...r.deprivationKeys] : null,
          namesVi: r.deprivationKeys ? indicatorNames(standard, r.deprivationKeys, "vi") : null,
          namesEn: r.deprivationKeys ? indicatorNames(standard, r.deprivationKeys, "en") : null,
        },
        actual: count,
        expected: `≥ ${threshold}`,
        result: holds,
        citations: [standard.poorDeprivationCount.citation],
        status: standard.poorDeprivationCount.status,
      }),
    );
  }
  let status = "confirmed" as LegalValue<unknown>["status"];
  if (outcome.kind === "near_poor" && lines.nearPoorRule) {
    status = weakest(status, lines.nearPoorRule.status);
    t.add(step({ rule: "near_poor.rule_certainty", code: "near_poor_rule_uncertain", template: M.nearPoorUncertain, params: {}, result: true, citations: [lines.nearPoorRule.citation], status: lines.nearPoorRule.status }));
  }
  const key = outcomeKey(outcome);
  const final = t.add(
    step({
      rule: "outcome",
      code: key,
      template: M.outcome,
      params: { kind: key },
      result: outcome.kind,
      citations: [(outcome.kind === "poor" && outcome.basis === "income" ? lines.poorByIncomeLine : lines.incomeLine)?.citation ?? lines.incomeLine.citation],
      status,
    }),
  );
  return { outcome, explanation: t.finish("classify_by_income", standard.id, final.message) };
}

/**
 * Classifies a household from its income and deprivations (phân loại hộ nghèo, hộ cận nghèo theo thu nhập và mức
 * độ thiếu hụt dịch vụ xã hội cơ bản), returning the issues when the input is bad.
 *
 * @remarks
 * The rule is the standard's, generic over its two lines (see {@link AreaIncomeLines}):
 * - 2016–2020 (Decision 59/2015/QĐ-TTg): income ≤ the poverty line → poor by income; income ≤ the near-poverty
 *   line → poor by deprivation if at least 3 indicators are deprived, else near-poor; above → neither.
 * - 2021–2025 (Decree 07/2021/NĐ-CP Art. 3) and 2027–2030 (Decree 351/2025/NĐ-CP): income ≤ the line **and** at
 *   least 3 deprivations → poor; income ≤ the line and fewer → near-poor; above → neither, whatever D is.
 *
 * Bounds are inclusive ("từ … trở xuống"). Money is whole đồng and the comparison is exact: a household total
 * `T` for `n` members is at or below line `L` when `T ≤ L × n` (12-month totals: `T ≤ L × 12 × n`); nothing is
 * divided. When the deprivations decide and were not given, the outcome is `undetermined` with
 * `missing: ["deprivations"]`.
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
  const r = resolve(input);
  return r.ok ? { ok: true, value: classifyResolved(r.value) } : r;
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
