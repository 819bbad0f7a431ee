// Type tests: checked by `npm run typecheck` (tsc over test/), and run as no-ops by vitest.
import { describe, expectTypeOf, it } from "vitest";
import {
  classifyByIncome,
  classifyHousehold,
  safeClassifyByIncome,
  tallyMeetingVote,
  type Decision,
  type Explanation,
  type ExplanationStep,
  type IssueCode,
  type IssueOf,
  type StepCode,
  type HouseholdClassOutcome,
  type Issue,
  type PovertyClassOutcome,
  type PovertyStandard,
  type SafeResult,
} from "../src/index.js";
import type { MessageTable } from "../src/messages/codes.js";

describe("public types", () => {
  it("outcomes are discriminated unions an app can switch over exhaustively", () => {
    expectTypeOf<PovertyClassOutcome["kind"]>().toEqualTypeOf<"poor" | "near_poor" | "not_poor" | "undetermined">();
    expectTypeOf<HouseholdClassOutcome["kind"]>().toEqualTypeOf<"poor" | "near_poor" | "not_poor" | "undetermined" | "rule_not_found">();
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

  it("issue and step codes are literal types with typed params: an app narrows on code", () => {
    // (while the calendar and report modules still use the transitional LegacyIssue shape, it is excluded here)
    type TypedIssue = { [C in IssueCode]: IssueOf<C> }[IssueCode];
    const minimum = (i: TypedIssue): number | undefined => (i.code === "too_small" ? i.params.minimum : undefined);
    expectTypeOf(minimum).returns.toEqualTypeOf<number | undefined>();
    const threshold = (s: ExplanationStep): number | undefined => (s.code === "b2_at_or_above_threshold" ? s.params.threshold : undefined);
    expectTypeOf(threshold).returns.toEqualTypeOf<number | undefined>();
    // @ts-expect-error — not a step code
    const bad: StepCode = "no_such_step";
    expectTypeOf(bad).toBeString();
  });

  it("the message tables cover every code (the compiler checks both languages)", () => {
    expectTypeOf<keyof MessageTable["steps"]>().toEqualTypeOf<StepCode>();
    expectTypeOf<keyof MessageTable["issues"]>().toEqualTypeOf<IssueCode>();
  });

  it("a standard is read-only data", () => {
    expectTypeOf<PovertyStandard["incomeLines"]["rural"]["incomeLine"]["value"]>().toEqualTypeOf<number>();
    // @ts-expect-error — standards are readonly
    const write = (s: PovertyStandard) => (s.id = "x");
    expectTypeOf(write).toBeFunction();
  });
});
