// A sample village for the demo: households identified by code only (no names are needed for any computation).
// The figures are made up for the example; the rules applied to them are the law's.

/** One household as the village's review collected it. */
export interface SampleHousehold {
  code: string;
  members: number;
  /** Phiếu A: column (0) and columns 1–9 (1 = has the criterion). */
  formA: { reviewed: 0 | 1; criteria: (0 | 1)[] };
  /** Phiếu B, B1 total as written on the paper form (no official points table ships with the library). */
  b1?: number;
  /** Phiếu B, B2: the indicators the reviewer ticked as deprived. */
  deprived?: string[];
  /** Income surveyed over the last 12 months, state allowances excluded, whole đồng. */
  income12Months: number;
  /** Works in agriculture, forestry, fishery or salt production. */
  farming: boolean;
  /** Class on last year's list. */
  previous: "poor" | "near_poor" | "not_poor";
}

/** Thôn Mẫu (sample village) of Xã Mẫu (sample commune), rural, reviewed in 2025 for the 2026 lists. */
export const SAMPLE_VILLAGE = {
  code: "XM-TM",
  name: "Thôn Mẫu",
  commune: { code: "XM", name: "Xã Mẫu" },
  area: "rural" as const,
  listYear: 2026,
  households: [
    { code: "TM-01", members: 4, formA: { reviewed: 1, criteria: [0, 0, 1, 0, 0, 0, 0, 0, 0] }, b1: 118, deprived: ["healthInsurance", "sanitation", "housingQuality", "informationAccess"], income12Months: 52_800_000, farming: true, previous: "poor" },
    { code: "TM-02", members: 5, formA: { reviewed: 1, criteria: [0, 1, 1, 0, 0, 0, 0, 0, 0] }, b1: 140, deprived: ["employment", "healthInsurance", "adultEducation"], income12Months: 90_000_000, farming: true, previous: "poor" },
    { code: "TM-03", members: 3, formA: { reviewed: 1, criteria: [1, 1, 0, 1, 0, 0, 0, 0, 0] }, b1: 141, deprived: ["sanitation"], income12Months: 54_000_036, farming: true, previous: "near_poor" },
    { code: "TM-04", members: 6, formA: { reviewed: 1, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, b1: 126, deprived: ["nutrition", "childSchoolAttendance"], income12Months: 79_200_000, farming: true, previous: "poor" },
    { code: "TM-05", members: 2, formA: { reviewed: 1, criteria: [1, 1, 1, 1, 0, 0, 0, 0, 0] }, income12Months: 72_000_000, farming: false, previous: "near_poor" },
    { code: "TM-06", members: 4, formA: { reviewed: 1, criteria: [1, 0, 1, 0, 0, 1, 0, 0, 0] }, b1: 139, deprived: ["housingArea", "drinkingWater"], income12Months: 70_800_000, farming: true, previous: "not_poor" },
    { code: "TM-07", members: 1, formA: { reviewed: 1, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, b1: 96, deprived: ["dependants", "healthInsurance", "telecom", "informationAccess", "housingQuality"], income12Months: 9_600_000, farming: false, previous: "poor" },
    { code: "TM-08", members: 4, formA: { reviewed: 1, criteria: [1, 1, 1, 0, 0, 0, 0, 0, 0] }, b1: 152, income12Months: 100_800_000, farming: true, previous: "near_poor" },
    { code: "TM-09", members: 5, formA: { reviewed: 0, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, income12Months: 180_000_000, farming: false, previous: "not_poor" },
    { code: "TM-10", members: 3, formA: { reviewed: 1, criteria: [0, 1, 0, 0, 0, 0, 0, 0, 0] }, b1: 133, deprived: ["employment", "healthInsurance"], income12Months: 50_400_000, farming: true, previous: "not_poor" },
    { code: "TM-11", members: 4, formA: { reviewed: 1, criteria: [0, 0, 1, 0, 0, 0, 0, 0, 0] }, b1: 137, deprived: ["employment", "sanitation", "drinkingWater"], income12Months: 69_600_000, farming: true, previous: "near_poor" },
    { code: "TM-12", members: 2, formA: { reviewed: 1, criteria: [1, 1, 0, 0, 1, 0, 0, 0, 0] }, b1: 160, income12Months: 60_000_000, farming: true, previous: "poor" },
  ] satisfies SampleHousehold[],
};
