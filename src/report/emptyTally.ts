import { unwrap } from "../_lib/issues.js";
import type { PovertyStandard } from "../standards/types.js";
import { resolveLayout, type Layout } from "./_layout.js";
import type { ClassCounts, SegmentCounts, Tally } from "./types.js";

/** Zeroed class counts. Private. */
export function newCounts(): ClassCounts {
  return { total: 0, poor: 0, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 0, notPoor: 0, middleLiving: 0 };
}

/** A zeroed segment with the standard's indicator keys in order. Private. */
export function newSegment(layout: Layout): SegmentCounts {
  return {
    deprivations: { ...layout.zeroDeprivations },
    ethnicMinority: 0,
    noMemberAbleToWork: 0,
    memberWithMerit: 0,
    causes: { land: 0, capital: 0, labour: 0, tools: 0, knowhow: 0, skills: 0, illness_or_accident: 0, other: 0 },
    support: {},
    ethnicity: {},
    children: { healthInsurance: 0, nutrition: 0, schoolAttendance: 0 },
  };
}

/** A zeroed tally for a layout. Private. */
export function newTally(layout: Layout): Tally {
  return {
    format: "vn-poverty/tally@1",
    standard: layout.id,
    households: newCounts(),
    persons: newCounts(),
    segments: layout.split
      ? { poor: newSegment(layout), nearPoor: newSegment(layout), poorByIncome: newSegment(layout), poorByDeprivation: newSegment(layout) }
      : { poor: newSegment(layout), nearPoor: newSegment(layout) },
  };
}

/**
 * Returns an empty tally (bảng tổng hợp rỗng) for a standard: every count 0, deprivation keys in the standard's order.
 *
 * @remarks
 * The identity of {@link mergeTallies}. Under a standard with a poverty line of its own (2016–2020, Decision
 * 59/2015/QĐ-TTg) the tally also keeps the poor by income and by deprivation apart.
 *
 * @param standard - a standard id (`"2021-2025"`) or a standard object (national, or local from
 *   {@link layerLocalStandard}).
 * @returns a new, mutable tally.
 * @throws {@link PovertyError} `"invalid_input"` when the standard is unknown.
 * @example
 * ```ts
 * const t = emptyTally("2016-2020");
 * t.households.total; //=> 0
 * Object.keys(t.segments); //=> ["poor", "nearPoor", "poorByIncome", "poorByDeprivation"]
 * ```
 * @category Reports
 */
export function emptyTally(standard: string | PovertyStandard): Tally {
  return newTally(unwrap(resolveLayout(standard, ["standard"]), "emptyTally"));
}
