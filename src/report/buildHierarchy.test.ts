import { describe, expect, it } from "vitest";
import { buildHierarchy, safeBuildHierarchy } from "./buildHierarchy.js";
import { caught } from "../../test/_lib/issues.js";
import { emptyTally } from "./emptyTally.js";
import { rollUpTallies } from "./rollUpTallies.js";
import type { AdminUnit } from "./types.js";

const codes = (units: readonly AdminUnit[]) => {
  const r = safeBuildHierarchy(units);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe("buildHierarchy", () => {
  it("accepts the pre-2025 geography: province → district → commune → village", () => {
    const h = buildHierarchy([
      { code: "V", name: "Thôn", level: "village", parentCode: "C" },
      { code: "C", name: "Xã", level: "commune", parentCode: "D" },
      { code: "D", name: "Huyện", level: "district", parentCode: "P" },
      { code: "P", name: "Tỉnh", level: "province" },
    ]);
    expect(h.units.map((u) => u.code)).toEqual(["P", "D", "C", "V"]);
    expect(h.roots).toEqual(["P"]);
  });
  it("accepts the geography since 1/7/2025: province → commune → village, under a nation", () => {
    const h = buildHierarchy([
      { code: "VN", name: "Việt Nam", level: "nation" },
      { code: "P", name: "Tỉnh", level: "province", parentCode: "VN" },
      { code: "C", name: "Xã", level: "commune", parentCode: "P" },
      { code: "V", name: "Thôn", level: "village", parentCode: "C" },
    ]);
    expect(h.children.get("P")).toEqual(["C"]);
  });
  it("reports a missing parent", () => {
    const r = safeBuildHierarchy([{ code: "C", name: "Xã", level: "commune", parentCode: "D-404" }]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("missing_parent");
      expect(r.issues[0]?.path).toEqual([0, "parentCode"]);
      expect(r.issues[0]?.message.vi).toContain("D-404");
    }
  });
  it("reports a cycle once", () => {
    expect(
      codes([
        { code: "A", name: "A", level: "commune", parentCode: "B" },
        { code: "B", name: "B", level: "commune", parentCode: "A" },
        { code: "V", name: "V", level: "village", parentCode: "A" },
      ]),
    ).toEqual(["cycle"]);
    expect(codes([{ code: "A", name: "A", level: "commune", parentCode: "A" }])).toEqual(["cycle"]);
  });
  it("reports a duplicate code and a parent of the wrong level", () => {
    expect(codes([{ code: "P", name: "P", level: "province" }, { code: "P", name: "P", level: "province" }])).toEqual(["duplicate_unit"]);
    expect(codes([{ code: "P", name: "P", level: "province" }, { code: "V", name: "V", level: "village", parentCode: "P" }])).toEqual(["invalid_parent_level"]);
  });
  it("rejects a malformed unit through the schema", () => {
    expect(codes([{ code: "", name: "P", level: "province" }])).toEqual(["too_small"]);
    expect(codes([{ code: "P", name: "P", level: "hamlet" as never }])).toEqual(["invalid_value"]);
  });
});

describe("buildHierarchy: each issue in full", () => {
  const unit = (code: string, level: "province" | "commune" | "village", parentCode?: string) => ({ code, name: code, level, ...(parentCode === undefined ? {} : { parentCode }) });
  it("a duplicate code is named at the second unit's code", () => {
    const r = safeBuildHierarchy([unit("P", "province"), unit("C", "commune", "P"), unit("C", "commune", "P")]);
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "duplicate_unit", path: [2, "code"], params: { code: "C" } })]);
  });
  it("a cycle is named at the unit where it closes, listing only the units on it", () => {
    // D hangs below the cycle A → C → B → A
    const r = safeBuildHierarchy([unit("D", "commune", "A"), unit("A", "commune", "C"), unit("B", "commune", "A"), unit("C", "commune", "B")]);
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "cycle", path: [1, "parentCode"], params: { cycle: ["A", "C", "B", "A"] } })]);
  });
  it("a parent of the wrong level names both units and levels", () => {
    const r = safeBuildHierarchy([unit("P", "province"), unit("V", "village", "P")]);
    expect(r.ok ? [] : r.issues).toEqual([expect.objectContaining({ code: "invalid_parent_level", path: [1, "parentCode"], params: { code: "V", level: "village", parentCode: "P", parentLevel: "province" } })]);
  });
  it("the code __proto__ is refused", () => {
    const r = safeBuildHierarchy([unit("__proto__", "province")]);
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["invalid_key", [0, "code"], { received: "__proto__" }]]);
  });
  it("the top is the highest level among the roots, wherever it comes in the list", () => {
    const h = buildHierarchy([unit("A9", "commune"), unit("P", "province"), unit("C", "commune", "P")]);
    expect(h.roots).toEqual(["A9", "P"]);
    const r = rollUpTallies(h, { A9: emptyTally("2021-2025"), C: emptyTally("2021-2025") }, { standard: "2021-2025" });
    expect(r.rejected.map((x) => [x.unitCode, x.issues[0]?.params])).toEqual([["A9", { code: "A9", level: "commune", top: "province" }]]);
  });
  it("its maps read like maps: size, keys, values, entries, forEach", () => {
    const h = buildHierarchy([unit("P", "province"), unit("C", "commune", "P")]);
    expect(h.byCode.size).toBe(2);
    expect([...h.byCode.keys()]).toEqual(["P", "C"]);
    expect([...h.byCode.values()].map((u) => u.level)).toEqual(["province", "commune"]);
    expect([...h.children.entries()]).toEqual([
      ["P", ["C"]],
      ["C", []],
    ]);
    expect([...h.children].map(([k]) => k)).toEqual(["P", "C"]);
    const seen: string[] = [];
    h.byCode.forEach((u, k) => seen.push(`${k}:${u.name}`));
    expect(seen).toEqual(["P:P", "C:C"]);
  });
  it("a hierarchy given as plain data (as JSON brings it) is rebuilt and checked; anything else is refused, naming the caller", () => {
    const h = buildHierarchy([unit("P", "province"), unit("C", "commune", "P")]);
    const r = rollUpTallies(JSON.parse(JSON.stringify(h)) as never, { C: emptyTally("2021-2025") }, { standard: "2021-2025" });
    expect(r.rejected).toEqual([]);
    expect(r.hierarchy.units.map((u) => u.code)).toEqual(["P", "C"]);
    for (const bad of [null, 5, { units: 5 }]) expect(caught(() => rollUpTallies(bad as never, {}, { standard: "2021-2025" })).message).toContain("rollUpTallies");
    expect(caught(() => buildHierarchy(5 as never)).message).toContain("buildHierarchy");
  });
});
