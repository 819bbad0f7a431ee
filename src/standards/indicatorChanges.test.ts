import { describe, expect, it } from "vitest";
import { indicatorChanges, safeIndicatorChanges } from "./indicatorChanges.js";
import { getStandard } from "./getStandard.js";
import { layerLocalStandard } from "./layerLocalStandard.js";

// The changes stated after Decree 351/2025/NĐ-CP was signed (spec/standards.md, "2027–2030"): the means of access to
// information removed; domestic waste treatment added; the telecom indicator now means digital services / internet.
describe("indicator map 2021–2025 → 2027–2030", () => {
  const m = indicatorChanges("2021-2025", "2027-2030");

  it("names every earlier key once as `from` and every later key once as `to`", () => {
    const froms = m.changes.flatMap((c) => (c.from ? [c.from] : [])).sort();
    const tos = m.changes.flatMap((c) => (c.to ? [c.to] : [])).sort();
    expect(froms).toEqual(getStandard("2021-2025").indicators.map((i) => i.key).sort());
    expect(tos).toEqual(getStandard("2027-2030").indicators.map((i) => i.key).sort());
  });

  it("removes information access, adds waste treatment, changes telecom into digital services, keeps ten", () => {
    expect(m.changes.filter((c) => c.kind === "removed").map((c) => c.from)).toEqual(["informationAccess"]);
    expect(m.changes.filter((c) => c.kind === "added").map((c) => c.to)).toEqual(["wasteTreatment"]);
    expect(m.changes.filter((c) => c.kind === "changed").map((c) => [c.from, c.to])).toEqual([["telecom", "digitalServices"]]);
    expect(m.changes.filter((c) => c.kind === "kept")).toHaveLength(10);
  });

  it("is marked uncertain throughout and cites Decree 351/2025", () => {
    for (const c of m.changes) {
      expect(c.status).toBe("uncertain");
      expect(c.citation.instrument).toBe("Nghị định 351/2025/NĐ-CP");
    }
  });

  it("a local standard maps as its national one; a standard maps to itself; other pairs are refused", () => {
    const local = layerLocalStandard({
      id: "tinh-x",
      national: "2021-2025",
      authority: "UBND tỉnh X",
      title: { vi: "X", en: "X" },
      instrument: { id: "QĐ X", kind: "local", title: { vi: "X", en: "X" } },
      incomeLines: { rural: { incomeLine: 2_000_000 } },
    });
    expect(indicatorChanges(local, "2027-2030").changes).toBe(m.changes);
    expect(indicatorChanges("2021-2025", local).changes.every((c) => c.kind === "kept" && c.from === c.to)).toBe(true);
    const r = safeIndicatorChanges("2016-2020", "2021-2025");
    expect(!r.ok && r.issues[0]).toMatchObject({ code: "indicator_changes_not_found", params: { from: "2016-2020", to: "2021-2025" } });
    const bad = safeIndicatorChanges("2021-2025", "2099");
    expect(!bad.ok && bad.issues[0]).toMatchObject({ code: "unknown_standard", path: ["to"] });
  });
});
