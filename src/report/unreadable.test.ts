import { describe, expect, it } from "vitest";
import { caught } from "../../test/_lib/issues.js";
import { emptyTally } from "./emptyTally.js";
import { tallyRecordFromDecision } from "./tallyRecordFromDecision.js";

/** A value whose every read throws `e`. */
function hostile(e: Error): object {
  return new Proxy({}, { get: () => { throw e; }, has: () => { throw e; }, ownKeys: () => { throw e; }, getOwnPropertyDescriptor: () => { throw e; } });
}

describe("report functions given input that cannot be read", () => {
  it("a safe function returns the issue, never throws", () => {
    const r = tallyRecordFromDecision(hostile(new TypeError("x")) as never, { unitCode: "V", persons: 2 });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([["input_unreadable", [], { error: "TypeError" }]]);
  });
});

describe("emptyTally's options", () => {
  it("no options, {} and null all mean no year", () => {
    expect(emptyTally("2021-2025").year).toBeNull();
    expect(emptyTally("2021-2025", {}).year).toBeNull();
    expect(emptyTally("2021-2025", null as never).year).toBeNull();
  });

  it("a year that throws when read is refused at year; an unknown standard at standard", () => {
    const opts = Object.defineProperty({}, "year", { get: () => { throw new Error("no"); }, enumerable: true });
    expect(caught(() => emptyTally("2021-2025", opts)).issues.map((i) => i.path)).toEqual([["year"]]);
    expect(caught(() => emptyTally("1999-2000")).issues.map((i) => i.path)).toEqual([["standard"]]);
  });
});
