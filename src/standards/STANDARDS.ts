import { STANDARD_2016_2020 } from "./data/standard2016To2020.js";
import { STANDARD_2021_2025 } from "./data/standard2021To2025.js";
import { STANDARD_2027_2030 } from "./data/standard2027To2030.js";
import type { PovertyStandard } from "./types.js";

/**
 * All national poverty standards this version ships (các chuẩn nghèo quốc gia), oldest first.
 *
 * @remarks
 * 2016–2020 (Decision 59/2015/QĐ-TTg, lists 2016–2021), 2021–2025 (Decree 07/2021/NĐ-CP as amended, lists
 * 2022–2026), 2027–2030 (Decree 351/2025/NĐ-CP, lists 2027–2030). Their list years cover 2016–2030 with no gap or
 * overlap. Each is frozen data; none is ever edited in place.
 *
 * @example
 * ```ts
 * STANDARDS.map((s) => s.id); //=> ["2016-2020", "2021-2025", "2027-2030"]
 * ```
 * @category Standards
 */
export const STANDARDS: readonly PovertyStandard[] = Object.freeze([STANDARD_2016_2020, STANDARD_2021_2025, STANDARD_2027_2030]);
