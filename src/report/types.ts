import type { Citation, LocalizedText } from "../types.js";
import type { Issue } from "../errors/Issue.js";
import type { PoorBasis } from "../classify/types.js";
import type { ClassRuleName } from "../standards/types.js";

/**
 * The class a report counts a household in (phân loại hộ để tổng hợp): poor (hộ nghèo), near-poor (hộ cận nghèo) or
 * neither (không nghèo).
 *
 * @remarks
 * The classifier's `"undetermined"` outcome has no place in a report: an adapter must not pass such a household on.
 *
 * @example
 * ```ts
 * const k: ReportClassKind = "near_poor";
 * ```
 * @category Reports
 */
export type ReportClassKind = "poor" | "near_poor" | "not_poor";


/**
 * A cause of poverty as the report tables list it (nguyên nhân nghèo).
 *
 * @remarks
 * Observed local practice (shared/spec/reports.md, tables 8–13): lack of land, capital, labour, tools, know-how,
 * skills; illness or accident; other. The official form's list was NOT FOUND (UNCERTAIN).
 *
 * @example
 * ```ts
 * const c: CauseOfPoverty = "illness_or_accident";
 * ```
 * @category Reports
 */
export type CauseOfPoverty = "land" | "capital" | "labour" | "tools" | "knowhow" | "skills" | "illness_or_accident" | "other";

/**
 * A deprivation of a child in the household (thiếu hụt của trẻ em): no health insurance, malnutrition, not attending
 * school at the level for their age.
 *
 * @example
 * ```ts
 * const d: ChildDeprivation = "schoolAttendance";
 * ```
 * @category Reports
 */
export type ChildDeprivation = "healthInsurance" | "nutrition" | "schoolAttendance";

/**
 * One classified household as a report counts it (bản ghi hộ đã phân loại để tổng hợp).
 *
 * @remarks
 * A minimal record, independent of the household model: an adapter maps a classified household onto it. Only
 * `unitCode`, `standard`, `kind` and `persons` are required; the other fields default to "not in the group".
 * Groups and deprivations are counted for poor and near-poor households only (the tables count those).
 *
 * @example
 * ```ts
 * const r: TallyRecord = {
 *   unitCode: "V-001", standard: "2021-2025", kind: "poor", poorBasis: "income_and_deprivation", persons: 4,
 *   deprivations: ["employment", "healthInsurance", "sanitation"], ethnicMinority: true, causesOfPoverty: ["land"],
 * };
 * ```
 * @category Reports
 */
export interface TallyRecord {
  /** The code of the unit the household lives in: a village (thôn, tổ dân phố), or any unit of the hierarchy. */
  readonly unitCode: string;
  /** The id of the standard it was classified under, e.g. `"2021-2025"`. */
  readonly standard: string;
  /** Its class. */
  readonly kind: ReportClassKind;
  /** Why it is poor; required for a poor household under a standard with a poverty line of its own (2016–2020). */
  readonly poorBasis?: PoorBasis;
  /** A farm, forestry or fishery household with a middle living standard (hộ có mức sống trung bình); only with `kind: "not_poor"`. */
  readonly middleLiving?: boolean;
  /** Its number of members (nhân khẩu), 1 to 1000. */
  readonly persons: number;
  /** The deprived indicators, by the standard's keys, each at most once. */
  readonly deprivations?: readonly string[];
  /** An ethnic-minority household (hộ dân tộc thiểu số). */
  readonly ethnicMinority?: boolean;
  /** A household with no member able to work (hộ không có khả năng lao động). */
  readonly noMemberAbleToWork?: boolean;
  /** A household with a member who has merit to the revolution (hộ có người có công với cách mạng). */
  readonly memberWithMerit?: boolean;
  /** Its causes of poverty, each at most once. */
  readonly causesOfPoverty?: readonly CauseOfPoverty[];
  /** The kinds of support it received (chính sách hỗ trợ đã nhận), by the caller's keys, each at most once. */
  readonly supportReceived?: readonly string[];
  /** Its ethnicity code (mã dân tộc), as the caller codes it. */
  readonly ethnicity?: string;
  /** Its children's deprivations, each at most once. */
  readonly childDeprivations?: readonly ChildDeprivation[];
}

/**
 * Households or persons by class (số hộ, số nhân khẩu theo phân loại), read from a tally.
 *
 * @remarks
 * `total = poor + nearPoor + notPoor`; `middleLiving` is part of `notPoor`; under 2016–2020
 * `poor = poorByIncome + poorByDeprivation`, later both are 0. A fresh object on every read: changing it does not
 * change the tally.
 *
 * @example
 * ```ts
 * const c: ClassCounts = { total: 12299, poor: 242, poorByIncome: 0, poorByDeprivation: 0, nearPoor: 121, notPoor: 11936, middleLiving: 0 };
 * ```
 * @category Reports
 */
export interface ClassCounts {
  /** All households (persons) counted. */
  readonly total: number;
  /** Poor. */
  readonly poor: number;
  /** Poor by income (2016–2020 only). */
  readonly poorByIncome: number;
  /** Poor by deprivation of basic social services (2016–2020 only). */
  readonly poorByDeprivation: number;
  /** Near-poor. */
  readonly nearPoor: number;
  /** Neither poor nor near-poor (middle-living included). */
  readonly notPoor: number;
  /** Middle-living farm, forestry or fishery households (part of `notPoor`). */
  readonly middleLiving: number;
}

/**
 * The counts kept for one segment of households (poor, near-poor, or under 2016–2020 poor by income / by
 * deprivation): deprivations per indicator and households per group (số hộ theo chỉ số thiếu hụt và theo nhóm),
 * read from a tally.
 *
 * @remarks
 * A fresh object on every read, keys in the standard's order (open keys sorted).
 *
 * @example
 * ```ts
 * emptyTally("2021-2025").segments.poor.deprivations["employment"]; //=> 0
 * ```
 * @category Reports
 */
export interface SegmentCounts {
  /** Households deprived in each indicator, keyed by the standard's keys in the standard's order. */
  readonly deprivations: { readonly [indicator: string]: number };
  /** Ethnic-minority households. */
  readonly ethnicMinority: number;
  /** Households with no member able to work. */
  readonly noMemberAbleToWork: number;
  /** Households with a member who has merit to the revolution. */
  readonly memberWithMerit: number;
  /** Households per cause of poverty, in the order of {@link CAUSES_OF_POVERTY}. */
  readonly causes: { readonly [cause in CauseOfPoverty]: number };
  /** Households per kind of support received, by the caller's keys (sorted). */
  readonly support: { readonly [key: string]: number };
  /** Households per ethnicity code (sorted). */
  readonly ethnicity: { readonly [code: string]: number };
  /** Households with a child deprived in each respect. */
  readonly children: { readonly [deprivation in ChildDeprivation]: number };
}

/**
 * The segments a tally keeps group and deprivation counts for (nhóm hộ được tổng hợp chi tiết).
 *
 * @remarks
 * `poorByIncome` and `poorByDeprivation` are kept only under a standard whose class rule is `"two_lines"`
 * (2016–2020, Decision 59/2015/QĐ-TTg); `poor` is always all poor households.
 *
 * @example
 * ```ts
 * const s: SegmentKey = "nearPoor";
 * ```
 * @category Reports
 */
export type SegmentKey = "poor" | "poorByIncome" | "poorByDeprivation" | "nearPoor";

/**
 * The fixed layout of a tally's counters (bố cục bảng tổng hợp): which standard, its class rule, its indicator keys
 * in order and the segments kept. Deeply frozen; tallies of one standard share it.
 *
 * @example
 * ```ts
 * emptyTally("2016-2020").layout.segments; //=> ["poor", "nearPoor", "poorByIncome", "poorByDeprivation"]
 * ```
 * @category Reports
 */
export interface TallyLayout {
  /** The standard's id. */
  readonly standard: string;
  /** The standard's class rule (its `classRule`): `"two_lines"` keeps the poor by income and by deprivation apart. */
  readonly classRule: ClassRuleName;
  /** The indicator keys, in the standard's order. */
  readonly indicators: readonly string[];
  /** The segments kept, in order. */
  readonly segments: readonly SegmentKey[];
  /** Whether the standard defines middle-living households. */
  readonly middleLiving: boolean;
}

/**
 * The tally of one area (bảng đếm tổng hợp của một địa bàn): households and persons by class, and the deprivation
 * and group counts of poor and near-poor households, for one standard and one list year.
 *
 * @remarks
 * A tally is flat counters in a fixed layout that the tally carries ({@link TallyLayout}), plus small maps for the
 * open keys (support received, ethnicity). Only the library's functions change it ({@link addToTally}), so every
 * tally the library hands out holds safe integers that agree with each other. Tallies of the same standard and
 * year merge with {@link mergeTallies} (a vector sum: associative, commutative, {@link emptyTally} is the
 * identity), so villages can be tallied anywhere and merged in any order. Rates are never stored: tables compute
 * them from counts. `households`, `persons` and `segments` are fresh objects on every read.
 *
 * `JSON.stringify(tally)` writes the compact format `"vn-poverty/tally@2"` ({@link TallyJson}); read it back with
 * {@link safeTallyFromJson}. A `structuredClone` of a tally is not a tally: send its JSON.
 *
 * @example
 * ```ts
 * const t = emptyTally("2021-2025", { year: 2024 });
 * addToTally(t, { unitCode: "V-001", standard: "2021-2025", kind: "near_poor", persons: 3 });
 * t.households.nearPoor; //=> 1
 * t.year; //=> 2024
 * ```
 * @category Reports
 */
export interface Tally {
  /** The format, for stored tallies. */
  readonly format: "vn-poverty/tally@2";
  /** The id of the standard the households were classified under. */
  readonly standard: string;
  /**
   * The list year (năm danh sách): the year the lists are used for, as {@link standardForYear} reads it (a review
   * at the end of 2023 gives the 2024 lists); `null` when not given.
   */
  readonly year: number | null;
  /** The layout of the counters. */
  readonly layout: TallyLayout;
  /** Households by class. */
  readonly households: ClassCounts;
  /** Persons (nhân khẩu) by class. */
  readonly persons: ClassCounts;
  /** Deprivation and group counts for poor and near-poor households (and, under 2016–2020, the two kinds of poor). */
  readonly segments: { readonly poor: SegmentCounts; readonly nearPoor: SegmentCounts; readonly poorByIncome?: SegmentCounts; readonly poorByDeprivation?: SegmentCounts };
  /**
   * The tally as JSON (format `"vn-poverty/tally@2"`); `JSON.stringify` calls it.
   *
   * @returns a fresh plain object.
   */
  toJSON(): TallyJson;
}

/**
 * A tally as JSON (bảng tổng hợp dạng JSON), format `"vn-poverty/tally@2"`: compact, readable, self-describing.
 *
 * @remarks
 * `households` and `persons` list the seven class counts in the order total, poor, poorByIncome,
 * poorByDeprivation, nearPoor, notPoor, middleLiving. Each segment lists its deprivation counts in the order of
 * `indicators`, its `groups` (ethnicMinority, noMemberAbleToWork, memberWithMerit), its `causes` in the order of
 * {@link CAUSES_OF_POVERTY}, its `children` in the order of {@link CHILD_DEPRIVATIONS}, and, when not empty, its open
 * keys `support` and `ethnicity` sorted. Equal tallies give byte-identical text.
 *
 * @example
 * ```ts
 * const j: TallyJson = emptyTally("2027-2030").toJSON();
 * j.households; //=> [0, 0, 0, 0, 0, 0, 0]
 * ```
 * @category Reports
 */
export interface TallyJson {
  /** The format and its version. */
  readonly format: "vn-poverty/tally@2";
  /** The standard's id. */
  readonly standard: string;
  /** The list year, or `null`. */
  readonly year: number | null;
  /** The standard's class rule. */
  readonly classRule: ClassRuleName;
  /** The standard's indicator keys, in order: the order of every `deprivations` list. */
  readonly indicators: readonly string[];
  /** Households: total, poor, poorByIncome, poorByDeprivation, nearPoor, notPoor, middleLiving. */
  readonly households: readonly number[];
  /** Persons, in the same order. */
  readonly persons: readonly number[];
  /** The segments kept by the standard. */
  readonly segments: { readonly poor: SegmentJson; readonly nearPoor: SegmentJson; readonly poorByIncome?: SegmentJson; readonly poorByDeprivation?: SegmentJson };
}

/**
 * One segment of a tally as JSON (nhóm hộ trong bảng tổng hợp dạng JSON).
 *
 * @example
 * ```ts
 * const s: SegmentJson = { deprivations: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], groups: [0, 0, 0], causes: [0, 0, 0, 0, 0, 0, 0, 0], children: [0, 0, 0] };
 * ```
 * @category Reports
 */
export interface SegmentJson {
  /** Households deprived in each indicator, in the order of the tally's `indicators`. */
  readonly deprivations: readonly number[];
  /** Ethnic-minority households, households with no member able to work, with a member with merit. */
  readonly groups: readonly number[];
  /** Households per cause, in the order of {@link CAUSES_OF_POVERTY}. */
  readonly causes: readonly number[];
  /** Households per children's deprivation, in the order of {@link CHILD_DEPRIVATIONS}. */
  readonly children: readonly number[];
  /** Households per kind of support received (absent when none). */
  readonly support?: { readonly [key: string]: number };
  /** Households per ethnicity code (absent when none). */
  readonly ethnicity?: { readonly [code: string]: number };
}

/**
 * A record the tally could not count, with why (bản ghi không tổng hợp được).
 *
 * @example
 * ```ts
 * const r: RejectedRecord = { index: 7, issues: [] };
 * ```
 * @category Reports
 */
export interface RejectedRecord {
  /** Its 0-based position in the input. */
  readonly index: number;
  /** What is wrong with it. */
  readonly issues: readonly Issue[];
}

/**
 * The tallies of a stream of households, per unit, with what could not be counted (kết quả tổng hợp theo đơn vị).
 *
 * @example
 * ```ts
 * const run = tallyRecords([{ unitCode: "V-001", standard: "2021-2025", kind: "poor", persons: 4, deprivations: ["employment", "telecom", "sanitation"] }], { standard: "2021-2025" });
 * run.units["V-001"]?.households.poor; //=> 1
 * ```
 * @category Reports
 */
export interface UnitTallies {
  /** The standard id. */
  readonly standard: string;
  /** The list year every tally carries, or `null` when not given. */
  readonly year: number | null;
  /** One tally per unit code that had a counted household, in code order. */
  readonly units: { readonly [unitCode: string]: Tally };
  /** How many records were counted. */
  readonly counted: number;
  /** How many records were rejected (all of them, even past `maxRejected`). */
  readonly rejectedCount: number;
  /** The rejected records, at most `maxRejected` of them, in input order. */
  readonly rejected: readonly RejectedRecord[];
}

/**
 * The level of an administrative unit (cấp hành chính).
 *
 * @remarks
 * Before 1/7/2025: province (tỉnh) → district (huyện) → commune (xã) → village (thôn); since 1/7/2025 (the 2025
 * reform): province → commune → village. `"nation"` is the optional root.
 *
 * @example
 * ```ts
 * const l: UnitLevel = "commune";
 * ```
 * @category Reports
 */
export type UnitLevel = "nation" | "province" | "district" | "commune" | "village";

/**
 * An administrative unit (đơn vị hành chính): its code, name, level and parent.
 *
 * @example
 * ```ts
 * const u: AdminUnit = { code: "C-01", name: "Phường 1", level: "commune", parentCode: "P-01" };
 * ```
 * @category Reports
 */
export interface AdminUnit {
  /** Its code, unique in the hierarchy. */
  readonly code: string;
  /** Its name. */
  readonly name: string;
  /** Its level. */
  readonly level: UnitLevel;
  /** Its parent's code; absent for a root (the nation, or a province when no nation unit is given). */
  readonly parentCode?: string;
}

/**
 * A validated hierarchy of administrative units (cây đơn vị hành chính), built by {@link buildHierarchy}.
 *
 * @example
 * ```ts
 * const h = buildHierarchy([{ code: "P", name: "Tỉnh", level: "province" }, { code: "C", name: "Xã", level: "commune", parentCode: "P" }]);
 * h.roots; //=> ["P"]
 * ```
 * @category Reports
 */
export interface Hierarchy {
  /** The units, each parent before its children. */
  readonly units: readonly AdminUnit[];
  /** The codes of the units without a parent. */
  readonly roots: readonly string[];
  /** Each unit by code. */
  readonly byCode: ReadonlyMap<string, AdminUnit>;
  /** Each unit's children's codes, in input order. */
  readonly children: ReadonlyMap<string, readonly string[]>;
}

/**
 * A unit's tally that a roll-up could not place (tổng hợp của đơn vị không ghép được).
 *
 * @example
 * ```ts
 * const r: RejectedUnit = { unitCode: "V-999", issues: [] };
 * ```
 * @category Reports
 */
export interface RejectedUnit {
  /** The unit code the tally was filed under. */
  readonly unitCode: string;
  /** Why it was not placed. */
  readonly issues: readonly Issue[];
}

/**
 * Tallies rolled up a hierarchy (tổng hợp theo cấp): every unit's tally includes its descendants'.
 *
 * @example
 * ```ts
 * const r: RolledUp = rollUpTallies(h, run.units, { standard: "2021-2025" });
 * r.tallies["P"]?.households.total; //=> 12299
 * ```
 * @category Reports
 */
export interface RolledUp {
  /** The standard id. */
  readonly standard: string;
  /** The list year of every tally, or `null`. */
  readonly year: number | null;
  /** The hierarchy rolled up along. */
  readonly hierarchy: Hierarchy;
  /** One tally per unit of the hierarchy (empty for a unit with no data). */
  readonly tallies: { readonly [unitCode: string]: Tally };
  /** The merged tally of all roots (the whole country, or the whole area given). */
  readonly total: Tally;
  /** Tallies that could not be placed: unknown unit, other standard. */
  readonly rejected: readonly RejectedUnit[];
}

/**
 * A household's status at one review for the movement tables (tình trạng của hộ tại một kỳ rà soát): a class, or
 * `"absent"` when it was not on the unit's list at all (not yet moved in, split off, or gone).
 *
 * @example
 * ```ts
 * const s: MovementStatus = "absent";
 * ```
 * @category Reports
 */
export type MovementStatus = ReportClassKind | "absent";

/**
 * Why a household came onto or went off a unit's list other than by its class (lý do biến động khác).
 *
 * @remarks
 * `moved_in` (chuyển đến) only when the previous status is `"absent"`; `moved_out` (chuyển đi) and `died` (chết,
 * hộ một người) only when the current status is `"absent"`; `split` (tách hộ), `merged` (nhập hộ) and `other`
 * either way.
 *
 * @example
 * ```ts
 * const r: MovementReason = "split";
 * ```
 * @category Reports
 */
export type MovementReason = "moved_in" | "moved_out" | "split" | "died" | "merged" | "other";

/**
 * One household's change between two reviews (biến động của hộ giữa hai kỳ rà soát).
 *
 * @remarks
 * A household counts in the poor movement (table 2) when either status is poor, and in the near-poor movement
 * (table 3) when either is near-poor. Persons that leave or join a household that stays in its class count as
 * other decreases (column 4) or other increases (column 8); a household that changes class carries its previous
 * number of persons across, and any difference counts as "other" in its current class.
 *
 * @example
 * ```ts
 * const m: MovementRecord = { unitCode: "V-001", previous: "poor", current: "near_poor", previousPersons: 4, currentPersons: 4 };
 * ```
 * @category Reports
 */
export interface MovementRecord {
  /** The unit whose lists it was on. */
  readonly unitCode: string;
  /** Its status at the start of the period (the previous review). */
  readonly previous: MovementStatus;
  /** Its status at the end of the period (this review). */
  readonly current: MovementStatus;
  /** Its members at the start; required unless `previous` is `"absent"`. */
  readonly previousPersons?: number;
  /** Its members at the end; required unless `current` is `"absent"`. */
  readonly currentPersons?: number;
  /** Why it came or went; required when either status is `"absent"`. */
  readonly reason?: MovementReason;
  /**
   * It had been on the list it now joins (poor, or near-poor) in an earlier review before it left it: it fell back
   * (tái nghèo, tái cận nghèo) rather than being newly listed (phát sinh mới). Only for a household that was
   * `"not_poor"` at the start.
   */
  readonly fellBack?: boolean;
}

/**
 * The nine columns of a movement table (chín cột của biểu diễn biến), as counts.
 *
 * @remarks
 * Poor (table 2): 1 start; 2 became near-poor; 3 rose above the near-poor line; 4 other decreases; 5 near-poor became
 * poor; 6 fell back into poverty; 7 newly poor; 8 other increases; 9 end. Near-poor (table 3): 1 start; 2 rose
 * above the line; 3 became poor; 4 other decreases; 5 poor became near-poor; 6 fell back; 7 newly near-poor; 8 other
 * increases; 9 end. Identity: 9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8 (shared/spec/reports.md).
 *
 * @example
 * ```ts
 * const c: MovementColumns = [285, 30, 20, 3, 5, 2, 3, 0, 242];
 * ```
 * @category Reports
 */
export type MovementColumns = [number, number, number, number, number, number, number, number, number];

/**
 * The movement counts of one area (số liệu diễn biến hộ nghèo, hộ cận nghèo): poor and near-poor, households and
 * persons.
 *
 * @remarks
 * Plain JSON; merges by adding columns ({@link mergeMovements}), so it rolls up the hierarchy like a tally.
 *
 * @example
 * ```ts
 * emptyMovement().poor.households; //=> [0, 0, 0, 0, 0, 0, 0, 0, 0]
 * ```
 * @category Reports
 */
export interface MovementTally {
  /** The format, for stored movements. */
  readonly format: "vn-poverty/movement@1";
  /** Movement of poor households (table 2). */
  readonly poor: { readonly households: MovementColumns; readonly persons: MovementColumns };
  /** Movement of near-poor households (table 3). */
  readonly nearPoor: { readonly households: MovementColumns; readonly persons: MovementColumns };
}

/**
 * A rate as a report shows it (tỷ lệ): a percentage with two decimals as a string, or no rate when the total is 0.
 *
 * @remarks
 * rate = count ÷ total × 100, rounded half-up to 2 decimals (decimal.js). With a total of 0 there is no rate
 * (`value: null, reason: "zero_total"`), which the renderers print as "-"; it is never shown as "0.00".
 *
 * @example
 * ```ts
 * computeRate(242, 12299); //=> { value: "1.97" }
 * computeRate(0, 0); //=> { value: null, reason: "zero_total" }
 * ```
 * @category Reports
 */
export type Rate = { readonly value: string } | { readonly value: null; readonly reason: "zero_total" };

/**
 * A cell of a report table (ô của biểu báo cáo).
 *
 * @example
 * ```ts
 * const cells: ReportCell[] = [{ kind: "text", value: "Phường 1" }, { kind: "count", value: 242 }, { kind: "rate", rate: { value: "1.97" } }];
 * ```
 * @category Reports
 */
export type ReportCell =
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "count"; readonly value: number }
  | { readonly kind: "rate"; readonly rate: Rate }
  | { readonly kind: "change"; readonly value: string | null };

/**
 * A column of a report table (cột của biểu báo cáo): its key, headers in both languages and the kind of its cells.
 *
 * @example
 * ```ts
 * const c: ReportColumn = { key: "poor", header: { vi: "Số hộ nghèo", en: "Poor households" }, kind: "count" };
 * ```
 * @category Reports
 */
export interface ReportColumn {
  /** Stable key (an indicator key for deprivation columns). */
  readonly key: string;
  /** The header, in Vietnamese and English. */
  readonly header: LocalizedText;
  /** What its cells hold. */
  readonly kind: ReportCell["kind"];
}

/**
 * A row of a report table (dòng của biểu báo cáo): the unit it is about and one cell per column.
 *
 * @example
 * ```ts
 * const r: ReportRow = { unitCode: "C-01", cells: [{ kind: "text", value: "Phường 1" }] };
 * ```
 * @category Reports
 */
export interface ReportRow {
  /** The unit's code (the total row carries the parent's code). */
  readonly unitCode: string;
  /** One cell per column, in column order. */
  readonly cells: readonly ReportCell[];
}

/**
 * The ids of the report tables (các biểu báo cáo).
 *
 * @remarks
 * 1 summary; 2 poor movement; 3 near-poor movement; 4–7 deprivation counts and rates of poor and near-poor
 * households; 8–13 breakdowns by group, support, ethnicity, cause, children's deprivations and (2016–2020) basis of
 * poverty; plus the year-on-year comparison, and the reform impact of moving between standards (per unit, and its
 * transition matrix).
 *
 * @example
 * ```ts
 * const id: ReportTableId = "summary";
 * ```
 * @category Reports
 */
export type ReportTableId =
  | "summary"
  | "poor_movement"
  | "near_poor_movement"
  | "deprivation_counts"
  | "deprivation_rates"
  | "target_groups"
  | "support_received"
  | "ethnicity"
  | "causes_of_poverty"
  | "child_deprivations"
  | "poor_by_basis"
  | "year_on_year"
  | "reform_impact"
  | "reform_matrix";

/**
 * A report table as typed data (biểu báo cáo): title, columns, rows and total, with its legal status.
 *
 * @remarks
 * The official forms are Mẫu 7.1–7.10 of Circular 07/2021/TT-BLĐTBXH Phụ lục VII (7.8–7.10 replaced by Circular
 * 02/2022/TT-BLĐTBXH); their exact columns were NOT FOUND. The layouts are observed local practice, so every table
 * has `status: "uncertain"`. Render with {@link renderCsv} or {@link renderText}.
 *
 * @example
 * ```ts
 * const t = summaryTable(rows);
 * t.status; //=> "uncertain"
 * ```
 * @category Reports
 */
export interface ReportTable {
  /** Which table. */
  readonly id: ReportTableId;
  /** Its title. */
  readonly title: LocalizedText;
  /** The standard id the counts were classified under. */
  readonly standard: string;
  /** The segment it is about, for per-segment tables (deprivations, breakdowns). */
  readonly segment?: SegmentKey;
  /** The columns, in order (indicator columns in the standard's order). */
  readonly columns: readonly ReportColumn[];
  /** One row per unit. */
  readonly rows: readonly ReportRow[];
  /** The total row (the parent unit's own rolled-up counts), when given. */
  readonly total?: ReportRow;
  /** Always `"uncertain"`: the official columns were NOT FOUND. */
  readonly status: "uncertain";
  /** The forms the table stands for. */
  readonly citations: readonly Citation[];
  /** Notes, e.g. how rates are rounded and what "-" means. */
  readonly notes: readonly LocalizedText[];
}

/**
 * A unit's row source for the tables (dữ liệu một dòng): its code, name and tally.
 *
 * @example
 * ```ts
 * const r: UnitTally = { code: "C-01", name: "Phường 1", tally: emptyTally("2021-2025") };
 * ```
 * @category Reports
 */
export interface UnitTally {
  /** Unit code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** Its tally. */
  readonly tally: Tally;
}
