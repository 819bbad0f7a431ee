// The standards' refusals and the step that opens every explanation, field by field: what a caller matches on
// (codes, paths, params, details) and what an officer reads first (the standard applied, with its instrument).
import { describe, expect, it } from "vitest";
import { exampleLocal } from "../../test/fixtures/localStandard.js";
import { caught } from "../../test/_lib/issues.js";
import { classifyByIncome, findStandard, getStandard, indicatorChanges, layerLocalStandard, safeClassifyByIncome, safeIndicatorChanges, safeStandardForYear, standardForYear } from "../index.js";


describe("getStandard and findStandard", () => {
  it("an id that is not text: invalid_input, the issue at `id` with what was received", () => {
    const e = caught(() => getStandard(2021 as never));
    expect(e.code).toBe("invalid_input");
    expect(e.details).toEqual({ function: "getStandard" });
    expect(e.issues).toEqual([expect.objectContaining({ code: "invalid_type", path: ["id"], params: { expected: "string", received: 2021 } })]);
    expect(findStandard(2021 as never)).toBeUndefined();
  });

  it("an unknown id: unknown_standard, naming the id and the three national ids", () => {
    const e = caught(() => getStandard("2020-2024"));
    expect(e.code).toBe("unknown_standard");
    expect(e.details).toEqual({ id: "2020-2024", known: ["2016-2020", "2021-2025", "2027-2030"] });
    expect(e.message).toBe('No poverty standard has the id "2020-2024"; known: 2016-2020, 2021-2025, 2027-2030');
  });
});

describe("standardForYear's refusals", () => {
  it.each([["2024"], [2024.5], [Number.NaN]])("a year that is not a whole number (%s): invalid_year at `year`, thrown as invalid_input", (year) => {
    const r = safeStandardForYear(year as never);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "invalid_year", path: ["year"] });
    expect(!r.ok && r.issues[0]?.params).toHaveProperty("received");
    const e = caught(() => standardForYear(year as never));
    expect(e.code).toBe("invalid_input");
  });

  it("a year no standard governs: no_standard_for_year with the year, thrown with that code", () => {
    const e = caught(() => standardForYear(2031));
    expect(e.code).toBe("no_standard_for_year");
    // the details describe the value received, as text (any value may come in)
    expect(e.details).toEqual({ year: "2031" });
    expect(e.issues?.[0]).toMatchObject({ code: "no_standard_for_year", path: ["year"], params: { year: 2031, from: 2016, to: 2030 } });
  });
});

describe("indicatorChanges' refusals and the identity map", () => {
  it("each side's issue at its own path; a pair with no map at `to`, naming both", () => {
    const r = safeIndicatorChanges("2020-2024", "2021-2025");
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([["unknown_standard", ["from"]]]);
    const both = safeIndicatorChanges("x" as never, "y" as never);
    expect(!both.ok && both.issues.map((i) => i.path)).toEqual([["from"], ["to"]]);
    const none = safeIndicatorChanges("2016-2020", "2021-2025");
    expect(!none.ok && none.issues[0]).toMatchObject({ code: "indicator_changes_not_found", path: ["to"], params: { from: "2016-2020", to: "2021-2025" } });
    expect(() => indicatorChanges("2016-2020", "2021-2025")).toThrow(expect.objectContaining({ code: "invalid_input", message: expect.stringContaining("indicatorChanges") }));
  });

  it("a standard to itself: every indicator kept, with the note 'the same standard' in both languages", () => {
    const m = indicatorChanges("2016-2020", "2016-2020");
    expect(m.changes).toHaveLength(10);
    for (const c of m.changes) expect(c).toMatchObject({ kind: "kept", note: { vi: "Cùng một chuẩn.", en: "The same standard." } });
  });
});

describe("the step that opens every explanation: the standard applied", () => {
  const first = (standard: Parameters<typeof classifyByIncome>[0]["standard"]) =>
    classifyByIncome({ standard, area: "urban", income: { perCapitaMonthly: 2_500_000 }, deprivationCount: 0 }).explanation.steps[0];

  it("national: its id and title, cited to its first instrument (Decree 07/2021)", () => {
    const s = first("2021-2025");
    expect(s).toMatchObject({
      rule: "standard.applied",
      code: "standard_applied",
      params: {
        id: "2021-2025",
        titleVi: "Chuẩn nghèo đa chiều giai đoạn 2021–2025 (Nghị định 07/2021/NĐ-CP)",
        titleEn: "Multidimensional poverty standard 2021–2025 (Decree 07/2021/ND-CP)",
        local: false,
        authority: null,
        national: null,
      },
      result: "2021-2025",
    });
    expect(s?.citations).toEqual([{ instrument: "Nghị định 07/2021/NĐ-CP" }]);
    expect(first("2016-2020")?.citations).toEqual([{ instrument: "Quyết định 59/2015/QĐ-TTg" }]);
  });

  it("local: marked local, with the authority and the national standard under it, cited to the province's instrument", () => {
    const local = layerLocalStandard({ ...exampleLocal("local-step", "2021-2025"), incomeLines: { urban: { incomeLine: 2_600_000 } } });
    const s = first(local);
    expect(s).toMatchObject({
      rule: "standard.applied",
      code: "local_standard_applied",
      params: { id: "local-step", titleVi: "Chuẩn nghèo tỉnh (ví dụ)", titleEn: "Province standard (example)", local: true, authority: "UBND tỉnh (ví dụ)", national: "2021-2025" },
      result: "local-step",
    });
    expect(s?.citations).toEqual([{ instrument: "Quyết định địa phương (ví dụ)" }]);
  });
});

describe("a standard that does not resolve", () => {
  it("an unknown id names it and the national ids; a forged object is refused with no cause", () => {
    const r = safeClassifyByIncome({ standard: "2020-2024", area: "rural", income: { perCapitaMonthly: 1 } } as never);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "unknown_standard", path: ["standard"], params: { id: "2020-2024", known: "2016-2020, 2021-2025, 2027-2030" } });
    const forged = { ...getStandard("2021-2025"), incomeLines: { rural: { incomeLine: { value: 1 } }, urban: { incomeLine: { value: 1 } } } };
    const e = caught(() => classifyByIncome({ standard: forged as never, area: "rural", income: { perCapitaMonthly: 1 } }));
    expect(e.issues?.map((i) => [i.code, i.path])).toEqual([["invalid_standard", ["standard"]]]);
    expect("cause" in e).toBe(false);
  });
});

describe("indicator keys refused, with what a reviewer needs to correct them", () => {
  it("a key of another period names the periods it belongs to; an unknown key lists the standard's own; a repeat names the key", () => {
    const r = safeClassifyByIncome({ standard: "2016-2020", area: "rural", income: { perCapitaMonthly: 1 }, deprivations: ["telecom", "wasteTreatment", "garden", "telecom"] } as never);
    const known = getStandard("2016-2020").indicators.map((i) => i.key).join(", ");
    expect(!r.ok && r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      // telecom is a 2016–2020 indicator too (Decision 59/2015): only its repeat is refused
      ["indicator_of_other_standard", ["deprivations", 1], { key: "wasteTreatment", standard: "2016-2020", belongsTo: "2027-2030" }],
      ["unknown_indicator", ["deprivations", 2], { key: "garden", standard: "2016-2020", known }],
      ["duplicate_indicator", ["deprivations", 3], { key: "telecom" }],
    ]);
    expect(known).toBe("healthcareAccess, healthInsurance, adultEducation, childSchoolAttendance, housingQuality, housingArea, drinkingWater, sanitation, telecom, informationAccess");
    // a key both later periods hold: both named
    const both = safeClassifyByIncome({ standard: "2016-2020", area: "rural", income: { perCapitaMonthly: 1 }, deprivations: ["employment"] } as never);
    expect(!both.ok && both.issues[0]?.params).toEqual({ key: "employment", standard: "2016-2020", belongsTo: "2021-2025, 2027-2030" });
  });
});
