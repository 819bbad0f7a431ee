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
