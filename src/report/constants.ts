import type { CauseOfPoverty, ChildDeprivation } from "./types.js";

/**
 * The causes of poverty in the order the breakdown table lists them (các nguyên nhân nghèo).
 *
 * @remarks
 * Observed local practice (shared/spec/reports.md, tables 8–13): land, capital, labour, tools, know-how, skills,
 * illness or accident, other. The official form's list (Circular 07/2021/TT-BLĐTBXH Phụ lục VII) was NOT FOUND:
 * UNCERTAIN.
 *
 * @example
 * ```ts
 * CAUSES_OF_POVERTY[0]; //=> "land"
 * ```
 * @category Reports
 */
export const CAUSES_OF_POVERTY: readonly CauseOfPoverty[] = Object.freeze([
  "land",
  "capital",
  "labour",
  "tools",
  "knowhow",
  "skills",
  "illness_or_accident",
  "other",
] as const satisfies readonly CauseOfPoverty[]);

/**
 * The children's deprivations in the order the breakdown table lists them (các thiếu hụt của trẻ em).
 *
 * @remarks
 * Observed local practice (shared/spec/reports.md): health insurance, nutrition, school attendance. UNCERTAIN as
 * the official columns.
 *
 * @example
 * ```ts
 * CHILD_DEPRIVATIONS; //=> ["healthInsurance", "nutrition", "schoolAttendance"]
 * ```
 * @category Reports
 */
export const CHILD_DEPRIVATIONS: readonly ChildDeprivation[] = Object.freeze([
  "healthInsurance",
  "nutrition",
  "schoolAttendance",
] as const satisfies readonly ChildDeprivation[]);
