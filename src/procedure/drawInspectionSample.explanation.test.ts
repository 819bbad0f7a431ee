// drawInspectionSample's explanation, step by step. Seed 004 (an inspection plan, ../shared/spec/procedure.md): a
// team checks 50–60% of a commune's villages and 5–10 poor, near-poor or newly poor households in each. The number
// of villages is the smallest at or above 50% (⌈n/2⌉, at least one); its share is given to two decimals, rounded
// half up; a commune too small for any count inside the band is said to overshoot it.
import { describe, expect, it } from "vitest";
import { drawInspectionSample, INSPECTION_SAMPLING_SEED_004, safeDrawInspectionSample } from "../index.js";
import { caught } from "../../test/_lib/issues.js";

const villages = (sizes: readonly number[]) => sizes.map((size, i) => ({ code: `TH-${i + 1}`, households: Array.from({ length: size }, (_, j) => `TH-${i + 1}-HH-${j + 1}`) }));
const bare = (s: { rule: string; code: string; params: unknown; result: unknown; status: string; actual?: unknown; expected?: unknown }) => ({ rule: s.rule, code: s.code, params: s.params, actual: s.actual, expected: s.expected, result: s.result, status: s.status });

describe("drawInspectionSample, explained", () => {
  it("7 villages: 4 drawn (57.14%, inside 50–60%), 5 households in each; one village with 3 is 2 short", () => {
    const r = drawInspectionSample({ seed: "KT-2021", villages: villages([8, 8, 8, 8, 8, 8, 3]) });
    const steps = r.explanation.steps.map(bare);
    expect(steps[0]).toEqual({ rule: "inspection.rule", code: "inspection_rule", params: { minP: 50, maxP: 60, minH: 5, maxH: 10 }, actual: undefined, expected: undefined, result: true, status: INSPECTION_SAMPLING_SEED_004.status });
    expect(r.explanation.steps[0]?.citations).toEqual([INSPECTION_SAMPLING_SEED_004.citation]);
    expect(steps[1]).toEqual({ rule: "inspection.villages", code: "villages_drawn", params: { k: 4, n: 7, pct: "57.14", within: true, seed: "KT-2021" }, actual: "57.14", expected: "50–60", result: true, status: "seed" });
    const drawn = r.outcome.villages;
    expect(drawn).toHaveLength(4);
    expect(steps.slice(2)).toEqual(
      drawn.map((v) => ({
        rule: "inspection.households",
        code: v.code === "TH-7" ? "households_short" : "households_drawn",
        params: { code: v.code, got: v.code === "TH-7" ? 3 : 5, short: v.code === "TH-7" ? 2 : 0, target: 5 },
        actual: undefined,
        expected: undefined,
        result: v.code !== "TH-7",
        status: "seed",
      })),
    );
    expect(r.outcome).toMatchObject({ villagesTotal: 7, villagePercent: "57.14", withinVillageBand: true, householdsPerVillage: 5 });
    expect(r.explanation.decision).toBe("inspection_sample");
  });

  it("3 villages: 2 drawn is 66.67%, above the band (1 would be below it): said, not hidden", () => {
    const r = drawInspectionSample({ seed: 1, villages: villages([5, 5, 5]) });
    expect(bare(r.explanation.steps[1] as never)).toMatchObject({ code: "villages_drawn_above_band", params: { k: 2, n: 3, pct: "66.67", within: false, seed: "1" }, result: false });
    expect(r.outcome.withinVillageBand).toBe(false);
  });

  it("households per village as asked, inside 5–10; the same seed as text or number draws the same", () => {
    const a = drawInspectionSample({ seed: 42, villages: villages([12, 12]), householdsPerVillage: 10 });
    expect(a.outcome.villages.map((v) => v.households.length)).toEqual([10]);
    expect(drawInspectionSample({ seed: "42", villages: villages([12, 12]), householdsPerVillage: 10 }).outcome).toEqual(a.outcome);
  });

  it("5 villages: 3 drawn is exactly 60%, inside the band; villages given in any order are drawn and listed by code", () => {
    const given = villages([6, 6, 6, 6, 6]).reverse();
    const r = drawInspectionSample({ seed: "KT", villages: given });
    expect(r.outcome).toMatchObject({ villagePercent: "60.00", withinVillageBand: true });
    const codes = r.outcome.villages.map((v) => v.code);
    expect(codes).toEqual([...codes].sort());
    expect(r.outcome.villages.every((v) => v.households.every((h, i, a) => i === 0 || (a[i - 1] as string) < h))).toBe(true);
    // the summary counts the villages and households drawn: 3 and 15
    expect(r.explanation.summary.en).toMatch(/3\D[\s\S]*15/);
  });

  it("a village code given twice, and households per village outside 5–10, are refused at their place", () => {
    const dup = safeDrawInspectionSample({ seed: 1, villages: [...villages([5]), ...villages([5]).map((v) => ({ ...v, households: ["other"] }))] });
    expect(!dup.ok && dup.issues.map((i) => [i.code, i.path, i.params])).toEqual([["duplicate_village", ["villages", 1, "code"], { code: "TH-1" }]]);
    for (const n of [4, 11]) {
      const r = safeDrawInspectionSample({ seed: 1, villages: villages([12]), householdsPerVillage: n });
      expect(!r.ok && r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["households_per_village_out_of_band", ["householdsPerVillage"], { min: 5, max: 10, received: n }]]);
    }
  });

  it("names itself when it throws", () => {
    expect(caught(() => drawInspectionSample({ seed: 1, villages: [] })).details).toMatchObject({ function: "drawInspectionSample" });
  });
});
