// The private helpers every module leans on: zod's issues turned into the library's (each code with its params),
// params made JSON (bounded), errors thrown with every issue counted, deep-frozen checks and bounded memo tables.
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { param } from "../../test/_lib/issues.js";
import { PovertyError } from "../errors/PovertyError.js";
import type { Issue } from "../errors/Issue.js";
import { issuesFromZod, prefixIssues, safeParseWith, toJson, unwrap } from "./issues.js";
import { issue } from "../standards/_messages.js";
import { deepFreeze, isDeepFrozen } from "./freeze.js";
import { Memo, MEMO_CAP } from "./memo.js";

const zodIssues = (schema: z.ZodMiniType, input: unknown) => {
  const r = z.safeParse(schema, input);
  if (r.success) throw new Error("expected a failure");
  return issuesFromZod(r.error.issues);
};

describe("issuesFromZod", () => {
  it("gives not_multiple_of its divisor and invalid_key the key received", () => {
    expect(safeParseWith(z.number().check(z.multipleOf(5)), 12)).toMatchObject({ ok: false, issues: [{ code: "not_multiple_of", params: { divisor: 5, received: 12 } }] });
    const keys = zodIssues(z.record(z.string().check(z.minLength(2)), z.number()), { a: 1 });
    expect(keys.map((i) => [i.code, i.path])).toEqual([["invalid_key", ["a"]]]);
  });
  it("reads a bigint bound as a number, and a symbol key in a path by its description", () => {
    const big = zodIssues(z.bigint().check(z.gte(5n)), 1n);
    expect(big.map((i) => [i.code, param(i, "minimum")])).toEqual([["too_small", 5]]);
    const sym = issuesFromZod([{ code: "custom", message: "x", path: [Symbol("flag"), Symbol(), 0], input: 1 } as never], ["at"]);
    expect(sym.map((i) => [i.code, i.path])).toEqual([["invalid_union", ["at", "flag", "symbol", 0]]]);
    const odd = issuesFromZod([{ code: "too_big", origin: "number", maximum: "ten", message: "x", path: [], input: 11 } as never]);
    expect(param(odd[0], "maximum")).toBeNaN();
  });
});

describe("toJson", () => {
  it("keeps at most 20 keys of an object and drops the prototype keys", () => {
    const o: { [k: string]: number } = JSON.parse('{"__proto__":1,"constructor":2}') as { [k: string]: number };
    for (let i = 0; i < 30; i++) o[`k${i}`] = i;
    const j = toJson(o) as { [k: string]: number };
    expect(Object.keys(j)).toEqual(Array.from({ length: 20 }, (_, i) => `k${i}`));
  });
});

describe("unwrap", () => {
  it("throws invalid_input naming the first issue and how many more", () => {
    const two = [issue("invalid_year", ["year"], { received: "x" }), issue("invalid_year", ["y"], { received: "z" })];
    const e = (() => {
      try {
        unwrap({ ok: false, issues: two }, "f");
      } catch (x) {
        return x as PovertyError;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(PovertyError);
    expect(e?.message.endsWith("(and 1 more)")).toBe(true);
    expect(e?.details).toEqual({ function: "f", issueCount: 2 });
  });
  it("says 'unknown problem' for a failure without issues", () => {
    expect(() => unwrap({ ok: false, issues: [] }, "f")).toThrow("Invalid input to f: unknown problem");
  });
});

describe("prefixIssues", () => {
  it("moves an issue of the library's and renders its message again; an issue of another code keeps its message", () => {
    const [moved] = prefixIssues([issue("invalid_year", ["year"], { received: "x" })], ["options"]);
    expect(moved?.path).toEqual(["options", "year"]);
    const foreign = { code: "not_ours", path: ["a"], params: {}, message: { vi: "v", en: "e" } } as unknown as Issue;
    expect(prefixIssues([foreign], [0])).toEqual([{ ...foreign, path: [0, "a"] }]);
  });
  it("safeParseWith prefixes the paths of its issues", () => {
    expect(safeParseWith(z.object({ a: z.number() }), { a: "x" }, ["rows", 2])).toMatchObject({ ok: false, issues: [{ path: ["rows", 2, "a"] }] });
  });
});

describe("isDeepFrozen", () => {
  it("is false when a nested object is not frozen, true once it is", () => {
    const inner = { b: 1 };
    const o = Object.freeze({ a: inner, c: [Object.freeze({})] });
    expect(isDeepFrozen(o)).toBe(false);
    deepFreeze(o);
    expect(isDeepFrozen(o)).toBe(true);
    expect(isDeepFrozen({ a: 1 })).toBe(false);
  });
});

describe("Memo", () => {
  it(`keeps at most ${MEMO_CAP} values per owner; past the cap a value is made again each time`, () => {
    const memo = new Memo<object, number, { n: number }>();
    const owner = {};
    let made = 0;
    const make = (n: number) => () => (made++, { n });
    for (let i = 0; i < MEMO_CAP; i++) memo.get(owner, i, make(i));
    expect(made).toBe(MEMO_CAP);
    expect(memo.get(owner, 0, make(0))).toEqual({ n: 0 });
    expect(made).toBe(MEMO_CAP); // kept
    const a = memo.get(owner, MEMO_CAP, make(MEMO_CAP));
    const b = memo.get(owner, MEMO_CAP, make(MEMO_CAP));
    expect(made).toBe(MEMO_CAP + 2); // not kept
    expect(a).not.toBe(b);
  });
});
