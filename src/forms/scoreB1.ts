import * as z from "zod";
import type { ExplanationStep } from "../explain/types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { makeIssue, safeParseWith, unwrap } from "../_lib/issues.js";
import { standardRefSchema } from "../_lib/standardRef.js";
import { Tracer, step } from "../_lib/trace.js";
import { str, type MessageParams } from "../_lib/messages.js";
import type { Area, PovertyStandard } from "../standards/types.js";
import { REGION_KEYS, type SocioEconomicRegion } from "../household/regions.js";
import { standardStep, type Decision } from "../classify/classifyByIncome.js";
import { safeParseB1Scorecard, type B1Scorecard, type B1ScorecardSheet } from "./b1Scorecard.js";

/**
 * The B1 part of Phiếu B as entered (phần B1, điểm ước tính thu nhập): the total written on the paper form, or the
 * answers to a caller-supplied scorecard.
 *
 * @example
 * ```ts
 * const a: B1Entry = { total: 138 };
 * const b: B1Entry = { scorecard: card, answers: { householdSize: "4", roof: "tiled" } };
 * ```
 * @category Forms
 */
export type B1Entry =
  | { readonly total: number }
  | { readonly scorecard: B1Scorecard; readonly answers: { readonly [itemId: string]: string } };

/**
 * The input of {@link scoreB1} (chấm điểm phần B1).
 *
 * @example
 * ```ts
 * const input: ScoreB1Input = { standard: "2021-2025", area: "rural", total: 138 };
 * ```
 * @category Forms
 */
export type ScoreB1Input = B1Entry & {
  /** The standard: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** Rural or urban: chooses the scorecard sheet and the cut-off. */
  readonly area: Area;
  /** The socio-economic region, when the scorecard's sheets for the area differ by region. */
  readonly region?: SocioEconomicRegion;
};

/**
 * The points one B1 item gave (điểm của một chỉ tiêu B1).
 *
 * @example
 * ```ts
 * const p: B1ItemPoints = { item: "roof", option: "tiled", points: 8 };
 * ```
 * @category Forms
 */
export interface B1ItemPoints {
  /** The item's id in the scorecard. */
  readonly item: string;
  /** The option answered. */
  readonly option: string;
  /** The points it gave on the sheet used. */
  readonly points: number;
}

/**
 * What scoring B1 gives (kết quả chấm điểm B1).
 *
 * @remarks
 * - `scored`: the total, from the paper form (`source: "paper_total"`) or computed from a scorecard (`"scorecard"`,
 *   with the sheet's base score and each item's points).
 * - `undetermined`: a scorecard item was not answered; `missing` lists the item ids. No answer is ever filled in.
 * - `rule_not_found`: the standard has no sourced B1 rule (2027–2030).
 *
 * @example
 * ```ts
 * const o: B1Outcome = { kind: "scored", total: 138, source: "paper_total", items: [] };
 * ```
 * @category Forms
 */
export type B1Outcome =
  | {
      readonly kind: "scored";
      readonly total: number;
      readonly source: "paper_total" | "scorecard";
      readonly items: readonly B1ItemPoints[];
      readonly base?: number;
      readonly scorecard?: { readonly id: string; readonly version: string; readonly sheet: string };
    }
  | { readonly kind: "undetermined"; readonly missing: readonly string[] }
  | { readonly kind: "rule_not_found"; readonly reason: "b1_not_found" };

/** B1 after validation. */
export type ResolvedB1 =
  | { readonly kind: "total"; readonly total: number }
  | { readonly kind: "scorecard"; readonly total: number; readonly card: B1Scorecard; readonly sheet: B1ScorecardSheet; readonly items: readonly B1ItemPoints[] }
  | { readonly kind: "missing"; readonly card: B1Scorecard; readonly sheet: B1ScorecardSheet; readonly missing: readonly string[] };

/** The B1 fields of an input, as parsed. */
export const b1FieldsSchema = z
  .object({
    total: z.number().int().nonnegative().optional(),
    scorecard: z.unknown().optional(),
    answers: z.record(z.string(), z.string()).optional(),
  })
  .strict();

const ONE_OF = {
  vi: () => "B1 phải là đúng một trong: tổng điểm (total) hoặc bảng điểm kèm câu trả lời (scorecard và answers).",
  en: () => "B1 must be exactly one of: a total, or a scorecard with its answers.",
};
const OTHER_STANDARD = {
  vi: (p: MessageParams) => `bảng điểm "${str(p["scorecard"])}" thuộc chuẩn ${str(p["belongsTo"])}, không dùng được với chuẩn ${str(p["standard"])}.`,
  en: (p: MessageParams) => `scorecard "${str(p["scorecard"])}" belongs to standard ${str(p["belongsTo"])} and cannot be used with ${str(p["standard"])}.`,
};
const REGION_REQUIRED = {
  vi: (p: MessageParams) => `bảng điểm có bảng riêng theo vùng cho khu vực ${str(p["area"])}: cần vùng kinh tế – xã hội (region).`,
  en: (p: MessageParams) => `the scorecard has regional sheets for the ${str(p["area"])} area: the socio-economic region is required.`,
};
const REGION_NOT_COVERED = {
  vi: (p: MessageParams) => `bảng điểm không có bảng cho khu vực ${str(p["area"])}${p["region"] ? `, vùng ${str(p["region"])}` : ""}.`,
  en: (p: MessageParams) => `the scorecard has no sheet for the ${str(p["area"])} area${p["region"] ? ` in region ${str(p["region"])}` : ""}.`,
};
const UNKNOWN_ITEM = {
  vi: (p: MessageParams) => `chỉ tiêu "${str(p["item"])}" không có trong bảng điểm "${str(p["scorecard"])}".`,
  en: (p: MessageParams) => `item "${str(p["item"])}" is not in scorecard "${str(p["scorecard"])}".`,
};
const UNKNOWN_OPTION = {
  vi: (p: MessageParams) => `phương án "${str(p["option"])}" không có trong chỉ tiêu "${str(p["item"])}" (các phương án: ${str(p["known"])}).`,
  en: (p: MessageParams) => `option "${str(p["option"])}" is not an option of item "${str(p["item"])}" (its options: ${str(p["known"])}).`,
};
const NEGATIVE = {
  vi: (p: MessageParams) => `tổng điểm B1 tính từ bảng điểm là ${str(p["total"])}, không được âm.`,
  en: (p: MessageParams) => `the B1 total computed from the scorecard is ${str(p["total"])}; it cannot be negative.`,
};

/** Picks the scorecard sheet for an area and region. */
function pickSheet(card: B1Scorecard, area: Area, region: SocioEconomicRegion | undefined, path: readonly (string | number)[]): SafeResult<B1ScorecardSheet> {
  const sheets = card.sheets.filter((s) => s.area === area);
  const general = sheets.find((s) => s.regions === undefined);
  if (general) return { ok: true, value: general };
  if (region === undefined && sheets.length > 0) return { ok: false, issues: [makeIssue("region_required", [...path, "region"], REGION_REQUIRED, { area })] };
  const s = sheets.find((x) => region !== undefined && x.regions?.includes(region));
  if (s) return { ok: true, value: s };
  return { ok: false, issues: [makeIssue("region_not_covered", [...path, "region"], REGION_NOT_COVERED, { area, region: region ?? null })] };
}

/**
 * Validates B1 fields against a standard and scores them. `path` prefixes issue paths; `regionPath` is where the
 * region lives in the caller's input.
 */
export function resolveB1(
  standard: PovertyStandard,
  area: Area,
  region: SocioEconomicRegion | undefined,
  fields: z.output<typeof b1FieldsSchema>,
  path: readonly (string | number)[],
  regionPath: readonly (string | number)[] = [],
): SafeResult<ResolvedB1> {
  const hasTotal = fields.total !== undefined;
  const hasCard = fields.scorecard !== undefined || fields.answers !== undefined;
  if (hasTotal === hasCard || (hasCard && (fields.scorecard === undefined || fields.answers === undefined))) {
    return { ok: false, issues: [makeIssue("invalid_b1", [...path], ONE_OF, {})] };
  }
  if (fields.total !== undefined) return { ok: true, value: { kind: "total", total: fields.total } };
  const parsed = safeParseB1Scorecard(fields.scorecard);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map((i) => ({ ...i, path: [...path, "scorecard", ...i.path] })) };
  const card = parsed.value;
  const national = standard.layeredOn?.national ?? standard.id;
  if (card.standard !== standard.id && card.standard !== national) {
    return { ok: false, issues: [makeIssue("scorecard_of_other_standard", [...path, "scorecard", "standard"], OTHER_STANDARD, { scorecard: card.id, belongsTo: card.standard, standard: standard.id })] };
  }
  const sheet = pickSheet(card, area, region, regionPath);
  if (!sheet.ok) return sheet;
  const answers = fields.answers ?? {};
  const issues: Issue[] = [];
  const byId = new Map(card.items.map((i) => [i.id, i]));
  for (const key of Object.keys(answers)) {
    const item = byId.get(key);
    if (!item) {
      issues.push(makeIssue("unknown_b1_item", [...path, "answers", key], UNKNOWN_ITEM, { item: key, scorecard: card.id }));
      continue;
    }
    const opt = answers[key];
    if (!item.options.some((o) => o.id === opt)) {
      issues.push(makeIssue("unknown_b1_option", [...path, "answers", key], UNKNOWN_OPTION, { item: key, option: opt ?? null, known: item.options.map((o) => o.id).join(", ") }));
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const missing: string[] = [];
  const items: B1ItemPoints[] = [];
  let total = sheet.value.base;
  for (const item of card.items) {
    const opt = answers[item.id];
    if (opt === undefined) {
      missing.push(item.id);
      continue;
    }
    const o = item.options.find((x) => x.id === opt);
    const pts = o?.points[sheet.value.id] ?? 0;
    items.push({ item: item.id, option: opt, points: pts });
    total += pts;
  }
  if (missing.length > 0) return { ok: true, value: { kind: "missing", card, sheet: sheet.value, missing } };
  if (total < 0) return { ok: false, issues: [makeIssue("b1_total_negative", [...path, "answers"], NEGATIVE, { total })] };
  return { ok: true, value: { kind: "scorecard", total, card, sheet: sheet.value, items } };
}

const M = {
  total: {
    vi: (p: MessageParams) => `Phiếu B, phần B1: tổng điểm ${str(p["total"])} (ghi trên phiếu).`,
    en: (p: MessageParams) => `Phiếu B, part B1: total ${str(p["total"])} points (as written on the form).`,
  },
  scorecard: {
    vi: (p: MessageParams) =>
      `Phiếu B, phần B1: tổng điểm ${str(p["total"])} theo bảng điểm "${str(p["scorecard"])}" phiên bản ${str(p["version"])}, bảng ${str(p["sheet"])} (điểm khởi đầu ${str(p["base"])}).`,
    en: (p: MessageParams) =>
      `Phiếu B, part B1: total ${str(p["total"])} points by scorecard "${str(p["scorecard"])}" version ${str(p["version"])}, sheet ${str(p["sheet"])} (base ${str(p["base"])}).`,
  },
  item: {
    vi: (p: MessageParams) => `${p["formItem"] ? `${str(p["formItem"])} ` : ""}${str(p["labelVi"])}: "${str(p["optionVi"])}" → ${str(p["points"])} điểm.`,
    en: (p: MessageParams) => `${p["formItem"] ? `${str(p["formItem"])} ` : ""}${str(p["labelEn"])}: "${str(p["optionEn"])}" → ${str(p["points"])} points.`,
  },
  missing: {
    vi: (p: MessageParams) => `Phiếu B, phần B1: chưa trả lời các chỉ tiêu ${str(p["missing"])}; không tính được tổng điểm.`,
    en: (p: MessageParams) => `Phiếu B, part B1: items ${str(p["missing"])} are not answered; the total cannot be computed.`,
  },
  cutoff: {
    vi: (p: MessageParams) =>
      `B1 = ${str(p["total"])} ${p["holds"] ? "≤" : ">"} ${str(p["cutoff"])} (${str(p["labelVi"])}, ${p["area"] === "urban" ? "thành thị" : "nông thôn"})${p["holds"] ? "" : ": không thuộc diện hộ nghèo, hộ cận nghèo, không chấm phần B2"}.`,
    en: (p: MessageParams) =>
      `B1 = ${str(p["total"])} ${p["holds"] ? "≤" : ">"} ${str(p["cutoff"])} (${str(p["labelEn"])}, ${str(p["area"])})${p["holds"] ? "" : ": neither poor nor near-poor; B2 is not scored"}.`,
  },
  poorByIncome: {
    vi: (p: MessageParams) => `B1 = ${str(p["total"])} ${p["holds"] ? "≤" : ">"} ${str(p["cutoff"])} (${str(p["labelVi"])})${p["holds"] ? ": hộ nghèo theo tiêu chí thu nhập" : ""}.`,
    en: (p: MessageParams) => `B1 = ${str(p["total"])} ${p["holds"] ? "≤" : ">"} ${str(p["cutoff"])} (${str(p["labelEn"])})${p["holds"] ? ": poor by income" : ""}.`,
  },
  notFound: {
    vi: (p: MessageParams) => `Chuẩn ${str(p["standard"])} chưa có quy tắc chấm điểm B1 được xác minh (điểm cắt, bảng điểm).`,
    en: (p: MessageParams) => `Standard ${str(p["standard"])} has no sourced B1 scoring rule (cut-off, points table).`,
  },
  outcome: {
    vi: (p: MessageParams) => (p["kind"] === "scored" ? `Điểm B1: ${str(p["total"])}.` : p["kind"] === "undetermined" ? `Chưa tính được B1: thiếu ${str(p["missing"])}.` : "Không chấm được B1: chuẩn chưa có quy tắc."),
    en: (p: MessageParams) => (p["kind"] === "scored" ? `B1 score: ${str(p["total"])}.` : p["kind"] === "undetermined" ? `B1 undetermined: ${str(p["missing"])} missing.` : "B1 cannot be scored: the standard has no rule."),
  },
};

/** Adds the B1 scoring step (with each item's points) to a trace; returns it. */
export function traceB1(t: Tracer, standard: PovertyStandard, b1: ResolvedB1): ExplanationStep {
  const cite = standard.scoring.b1?.rural.cutoff.citation ?? { instrument: standard.instruments[0]?.id ?? standard.id, item: "Phiếu B, phần B1" };
  if (b1.kind === "total") {
    return t.add(step({ rule: "b1.total", code: "b1_paper_total", template: M.total, params: { total: b1.total }, actual: b1.total, result: true, citations: [cite] }));
  }
  const card = b1.card;
  t.read(standard, `b1Scorecard.${card.id}`, { value: `${card.id}@${card.version}`, citation: card.citation, status: card.status });
  if (b1.kind === "missing") {
    return t.add(
      step({ rule: "b1.scorecard", code: "b1_items_missing", template: M.missing, params: { missing: b1.missing.join(", ") }, actual: null, expected: b1.missing.join(", "), result: false, citations: [card.citation, cite], status: card.status }),
    );
  }
  const byId = new Map(card.items.map((i) => [i.id, i]));
  const children = b1.items.map((ip) => {
    const item = byId.get(ip.item);
    const opt = item?.options.find((o) => o.id === ip.option);
    return step({
      rule: "b1.item",
      code: "b1_item_points",
      template: M.item,
      params: {
        item: ip.item,
        option: ip.option,
        points: ip.points,
        formItem: item?.formItem ?? null,
        labelVi: item?.label.vi ?? ip.item,
        labelEn: item?.label.en ?? ip.item,
        optionVi: opt?.label.vi ?? ip.option,
        optionEn: opt?.label.en ?? ip.option,
      },
      actual: ip.points,
      result: true,
      citations: [{ ...card.citation, ...(item?.formItem ? { item: item.formItem } : {}) }],
      status: card.status,
    });
  });
  return t.add(
    step({
      rule: "b1.scorecard",
      code: "b1_scorecard_total",
      template: M.scorecard,
      params: { total: b1.total, scorecard: card.id, version: card.version, sheet: b1.sheet.id, base: b1.sheet.base },
      actual: b1.total,
      result: true,
      citations: [card.citation, cite],
      status: card.status,
      children,
    }),
  );
}

/** Adds the B1 cut-off comparison steps to a trace (2016–2020: the income-poor cut-off first). */
export function traceB1Cutoffs(t: Tracer, standard: PovertyStandard, area: Area, total: number): { readonly poorByIncome: boolean; readonly atOrBelowCutoff: boolean } {
  const c = standard.scoring.b1?.[area];
  if (!c) return { poorByIncome: false, atOrBelowCutoff: false };
  let poorByIncome = false;
  if (c.poorByIncome) {
    const v = t.read(standard, `scoring.b1.${area}.poorByIncome`, c.poorByIncome);
    poorByIncome = total <= v;
    t.add(
      step({
        rule: "b1.at_or_below_poor_by_income",
        code: poorByIncome ? "b1_at_or_below_poor_by_income" : "b1_above_poor_by_income",
        template: M.poorByIncome,
        params: { total, cutoff: v, holds: poorByIncome, labelVi: c.poorByIncome.label?.vi ?? "điểm cắt nghèo", labelEn: c.poorByIncome.label?.en ?? "poverty cut-off" },
        actual: total,
        expected: `≤ ${v}`,
        result: poorByIncome,
        citations: [c.poorByIncome.citation],
        status: c.poorByIncome.status,
      }),
    );
    if (poorByIncome) return { poorByIncome, atOrBelowCutoff: true };
  }
  const cut = t.read(standard, `scoring.b1.${area}.cutoff`, c.cutoff);
  const holds = total <= cut;
  t.add(
    step({
      rule: "b1.at_or_below_cutoff",
      code: holds ? "b1_at_or_below_cutoff" : "b1_above_cutoff",
      template: M.cutoff,
      params: { total, cutoff: cut, holds, area, labelVi: c.cutoff.label?.vi ?? "điểm cắt", labelEn: c.cutoff.label?.en ?? "cut-off" },
      actual: total,
      expected: `≤ ${cut}`,
      result: holds,
      citations: [c.cutoff.citation],
      status: c.cutoff.status,
    }),
  );
  return { poorByIncome, atOrBelowCutoff: holds };
}

/** The B1 outcome of a resolved B1. */
export function b1Outcome(b1: ResolvedB1): B1Outcome {
  switch (b1.kind) {
    case "total":
      return { kind: "scored", total: b1.total, source: "paper_total", items: [] };
    case "missing":
      return { kind: "undetermined", missing: b1.missing };
    case "scorecard":
      return { kind: "scored", total: b1.total, source: "scorecard", items: b1.items, base: b1.sheet.base, scorecard: { id: b1.card.id, version: b1.card.version, sheet: b1.sheet.id } };
  }
}

const inputSchema = b1FieldsSchema.extend({ standard: standardRefSchema, area: z.enum(["rural", "urban"]), region: z.enum(REGION_KEYS).optional() }).strict();

/**
 * Scores part B1 of Phiếu B, the income score (chấm điểm phần B1 — ước tính thu nhập), returning the issues when
 * the input is bad.
 *
 * @remarks
 * B1 is a whole, non-negative score standing for per-capita income (Circular 07/2021/TT-BLĐTBXH, Phiếu B, phần B1;
 * 2016–2020: Circular 17/2016 as amended by Circular 14/2018). The library takes the total written on the paper
 * form, or computes it from answers with a caller-supplied {@link B1Scorecard}: the sheet for the area (and region)
 * gives a base score plus one option's points per item. An unknown item or option, a scorecard of another
 * standard, or a missing region is an issue; an unanswered item makes the outcome `undetermined` with the missing
 * item ids (never filled in). The explanation shows each item's points and, when the standard has them, the
 * comparison with the area's cut-offs (read from `scoring.b1`). 2027–2030 has no sourced B1 rule:
 * `rule_not_found`. No official points table ships with the library.
 *
 * @param input - standard, area, optional region, and a total or scorecard answers.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeScoreB1({ standard: "2021-2025", area: "rural", total: -1 }).ok; //=> false
 * ```
 * @category Forms
 */
export function safeScoreB1(input: ScoreB1Input): SafeResult<Decision<B1Outcome>> {
  const parsed = safeParseWith(inputSchema, input);
  if (!parsed.ok) return parsed;
  const standard = parsed.value.standard;
  const v = parsed.value;
  const t = new Tracer();
  t.add(standardStep(standard));
  if (!standard.scoring.b1) {
    const outcome: B1Outcome = { kind: "rule_not_found", reason: "b1_not_found" };
    const s = t.add(step({ rule: "b1.rule", code: "b1_rule_not_found", template: M.notFound, params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
    return { ok: true, value: { outcome, explanation: t.finish("score_b1", standard.id, s.message) } };
  }
  const b1 = resolveB1(standard, v.area, v.region, v, [], []);
  if (!b1.ok) return b1;
  traceB1(t, standard, b1.value);
  const outcome = b1Outcome(b1.value);
  if (outcome.kind === "scored") traceB1Cutoffs(t, standard, v.area, outcome.total);
  const final = step({
    rule: "b1.outcome",
    code: `b1_${outcome.kind}`,
    template: M.outcome,
    params: { kind: outcome.kind, total: outcome.kind === "scored" ? outcome.total : null, missing: outcome.kind === "undetermined" ? outcome.missing.join(", ") : null },
    result: outcome.kind,
  });
  t.add(final);
  return { ok: true, value: { outcome, explanation: t.finish("score_b1", standard.id, final.message) } };
}

/**
 * Scores part B1 of Phiếu B (chấm điểm phần B1); throws on bad input.
 *
 * @remarks See {@link safeScoreB1}.
 * @param input - standard, area, optional region, and a total or scorecard answers.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * scoreB1({ standard: "2021-2025", area: "rural", total: 138 }).outcome;
 * //=> { kind: "scored", total: 138, source: "paper_total", items: [] }
 * ```
 * @category Forms
 */
export function scoreB1(input: ScoreB1Input): Decision<B1Outcome> {
  return unwrap(safeScoreB1(input), "scoreB1");
}
