// A sample village for the demo. Households are identified by code only: no name is needed for any computation.
// The figures are made up for the example; the rules applied to them are the law's.

/** One household as the village's reviewers collected it. */
export interface SampleHousehold {
  code: string;
  members: number;
  /** Phiếu A: column (0) and columns 1–9 (1 = the household has the criterion). */
  formA: { reviewed: 0 | 1; criteria: (0 | 1)[] };
  /** Phiếu B, B1 total as written on the paper form (no official points table ships with the library). */
  b1?: number;
  /** Phiếu B, B2: the indicators the reviewer ticked as deprived. */
  deprived?: string[];
  /** Income over the last 12 months and the state allowances in it, whole đồng (for middle-living households). */
  income12Months: { total: number; stateAllowances: number };
  /** Works in agriculture, forestry, fishery or salt production. */
  farming: boolean;
  ethnicMinority?: boolean;
  /** Class on last year's list. */
  previous: "poor" | "near_poor" | "not_poor";
  /** The village meeting's vote on this household, when it was discussed (new poor, new near-poor, leaving). */
  vote?: { agree: number; disagree: number; abstain: number };
}

/** Thôn Mẫu (sample village) of Xã Mẫu (sample commune): rural, periodic review of 2025 for the 2026 lists. */
export const SAMPLE_VILLAGE = {
  code: "XM-TM",
  name: "Thôn Mẫu",
  commune: { code: "XM", name: "Xã Mẫu" },
  area: "rural" as const,
  reviewYear: 2025,
  listYear: 2026,
  meeting: { heldOn: "2025-10-03", attendees: 42 },
  postedOn: "2025-10-06",
  /** The day the commune's list is proposed for recognition. */
  recognisedOn: "2025-10-20",
  complaints: [{ id: "KN-01", receivedOn: "2025-10-08", about: "TM-06" }],
  households: [
    { code: "TM-01", members: 4, formA: { reviewed: 1, criteria: [0, 0, 1, 0, 0, 0, 0, 0, 0] }, b1: 118, deprived: ["healthInsurance", "sanitation", "housingQuality", "informationAccess"], income12Months: { total: 52_800_000, stateAllowances: 4_800_000 }, farming: true, ethnicMinority: true, previous: "poor" },
    { code: "TM-02", members: 5, formA: { reviewed: 1, criteria: [0, 1, 1, 0, 0, 0, 0, 0, 0] }, b1: 140, deprived: ["employment", "healthInsurance", "adultEducation"], income12Months: { total: 90_000_000, stateAllowances: 0 }, farming: true, previous: "near_poor", vote: { agree: 30, disagree: 8, abstain: 4 } },
    { code: "TM-03", members: 3, formA: { reviewed: 1, criteria: [1, 1, 0, 1, 0, 0, 0, 0, 0] }, b1: 141, income12Months: { total: 66_000_000, stateAllowances: 0 }, farming: true, previous: "near_poor", vote: { agree: 38, disagree: 2, abstain: 2 } },
    { code: "TM-04", members: 6, formA: { reviewed: 1, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, b1: 126, deprived: ["nutrition", "childSchoolAttendance"], income12Months: { total: 79_200_000, stateAllowances: 2_400_000 }, farming: true, ethnicMinority: true, previous: "poor", vote: { agree: 21, disagree: 15, abstain: 6 } },
    { code: "TM-05", members: 2, formA: { reviewed: 1, criteria: [1, 1, 1, 1, 0, 0, 0, 0, 0] }, income12Months: { total: 72_000_000, stateAllowances: 0 }, farming: false, previous: "near_poor", vote: { agree: 40, disagree: 1, abstain: 1 } },
    { code: "TM-06", members: 4, formA: { reviewed: 1, criteria: [1, 0, 1, 0, 0, 1, 0, 0, 0] }, b1: 139, deprived: ["housingArea", "drinkingWater"], income12Months: { total: 70_800_000, stateAllowances: 0 }, farming: true, previous: "not_poor", vote: { agree: 20, disagree: 18, abstain: 4 } },
    { code: "TM-07", members: 1, formA: { reviewed: 1, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, b1: 96, deprived: ["dependants", "healthInsurance", "telecom", "informationAccess", "housingQuality"], income12Months: { total: 9_600_000, stateAllowances: 6_000_000 }, farming: false, previous: "poor" },
    { code: "TM-08", members: 4, formA: { reviewed: 1, criteria: [1, 1, 1, 0, 0, 0, 0, 0, 0] }, b1: 152, income12Months: { total: 100_800_000, stateAllowances: 0 }, farming: true, previous: "near_poor", vote: { agree: 35, disagree: 5, abstain: 2 } },
    { code: "TM-09", members: 5, formA: { reviewed: 0, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, income12Months: { total: 180_000_000, stateAllowances: 0 }, farming: false, previous: "not_poor" },
    { code: "TM-10", members: 3, formA: { reviewed: 1, criteria: [0, 1, 0, 0, 0, 0, 0, 0, 0] }, b1: 133, deprived: ["employment", "healthInsurance"], income12Months: { total: 50_400_000, stateAllowances: 0 }, farming: true, previous: "not_poor", vote: { agree: 29, disagree: 10, abstain: 3 } },
    { code: "TM-11", members: 4, formA: { reviewed: 1, criteria: [0, 0, 1, 0, 0, 0, 0, 0, 0] }, b1: 137, deprived: ["employment", "sanitation", "drinkingWater"], income12Months: { total: 69_600_000, stateAllowances: 0 }, farming: true, ethnicMinority: true, previous: "near_poor", vote: { agree: 33, disagree: 6, abstain: 3 } },
    { code: "TM-12", members: 2, formA: { reviewed: 1, criteria: [1, 1, 0, 0, 1, 0, 0, 0, 0] }, b1: 160, income12Months: { total: 60_000_000, stateAllowances: 0 }, farming: true, previous: "poor", vote: { agree: 36, disagree: 4, abstain: 2 } },
  ] satisfies SampleHousehold[],
};

/**
 * Who came to the meeting, by role and code (42 people): the village head chairs, a secretary writes the minutes,
 * the commune's steering committee and the Fatherland Front attend as the commune guide asks, with the party cell
 * secretary, the mass organisations, the reviewers and the households' representatives.
 */
export const ATTENDEES: { role: string; code: string }[] = [
  "village_head",
  "secretary",
  "steering_committee",
  "steering_committee",
  "party_cell_secretary",
  "mass_organisation",
  "mass_organisation",
  "reviewer",
  "reviewer",
  "fatherland_front",
  ...Array.from({ length: 32 }, () => "household_representative"),
].map((role, i) => ({ role, code: `TM-DH-${String(i + 1).padStart(2, "0")}` }));
