import type { Citation, Explanation } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import { Tracer, step } from "../_lib/trace.js";
import { str, type MessageParams } from "../_lib/messages.js";
import type { Area, PovertyStandard } from "../standards/types.js";
import type { SocioEconomicRegion } from "../household/regions.js";
import { decideFormA, traceFormA, type FormAAnswers, type FormAOutcome } from "../forms/formA.js";
import { b1Outcome, traceB1, traceB1Cutoffs, type B1Entry, type B1Outcome } from "../forms/scoreB1.js";
import { b2Outcome, traceB2, traceB2Threshold, type B2Entry, type B2Outcome } from "../forms/scoreB2.js";
import { standardStep, type Decision } from "./classifyByIncome.js";
import { decideHousehold, resolveHousehold, type ResolvedHousehold } from "./resolveHousehold.js";
import { summarizeChange } from "./whatWouldChange.js";

/**
 * The class of a household scored on the review forms (kết quả phân loại hộ theo Phiếu A, B): a
 * {@link PovertyClassOutcome} that also says why a household is not poor and why a decision cannot be made.
 *
 * @remarks
 * - `poor.basis`: `"income"` (2016–2020, B1 at or below the poverty cut-off), `"deprivation"` (2016–2020, B1 between
 *   the cut-offs and B2 ≥ 30) or `"income_and_deprivation"` (2022–2025, B1 at or below the cut-off and B2 ≥ 30).
 * - `not_poor.reason`: `"form_a_not_reviewed"` (Phiếu A column 0 = 0), `"form_a_screened_out"` (Phiếu A column E at
 *   or above the stop count) — both with `screenedOut: true` — or `"b1_above_cutoff"`.
 * - `undetermined.missing`: exactly the inputs needed and not given: `"b1"`, `"b2"`, or scorecard items / indicator
 *   answers as `"b1.answers.<item>"` / `"b2.answers.<indicator>"`. When only `b1` is missing, B2 may be needed
 *   later (if B1 turns out at or below the cut-off). `undetermined.reason` is set, with `missing: []`, when the law
 *   lacks a value and no input could help: `"b1_cutoff_not_found"` (2027–2030 has no B1/B2 cut-off) or
 *   `"local_b1_cutoff_not_found"` (a local standard raised the income line; no B1 score is equated with it).
 *
 * @example
 * ```ts
 * const o: HouseholdClassOutcome = { kind: "not_poor", reason: "form_a_screened_out", screenedOut: true };
 * ```
 * @category Classification
 */
export type HouseholdClassOutcome =
  | { readonly kind: "poor"; readonly basis: "income" | "deprivation" | "income_and_deprivation" }
  | { readonly kind: "near_poor" }
  | { readonly kind: "not_poor"; readonly reason: "form_a_not_reviewed" | "form_a_screened_out" | "b1_above_cutoff"; readonly screenedOut: boolean }
  | { readonly kind: "undetermined"; readonly missing: readonly string[]; readonly reason?: "b1_cutoff_not_found" | "local_b1_cutoff_not_found" };

/**
 * The input of {@link classifyHousehold} (phân loại hộ theo Phiếu A và Phiếu B).
 *
 * @example
 * ```ts
 * const input: ClassifyHouseholdInput = {
 *   standard: "2021-2025", area: "rural",
 *   formA: { reviewed: 1, criteria: [0, 1, 0, 0, 1, 0, 0, 0, 0] },
 *   b1: 138,
 *   b2: { deprivations: ["healthInsurance", "sanitation", "housingArea"] },
 * };
 * ```
 * @category Classification
 */
export interface ClassifyHouseholdInput {
  /** The standard: an id (`"2021-2025"`) or a standard object. */
  readonly standard: string | PovertyStandard;
  /** Rural (nông thôn) or urban (thành thị). */
  readonly area: Area;
  /** The socio-economic region (for a B1 scorecard with regional sheets). */
  readonly region?: SocioEconomicRegion;
  /** Phiếu A answers; when absent the decision starts from Phiếu B. */
  readonly formA?: FormAAnswers;
  /** B1: the total (a number or `{ total }`) or scorecard answers. */
  readonly b1?: number | B1Entry;
  /** B2: the total in points (a number or `{ total }`), per-indicator answers, the deprived keys, or their count. */
  readonly b2?: number | B2Entry;
}

/**
 * A household's class with its explanation and the form results it came from (kết quả phân loại hộ).
 *
 * @example
 * ```ts
 * const d: HouseholdDecision = classifyHousehold({ standard: "2021-2025", area: "urban", b1: 176 });
 * d.outcome.kind; //=> "not_poor"
 * ```
 * @category Classification
 */
export interface HouseholdDecision extends Decision<HouseholdClassOutcome> {
  /** The results of the forms that were given. */
  readonly scores: { readonly formA?: FormAOutcome; readonly b1?: B1Outcome; readonly b2?: B2Outcome };
}

const OUTCOME: { readonly [k: string]: { readonly vi: string; readonly en: string } } = {
  poor_income: { vi: "Kết luận: hộ nghèo (theo tiêu chí thu nhập, B1 không vượt điểm cắt nghèo).", en: "Outcome: poor household (by income: B1 at or below the poverty cut-off)." },
  poor_deprivation: { vi: "Kết luận: hộ nghèo (thiếu hụt dịch vụ xã hội cơ bản, B2 từ {t} điểm trở lên).", en: "Outcome: poor household (deprived of basic social services: B2 of {t} points or more)." },
  poor_income_and_deprivation: { vi: "Kết luận: hộ nghèo (B1 không vượt điểm cắt và B2 từ {t} điểm trở lên).", en: "Outcome: poor household (B1 at or below the cut-off and B2 of {t} points or more)." },
  near_poor: { vi: "Kết luận: hộ cận nghèo (B1 không vượt điểm cắt, B2 dưới {t} điểm).", en: "Outcome: near-poor household (B1 at or below the cut-off, B2 under {t} points)." },
  not_poor_form_a_not_reviewed: { vi: "Kết luận: hộ không rà soát (Phiếu A, cột 0), không thuộc diện hộ nghèo, hộ cận nghèo.", en: "Outcome: the household is not reviewed (Phiếu A, column 0); neither poor nor near-poor." },
  not_poor_form_a_screened_out: { vi: "Kết luận: ngừng rà soát theo Phiếu A (mã 0), không thuộc diện hộ nghèo, hộ cận nghèo.", en: "Outcome: screened out by Phiếu A (code 0); neither poor nor near-poor." },
  not_poor_b1_above_cutoff: { vi: "Kết luận: B1 trên điểm cắt, không thuộc diện hộ nghèo, hộ cận nghèo.", en: "Outcome: B1 above the cut-off; neither poor nor near-poor." },
  undetermined_b1_cutoff_not_found: {
    vi: "Chưa thể kết luận: chuẩn này chưa có điểm cắt B1/B2 được xác minh; hãy phân loại theo thu nhập khảo sát (classifyByIncome).",
    en: "Undetermined: this standard has no sourced B1/B2 cut-off; classify from surveyed income instead (classifyByIncome).",
  },
  undetermined_local_b1_cutoff_not_found: {
    vi: "Chưa thể kết luận: chuẩn địa phương nâng chuẩn thu nhập, chưa có điểm B1 tương đương; hãy phân loại theo thu nhập khảo sát (classifyByIncome).",
    en: "Undetermined: the local standard raised the income line and no B1 score is equated with it; classify from surveyed income instead (classifyByIncome).",
  },
};

const M = {
  outcome: {
    vi: (p: MessageParams) => (p["kind"] === "undetermined" ? `Chưa thể kết luận: thiếu ${str(p["missing"])}.` : (OUTCOME[str(p["kind"])]?.vi ?? str(p["kind"])).replace("{t}", str(p["threshold"]))),
    en: (p: MessageParams) => (p["kind"] === "undetermined" ? `Undetermined: ${str(p["missing"])} missing.` : (OUTCOME[str(p["kind"])]?.en ?? str(p["kind"])).replace("{t}", str(p["threshold"]))),
  },
  noFormA: {
    vi: () => "Không có Phiếu A: phân loại bắt đầu từ Phiếu B.",
    en: () => "No Phiếu A given: the classification starts from Phiếu B.",
  },
  missing: {
    vi: (p: MessageParams) => `Chưa có ${p["what"] === "b1" ? "điểm B1 (Phiếu B, phần B1)" : "điểm B2 (Phiếu B, phần B2), cần vì B1 không vượt điểm cắt"}.`,
    en: (p: MessageParams) => `${p["what"] === "b1" ? "The B1 score (Phiếu B, part B1) was not given" : "The B2 score (Phiếu B, part B2) was not given; it is needed because B1 is at or below the cut-off"}.`,
  },
  b2NotNeeded: {
    vi: () => "B1 trên điểm cắt: không chấm phần B2 (điểm B2 đã nhập không được dùng).",
    en: () => "B1 is above the cut-off: B2 is not scored (the B2 given is not used).",
  },
  noRule: {
    vi: (p: MessageParams) =>
      p["local"]
        ? `Chuẩn địa phương ${str(p["standard"])} thay chuẩn thu nhập khu vực ${p["area"] === "urban" ? "thành thị" : "nông thôn"}; điểm cắt B1 của chuẩn quốc gia tương đương chuẩn quốc gia, không dùng được.`
        : `Chuẩn ${str(p["standard"])} chưa có điểm cắt B1, B2 và quy tắc Phiếu A được xác minh: không phân loại được từ điểm Phiếu B.`,
    en: (p: MessageParams) =>
      p["local"]
        ? `Local standard ${str(p["standard"])} replaces the ${str(p["area"])} income line; the national B1 cut-off stands for the national line and cannot be used.`
        : `Standard ${str(p["standard"])} has no sourced B1 or B2 cut-off or Phiếu A rule: it cannot classify from Phiếu B scores.`,
  },
  change: {
    vi: (p: MessageParams) => `Điều gì làm thay đổi kết quả: ${str(p["count"])} khả năng.`,
    en: (p: MessageParams) => `What would change the class: ${str(p["count"])} change(s).`,
  },
};

function outcomeKey(o: HouseholdClassOutcome): string {
  switch (o.kind) {
    case "poor":
      return `poor_${o.basis}`;
    case "near_poor":
      return "near_poor";
    case "not_poor":
      return `not_poor_${o.reason}`;
    case "undetermined":
      return o.reason ? `undetermined_${o.reason}` : "undetermined";
  }
}

function formItem(standard: PovertyStandard, item: string): Citation {
  return { instrument: standard.instruments.find((i) => i.kind === "circular")?.id ?? standard.instruments[0]?.id ?? standard.id, item };
}

/** Builds the explanation of a resolved household's decision. */
export function explainHousehold(r: ResolvedHousehold, outcome: HouseholdClassOutcome): Explanation {
  const { standard, area } = r;
  const t = new Tracer();
  t.add(standardStep(standard));
  const outcomeCitations: Citation[] = [];
  if (typeof r.rule === "string") {
    const local = r.rule === "local_b1_cutoff_not_found";
    t.add(step({ rule: "scoring.rule", code: r.rule, template: M.noRule, params: { standard: standard.id, area, local }, result: false, citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }] }));
  } else {
    let stopped = false;
    if (r.formA) {
      const a = decideFormA(standard, r.formA);
      traceFormA(t, standard, r.formA, a);
      stopped = a.kind === "not_reviewed" || a.kind === "stop";
      if (stopped && standard.scoring.formA) outcomeCitations.push(standard.scoring.formA.stopAtOrAbove.citation);
    } else {
      t.add(step({ rule: "form_a.absent", code: "form_a_not_given", template: M.noFormA, params: {}, result: "skipped", citations: [] }));
    }
    if (!stopped) {
      if (!r.b1) {
        t.add(step({ rule: "b1.given", code: "b1_missing", template: M.missing, params: { what: "b1" }, result: false, expected: "b1", citations: [formItem(standard, "Phiếu B, phần B1")] }));
      } else {
        traceB1(t, standard, r.b1);
        if (r.b1.kind !== "missing") {
          const cut = traceB1Cutoffs(t, standard, area, r.b1.total);
          const c = standard.scoring.b1?.[area];
          if (c) outcomeCitations.push(cut.poorByIncome && c.poorByIncome ? c.poorByIncome.citation : c.cutoff.citation);
          if (!cut.atOrBelowCutoff) {
            if (r.b2) t.add(step({ rule: "b2.not_needed", code: "b2_not_needed", template: M.b2NotNeeded, params: {}, result: "skipped", citations: [formItem(standard, "Phiếu B, phần B2")] }));
          } else if (!cut.poorByIncome) {
            if (!r.b2) {
              t.add(step({ rule: "b2.given", code: "b2_missing", template: M.missing, params: { what: "b2" }, result: false, expected: "b2", citations: [formItem(standard, "Phiếu B, phần B2")] }));
            } else {
              traceB2(t, standard, r.b2);
              if (r.b2.kind === "scored") {
                traceB2Threshold(t, standard, r.b2.total);
                if (standard.scoring.b2) outcomeCitations.push(standard.scoring.b2.poorAtOrAbove.citation);
              }
            }
          }
        }
      }
    }
    const summary = summarizeChange(r);
    if (summary.changes.length > 0) {
      const children = summary.changes.map((c) => ({ rule: "what_would_change", code: c.code, params: c.params, result: true, citations: [], status: "confirmed" as const, message: c.message }));
      t.add(step({ rule: "what_would_change", code: "what_would_change", template: M.change, params: { count: summary.changes.length }, result: true, citations: [], children }));
    }
  }
  const key = outcomeKey(outcome);
  const final = t.add(
    step({
      rule: "outcome",
      code: key,
      template: M.outcome,
      params: {
        kind: outcome.kind === "undetermined" && !outcome.reason ? "undetermined" : key,
        missing: outcome.kind === "undetermined" ? outcome.missing.join(", ") : null,
        threshold: standard.scoring.b2?.poorAtOrAbove.value ?? null,
      },
      result: outcome.kind,
      citations: outcomeCitations,
    }),
  );
  return t.finish("classify_household", standard.id, final.message);
}

function scoresOf(r: ResolvedHousehold): HouseholdDecision["scores"] {
  return {
    ...(r.formA ? { formA: decideFormA(r.standard, r.formA) } : {}),
    ...(r.b1 ? { b1: b1Outcome(r.b1) } : {}),
    ...(r.b2 ? { b2: b2Outcome(r.b2) } : {}),
  };
}

/** Classifies a resolved household with its explanation. */
export function classifyResolvedHousehold(r: ResolvedHousehold): HouseholdDecision {
  const outcome = decideHousehold(r);
  return { outcome, explanation: explainHousehold(r, outcome), scores: scoresOf(r) };
}

/**
 * Classifies a household from its Phiếu A and Phiếu B scores (phân loại hộ nghèo, hộ cận nghèo theo Phiếu A và
 * Phiếu B), returning the issues when the input is bad.
 *
 * @remarks
 * Every cut-off is read from the standard's `scoring` data:
 * - Phiếu A (when given): column 0 = 0 → not reviewed; column E at or above `formA.stopAtOrAbove` (2022–2025: 4,
 *   seed 003 Mục I.2 Bước 1; 2016–2020: 3, Circular 17/2016 Phụ lục 3a) → stop, not poor (`screenedOut`).
 * - 2022–2025 (Circular 07/2021/TT-BLĐTBXH, Phiếu B): B1 > cut-off (rural 140, urban 175) → not poor, B2 not
 *   needed (per the seed guide it is not even scored); B1 ≤ cut-off → B2 ≥ 30 poor, B2 < 30 near-poor.
 * - 2016–2020 (Circular 17/2016 Art. 6.2 as rewritten by Circular 14/2018): B1 ≤ 120 rural / 140 urban → poor by
 *   income; B1 ≤ 150 / 175 → poor by deprivation if B2 ≥ 30, else near-poor; above → not poor.
 * Bounds are inclusive ("từ … trở xuống", "từ 30 điểm trở lên"). `undetermined` lists exactly the missing inputs
 * and never guesses. 2027–2030 has no B1/B2 cut-off: the outcome is `undetermined` with reason
 * `b1_cutoff_not_found` (use {@link classifyByIncome} with surveyed income). The explanation names each form item
 * (Phiếu A cột E; Phiếu B phần B1; B2) with actual and expected values in Vietnamese and English, and ends with a
 * "what would change the class" step (see {@link whatWouldChange}).
 *
 * @param input - standard, area, optional region, Phiếu A, B1, B2.
 * @returns `{ ok: true, value: { outcome, explanation, scores } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeClassifyHousehold({ standard: "2021-2025", area: "rural", b1: 138.5 });
 * r.ok; //=> false (B1 must be a whole number)
 * ```
 * @category Classification
 */
export function safeClassifyHousehold(input: ClassifyHouseholdInput): SafeResult<HouseholdDecision> {
  const r = resolveHousehold(input);
  return r.ok ? { ok: true, value: classifyResolvedHousehold(r.value) } : r;
}

/**
 * Classifies a household from its Phiếu A and Phiếu B scores (phân loại hộ theo Phiếu A và Phiếu B); throws on bad
 * input.
 *
 * @remarks See {@link safeClassifyHousehold} for the rule per standard, the bounds and the outcomes.
 * @param input - standard, area, optional region, Phiếu A, B1, B2.
 * @returns `{ outcome, explanation, scores }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * // 2022–2025 rural: B1 140 ≤ 140 and B2 30 ≥ 30 (Circular 07/2021, Phiếu B)
 * classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140, b2: 30 }).outcome;
 * //=> { kind: "poor", basis: "income_and_deprivation" }
 * classifyHousehold({ standard: "2021-2025", area: "rural", b1: 141 }).outcome;
 * //=> { kind: "not_poor", reason: "b1_above_cutoff", screenedOut: false }
 * classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140 }).outcome;
 * //=> { kind: "undetermined", missing: ["b2"] }
 * ```
 * @category Classification
 */
export function classifyHousehold(input: ClassifyHouseholdInput): HouseholdDecision {
  return unwrap(safeClassifyHousehold(input), "classifyHousehold");
}
