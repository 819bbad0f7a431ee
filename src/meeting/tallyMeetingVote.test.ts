import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeTallyMeetingVote, tallyMeetingVote, type HouseholdVote } from "./index.js";
import { getStandard } from "../standards/getStandard.js";

const base = { standard: "2021-2025", heldOn: "2023-10-03" } as const;
const whole = (attendees: number, agree: number) => tallyMeetingVote({ ...base, attendees, scope: "whole_list", votes: { agree } });

describe("tallyMeetingVote — at least 50% of attendees (Decision 24/2021 Art. 4; seed 003 step 3)", () => {
  it("reads the share from the standard's data", () => {
    expect(getStandard("2021-2025").procedure?.meetingAgreementShare?.value).toEqual({ numerator: 1, denominator: 2 });
  });

  it("even attendance: 10 attendees, 5 agree → agreed (exactly 50% passes); 4 → review again", () => {
    const a = whole(10, 5);
    expect(a.outcome.kind).toBe("agreed");
    expect(a.outcome.kind !== "rule_not_found" && a.outcome.minutes.results[0]?.sharePercent).toBe("50.00");
    expect(whole(10, 4).outcome.kind).toBe("review_again");
  });

  it("odd attendance: 9 attendees, 5 agree (55.56%) → agreed; 4 (44.44%) → review again", () => {
    const a = whole(9, 5);
    expect(a.outcome.kind).toBe("agreed");
    expect(a.outcome.kind !== "rule_not_found" && a.outcome.minutes.results[0]?.sharePercent).toBe("55.56");
    const b = whole(9, 4);
    expect(b.outcome.kind).toBe("review_again");
    expect(b.outcome.kind === "review_again" && b.outcome.householdsToReview).toBe(null);
  });

  it("boundary at 1 attendee and unanimous votes", () => {
    expect(whole(1, 1).outcome.kind).toBe("agreed");
    expect(whole(1, 0).outcome.kind).toBe("review_again");
    expect(whole(1001, 501).outcome.kind).toBe("agreed");
    expect(whole(1001, 500).outcome.kind).toBe("review_again");
  });

  it("per household: lists households to review again, sorted by code", () => {
    const r = tallyMeetingVote({
      ...base,
      attendees: 9,
      scope: "per_household",
      households: [
        { householdCode: "HH-003", agree: 9 },
        { householdCode: "HH-002", agree: 4, disagree: 4, abstain: 1 },
        { householdCode: "HH-001", agree: 5 },
      ],
    });
    expect(r.outcome.kind).toBe("review_again");
    if (r.outcome.kind !== "review_again") return;
    expect(r.outcome.householdsToReview).toEqual(["HH-002"]);
    expect(r.outcome.agreedHouseholds).toEqual(["HH-001", "HH-003"]);
    expect(r.outcome.minutes.results.map((x) => x.householdCode)).toEqual(["HH-001", "HH-002", "HH-003"]);
  });

  it("abstentions count in the denominator as not agreeing", () => {
    const r = tallyMeetingVote({ ...base, attendees: 10, scope: "whole_list", votes: { agree: 4, disagree: 2, abstain: 4 } });
    expect(r.outcome.kind).toBe("review_again"); // 4 of 10 present, though 4 of the 6 who voted agreed
    if (r.outcome.kind === "rule_not_found") return;
    expect(r.outcome.minutes.abstentionRule.en).toContain("abstentions");
    expect(r.outcome.minutes.results[0]?.notVoting).toBe(0);
  });

  it("writes the minutes record: 2 copies (seed 003), chair, attendance, date", () => {
    const r = tallyMeetingVote({
      ...base,
      chairRole: "village_head",
      attendees: 3,
      attendeeList: [{ role: "village_head" }, { role: "reviewer", code: "RSV-01" }, { role: "household_representative", code: "HH-001" }],
      absent: 2,
      scope: "whole_list",
      votes: { agree: 2 },
    });
    if (r.outcome.kind === "rule_not_found") throw new Error("unexpected");
    expect(r.outcome.minutes.copies).toBe(2);
    expect(r.outcome.minutes.heldOn).toBe("2023-10-03");
    expect(r.outcome.minutes.absent).toBe(2);
    expect(r.outcome.minutes.attendeeList?.length).toBe(3);
    expect(r.explanation.valuesRead.map((v) => v.key)).toEqual(["procedure.meetingAgreementShare", "procedure.meetingMinutesCopies"]);
    expect(r.explanation.steps[0]?.citations[0]).toMatchObject({ instrument: "Quyết định 24/2021/QĐ-TTg", article: "4" });
  });

  it("refuses under 2016–2020 (threshold not found); under 2027–2030 applies the 2022–2025 rule as the practical default, marked uncertain", () => {
    const a = tallyMeetingVote({ standard: "2016-2020", heldOn: "2019-10-03", attendees: 9, scope: "whole_list", votes: { agree: 9 } });
    expect(a.outcome).toEqual({ kind: "rule_not_found", reason: "meeting_share_not_found", standard: "2016-2020" });
    // 5 of 10 is exactly 50%: "ít nhất 50%" holds; 4 of 10 does not
    const b = tallyMeetingVote({ standard: "2027-2030", heldOn: "2027-10-03", attendees: 10, scope: "whole_list", votes: { agree: 5 } });
    expect(b.outcome.kind).toBe("agreed");
    expect(b.explanation.uncertain).toBe(true);
    expect(b.explanation.steps[0]).toMatchObject({ code: "procedure_practical_default", params: { standard: "2027-2030", from: "2021-2025", instrument: "Quyết định 24/2021/QĐ-TTg" }, status: "uncertain" });
    const c = tallyMeetingVote({ standard: "2027-2030", heldOn: "2027-10-03", attendees: 10, scope: "whole_list", votes: { agree: 4 } });
    expect(c.outcome.kind).toBe("review_again");
  });

  it.each([
    ["attendees zero", { attendees: 0, scope: "whole_list", votes: { agree: 0 } }, "too_small", ["attendees"]],
    ["attendees negative", { attendees: -3, scope: "whole_list", votes: { agree: 0 } }, "too_small", ["attendees"]],
    ["more agreeing than attendees", { attendees: 5, scope: "whole_list", votes: { agree: 6 } }, "agree_exceeds_attendees", ["votes", "agree"]],
    ["fractional votes", { attendees: 5, scope: "whole_list", votes: { agree: 2.5 } }, "invalid_type", ["votes", "agree"]],
    ["votes do not add up", { attendees: 10, scope: "whole_list", votes: { agree: 5, disagree: 3, abstain: 1 } }, "votes_do_not_add_up", ["votes"]],
    ["votes exceed attendees", { attendees: 10, scope: "whole_list", votes: { agree: 5, disagree: 6 } }, "votes_exceed_attendees", ["votes"]],
    ["list mismatch", { attendees: 2, attendeeList: [{ role: "village_head" }], scope: "whole_list", votes: { agree: 1 } }, "attendee_list_mismatch", ["attendeeList"]],
    ["duplicate household", { attendees: 2, scope: "per_household", households: [{ householdCode: "HH-1", agree: 1 }, { householdCode: "HH-1", agree: 1 }] }, "duplicate_household", ["households", 1, "householdCode"]],
    ["scope mismatch", { attendees: 2, scope: "per_household", votes: { agree: 1 } }, "votes_do_not_match_scope", ["households"]],
  ] as const)("issue for %s", (_name, extra, code, path) => {
    const r = safeTallyMeetingVote({ ...base, ...(extra as object) } as Parameters<typeof safeTallyMeetingVote>[0]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toContain(code);
    const issue = r.issues.find((i) => i.code === code);
    expect(issue?.path).toEqual(path);
    expect(issue?.message.vi.length).toBeGreaterThan(0);
    expect(issue?.message.en.length).toBeGreaterThan(0);
  });

  it("impossible meeting date is an issue; the throwing variant throws", () => {
    const r = safeTallyMeetingVote({ ...base, heldOn: "2023-02-30", attendees: 3, scope: "whole_list", votes: { agree: 2 } });
    expect(r.ok ? null : r.issues[0]?.code).toBe("impossible_date");
    expect(() => tallyMeetingVote({ ...base, attendees: 0, scope: "whole_list", votes: { agree: 0 } })).toThrow();
  });

  it("matches the rational rule agree/attendees ≥ 1/2 and ignores vote order (property)", () => {
    const hh = fc.integer({ min: 1, max: 500 }).chain((attendees) =>
      fc.tuple(
        fc.constant(attendees),
        fc.uniqueArray(fc.record({ householdCode: fc.stringMatching(/^HH-\d{3}$/), agree: fc.integer({ min: 0, max: attendees }) }), { selector: (h) => h.householdCode, minLength: 1, maxLength: 12 }),
      ),
    );
    fc.assert(
      fc.property(hh, fc.integer(), ([attendees, households], shift) => {
        const rotated: HouseholdVote[] = households.map((_, i) => households[(i + Math.abs(shift)) % households.length] as HouseholdVote);
        const a = tallyMeetingVote({ ...base, attendees, scope: "per_household", households });
        const b = tallyMeetingVote({ ...base, attendees, scope: "per_household", households: [...rotated].reverse() });
        if (a.outcome.kind === "rule_not_found" || b.outcome.kind === "rule_not_found") return false;
        const expected = households.every((h) => h.agree / attendees >= 0.5) ? "agreed" : "review_again";
        return a.outcome.kind === expected && JSON.stringify(a.outcome) === JSON.stringify(b.outcome);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a vote share supplied by the caller where the law's was not found", () => {
  const base = { heldOn: "2019-10-03", attendees: 10, scope: "whole_list" as const, votes: { agree: 6 } };
  const source = { instrument: "Hướng dẫn của tỉnh (ví dụ)", note: "caller's own source" };

  it("2016–2020 decides with the caller's share, cites it and marks the decision uncertain", () => {
    const r = tallyMeetingVote({ ...base, standard: "2016-2020", threshold: { numerator: 2, denominator: 3, citation: source } });
    // 6 × 3 = 18 < 2 × 10 = 20: below two thirds
    expect(r.outcome.kind).toBe("review_again");
    expect(r.explanation.uncertain).toBe(true);
    expect(r.explanation.valuesRead[0]).toMatchObject({ key: "caller.meetingAgreementShare", citation: source, status: "uncertain" });
    const ok = tallyMeetingVote({ ...base, votes: { agree: 7 }, standard: "2016-2020", threshold: { numerator: 2, denominator: 3, citation: source } });
    expect(ok.outcome.kind).toBe("agreed"); // 7 × 3 = 21 ≥ 20
  });

  it("without it, 2016–2020 still refuses", () => {
    expect(tallyMeetingVote({ ...base, standard: "2016-2020" }).outcome).toEqual({ kind: "rule_not_found", reason: "meeting_share_not_found", standard: "2016-2020" });
  });

  it("is refused where the standard has the legal share, and above 1", () => {
    const r = safeTallyMeetingVote({ ...base, standard: "2021-2025", threshold: { numerator: 2, denominator: 3, citation: source } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "threshold_already_in_standard", path: ["threshold"] });
    const r2 = safeTallyMeetingVote({ ...base, standard: "2016-2020", threshold: { numerator: 4, denominator: 3, citation: source } });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.issues[0]?.code).toBe("threshold_above_one");
  });
});
