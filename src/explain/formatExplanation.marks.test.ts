// The marks formatExplanation puts on a step less certain than the step it belongs to, and the closing note that
// lists the uncertain values read; citations received back as data keep their clause and point.
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { classifyByIncome } from "../classify/classifyByIncome.js";
import type { Explanation } from "./types.js";
import { formatExplanation } from "./formatExplanation.js";
import { citationValueSchema } from "./_schemas.js";

const base = classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 }).explanation;
const first = base.steps[0];
if (!first) throw new Error("no step");
/** The same explanation with its first step seed and its second uncertain, and one value read uncertain. */
const marked: Explanation = {
  ...base,
  steps: base.steps.map((s, i) => (i === 0 ? { ...s, status: "seed" as const } : i === 1 ? { ...s, status: "uncertain" as const } : s)),
  valuesRead: base.valuesRead.map((v, i) => (i === 0 ? { ...v, status: "uncertain" as const } : v)),
};
const v0 = marked.valuesRead[0];

describe("formatExplanation marks", () => {
  it("a seed step as read from a local document, an uncertain one as uncertain, in both languages", () => {
    const en = formatExplanation(marked, { locale: "en" }).split("\n");
    expect(en[0]?.endsWith(" [local document]")).toBe(true);
    expect(en[1]?.endsWith(" [uncertain]")).toBe(true);
    const vi = formatExplanation(marked).split("\n");
    expect(vi[0]?.endsWith(" [theo văn bản địa phương]")).toBe(true);
    expect(vi[1]?.endsWith(" [chưa chắc chắn]")).toBe(true);
  });
  it("closes with the uncertain values read, by key and standard, unless asked not to", () => {
    expect(formatExplanation(marked, { locale: "en" }).split("\n").at(-1)).toBe(`Note: uncertain values were used: ${v0?.key} (${v0?.standard}).`);
    expect(formatExplanation(marked).split("\n").at(-1)).toBe(`Lưu ý: đã dùng giá trị chưa chắc chắn: ${v0?.key} (${v0?.standard}).`);
    expect(formatExplanation(marked, { listUncertain: false }).split("\n")).toHaveLength(base.steps.length);
  });
});

describe("a citation received back as data", () => {
  it("keeps every part given and leaves out the parts given as undefined", () => {
    const r = z.safeParse(citationValueSchema, { instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "1", point: "a", item: undefined });
    expect(r.success && r.data).toEqual({ instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "1", point: "a" });
  });
});
