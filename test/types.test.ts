// Type tests: checked by `npm run typecheck` (tsc over test/), and run as no-ops by vitest.
import { describe, expectTypeOf, it } from "vitest";
import {
  classifyByIncome,
  classifyHousehold,
  safeClassifyByIncome,
  tallyMeetingVote,
  type Decision,
  type Explanation,
  type HouseholdClassOutcome,
  type Issue,
  type PovertyClassOutcome,
  type PovertyStandard,
  type SafeResult,
} from "../src/index.js";

describe("public types", () => {
  it("outcomes are discriminated unions an app can switch over exhaustively", () => {
    expectTypeOf<PovertyClassOutcome["kind"]>().toEqualTypeOf<"poor" | "near_poor" | "not_poor" | "undetermined">();
    expectTypeOf<HouseholdClassOutcome["kind"]>().toEqualTypeOf<"poor" | "near_poor" | "not_poor" | "undetermined">();
    const label = (o: PovertyClassOutcome): string => {
      switch (o.kind) {
        case "poor":
          return o.basis;
        case "near_poor":
          return "near";
        case "not_poor":
          return "not";
        case "undetermined":
          return o.missing.join(",");
      }
    };
    expectTypeOf(label).returns.toEqualTypeOf<string>();
  });

  it("every decision carries its explanation; safe variants return a result", () => {
    expectTypeOf(classifyByIncome).returns.toEqualTypeOf<Decision<PovertyClassOutcome>>();
    expectTypeOf(classifyHousehold).returns.toHaveProperty("explanation").toEqualTypeOf<Explanation>();
    expectTypeOf(tallyMeetingVote).returns.toHaveProperty("explanation").toEqualTypeOf<Explanation>();
    expectTypeOf(safeClassifyByIncome).returns.toEqualTypeOf<SafeResult<Decision<PovertyClassOutcome>>>();
    expectTypeOf<Extract<SafeResult<number>, { ok: false }>["issues"]>().toEqualTypeOf<readonly Issue[]>();
  });

  it("a standard is read-only data", () => {
    expectTypeOf<PovertyStandard["incomeLines"]["rural"]["incomeLine"]["value"]>().toEqualTypeOf<number>();
    // @ts-expect-error — standards are readonly
    const write = (s: PovertyStandard) => (s.id = "x");
    expectTypeOf(write).toBeFunction();
  });
});
