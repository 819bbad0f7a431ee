import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checklist } from "../scripts/vietnamese-checklist.js";

describe("docs/vietnamese-checklist.md", () => {
  it("lists every Vietnamese text of the tables as they are now (regenerate: npx tsx scripts/vietnamese-checklist.ts)", () => {
    expect(readFileSync(new URL("../docs/vietnamese-checklist.md", import.meta.url), "utf8")).toBe(checklist());
  });
});
