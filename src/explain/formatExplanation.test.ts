import { describe, expect, it } from "vitest";
import { formatExplanation } from "./formatExplanation.js";
import { classifyByIncome } from "../classify/classifyByIncome.js";

describe("formatExplanation", () => {
  it("renders one line per step, in Vietnamese by default, citing the decree", () => {
    const { explanation } = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 });
    const text = formatExplanation(explanation);
    const lines = text.split("\n");
    expect(lines).toHaveLength(explanation.steps.length);
    expect(lines.at(-1)).toBe("- Kết luận: hộ nghèo (thu nhập không vượt chuẩn và thiếu hụt từ 3 chỉ số trở lên). (Nghị định 07/2021/NĐ-CP, Điều 3)");
    expect(formatExplanation(explanation, { locale: "en" })).toContain("Art. 3");
  });

  it("flags uncertain steps and lists the uncertain values read", () => {
    const { explanation } = classifyByIncome({ standard: "2027-2030", area: "urban", income: { perCapitaMonthly: 1 }, deprivationCount: 0 });
    const text = formatExplanation(explanation, { locale: "en" });
    expect(text).toContain("[uncertain]");
  });
});
