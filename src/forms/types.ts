// The public types of Phiếu B's parts B1 and B2.
import type { Area } from "../types.js";
import type { RuleNotFound } from "../explain/types.js";
import type { PovertyStandard } from "../standards/types.js";
import type { SocioEconomicRegion } from "../household/regions.js";
import type { B1Scorecard } from "./b1Scorecard.js";

/**
 * The B1 part of Phiếu B as entered (phần B1, điểm ước tính thu nhập): the total written on the paper form, or the
 * answers to a caller-supplied scorecard.
 *
 * @example
 * ```ts
 * const a: B1Entry = { total: 138 };
 * const b: B1Entry = { scorecard: card, answers: { householdSize: "4", roof: "tiled" } };
 * ```
 * @category Forms
 */
export type B1Entry =
  | { readonly total: number }
  | { readonly scorecard: B1Scorecard; readonly answers: { readonly [itemId: string]: string } };

/**
 * The input of {@link scoreB1} (chấm điểm phần B1).
 *
 * @example
 * ```ts
 * const input: ScoreB1Input = { standard: "2021-2025", area: "rural", total: 138 };
 * ```
 * @category Forms
 */
export type ScoreB1Input = B1Entry & {
  /** The standard: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** Rural or urban: chooses the scorecard sheet and the cut-off. */
  readonly area: Area;
  /** The socio-economic region, when the scorecard's sheets for the area differ by region. */
  readonly region?: SocioEconomicRegion;
};

/**
 * The points one B1 item gave (điểm của một chỉ tiêu B1).
 *
 * @example
 * ```ts
 * const p: B1ItemPoints = { item: "roof", option: "tiled", points: 8 };
 * ```
 * @category Forms
 */
export interface B1ItemPoints {
  /** The item's id in the scorecard. */
  readonly item: string;
  /** The option answered. */
  readonly option: string;
  /** The points it gave on the sheet used. */
  readonly points: number;
}

/**
 * What scoring B1 gives (kết quả chấm điểm B1).
 *
 * @remarks
 * - `scored`: the total, from the paper form (`source: "paper_total"`) or computed from a scorecard (`"scorecard"`,
 *   with the sheet's base score and each item's points).
 * - `undetermined`: a scorecard item was not answered; `missing` lists the item ids. No answer is ever filled in.
 * - `rule_not_found`: the standard has no sourced B1 rule (2027–2030).
 *
 * @example
 * ```ts
 * const o: B1Outcome = { kind: "scored", total: 138, source: "paper_total", items: [] };
 * ```
 * @category Forms
 */
export type B1Outcome =
  | {
      readonly kind: "scored";
      readonly total: number;
      readonly source: "paper_total" | "scorecard";
      readonly items: readonly B1ItemPoints[];
      readonly base?: number;
      readonly scorecard?: { readonly id: string; readonly version: string; readonly sheet: string };
    }
  | { readonly kind: "undetermined"; readonly missing: readonly string[] }
  | RuleNotFound<"b1_not_found" | "local_b1_not_found">;

/**
 * The B2 part of Phiếu B as entered (phần B2, mức độ thiếu hụt dịch vụ xã hội cơ bản): one of the reviewer's
 * per-indicator answers, the total written on the form, the list of deprived indicators, or their number.
 *
 * @example
 * ```ts
 * const a: B2Entry = { answers: { employment: false, dependants: true } }; // …one answer per indicator
 * const b: B2Entry = { total: 30 };
 * const c: B2Entry = { deprivations: ["healthInsurance", "sanitation", "housingArea"] };
 * ```
 * @category Forms
 */
export type B2Entry =
  | { readonly answers: { readonly [indicatorKey: string]: boolean } }
  | { readonly total: number }
  | { readonly deprivations: readonly string[] }
  | { readonly deprivationCount: number };

/**
 * The input of {@link scoreB2} (chấm điểm phần B2).
 *
 * @example
 * ```ts
 * const input: ScoreB2Input = { standard: "2021-2025", total: 30 };
 * ```
 * @category Forms
 */
export type ScoreB2Input = B2Entry & {
  /** The standard: an id or a standard object. */
  readonly standard: string | PovertyStandard;
};

/**
 * What scoring B2 gives (kết quả chấm điểm B2).
 *
 * @remarks
 * - `scored`: the total (points per indicator × deprived indicators), the count, and the deprived keys when known.
 * - `undetermined`: some indicators were not answered; `missing` lists their keys. A missing answer is never
 *   taken as "not deprived".
 * - `rule_not_found`: the standard has no sourced B2 rule (2027–2030).
 *
 * @example
 * ```ts
 * const o: B2Outcome = { kind: "scored", total: 30, count: 3 };
 * ```
 * @category Forms
 */
export type B2Outcome =
  | { readonly kind: "scored"; readonly total: number; readonly count: number; readonly deprived?: readonly string[] }
  | { readonly kind: "undetermined"; readonly missing: readonly string[] }
  | RuleNotFound<"b2_not_found">;
