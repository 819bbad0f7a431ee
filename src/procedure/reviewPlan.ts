import * as z from "zod";
import type { Citation, Explanation } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { addDomainIssue, makeIssue, safeParseWith, unwrap } from "../_lib/issues.js";
import { describeValue } from "../_lib/format.js";
import { resolveStandardRef } from "../_lib/standardRef.js";
import { Tracer, step } from "../_lib/trace.js";
import { str, type MessageParams } from "../_lib/messages.js";
import type { PovertyStandard } from "../standards/types.js";
import { isoDateSchema } from "../calendar/_isoDate.js";
import type { ReviewMilestone, ReviewPlan } from "./data/seedPlans.js";
import { safeReviewCalendar } from "./reviewCalendar.js";

const NOT_AN_OBJECT = {
  vi: (p: MessageParams) => `đầu vào phải là đối tượng { plan, standard? }, nhận được ${str(p["received"])}.`,
  en: (p: MessageParams) => `the input must be an object { plan, standard? }, received ${str(p["received"])}.`,
};

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

const localized = z.object({ vi: z.string().max(1000), en: z.string().max(1000) }).strict();
const citation = z
  .object({ instrument: z.string().max(500), article: z.string().max(50).optional(), clause: z.string().max(50).optional(), point: z.string().max(50).optional(), item: z.string().max(200).optional(), note: z.string().max(1000).optional() })
  .strict();

const MSG = {
  order: {
    vi: (p: MessageParams) => `mốc "${str(p["id"])}": ngày bắt đầu ${str(p["from"])} sau ngày kết thúc ${str(p["to"])}.`,
    en: (p: MessageParams) => `milestone "${str(p["id"])}": its first day ${str(p["from"])} is after its last day ${str(p["to"])}.`,
  },
  dup: {
    vi: (p: MessageParams) => `mã mốc "${str(p["id"])}" bị lặp lại.`,
    en: (p: MessageParams) => `milestone id "${str(p["id"])}" is used twice.`,
  },
  unknown: {
    vi: (p: MessageParams) => `không có mốc "${str(p["id"])}" trong kế hoạch.`,
    en: (p: MessageParams) => `the plan has no milestone "${str(p["id"])}".`,
  },
};

const milestoneSchema = z
  .object({
    id: z.string().min(1).max(100),
    phase: z.enum(["preparation", "review", "reporting"]),
    label: localized,
    from: isoDateSchema.optional(),
    to: isoDateSchema,
    stated: z.enum(["on", "range", "before"]),
    mustPrecede: z.string().max(100).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.from !== undefined && m.from > m.to) addDomainIssue(ctx, "date_before_start", ["to"], MSG.order, { id: m.id, from: m.from, to: m.to });
  });

const planSchema = z
  .object({
    id: z.string().min(1).max(200),
    year: z.number().int().min(1900).max(2198),
    standard: z.string().max(100),
    title: localized,
    milestones: z.array(milestoneSchema).max(1000),
    citation,
    status: z.enum(["seed", "confirmed", "uncertain"]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.milestones.forEach((m, i) => {
      if (seen.has(m.id)) addDomainIssue(ctx, "duplicate_milestone", ["milestones", i, "id"], MSG.dup, { id: m.id });
      seen.add(m.id);
    });
  });

const statusSchema = z
  .object({ plan: planSchema, asOf: isoDateSchema, completed: z.record(z.string(), isoDateSchema).optional() })
  .strict()
  .superRefine((v, ctx) => {
    const ids = new Set(v.plan.milestones.map((m) => m.id));
    for (const id of Object.keys(v.completed ?? {})) if (!ids.has(id)) addDomainIssue(ctx, "unknown_milestone", ["completed", id], MSG.unknown, { id });
  });

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
  | { readonly kind: "cannot_check"; readonly reason: "procedure_not_found"; readonly standard: string };

const T = {
  finding: {
    vi: (p: MessageParams) =>
      p["code"] === "outside_review_window"
        ? `Mốc "${str(p["milestone"])}" (${str(p["date"])}) nằm ngoài thời gian rà soát định kỳ ${str(p["limit"])}.`
        : p["code"] === "after_legal_deadline"
          ? `Mốc "${str(p["milestone"])}" (${str(p["date"])}) sau thời hạn báo cáo theo quy định (chậm nhất ${str(p["limit"])}).`
          : p["code"] === "unknown_legal_deadline"
            ? `Mốc "${str(p["milestone"])}" tham chiếu thời hạn không có trong quy định.`
            : `Mốc chuẩn bị "${str(p["milestone"])}" (${str(p["date"])}) trước thời gian rà soát: được phép.`,
    en: (p: MessageParams) =>
      p["code"] === "outside_review_window"
        ? `Milestone "${str(p["milestone"])}" (${str(p["date"])}) is outside the periodic review window ${str(p["limit"])}.`
        : p["code"] === "after_legal_deadline"
          ? `Milestone "${str(p["milestone"])}" (${str(p["date"])}) is after the legal reporting deadline (last day ${str(p["limit"])}).`
          : p["code"] === "unknown_legal_deadline"
            ? `Milestone "${str(p["milestone"])}" refers to a deadline the law does not have.`
            : `Preparation milestone "${str(p["milestone"])}" (${str(p["date"])}) precedes the review window: allowed.`,
  },
  result: {
    vi: (p: MessageParams) => (p["fits"] ? "Kế hoạch phù hợp thời gian theo quy định." : `Kế hoạch có ${str(p["errors"])} điểm không phù hợp thời gian theo quy định.`),
    en: (p: MessageParams) => (p["fits"] ? "The plan fits the legal timing." : `The plan has ${str(p["errors"])} timing problem(s).`),
  },
};

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
  if (typeof input !== "object" || input === null) {
    return { ok: false, issues: [makeIssue("invalid_type", [], NOT_AN_OBJECT, { received: describeValue(input) })] };
  }
  const p = safeParseWith(planSchema, input.plan, ["plan"]);
  if (!p.ok) return p;
  const s = resolveStandardRef(input.standard ?? p.value.standard, ["standard"]);
  if (!s.ok) return s;
  const cal = safeReviewCalendar({ standard: s.value, year: p.value.year });
  if (!cal.ok) return cal;
  const t = new Tracer();
  for (const st of cal.value.explanation.steps) t.add(st);
  for (const v of cal.value.explanation.valuesRead) t.valuesRead.push(v);
  const c = cal.value.outcome;
  if (c.kind === "cannot_compute") {
    return { ok: true, value: { outcome: { kind: "cannot_check", reason: "procedure_not_found", standard: c.standard }, explanation: cal.value.explanation } };
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
    t.add(step({ rule: `plan.${f.code}`, code: f.code, template: T.finding, params: { code: f.code, milestone: f.milestone, date: f.date, limit: f.limit }, result: f.severity !== "error", citations: f.citation ? [f.citation] : [] }));
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  const fin = t.add(step({ rule: "plan.fits", code: errors === 0 ? "plan_fits" : "plan_does_not_fit", template: T.result, params: { fits: errors === 0, errors }, result: errors === 0, citations: [win.citation] }));
  return { ok: true, value: { outcome: { kind: "checked", fits: errors === 0, findings }, explanation: t.finish("check_review_plan", s.value.id, fin.message) } };
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
