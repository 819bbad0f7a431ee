import * as z from "zod";
import { Decimal } from "decimal.js";
import type { Citation, Explanation, LegalValue, LocalizedText } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { addDomainIssue, safeParseWith, unwrap } from "../_lib/issues.js";
import { standardRefSchema } from "../_lib/standardRef.js";
import { Tracer, step } from "../_lib/trace.js";
import { str, type MessageParams } from "../_lib/messages.js";
import type { PovertyStandard } from "../standards/types.js";
import { isoDateSchema } from "../calendar/_isoDate.js";

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
 * outcome.kind === "cannot_decide" ? null : outcome.minutes.copies; //=> 2
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
 * review again), or cannot decide because the rule is not known for the standard.
 *
 * @remarks
 * `review_again` with scope `"per_household"` lists only the households below the share; the others are agreed.
 * `cannot_decide` reasons: `threshold_not_found` (2016–2020: no sourced vote share), `procedure_not_found`
 * (2027–2030: no sourced procedure).
 *
 * @example
 * ```ts
 * const o: MeetingVoteOutcome = { kind: "cannot_decide", reason: "threshold_not_found", standard: "2016-2020" };
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
  | { readonly kind: "cannot_decide"; readonly reason: "threshold_not_found" | "procedure_not_found"; readonly standard: string };

const SEED_003_STEP3: Citation = {
  instrument: "Hướng dẫn 01/HD-BCĐ rà soát hộ nghèo, hộ cận nghèo định kỳ năm 2023 (seed 003_b0cbdf9d415140e7)",
  item: "Mục I.2, Bước 3",
};

/** A sanity bound on a meeting's counts (not a legal value). */
const MAX_COUNT = 10 ** 6;
const count = z.number().int().nonnegative().max(MAX_COUNT);

const MSG = {
  thresholdAboveOne: {
    vi: (p: MessageParams) => `tỷ lệ biểu quyết ${str(p["numerator"])}/${str(p["denominator"])} lớn hơn 1.`,
    en: (p: MessageParams) => `the vote share ${str(p["numerator"])}/${str(p["denominator"])} is above 1.`,
  },
  thresholdInStandard: {
    vi: (p: MessageParams) => `chuẩn ${str(p["standard"])} đã có tỷ lệ biểu quyết theo quy định; không dùng tỷ lệ do người gọi cung cấp.`,
    en: (p: MessageParams) => `standard ${str(p["standard"])} already has the legal vote share; a caller-supplied share is not used.`,
  },
  agreeTooMany: {
    vi: (p: MessageParams) => `số phiếu đồng ý (${str(p["agree"])}) lớn hơn số người tham dự (${str(p["attendees"])}).`,
    en: (p: MessageParams) => `agreeing votes (${str(p["agree"])}) exceed the attendees (${str(p["attendees"])}).`,
  },
  sumMismatch: {
    vi: (p: MessageParams) => `đồng ý + không đồng ý + không biểu quyết = ${str(p["sum"])}, khác số người tham dự (${str(p["attendees"])}).`,
    en: (p: MessageParams) => `agree + disagree + abstain = ${str(p["sum"])}, not the number of attendees (${str(p["attendees"])}).`,
  },
  sumTooBig: {
    vi: (p: MessageParams) => `tổng số phiếu (${str(p["sum"])}) lớn hơn số người tham dự (${str(p["attendees"])}).`,
    en: (p: MessageParams) => `the votes (${str(p["sum"])}) exceed the attendees (${str(p["attendees"])}).`,
  },
  listMismatch: {
    vi: (p: MessageParams) => `danh sách người dự họp có ${str(p["listed"])} người, khác số người tham dự (${str(p["attendees"])}).`,
    en: (p: MessageParams) => `the attendance list has ${str(p["listed"])} entries, not the number of attendees (${str(p["attendees"])}).`,
  },
  scopeVotes: {
    vi: (p: MessageParams) => `biểu quyết "${str(p["scope"])}" cần trường ${str(p["needs"])} và không dùng trường ${str(p["not"])}.`,
    en: (p: MessageParams) => `scope "${str(p["scope"])}" needs ${str(p["needs"])} and does not take ${str(p["not"])}.`,
  },
  duplicate: {
    vi: (p: MessageParams) => `mã hộ "${str(p["code"])}" bị lặp lại.`,
    en: (p: MessageParams) => `household code "${str(p["code"])}" is listed twice.`,
  },
};

type Ctx = Parameters<Parameters<z.ZodType["superRefine"]>[0]>[1];

function checkVotes(v: VoteCount, attendees: number, path: (string | number)[], ctx: Ctx): void {
  if (v.agree > attendees) addDomainIssue(ctx, "agree_exceeds_attendees", [...path, "agree"], MSG.agreeTooMany, { agree: v.agree, attendees });
  const sum = v.agree + (v.disagree ?? 0) + (v.abstain ?? 0);
  if (v.disagree !== undefined && v.abstain !== undefined) {
    if (sum !== attendees) addDomainIssue(ctx, "votes_do_not_add_up", path, MSG.sumMismatch, { sum, attendees });
  } else if (sum > attendees && v.agree <= attendees) {
    addDomainIssue(ctx, "votes_exceed_attendees", path, MSG.sumTooBig, { sum, attendees });
  }
}

const voteShape = { agree: count, disagree: count.optional(), abstain: count.optional() };

const inputSchema = z
  .object({
    standard: standardRefSchema,
    heldOn: isoDateSchema,
    chairRole: z.string().min(1).max(100).optional(),
    attendees: z.number().int().min(1).max(MAX_COUNT),
    attendeeList: z.array(z.object({ role: z.string().min(1).max(100), code: z.string().min(1).max(100).optional() }).strict()).max(MAX_COUNT).optional(),
    absent: count.optional(),
    scope: z.enum(["per_household", "whole_list"]),
    votes: z.object(voteShape).strict().optional(),
    households: z.array(z.object({ householdCode: z.string().min(1).max(100), ...voteShape }).strict()).max(100_000).optional(),
    threshold: z
      .object({
        numerator: z.number().int().min(1).max(1000),
        denominator: z.number().int().min(1).max(1000),
        citation: z
          .object({
            instrument: z.string().min(1).max(300),
            article: z.string().max(20).optional(),
            clause: z.string().max(20).optional(),
            point: z.string().max(20).optional(),
            item: z.string().max(300).optional(),
            note: z.string().max(1000).optional(),
          })
          .strict(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.threshold && v.threshold.numerator > v.threshold.denominator) {
      addDomainIssue(ctx, "threshold_above_one", ["threshold"], MSG.thresholdAboveOne, { numerator: v.threshold.numerator, denominator: v.threshold.denominator });
    }
    if (v.threshold && v.standard.procedure?.meetingAgreementShare) {
      addDomainIssue(ctx, "threshold_already_in_standard", ["threshold"], MSG.thresholdInStandard, { standard: v.standard.id });
    }
    if (v.attendeeList && v.attendeeList.length !== v.attendees) addDomainIssue(ctx, "attendee_list_mismatch", ["attendeeList"], MSG.listMismatch, { listed: v.attendeeList.length, attendees: v.attendees });
    if (v.scope === "whole_list") {
      if (!v.votes || v.households) addDomainIssue(ctx, "votes_do_not_match_scope", [v.votes ? "households" : "votes"], MSG.scopeVotes, { scope: v.scope, needs: "votes", not: "households" });
      if (v.votes) checkVotes(v.votes, v.attendees, ["votes"], ctx);
    } else {
      if (!v.households || v.votes) addDomainIssue(ctx, "votes_do_not_match_scope", [v.households ? "votes" : "households"], MSG.scopeVotes, { scope: v.scope, needs: "households", not: "votes" });
      const seen = new Set<string>();
      (v.households ?? []).forEach((h, i) => {
        if (seen.has(h.householdCode)) addDomainIssue(ctx, "duplicate_household", ["households", i, "householdCode"], MSG.duplicate, { code: h.householdCode });
        seen.add(h.householdCode);
        checkVotes(h, v.attendees, ["households", i], ctx);
      });
    }
  });

const T = {
  rule: {
    vi: (p: MessageParams) => `Quy tắc họp dân: kết quả rà soát được thống nhất khi từ ${str(p["numerator"])}/${str(p["denominator"])} (${str(p["percent"])}%) số người tham dự trở lên đồng ý; dưới mức này rà soát lại từ bước 2 và họp lại.`,
    en: (p: MessageParams) => `Meeting rule: the review result is agreed when at least ${str(p["numerator"])}/${str(p["denominator"])} (${str(p["percent"])}%) of the attendees agree; below it, review again from step 2 and meet again.`,
  },
  abstain: {
    vi: () => "Mẫu số là số người có mặt: người không biểu quyết hoặc không ghi nhận phiếu được tính là không đồng ý; người vắng mặt không tính.",
    en: () => "The denominator is the number present: abstentions and unrecorded votes count as not agreeing; absentees are not counted.",
  },
  item: {
    vi: (p: MessageParams) =>
      `${p["code"] === null ? "Cả danh sách" : `Hộ ${str(p["code"])}`}: ${str(p["agree"])}/${str(p["attendees"])} người đồng ý (${str(p["share"])}%); ${str(p["agree"])} × ${str(p["denominator"])} ${p["holds"] ? "≥" : "<"} ${str(p["numerator"])} × ${str(p["attendees"])} → ${p["holds"] ? "thống nhất" : "rà soát lại"}.`,
    en: (p: MessageParams) =>
      `${p["code"] === null ? "Whole list" : `Household ${str(p["code"])}`}: ${str(p["agree"])}/${str(p["attendees"])} attendees agree (${str(p["share"])}%); ${str(p["agree"])} × ${str(p["denominator"])} ${p["holds"] ? "≥" : "<"} ${str(p["numerator"])} × ${str(p["attendees"])} → ${p["holds"] ? "agreed" : "review again"}.`,
  },
  minutes: {
    vi: (p: MessageParams) => `Biên bản họp lập thành ${str(p["copies"])} bản: 01 bản lưu ở thôn, 01 bản gửi Ban chỉ đạo cấp xã; kèm danh sách người dự họp.`,
    en: (p: MessageParams) => `Minutes in ${str(p["copies"])} copies: one kept by the village, one sent to the commune steering committee; with the attendance list.`,
  },
  outcome: {
    vi: (p: MessageParams) =>
      p["kind"] === "agreed" ? "Kết luận: cuộc họp thống nhất kết quả rà soát." : `Kết luận: chưa đạt tỷ lệ thống nhất — rà soát lại${p["list"] ? ` các hộ ${str(p["list"])}` : ""} từ bước 2 và họp lại.`,
    en: (p: MessageParams) =>
      p["kind"] === "agreed" ? "Outcome: the meeting agreed the review results." : `Outcome: agreement not reached — review again${p["list"] ? ` households ${str(p["list"])}` : ""} from step 2 and meet again.`,
  },
  notFound: {
    vi: (p: MessageParams) =>
      p["reason"] === "threshold_not_found"
        ? `Không thể kết luận: tỷ lệ biểu quyết của họp dân theo chuẩn ${str(p["standard"])} chưa tìm được căn cứ; thư viện không tự giả định.`
        : `Không thể kết luận: quy trình rà soát của chuẩn ${str(p["standard"])} chưa có căn cứ.`,
    en: (p: MessageParams) =>
      p["reason"] === "threshold_not_found"
        ? `Cannot decide: the meeting vote share under standard ${str(p["standard"])} was not found in any source; the library does not assume one.`
        : `Cannot decide: no review procedure was sourced for standard ${str(p["standard"])}.`,
  },
};

const KEPT_BY: LocalizedText = { vi: "01 bản lưu ở thôn, 01 bản gửi Ban chỉ đạo rà soát cấp xã", en: "one kept by the village, one sent to the commune steering committee" };

function itemResult(code: string | null, v: VoteCount, attendees: number, num: number, den: number): MeetingItemResult {
  const holds = v.agree * den >= num * attendees;
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

type Parsed = z.infer<typeof inputSchema>;

function decide(std: PovertyStandard, v: Parsed): { outcome: MeetingVoteOutcome; explanation: Explanation } {
  const t = new Tracer();
  const proc = std.procedure;
  const callerShare: LegalValue<{ readonly numerator: number; readonly denominator: number }> | undefined = v.threshold
    ? { value: { numerator: v.threshold.numerator, denominator: v.threshold.denominator }, citation: v.threshold.citation as Citation, status: "uncertain" }
    : undefined;
  const share = proc?.meetingAgreementShare ?? callerShare;
  if (!share) {
    const reason = proc ? "threshold_not_found" : "procedure_not_found";
    const s = t.add(step({ rule: "meeting.threshold", code: reason, template: T.notFound, params: { reason, standard: std.id }, result: "cannot_decide", citations: proc ? [{ instrument: proc.instrument, note: "vote share NOT FOUND" }] : [] }));
    return { outcome: { kind: "cannot_decide", reason, standard: std.id }, explanation: t.finish("meeting_vote", std.id, s.message) };
  }
  const { numerator, denominator } = t.read(std, callerShare && share === callerShare ? "caller.meetingAgreementShare" : "procedure.meetingAgreementShare", share);
  const percent = new Decimal(numerator).times(100).dividedBy(denominator).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
  t.add(step({ rule: "meeting.rule", code: "meeting_rule", template: T.rule, params: { numerator, denominator, percent }, result: true, expected: `agree × ${denominator} ≥ ${numerator} × attendees`, citations: [share.citation, SEED_003_STEP3], status: share.status }));
  t.add(step({ rule: "meeting.abstentions", code: "abstentions_count_as_not_agreeing", template: T.abstain, params: {}, result: true, citations: [share.citation] }));
  const items: MeetingItemResult[] =
    v.scope === "whole_list"
      ? [itemResult(null, v.votes ?? { agree: 0 }, v.attendees, numerator, denominator)]
      : [...(v.households ?? [])].sort((a, b) => (a.householdCode < b.householdCode ? -1 : a.householdCode > b.householdCode ? 1 : 0)).map((h) => itemResult(h.householdCode, h, v.attendees, numerator, denominator));
  const children = items.map((it) =>
    step({
      rule: "meeting.share_at_least",
      code: it.result === "agreed" ? "meeting_agreed" : "meeting_review_again",
      template: T.item,
      params: { code: it.householdCode, agree: it.agree, attendees: it.attendees, share: it.sharePercent, numerator, denominator, holds: it.result === "agreed" },
      actual: it.sharePercent,
      expected: `≥ ${percent}`,
      result: it.result === "agreed",
      citations: [share.citation],
      status: share.status,
    }),
  );
  t.add(step({ rule: "meeting.votes", code: "meeting_votes", template: { vi: () => "Kết quả biểu quyết.", en: () => "Votes." }, params: { scope: v.scope }, result: true, children }));
  const copiesValue = proc?.meetingMinutesCopies;
  const copies = copiesValue ? t.read(std, "procedure.meetingMinutesCopies", copiesValue) : 0;
  if (copiesValue) t.add(step({ rule: "meeting.minutes", code: "meeting_minutes_copies", template: T.minutes, params: { copies }, result: true, citations: [copiesValue.citation], status: copiesValue.status }));
  const minutes: MeetingMinutesRecord = {
    heldOn: v.heldOn,
    chairRole: v.chairRole ?? "village_head",
    attendees: v.attendees,
    attendeeList: v.attendeeList ? v.attendeeList.map((a) => (a.code !== undefined ? { role: a.role, code: a.code } : { role: a.role })) : null,
    absent: v.absent ?? null,
    scope: v.scope,
    requiredShare: { numerator, denominator },
    abstentionRule: { vi: T.abstain.vi(), en: T.abstain.en() },
    results: items,
    copies,
    copiesKeptBy: KEPT_BY,
    citations: [share.citation, SEED_003_STEP3],
  };
  const failed = items.filter((i) => i.result === "review_again");
  const outcome: MeetingVoteOutcome =
    failed.length === 0
      ? { kind: "agreed", minutes }
      : {
          kind: "review_again",
          householdsToReview: v.scope === "whole_list" ? null : failed.map((i) => i.householdCode ?? ""),
          agreedHouseholds: items.filter((i) => i.result === "agreed" && i.householdCode !== null).map((i) => i.householdCode ?? ""),
          minutes,
        };
  const list = outcome.kind === "review_again" && outcome.householdsToReview ? outcome.householdsToReview.join(", ") : null;
  const fin = t.add(step({ rule: "meeting.outcome", code: outcome.kind === "agreed" ? "meeting_agreed" : "meeting_review_again", template: T.outcome, params: { kind: outcome.kind, list }, result: outcome.kind, citations: [share.citation, SEED_003_STEP3], status: share.status }));
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
 * Under 2016–2020 the share was NOT FOUND: the outcome is `cannot_decide` / `threshold_not_found`; under a
 * standard with no procedure (2027–2030), `procedure_not_found`. Never assumed: a caller who has the share from
 * its own source passes it as `threshold` with that source's citation, and the decision is then marked uncertain.
 *
 * Issues: `too_small` (attendees < 1), `invalid_type` (fractional votes), `agree_exceeds_attendees`,
 * `votes_do_not_add_up` (agree + disagree + abstain ≠ attendees when all three are given),
 * `votes_exceed_attendees`, `attendee_list_mismatch`, `votes_do_not_match_scope`, `duplicate_household`,
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
  const r = safeParseWith(inputSchema, input);
  if (!r.ok) return r;
  return { ok: true, value: decide(r.value.standard, r.value) };
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
 * //=> { kind: "cannot_decide", reason: "threshold_not_found", standard: "2016-2020" }
 * ```
 * @category Meeting
 */
export function tallyMeetingVote(input: MeetingVoteInput): { outcome: MeetingVoteOutcome; explanation: Explanation } {
  return unwrap(safeTallyMeetingVote(input), "tallyMeetingVote");
}
