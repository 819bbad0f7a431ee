// The schema of the village meeting's outcome (MeetingVoteOutcome) as another function receives it back — the
// documents build the minutes and the lists from it, and it may have been stored as JSON in between. Private.
import * as z from "zod/mini";
import { isoDateSchema } from "../calendar/_isoDate.js";
import { citationValueSchema, localizedSchema } from "../explain/_schemas.js";
import type { MeetingItemResult } from "./tallyMeetingVote.js";
import { MAX_COUNT, meetingAgrees } from "./_share.js";
import { addIssue } from "./_messages.js";

const count = z.int().check(z.nonnegative(), z.maximum(MAX_COUNT));
const short = z.string().check(z.minLength(1), z.maxLength(100));
/** A share as `tallyMeetingVote` writes it: 0.00 to 100.00, two decimals. */
const percent = z.string().check(z.regex(/^\d{1,3}\.\d{2}$/));

const itemSchema = z.object({
  householdCode: z.nullable(short),
  result: z.enum(["agreed", "review_again"]),
  agree: count,
  attendees: z.int().check(z.minimum(1), z.maximum(MAX_COUNT)),
  sharePercent: percent,
  disagree: z.nullable(count),
  abstain: z.nullable(count),
  notVoting: z.nullable(count),
});

/** The minutes record of {@link tallyMeetingVote}: every part a document prints. */
const minutesSchema = z.object({
  heldOn: isoDateSchema,
  chairRole: short,
  attendees: z.int().check(z.minimum(1), z.maximum(MAX_COUNT)),
  attendeeList: z.nullable(z.array(z.object({ role: short, code: z.optional(short) })).check(z.maxLength(MAX_COUNT))),
  absent: z.nullable(count),
  scope: z.enum(["per_household", "whole_list"]),
  requiredShare: z.object({ numerator: z.int().check(z.minimum(1), z.maximum(1000)), denominator: z.int().check(z.minimum(1), z.maximum(1000)) }),
  abstentionRule: localizedSchema,
  results: z.array(itemSchema).check(z.minLength(1), z.maxLength(100_000)),
  copies: z.int().check(z.nonnegative(), z.maximum(100)),
  copiesKeptBy: localizedSchema,
  citations: z.array(citationValueSchema).check(z.maxLength(100)),
});

type Minutes = z.output<typeof minutesSchema>;
type Sink = Parameters<typeof addIssue>[0];

/** The checks of a record's parts against each other and against the vote rule. */
function checkMinutes(m: Minutes, ctx: Sink): void {
  const at = (...p: (string | number)[]) => ["minutes", ...p];
  if (m.attendeeList !== null && m.attendeeList.length !== m.attendees) addIssue(ctx, "attendee_list_mismatch", at("attendeeList"), { listed: m.attendeeList.length, attendees: m.attendees });
  if (m.requiredShare.numerator > m.requiredShare.denominator) addIssue(ctx, "threshold_above_one", at("requiredShare"), { numerator: m.requiredShare.numerator, denominator: m.requiredShare.denominator });
  const whole = m.scope === "whole_list";
  if (whole ? m.results.length !== 1 || m.results[0]?.householdCode !== null : m.results.some((r) => r.householdCode === null)) {
    addIssue(ctx, "meeting_record_inconsistent", at("results"), { reason: "scope_and_results" });
  }
  const seen = new Set<string>();
  m.results.forEach((r: MeetingItemResult, i) => {
    if (r.householdCode !== null) {
      if (seen.has(r.householdCode)) addIssue(ctx, "duplicate_household", at("results", i, "householdCode"), { code: r.householdCode });
      seen.add(r.householdCode);
    }
    if (r.attendees !== m.attendees) addIssue(ctx, "meeting_record_inconsistent", at("results", i, "attendees"), { reason: "result_attendees" });
    if (r.agree > r.attendees) addIssue(ctx, "agree_exceeds_attendees", at("results", i, "agree"), { agree: r.agree, attendees: r.attendees });
    else if (meetingAgrees(r.agree, r.attendees, m.requiredShare) !== (r.result === "agreed")) addIssue(ctx, "meeting_record_inconsistent", at("results", i, "result"), { reason: "result_and_share" });
  });
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && new Set(a).size === a.length && b.every((x) => a.includes(x));

/**
 * The outcome of {@link tallyMeetingVote} as data (kết quả họp dân): agreed, back to review with the households,
 * or no rule. Unknown keys are ignored (not copied); the parts a document prints are checked against each other —
 * the conclusion against the results, each result against the share, the households to review against the results.
 */
export const meetingOutcomeSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("agreed"), minutes: minutesSchema }),
    z.object({ kind: z.literal("review_again"), householdsToReview: z.nullable(z.array(short).check(z.maxLength(100_000))), agreedHouseholds: z.array(short).check(z.maxLength(100_000)), minutes: minutesSchema }),
    z.object({ kind: z.literal("rule_not_found"), reason: z.enum(["meeting_share_not_found", "procedure_not_found"]), standard: short }),
  ])
  .check(
    z.superRefine((o, ctx) => {
      if (o.kind === "rule_not_found") return;
      const m = o.minutes;
      checkMinutes(m, ctx);
      const failed = m.results.filter((r) => r.result === "review_again");
      if ((o.kind === "agreed") !== (failed.length === 0)) addIssue(ctx, "meeting_record_inconsistent", ["kind"], { reason: "kind_and_results" });
      if (o.kind === "review_again") {
        const codes = (rs: readonly MeetingItemResult[]) => rs.flatMap((r) => (r.householdCode === null ? [] : [r.householdCode]));
        const agreed = codes(m.results.filter((r) => r.result === "agreed"));
        const ok = m.scope === "whole_list" ? o.householdsToReview === null && o.agreedHouseholds.length === 0 : o.householdsToReview !== null && sameSet(o.householdsToReview, codes(failed)) && sameSet(o.agreedHouseholds, agreed);
        if (!ok) addIssue(ctx, "meeting_record_inconsistent", ["householdsToReview"], { reason: "households_to_review" });
      }
    }),
  );
