// Standards handed over as data (a JSON round trip, a frozen copy from a worker, a local standard re-read from a
// provincial database), and the edges of layering a local standard. A copy that can never change may be recognised
// once; any copy that can change — unfrozen, frozen only at the top, or holding a getter — must be read afresh on
// every call, so that editing it after a first call is noticed (issue 12). Lines from ../shared/spec/standards.md:
// 2021–2025 rural income line 1,500,000 đồng a month (Decree 07/2021/NĐ-CP Art. 3); B1 rural cut-off 140.
import { describe, expect, it } from "vitest";
import { classifyByIncome, getStandard, layerLocalStandard, safeClassifyByIncome, safeLayerLocalStandard, standardForListYear, standardForReviewYear, tallyMeetingVote, type LocalStandardInput } from "../index.js";
import { deepFreeze } from "../_lib/freeze.js";
import { caught } from "../../test/_lib/issues.js";
import { exampleLocal } from "../../test/fixtures/localStandard.js";

type Copy = { incomeLines: { rural: { incomeLine: { value: number } } } };
const jsonCopy = (s: unknown): Copy => JSON.parse(JSON.stringify(s)) as Copy;
/** A household at 1,400,000 đồng a month, rural, no deprivation: near-poor under 2021–2025 (≤ 1,500,000). */
const household = (standard: unknown) => ({ standard, area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 0 }) as never;
const kindUnder = (standard: unknown): string => {
  const r = safeClassifyByIncome(household(standard));
  return r.ok ? r.value.outcome.kind : r.issues.map((i) => i.code).join(",");
};

describe("a national standard given as a copy", () => {
  it("a deep-frozen copy answers as the id does, on every call", () => {
    const copy = deepFreeze(jsonCopy(getStandard("2021-2025")));
    expect([kindUnder("2021-2025"), kindUnder(copy), kindUnder(copy)]).toEqual(["near_poor", "near_poor", "near_poor"]);
  });

  it("a copy frozen only at the top: an inner line edited after a first call is refused", () => {
    const copy = jsonCopy(getStandard("2021-2025"));
    Object.freeze(copy);
    expect(kindUnder(copy)).toBe("near_poor");
    copy.incomeLines.rural.incomeLine.value = 100_000;
    expect(kindUnder(copy)).toBe("invalid_standard");
  });

  it("a frozen copy whose line is a getter is read again on every call: when the getter's answer changes, it is refused", () => {
    const copy = jsonCopy(getStandard("2021-2025"));
    let line = 1_500_000;
    Object.defineProperty(copy.incomeLines.rural.incomeLine, "value", { get: () => line, enumerable: true });
    deepFreeze(copy);
    expect(kindUnder(copy)).toBe("near_poor");
    line = 100_000;
    expect(kindUnder(copy)).toBe("invalid_standard");
  });

  it("a copy of another standard's data under a national id is refused", () => {
    const mixed = deepFreeze({ ...jsonCopy(getStandard("2027-2030")), id: "2021-2025" });
    expect(kindUnder(mixed)).toBe("invalid_standard");
  });
});

describe("a local standard given as a copy", () => {
  const local = (): LocalStandardInput => ({ ...exampleLocal("tinh-x", "2021-2025"), incomeLines: { rural: { incomeLine: 1_600_000 } } });

  it("a deep-frozen JSON copy is rebuilt from its definition and answers as the original, on every call", () => {
    const s = layerLocalStandard(local());
    const copy = deepFreeze(jsonCopy(s));
    // 1,400,000 ≤ 1,600,000 (the local line), no deprivation: near-poor under the local line
    expect([kindUnder(s), kindUnder(copy), kindUnder(copy)]).toEqual(["near_poor", "near_poor", "near_poor"]);
    expect(classifyByIncome(household(copy)).explanation.steps[0]?.params).toMatchObject({ id: "tinh-x", local: true, national: "2021-2025" });
  });

  it("a deep-frozen copy whose line no longer matches its definition is refused, every time", () => {
    const copy = jsonCopy(layerLocalStandard(local()));
    copy.incomeLines.rural.incomeLine.value = 1_700_000;
    deepFreeze(copy);
    expect([kindUnder(copy), kindUnder(copy)]).toEqual(["invalid_standard", "invalid_standard"]);
  });

  it("an object that says it is local but carries no definition is refused with no cause (nothing threw)", () => {
    const r = safeClassifyByIncome(household({ scope: "local", id: "tinh-x" }));
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(["invalid_standard"]);
    expect("cause" in caught(() => classifyByIncome(household({ scope: "local", id: "tinh-x" })))).toBe(false);
  });
});

describe("what a local standard may be layered on", () => {
  const refusal = (national: unknown) => {
    const r = safeLayerLocalStandard({ ...exampleLocal("tinh-y", national as never), incomeLines: { rural: { incomeLine: 1_600_000 } } });
    return r.ok ? undefined : r.issues[0];
  };

  it("a national standard given as an object: the library's own, or a copy equal to it as data", () => {
    expect(refusal(getStandard("2021-2025"))).toBeUndefined();
    expect(refusal(deepFreeze(jsonCopy(getStandard("2021-2025"))))).toBeUndefined();
  });

  it("not on another local standard, even one the library built", () => {
    const other = layerLocalStandard({ ...exampleLocal("tinh-x", "2021-2025"), incomeLines: { rural: { incomeLine: 1_600_000 } } });
    expect(refusal(other)).toMatchObject({ code: "invalid_standard", path: ["national"], params: {} });
  });

  it("an object whose reading throws: refused, the error kept as the cause of the error thrown", () => {
    const boom = new Error("getter");
    const national = Object.defineProperty({ scope: "national" }, "id", {
      get: () => {
        throw boom;
      },
    });
    expect(refusal(national)).toMatchObject({ code: "invalid_standard", path: ["national"] });
    const e = caught(() => layerLocalStandard({ ...exampleLocal("tinh-y", national as never), incomeLines: { rural: { incomeLine: 1_600_000 } } }));
    expect(e.cause).toBe(boom);
    // a refused object that threw nothing carries no cause
    expect("cause" in caught(() => layerLocalStandard({ ...exampleLocal("tinh-y", { scope: "national", id: "2021-2025" } as never), incomeLines: {} }))).toBe(false);
  });

  it("B1 cut-offs over 2027–2030 (no national cut-offs): a local poor line has no national rule to raise", () => {
    const r = safeLayerLocalStandard({ ...exampleLocal("tinh-z", "2027-2030"), incomeLines: {}, b1: { rural: { cutoff: 150, poorByIncome: 120 } } });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([["local_poor_line_without_national", ["b1", "rural", "poorByIncome"]]]);
  });

  it("a local B1 cut-off alone over 2021–2025 adds no poor line", () => {
    const s = layerLocalStandard({ ...exampleLocal("tinh-z", "2021-2025"), incomeLines: {}, b1: { rural: { cutoff: 150 } } });
    expect(s.scoring.b1?.rural?.cutoff.value).toBe(150);
    expect(s.scoring.b1?.rural && "poorByIncome" in s.scoring.b1.rural).toBe(false);
  });
});

describe("the steps that open explanations are built once per standard", () => {
  it("two decisions under one standard share its (frozen) opening step", () => {
    const a = classifyByIncome(household("2021-2025"));
    const b = classifyByIncome(household("2021-2025"));
    expect(a.explanation.steps[0]).toBe(b.explanation.steps[0]);
    expect(Object.isFrozen(a.explanation.steps[0])).toBe(true);
  });
});

describe("the practical-default step (2027–2030 procedure)", () => {
  it("cites the 2022–2025 procedure's decision and is built once: two meetings share it", () => {
    const vote = (agree: number) => tallyMeetingVote({ standard: "2027-2030", heldOn: "2027-10-03", attendees: 10, scope: "whole_list", votes: { agree } });
    const [a, b] = [vote(5), vote(4)];
    expect(a.explanation.steps[0]?.citations.map((c) => c.instrument)).toEqual(["Quyết định 24/2021/QĐ-TTg"]);
    expect(a.explanation.steps[0]).toBe(b.explanation.steps[0]);
  });
});

describe("which standard a review uses: the basis of the kind of review", () => {
  it("a periodic review rests on the periodic window (Decision 24/2021 Art. 3), with no note about Art. 5", () => {
    const c = standardForReviewYear({ year: 2024, kind: "periodic" }).explanation.steps[0]?.citations;
    expect(c).toEqual([{ instrument: "Quyết định 24/2021/QĐ-TTg", article: "3" }]);
  });

  it("a regular review under 2016–2020, whose rules name no day: the procedure's instrument alone", () => {
    const a = standardForReviewYear({ year: 2018, kind: "regular" });
    expect(a.standard.id).toBe("2016-2020");
    expect(a.explanation.steps[0]?.citations).toEqual([{ instrument: a.outcome.procedure?.instrument }]);
    expect(a.outcome.procedure?.instrument).toBe("Thông tư 17/2016/TT-BLĐTBXH");
  });

  it("the throwing functions name themselves in their errors", () => {
    expect(caught(() => standardForReviewYear({ year: 2024.5, kind: "periodic" })).details).toMatchObject({ function: "standardForReviewYear" });
    expect(caught(() => standardForListYear(2024.5)).details).toMatchObject({ function: "standardForListYear" });
    expect(caught(() => getStandard(5 as never)).message).toContain("getStandard");
  });
});
