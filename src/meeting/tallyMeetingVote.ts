import * as z from "zod/mini";
import { Decimal } from "decimal.js";
import type { Citation, LegalValue, LocalizedText } from "../types.js";
import type { Explanation, RuleNotFound } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { Tracer } from "../explain/_trace.js";
import type { PovertyStandard } from "../standards/types.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import { practicalDefaultStep } from "../standards/_standardStep.js";
import { isoDateSchema } from "../calendar/_isoDate.js";
import { addIssue, step, stepMessage, termText } from "./_messages.js";
import { MAX_COUNT, meetingAgrees, type Share } from "./_share.js";
/**
 * The votes on one question at the village meeting (kết quả biểu quyết): how many attendees agreed, and
 * optionally how many disagreed and abstained.
 *
 * @remarks All counts are whole numbers. The denominator of the rule is the number of attendees, so abstentions
 * (and attendees who did not vote) count as not agreeing.
 *
 * @example
 * ```ts
 * const v: VoteCount = { agree: 5, disagree: 3, abstain: 2 };
 * ```
 * @category Meeting
 */
export interface VoteCount {
  /** Attendees who agreed with the review result (đồng ý). */
  readonly agree: number;
  /** Attendees who disagreed (không đồng ý), when counted. */
  readonly disagree?: number | undefined;
  /** Attendees who abstained (không biểu quyết), when counted. */
  readonly abstain?: number | undefined;
}

/**
 * The votes on one reviewed household (biểu quyết theo từng hộ), keyed by the household's code.
 *
 * @example
 * ```ts
 * const v: HouseholdVote = { householdCode: "HH-001", agree: 6 };
 * ```
 * @category Meeting
 */
export interface HouseholdVote extends VoteCount {
  /** The household's code (no names). */
  readonly householdCode: string;
}

/**
 * One attendee of the village meeting (thành phần dự họp), by role and optional code; no names are needed.
 *
 * @example
 * ```ts
 * const a: MeetingAttendee = { role: "village_head", code: "T01-TT" };
 * ```
 * @category Meeting
 */
export interface MeetingAttendee {
  /** The role, e.g. `"village_head"`, `"party_cell_secretary"`, `"reviewer"`, `"household_representative"`, `"fatherland_front"`. */
  readonly role: string;
  /** An identifying code, when the caller keeps one. */
  readonly code?: string;
}

/**
 * The input of {@link tallyMeetingVote} (họp dân thống nhất kết quả rà soát).
 *
 * @example
 * ```ts
 * const input: MeetingVoteInput = {
 *   standard: "2021-2025", heldOn: "2023-10-03", chairRole: "village_head",
 *   attendees: 10, scope: "whole_list", votes: { agree: 5, disagree: 4, abstain: 1 },
 * };
 * ```
 * @category Meeting
 */
export interface MeetingVoteInput {
  /** The standard whose procedure applies: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** The meeting's date (ISO). */
  readonly heldOn: string;
  /** Who chaired (chủ trì): a role, default `"village_head"` (trưởng thôn / tổ trưởng tổ dân phố). */
  readonly chairRole?: string;
  /** The number of people present (số người tham dự): the denominator. */
  readonly attendees: number;
  /** The attendance list by role/code; when given its length must equal `attendees`. */
  readonly attendeeList?: readonly MeetingAttendee[];
  /** People invited or entitled who were absent; recorded, never counted in the denominator. */
  readonly absent?: number;
  /** Whether the meeting voted per household (`"per_household"`) or on the list as a whole (`"whole_list"`). */
  readonly scope: "per_household" | "whole_list";
  /** The votes on the whole list (scope `"whole_list"`). */
  readonly votes?: VoteCount;
  /** The votes per household (scope `"per_household"`). */
  readonly households?: readonly HouseholdVote[];
  /**
   * The vote share to apply when the standard has none sourced (2016–2020; 2027–2030), from the caller's own
   * source: `numerator/denominator` of attendees, and the citation of that source. The explanation cites it and
   * marks the decision uncertain. Refused (`threshold_already_in_standard`) when the standard has a share.
   */
  readonly threshold?: { readonly numerator: number; readonly denominator: number; readonly citation: Citation };
}

/**
 * The result of one vote (kết quả một nội dung biểu quyết): agreed or back to review, with the exact share.
 *
 * @example
 * ```ts
 * const r: MeetingItemResult = { householdCode: null, result: "agreed", agree: 5, attendees: 9, sharePercent: "55.56", disagree: null, abstain: null, notVoting: null };
 * ```
 * @category Meeting
 */
export interface MeetingItemResult {
  /** The household's code, or `null` for the whole list. */
  readonly householdCode: string | null;
  /** `"agreed"` (đạt ≥ 50%) or `"review_again"` (dưới 50%: rà soát lại từ bước 2 và họp lại). */
  readonly result: "agreed" | "review_again";
  /** Votes agreeing. */
  readonly agree: number;
  /** Attendees (the denominator). */
  readonly attendees: number;
  /** agree ÷ attendees × 100, two decimals, rounded half up, as a string (e.g. `"55.56"`). Display only. */
  readonly sharePercent: string;
  /** Votes against, when given. */
  readonly disagree: number | null;
  /** Abstentions, when given. */
  readonly abstain: number | null;
  /** Attendees whose vote was not recorded (attendees − agree − disagree − abstain) when disagree or abstain was given; counted as not agreeing. */
  readonly notVoting: number | null;
}

/**
 * The decision record for the meeting minutes (biên bản họp dân), ready to print: date, chair, attendance, the
 * rule applied, the results and the number of copies.
 *
 * @example
 * ```ts
 * const { outcome } = tallyMeetingVote({ standard: "2021-2025", heldOn: "2023-10-03", attendees: 10, scope: "whole_list", votes: { agree: 5 } });
 * outcome.kind === "rule_not_found" ? null : outcome.minutes.copies; //=> 2
 * ```
 * @category Meeting
 */
export interface MeetingMinutesRecord {
  /** The meeting's date (ISO). */
  readonly heldOn: string;
  /** Who chaired, by role. */
  readonly chairRole: string;
  /** People present. */
  readonly attendees: number;
  /** The attendance list, when given. */
  readonly attendeeList: readonly MeetingAttendee[] | null;
  /** People absent, when given (not in the denominator). */
  readonly absent: number | null;
  /** How the vote was taken. */
  readonly scope: "per_household" | "whole_list";
  /** The share required, as numerator/denominator of attendees (e.g. 1/2), inclusive ("từ … trở lên"). */
  readonly requiredShare: { readonly numerator: number; readonly denominator: number };
  /** How abstentions and unrecorded votes were counted. */
  readonly abstentionRule: LocalizedText;
  /** The results, sorted by household code (the whole list: one entry with `householdCode: null`). */
  readonly results: readonly MeetingItemResult[];
  /** Copies of the minutes (số bản), from the standard's data. */
  readonly copies: number;
  /** Who keeps the copies. */
  readonly copiesKeptBy: LocalizedText;
  /** The legal basis of the rule. */
  readonly citations: readonly Citation[];
}

/**
 * The outcome of the village-meeting vote (kết quả họp dân): agreed, back to review (with the households to
 * review again), or no rule because the law's value is not known for the standard.
 *
 * @remarks
 * `review_again` with scope `"per_household"` lists only the households below the share; the others are agreed.
 * `rule_not_found` reasons: `meeting_share_not_found` (2016–2020: no sourced vote share), `procedure_not_found`
 * (2027–2030: no sourced procedure).
 *
 * @example
 * ```ts
 * const o: MeetingVoteOutcome = { kind: "rule_not_found", reason: "meeting_share_not_found", standard: "2016-2020" };
 * ```
 * @category Meeting
 */
export type MeetingVoteOutcome =
  | { readonly kind: "agreed"; readonly minutes: MeetingMinutesRecord }
  | {
      readonly kind: "review_again";
      /** Household codes to review again from step 2 (per-household scope), or every household (whole list: `null`). */
      readonly householdsToReview: readonly string[] | null;
      /** Household codes agreed (per-household scope). */
      readonly agreedHouseholds: readonly string[];
      readonly minutes: MeetingMinutesRecord;
    }
  | RuleNotFound<"meeting_share_not_found" | "procedure_not_found">;


const count = z.int().check(z.nonnegative(), z.maximum(MAX_COUNT));

type Sink = Parameters<typeof addIssue>[0];

function checkVotes(v: VoteCount, attendees: number, path: (string | number)[], ctx: Sink): void {
  if (v.agree > attendees) addIssue(ctx, "agree_exceeds_attendees", [...path, "agree"], { agree: v.agree, attendees });
  const sum = v.agree + (v.disagree ?? 0) + (v.abstain ?? 0);
  if (v.disagree !== undefined && v.abstain !== undefined) {
    if (sum !== attendees) addIssue(ctx, "votes_do_not_add_up", path, { sum, attendees });
  } else if (sum > attendees && v.agree <= attendees) {
    addIssue(ctx, "votes_exceed_attendees", path, { sum, attendees });
  }
}

const voteShape = { agree: count, disagree: z.optional(count), abstain: z.optional(count) };
const short = z.string().check(z.minLength(1), z.maxLength(100));
/** A household code, as the household model reads it: NFC, surrounding spaces trimmed ("Hộ1" typed two ways is one household). */
const householdCode = z.string().check(z.normalize("NFC"), z.trim(), z.minLength(1), z.maxLength(100));

/** The schema of {@link MeetingVoteInput}. */
export const meetingVoteSchema = z
  .strictObject({
    standard: standardRefSchema,
    heldOn: isoDateSchema,
    chairRole: z.optional(short),
    attendees: z.int().check(z.minimum(1), z.maximum(MAX_COUNT)),
    attendeeList: z.optional(z.array(z.strictObject({ role: short, code: z.optional(short) })).check(z.maxLength(MAX_COUNT))),
    absent: z.optional(count),
    scope: z.enum(["per_household", "whole_list"]),
    votes: z.optional(z.strictObject(voteShape)),
    households: z.optional(z.array(z.strictObject({ householdCode, ...voteShape })).check(z.minLength(1), z.maxLength(100_000))),
    threshold: z.optional(
      z.strictObject({
        numerator: z.int().check(z.minimum(1), z.maximum(1000)),
        denominator: z.int().check(z.minimum(1), z.maximum(1000)),
        citation: z.strictObject({
          instrument: z.string().check(z.minLength(1), z.maxLength(300)),
          article: z.optional(z.string().check(z.maxLength(20))),
          clause: z.optional(z.string().check(z.maxLength(20))),
          point: z.optional(z.string().check(z.maxLength(20))),
          item: z.optional(z.string().check(z.maxLength(300))),
          note: z.optional(z.string().check(z.maxLength(1000))),
        }),
      }),
    ),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.threshold && v.threshold.numerator > v.threshold.denominator) {
        addIssue(ctx, "threshold_above_one", ["threshold"], { numerator: v.threshold.numerator, denominator: v.threshold.denominator });
      }
      if (v.threshold && v.standard.procedure?.meetingAgreementShare) addIssue(ctx, "threshold_already_in_standard", ["threshold"], { standard: v.standard.id });
      if (v.attendeeList && v.attendeeList.length !== v.attendees) addIssue(ctx, "attendee_list_mismatch", ["attendeeList"], { listed: v.attendeeList.length, attendees: v.attendees });
      if (v.scope === "whole_list") {
        if (!v.votes || v.households) addIssue(ctx, "votes_do_not_match_scope", [v.votes ? "households" : "votes"], { scope: v.scope, needs: "votes", not: "households" });
        if (v.votes) checkVotes(v.votes, v.attendees, ["votes"], ctx);
      } else {
        if (!v.households || v.votes) addIssue(ctx, "votes_do_not_match_scope", [v.households ? "votes" : "households"], { scope: v.scope, needs: "households", not: "votes" });
        const seen = new Set<string>();
        (v.households ?? []).forEach((h, i) => {
          if (seen.has(h.householdCode)) addIssue(ctx, "duplicate_household", ["households", i, "householdCode"], { code: h.householdCode });
          seen.add(h.householdCode);
          checkVotes(h, v.attendees, ["households", i], ctx);
        });
      }
    }),
  );

function itemResult(code: string | null, v: VoteCount, attendees: number, share: Share): MeetingItemResult {
  const holds = meetingAgrees(v.agree, attendees, share);
  const given = v.disagree !== undefined || v.abstain !== undefined;
  return {
    householdCode: code,
    result: holds ? "agreed" : "review_again",
    agree: v.agree,
    attendees,
    sharePercent: new Decimal(v.agree).times(100).dividedBy(attendees).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    disagree: v.disagree ?? null,
    abstain: v.abstain ?? null,
    notVoting: given ? attendees - v.agree - (v.disagree ?? 0) - (v.abstain ?? 0) : null,
  };
}

type Parsed = z.output<typeof meetingVoteSchema>;

function decide(std: PovertyStandard, v: Parsed): { outcome: MeetingVoteOutcome; explanation: Explanation } {
  const t = new Tracer();
  const proc = std.procedure;
  const callerShare: LegalValue<Share> | undefined = v.threshold
    ? { value: { numerator: v.threshold.numerator, denominator: v.threshold.denominator }, citation: v.threshold.citation as Citation, status: "uncertain" }
    : undefined;
  const share = proc?.meetingAgreementShare ?? callerShare;
  if (!share) {
    const s = proc
      ? t.add(step({ rule: "meeting.threshold", code: "meeting_share_not_found", params: { standard: std.id }, result: "rule_not_found", citations: [{ instrument: proc.instrument, note: "vote share NOT FOUND" }] }))
      : t.add(step({ rule: "meeting.threshold", code: "meeting_procedure_not_found", params: { standard: std.id }, result: "rule_not_found", citations: [] }));
    return { outcome: { kind: "rule_not_found", reason: proc ? "meeting_share_not_found" : "procedure_not_found", standard: std.id }, explanation: t.finish("meeting_vote", std.id, s.message) };
  }
  const pd = practicalDefaultStep(std);
  if (pd) t.add(pd);
  // the schema refuses a caller's share where the standard has one: a caller's share is the share applied
  const { numerator, denominator } = t.read(std, callerShare ? "caller.meetingAgreementShare" : "procedure.meetingAgreementShare", share);
  const percent = new Decimal(numerator).times(100).dividedBy(denominator).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
  t.add(step({ rule: "meeting.rule", code: "meeting_rule", params: { numerator, denominator, percent }, result: true, expected: `agree × ${denominator} ≥ ${numerator} × attendees`, citations: [share.citation], status: share.status }));
  t.add(step({ rule: "meeting.abstentions", code: "abstentions_count_as_not_agreeing", params: {}, result: true, citations: [share.citation] }));
  // the schema guarantees the votes of the scope; household codes are unique (duplicate_household), so the sort
  // never compares two equal codes
  const perHousehold = (v.households ?? [])
    .map((h) => ({ code: h.householdCode, item: itemResult(h.householdCode, h, v.attendees, share.value) }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const items: MeetingItemResult[] = v.scope === "whole_list" ? [itemResult(null, v.votes ?? { agree: 0 }, v.attendees, share.value)] : perHousehold.map((h) => h.item);
  const children = items.map((it) =>
    step({
      rule: "meeting.share_at_least",
      code: it.result === "agreed" ? "meeting_agreed" : "meeting_review_again",
      params: { code: it.householdCode, agree: it.agree, attendees: it.attendees, share: it.sharePercent, numerator, denominator, holds: it.result === "agreed" },
      actual: it.sharePercent,
      expected: `≥ ${percent}`,
      result: it.result === "agreed",
      citations: [share.citation],
      status: share.status,
    }),
  );
  t.add(step({ rule: "meeting.votes", code: "meeting_votes", params: { scope: v.scope }, result: true, children }));
  const copiesValue = proc?.meetingMinutesCopies;
  const copies = copiesValue ? t.read(std, "procedure.meetingMinutesCopies", copiesValue) : 0;
  if (copiesValue) t.add(step({ rule: "meeting.minutes", code: "meeting_minutes_copies", params: { copies }, result: true, citations: [copiesValue.citation], status: copiesValue.status }));
  const minutes: MeetingMinutesRecord = {
    heldOn: v.heldOn,
    chairRole: v.chairRole ?? "village_head",
    attendees: v.attendees,
    attendeeList: v.attendeeList ? v.attendeeList.map((a) => (a.code !== undefined ? { role: a.role, code: a.code } : { role: a.role })) : null,
    absent: v.absent ?? null,
    scope: v.scope,
    requiredShare: { numerator, denominator },
    abstentionRule: stepMessage("abstentions_count_as_not_agreeing", {}),
    results: items,
    copies,
    copiesKeptBy: termText("minutes_kept_by", {}),
    citations: [share.citation],
  };
  const codesWhere = (result: MeetingItemResult["result"]): string[] => perHousehold.filter((h) => h.item.result === result).map((h) => h.code);
  const outcome: MeetingVoteOutcome = items.every((i) => i.result === "agreed")
    ? { kind: "agreed", minutes }
    : { kind: "review_again", householdsToReview: v.scope === "whole_list" ? null : codesWhere("review_again"), agreedHouseholds: codesWhere("agreed"), minutes };
  const fin = t.add(
    outcome.kind === "agreed"
      ? step({ rule: "meeting.outcome", code: "meeting_outcome_agreed", params: { kind: "agreed", list: null }, result: outcome.kind, citations: [share.citation], status: share.status })
      : step({
          rule: "meeting.outcome",
          code: "meeting_outcome_review_again",
          params: { kind: "review_again", list: outcome.householdsToReview ? outcome.householdsToReview.join(", ") : null },
          result: outcome.kind,
          citations: [share.citation],
          status: share.status,
        }),
  );
  return { outcome, explanation: t.finish("meeting_vote", std.id, fin.message) };
}

/**
 * Decides whether the village meeting agreed the review results (họp dân thống nhất kết quả rà soát), returning
 * the issues when the input is bad.
 *
 * @remarks
 * Decision 24/2021/QĐ-TTg Art. 4 (as published in Decision 406/QĐ-LĐTBXH) and seed 003 (step 3): the meeting
 * agrees when **at least** the standard's share of the attendees agree — 1/2 under 2021–2025, read from
 * `procedure.meetingAgreementShare`; exactly 50% passes ("từ 50% trở lên"). Below it the household(s) are reviewed
 * again from step 2 and the meeting is held again. The test is exact integer arithmetic:
 * `agree × denominator ≥ numerator × attendees`. The share shown (`sharePercent`) is a decimal.js value × 100,
 * rounded half up to 2 places, for display only.
 *
 * Choices the sources leave open, made explicit: the caller says whether the vote was per household or on the
 * whole list (`scope`); the denominator is the number present (abstentions and unrecorded votes count as not
 * agreeing; absentees are recorded but not counted); no quorum is applied (none was found). The result does not
 * depend on the order of the households. The minutes record carries the copies from
 * `procedure.meetingMinutesCopies` (2, seed 003).
 *
 * Under 2016–2020 the share was NOT FOUND: the outcome is `rule_not_found` / `meeting_share_not_found`; under
 * a standard with no procedure (2027–2030), `procedure_not_found`. Never assumed: a caller who has the share from
 * its own source passes it as `threshold` with that source's citation, and the decision is then marked uncertain.
 *
 * Issues: `too_small` (attendees < 1), `invalid_type` (fractional votes), `agree_exceeds_attendees`,
 * `votes_do_not_add_up` (agree + disagree + abstain ≠ attendees when all three are given),
 * `votes_exceed_attendees`, `attendee_list_mismatch`, `votes_do_not_match_scope`, `duplicate_household`,
 * `too_small` (a per-household vote with no household),
 * `invalid_date`, `unknown_standard`.
 *
 * @param input - standard, date, attendance, scope and votes.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeTallyMeetingVote({ standard: "2021-2025", heldOn: "2023-10-03", attendees: 0, scope: "whole_list", votes: { agree: 0 } });
 * r.ok; //=> false
 * ```
 * @category Meeting
 */
export function safeTallyMeetingVote(input: MeetingVoteInput): SafeResult<{ outcome: MeetingVoteOutcome; explanation: Explanation }> {
  return guardSafe(() => {
    const r = safeParseWith(meetingVoteSchema, input);
    if (!r.ok) return r;
    return { ok: true, value: decide(r.value.standard, r.value) };
  });
}

/**
 * Decides whether the village meeting agreed the review results (họp dân thống nhất kết quả rà soát); throws on
 * bad input.
 *
 * @remarks See {@link safeTallyMeetingVote} for the rule (≥ 1/2 of attendees, exact integers), the choices and
 * the issues.
 * @param input - standard, date, attendance, scope and votes.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * tallyMeetingVote({ standard: "2021-2025", heldOn: "2023-10-03", attendees: 10, scope: "whole_list", votes: { agree: 5 } }).outcome.kind;
 * //=> "agreed"
 * tallyMeetingVote({ standard: "2021-2025", heldOn: "2023-10-03", attendees: 9, scope: "per_household",
 *   households: [{ householdCode: "HH-002", agree: 4 }, { householdCode: "HH-001", agree: 5 }] }).outcome;
 * //=> { kind: "review_again", householdsToReview: ["HH-002"], agreedHouseholds: ["HH-001"], minutes: … }
 * tallyMeetingVote({ standard: "2016-2020", heldOn: "2019-10-03", attendees: 9, scope: "whole_list", votes: { agree: 9 } }).outcome;
 * //=> { kind: "rule_not_found", reason: "meeting_share_not_found", standard: "2016-2020" }
 * ```
 * @category Meeting
 */
export function tallyMeetingVote(input: MeetingVoteInput): { outcome: MeetingVoteOutcome; explanation: Explanation } {
  return unwrap(safeTallyMeetingVote(input), "tallyMeetingVote");
}
