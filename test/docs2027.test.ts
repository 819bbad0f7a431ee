// docs/2027.md shows the reform impact of the sample village: the block must be what the library computes today.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sampleVillageReform, sampleVillageReformText } from "../examples/reform2027.js";
import { indicatorChanges } from "../src/index.js";

const doc = readFileSync(new URL("../docs/2027.md", import.meta.url), "utf8");

describe("docs/2027.md", () => {
  it("shows the sample village's reform impact exactly as the library computes it (regenerate with npx tsx examples/reform2027.ts --lang en)", () => {
    const block = /<!-- reform-impact:begin -->\n```text\n([\s\S]*?)```\n<!-- reform-impact:end -->/.exec(doc)?.[1];
    expect(block).toBe(sampleVillageReformText("en"));
  });

  it("names the households its prose names", () => {
    const changed = sampleVillageReform().changed;
    expect(changed.filter((c) => c.from === "near_poor").map((c) => c.code)).toEqual(["TM-04", "TM-06", "TM-10"]);
    expect(changed.filter((c) => c.from === "not_poor").map((c) => c.code)).toEqual(["TM-03", "TM-08"]);
  });

  it("states the indicator map the data holds", () => {
    const m = indicatorChanges("2021-2025", "2027-2030").changes;
    expect(m.filter((c) => c.kind === "changed").map((c) => `| ${c.from} | ${c.to} |`)).toEqual(["| telecom | digitalServices |"]);
    for (const c of m.filter((x) => x.kind !== "kept")) expect(doc).toContain(c.from ?? c.to ?? "");
  });
});
