// whatWouldChange: the distance across each comparison the rule made, with every param pinned, at and around the
// boundaries of the law's values for 2021–2025 (the standard's data, each cited): Phiếu A screens a household out at
// 4 criteria or more of 9 (the 2023 commune guide, Mục I.2 Bước 1); B2 makes a household poor at 30 points or more,
// 10 points per deprivation (Circular 07/2021/TT-BLĐTBXH, Phiếu B phần B2), so 3 deprivations.
import { describe, expect, it } from "vitest";
import { safeWhatWouldChange, whatWouldChange } from "./index.js";
import { getStandard } from "../standards/getStandard.js";
import { isPovertyError } from "../errors/isPovertyError.js";

const S21 = getStandard("2021-2025");
const nine = (n: number): (0 | 1)[] => Array.from({ length: 9 }, (_, i) => (i < n ? 1 : 0));

describe("the legal values the distances are measured to", () => {
  it("2021–2025: Phiếu A stops at 4 of 9 criteria; B2 poor at 30 points, 10 per deprivation", () => {
    expect(S21.scoring.formA?.stopAtOrAbove.value).toBe(4);
    expect(S21.scoring.formA?.criteriaCount?.value).toBe(9);
    expect(S21.scoring.b2?.poorAtOrAbove).toMatchObject({ value: 30, citation: { instrument: "Thông tư 07/2021/TT-BLĐTBXH", item: "Phiếu B, phần B2" } });
    expect(S21.scoring.b2?.pointsPerIndicator.value).toBe(10);
  });
});

describe("whatWouldChange — Phiếu A", () => {
  it.each([
    // [criteria, code, params]
    [0, "form_a_criteria_to_stop", { total: 0, stopAt: 4, more: 4 }],
    [2, "form_a_criteria_to_stop", { total: 2, stopAt: 4, more: 2 }],
    [3, "form_a_criteria_to_stop", { total: 3, stopAt: 4, more: 1 }], // one under the stop
    [4, "form_a_criteria_to_form_b", { total: 4, stopAt: 4, fewer: 1 }], // at the stop: screened out
    [9, "form_a_criteria_to_form_b", { total: 9, stopAt: 4, fewer: 6 }],
  ] as const)("%i criteria: %s", (n, code, params) => {
    const c = whatWouldChange({ standard: "2021-2025", area: "rural", formA: { reviewed: 1, criteria: nine(n) } }).changes;
    expect(c.map((x) => [x.code, x.params])).toEqual([[code, params]]);
  });

  it("the message carries the numbers: 3 criteria, the stop at 4, 1 more", () => {
    const [c] = whatWouldChange({ standard: "2021-2025", area: "rural", formA: { reviewed: 1, criteria: nine(3) } }).changes;
    expect(c?.message.en).toBe("Phiếu A, column E = 3 (stop at 4): 1 more criterion would stop the household's review.");
  });
});

describe("whatWouldChange — B2 (30 points = 3 deprivations)", () => {
  it.each([
    // [B2 points, code, params]
    [0, "deprivations_to_poor", { b2: 0, count: 0, more: 3 }],
    [10, "deprivations_to_poor", { b2: 10, count: 1, more: 2 }],
    [20, "deprivations_to_poor", { b2: 20, count: 2, more: 1 }], // one deprivation under the threshold
    [30, "deprivations_to_near_poor", { b2: 30, count: 3, fewer: 1 }], // at the threshold: poor
    [50, "deprivations_to_near_poor", { b2: 50, count: 5, fewer: 3 }],
  ] as const)("B2 = %i (B1 under the cut-off 140): %s", (b2, code, params) => {
    const c = whatWouldChange({ standard: "2021-2025", area: "rural", b1: 100, b2 }).changes;
    expect(c.map((x) => [x.code, x.params])).toEqual([
      ["b1_points_to_not_poor", { b1: 100, cutoff: 140, under: 40, more: 41 }],
      [code, params],
    ]);
  });

  it("the same change is asked twice: the same answer, for each area", () => {
    const a = whatWouldChange({ standard: "2021-2025", area: "urban", b1: 100, b2: 10 }).changes;
    const b = whatWouldChange({ standard: "2021-2025", area: "urban", b1: 100, b2: 10 }).changes;
    expect(b).toEqual(a);
    expect(a.map((x) => x.params)).toEqual([
      { b1: 100, cutoff: 175, under: 75, more: 76 },
      { b2: 10, count: 1, more: 2 },
    ]);
  });
});

describe("whatWouldChange — no sourced scoring rule, and bad input", () => {
  it("2027–2030 (no sourced B1/B2 cut-off): nothing to say, no changes", () => {
    const r = safeWhatWouldChange({ standard: "2027-2030", area: "rural", b1: 100 });
    expect(r).toEqual({ ok: true, value: { changes: [] } });
  });

  it("the throwing variant names itself in the error", () => {
    let caught: unknown;
    try {
      whatWouldChange({ standard: "2021-2025", area: "rural", b1: -3 });
    } catch (e) {
      caught = e;
    }
    expect(isPovertyError(caught) && caught.code).toBe("invalid_input");
    expect(isPovertyError(caught) && caught.details).toMatchObject({ function: "whatWouldChange", issueCount: 1 });
  });
});
