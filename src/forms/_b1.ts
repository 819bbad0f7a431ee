// Phiếu B part B1: validating a total or scorecard answers, the B1 cut-off rule written once, and the steps a
// tracer builds from them. Private.
import * as z from "zod/mini";
import type { Area, Citation, LegalValue, Path } from "../types.js";
import { deepFreeze } from "../_lib/freeze.js";
import { Memo } from "../_lib/memo.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { prefixIssues } from "../_lib/issues.js";
import { type Tracer } from "../explain/_trace.js";
import type { ExplanationStep } from "../explain/types.js";
import type { AreaB1Cutoffs, ClassRuleName, PovertyStandard } from "../standards/types.js";
import type { SocioEconomicRegion } from "../household/regions.js";
import { safeParseB1Scorecard, type B1Scorecard, type B1ScorecardSheet } from "./b1Scorecard.js";
import type { B1ItemPoints, B1Outcome } from "./types.js";
import { addIssue, issue, step } from "./_messages.js";

/** B1 after validation. */
export type ResolvedB1 =
  | { readonly kind: "total"; readonly total: number }
  | { readonly kind: "scorecard"; readonly total: number; readonly card: B1Scorecard; readonly sheet: B1ScorecardSheet; readonly items: readonly B1ItemPoints[] }
  | { readonly kind: "missing"; readonly card: B1Scorecard; readonly sheet: B1ScorecardSheet; readonly missing: readonly string[] };

/** The B1 fields of an input, before the rule that one entry is given. */
export const b1FieldsShape = z.strictObject({
  total: z.optional(z.int().check(z.nonnegative())),
  scorecard: z.optional(z.unknown()),
  answers: z.optional(z.record(z.string(), z.string())),
});

/**
 * The one-entry rule of B1 (`invalid_b1`): the paper total, or a scorecard with its answers — never both, never
 * neither, never a scorecard without answers. Checked by the schema for every standard, before any standard's rule.
 */
export const b1EntryCheck = z.superRefine((v: z.output<typeof b1FieldsShape>, ctx) => {
  const hasTotal = v.total !== undefined;
  const hasCard = v.scorecard !== undefined || v.answers !== undefined;
  if (hasTotal === hasCard || (hasCard && (v.scorecard === undefined || v.answers === undefined))) addIssue(ctx, "invalid_b1", [], {});
});

/** The B1 fields of an input, as parsed: one entry, a total or a scorecard with answers. */
export const b1FieldsSchema = b1FieldsShape.check(b1EntryCheck);

/** Picks the scorecard sheet for an area and region. */
function pickSheet(card: B1Scorecard, area: Area, region: SocioEconomicRegion | undefined, path: Path): SafeResult<B1ScorecardSheet> {
  const sheets = card.sheets.filter((s) => s.area === area);
  const general = sheets.find((s) => s.regions === undefined);
  if (general) return { ok: true, value: general };
  if (region === undefined && sheets.length > 0) return { ok: false, issues: [issue("region_required", [...path, "region"], { area })] };
  const s = sheets.find((x) => region !== undefined && x.regions?.includes(region));
  if (s) return { ok: true, value: s };
  return { ok: false, issues: [issue("region_not_covered", [...path, "region"], { area, region: region ?? null })] };
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
  path: Path,
  regionPath: Path = [],
): SafeResult<ResolvedB1> {
  // one entry: b1FieldsSchema's check (invalid_b1)
  if (fields.total !== undefined) return { ok: true, value: { kind: "total", total: fields.total } };
  const parsed = safeParseB1Scorecard(fields.scorecard);
  if (!parsed.ok) return { ok: false, issues: prefixIssues(parsed.issues, [...path, "scorecard"]) };
  const card = parsed.value;
  const national = standard.layeredOn?.national ?? standard.id;
  if (card.standard !== standard.id && card.standard !== national) {
    return { ok: false, issues: [issue("scorecard_of_other_standard", [...path, "scorecard", "standard"], { scorecard: card.id, belongsTo: card.standard, standard: standard.id })] };
  }
  const sheet = pickSheet(card, area, region, regionPath);
  if (!sheet.ok) return sheet;
  const answers = fields.answers ?? {};
  const issues: Issue[] = [];
  const byId = new Map(card.items.map((i) => [i.id, i]));
  for (const key of Object.keys(answers)) {
    const item = byId.get(key);
    if (!item) {
      issues.push(issue("unknown_b1_item", [...path, "answers", key], { item: key, scorecard: card.id }));
      continue;
    }
    const opt = answers[key];
    if (!item.options.some((o) => o.id === opt)) {
      issues.push(issue("unknown_b1_option", [...path, "answers", key], { item: key, option: opt ?? null, known: item.options.map((o) => o.id).join(", ") }));
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const missing: string[] = [];
  const items: B1ItemPoints[] = [];
  let total = sheet.value.base;
  for (const item of card.items) {
    // own answers only: an item named like an Object.prototype member ("constructor", "toString") is not answered
    // by what every object inherits
    const opt = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
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
  if (total < 0) return { ok: false, issues: [issue("b1_total_negative", [...path, "answers"], { total })] };
  return { ok: true, value: { kind: "scorecard", total, card, sheet: sheet.value, items } };
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

/** Where B1 falls against the cut-offs. */
export type B1Band = "poor_by_income" | "in_band" | "above";

/** What the B1 cut-off rule reports as it runs. */
export interface B1Probe {
  /** B1 compared with the income-poverty cut-off (two-lines rule only): B1 ≤ cut-off → poor by income. */
  b1PoorByIncome(total: number, cutoff: LegalValue<number>, holds: boolean): void;
  /** B1 compared with the area's cut-off: B1 ≤ cut-off → poor or near-poor (B2 decides). */
  b1Cutoff(total: number, cutoff: LegalValue<number>, holds: boolean): void;
}


/**
 * The B1 cut-off rule. Two lines (2016–2020, Circular 17/2016 as amended by Circular 14/2018): B1 ≤ the poverty
 * cut-off → poor by income; else B1 ≤ the cut-off → B2 decides; else neither. Line and deprivations (2022–2025,
 * Circular 07/2021): B1 ≤ the cut-off → B2 decides; else neither. Inclusive bounds.
 */
export function evaluateB1Band(variant: ClassRuleName, c: AreaB1Cutoffs, total: number, p: B1Probe): B1Band {
  switch (variant) {
    case "two_lines": {
      const pbi = c.poorByIncome;
      if (pbi !== undefined) {
        const poor = total <= pbi.value;
        p.b1PoorByIncome(total, pbi, poor);
        if (poor) return "poor_by_income";
      }
      break;
    }
    case "line_and_deprivations":
      break;
  }
  const inBand = total <= c.cutoff.value;
  p.b1Cutoff(total, c.cutoff, inBand);
  return inBand ? "in_band" : "above";
}

const PAPER = new Memo<Citation, number, ExplanationStep>();
const CUT = new Memo<LegalValue<number>, number, ExplanationStep>();

/** The tracer's step for the B1 entry (the paper total, or the scorecard with each item's points). */
export function traceB1Entry(t: Tracer, standard: PovertyStandard, b1: ResolvedB1): void {
  const cite = (standard.scoring.b1?.rural ?? standard.scoring.b1?.urban)?.cutoff.citation ?? { instrument: standard.instruments[0]?.id ?? standard.id, item: "Phiếu B, phần B1" };
  if (b1.kind === "total") {
    const total = b1.total;
    t.add(PAPER.get(cite, total, () => deepFreeze(step({ rule: "b1.total", code: "b1_paper_total", params: { total }, actual: total, result: true, citations: [cite] }))));
    return;
  }
  const card = b1.card;
  t.read(standard, `b1Scorecard.${card.id}`, { value: `${card.id}@${card.version}`, citation: card.citation, status: card.status });
  if (b1.kind === "missing") {
    const missing = b1.missing.join(", ");
    t.add(step({ rule: "b1.scorecard", code: "b1_items_missing", params: { missing }, actual: null, expected: missing, result: false, citations: [card.citation, cite], status: card.status }));
    return;
  }
  const byId = new Map(card.items.map((i) => [i.id, i]));
  const children = b1.items.map((ip) => {
    const item = byId.get(ip.item);
    const opt = item?.options.find((o) => o.id === ip.option);
    return step({
      rule: "b1.item",
      code: "b1_item_points",
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
  t.add(
    step({
      rule: "b1.scorecard",
      code: "b1_scorecard_total",
      params: { total: b1.total, scorecard: card.id, version: card.version, sheet: b1.sheet.id, base: b1.sheet.base },
      actual: b1.total,
      result: true,
      citations: [card.citation, cite],
      status: card.status,
      children,
    }),
  );
}

/** The tracer's step for B1 against the income-poverty cut-off. */
export function traceB1PoorByIncome(t: Tracer, standard: PovertyStandard, area: Area, total: number, c: LegalValue<number>, holds: boolean): void {
  const v = t.read(standard, area === "rural" ? "scoring.b1.rural.poorByIncome" : "scoring.b1.urban.poorByIncome", c);
  t.add(
    CUT.get(c, total, () => deepFreeze(step({
      rule: "b1.at_or_below_poor_by_income",
      code: holds ? "b1_at_or_below_poor_by_income" : "b1_above_poor_by_income",
      params: { total, cutoff: v, holds, labelVi: c.label?.vi ?? "điểm cắt nghèo", labelEn: c.label?.en ?? "poverty cut-off" },
      actual: total,
      expected: `≤ ${v}`,
      result: holds,
      citations: [c.citation],
      status: c.status,
    }))),
  );
}

/** The tracer's step for B1 against the area's cut-off. */
export function traceB1Cutoff(t: Tracer, standard: PovertyStandard, area: Area, total: number, c: LegalValue<number>, holds: boolean): void {
  const cut = t.read(standard, area === "rural" ? "scoring.b1.rural.cutoff" : "scoring.b1.urban.cutoff", c);
  t.add(
    CUT.get(c, area === "rural" ? total * 2 : total * 2 + 1, () => deepFreeze(step({
      rule: "b1.at_or_below_cutoff",
      code: holds ? "b1_at_or_below_cutoff" : "b1_above_cutoff",
      params: { total, cutoff: cut, holds, area, labelVi: c.label?.vi ?? "điểm cắt", labelEn: c.label?.en ?? "cut-off" },
      actual: total,
      expected: `≤ ${cut}`,
      result: holds,
      citations: [c.citation],
      status: c.status,
    }))),
  );
}

/** The tracer's step when the standard has no B1 rule. */
export function traceB1NotFound(t: Tracer, standard: PovertyStandard): ExplanationStep {
  return t.add(step({ rule: "b1.rule", code: "b1_rule_not_found", params: { standard: standard.id }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
}
