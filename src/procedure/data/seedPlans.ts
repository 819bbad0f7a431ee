import type { Citation, LocalizedText } from "../../types.js";
import { GUIDE_NAM_CAO_2023, PLAN_BAC_KAN_CITY_2023, PLAN_NGOC_HOI_2021 } from "../../standards/data/localDocuments.js";
import { deepFreeze } from "../../_lib/freeze.js";

/**
 * One dated step of a review plan (mốc kế hoạch rà soát).
 *
 * @remarks `to` is inclusive. A milestone written "before day X" (trước ngày X) has `to` = X − 1 and
 * `stated: "before"`. `from` is absent when the plan gives only an end. `mustPrecede` names the legal reporting
 * deadline (an id of the standard's `procedure.deadlines`) the milestone must come before.
 *
 * @example
 * ```ts
 * const m: ReviewMilestone = { id: "training", phase: "preparation", label: { vi: "Tập huấn", en: "Training" }, from: "2023-08-12", to: "2023-08-12", stated: "on" };
 * ```
 * @category Procedure
 */
export interface ReviewMilestone {
  /** Stable id. */
  readonly id: string;
  /** `preparation` (may precede the legal window), `review` (must lie inside the periodic window), `reporting`. */
  readonly phase: "preparation" | "review" | "reporting";
  /** What happens. */
  readonly label: LocalizedText;
  /** First day (ISO), when the plan gives one. */
  readonly from?: string;
  /** Last day (ISO, inclusive). */
  readonly to: string;
  /** How the plan words it: on a day, over a range, or before a day. */
  readonly stated: "on" | "range" | "before";
  /** The legal deadline id it must precede, for reporting milestones. */
  readonly mustPrecede?: string;
}

/**
 * A review plan (kế hoạch rà soát): dated milestones for one year, with its source.
 *
 * @example
 * ```ts
 * SEED_003_COMMUNE_PLAN_2023.milestones.length; //=> 6
 * ```
 * @category Procedure
 */
export interface ReviewPlan {
  /** Stable id. */
  readonly id: string;
  /** The review year. */
  readonly year: number;
  /** The standard it applies (id). */
  readonly standard: string;
  /** The plan's title. */
  readonly title: LocalizedText;
  /** The milestones, in order. */
  readonly milestones: readonly ReviewMilestone[];
  /** Its source. */
  readonly citation: Citation;
  /** Always `"seed"` for the example plans. */
  readonly status: "seed" | "confirmed" | "uncertain";
}

/**
 * A commune's 2023 review plan (kế hoạch rà soát của xã năm 2023), from seed 003: training, rollout, screening and
 * scoring, preliminary report, village meetings, official report.
 *
 * @remarks
 * SEED: seed 003_b0cbdf9d415140e7 (Hướng dẫn 01/HD-BCĐ, 05/9/2023), Mục I.3 "Dự kiến thời gian cụ thể": 12/8/2023
 * training; 6–11/9 rollout; 12–24/9 villages screen (Phiếu A) and score (Phiếu B); 25–30/9 preliminary report to
 * the commune; 1–8/10 village meetings; official report "before 15/10/2023" (last day 14/10). Cited as the guide
 * itself: Hướng dẫn số 01/HD-BCĐ ngày 05/9/2023 of the Nam Cao commune steering committee.
 *
 * @example
 * ```ts
 * SEED_003_COMMUNE_PLAN_2023.milestones.map((m) => m.to).at(-1); //=> "2023-10-14"
 * ```
 * @category Procedure
 */
export const SEED_003_COMMUNE_PLAN_2023 = deepFreeze({
  id: "nam-cao-2023",
  year: 2023,
  standard: "2021-2025",
  title: { vi: "Kế hoạch rà soát hộ nghèo, hộ cận nghèo định kỳ năm 2023 của một xã", en: "A commune's 2023 periodic review plan" },
  milestones: [
    { id: "training", phase: "preparation", label: { vi: "Tập huấn cho Bí thư chi bộ, Trưởng thôn", en: "Training of party cell secretaries and village heads" }, from: "2023-08-12", to: "2023-08-12", stated: "on" },
    { id: "rollout", phase: "preparation", label: { vi: "Triển khai kế hoạch, hướng dẫn phương pháp, cấp tài liệu", en: "Rollout: plan, method and forms" }, from: "2023-09-06", to: "2023-09-11", stated: "range" },
    { id: "screening_scoring", phase: "review", label: { vi: "Các thôn rà soát, nhận dạng nhanh, chấm điểm Phiếu A, Phiếu B", en: "Villages screen (Phiếu A) and score (Phiếu B)" }, from: "2023-09-12", to: "2023-09-24", stated: "range" },
    { id: "preliminary_report", phase: "reporting", label: { vi: "Báo cáo sơ bộ về Ban chỉ đạo xã", en: "Preliminary report to the commune steering committee" }, from: "2023-09-25", to: "2023-09-30", stated: "range", mustPrecede: "province_preliminary" },
    { id: "village_meetings", phase: "review", label: { vi: "Họp nhân dân thống nhất kết quả rà soát", en: "Village meetings agree the results" }, from: "2023-10-01", to: "2023-10-08", stated: "range" },
    { id: "official_report", phase: "reporting", label: { vi: "Các thôn báo cáo chính thức về Ban chỉ đạo xã (trước 15/10/2023)", en: "Villages' official report to the commune (before 15/10/2023)" }, to: "2023-10-14", stated: "before", mustPrecede: "province_official" },
  ],
  citation: { instrument: GUIDE_NAM_CAO_2023.instrument, item: "Mục I.3", note: GUIDE_NAM_CAO_2023.note ?? "" },
  status: "seed",
} as const satisfies ReviewPlan);

/**
 * A city's 2023 review plan (kế hoạch rà soát của thành phố năm 2023), from seed 000: the implementation window
 * and the internal reporting deadlines.
 *
 * @remarks
 * SEED: seed 000_b8d29a0343fba6c5 (a city's plan, 09/2023), Mục II.4 (implementation 01/9/2023 to the end of
 * 14/12/2023) and Mục IV (reporting): communes' preliminary report before 05/11/2023 and the city's before
 * 10/11/2023; communes' official report before 10/12/2023 and the city's before 15/12/2023. Each "before X" has
 * last day X − 1. Cited as the plan of the People's Committee of Bắc Kạn city, September 2023 (its number and day
 * are blank on the copy).
 *
 * @example
 * ```ts
 * SEED_000_CITY_PLAN_2023.milestones.find((m) => m.id === "city_official")?.to; //=> "2023-12-14"
 * ```
 * @category Procedure
 */
export const SEED_000_CITY_PLAN_2023 = deepFreeze({
  id: "bac-kan-city-2023",
  year: 2023,
  standard: "2021-2025",
  title: { vi: "Kế hoạch rà soát hộ nghèo, hộ cận nghèo năm 2023 của một thành phố", en: "A city's 2023 review plan" },
  milestones: [
    { id: "implementation", phase: "review", label: { vi: "Thời gian thực hiện rà soát", en: "Review period" }, from: "2023-09-01", to: "2023-12-14", stated: "range" },
    { id: "communes_preliminary", phase: "reporting", label: { vi: "UBND xã, phường báo cáo kết quả sơ bộ (trước 05/11/2023)", en: "Communes' preliminary report (before 05/11/2023)" }, to: "2023-11-04", stated: "before", mustPrecede: "province_preliminary" },
    { id: "city_preliminary", phase: "reporting", label: { vi: "Thành phố báo cáo kết quả sơ bộ về tỉnh (trước 10/11/2023)", en: "City's preliminary report to the province (before 10/11/2023)" }, to: "2023-11-09", stated: "before", mustPrecede: "province_preliminary" },
    { id: "communes_official", phase: "reporting", label: { vi: "UBND xã, phường báo cáo kết quả chính thức (trước 10/12/2023)", en: "Communes' official report (before 10/12/2023)" }, to: "2023-12-09", stated: "before", mustPrecede: "province_official" },
    { id: "city_official", phase: "reporting", label: { vi: "Thành phố báo cáo kết quả chính thức về tỉnh (trước 15/12/2023)", en: "City's official report to the province (before 15/12/2023)" }, to: "2023-12-14", stated: "before", mustPrecede: "province_official" },
  ],
  citation: { instrument: PLAN_BAC_KAN_CITY_2023.instrument, item: "Mục II.4, Mục IV", note: PLAN_BAC_KAN_CITY_2023.note ?? "" },
  status: "seed",
} as const satisfies ReviewPlan);

/**
 * The inspection sampling rule of seed 004 (phương pháp kiểm tra): visit 50–60% of a commune's villages and 5–10
 * poor, near-poor or newly poor households in each.
 *
 * @remarks SEED: seed 004_d429782fda450d1d (a district's 2021 inspection plan), Mục III.5: "Đi thực tế 50-60% số
 * thôn (mỗi thôn từ 05-10 hộ nghèo, cận nghèo đang áp dụng và hộ nghèo phát sinh)". Percentages are inclusive.
 *
 * @example
 * ```ts
 * INSPECTION_SAMPLING_SEED_004.value.householdsPerVillage; //=> { min: 5, max: 10 }
 * ```
 * @category Procedure
 */
export const INSPECTION_SAMPLING_SEED_004 = deepFreeze({
  value: { villagePercent: { min: 50, max: 60 }, householdsPerVillage: { min: 5, max: 10 } },
  citation: { instrument: PLAN_NGOC_HOI_2021.instrument, item: "Mục III.5", note: PLAN_NGOC_HOI_2021.note ?? "" },
  status: "seed",
} as const satisfies { readonly value: { readonly villagePercent: { readonly min: number; readonly max: number }; readonly householdsPerVillage: { readonly min: number; readonly max: number } }; readonly citation: Citation; readonly status: "seed" });
