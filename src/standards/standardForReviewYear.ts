import * as z from "zod/mini";
import type { Certainty, Citation } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { deepFreeze } from "../_lib/freeze.js";
import { Tracer, weakest } from "../explain/_trace.js";
import type { Explanation } from "../explain/types.js";
import { STANDARDS } from "./STANDARDS.js";
import { safeStandardForYear } from "./standardForYear.js";
import type { PovertyStandard, ReviewDirective } from "./types.js";
import { issue, step } from "./_messages.js";
import { noStandardForYearError } from "./_yearError.js";

/**
 * A kind of review (loại rà soát): the periodic review held once a year (rà soát định kỳ, 1/9–14/12 under Decision
 * 24/2021/QĐ-TTg), which fixes the lists used the following year, or a regular review (rà soát thường xuyên, each
 * month), which amends the lists of the current year.
 *
 * @example
 * ```ts
 * const k: ReviewKind = "periodic";
 * ```
 * @category Standards
 */
export type ReviewKind = "periodic" | "regular";

/**
 * How to read the law where it directs a review to apply a standard other than the one governing the lists it
 * fixes (cách hiểu khi văn bản chỉ đạo khác với năm danh sách):
 * - `"direction"`: follow the direction (Decree 351/2025/NĐ-CP Art. 4 cl. 1 point a: the review of 2026 under the
 *   2022–2025 standard) — the library's answer when the caller does not choose, stated as such in the answer;
 * - `"list_year"`: apply the standard of the year the lists are used in.
 *
 * @example
 * ```ts
 * const r: ReviewReading = "list_year";
 * ```
 * @category Standards
 */
export type ReviewReading = "direction" | "list_year";

/**
 * The answer to "which standard?" (chuẩn nghèo áp dụng), as data: the question, the standard chosen, how the law
 * was read, the alternative where the law leaves a choice, the procedure that applies, and the basis with its
 * certainty.
 *
 * @remarks
 * - `reading`: `"law"` when the law gives one answer; `"direction"` or `"list_year"` when a direction and the list
 *   year disagree (then `alternative` is the other answer, with its basis).
 * - `procedure`: the review procedure the answer's standard uses; `practicalDefault: true` when none was found for
 *   it and another standard's applies meanwhile (2027–2030). `null` for the list-year question.
 * - `status`: the weakest certainty of everything the answer rests on.
 *
 * @example
 * ```ts
 * standardForReviewYear({ year: 2026, kind: "periodic" }).outcome.standard; //=> "2021-2025"
 * ```
 * @category Standards
 */
export interface StandardChoice {
  /** Which question was answered. */
  readonly question: "list_year" | "review_year";
  /** The year asked about: the list year, or the year the review is held in. */
  readonly year: number;
  /** The review's kind; `null` for the list-year question. */
  readonly kind: ReviewKind | null;
  /** The year whose lists are concerned. */
  readonly listYear: number;
  /** The id of the standard that applies. */
  readonly standard: string;
  /** How the law was read. */
  readonly reading: "law" | ReviewReading;
  /** The other answer, where the law leaves a choice. */
  readonly alternative: { readonly standard: string; readonly reading: ReviewReading; readonly citation: Citation; readonly status: Certainty } | null;
  /** The review procedure that applies, for the review-year question. */
  readonly procedure: { readonly standard: string; readonly instrument: string; readonly practicalDefault: boolean; readonly status: Certainty } | null;
  /** The basis of the answer. */
  readonly citations: readonly Citation[];
  /** The weakest certainty the answer rests on. */
  readonly status: Certainty;
}

/**
 * An answer to "which standard?": the standard itself, the answer as data, and its explanation.
 *
 * @example
 * ```ts
 * const a: StandardAnswer = standardForListYear(2027);
 * a.standard.id; //=> "2027-2030"
 * ```
 * @category Standards
 */
export interface StandardAnswer {
  /** The standard that applies (deeply frozen). */
  readonly standard: PovertyStandard;
  /** The answer as data. */
  readonly outcome: StandardChoice;
  /** The steps, each citing its basis. */
  readonly explanation: Explanation;
}

/**
 * The input of {@link standardForReviewYear}.
 *
 * @example
 * ```ts
 * const i: ReviewYearInput = { year: 2026, kind: "periodic" };
 * ```
 * @category Standards
 */
export interface ReviewYearInput {
  /** The year the review is held in. */
  readonly year: number;
  /** Periodic (fixes next year's lists) or regular (amends this year's). Required: the library does not guess it. */
  readonly kind: ReviewKind;
  /** Where a direction and the list year disagree, which to follow; `"direction"` when omitted. */
  readonly reading?: ReviewReading;
}

const reviewInputSchema = z.strictObject({
  year: z.int().check(z.minimum(1900), z.maximum(2200)),
  kind: z.enum(["periodic", "regular"]),
  reading: z.optional(z.enum(["direction", "list_year"])),
});

/** The list-year step of a standard, with the value read recorded. */
function listYearStep(t: Tracer, s: PovertyStandard, listYear: number): void {
  const ly = t.read(s, "listYears", s.listYears);
  t.add(step({ rule: "standard.list_years", code: "list_year_governed_by", params: { listYear, standard: s.id, from: ly.from, to: ly.to }, result: s.id, citations: [s.listYears.citation], status: s.listYears.status }));
}

/**
 * Answers which standard governs the poor and near-poor lists used in a year (chuẩn nghèo áp dụng cho danh sách
 * năm …), with its basis and certainty; or the issues.
 *
 * @remarks
 * The same mapping as {@link standardForYear} (2016–2021 → `2016-2020`; 2022–2026 → `2021-2025`, 2026 by Decree
 * 351/2025/NĐ-CP Art. 2; 2027–2030 → `2027-2030`, Art. 3), explained. It is a different question from "which
 * standard does the review held in year Y apply": see {@link standardForReviewYear}.
 *
 * @param year - the year the lists are used in.
 * @returns the answer, or issues `invalid_year` / `no_standard_for_year`.
 * @example
 * ```ts
 * const r = safeStandardForListYear(2026);
 * r.ok && r.value.outcome.citations[0]?.article; //=> "2"
 * ```
 * @category Standards
 */
export function safeStandardForListYear(year: number): SafeResult<StandardAnswer> {
  return guardSafe(() => forListYear(year));
}

function forListYear(year: number): SafeResult<StandardAnswer> {
  const r = safeStandardForYear(year);
  if (!r.ok) return r;
  const s = r.value;
  const t = new Tracer();
  listYearStep(t, s, year);
  const final = t.add(step({ rule: "standard.for_list_year", code: "standard_for_list_year", params: { listYear: year, standard: s.id }, result: s.id, citations: [s.listYears.citation], status: s.listYears.status }));
  const outcome: StandardChoice = {
    question: "list_year",
    year,
    kind: null,
    listYear: year,
    standard: s.id,
    reading: "law",
    alternative: null,
    procedure: null,
    citations: [s.listYears.citation],
    status: s.listYears.status,
  };
  return { ok: true, value: { standard: s, outcome: deepFreeze(outcome), explanation: t.finish("standard_for_list_year", s.id, final.message) } };
}

/**
 * Answers which standard governs the lists used in a year (chuẩn nghèo áp dụng cho danh sách năm …); throws on a
 * bad year.
 *
 * @remarks See {@link safeStandardForListYear}.
 * @param year - the year the lists are used in.
 * @returns the standard, the answer as data and its explanation.
 * @throws {@link PovertyError} with code `"no_standard_for_year"` or `"invalid_input"`.
 * @example
 * ```ts
 * standardForListYear(2026).standard.id; //=> "2021-2025"
 * standardForListYear(2027).outcome.citations[0]?.instrument; //=> "Nghị định 351/2025/NĐ-CP"
 * ```
 * @category Standards
 */
export function standardForListYear(year: number): StandardAnswer {
  const r = safeStandardForListYear(year);
  if (r.ok) return r.value;
  // a year no standard governs: the same error as standardForYear's (as documented)
  const notGoverned = noStandardForYearError(r.issues, year);
  if (notGoverned) throw notGoverned;
  return unwrap(r, "standardForListYear");
}

/** The direction, among all standards, for reviews of a kind held in a year. */
function directionFor(year: number, kind: ReviewKind): ReviewDirective | undefined {
  for (const s of STANDARDS) for (const d of s.reviewDirectives ?? []) if (d.reviewYear === year && d.kinds.includes(kind)) return d;
  return undefined;
}

/**
 * Answers which standard the review held in a year applies (chuẩn nghèo áp dụng cho đợt rà soát năm …), with the
 * procedure that goes with it, each citing its basis and carrying its certainty; or the issues.
 *
 * @remarks
 * - A periodic review held in year Y fixes the lists used in Y + 1; a regular review amends the lists of Y (Decision
 *   24/2021/QĐ-TTg Art. 3). By default the review applies the standard of those lists.
 * - Where the law directs otherwise, the direction is the answer unless the caller chooses the `"list_year"`
 *   reading; the other answer is returned as `alternative`, so the choice is never silent. Today one direction is
 *   known: Decree 351/2025/NĐ-CP Art. 4 cl. 1 point a — "rà soát, xác định hộ nghèo, hộ cận nghèo năm 2026 theo
 *   chuẩn nghèo đa chiều giai đoạn 2022 - 2025" — so the reviews held in 2026, including the periodic review that
 *   fixes the 2027 lists, apply `2021-2025` (uncertain: the article was read in fragments, and this is the
 *   project's reading of it), while the 2027 lists are governed by `2027-2030` (Art. 3).
 * - The procedure: the standard's own, or, for `2027-2030`, the 2022–2025 procedure as the practical default
 *   (uncertain) until one is found.
 * - The library never answers from today's date; a reading given where no direction exists is refused
 *   (`reading_without_direction`), so that a caller's assumption is not silently ignored.
 *
 * @param input - the year the review is held in, its kind, and optionally the reading.
 * @returns the answer, or issues.
 * @example
 * ```ts
 * const r = safeStandardForReviewYear({ year: 2026, kind: "periodic" });
 * r.ok && [r.value.outcome.standard, r.value.outcome.alternative?.standard, r.value.outcome.status];
 * //=> ["2021-2025", "2027-2030", "uncertain"]
 * ```
 * @category Standards
 */
export function safeStandardForReviewYear(input: ReviewYearInput): SafeResult<StandardAnswer> {
  return guardSafe(() => forReviewYear(input));
}

function forReviewYear(input: ReviewYearInput): SafeResult<StandardAnswer> {
  const parsed = safeParseWith(reviewInputSchema, input);
  if (!parsed.ok) return parsed;
  const { year, kind } = parsed.value;
  const listYear = kind === "periodic" ? year + 1 : year;
  const listed = safeStandardForYear(listYear);
  if (!listed.ok) {
    const from = Math.min(...STANDARDS.map((s) => s.listYears.value.from));
    const to = Math.max(...STANDARDS.map((s) => s.listYears.value.to));
    return { ok: false, issues: [issue("no_standard_for_review_year", ["year"], { year, kind, listYear, from, to })] };
  }
  const listStandard = listed.value;
  const direction = directionFor(year, kind);
  if (!direction && parsed.value.reading !== undefined) return { ok: false, issues: [issue("reading_without_direction", ["reading"], { year, kind })] };

  const t = new Tracer();
  const lp = listStandard.procedure;
  const kindBasis: readonly Citation[] = lp ? [kind === "periodic" ? lp.periodicWindow.citation : (lp.regularReviewFromDay?.citation ?? { instrument: lp.instrument })] : [];
  t.add(step({ rule: "review.lists_of", code: "review_fixes_lists_of", params: { year, kind, listYear }, result: String(listYear), citations: kindBasis }));
  listYearStep(t, listStandard, listYear);

  let chosen = listStandard;
  let reading: StandardChoice["reading"] = "law";
  let alternative: StandardChoice["alternative"] = null;
  const citations: Citation[] = [listStandard.listYears.citation];
  let status: Certainty = listStandard.listYears.status;
  if (direction) {
    const directed = STANDARDS.find((s) => s.id === direction.applies) as PovertyStandard;
    t.add(step({ rule: "review.direction", code: "review_direction", params: { year, standard: directed.id, textVi: direction.text.vi, textEn: direction.text.en }, result: directed.id, citations: [direction.citation], status: direction.status }));
    if (directed.id !== listStandard.id) {
      if ((parsed.value.reading ?? "direction") === "direction") {
        chosen = directed;
        reading = "direction";
        alternative = { standard: listStandard.id, reading: "list_year", citation: listStandard.listYears.citation, status: listStandard.listYears.status };
        citations.unshift(direction.citation);
        status = weakest(status, direction.status);
        t.add(step({ rule: "review.reading", code: "reading_direction", params: { standard: directed.id, alternative: listStandard.id, listYear }, result: directed.id, citations: [direction.citation], status: direction.status }));
      } else {
        reading = "list_year";
        alternative = { standard: directed.id, reading: "direction", citation: direction.citation, status: direction.status };
        t.add(step({ rule: "review.reading", code: "reading_list_year", params: { standard: listStandard.id, alternative: directed.id, listYear }, result: listStandard.id, citations: [listStandard.listYears.citation], status: listStandard.listYears.status }));
      }
    }
  }

  const proc = chosen.procedure;
  let procedure: StandardChoice["procedure"] = null;
  if (proc?.practicalDefault) {
    const d = proc.practicalDefault;
    procedure = { standard: chosen.id, instrument: proc.instrument, practicalDefault: true, status: d.status };
    status = weakest(status, d.status);
    t.add(step({ rule: "review.procedure", code: "procedure_practical_default", params: { standard: chosen.id, from: d.from, instrument: proc.instrument }, result: d.from, citations: [d.citation], status: d.status }));
  } else if (proc) {
    procedure = { standard: chosen.id, instrument: proc.instrument, practicalDefault: false, status: proc.periodicWindow.status };
    t.add(step({ rule: "review.procedure", code: "procedure_of_standard", params: { standard: chosen.id, instrument: proc.instrument }, result: chosen.id, citations: [{ instrument: proc.instrument }], status: proc.periodicWindow.status }));
  } else {
    t.add(step({ rule: "review.procedure", code: "procedure_missing", params: { standard: chosen.id }, result: false }));
  }

  const final = t.add(step({ rule: "standard.for_review_year", code: "standard_for_review_year", params: { year, kind, standard: chosen.id, listYear }, result: chosen.id, citations: [citations[0] as Citation], status }));
  const outcome: StandardChoice = { question: "review_year", year, kind, listYear, standard: chosen.id, reading, alternative, procedure, citations, status };
  return { ok: true, value: { standard: chosen, outcome: deepFreeze(outcome), explanation: t.finish("standard_for_review_year", chosen.id, final.message) } };
}

/**
 * Answers which standard the review held in a year applies (chuẩn nghèo áp dụng cho đợt rà soát năm …); throws on
 * bad input.
 *
 * @remarks See {@link safeStandardForReviewYear}.
 * @param input - the year the review is held in, its kind, and optionally the reading.
 * @returns the standard, the answer as data and its explanation.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * standardForReviewYear({ year: 2026, kind: "periodic" }).outcome.citations[0];
 * //=> { instrument: "Nghị định 351/2025/NĐ-CP", article: "4", clause: "1", point: "a", note: "…" }
 * standardForReviewYear({ year: 2026, kind: "periodic", reading: "list_year" }).standard.id; //=> "2027-2030"
 * standardForReviewYear({ year: 2027, kind: "periodic" }).outcome.procedure?.practicalDefault; //=> true
 * ```
 * @category Standards
 */
export function standardForReviewYear(input: ReviewYearInput): StandardAnswer {
  return unwrap(safeStandardForReviewYear(input), "standardForReviewYear");
}
