import { describe, expect, it } from "vitest";
import { buildHierarchy, safeBuildHierarchy } from "./buildHierarchy.js";
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
