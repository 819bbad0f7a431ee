import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyByIncome, classifyHousehold, computeProcedureDeadlines, tallyMeetingVote } from "../index.js";
import { compactExplanation, expandExplanation, safeExpandExplanation } from "./compactExplanation.js";

describe("compact explanations for storage", () => {
  it("round-trips through JSON to the same full explanation, byte for byte", () => {
    const decisions = [
      classifyHousehold({ standard: "2021-2025", area: "rural", formA: { reviewed: 1, criteria: [0, 1, 0, 0, 0, 0, 0, 0, 0] }, b1: 138, b2: { deprivations: ["healthInsurance", "sanitation"] } }),
      classifyHousehold({ standard: "2016-2020", area: "urban", b1: 150, b2: 30 }),
      classifyByIncome({ standard: "2027-2030", area: "urban", income: { annualTotal: 100_000_000, members: 3 }, deprivationCount: 2 }),
      tallyMeetingVote({ standard: "2021-2025", heldOn: "2025-10-03", attendees: 42, scope: "whole_list", votes: { agree: 21 } }),
      computeProcedureDeadlines({ standard: "2021-2025", events: { postedOn: "2025-10-06", complaints: [{ receivedOn: "2025-10-08" }] } }),
    ];
    for (const d of decisions) {
      const stored = JSON.stringify(compactExplanation(d.explanation));
      expect(JSON.stringify(expandExplanation(JSON.parse(stored)))).toBe(JSON.stringify(d.explanation));
      expect(stored.length).toBeLessThan(JSON.stringify(d.explanation).length);
      expect(stored).not.toContain("Kết luận");
    }
  });

  it("round-trips every classification by income (property, fixed seed)", () => {
    fc.assert(
      fc.property(fc.constantFrom("2016-2020", "2021-2025", "2027-2030"), fc.constantFrom("rural", "urban"), fc.integer({ min: 0, max: 5_000_000 }), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), (standard, area, pc, n) => {
        const { explanation } = classifyByIncome({ standard, area, income: { perCapitaMonthly: pc }, ...(n === undefined ? {} : { deprivationCount: n }) });
        return JSON.stringify(expandExplanation(JSON.parse(JSON.stringify(compactExplanation(explanation))))) === JSON.stringify(explanation);
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });

  it("refuses another format version, an unknown step code, or a summary step out of range", () => {
    const { explanation } = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 });
    const c = JSON.parse(JSON.stringify(compactExplanation(explanation)));
    expect(safeExpandExplanation({ ...c, formatVersion: 2 }).ok).toBe(false);
    const bad = safeExpandExplanation({ ...c, steps: [{ ...c.steps[0], code: "no_such_step" }, ...c.steps.slice(1)] });
    expect(bad.ok ? null : bad.issues[0]?.path).toEqual(["steps", 0, "code"]);
    const far = safeExpandExplanation({ ...c, summary: { step: 99 } });
    expect(far.ok ? null : far.issues[0]?.code).toBe("too_big");
    expect(safeExpandExplanation(null).ok).toBe(false);
  });
});
