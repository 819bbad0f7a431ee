import { describe, expect, it } from "vitest";
import { tallyRecordFromDecision } from "./tallyRecordFromDecision.js";
import { classifyByIncome } from "../classify/classifyByIncome.js";
import { classifyHousehold } from "../classify/classifyHousehold.js";
import { tallyRecords } from "./tallyRecords.js";

describe("tallyRecordFromDecision", () => {
  it("carries the class, the 2016–2020 basis, the standard and the B2 deprivations", () => {
    const d = classifyByIncome({ standard: "2016-2020", area: "rural", income: { perCapitaMonthly: 700_000 } });
    const r = tallyRecordFromDecision(d, { unitCode: "V1", persons: 3 });
    expect(r).toEqual({ ok: true, value: { unitCode: "V1", persons: 3, standard: "2016-2020", kind: "poor", poorBasis: "income" } });

    const h = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 120, b2: { deprivations: ["sanitation", "telecom", "nutrition"] } });
    const r2 = tallyRecordFromDecision(h, { unitCode: "V1", persons: 5, ethnicMinority: true });
    expect(r2.ok && r2.value).toMatchObject({ kind: "poor", poorBasis: "income_and_deprivation", deprivations: ["sanitation", "telecom", "nutrition"], ethnicMinority: true });
  });

  it("refuses an undetermined household, so a report never counts a class the law did not give", () => {
    const d = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1 } });
    const r = tallyRecordFromDecision(d, { unitCode: "V1", persons: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("undetermined_household");
  });

  it("feeds a tally: two poor, one near-poor", () => {
    const decisions = [
      classifyHousehold({ standard: "2021-2025", area: "rural", b1: 120, b2: 30 }),
      classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140, b2: 40 }),
      classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140, b2: 20 }),
    ];
    const records = decisions.map((d) => tallyRecordFromDecision(d, { unitCode: "V1", persons: 2 })).flatMap((r) => (r.ok ? [r.value] : []));
    const out = tallyRecords(records, { standard: "2021-2025" });
    const t = out.units["V1"];
    expect(t?.households.poor).toBe(2);
    expect(t?.households.nearPoor).toBe(1);
  });
});

describe("tallyRecordFromDecision: only the keys its class has", () => {
  it("a near-poor or not-poor record has no poorBasis key; a not-poor one no deprivations, even when given", () => {
    const near = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 140, b2: 20 });
    const r = tallyRecordFromDecision(near, { unitCode: "V1", persons: 2, deprivations: ["sanitation", "telecom"] });
    expect(r).toStrictEqual({ ok: true, value: { unitCode: "V1", persons: 2, standard: "2021-2025", kind: "near_poor", deprivations: ["sanitation", "telecom"] } });
    // B1 above the rural cut-off (spec/forms.md) is not poor, whatever B2
    const not = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 200, b2: 0 });
    const n = tallyRecordFromDecision(not, { unitCode: "V1", persons: 2, deprivations: ["sanitation"] });
    expect(n).toStrictEqual({ ok: true, value: { unitCode: "V1", persons: 2, standard: "2021-2025", kind: "not_poor" } });
  });

  it("a poor record from income with no deprivations given has no deprivations key", () => {
    // 2016–2020 rural: income at or below 700,000 đồng is poor by income (Decision 59/2015/QĐ-TTg, Art. 2)
    const d = classifyByIncome({ standard: "2016-2020", area: "rural", income: { perCapitaMonthly: 700_000 } });
    const r = tallyRecordFromDecision(d, { unitCode: "V1", persons: 3 });
    expect(r.ok && Object.keys(r.value).sort()).toEqual(["kind", "persons", "poorBasis", "standard", "unitCode"]);
  });

  it("takes the deprivations from B2 only when B2 was scored from answers", () => {
    const d = classifyHousehold({ standard: "2021-2025", area: "rural", b1: 120, b2: 30 });
    const odd = { ...d, scores: { b2: { kind: "total", deprived: ["nutrition", "telecom", "sanitation"] } } };
    const r = tallyRecordFromDecision(odd, { unitCode: "V1", persons: 2, deprivations: ["employment", "housingQuality", "sanitation"] });
    expect(r.ok && r.value.deprivations).toEqual(["employment", "housingQuality", "sanitation"]);
  });

  it("an undetermined outcome: its issue sits at the outcome; a missing list that is not a list gives []", () => {
    const d = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1 } });
    const odd = { ...d, outcome: { kind: "undetermined" as const, missing: "b1" } } as unknown as typeof d;
    const r = tallyRecordFromDecision(odd, { unitCode: "V", persons: 2 });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["undetermined_household", ["outcome"], { missing: [] }]]);
  });
});
