import { describe, expect, it } from "vitest";
import { getStandard } from "../standards/getStandard.js";
import { isPovertyError } from "./isPovertyError.js";
import { PovertyError } from "./PovertyError.js";

const BRAND = Symbol.for("vn-poverty.PovertyError");

/** What an error thrown by another copy of the library looks like to this copy: another class, the same brand. */
class OtherCopyPovertyError extends Error {
  readonly code: string;
  constructor(code: string) {
    super("from another copy");
    this.name = "PovertyError";
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

describe("isPovertyError", () => {
  it("recognises the errors the library throws", () => {
    let caught: unknown;
    try {
      getStandard("2030-2035");
    } catch (e) {
      caught = e;
    }
    expect(isPovertyError(caught)).toBe(true);
    if (isPovertyError(caught)) expect(caught.code).toBe("unknown_standard");
  });

  it("recognises a PovertyError of another copy of the library, which instanceof does not", () => {
    const e = new OtherCopyPovertyError("invalid_input");
    expect(e instanceof PovertyError).toBe(false);
    expect(isPovertyError(e)).toBe(true);
  });

  it("rejects look-alikes without the brand, a name or a string code", () => {
    const named = new Error("x");
    named.name = "PovertyError";
    Object.assign(named, { code: "invalid_input" });
    expect(isPovertyError(named)).toBe(false);
    const noCode = new OtherCopyPovertyError("x");
    Object.defineProperty(noCode, "code", { value: 1 });
    expect(isPovertyError(noCode)).toBe(false);
    const renamed = new OtherCopyPovertyError("invalid_input");
    renamed.name = "Error";
    expect(isPovertyError(renamed)).toBe(false);
    for (const v of [null, undefined, "PovertyError", 0, {}, new Error("x"), { name: "PovertyError", code: "invalid_input" }]) {
      expect(isPovertyError(v)).toBe(false);
    }
  });

  it("the brand is neither enumerable nor writable, so JSON and spreads do not carry it", () => {
    const e = new PovertyError("not_supported", "m", { a: 1 });
    expect(Object.getOwnPropertyDescriptor(e, BRAND)).toMatchObject({ value: true, enumerable: false, writable: false });
    expect(Object.getOwnPropertySymbols(e)).toEqual([BRAND]);
    expect(Object.getOwnPropertySymbols({ ...e })).toEqual([]);
    expect(JSON.stringify(e)).not.toContain("vn-poverty");
  });
});

describe("PovertyError cause", () => {
  it("keeps the error it wraps as its cause (ES2022)", () => {
    const inner = new RangeError("inner");
    const e = new PovertyError("invalid_standard", "outer", {}, [], { cause: inner });
    expect(e.cause).toBe(inner);
    expect(isPovertyError(e)).toBe(true);
  });

  it("has no cause property when none is given", () => {
    expect("cause" in new PovertyError("invalid_input", "m")).toBe(false);
    expect("cause" in new PovertyError("invalid_input", "m", {}, [], {})).toBe(false);
  });
});
