import { describe, expect, it } from "vitest";
import { ageOnDate, parseHousehold, safeParseHousehold } from "./household.js";

describe("household model", () => {
  it("normalises identifiers to NFC and trims them", () => {
    // "Hộ" written with a combining dot below (NFD) must become the precomposed form
    const h = parseHousehold({ code: "  HO\u0323-001 ", adminUnit: { commune: " 10381 " }, area: "rural", members: [{ age: 40 }] });
    expect(h.code).toBe("HỌ-001");
    expect(h.adminUnit?.commune).toBe("10381");
  });

  it("computes ages from birth dates on the review date, and keeps names out of nothing", () => {
    const h = parseHousehold({ code: "HH-001", area: "urban", reviewDate: "2023-09-20", members: [{ birthDate: "2017-09-20" }, { birthDate: "2017-09-21", name: "Thành viên" }] });
    expect(h.members.map((m) => m.age)).toEqual([6, 5]);
  });

  it("29 February birthdays count on 1 March in common years", () => {
    expect(ageOnDate("2020-02-29", "2023-02-28")).toBe(2);
    expect(ageOnDate("2020-02-29", "2023-03-01")).toBe(3);
  });

  it.each([
    [{ age: -1 }, "too_small"],
    [{ age: 131 }, "too_big"],
    [{ age: 6.5 }, "invalid_type"],
    [{}, "age_missing"],
  ])("impossible or missing age %j → %s", (member, code) => {
    const r = safeParseHousehold({ code: "HH-002", area: "rural", members: [member] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe(code);
      expect(r.issues[0]?.path).toEqual(["members", 0, "age"]);
      expect(r.issues[0]?.message.vi.startsWith("Thành viên thứ 1, tuổi: ")).toBe(true);
      expect(r.issues[0]?.message.en).toContain("members[0].age");
    }
  });

  it("a birth date after the review date, or more than 130 years before it, is an issue", () => {
    const late = safeParseHousehold({ code: "HH-003", area: "rural", reviewDate: "2023-09-20", members: [{ birthDate: "2024-01-01" }] });
    expect(!late.ok && late.issues[0]?.code).toBe("impossible_age");
    const old = safeParseHousehold({ code: "HH-003", area: "rural", reviewDate: "2023-09-20", members: [{ birthDate: "1890-01-01" }] });
    expect(!old.ok && old.issues[0]?.code).toBe("impossible_age");
  });

  it("a birth date needs the review date; an age that contradicts it is an issue", () => {
    const r = safeParseHousehold({ code: "HH-004", area: "rural", members: [{ birthDate: "2000-01-01" }] });
    expect(!r.ok && r.issues[0]?.code).toBe("review_date_required");
    const m = safeParseHousehold({ code: "HH-004", area: "rural", reviewDate: "2023-01-01", members: [{ birthDate: "2000-01-01", age: 30 }] });
    expect(!m.ok && m.issues[0]?.code).toBe("age_mismatch");
  });

  it("rejects unknown fields and regions outside the six", () => {
    const r = safeParseHousehold({ code: "HH-005", area: "rural", region: "atlantis", members: [{ age: 3 }], colour: "blue" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.code).sort()).toEqual(["invalid_value", "unrecognized_keys"]);
  });
});
