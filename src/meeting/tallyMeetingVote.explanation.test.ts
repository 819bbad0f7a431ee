// The village meeting's decision, its minutes and its explanation, pinned step by step for representative cases of
// the law (Decision 24/2021/QĐ-TTg Art. 4 as published in Decision 406/QĐ-LĐTBXH; seed 003, Mục I.2 Bước 3): at
// least 1/2 of the attendees, exactly 50% passes, minutes in 2 copies. The expected values are written from the
// law; the citations are the standard's data (the legal values the rule reads), checked by instrument and article.
import { describe, expect, it } from "vitest";
import { withoutMessage } from "../../test/_lib/steps.js";
import { safeTallyMeetingVote, tallyMeetingVote, type MeetingVoteInput } from "./index.js";
import { getStandard } from "../standards/getStandard.js";
import { isPovertyError } from "../errors/isPovertyError.js";

const P2025 = getStandard("2021-2025").procedure;
const SHARE = P2025?.meetingAgreementShare?.citation;
const COPIES = P2025?.meetingMinutesCopies?.citation;
const DECISION_24 = "Quyết định 24/2021/QĐ-TTg";

/** A step without its rendered message (test/_lib/steps.ts). */
const bare = withoutMessage;

const base = { standard: "2021-2025", heldOn: "2023-10-03" } as const;

describe("the legal values the meeting reads (2021–2025)", () => {
  it("cites Decision 24/2021 Art. 4 for the share and for the copies", () => {
    expect(SHARE).toMatchObject({ instrument: DECISION_24, article: "4" });
    expect(COPIES).toMatchObject({ instrument: DECISION_24, article: "4" });
  });
});

describe("tallyMeetingVote — the explanation, step by step", () => {
  it("per household, 9 attendees: HH-001 5/9 agreed, HH-002 4/9 (with 3 against) and HH-004 0/9 back to review", () => {
    const r = tallyMeetingVote({
      ...base,
      attendees: 9,
      scope: "per_household",
      households: [
        { householdCode: "HH-004", agree: 0, disagree: 9, abstain: 0 },
        { householdCode: "HH-002", agree: 4, disagree: 3 },
        { householdCode: "HH-001", agree: 5 },
      ],
    });
    expect(r.outcome).toMatchObject({ kind: "review_again", householdsToReview: ["HH-002", "HH-004"], agreedHouseholds: ["HH-001"] });
    const e = r.explanation;
    expect(e.decision).toBe("meeting_vote");
    expect(e.standard).toBe("2021-2025");
    expect(e.uncertain).toBe(false);
    expect(e.steps.map(bare)).toEqual([
      { rule: "meeting.rule", code: "meeting_rule", params: { numerator: 1, denominator: 2, percent: "50" }, expected: "agree × 2 ≥ 1 × attendees", result: true, citations: [SHARE], status: "confirmed" },
      { rule: "meeting.abstentions", code: "abstentions_count_as_not_agreeing", params: {}, result: true, citations: [SHARE], status: "confirmed" },
      {
        rule: "meeting.votes",
        code: "meeting_votes",
        params: { scope: "per_household" },
        result: true,
        citations: [],
        status: "confirmed",
        children: [
          // 5 × 2 = 10 ≥ 1 × 9
          { rule: "meeting.share_at_least", code: "meeting_agreed", params: { code: "HH-001", agree: 5, attendees: 9, share: "55.56", numerator: 1, denominator: 2, holds: true }, actual: "55.56", expected: "≥ 50", result: true, citations: [SHARE], status: "confirmed" },
          // 4 × 2 = 8 < 9
          { rule: "meeting.share_at_least", code: "meeting_review_again", params: { code: "HH-002", agree: 4, attendees: 9, share: "44.44", numerator: 1, denominator: 2, holds: false }, actual: "44.44", expected: "≥ 50", result: false, citations: [SHARE], status: "confirmed" },
          { rule: "meeting.share_at_least", code: "meeting_review_again", params: { code: "HH-004", agree: 0, attendees: 9, share: "0.00", numerator: 1, denominator: 2, holds: false }, actual: "0.00", expected: "≥ 50", result: false, citations: [SHARE], status: "confirmed" },
        ],
      },
      { rule: "meeting.minutes", code: "meeting_minutes_copies", params: { copies: 2 }, result: true, citations: [COPIES], status: "confirmed" },
      { rule: "meeting.outcome", code: "meeting_outcome_review_again", params: { kind: "review_again", list: "HH-002, HH-004" }, result: "review_again", citations: [SHARE], status: "confirmed" },
    ]);
    expect(e.valuesRead.map((v) => [v.standard, v.key, v.value])).toEqual([
      ["2021-2025", "procedure.meetingAgreementShare", { numerator: 1, denominator: 2 }],
      ["2021-2025", "procedure.meetingMinutesCopies", 2],
    ]);
    // the messages show the exact comparison and the citation
    const [agreed, again] = e.steps[2]?.children ?? [];
    expect(agreed?.message.vi).toContain("5 × 2 ≥ 1 × 9");
    expect(again?.message.en).toContain("4 × 2 < 1 × 9");
    expect(e.steps[0]?.message.vi).toContain("1/2 (50%)");
    expect(e.steps[0]?.message.en).toContain("Art. 4");
    expect(e.summary).toEqual(e.steps[4]?.message);
    expect(e.summary.en).toContain("HH-002, HH-004");
  });

  it("whole list, agreed at exactly 50% (5 of 10): one result without a household code, the outcome lists nobody", () => {
    const r = tallyMeetingVote({ ...base, attendees: 10, scope: "whole_list", votes: { agree: 5 } });
    expect(r.outcome.kind).toBe("agreed");
    expect(r.explanation.steps.map((s) => s.rule)).toEqual(["meeting.rule", "meeting.abstentions", "meeting.votes", "meeting.minutes", "meeting.outcome"]);
    expect(bare(r.explanation.steps[2])).toEqual({
      rule: "meeting.votes",
      code: "meeting_votes",
      params: { scope: "whole_list" },
      result: true,
      citations: [],
      status: "confirmed",
      children: [{ rule: "meeting.share_at_least", code: "meeting_agreed", params: { code: null, agree: 5, attendees: 10, share: "50.00", numerator: 1, denominator: 2, holds: true }, actual: "50.00", expected: "≥ 50", result: true, citations: [SHARE], status: "confirmed" }],
    });
    expect(bare(r.explanation.steps[4])).toEqual({ rule: "meeting.outcome", code: "meeting_outcome_agreed", params: { kind: "agreed", list: null }, result: "agreed", citations: [SHARE], status: "confirmed" });
  });

  it("whole list back to review (4 of 10): every household is reviewed again (null), none agreed", () => {
    const r = tallyMeetingVote({ ...base, attendees: 10, scope: "whole_list", votes: { agree: 4 } });
    expect(r.outcome).toMatchObject({ kind: "review_again", householdsToReview: null, agreedHouseholds: [] });
    expect(bare(r.explanation.steps[4])).toEqual({ rule: "meeting.outcome", code: "meeting_outcome_review_again", params: { kind: "review_again", list: null }, result: "review_again", citations: [SHARE], status: "confirmed" });
  });

  it("per household, every household agreed: agreed, and the households are in code order", () => {
    const r = tallyMeetingVote({
      ...base,
      attendees: 4,
      scope: "per_household",
      households: [
        { householdCode: "HH-10", agree: 2 },
        { householdCode: "HH-01", agree: 4 },
        { householdCode: "HH-05", agree: 3 },
      ],
    });
    expect(r.outcome.kind).toBe("agreed");
    if (r.outcome.kind !== "agreed") return;
    expect(r.outcome.minutes.results.map((x) => [x.householdCode, x.sharePercent])).toEqual([
      ["HH-01", "100.00"],
      ["HH-05", "75.00"],
      ["HH-10", "50.00"],
    ]);
  });

  it("2016–2020: the share was not found — one step citing the 2016–2020 procedure, no value read", () => {
    const r = tallyMeetingVote({ standard: "2016-2020", heldOn: "2019-10-03", attendees: 9, scope: "whole_list", votes: { agree: 9 } });
    const instrument = getStandard("2016-2020").procedure?.instrument;
    expect(instrument).toBeTruthy();
    expect(r.explanation.decision).toBe("meeting_vote");
    expect(r.explanation.steps.map(bare)).toEqual([
      { rule: "meeting.threshold", code: "meeting_share_not_found", params: { standard: "2016-2020" }, result: "rule_not_found", citations: [{ instrument, note: "vote share NOT FOUND" }], status: "confirmed" },
    ]);
    expect(r.explanation.valuesRead).toEqual([]);
    expect(r.explanation.summary).toEqual(r.explanation.steps[0]?.message);
  });

  it("2027–2030: the 2022–2025 rule applied as the practical default; every step that reads it is uncertain", () => {
    const r = tallyMeetingVote({ standard: "2027-2030", heldOn: "2027-10-03", attendees: 9, scope: "whole_list", votes: { agree: 4, disagree: 3 } });
    const p = getStandard("2027-2030").procedure;
    expect(r.explanation.steps.map((s) => [s.rule, s.status])).toEqual([
      ["procedure.practical_default", "uncertain"],
      ["meeting.rule", "uncertain"],
      ["meeting.abstentions", "confirmed"],
      ["meeting.votes", "confirmed"],
      ["meeting.minutes", "uncertain"],
      ["meeting.outcome", "uncertain"],
    ]);
    expect(r.explanation.steps[4]?.citations).toEqual([p?.meetingMinutesCopies?.citation]);
    expect(r.explanation.steps[3]?.children?.[0]?.status).toBe("uncertain");
    expect(r.explanation.valuesRead.map((v) => [v.standard, v.key, v.status])).toEqual([
      ["2027-2030", "procedure.meetingAgreementShare", "uncertain"],
      ["2027-2030", "procedure.meetingMinutesCopies", "uncertain"],
    ]);
  });

  it("a caller's share (2/3 under 2016–2020): read as caller.meetingAgreementShare, cited, uncertain", () => {
    const citation = { instrument: "Hướng dẫn của tỉnh (ví dụ)", article: "2" };
    const r = tallyMeetingVote({ standard: "2016-2020", heldOn: "2019-10-03", attendees: 9, scope: "whole_list", votes: { agree: 6 }, threshold: { numerator: 2, denominator: 3, citation } });
    // 6 × 3 = 18 ≥ 2 × 9 = 18: exactly two thirds passes
    expect(r.outcome.kind).toBe("agreed");
    expect(bare(r.explanation.steps[0])).toEqual({ rule: "meeting.rule", code: "meeting_rule", params: { numerator: 2, denominator: 3, percent: "66.67" }, expected: "agree × 3 ≥ 2 × attendees", result: true, citations: [citation], status: "uncertain" });
    expect(r.explanation.steps[2]?.children?.[0]).toMatchObject({ expected: "≥ 66.67", actual: "66.67", result: true });
    expect(r.explanation.valuesRead).toEqual([{ standard: "2016-2020", key: "caller.meetingAgreementShare", value: { numerator: 2, denominator: 3 }, effectiveFrom: getStandard("2016-2020").effectiveFrom, effectiveTo: getStandard("2016-2020").effectiveTo, citation, status: "uncertain" }]);
    if (r.outcome.kind !== "rule_not_found") expect(r.outcome.minutes.requiredShare).toEqual({ numerator: 2, denominator: 3 });
  });
});

describe("tallyMeetingVote — the minutes record (biên bản, seed 003 step 3)", () => {
  it("keeps the attendance list as given (a code only where one was given), the chair, the absentees", () => {
    const attendeeList = [{ role: "village_head" }, { role: "reviewer", code: "RSV-01" }, { role: "fatherland_front" }];
    const r = tallyMeetingVote({ ...base, chairRole: "party_cell_secretary", attendees: 3, attendeeList, absent: 4, scope: "whole_list", votes: { agree: 2, disagree: 1, abstain: 0 } });
    if (r.outcome.kind === "rule_not_found") throw new Error("a rule applies under 2021–2025");
    const m = r.outcome.minutes;
    expect(m.attendeeList).toEqual(attendeeList);
    expect(m.attendeeList?.map((a) => Object.keys(a))).toEqual([["role"], ["role", "code"], ["role"]]);
    expect(m).toMatchObject({ heldOn: "2023-10-03", chairRole: "party_cell_secretary", attendees: 3, absent: 4, scope: "whole_list", requiredShare: { numerator: 1, denominator: 2 }, copies: 2, citations: [SHARE] });
    expect(m.results).toEqual([{ householdCode: null, result: "agreed", agree: 2, attendees: 3, sharePercent: "66.67", disagree: 1, abstain: 0, notVoting: 0 }]);
    expect(m.copiesKeptBy.vi).toContain("01 bản lưu ở thôn");
  });

  it("defaults: the village head chairs; no list, no absentees", () => {
    const r = tallyMeetingVote({ ...base, attendees: 3, scope: "whole_list", votes: { agree: 2 } });
    if (r.outcome.kind === "rule_not_found") throw new Error("a rule applies under 2021–2025");
    expect(r.outcome.minutes).toMatchObject({ chairRole: "village_head", attendeeList: null, absent: null });
  });

  it.each([
    ["agree only", { agree: 5 }, { disagree: null, abstain: null, notVoting: null }],
    ["agree and disagree", { agree: 5, disagree: 2 }, { disagree: 2, abstain: null, notVoting: 3 }],
    ["agree and abstain", { agree: 5, abstain: 4 }, { disagree: null, abstain: 4, notVoting: 1 }],
    ["all three", { agree: 5, disagree: 4, abstain: 1 }, { disagree: 4, abstain: 1, notVoting: 0 }],
  ] as const)("votes not recorded are counted only when disagree or abstain was given (%s)", (_n, votes, expected) => {
    const r = tallyMeetingVote({ ...base, attendees: 10, scope: "whole_list", votes });
    if (r.outcome.kind === "rule_not_found") throw new Error("a rule applies under 2021–2025");
    expect(r.outcome.minutes.results[0]).toMatchObject({ agree: 5, attendees: 10, result: "agreed", ...expected });
  });
});

describe("tallyMeetingVote — the issues, with their params", () => {
  const issuesOf = (extra: Partial<MeetingVoteInput>) => {
    const r = safeTallyMeetingVote({ ...base, ...extra } as MeetingVoteInput);
    if (r.ok) throw new Error("expected issues");
    return r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
  };

  it("more agreeing than attendees", () => {
    expect(issuesOf({ attendees: 5, scope: "whole_list", votes: { agree: 6 } })).toEqual([{ code: "agree_exceeds_attendees", path: ["votes", "agree"], params: { agree: 6, attendees: 5 } }]);
  });

  it("all three counts given and not adding up", () => {
    expect(issuesOf({ attendees: 10, scope: "whole_list", votes: { agree: 5, disagree: 3, abstain: 1 } })).toEqual([{ code: "votes_do_not_add_up", path: ["votes"], params: { sum: 9, attendees: 10 } }]);
  });

  it("everyone agreed and someone also disagreed: more votes than attendees (the boundary agree = attendees)", () => {
    expect(issuesOf({ attendees: 5, scope: "whole_list", votes: { agree: 5, disagree: 1 } })).toEqual([{ code: "votes_exceed_attendees", path: ["votes"], params: { sum: 6, attendees: 5 } }]);
    expect(issuesOf({ attendees: 5, scope: "whole_list", votes: { agree: 4, abstain: 2 } })).toEqual([{ code: "votes_exceed_attendees", path: ["votes"], params: { sum: 6, attendees: 5 } }]);
    expect(safeTallyMeetingVote({ ...base, attendees: 5, scope: "whole_list", votes: { agree: 5, disagree: 0 } }).ok).toBe(true);
  });

  it("a caller's share above one, and a caller's share where the standard has the law's", () => {
    const citation = { instrument: "x" };
    expect(issuesOf({ standard: "2016-2020", attendees: 5, scope: "whole_list", votes: { agree: 3 }, threshold: { numerator: 4, denominator: 3, citation } })).toEqual([
      { code: "threshold_above_one", path: ["threshold"], params: { numerator: 4, denominator: 3 } },
    ]);
    expect(issuesOf({ attendees: 5, scope: "whole_list", votes: { agree: 3 }, threshold: { numerator: 1, denominator: 3, citation } })).toEqual([
      { code: "threshold_already_in_standard", path: ["threshold"], params: { standard: "2021-2025" } },
    ]);
  });

  it("an attendance list of another length", () => {
    expect(issuesOf({ attendees: 2, attendeeList: [{ role: "village_head" }], scope: "whole_list", votes: { agree: 1 } })).toEqual([
      { code: "attendee_list_mismatch", path: ["attendeeList"], params: { listed: 1, attendees: 2 } },
    ]);
  });

  it("votes that do not match the scope, each way, and with both given", () => {
    const wholeNeeds = { scope: "whole_list", needs: "votes", not: "households" };
    const perNeeds = { scope: "per_household", needs: "households", not: "votes" };
    expect(issuesOf({ attendees: 2, scope: "whole_list" })).toEqual([{ code: "votes_do_not_match_scope", path: ["votes"], params: wholeNeeds }]);
    expect(issuesOf({ attendees: 2, scope: "whole_list", votes: { agree: 1 }, households: [{ householdCode: "HH-1", agree: 1 }] })).toEqual([
      { code: "votes_do_not_match_scope", path: ["households"], params: wholeNeeds },
    ]);
    expect(issuesOf({ attendees: 2, scope: "whole_list", households: [{ householdCode: "HH-1", agree: 1 }] })).toEqual([{ code: "votes_do_not_match_scope", path: ["votes"], params: wholeNeeds }]);
    expect(issuesOf({ attendees: 2, scope: "per_household" })).toEqual([{ code: "votes_do_not_match_scope", path: ["households"], params: perNeeds }]);
    expect(issuesOf({ attendees: 2, scope: "per_household", votes: { agree: 1 }, households: [{ householdCode: "HH-1", agree: 1 }] })).toEqual([
      { code: "votes_do_not_match_scope", path: ["votes"], params: perNeeds },
    ]);
  });

  it("a household listed twice, and each household's votes checked at its index", () => {
    expect(
      issuesOf({
        attendees: 2,
        scope: "per_household",
        households: [
          { householdCode: "HH-1", agree: 1 },
          { householdCode: "HH-2", agree: 3 },
          { householdCode: "HH-1", agree: 1 },
        ],
      }),
    ).toEqual([
      { code: "agree_exceeds_attendees", path: ["households", 1, "agree"], params: { agree: 3, attendees: 2 } },
      { code: "duplicate_household", path: ["households", 2, "householdCode"], params: { code: "HH-1" } },
    ]);
  });

  it("reads household codes as the household model does (NFC, trimmed): one household typed two ways is voted on twice", () => {
    const nfc = "Hộ1";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(
      issuesOf({ ...base, attendees: 4, scope: "per_household", households: [{ householdCode: nfc, agree: 3 }, { householdCode: `${nfd} `, agree: 1 }, { householdCode: "H2", agree: 2 }, { householdCode: " H2", agree: 2 }] }),
    ).toEqual([
      { code: "duplicate_household", path: ["households", 1, "householdCode"], params: { code: nfc } },
      { code: "duplicate_household", path: ["households", 3, "householdCode"], params: { code: "H2" } },
    ]);
    const r = tallyMeetingVote({ ...base, attendees: 4, scope: "per_household", households: [{ householdCode: ` ${nfd}`, agree: 3 }] });
    expect(r.outcome.kind !== "rule_not_found" && r.outcome.minutes.results.map((i) => i.householdCode)).toEqual([nfc]);
  });

  it("the throwing variant names itself in the error", () => {
    let caught: unknown;
    try {
      tallyMeetingVote({ ...base, attendees: 0, scope: "whole_list", votes: { agree: 0 } });
    } catch (e) {
      caught = e;
    }
    expect(isPovertyError(caught) && caught.code).toBe("invalid_input");
    expect(isPovertyError(caught) && caught.details).toMatchObject({ function: "tallyMeetingVote", issueCount: 1 });
  });
});
