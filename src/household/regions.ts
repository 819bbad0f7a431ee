import type { LocalizedText } from "../types.js";
import { deepFreeze } from "../_lib/freeze.js";

/**
 * The six socio-economic regions (vùng kinh tế – xã hội) a household's province belongs to, by stable key.
 *
 * @remarks
 * B1 points tables differ by region and for urban areas (Circular 07/2021/TT-BLĐTBXH, Phiếu B, phần B1; the
 * 2016–2020 forms had an urban sheet and rural sheets by region). Which regions the official 2022–2025 tables use
 * is UNCERTAIN (spec `forms.md`); the keys below name the six regions as the statistics office lists them.
 *
 * @example
 * ```ts
 * const r: SocioEconomicRegion = "red_river_delta";
 * ```
 * @category Household
 */
export type SocioEconomicRegion =
  | "northern_midlands_and_mountains"
  | "red_river_delta"
  | "north_central_and_central_coast"
  | "central_highlands"
  | "south_east"
  | "mekong_delta";

/**
 * The six socio-economic regions with their names (các vùng kinh tế – xã hội), in the usual north-to-south order.
 *
 * @remarks
 * Names only; no legal value depends on this list. See {@link SocioEconomicRegion}.
 *
 * @example
 * ```ts
 * SOCIO_ECONOMIC_REGIONS[5]?.name.vi; //=> "Đồng bằng sông Cửu Long"
 * ```
 * @category Household
 */
export const SOCIO_ECONOMIC_REGIONS: readonly { readonly key: SocioEconomicRegion; readonly name: LocalizedText }[] = deepFreeze([
  { key: "northern_midlands_and_mountains", name: { vi: "Trung du và miền núi phía Bắc", en: "Northern Midlands and Mountains" } },
  { key: "red_river_delta", name: { vi: "Đồng bằng sông Hồng", en: "Red River Delta" } },
  { key: "north_central_and_central_coast", name: { vi: "Bắc Trung Bộ và duyên hải miền Trung", en: "North Central and Central Coast" } },
  { key: "central_highlands", name: { vi: "Tây Nguyên", en: "Central Highlands" } },
  { key: "south_east", name: { vi: "Đông Nam Bộ", en: "South East" } },
  { key: "mekong_delta", name: { vi: "Đồng bằng sông Cửu Long", en: "Mekong Delta" } },
] as const);

/** The region keys, for schemas. */
export const REGION_KEYS = Object.freeze([
  "northern_midlands_and_mountains",
  "red_river_delta",
  "north_central_and_central_coast",
  "central_highlands",
  "south_east",
  "mekong_delta",
] as const) satisfies readonly SocioEconomicRegion[];
