// The income rule of a standard and area: built once per standard object (the bulk paths call it per record), with
// the variant, lines and threshold the law gives (2021–2025: Decree 07/2021/NĐ-CP Art. 3 — one line, poor at 3
// deprivations or more; 2016–2020: Decision 59/2015/QĐ-TTg — two lines).
import { describe, expect, it } from "vitest";
import { incomeRule } from "./_incomeRule.js";
import { getStandard } from "../standards/getStandard.js";

describe("incomeRule", () => {
  it("is built once per standard object and area: the same frozen rule each time", () => {
    const s = getStandard("2021-2025");
    const r = incomeRule(s, "rural");
    expect(incomeRule(s, "rural")).toBe(r);
    expect(incomeRule(s, "urban")).toBe(incomeRule(s, "urban"));
    expect(Object.isFrozen(r)).toBe(true);
    expect(r).toMatchObject({ variant: "line_and_deprivations", months: 1, lines: { incomeLine: { value: 1_500_000 } }, threshold: { value: 3 } });
    expect(incomeRule(s, "urban").lines.incomeLine.value).toBe(2_000_000);
  });

  it("2016–2020: two lines, poverty 700,000 and near-poverty 1,000,000 rural", () => {
    const r = incomeRule(getStandard("2016-2020"), "rural");
    expect(r.variant).toBe("two_lines");
    expect([r.lines.poorByIncomeLine?.value, r.lines.incomeLine.value]).toEqual([700_000, 1_000_000]);
  });
});
