import type { Area } from "../types.js";
import type { Issue } from "../errors/Issue.js";
import type { IncomeInput } from "../classify/classifyByIncome.js";
import type { ReformClassKey } from "../messages/codes/reform.js";

export type { ReformClassKey };

/**
 * The classes of the reform impact's transition matrix (các nhóm phân loại): poor, near-poor, neither, or
 * undetermined (an input the rule needed is missing: never guessed).
 *
 * @example
 * ```ts
 * REFORM_CLASSES[0]; //=> "poor"
 * ```
 * @category Reform impact
 */
export const REFORM_CLASSES: readonly ReformClassKey[] = Object.freeze(["poor", "near_poor", "not_poor", "undetermined"] as const);

/**
 * A transition matrix (ma trận chuyển đổi): for each class under the earlier standard (`from`), the count in each
 * class under the later one (`to`).
 *
 * @example
 * ```ts
 * const m: TransitionCells = {
 *   poor: { poor: 3, near_poor: 1, not_poor: 0, undetermined: 0 },
 *   near_poor: { poor: 1, near_poor: 5, not_poor: 0, undetermined: 1 },
 *   not_poor: { poor: 0, near_poor: 4, not_poor: 80, undetermined: 2 },
 *   undetermined: { poor: 0, near_poor: 0, not_poor: 0, undetermined: 0 },
 * };
 * ```
 * @category Reform impact
 */
export type TransitionCells = { readonly [F in ReformClassKey]: { readonly [T in ReformClassKey]: number } };

/**
 * A household as the reform impact reads it (hộ gia đình để ước tính tác động): area, members, income and the
 * indicator answers collected, by key of either standard.
 *
 * @remarks
 * An indicator key absent from `indicators` is not answered: under a standard that has it, it is unknown, never
 * taken as "not deprived". Keys that belong to both standards (the map's `kept` indicators share their key) are
 * read under both. A key of neither standard is refused (a typo would otherwise pass silently).
 *
 * @example
 * ```ts
 * const h: ReformHousehold = { code: "HH-01", area: "rural", members: 4, income: { monthlyTotal: 7_200_000, members: 4 }, indicators: { employment: true, healthInsurance: false } };
 * ```
 * @category Reform impact
 */
export interface ReformHousehold {
  /** The household's code, to name it in `changed` and `rejected`. */
  readonly code?: string;
  /** Rural or urban. */
  readonly area: Area;
  /** Its number of members (nhân khẩu): the persons it counts for. */
  readonly members: number;
  /** Its income, as for `classifyByIncome`. */
  readonly income: IncomeInput;
  /** The answers collected: `true` deprived, `false` not deprived; a key left out is not answered. */
  readonly indicators: { readonly [key: string]: boolean };
}

/**
 * The impact of moving from one standard to another on one unit's households, or on several units merged (tác động
 * của việc thay đổi chuẩn nghèo): the transition matrix of households and of persons.
 *
 * @remarks
 * Plain JSON (format `vn-poverty/reform-impact@1`): it is stored, sent up and merged like a tally. `units` lists
 * the units counted, so that merging can refuse to count one twice.
 *
 * @example
 * ```ts
 * const i: ReformImpact = reformImpact({ from: "2021-2025", to: "2027-2030", unit: "T-01", households: [] }).impact;
 * i.format; //=> "vn-poverty/reform-impact@1"
 * ```
 * @category Reform impact
 */
export interface ReformImpact {
  /** Format tag and version. */
  readonly format: "vn-poverty/reform-impact@1";
  /** The earlier standard's id. */
  readonly from: string;
  /** The later standard's id. */
  readonly to: string;
  /** The unit this impact is for (a village, or the commune the villages were merged into). */
  readonly unit: string;
  /** The units counted in it, sorted: the unit itself, or the units merged into it. */
  readonly units: readonly string[];
  /** Households, by class under `from` and class under `to`. */
  readonly households: TransitionCells;
  /** Persons (members of those households), likewise. */
  readonly persons: TransitionCells;
  /**
   * For households undetermined under `to`, how many need each indicator answered, by key: what a planner must
   * collect before the new standard can decide.
   */
  readonly missingUnderTo: { readonly [key: string]: number };
}

/**
 * One household whose class differs between the two standards (hộ thay đổi phân loại).
 *
 * @example
 * ```ts
 * const c: ReformChange = { index: 4, code: "HH-05", from: "not_poor", to: "near_poor" };
 * ```
 * @category Reform impact
 */
export interface ReformChange {
  /** 0-based position in the input. */
  readonly index: number;
  /** Its code, when it has one. */
  readonly code?: string;
  /** Its class under the earlier standard. */
  readonly from: ReformClassKey;
  /** Its class under the later standard. */
  readonly to: ReformClassKey;
}

/**
 * A household the impact could not read (hộ bị từ chối), by position, with the issues.
 *
 * @example
 * ```ts
 * const r: RejectedReformHousehold = { index: 2, issues: [] };
 * ```
 * @category Reform impact
 */
export interface RejectedReformHousehold {
  /** 0-based position in the input. */
  readonly index: number;
  /** Its code, when it has a string one. */
  readonly code?: string;
  /** Why. */
  readonly issues: readonly Issue[];
}
