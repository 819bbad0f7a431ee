import * as z from "zod/mini";
import type { Citation, Certainty, LocalizedText } from "../types.js";
import type { Explanation, RuleNotFound } from "../explain/types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import { practicalDefaultStep } from "../standards/_standardStep.js";
import { Tracer } from "../explain/_trace.js";
import type { PovertyStandard } from "../standards/types.js";
import { daysInMonth, dayFromCivil, formatDay, isoDateSchema, MAX_YEAR, MIN_YEAR, RANGE } from "../calendar/_isoDate.js";
import { issue, step } from "./_messages.js";

/**
 * A reporting deadline placed on a year (thời hạn báo cáo theo năm): the last day a report may arrive, inclusive.
 *
 * @example
 * ```ts
 * const d: DatedDeadline = {
 *   id: "province_official", source: "law", lastDay: "2023-12-19", rule: "before", stated: "2023-12-20",
 *   description: { vi: "…", en: "…" }, citation: { instrument: "Quyết định 24/2021/QĐ-TTg", article: "7" }, status: "confirmed",
 * };
 * ```
 * @category Procedure
 */
export interface DatedDeadline {
  /** The deadline's id (a legal id like `"province_official"`, or a local one; monthly ids end in `:YYYY-MM`). */
  readonly id: string;
  /** `law` (the standard's data) or `local` (a local plan supplied by the caller). */
  readonly source: "law" | "local";
  /** Who reports to whom. */
  readonly description: LocalizedText;
  /** The day as the text states it. */
  readonly stated: string;
  /** `before` ("trước ngày X": last day is X − 1) or `on_or_before` ("ngày X hằng tháng": last day is X). */
  readonly rule: "before" | "on_or_before";
  /** The last day the report may arrive (inclusive). */
  readonly lastDay: string;
  /** For a local deadline: the legal deadline it must come before, when given. */
  readonly mustPrecede?: string;
  /** Its basis. */
  readonly citation: Citation;
  /** Its certainty. */
  readonly status: Certainty;
}

/**
 * A local plan's reporting deadline (thời hạn báo cáo theo kế hoạch địa phương), given by the caller.
 *
 * @example
 * ```ts
 * const d: LocalDeadlineInput = { id: "communes_preliminary", before: "2023-11-05", mustPrecede: "province_preliminary", description: { vi: "…", en: "…" } };
 * ```
 * @category Procedure
 */
export interface LocalDeadlineInput {
  /** A stable id. */
  readonly id: string;
  /** "Before" this day (ISO): the last day is the day before. */
  readonly before: string;
  /** The legal deadline id it must come before (e.g. `"province_preliminary"`). */
  readonly mustPrecede?: string;
  /** Who reports to whom. */
  readonly description: LocalizedText;
  /** The plan's reference, e.g. a seed or plan number. */
  readonly citation?: Citation;
}

/**
 * The review's yearly calendar (lịch rà soát năm): the periodic-review window, the regular-review start day, and
 * the reporting deadlines of the law and of a local plan.
 *
 * @example
 * ```ts
 * reviewCalendar({ standard: "2021-2025", year: 2023 }).outcome.kind; //=> "computed"
 * ```
 * @category Procedure
 */
export type ReviewCalendarOutcome =
  | {
      readonly kind: "computed";
      /** Periodic review window (rà soát định kỳ), inclusive. */
      readonly periodicWindow: { readonly from: string; readonly to: string; readonly citation: Citation; readonly status: Certainty };
      /** Regular review (rà soát thường xuyên): the day of each month it starts from, when sourced. */
      readonly regularReviewFromDay: number | null;
      /** Reporting deadlines, ascending by last day. */
      readonly deadlines: readonly DatedDeadline[];
    }
  | RuleNotFound<"procedure_not_found">;

/**
 * The input of {@link reviewCalendar}.
 *
 * @example
 * ```ts
 * const i: ReviewCalendarInput = { standard: "2021-2025", year: 2023, localDeadlines: [] };
 * ```
 * @category Procedure
 */
export interface ReviewCalendarInput {
  /** The standard: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** The year of the review. */
  readonly year: number;
  /** A local plan's deadlines (e.g. {@link SEED_000_CITY_PLAN_2023}'s reporting milestones). */
  readonly localDeadlines?: readonly LocalDeadlineInput[];
}

const localizedSchema = z.strictObject({ vi: z.string().check(z.maxLength(1000)), en: z.string().check(z.maxLength(1000)) });
const citationSchema = z.strictObject({
  instrument: z.string().check(z.maxLength(500)),
  article: z.optional(z.string().check(z.maxLength(50))),
  clause: z.optional(z.string().check(z.maxLength(50))),
  point: z.optional(z.string().check(z.maxLength(50))),
  item: z.optional(z.string().check(z.maxLength(200))),
  note: z.optional(z.string().check(z.maxLength(1000))),
});
const inputSchema = z.strictObject({
  standard: standardRefSchema,
  year: z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR - 1)),
  localDeadlines: z.optional(
    z
      .array(
        z.strictObject({
          id: z.string().check(z.minLength(1), z.maxLength(100)),
          before: isoDateSchema,
          mustPrecede: z.optional(z.string().check(z.maxLength(100))),
          description: localizedSchema,
          citation: z.optional(citationSchema),
        }),
      )
      .check(z.maxLength(1000)),
  ),
});


function monthDay(year: number, md: string): number {
  const [m, d] = md.split("-").map(Number);
  return dayFromCivil(year, m ?? 1, d ?? 1);
}

/**
 * Returns the review's calendar for a year (lịch rà soát hằng năm): periodic window, regular-review day, and the
 * reporting deadlines of the law and of a local plan, returning the issues on bad input.
 *
 * @remarks
 * From the standard's `procedure` data: the periodic window (Decision 24/2021/QĐ-TTg Art. 3: 1 September – 14
 * December; Circular 17/2016 Art. 4: 1 September – 31 December), inclusive; regular review from the 15th of each
 * month (Decision 24/2021 Art. 3 and 5); reporting deadlines (Decision 24/2021 Art. 7; Circular 17/2016 Art. 9).
 * "Before day X" (trước ngày X) means the last day is X − 1; a monthly deadline "on the 5th" has the 5th as its
 * last day. Local deadlines (e.g. seed 000) are "before" dates supplied by the caller, with the legal deadline
 * they must precede: a `mustPrecede` that names none of the standard's deadlines is refused
 * (`unknown_legal_deadline`), and so is a local deadline whose last day would fall before 1900-01-01
 * (`deadline_before_range`). Whether a local deadline actually falls before its legal one is the plan check's
 * finding (`checkReviewPlan`), not an input error. The window's `to` and the deadlines are calendar dates
 * (not moved off weekends: these are dates, not periods). A standard without a procedure gives `rule_not_found`.
 *
 * @param input - standard, year, local deadlines.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeReviewCalendar({ standard: "2021-2025", year: 2023.5 }).ok; //=> false
 * ```
 * @category Procedure
 */
export function safeReviewCalendar(input: ReviewCalendarInput): SafeResult<{ outcome: ReviewCalendarOutcome; explanation: Explanation }> {
  return guardSafe<{ outcome: ReviewCalendarOutcome; explanation: Explanation }>(() => {
    const r = safeParseWith(inputSchema, input);
    if (!r.ok) return r;
    const std = r.value.standard;
    const year = r.value.year;
    const t = new Tracer();
    const proc = std.procedure;
    if (!proc) {
      const st = t.add(step({ rule: "procedure.available", code: "procedure_not_found", params: { standard: std.id }, result: false }));
      return { ok: true, value: { outcome: { kind: "rule_not_found", reason: "procedure_not_found", standard: std.id }, explanation: t.finish("review_calendar", std.id, st.message) } };
    }
    // A local deadline names a legal one it must precede, and its last day (the day before) is a supported date.
    const legal = new Set(proc.deadlines.map((d) => d.id));
    const refused: Issue[] = [];
    (r.value.localDeadlines ?? []).forEach((l, i) => {
      if (l.mustPrecede !== undefined && !legal.has(l.mustPrecede)) refused.push(issue("unknown_legal_deadline", ["localDeadlines", i, "mustPrecede"], { id: l.mustPrecede, known: [...legal].join(", ") }));
      if (l.before <= RANGE.min) refused.push(issue("deadline_before_range", ["localDeadlines", i, "before"], { date: l.before, first: RANGE.min }));
    });
    if (refused.length > 0) return { ok: false, issues: refused };
    const pd = practicalDefaultStep(std);
    if (pd) t.add(pd);
    const w = t.read(std, "procedure.periodicWindow", { ...proc.periodicWindow, value: { from: proc.periodicWindow.value.from, to: proc.periodicWindow.value.to } });
    const from = formatDay(monthDay(year, w.from));
    const to = formatDay(monthDay(year, w.to));
    t.add(step({ rule: "procedure.periodic_window", code: "periodic_window", params: { year, from, to }, result: true, citations: [proc.periodicWindow.citation], status: proc.periodicWindow.status }));
    let regular: number | null = null;
    if (proc.regularReviewFromDay) {
      regular = t.read(std, "procedure.regularReviewFromDay", proc.regularReviewFromDay);
      t.add(step({ rule: "procedure.regular_review", code: "regular_review_day", params: { day: regular }, result: true, citations: [proc.regularReviewFromDay.citation], status: proc.regularReviewFromDay.status }));
    }
    const deadlines: DatedDeadline[] = [];
    proc.deadlines.forEach((d, i) => {
      t.read(std, `procedure.deadlines[${i}]`, { value: d.id, citation: d.citation, status: d.status });
      if (d.when.kind === "yearly") {
        const stated = monthDay(year, d.when.before);
        deadlines.push({ id: d.id, source: "law", description: d.description, stated: formatDay(stated), rule: "before", lastDay: formatDay(stated - 1), citation: d.citation, status: d.status });
      } else {
        for (const m of d.when.months) {
          const day = Math.min(d.when.day, daysInMonth(year, m));
          const stated = formatDay(dayFromCivil(year, m, day));
          deadlines.push({ id: `${d.id}:${stated.slice(0, 7)}`, source: "law", description: d.description, stated, rule: "on_or_before", lastDay: stated, citation: d.citation, status: d.status });
        }
      }
    });
    for (const l of r.value.localDeadlines ?? []) {
      const stated = monthDay(Number(l.before.slice(0, 4)), l.before.slice(5));
      deadlines.push({
        id: l.id,
        source: "local",
        description: l.description,
        stated: l.before,
        rule: "before",
        lastDay: formatDay(stated - 1),
        ...(l.mustPrecede !== undefined ? { mustPrecede: l.mustPrecede } : {}),
        citation: (l.citation as Citation | undefined) ?? { instrument: "local plan supplied by the caller" },
        status: "seed",
      });
    }
    deadlines.sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : a.id < b.id ? -1 : 1));
    for (const d of deadlines) {
      t.add(step({ rule: `deadline.${d.id}`, code: "reporting_deadline", params: { vi: d.description.vi, en: d.description.en, rule: d.rule, stated: d.stated, lastDay: d.lastDay }, result: d.lastDay, citations: [d.citation], status: d.status }));
    }
    const fin = step({ rule: "review_calendar", code: "review_calendar", params: { year }, result: true });
    return {
      ok: true,
      value: {
        outcome: { kind: "computed", periodicWindow: { from, to, citation: proc.periodicWindow.citation, status: proc.periodicWindow.status }, regularReviewFromDay: regular, deadlines },
        explanation: t.finish("review_calendar", std.id, fin.message),
      },
    };
  });
}

/**
 * Returns the review's calendar for a year (lịch rà soát hằng năm); throws on bad input.
 *
 * @remarks See {@link safeReviewCalendar}.
 * @param input - standard, year, local deadlines.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const { outcome } = reviewCalendar({ standard: "2021-2025", year: 2023 });
 * outcome.kind === "computed" && outcome.periodicWindow; //=> { from: "2023-09-01", to: "2023-12-14", … }
 * ```
 * @category Procedure
 */
export function reviewCalendar(input: ReviewCalendarInput): { outcome: ReviewCalendarOutcome; explanation: Explanation } {
  return unwrap(safeReviewCalendar(input), "reviewCalendar");
}
