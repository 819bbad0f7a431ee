import * as z from "zod/mini";
import type { Citation } from "../types.js";
import type { Explanation, RuleNotFound } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { describeValue } from "../messages/format.js";
import { resolveStandard as resolveStandardRef } from "../standards/_resolveStandard.js";
import { Tracer } from "../explain/_trace.js";
import type { PovertyStandard } from "../standards/types.js";
import { isoDateSchema } from "../calendar/_isoDate.js";
import type { ReviewMilestone, ReviewPlan } from "./data/seedPlans.js";
import { safeReviewCalendar } from "./reviewCalendar.js";
import { addIssue, issue, step } from "./_messages.js";


/**
 * A milestone's status on a date (trạng thái mốc kế hoạch): `done` (completed on or before the date),
 * `upcoming` (before its first day), `due` (within its days), `overdue` (past its last day, not done).
 *
 * @example
 * ```ts
 * const s: MilestoneStatus = { id: "village_meetings", status: "due", from: "2023-10-01", to: "2023-10-08", completedOn: null, late: false };
 * ```
 * @category Procedure
 */
export interface MilestoneStatus {
  /** The milestone's id. */
  readonly id: string;
  /** Its status on the date asked. */
  readonly status: "done" | "upcoming" | "due" | "overdue";
  /** First day, or `null` when the plan gives none. */
  readonly from: string | null;
  /** Last day (inclusive). */
  readonly to: string;
  /** When it was completed, if the caller said so and it is on or before the date asked. */
  readonly completedOn: string | null;
  /** True when it was completed after its last day. */
  readonly late: boolean;
}

const localized = z.strictObject({ vi: z.string().check(z.maxLength(1000)), en: z.string().check(z.maxLength(1000)) });
const citation = z.strictObject({
  instrument: z.string().check(z.maxLength(500)),
  article: z.optional(z.string().check(z.maxLength(50))),
  clause: z.optional(z.string().check(z.maxLength(50))),
  point: z.optional(z.string().check(z.maxLength(50))),
  item: z.optional(z.string().check(z.maxLength(200))),
  note: z.optional(z.string().check(z.maxLength(1000))),
});

const milestoneSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    phase: z.enum(["preparation", "review", "reporting"]),
    label: localized,
    from: z.optional(isoDateSchema),
    to: isoDateSchema,
    stated: z.enum(["on", "range", "before"]),
    mustPrecede: z.optional(z.string().check(z.maxLength(100))),
  })
  .check(
    z.superRefine((m, ctx) => {
      if (m.from !== undefined && m.from > m.to) addIssue(ctx, "milestone_dates_reversed", ["to"], { id: m.id, from: m.from, to: m.to });
    }),
  );

/** The schema of a {@link ReviewPlan}. */
export const reviewPlanSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(200)),
    year: z.int().check(z.minimum(1900), z.maximum(2198)),
    standard: z.string().check(z.maxLength(100)),
    title: localized,
    milestones: z.array(milestoneSchema).check(z.maxLength(1000)),
    citation,
    status: z.enum(["seed", "confirmed", "uncertain"]),
  })
  .check(
    z.superRefine((p, ctx) => {
      const seen = new Set<string>();
      p.milestones.forEach((m, i) => {
        if (seen.has(m.id)) addIssue(ctx, "duplicate_milestone", ["milestones", i, "id"], { id: m.id });
        seen.add(m.id);
      });
    }),
  );

const statusSchema = z
  .strictObject({ plan: reviewPlanSchema, asOf: isoDateSchema, completed: z.optional(z.record(z.string(), isoDateSchema)) })
  .check(
    z.superRefine((v, ctx) => {
      const ids = new Set(v.plan.milestones.map((m) => m.id));
      for (const id of Object.keys(v.completed ?? {})) if (!ids.has(id)) addIssue(ctx, "unknown_milestone", ["completed", id], { id });
    }),
  );

/**
 * Returns each milestone's status on a date (trạng thái thực hiện kế hoạch rà soát), returning the issues on bad
 * input.
 *
 * @remarks
 * Bounds are inclusive: on `from` and on `to` a milestone is `due`. Before `from`: `upcoming`. After `to` and not
 * completed: `overdue`. Completed on or before `asOf` (per the caller's `completed` map): `done`, with `late`
 * when completed after `to`. A milestone without `from` is `due` until its last day. No clock is read: `asOf` is
 * the caller's date.
 *
 * @param input - the plan (e.g. {@link SEED_003_COMMUNE_PLAN_2023}), the date, and completion dates by milestone id.
 * @returns `{ ok: true, value: statuses }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeReviewPlanStatus({ plan: SEED_003_COMMUNE_PLAN_2023, asOf: "2023-09-31" }).ok; //=> false
 * ```
 * @category Procedure
 */
export function safeReviewPlanStatus(input: { readonly plan: ReviewPlan; readonly asOf: string; readonly completed?: Readonly<Record<string, string>> }): SafeResult<readonly MilestoneStatus[]> {
  return guardSafe(() => {
    const r = safeParseWith(statusSchema, input);
    if (!r.ok) return r;
    const { plan, asOf } = r.value;
    const completed = r.value.completed ?? {};
    return {
      ok: true,
      value: plan.milestones.map((m): MilestoneStatus => {
        const c = completed[m.id];
        const from = m.from ?? null;
        if (c !== undefined && c <= asOf) return { id: m.id, status: "done", from, to: m.to, completedOn: c, late: c > m.to };
        const status = from !== null && asOf < from ? "upcoming" : asOf <= m.to ? "due" : "overdue";
        return { id: m.id, status, from, to: m.to, completedOn: null, late: false };
      }),
    };
  });
}

/**
 * Returns each milestone's status on a date (trạng thái thực hiện kế hoạch rà soát); throws on bad input.
 *
 * @remarks See {@link safeReviewPlanStatus}.
 * @param input - the plan, the date, and completion dates by milestone id.
 * @returns the statuses, in the plan's order.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * reviewPlanStatus({ plan: SEED_003_COMMUNE_PLAN_2023, asOf: "2023-10-01", completed: { training: "2023-08-12" } })
 *   .map((s) => s.status);
 * //=> ["done", "overdue", "overdue", "overdue", "due", "due"]
 * ```
 * @category Procedure
 */
export function reviewPlanStatus(input: { readonly plan: ReviewPlan; readonly asOf: string; readonly completed?: Readonly<Record<string, string>> }): readonly MilestoneStatus[] {
  return unwrap(safeReviewPlanStatus(input), "reviewPlanStatus");
}

/**
 * A finding on a review plan (nhận xét kế hoạch): a milestone outside the legal window or after a legal deadline.
 *
 * @example
 * ```ts
 * const f: PlanFinding = { code: "after_legal_deadline", severity: "error", milestone: "city_official", date: "2023-12-20", limit: "2023-12-19", citation: { instrument: "Quyết định 24/2021/QĐ-TTg", article: "7" } };
 * ```
 * @category Procedure
 */
export interface PlanFinding {
  /**
   * `outside_review_window` (a review-phase milestone outside the periodic window), `after_legal_deadline` (a
   * reporting milestone not before the legal deadline it must precede), `unknown_legal_deadline` (its
   * `mustPrecede` names no deadline of the standard), `before_review_window` (a preparation milestone before the
   * window: allowed, noted).
   */
  readonly code: "outside_review_window" | "after_legal_deadline" | "unknown_legal_deadline" | "before_review_window";
  /** `error` breaks the law's timing; `info` is only noted. */
  readonly severity: "error" | "info";
  /** The milestone concerned. */
  readonly milestone: string;
  /** The milestone's date that was checked. */
  readonly date: string;
  /** The legal bound it was checked against, when there is one. */
  readonly limit: string | null;
  /** The basis of the bound. */
  readonly citation: Citation | null;
}

/**
 * The outcome of {@link checkReviewPlan}: whether the plan fits the law's timing, with the findings.
 *
 * @example
 * ```ts
 * const o: ReviewPlanCheckOutcome = { kind: "checked", fits: true, findings: [] };
 * ```
 * @category Procedure
 */
export type ReviewPlanCheckOutcome =
  | { readonly kind: "checked"; readonly fits: boolean; readonly findings: readonly PlanFinding[] }
  | RuleNotFound<"procedure_not_found">;


/**
 * Checks that a local review plan fits the law's timing (kiểm tra kế hoạch rà soát): review milestones inside the
 * periodic window, reporting milestones before the legal deadlines; returns the issues on bad input.
 *
 * @remarks
 * The window and deadlines come from the standard (see {@link reviewCalendar}): under 2021–2025 the window is
 * 1 September – 14 December (Decision 24/2021 Art. 3) and the province's reports are due before 15 November and
 * 20 December (Art. 7). Bounds are inclusive. `preparation` milestones may precede the window (noted as `info`);
 * `review` milestones must lie inside it; `reporting` milestones with `mustPrecede` must end on or before that
 * deadline's last day. Findings are values; only malformed plans give issues.
 *
 * @param input - the plan and the standard (default: the plan's own `standard`).
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeCheckReviewPlan({ plan: { ...SEED_003_COMMUNE_PLAN_2023, milestones: [] }, standard: "2030-2035" }).ok; //=> false
 * ```
 * @category Procedure
 */
export function safeCheckReviewPlan(input: { readonly plan: ReviewPlan; readonly standard?: string | PovertyStandard }): SafeResult<{ outcome: ReviewPlanCheckOutcome; explanation: Explanation }> {
  return guardSafe<{ outcome: ReviewPlanCheckOutcome; explanation: Explanation }>(() => {
    if (typeof input !== "object" || input === null) {
      return { ok: false, issues: [issue("invalid_type", [], { expected: "object", received: describeValue(input) })] };
    }
    const p = safeParseWith(reviewPlanSchema, input.plan, ["plan"]);
    if (!p.ok) return p;
    const s = resolveStandardRef(input.standard ?? p.value.standard, ["standard"]);
    if (!s.ok) return s;
    const cal = safeReviewCalendar({ standard: s.value, year: p.value.year });
    if (!cal.ok) return cal;
    const t = new Tracer();
    for (const st of cal.value.explanation.steps) t.add(st);
    for (const v of cal.value.explanation.valuesRead) t.valuesRead.push(v);
    const c = cal.value.outcome;
    if (c.kind === "rule_not_found") {
      return { ok: true, value: { outcome: { kind: "rule_not_found", reason: "procedure_not_found", standard: c.standard }, explanation: cal.value.explanation } };
    }
    const findings: PlanFinding[] = [];
    const win = c.periodicWindow;
    const windowText = `${win.from} – ${win.to}`;
    for (const m of p.value.milestones as readonly ReviewMilestone[]) {
      const first = m.from ?? m.to;
      if (m.phase === "review" && (first < win.from || m.to > win.to)) {
        findings.push({ code: "outside_review_window", severity: "error", milestone: m.id, date: first < win.from ? first : m.to, limit: windowText, citation: win.citation });
      }
      if (m.phase === "preparation" && first < win.from) {
        findings.push({ code: "before_review_window", severity: "info", milestone: m.id, date: first, limit: windowText, citation: win.citation });
      }
      if (m.mustPrecede !== undefined) {
        const d = c.deadlines.find((x) => x.source === "law" && x.id === m.mustPrecede);
        if (!d) findings.push({ code: "unknown_legal_deadline", severity: "error", milestone: m.id, date: m.to, limit: null, citation: null });
        else if (m.to > d.lastDay) findings.push({ code: "after_legal_deadline", severity: "error", milestone: m.id, date: m.to, limit: d.lastDay, citation: d.citation });
      }
    }
    for (const f of findings) {
      t.add(step({ rule: `plan.${f.code}`, code: f.code, params: { code: f.code, milestone: f.milestone, date: f.date, limit: f.limit }, result: f.severity !== "error", citations: f.citation ? [f.citation] : [] }));
    }
    const errors = findings.filter((f) => f.severity === "error").length;
    const fin = t.add(step({ rule: "plan.fits", code: errors === 0 ? "plan_fits" : "plan_does_not_fit", params: { fits: errors === 0, errors }, result: errors === 0, citations: [win.citation] }));
    return { ok: true, value: { outcome: { kind: "checked", fits: errors === 0, findings }, explanation: t.finish("check_review_plan", s.value.id, fin.message) } };
  });
}

/**
 * Checks that a local review plan fits the law's timing (kiểm tra kế hoạch rà soát); throws on bad input.
 *
 * @remarks See {@link safeCheckReviewPlan}.
 * @param input - the plan and the standard (default: the plan's own).
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const { outcome } = checkReviewPlan({ plan: SEED_000_CITY_PLAN_2023 });
 * outcome.kind === "checked" && outcome.fits; //=> true
 * ```
 * @category Procedure
 */
export function checkReviewPlan(input: { readonly plan: ReviewPlan; readonly standard?: string | PovertyStandard }): { outcome: ReviewPlanCheckOutcome; explanation: Explanation } {
  return unwrap(safeCheckReviewPlan(input), "checkReviewPlan");
}
