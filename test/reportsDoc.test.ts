// The reports guide's examples, run: the JSON format it documents is the one the library writes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addToTally, emptyTally, tallyFromJson } from "../src/index.js";

describe("docs/reports.md", () => {
  it("shows the tally@2 JSON the library writes", () => {
    const doc = readFileSync("docs/reports.md", "utf8");
    const block = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const shown = JSON.parse(block);
    const t = emptyTally("2021-2025", { year: 2024 });
    addToTally(t, {
      unitCode: "V-001", standard: "2021-2025", kind: "poor", persons: 4, deprivations: ["employment", "sanitation", "telecom"],
      ethnicMinority: true, causesOfPoverty: ["land"], supportReceived: ["health_card"], ethnicity: "05",
    });
    addToTally(t, { unitCode: "V-001", standard: "2021-2025", kind: "near_poor", persons: 3 });
    expect(JSON.stringify(t)).toBe(JSON.stringify(shown));
    expect(tallyFromJson(shown).households.poor).toBe(1);
  });
});
