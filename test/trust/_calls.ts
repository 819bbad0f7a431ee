// Valid calls of every public function outside the report module, for the trust tests (shared state, fuzzing,
// determinism). Each entry builds fresh arguments on every call, so that two calls never share an input object:
// whatever two results share was made by the library. A test checks that every public non-report function is here.
import * as api from "../../src/index.js";
import * as report from "../../src/report/index.js";
import { FICTIONAL_SCORECARD } from "../fixtures/fictionalScorecard.js";
import * as docs from "../fixtures/reviewDocuments.js";

/** One way to call a function: a name for the case and a factory of fresh arguments. */
export interface Call {
  readonly name: string;
  readonly args: () => unknown[];
}

const clone = <T>(v: T): T => structuredClone(v);

const LOCAL = {
  id: "tinh-x-2025",
  national: "2021-2025",
  authority: "UBND tỉnh X",
  title: { vi: "Chuẩn nghèo tỉnh X", en: "Province X poverty standard" },
  instrument: { id: "Quyết định 1/2025/QĐ-UBND", kind: "local", title: { vi: "Quyết định", en: "Decision" } },
  incomeLines: { rural: { incomeLine: 1_750_000 }, urban: { incomeLine: 2_250_000 } },
} as const;

const HOUSEHOLD = {
  code: "HH-001",
  area: "rural",
  reviewDate: "2023-09-20",
  members: [
    { age: 40, healthInsurance: true, dependant: false },
    { birthDate: "2017-09-15", healthInsurance: false, dependant: true },
  ],
  housing: { walls: "non_durable", columns: "durable", roof: "non_durable", floorAreaM2: 15 },
  water: { cleanSource: true },
  sanitation: { hygienicLatrine: false },
} as const;

const B2_ANSWERS = {
  employment: true,
  dependants: false,
  nutrition: false,
  healthInsurance: true,
  adultEducation: false,
  childSchoolAttendance: false,
  housingQuality: true,
  housingArea: false,
  drinkingWater: false,
  sanitation: false,
  telecom: false,
  informationAccess: false,
} as const;

const REFORM_HOUSEHOLDS = [
  { code: "H1", area: "rural", members: 4, income: { perCapitaMonthly: 1_400_000 }, indicators: { employment: true, nutrition: true, sanitation: true } },
  { code: "H2", area: "urban", members: 2, income: { annualTotal: 48_000_000, members: 2 }, indicators: {} },
] as const;

/** A fresh reform impact of the two households above, for a unit. */
function reformOf(unit: string): unknown {
  return JSON.parse(JSON.stringify(api.reformImpact({ from: "2021-2025", to: "2027-2030", unit, households: structuredClone(REFORM_HOUSEHOLDS) as unknown as api.ReformHousehold[] }).impact)) as unknown;
}

const PLACE = { standard: "2021-2025", year: 2025, village: { code: "V-01", name: "Thôn Một" }, commune: { code: "C-01", name: "Xã Một" } } as const;
const VOTED = docs.HOUSEHOLDS.filter((h) => docs.VOTES.some((v) => v.householdCode === h.code));

const VILLAGES = [
  { code: "TH-01", households: ["H1", "H2", "H3", "H4", "H5", "H6", "H7"] },
  { code: "TH-02", households: ["H8", "H9", "H10", "H11", "H12", "H13"] },
  { code: "TH-03", households: ["H14", "H15", "H16", "H17", "H18"] },
  { code: "TH-04", households: ["H19", "H20", "H21", "H22", "H23", "H24"] },
];

function explanation(): unknown {
  return api.classifyByIncome({ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 }).explanation;
}

const one = (name: string, args: () => unknown[]): Call => ({ name, args });

/** Valid calls by function name. */
export const CALLS: { readonly [fn: string]: readonly Call[] } = {
  formatCitation: [
    one("vi", () => [{ instrument: "Nghị định 07/2021/NĐ-CP", article: "3", clause: "2", point: "a", item: "x", note: "n" }]),
    one("en", () => [{ instrument: "Nghị định 07/2021/NĐ-CP", article: "3" }, "en"]),
  ],
  formatExplanation: [one("vi", () => [explanation()]), one("en", () => [explanation(), { locale: "en", indent: "\t", listUncertain: true }])],
  compactExplanation: [one("income", () => [explanation()])],
  expandExplanation: [one("income", () => [clone(api.compactExplanation(explanation() as api.Explanation))])],
  safeExpandExplanation: [one("income", () => [clone(api.compactExplanation(explanation() as api.Explanation))])],
  isPovertyError: [one("error", () => [new api.PovertyError("invalid_input", "m")]), one("other", () => [{}])],
  getStandard: [one("2016-2020", () => ["2016-2020"]), one("2021-2025", () => ["2021-2025"]), one("2027-2030", () => ["2027-2030"])],
  findStandard: [one("2021-2025", () => ["2021-2025"]), one("unknown", () => ["2030-2035"])],
  standardForYear: [one("2019", () => [2019]), one("2023", () => [2023]), one("2028", () => [2028])],
  safeStandardForYear: [one("2023", () => [2023]), one("1990", () => [1990])],
  layerLocalStandard: [one("monthly", () => [clone(LOCAL)])],
  safeLayerLocalStandard: [
    one("monthly", () => [clone(LOCAL)]),
    one("yearly, two lines", () => [{ ...clone(LOCAL), id: "tinh-y-2019", national: "2016-2020", incomeLines: { rural: { incomeLine: 12_000_000, poorByIncomeLine: 9_000_000, period: "year" } } }]),
  ],
  ageOnDate: [one("age", () => ["2017-09-15", "2023-09-15"])],
  parseHousehold: [one("household", () => [clone(HOUSEHOLD)])],
  safeParseHousehold: [one("household", () => [clone(HOUSEHOLD)])],
  deriveIndicators: [one("household", () => [{ standard: "2021-2025", household: clone(HOUSEHOLD) }])],
  safeDeriveIndicators: [one("household", () => [{ standard: "2021-2025", household: clone(HOUSEHOLD) }])],
  parseB1Scorecard: [one("fictional", () => [clone(FICTIONAL_SCORECARD)])],
  safeParseB1Scorecard: [one("fictional", () => [clone(FICTIONAL_SCORECARD)])],
  scoreB1: [
    one("total", () => [{ standard: "2021-2025", area: "rural", total: 138 }]),
    one("scorecard", () => [{ standard: "2021-2025", area: "rural", region: "central_highlands", scorecard: clone(FICTIONAL_SCORECARD), answers: { householdSize: "5+", roof: "leaves", motorbike: "yes" } }]),
  ],
  safeScoreB1: [
    one("total", () => [{ standard: "2016-2020", area: "urban", total: 138 }]),
    one("scorecard", () => [{ standard: "2021-2025", area: "urban", scorecard: clone(FICTIONAL_SCORECARD), answers: { householdSize: "1-2", roof: "leaves", motorbike: "no" } }]),
  ],
  scoreB2: [one("answers", () => [{ standard: "2021-2025", answers: clone(B2_ANSWERS) }]), one("list", () => [{ standard: "2021-2025", deprivations: ["healthInsurance", "sanitation"] }])],
  safeScoreB2: [one("total", () => [{ standard: "2016-2020", total: 40 }]), one("count", () => [{ standard: "2021-2025", deprivationCount: 2 }])],
  screenFormA: [one("reviewed", () => [{ standard: "2021-2025", reviewed: 1, criteria: [1, 1, 1, 0, 0, 0, 0, 0, 0] }])],
  safeScreenFormA: [one("reviewed", () => [{ standard: "2021-2025", reviewed: 1, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 1] }]), one("not reviewed", () => [{ standard: "2021-2025", reviewed: 0 }])],
  classifyByIncome: [
    one("2021-2025", () => [{ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_400_000 }, deprivationCount: 3 }]),
    one("2016-2020", () => [{ standard: "2016-2020", area: "urban", income: { monthlyTotal: 3_600_000, members: 4 } }]),
  ],
  safeClassifyByIncome: [
    one("local", () => [{ standard: api.layerLocalStandard(clone(LOCAL) as never), area: "urban", income: { perCapitaMonthly: 2_000_000 }, deprivations: ["employment"] }]),
    one("undetermined", () => [{ standard: "2021-2025", area: "rural", income: { perCapitaMonthly: 1_000_000 } }]),
  ],
  classifyHousehold: [
    one("poor", () => [{ standard: "2021-2025", area: "rural", b1: 140, b2: 30 }]),
    one("formA + answers", () => [{ standard: "2021-2025", area: "rural", formA: { reviewed: 1, criteria: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, b1: { total: 120 }, b2: { answers: clone(B2_ANSWERS) } }]),
  ],
  safeClassifyHousehold: [
    one("2016-2020", () => [{ standard: "2016-2020", area: "urban", b1: 130, b2: { deprivations: ["healthInsurance"] } }]),
    one("scorecard", () => [{ standard: "2021-2025", area: "rural", region: "red_river_delta", b1: { scorecard: clone(FICTIONAL_SCORECARD), answers: { householdSize: "5+", roof: "leaves", motorbike: "yes" } } }]),
  ],
  whatWouldChange: [one("2021-2025", () => [{ standard: "2021-2025", area: "rural", b1: 138, b2: 30 }])],
  safeWhatWouldChange: [one("2016-2020", () => [{ standard: "2016-2020", area: "rural", b1: 130, b2: 30 }])],
  classifyMiddleLiving: [one("agricultural", () => [{ standard: "2021-2025", area: "rural", members: 4, agriculturalSectors: ["fishery"], income12Months: { total: 84_000_000, stateAllowances: 4_000_000 } }])],
  safeClassifyMiddleLiving: [one("not agricultural", () => [{ standard: "2016-2020", area: "urban", members: 2, agriculturalSectors: [], income12Months: { totalExcludingAllowances: 40_000_000 } }])],
  classifyLowIncomeWorker: [one("urban", () => [{ standard: "2021-2025", area: "urban", decisionDate: "2025-06-01", householdClass: "not_poor", members: 3, income12Months: { totalExcludingAllowances: 100_000_000 } }])],
  safeClassifyLowIncomeWorker: [one("rural", () => [{ standard: "2021-2025", area: "rural", decisionDate: "2025-03-01", householdClass: "not_poor", members: 1, income12Months: { total: 20_000_000, stateAllowances: 1_000_000 } }])],
  classifyHouseholds: [
    one("batch", () => [[{ standard: "2021-2025", area: "rural", b1: 140, b2: 30 }, { standard: "2021-2025", area: "rural", b1: -1 }, { standard: "2016-2020", area: "urban", b1: 200 }]]),
    one("explained", () => [[{ standard: "2021-2025", area: "rural", b1: 140, b2: 30 }, { standard: "2021-2025", area: "urban" }], { explain: true, maxRejected: 10 }]),
  ],
  isWorkingDay: [one("2023-05-02", () => ["2023-05-02"])],
  safeIsWorkingDay: [one("custom calendar", () => ["2023-09-04", api.createWorkingCalendar({ officialSchedules: "none" })])],
  addWorkingDays: [one("2024-04-26", () => ["2024-04-26", 3])],
  safeAddWorkingDays: [one("back", () => ["2023-09-13", -3])],
  workingDaysBetween: [one("2023", () => ["2023-09-08", "2023-09-13"])],
  safeWorkingDaysBetween: [one("years", () => ["2016-01-01", "2026-12-31"])],
  createWorkingCalendar: [
    one("default", () => []),
    one("options", () => [{ officialSchedules: "none", nationalDayAdjacent: "after", holidaySchedules: [{ year: 2031, holiday: "national_day", daysOff: ["2031-09-01", "2031-09-02"], source: "x" }] }]),
  ],
  safeCreateWorkingCalendar: [one("schedules", () => [{ schedules: [{ year: 2032, daysOff: ["2032-01-01"], workingDays: ["2032-01-03"], source: "y" }] }])],
  publicHolidays: [one("2024", () => [2024]), one("2030", () => [2030]), one("2019", () => [2019])],
  safePublicHolidays: [one("2024", () => [2024]), one("calendar", () => [2031, api.createWorkingCalendar({ nationalDayAdjacent: "before" })])],
  toLunarDate: [one("Tết 2024", () => ["2024-02-10"])],
  safeToLunarDate: [one("leap", () => ["2023-03-22"])],
  fromLunarDate: [one("Hùng Kings 2025", () => [{ year: 2025, month: 3, day: 10 }])],
  safeFromLunarDate: [one("leap", () => [{ year: 2023, month: 2, day: 1, leap: true }])],
  lunarNewYear: [one("2030", () => [2030])],
  safeLunarNewYear: [one("2025", () => [2025])],
  tallyMeetingVote: [
    one("whole list", () => [{ standard: "2021-2025", heldOn: "2023-10-03", attendees: 10, scope: "whole_list", votes: { agree: 5, disagree: 4, abstain: 1 }, attendeeList: Array.from({ length: 10 }, (_, i) => ({ role: "household_representative", code: `A${i}` })) }]),
    one("per household", () => [{ standard: "2021-2025", heldOn: "2023-10-03", attendees: 9, scope: "per_household", households: [{ householdCode: "HH-002", agree: 4 }, { householdCode: "HH-001", agree: 5 }] }]),
  ],
  safeTallyMeetingVote: [
    one("caller share", () => [{ standard: "2016-2020", heldOn: "2019-10-03", attendees: 9, scope: "whole_list", votes: { agree: 6 }, threshold: { numerator: 2, denominator: 3, citation: { instrument: "Quy chế thôn" } } }]),
    one("no procedure", () => [{ standard: "2027-2030", heldOn: "2027-10-03", attendees: 9, scope: "whole_list", votes: { agree: 9 } }]),
  ],
  computeProcedureDeadlines: [
    one("posting", () => [{ standard: "2021-2025", events: { postedOn: "2023-10-06", complaints: [{ id: "KN-01", receivedOn: "2023-10-09" }] } }]),
  ],
  safeComputeProcedureDeadlines: [
    one("all events", () => [
      {
        standard: "2021-2025",
        events: { meetingHeldOn: "2023-10-03", postedOn: "2023-10-06", complaints: [{ receivedOn: "2023-10-09", recheckPostedOn: "2023-10-16" }], middleLiving: { postedOn: "2023-11-01", complaintsReceivedOn: ["2023-11-03"], decisionFrom: "2023-11-20" }, lowIncomeWorkerPostedOn: "2025-03-03" },
        calendar: api.createWorkingCalendar({ officialSchedules: "none" }),
      },
    ]),
  ],
  reviewCalendar: [one("2023", () => [{ standard: "2021-2025", year: 2023, localDeadlines: [{ id: "commune", before: "2023-11-05", mustPrecede: "province_preliminary", description: { vi: "Xã báo cáo", en: "Commune reports" } }] }])],
  safeReviewCalendar: [one("2024", () => [{ standard: "2021-2025", year: 2024 }]), one("2016-2020", () => [{ standard: "2016-2020", year: 2019 }])],
  reviewPlanStatus: [one("seed 003", () => [{ plan: clone(api.SEED_003_COMMUNE_PLAN_2023), asOf: "2023-10-01", completed: { training: "2023-08-12" } }])],
  safeReviewPlanStatus: [one("seed 000", () => [{ plan: api.SEED_000_CITY_PLAN_2023, asOf: "2023-11-06" }])],
  checkReviewPlan: [one("seed 003", () => [{ plan: clone(api.SEED_003_COMMUNE_PLAN_2023) }])],
  safeCheckReviewPlan: [one("seed 000", () => [{ plan: api.SEED_000_CITY_PLAN_2023, standard: "2021-2025" }])],
  standardForListYear: [one("2026", () => [2026]), one("2027", () => [2027])],
  safeStandardForListYear: [one("2021", () => [2021]), one("2031", () => [2031])],
  standardForReviewYear: [one("2026 periodic", () => [{ year: 2026, kind: "periodic" }]), one("2026 list year", () => [{ year: 2026, kind: "periodic", reading: "list_year" }])],
  safeStandardForReviewYear: [one("2027 regular", () => [{ year: 2027, kind: "regular" }]), one("2030 periodic", () => [{ year: 2030, kind: "periodic" }])],
  indicatorChanges: [one("2021 → 2027", () => ["2021-2025", "2027-2030"])],
  safeIndicatorChanges: [one("same", () => ["2021-2025", "2021-2025"]), one("none", () => ["2016-2020", "2021-2025"])],
  reformImpact: [one("village", () => [{ from: "2021-2025", to: "2027-2030", unit: "T-01", households: clone(REFORM_HOUSEHOLDS) }])],
  safeReformImpact: [one("local", () => [{ from: "2021-2025", to: api.layerLocalStandard(clone(LOCAL) as unknown as api.LocalStandardInput), unit: "T-02", households: clone(REFORM_HOUSEHOLDS) }])],
  mergeReformImpacts: [one("two villages", () => [[reformOf("T-01"), reformOf("T-02")], "X"])],
  safeMergeReformImpacts: [one("twice", () => [[reformOf("T-01"), reformOf("T-01")], "X"])],
  reformImpactFromJson: [one("json", () => [JSON.stringify(reformOf("T-01"))])],
  safeReformImpactFromJson: [one("object", () => [clone(reformOf("T-01"))])],
  reformImpactTable: [one("villages", () => [[{ code: "T-01", name: "Thôn 1", impact: reformOf("T-01") }], { total: { code: "X", name: "Xã", impact: reformOf("X") } }])],
  reformMatrixTable: [one("households", () => [reformOf("T-01")]), one("persons", () => [reformOf("T-01"), { measure: "persons", locale: "en" }])],
  buildPostingList: [one("village", () => [{ ...PLACE, households: clone(docs.HOUSEHOLDS), deadlines: clone(docs.DEADLINES), meeting: clone(docs.MEETING), signers: { village_head: "Trưởng thôn" } }])],
  safeBuildPostingList: [one("village", () => [{ ...PLACE, households: clone(docs.HOUSEHOLDS), deadlines: clone(docs.DEADLINES), meeting: clone(docs.MEETING) }])],
  buildMeetingMinutes: [one("village", () => [{ ...PLACE, meeting: clone(docs.MEETING), venue: "Nhà văn hóa thôn", time: "8 giờ 00", households: clone(VOTED), signers: { chair: "Chủ trì", secretary: "Thư ký" } }])],
  safeBuildMeetingMinutes: [one("village", () => [{ ...PLACE, meeting: clone(docs.MEETING), venue: "Nhà văn hóa thôn", time: "8 giờ 00", households: clone(VOTED) }])],
  buildRecognitionList: [one("commune", () => [{ standard: "2021-2025", year: 2025, commune: { code: "C-01", name: "Xã Một" }, households: clone(docs.HOUSEHOLDS), meetings: [clone(docs.MEETING)], issuedOn: "2025-10-20", number: "15/DS-UBND" }])],
  safeBuildRecognitionList: [one("commune", () => [{ standard: "2021-2025", year: 2025, commune: { code: "C-01", name: "Xã Một" }, households: clone(docs.HOUSEHOLDS), meetings: [clone(docs.MEETING)], issuedOn: "2025-10-21", number: "16/DS-UBND" }])],
  buildReviewAgainList: [one("village", () => [{ ...PLACE, meeting: clone(docs.MEETING), households: clone(VOTED) }])],
  safeBuildReviewAgainList: [one("village", () => [{ ...PLACE, meeting: clone(docs.MEETING), households: clone(VOTED) }])],
  layoutSheet: [one("posting list", () => [clone(docs.POSTING_LIST)])],
  isReviewDocument: [one("minutes", () => [clone(docs.MINUTES)]), one("other", () => [{}])],
  renderDocumentText: [one("minutes", () => [clone(docs.MINUTES)]), one("en", () => [clone(docs.RECOGNITION_LIST), { locale: "en" }])],
  renderDocumentCsv: [one("recognition list", () => [clone(docs.RECOGNITION_LIST)])],
  renderDocumentHtml: [one("review-again list", () => [clone(docs.REVIEW_AGAIN_LIST)])],
  drawInspectionSample: [one("seed", () => [{ seed: "KT-2021", villages: clone(VILLAGES) }])],
  safeDrawInspectionSample: [one("number seed", () => [{ seed: 7, villages: clone(VILLAGES), householdsPerVillage: 6 }])],
};

/** Every public function outside the report module, by name. */
export function publicFunctions(): Map<string, (...args: unknown[]) => unknown> {
  const reportNames = new Set(Object.keys(report));
  const out = new Map<string, (...args: unknown[]) => unknown>();
  for (const [name, v] of Object.entries(api)) {
    if (typeof v !== "function" || reportNames.has(name) || name === "PovertyError") continue;
    out.set(name, v as (...args: unknown[]) => unknown);
  }
  return out;
}

/** Every exported value outside the report module that is not a function or a class. */
export function publicConstants(): Map<string, unknown> {
  const reportNames = new Set(Object.keys(report));
  return new Map(Object.entries(api).filter(([name, v]) => typeof v !== "function" && !reportNames.has(name)));
}

/** The fuzz test files, each with its share of the functions (the files run in parallel). */
export const FUZZ_GROUPS: { readonly [file: string]: readonly string[] } = {
  basics: ["formatCitation", "formatExplanation", "compactExplanation", "expandExplanation", "safeExpandExplanation", "isPovertyError", "getStandard", "findStandard", "standardForYear", "safeStandardForYear", "layerLocalStandard", "safeLayerLocalStandard", "ageOnDate", "parseHousehold", "safeParseHousehold"],
  forms: ["deriveIndicators", "safeDeriveIndicators", "parseB1Scorecard", "safeParseB1Scorecard", "scoreB1", "safeScoreB1", "scoreB2", "safeScoreB2", "screenFormA", "safeScreenFormA"],
  classify: ["classifyByIncome", "safeClassifyByIncome", "classifyHousehold", "safeClassifyHousehold", "whatWouldChange", "safeWhatWouldChange", "classifyMiddleLiving", "safeClassifyMiddleLiving", "classifyLowIncomeWorker", "safeClassifyLowIncomeWorker", "classifyHouseholds"],
  calendar: ["isWorkingDay", "safeIsWorkingDay", "addWorkingDays", "safeAddWorkingDays", "workingDaysBetween", "safeWorkingDaysBetween", "createWorkingCalendar", "safeCreateWorkingCalendar", "publicHolidays", "safePublicHolidays", "toLunarDate", "safeToLunarDate", "fromLunarDate", "safeFromLunarDate", "lunarNewYear", "safeLunarNewYear"],
  reform: ["standardForListYear", "safeStandardForListYear", "standardForReviewYear", "safeStandardForReviewYear", "indicatorChanges", "safeIndicatorChanges", "reformImpact", "safeReformImpact", "mergeReformImpacts", "safeMergeReformImpacts", "reformImpactFromJson", "safeReformImpactFromJson", "reformImpactTable", "reformMatrixTable"],
  documents: ["buildPostingList", "safeBuildPostingList", "buildMeetingMinutes", "safeBuildMeetingMinutes", "buildRecognitionList", "safeBuildRecognitionList", "buildReviewAgainList", "safeBuildReviewAgainList", "layoutSheet", "isReviewDocument", "renderDocumentText", "renderDocumentCsv", "renderDocumentHtml"],
  procedure: ["tallyMeetingVote", "safeTallyMeetingVote", "computeProcedureDeadlines", "safeComputeProcedureDeadlines", "reviewCalendar", "safeReviewCalendar", "reviewPlanStatus", "safeReviewPlanStatus", "checkReviewPlan", "safeCheckReviewPlan", "drawInspectionSample", "safeDrawInspectionSample"],
};
