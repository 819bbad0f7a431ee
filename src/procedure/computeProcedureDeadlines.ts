import * as z from "zod/mini";
import type { Certainty, Citation, JsonValue, LegalValue } from "../types.js";
import type { Explanation, RuleNotFound } from "../explain/types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import { practicalDefaultStep } from "../standards/_standardStep.js";
import { Tracer } from "../explain/_trace.js";
import type { DayCount, PovertyStandard, ProcedureRules } from "../standards/types.js";
import { isoDateSchema, outOfRange, parseDay } from "../calendar/_isoDate.js";
import { adjacentOf, noRulesIssue, resolveCalendar, type WorkingCalendar } from "../calendar/workingCalendar.js";
import { DEADLINE_COUNTING_RULE } from "../calendar/data/holidayRules.js";
import { placePeriod } from "./_period.js";
import { addIssue, step, termText } from "./_messages.js";

/**
 * The events of a review that start procedure periods (sự kiện tính thời hạn), as ISO dates.
 *
 * @example
 * ```ts
 * const e: ProcedureEvents = {
 *   meetingHeldOn: "2023-10-03",
 *   postedOn: "2023-10-04",
 *   complaints: [{ id: "KN-01", receivedOn: "2023-10-05", recheckPostedOn: "2023-10-12" }],
 * };
 * ```
 * @category Procedure
 */
export interface ProcedureEvents {
  /** The village meeting (họp dân); the posting cannot be before it. */
  readonly meetingHeldOn?: string;
  /** The day the poor/near-poor results were posted (niêm yết). */
  readonly postedOn?: string;
  /** Complaints (khiếu nại) received, each with the day its re-check results were posted, when known. */
  readonly complaints?: readonly { readonly id?: string; readonly receivedOn: string; readonly recheckPostedOn?: string }[];
  /** Middle-living households: posting, complaints received, and the day the decision period starts from. */
  readonly middleLiving?: { readonly postedOn?: string; readonly complaintsReceivedOn?: readonly string[]; readonly decisionFrom?: string };
  /** Low-income workers: the posting day. */
  readonly lowIncomeWorkerPostedOn?: string;
}

/**
 * The input of {@link computeProcedureDeadlines} (tính thời hạn quy trình rà soát).
 *
 * @example
 * ```ts
 * const input: ProcedureDeadlinesInput = { standard: "2021-2025", events: { postedOn: "2023-10-06" } };
 * ```
 * @category Procedure
 */
export interface ProcedureDeadlinesInput {
  /** The standard whose procedure applies: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** The events. */
  readonly events: ProcedureEvents;
  /** The working calendar (default {@link DEFAULT_WORKING_CALENDAR}); supply official schedules through it. */
  readonly calendar?: WorkingCalendar;
}

/**
 * The kinds of procedure period (loại thời hạn): posting (niêm yết), complaint re-check (phúc tra), posting of the
 * re-check, and the middle-living and low-income-worker periods.
 *
 * @example
 * ```ts
 * const k: ProcedurePeriodKind = "complaint_recheck";
 * ```
 * @category Procedure
 */
export type ProcedurePeriodKind =
  | "posting"
  | "complaint_recheck"
  | "recheck_posting"
  | "middle_living_posting"
  | "middle_living_recheck"
  | "middle_living_decision"
  | "low_income_worker_posting";

/**
 * One period placed on the calendar (thời hạn): from the event, its first and last day (inclusive), and its basis.
 *
 * @example
 * ```ts
 * const d: ProcedureDeadline = {
 *   kind: "posting", ref: null, eventOn: "2023-10-06", firstDay: "2023-10-09", lastDay: "2023-10-11",
 *   duration: { days: 3, unit: "working" }, movedFrom: null,
 *   citation: { instrument: "…seed 003…", item: "Mục I.2, Bước 4" }, status: "seed",
 * };
 * ```
 * @category Procedure
 */
export interface ProcedureDeadline {
  /** What the period is. */
  readonly kind: ProcedurePeriodKind;
  /** The complaint id (or index) it belongs to, else `null`. */
  readonly ref: string | null;
  /** The day of the event that starts it (not counted). */
  readonly eventOn: string;
  /** Day 1 of the period: the first working day after the event (calendar-day periods: the next day). */
  readonly firstDay: string;
  /** The last day (inclusive): the period ends at the end of this day. */
  readonly lastDay: string;
  /** The duration, from the standard's data. */
  readonly duration: DayCount;
  /** For calendar-day periods whose last day fell on a rest day: that day (the period moved to the next working day). */
  readonly movedFrom: string | null;
  /** Where the duration comes from. */
  readonly citation: Citation;
  /** Its certainty (`seed` for the posting and re-check durations of seed 003). */
  readonly status: Certainty;
}

/**
 * A remark on the events that is not an input error (nhận xét): e.g. a complaint received after the posting
 * period, or a re-check posted after its deadline.
 *
 * @example
 * ```ts
 * const f: ProcedureFinding = { code: "complaint_after_posting", ref: "KN-01", date: "2023-10-20" };
 * ```
 * @category Procedure
 */
export interface ProcedureFinding {
  /** `complaint_after_posting`, `recheck_posted_late`, `duration_not_found`. */
  readonly code: "complaint_after_posting" | "recheck_posted_late" | "duration_not_found";
  /** The complaint or rule it concerns. */
  readonly ref: string | null;
  /** The date concerned, when there is one. */
  readonly date: string | null;
}

/**
 * The outcome of {@link computeProcedureDeadlines}: the periods, or that the standard has no procedure.
 *
 * @example
 * ```ts
 * const o: ProcedureDeadlinesOutcome = { kind: "rule_not_found", reason: "procedure_not_found", standard: "2027-2030" };
 * ```
 * @category Procedure
 */
export type ProcedureDeadlinesOutcome =
  | { readonly kind: "computed"; readonly deadlines: readonly ProcedureDeadline[]; readonly findings: readonly ProcedureFinding[] }
  | RuleNotFound<"procedure_not_found">;

const inputSchema = z.strictObject({
  standard: standardRefSchema,
  calendar: z.optional(z.unknown()),
  events: z
    .strictObject({
      meetingHeldOn: z.optional(isoDateSchema),
      postedOn: z.optional(isoDateSchema),
      complaints: z.optional(
        z.array(z.strictObject({ id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))), receivedOn: isoDateSchema, recheckPostedOn: z.optional(isoDateSchema) })).check(z.maxLength(10_000)),
      ),
      middleLiving: z.optional(
        z.strictObject({ postedOn: z.optional(isoDateSchema), complaintsReceivedOn: z.optional(z.array(isoDateSchema).check(z.maxLength(10_000))), decisionFrom: z.optional(isoDateSchema) }),
      ),
      lowIncomeWorkerPostedOn: z.optional(isoDateSchema),
    })
    .check(
      z.superRefine((e, ctx) => {
        const notBefore = (date: string | undefined, start: string | undefined, path: (string | number)[], what: string) => {
          if (date !== undefined && start !== undefined && date < start) addIssue(ctx, "date_before_start", path, { date, start, what });
        };
        notBefore(e.postedOn, e.meetingHeldOn, ["postedOn"], "meetingHeldOn");
        // A complaint is named in the deadlines and findings by its id (or `#n`, its place in the list): two with
        // one name would make them ambiguous. Ids are read as the household codes are (NFC, trimmed).
        const refs = new Set<string>();
        (e.complaints ?? []).forEach((c, i) => {
          notBefore(c.receivedOn, e.postedOn, ["complaints", i, "receivedOn"], "postedOn");
          notBefore(c.recheckPostedOn, c.receivedOn, ["complaints", i, "recheckPostedOn"], "receivedOn");
          const ref = complaintRef(c.id, i);
          if (refs.has(ref)) addIssue(ctx, "duplicate_complaint", c.id === undefined ? ["complaints", i] : ["complaints", i, "id"], { id: ref });
          refs.add(ref);
        });
        (e.middleLiving?.complaintsReceivedOn ?? []).forEach((d, i) => notBefore(d, e.middleLiving?.postedOn, ["middleLiving", "complaintsReceivedOn", i], "middleLiving.postedOn"));
      }),
    ),
});


type Parsed = z.output<typeof inputSchema>;

/** The name of a complaint in deadlines and findings: its id (NFC, trimmed), or `#n` by its place in the list. */
function complaintRef(id: string | undefined, i: number): string {
  return id === undefined ? `#${i + 1}` : id.normalize("NFC").trim();
}

function compute(std: PovertyStandard, proc: ProcedureRules, e: Parsed["events"], c: Parameters<typeof placePeriod>[0], adj: Parameters<typeof placePeriod>[1]): SafeResult<{ outcome: ProcedureDeadlinesOutcome; explanation: Explanation }> {
  const t = new Tracer();
  const pd = practicalDefaultStep(std);
  if (pd) t.add(pd);
  t.add(step({ rule: "procedure.counting", code: "counting_rule", params: {}, result: true, citations: [DEADLINE_COUNTING_RULE.citation], status: DEADLINE_COUNTING_RULE.status }));
  const deadlines: ProcedureDeadline[] = [];
  const findings: ProcedureFinding[] = [];
  const issues: Issue[] = [];
  const add = (kind: ProcedurePeriodKind, key: string, lv: LegalValue<DayCount> | undefined, eventOn: string, ref: string | null, path: (string | number)[]): ProcedureDeadline | undefined => {
    if (!lv) {
      findings.push({ code: "duration_not_found", ref: key, date: null });
      t.add(step({ rule: `procedure.${kind}`, code: "duration_not_found", params: { standard: std.id, rule: key }, result: false, citations: [{ instrument: proc.instrument, note: `${key} NOT FOUND` }] }));
      return undefined;
    }
    t.read(std, `procedure.${key}`, lv as unknown as LegalValue<JsonValue>);
    const count: DayCount = lv.value;
    const placed = placePeriod(c, adj, parseDay(eventOn) ?? 0, count);
    const label = termText("period_label", { kind });
    if ("reason" in placed) {
      issues.push(placed.reason === "no_rules" ? noRulesIssue(placed.year, path) : outOfRange(path));
      return undefined;
    }
    const d: ProcedureDeadline = { kind, ref, eventOn, firstDay: placed.firstDay, lastDay: placed.lastDay, duration: count, movedFrom: placed.movedFrom, citation: lv.citation, status: lv.status };
    deadlines.push(d);
    t.add(
      step({
        rule: `procedure.${kind}`,
        code: kind,
       
        params: { labelVi: label.vi, labelEn: label.en, ref, eventOn, days: count.days, unit: count.unit, firstDay: placed.firstDay, lastDay: placed.lastDay, movedFrom: placed.movedFrom, status: lv.status },
        actual: eventOn,
        expected: `${count.days} ${count.unit}`,
        result: placed.lastDay,
        citations: [lv.citation, DEADLINE_COUNTING_RULE.citation],
        status: lv.status,
      }),
    );
    return d;
  };
  let posting: ProcedureDeadline | undefined;
  if (e.postedOn !== undefined) posting = add("posting", "posting", proc.posting, e.postedOn, null, ["events", "postedOn"]);
  (e.complaints ?? []).forEach((cp, i) => {
    const ref = complaintRef(cp.id, i);
    if (posting && cp.receivedOn > posting.lastDay) findings.push({ code: "complaint_after_posting", ref, date: cp.receivedOn });
    const recheck = add("complaint_recheck", "complaintRecheck", proc.complaintRecheck, cp.receivedOn, ref, ["events", "complaints", i, "receivedOn"]);
    if (cp.recheckPostedOn !== undefined) {
      if (recheck && cp.recheckPostedOn > recheck.lastDay) findings.push({ code: "recheck_posted_late", ref, date: cp.recheckPostedOn });
      add("recheck_posting", "recheckPosting", proc.recheckPosting, cp.recheckPostedOn, ref, ["events", "complaints", i, "recheckPostedOn"]);
    }
  });
  const ml = e.middleLiving;
  if (ml) {
    if (ml.postedOn !== undefined) add("middle_living_posting", "middleLiving.posting", proc.middleLiving?.posting, ml.postedOn, null, ["events", "middleLiving", "postedOn"]);
    (ml.complaintsReceivedOn ?? []).forEach((d, i) => add("middle_living_recheck", "middleLiving.recheck", proc.middleLiving?.recheck, d, `#${i + 1}`, ["events", "middleLiving", "complaintsReceivedOn", i]));
    if (ml.decisionFrom !== undefined) add("middle_living_decision", "middleLiving.decision", proc.middleLiving?.decision, ml.decisionFrom, null, ["events", "middleLiving", "decisionFrom"]);
  }
  if (e.lowIncomeWorkerPostedOn !== undefined) add("low_income_worker_posting", "lowIncomeWorkerPosting", proc.lowIncomeWorkerPosting, e.lowIncomeWorkerPostedOn, null, ["events", "lowIncomeWorkerPostedOn"]);
  if (issues.length > 0) return { ok: false, issues };
  for (const f of findings) {
    if (f.code === "duration_not_found") continue;
    t.add(step({ rule: "procedure.finding", code: f.code, params: { code: f.code, ref: f.ref, date: f.date }, result: false, citations: [] }));
  }
  const fin = step({ rule: "procedure.summary", code: "deadlines_computed", params: { n: deadlines.length }, result: true });
  return { ok: true, value: { outcome: { kind: "computed", deadlines, findings }, explanation: t.finish("procedure_deadlines", std.id, fin.message) } };
}

/**
 * Computes the periods of the review procedure from its events (tính thời hạn niêm yết, phúc tra, quyết định),
 * returning the issues when the input is bad.
 *
 * @remarks
 * Durations come from the standard's data (`procedure.*`), never from literals: under 2021–2025 the posting of
 * results (3 working days), the complaint re-check (within 7 working days of receiving the complaint) and the
 * posting of the re-check (3 working days) are SEED values (seed 003, Mục I.2, Bước 4) and the explanation says
 * so; the middle-living posting (5 working days), re-check (3) and decision (15 days, counted as calendar days,
 * UNCERTAIN) come from Decision 406/QĐ-LĐTBXH; the low-income-worker posting (5 working days) from Decree
 * 30/2025/NĐ-CP. Under 2016–2020 only the posting (7 working days, Circular 17/2016) is sourced; the others give a
 * `duration_not_found` finding. A standard without a procedure (2027–2030) gives `rule_not_found`.
 *
 * Counting ({@link DEADLINE_COUNTING_RULE}, Civil Code 2015 Art. 147 cl. 3 and Art. 148): the event day is not
 * counted; **day 1 of a posting period is the first working day after the posting day**; `lastDay` is inclusive
 * (the period ends at the end of it). A calendar-day period whose last day is a rest day ends on the next working
 * day. Working days come from the calendar (supply official schedules through {@link createWorkingCalendar}).
 *
 * Issues: `invalid_date` (e.g. "2023-02-30"), `date_before_start` (posting before the meeting, a complaint before
 * the posting, a re-check posted before its complaint), `duplicate_complaint` (two complaints with one id, read NFC
 * and trimmed, or an id equal to another's place `#n`), `holiday_rules_not_found` (a period in a year before 2014
 * without the caller's schedule), `date_out_of_range` (a period ending after 2199), `invalid_calendar`,
 * `unknown_standard`. Complaints after the posting period and late re-check postings are findings, not issues.
 *
 * @param input - standard, events, calendar.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeComputeProcedureDeadlines({ standard: "2021-2025", events: { meetingHeldOn: "2023-10-05", postedOn: "2023-10-04" } });
 * r.ok; //=> false (issue "date_before_start" at ["events", "postedOn"])
 * ```
 * @category Procedure
 */
export function safeComputeProcedureDeadlines(input: ProcedureDeadlinesInput): SafeResult<{ outcome: ProcedureDeadlinesOutcome; explanation: Explanation }> {
  return guardSafe(() => {
    const r = safeParseWith(inputSchema, input);
    if (!r.ok) return r;
    const standard = r.value.standard;
    const cal = resolveCalendar(r.value.calendar, ["calendar"]);
    if (!cal.ok) return cal;
    const proc = standard.procedure;
    if (!proc) {
      const t = new Tracer();
      const s = t.add(step({ rule: "procedure.available", code: "procedure_not_found", params: { standard: standard.id }, result: false }));
      return { ok: true, value: { outcome: { kind: "rule_not_found", reason: "procedure_not_found", standard: standard.id }, explanation: t.finish("procedure_deadlines", standard.id, s.message) } };
    }
    return compute(standard, proc, r.value.events, cal.value, adjacentOf(r.value.calendar as WorkingCalendar | undefined));
  });
}

/**
 * Computes the periods of the review procedure from its events (tính thời hạn quy trình rà soát); throws on bad
 * input.
 *
 * @remarks See {@link safeComputeProcedureDeadlines} for the sources, the counting convention and the issues.
 * @param input - standard, events, calendar.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const { outcome } = computeProcedureDeadlines({
 *   standard: "2021-2025",
 *   events: { postedOn: "2023-10-06", complaints: [{ id: "KN-01", receivedOn: "2023-10-09" }] },
 * });
 * outcome.kind === "computed" && outcome.deadlines.map((d) => [d.kind, d.firstDay, d.lastDay]);
 * //=> [["posting", "2023-10-09", "2023-10-11"], ["complaint_recheck", "2023-10-10", "2023-10-18"]]
 * ```
 * @category Procedure
 */
export function computeProcedureDeadlines(input: ProcedureDeadlinesInput): { outcome: ProcedureDeadlinesOutcome; explanation: Explanation } {
  return unwrap(safeComputeProcedureDeadlines(input), "computeProcedureDeadlines");
}
