import { describe, expect, it } from "vitest";
import { deriveIndicators, safeParseB1Scorecard, safeScoreB1, safeScoreB2, safeScreenFormA, scoreB1, scoreB2, screenFormA } from "../index.js";
import { FICTIONAL_SCORECARD } from "../../test/fixtures/fictionalScorecard.js";

const nine = (e: number) => Array.from({ length: 9 }, (_, i) => (i < e ? 1 : 0) as 0 | 1);

describe("Phiếu A", () => {
  it("2022–2025: E = 3 → code 1 (Phiếu B); E = 4 → code 0, stop (seed 003, Mục I.2 Bước 1)", () => {
    expect(screenFormA({ standard: "2021-2025", reviewed: 1, criteria: nine(3) }).outcome).toEqual({ kind: "score_on_form_b", total: 3, code: 1 });
    expect(screenFormA({ standard: "2021-2025", reviewed: 1, criteria: nine(4) }).outcome).toEqual({ kind: "stop", total: 4, code: 0 });
    expect(screenFormA({ standard: "2021-2025", reviewed: 0 }).outcome).toEqual({ kind: "not_reviewed" });
  });

  it("2016–2020: any number of criteria; E = 2 → Phiếu B, E = 3 → stop (Circular 17/2016, Phụ lục 3a)", () => {
    expect(screenFormA({ standard: "2016-2020", reviewed: 1, criteria: [1, 1, 0, 0] }).outcome).toEqual({ kind: "score_on_form_b", total: 2, code: 1 });
    expect(screenFormA({ standard: "2016-2020", reviewed: 1, criteria: [1, 1, 1] }).outcome).toEqual({ kind: "stop", total: 3, code: 0 });
  });

  it("2027–2030 has no Phiếu A rule: refused as a domain outcome", () => {
    expect(screenFormA({ standard: "2027-2030", reviewed: 1, criteria: [0] }).outcome).toEqual({ kind: "rule_not_found", reason: "form_a_rule_not_found", standard: "2027-2030" });
  });

  it("wrong number of criteria, values other than 0/1, missing criteria and mismatched labels are issues", () => {
    const r = safeScreenFormA({ standard: "2021-2025", reviewed: 1, criteria: nine(3).slice(0, 8) });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "wrong_criteria_count", path: ["criteria"], params: { expected: 9, received: 8 } });
    const v = safeScreenFormA({ standard: "2021-2025", reviewed: 1, criteria: [...nine(3).slice(0, 8), 2 as 0] });
    expect(!v.ok && v.issues[0]?.path).toEqual(["criteria", 8]);
    const m = safeScreenFormA({ standard: "2021-2025", reviewed: 1 });
    expect(!m.ok && m.issues[0]?.code).toBe("form_a_criteria_required");
    const l = safeScreenFormA({ standard: "2021-2025", reviewed: 1, criteria: nine(1), labels: [{ vi: "a", en: "a" }] });
    expect(!l.ok && l.issues[0]?.code).toBe("labels_length_mismatch");
  });

  it("the explanation names column E, its value and the commune guide by number, issuer and date; labels show on the criteria", () => {
    const labels = nine(0).map((_, i) => ({ vi: `Tiêu chí ${i + 1}`, en: `Criterion ${i + 1}` }));
    const { explanation } = screenFormA({ standard: "2021-2025", reviewed: 1, criteria: nine(4), labels });
    const e = explanation.steps.find((s) => s.rule === "form_a.column_e");
    expect(e?.actual).toBe(4);
    expect(e?.message.vi).toContain("cột E = 4");
    expect(e?.citations[0]?.instrument).toBe("Hướng dẫn số 01/HD-BCĐ ngày 05/9/2023 của Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo xã Nam Cao");
    expect(e?.message.vi).not.toMatch(/seed|[0-9a-f]{16}/);
    expect(e?.children?.[0]?.message.en).toContain("Criterion 1");
    expect(explanation.valuesRead.map((v) => [v.key, v.value])).toContainEqual(["scoring.formA.stopAtOrAbove", 4]);
  });
});

describe("B1", () => {
  it("takes the paper total and compares it with the area's cut-off (140 rural, 2022–2025)", () => {
    const d = scoreB1({ standard: "2021-2025", area: "rural", total: 141 });
    expect(d.outcome).toEqual({ kind: "scored", total: 141, source: "paper_total", items: [] });
    expect(d.explanation.steps.find((s) => s.rule === "b1.at_or_below_cutoff")).toMatchObject({ actual: 141, expected: "≤ 140", result: false });
  });

  it("computes from the fictional scorecard and explains each item's points", () => {
    // NT-south (fictional): base 90 + 0 (5+) − 0 (leaves) + 10 (motorbike) = 100
    const d = scoreB1({ standard: "2021-2025", area: "rural", region: "central_highlands", scorecard: FICTIONAL_SCORECARD, answers: { householdSize: "5+", roof: "leaves", motorbike: "yes" } });
    expect(d.outcome).toMatchObject({ kind: "scored", total: 100, source: "scorecard", base: 90, scorecard: { id: "FICTIONAL-TEST-SCORECARD", version: "0.1-test", sheet: "NT-south" } });
    const s = d.explanation.steps.find((x) => x.rule === "b1.scorecard");
    expect(s?.children?.map((c) => c.actual)).toEqual([0, 0, 10]);
    expect(s?.children?.[2]?.message.vi).toContain("B1.3 Xe máy");
    expect(d.explanation.uncertain).toBe(true); // the fictional card is marked uncertain
  });

  it("urban sheet: negative points are allowed in a table (fictional: leaves −5)", () => {
    // urban: 100 + 30 (1–2) − 5 (leaves) + 0 = 125
    expect(scoreB1({ standard: "2021-2025", area: "urban", scorecard: FICTIONAL_SCORECARD, answers: { householdSize: "1-2", roof: "leaves", motorbike: "no" } }).outcome).toMatchObject({ total: 125 });
  });

  it("missing answers → undetermined listing the items; never filled in", () => {
    expect(scoreB1({ standard: "2021-2025", area: "urban", scorecard: FICTIONAL_SCORECARD, answers: {} }).outcome).toEqual({ kind: "undetermined", missing: ["householdSize", "roof", "motorbike"] });
  });

  it.each([
    ["too_small", { total: -1 }, ["total"]],
    ["invalid_type", { total: 138.5 }, ["total"]],
    ["unknown_b1_item", { region: "mekong_delta", scorecard: FICTIONAL_SCORECARD, answers: { garage: "yes" } }, ["answers", "garage"]],
    ["unknown_b1_option", { region: "mekong_delta", scorecard: FICTIONAL_SCORECARD, answers: { roof: "gold" } }, ["answers", "roof"]],
    ["scorecard_of_other_standard", { scorecard: { ...FICTIONAL_SCORECARD, standard: "2016-2020" }, answers: {} }, ["scorecard", "standard"]],
    ["region_required", { scorecard: FICTIONAL_SCORECARD, answers: {} }, ["region"]],
  ])("bad B1 input → %s", (code, b1, path) => {
    const r = safeScoreB1({ standard: "2021-2025", area: "rural", ...(b1 as { total: number }) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code, path });
  });

  it("2027–2030 has no B1 rule", () => {
    expect(scoreB1({ standard: "2027-2030", area: "rural", total: 100 }).outcome).toEqual({ kind: "rule_not_found", reason: "b1_not_found", standard: "2027-2030" });
  });

  it("a scorecard is validated: missing points for a sheet, duplicate ids, overlapping sheets", () => {
    const bad = {
      ...FICTIONAL_SCORECARD,
      sheets: [...FICTIONAL_SCORECARD.sheets, { id: "urban", area: "urban", base: 0 }, { id: "NT-x", area: "rural", regions: ["mekong_delta"], base: 0 }],
    };
    const r = safeParseB1Scorecard(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const codes = new Set(r.issues.map((i) => i.code));
      expect(codes).toEqual(new Set(["duplicate_id", "scorecard_points_missing", "scorecard_sheets_overlap"]));
    }
  });
});

describe("B2", () => {
  it("10 points per deprived indicator, from the reviewer's answers (Circular 07/2021, Phiếu B, phần B2)", () => {
    const answers = { employment: true, dependants: false, nutrition: false, healthInsurance: true, adultEducation: false, childSchoolAttendance: false, housingQuality: false, housingArea: false, drinkingWater: false, sanitation: false, telecom: false, informationAccess: false };
    expect(scoreB2({ standard: "2021-2025", answers }).outcome).toEqual({ kind: "scored", total: 20, count: 2, deprived: ["employment", "healthInsurance"] });
  });

  it("a missing answer is listed, not assumed false", () => {
    expect(scoreB2({ standard: "2021-2025", answers: { employment: true } }).outcome).toMatchObject({ kind: "undetermined", missing: expect.arrayContaining(["dependants", "informationAccess"]) });
  });

  it.each([
    ["b2_not_multiple_of_points", { total: 25 }, ["total"]],
    ["b2_above_maximum", { total: 130 }, ["total"]], // 2022–2025 maximum: 12 × 10 = 120
    ["too_many_deprivations", { deprivationCount: 13 }, ["deprivationCount"]],
    ["indicator_of_other_standard", { answers: { healthcareAccess: true } }, ["answers", "healthcareAccess"]],
    ["unknown_indicator", { answers: { wifi: true } }, ["answers", "wifi"]],
    ["duplicate_indicator", { deprivations: ["telecom", "telecom"] }, ["deprivations", 1]],
    ["invalid_b2", { total: 10, deprivationCount: 1 }, []],
  ])("bad B2 input → %s", (code, b2, path) => {
    const r = safeScoreB2({ standard: "2021-2025", ...(b2 as { total: number }) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code, path });
  });

  it("2016–2020 maximum is 100 (10 indicators)", () => {
    expect(scoreB2({ standard: "2016-2020", total: 100 }).outcome).toEqual({ kind: "scored", total: 100, count: 10 });
    expect(safeScoreB2({ standard: "2016-2020", total: 110 }).ok).toBe(false);
  });

  it("2027–2030 has no B2 rule", () => {
    expect(scoreB2({ standard: "2027-2030", total: 30 }).outcome).toEqual({ kind: "rule_not_found", reason: "b2_not_found", standard: "2027-2030" });
  });

  it("one entry is required under every standard, with a rule or without (the JSON Schema states it unconditionally)", () => {
    for (const standard of ["2016-2020", "2021-2025", "2027-2030"]) {
      const b2 = safeScoreB2({ standard, total: 10, deprivationCount: 1 } as never);
      expect(b2.ok ? null : b2.issues.map((i) => [i.code, i.path])).toEqual([["invalid_b2", []]]);
      const b1 = safeScoreB1({ standard, area: "rural", total: 100, answers: {} } as never);
      expect(b1.ok ? null : b1.issues.map((i) => [i.code, i.path])).toEqual([["invalid_b1", []]]);
    }
  });

  it("2027–2030: a B1 scorecard is checked before the missing rule is reported (as classifyHousehold checks it)", () => {
    const r = safeScoreB1({ standard: "2027-2030", area: "rural", scorecard: FICTIONAL_SCORECARD, answers: {} });
    expect(r.ok ? null : r.issues[0]?.code).toBe("scorecard_of_other_standard");
    expect(scoreB1({ standard: "2027-2030", area: "rural", total: 100 }).outcome).toEqual({ kind: "rule_not_found", reason: "b1_not_found", standard: "2027-2030" });
  });
});

describe("deriveIndicators (definitions UNCERTAIN, Decree 07/2021 Art. 3 via a secondary note)", () => {
  it("health insurance: deprived if a member aged 6 or over has no card; a 5-year-old without one does not count", () => {
    const base = { code: "HH-010", area: "rural" as const };
    expect(deriveIndicators({ standard: "2021-2025", household: { ...base, members: [{ age: 5, healthInsurance: false }, { age: 30, healthInsurance: true }] } }).answers["healthInsurance"]).toBe(false);
    const d = deriveIndicators({ standard: "2021-2025", household: { ...base, members: [{ age: 6, healthInsurance: false }] } });
    expect(d.answers["healthInsurance"]).toBe(true);
    expect(d.details.find((x) => x.key === "healthInsurance")).toMatchObject({ status: "uncertain", parameters: { minAge: 6 } });
  });

  it("health insurance unknown for a member aged 6+ → not decided, the field listed", () => {
    const d = deriveIndicators({ standard: "2021-2025", household: { code: "HH-011", area: "rural", members: [{ age: 40, healthInsurance: true }, { age: 10 }] } });
    expect(d.answers["healthInsurance"]).toBeUndefined();
    expect(d.details.find((x) => x.key === "healthInsurance")?.missing).toEqual(["members[1].healthInsurance"]);
  });

  it("floor area: 16 m² for 2 persons is not deprived (8 m² each), 15.9 is — exact, no division", () => {
    const h = (a: number) => ({ code: "HH-012", area: "urban" as const, members: [{ age: 30 }, { age: 3 }], housing: { floorAreaM2: a } });
    expect(deriveIndicators({ standard: "2021-2025", household: h(16) }).answers["housingArea"]).toBe(false);
    expect(deriveIndicators({ standard: "2021-2025", household: h(15.9) }).answers["housingArea"]).toBe(true);
    // 0.1 + 0.2 style float traps: 24.3 m² for 3 persons is not below 24
    expect(deriveIndicators({ standard: "2021-2025", household: { ...h(24.3), members: [{ age: 1 }, { age: 2 }, { age: 3 }] } }).answers["housingArea"]).toBe(false);
  });

  it("dependants: more than half; exactly half is not deprived", () => {
    const m = (flags: boolean[]) => ({ code: "HH-013", area: "rural" as const, members: flags.map((f) => ({ age: 20, dependant: f })) });
    expect(deriveIndicators({ standard: "2021-2025", household: m([true, false]) }).answers["dependants"]).toBe(false);
    expect(deriveIndicators({ standard: "2021-2025", household: m([true, true, false]) }).answers["dependants"]).toBe(true);
  });

  it("housing quality: two of walls, columns, roof non-durable", () => {
    const h = (walls: "durable" | "non_durable", roof: "durable" | "non_durable") => ({ code: "HH-014", area: "rural" as const, members: [{ age: 20 }], housing: { walls, columns: "durable" as const, roof } });
    expect(deriveIndicators({ standard: "2021-2025", household: h("non_durable", "durable") }).answers["housingQuality"]).toBe(false);
    expect(deriveIndicators({ standard: "2021-2025", household: h("non_durable", "non_durable") }).answers["housingQuality"]).toBe(true);
  });

  it("2016–2020 definitions were not found: nothing is derived", () => {
    expect(deriveIndicators({ standard: "2016-2020", household: { code: "HH-015", area: "rural", members: [{ age: 30, healthInsurance: false }] } }).details).toEqual([]);
  });
});

describe("deriveIndicators says, per indicator, why it cannot derive", () => {
  const household = { code: "HH-020", area: "rural" as const, members: [{ age: 30, healthInsurance: true, dependant: false }] };

  it("2021–2025: telecom and information access have no definition; employment, nutrition and schooling need data the model lacks", () => {
    const r = deriveIndicators({ standard: "2021-2025", household });
    expect(r.notDerived.map((n) => [n.key, n.reason])).toEqual([
      ["employment", "no_household_fields"],
      ["nutrition", "no_household_fields"],
      ["adultEducation", "no_household_fields"],
      ["childSchoolAttendance", "no_household_fields"],
      ["telecom", "definition_not_found"],
      ["informationAccess", "definition_not_found"],
    ]);
    // every indicator of the standard is either derived (details) or explained (notDerived)
    expect(r.details.length + r.notDerived.length).toBe(12);
  });

  it("2027–2030: nothing is derived, and every one of the twelve says why (it used to return nothing at all)", () => {
    const r = deriveIndicators({ standard: "2027-2030", household });
    expect(r.answers).toEqual({});
    expect(r.notDerived).toHaveLength(12);
    expect(r.notDerived.find((n) => n.key === "dependants")).toMatchObject({ reason: "numbers_not_found", status: "uncertain" });
    expect(r.notDerived.find((n) => n.key === "wasteTreatment")?.message.vi).toBe(
      'Chỉ số "Xử lý rác thải" (chuẩn 2027-2030): chưa tìm thấy định nghĩa, không suy ra được; người rà soát đánh giá trực tiếp.',
    );
  });

  it("2016–2020: no definition of any of the ten was found", () => {
    const r = deriveIndicators({ standard: "2016-2020", household });
    expect(r.notDerived.map((n) => n.reason)).toEqual(Array(10).fill("definition_not_found"));
  });
});
