import type { Area, Certainty, Citation, LegalValue, LocalizedText } from "../types.js";

export type { Area };

/**
 * The name of the class rule a standard uses (tên quy tắc phân loại), as OpenFisca names a formula by period.
 *
 * @remarks
 * - `"two_lines"` (2016–2020, Decision 59/2015/QĐ-TTg): income at or below the poverty line → poor by income;
 *   income at or below the near-poverty line → poor by deprivation when enough indicators are deprived, otherwise
 *   near-poor; above → neither. On the forms: two B1 cut-offs.
 * - `"line_and_deprivations"` (2021–2025, Decree 07/2021/NĐ-CP Art. 3; 2027–2030, Decree 351/2025/NĐ-CP): income
 *   at or below the one income line **and** enough deprivations → poor; at or below with fewer → near-poor; above
 *   → neither, whatever the deprivations. On the forms: one B1 cut-off, then B2.
 *
 * The engine switches on this name exhaustively; it never infers the rule from which lines are present.
 *
 * @example
 * ```ts
 * getStandard("2016-2020").classRule.value; //=> "two_lines"
 * ```
 * @category Standards
 */
export type ClassRuleName = "two_lines" | "line_and_deprivations";

/**
 * The ids of the national poverty standards this version ships (chuẩn nghèo quốc gia).
 *
 * @example
 * ```ts
 * const id: NationalStandardId = "2021-2025";
 * ```
 * @category Standards
 */
export type NationalStandardId = "2016-2020" | "2021-2025" | "2027-2030";

/**
 * A legal instrument a standard rests on (văn bản quy phạm pháp luật).
 *
 * @example
 * ```ts
 * const i: Instrument = { id: "Nghị định 07/2021/NĐ-CP", kind: "decree", title: { vi: "…", en: "…" }, signed: "2021-01-27", inForce: "2021-03-15" };
 * ```
 * @category Standards
 */
export interface Instrument {
  /** Its official number, as cited. */
  readonly id: string;
  /** Its kind: decree (nghị định), decision (quyết định), circular (thông tư), law (luật), consolidated text (văn bản hợp nhất), or a local document. */
  readonly kind: "decree" | "decision" | "circular" | "law" | "consolidated" | "local";
  /** Its title. */
  readonly title: LocalizedText;
  /** Date signed (ISO), when known. */
  readonly signed?: string;
  /** Date in force (ISO), when known. */
  readonly inForce?: string;
  /**
   * How sure the project is of `inForce` when it is less sure than of the instrument itself (e.g. Decree
   * 351/2025/NĐ-CP: its Art. 5 was read only in fragments). Absent: as sure as the instrument.
   */
  readonly inForceStatus?: Certainty;
  /** The instruments it amends, by id. */
  readonly amends?: readonly string[];
}

/**
 * The income lines for one area (chuẩn thu nhập theo khu vực), in whole đồng per person per month.
 *
 * @remarks
 * The class rule is generic over these two lines:
 * - income ≤ `poorByIncomeLine` → poor by income alone (only 2016–2020, "chuẩn nghèo");
 * - income ≤ `incomeLine` → poor when deprivations reach the threshold, near-poor otherwise
 *   (2016–2020 "chuẩn cận nghèo"; from 2021 the single income line);
 * - income > `incomeLine` → neither.
 *
 * @example
 * ```ts
 * getStandard("2021-2025").incomeLines.rural.incomeLine.value; //=> 1500000
 * ```
 * @category Standards
 */
export interface AreaIncomeLines {
  /** At or below this, income alone makes a household poor. Absent from 2021 on. */
  readonly poorByIncomeLine?: LegalValue<number>;
  /** At or below this, the household is poor or near-poor and deprivations decide which. */
  readonly incomeLine: LegalValue<number>;
  /**
   * The period the lines are stated for: per person per month (the national standards) or per person per year
   * (some local standards). Comparisons convert the household's income exactly, never by dividing.
   * Defaults to `"month"`.
   */
  readonly period?: "month" | "year";
  /**
   * When the near-poor rule in this area is less certain than the line itself (2027–2030 urban: the source was cut
   * off): its source and certainty. A near-poor decision in this area carries that certainty.
   */
  readonly nearPoorRule?: { readonly citation: Citation; readonly status: LegalValue<unknown>["status"] };
}

/**
 * A deprivation indicator of a standard (chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản).
 *
 * @example
 * ```ts
 * getStandard("2021-2025").indicators[0]?.key; //=> "employment"
 * ```
 * @category Standards
 */
export interface Indicator {
  /** Stable key, e.g. `"healthInsurance"`. */
  readonly key: string;
  /** 1-based position in the standard's order (also the column order of the deprivation report tables). */
  readonly order: number;
  /** The basic social service (dịch vụ xã hội cơ bản) it measures. */
  readonly service: { readonly key: string; readonly name: LocalizedText };
  /** Its name in the law. */
  readonly name: LocalizedText;
  /** When a household counts as deprived in it, as far as sourced. Absent when NOT FOUND. */
  readonly definition?: LocalizedText;
  /** Source of the name (and definition). */
  readonly citation: Citation;
  /** Certainty of the name and definition together. */
  readonly status: LegalValue<unknown>["status"];
  /**
   * The numbers the definition is stated with (e.g. the minimum age for the health-insurance indicator, the floor
   * area per person), each with the definition's citation and certainty, so that helpers deriving the indicator
   * from member data read them here instead of repeating them. Absent when the definition has none or was not found.
   */
  readonly parameters?: { readonly [name: string]: LegalValue<number> };
}

/**
 * The B1 income-score cut-offs for one area (điểm cắt B1): the scores the law equates with the income lines.
 *
 * @example
 * ```ts
 * getStandard("2021-2025").scoring.b1?.urban.cutoff.value; //=> 175
 * ```
 * @category Standards
 */
export interface AreaB1Cutoffs {
  /** B1 at or below this: poor by income alone (2016–2020 only; ≡ the poverty line). */
  readonly poorByIncome?: LegalValue<number>;
  /** B1 at or below this: poor or near-poor, B2 decides (≡ the income line). */
  readonly cutoff: LegalValue<number>;
}

/**
 * The scoring rules of the review forms under a standard (quy tắc chấm điểm Phiếu A, B1, B2).
 *
 * @example
 * ```ts
 * getStandard("2021-2025").scoring.b2?.pointsPerIndicator.value; //=> 10
 * ```
 * @category Standards
 */
export interface FormScoring {
  /** Phiếu A: how many criteria the form has (absent when NOT FOUND) and the count at which screening stops. */
  readonly formA?: {
    readonly criteriaCount?: LegalValue<number>;
    /** E ≥ this → stop: the household is not scored on Phiếu B. */
    readonly stopAtOrAbove: LegalValue<number>;
  };
  /**
   * B1 cut-offs by area; absent when NOT FOUND (2027–2030). An area may be absent on its own in a local standard
   * whose province supplied cut-offs for one area only.
   */
  readonly b1?: { readonly rural?: AreaB1Cutoffs; readonly urban?: AreaB1Cutoffs };
  /** B2 (deprivation score); absent when NOT FOUND (2027–2030). */
  readonly b2?: {
    /** Points per deprived indicator. */
    readonly pointsPerIndicator: LegalValue<number>;
    /** B2 at or above this (within the income band) → poor; below → near-poor. */
    readonly poorAtOrAbove: LegalValue<number>;
  };
}

/**
 * A number of working days (ngày làm việc) or calendar days a procedure step takes, with its source.
 *
 * @example
 * ```ts
 * const d: DayCount = { days: 3, unit: "working" };
 * ```
 * @category Standards
 */
export interface DayCount {
  /** How many days. */
  readonly days: number;
  /** Working days (Monday–Friday less public holidays) or calendar days. */
  readonly unit: "working" | "calendar";
}

/**
 * A day of the year as `MM-DD` (ngày trong năm), for yearly windows and deadlines.
 *
 * @example
 * ```ts
 * const d: MonthDay = "12-14";
 * ```
 * @category Standards
 */
export type MonthDay = `${number}-${number}`;

/**
 * A reporting deadline set by law (thời hạn báo cáo).
 *
 * @example
 * ```ts
 * getStandard("2021-2025").procedure?.deadlines[1]?.id; //=> "province_preliminary"
 * ```
 * @category Standards
 */
export interface LegalDeadline {
  /** Stable id, e.g. `"province_official"`. */
  readonly id: string;
  /** Who reports to whom. */
  readonly description: LocalizedText;
  /**
   * When: a fixed day each year (`yearly`, "before" that day: the report must arrive on the day before at the
   * latest), or a day each month for some months (`monthly`).
   */
  readonly when:
    | { readonly kind: "yearly"; readonly before: MonthDay }
    | { readonly kind: "monthly"; readonly day: number; readonly months: readonly number[] };
  /** Source. */
  readonly citation: Citation;
  /** Certainty. */
  readonly status: LegalValue<unknown>["status"];
}

/**
 * The review procedure's legal values under a standard (quy trình rà soát): windows, the meeting rule, posting and
 * complaint durations, and reporting deadlines.
 *
 * @example
 * ```ts
 * getStandard("2021-2025").procedure?.posting.value; //=> { days: 3, unit: "working" }
 * ```
 * @category Standards
 */
export interface ProcedureRules {
  /** The instrument that sets the procedure. */
  readonly instrument: string;
  /**
   * Present when no procedure was found for this standard and another standard's procedure is applied as the
   * practical default (2027–2030: the 2022–2025 procedure of Decision 24/2021/QĐ-TTg): which standard it comes
   * from, why, and its certainty (always `"uncertain"`). Every value below is then marked `"uncertain"` too, and
   * the procedure's explanations say so in a step of their own.
   */
  readonly practicalDefault?: { readonly from: string; readonly citation: Citation; readonly status: "uncertain"; readonly reason: LocalizedText };
  /** The periodic review window each year (rà soát định kỳ), inclusive. */
  readonly periodicWindow: LegalValue<{ readonly from: MonthDay; readonly to: MonthDay }>;
  /** Regular review (rà soát thường xuyên): the day of each month it starts from. */
  readonly regularReviewFromDay?: LegalValue<number>;
  /** The village meeting must reach at least this share of attendees (numerator/denominator); absent when NOT FOUND. */
  readonly meetingAgreementShare?: LegalValue<{ readonly numerator: number; readonly denominator: number }>;
  /** Copies of the meeting minutes. */
  readonly meetingMinutesCopies?: LegalValue<number>;
  /** Public posting of poor/near-poor results. */
  readonly posting: LegalValue<DayCount>;
  /** Re-check (phúc tra) after a complaint, counted from the day the complaint is received. */
  readonly complaintRecheck?: LegalValue<DayCount>;
  /** Posting of the re-check results. */
  readonly recheckPosting?: LegalValue<DayCount>;
  /** Middle-living households: posting, re-check, decision. */
  readonly middleLiving?: {
    readonly posting: LegalValue<DayCount>;
    readonly recheck: LegalValue<DayCount>;
    readonly decision: LegalValue<DayCount>;
  };
  /** Low-income workers: posting. */
  readonly lowIncomeWorkerPosting?: LegalValue<DayCount>;
  /** Reporting deadlines. */
  readonly deadlines: readonly LegalDeadline[];
}

/**
 * A poverty standard (chuẩn nghèo) as dated legal data: its instruments, the years whose lists it governs, the
 * income lines, the deprivation indicators, the class thresholds, the bands for middle-living households and
 * low-income workers, the form scoring and the procedure — every value with its citation and certainty.
 *
 * @remarks
 * Standards are never edited in place: a new decree is a new data object. Values the project could not source
 * are absent, and the functions that would need them refuse with a clear reason.
 *
 * @example
 * ```ts
 * const s = getStandard("2021-2025");
 * s.incomeLines.urban.incomeLine.value; //=> 2000000
 * ```
 * @category Standards
 */
export interface PovertyStandard {
  /** The id, e.g. `"2021-2025"`; a local standard has its own. */
  readonly id: string;
  /** Its title. */
  readonly title: LocalizedText;
  /** `"national"`, or `"local"` for a provincial standard layered on a national one. */
  readonly scope: "national" | "local";
  /** The instruments it rests on, the defining one first. */
  readonly instruments: readonly Instrument[];
  /** First day the standard's instrument is in force (ISO, inclusive). */
  readonly effectiveFrom: string;
  /** Last day its class rules apply (ISO, inclusive), when it has an end. */
  readonly effectiveTo?: string;
  /** The years whose poor/near-poor lists it governs, inclusive. */
  readonly listYears: LegalValue<{ readonly from: number; readonly to: number }>;
  /** The class rule it uses (see {@link ClassRuleName}); the lines below must fit it. */
  readonly classRule: LegalValue<ClassRuleName>;
  /** Income lines by area, per person per month, whole đồng. */
  readonly incomeLines: { readonly rural: AreaIncomeLines; readonly urban: AreaIncomeLines };
  /** Deprived indicators at or above which a household within the income band is poor. */
  readonly poorDeprivationCount: LegalValue<number>;
  /** The indicators, in the standard's order. */
  readonly indicators: readonly Indicator[];
  /**
   * Middle-living households (hộ có mức sống trung bình): income above the area's `incomeLine` and at most this,
   * per person per month. Absent when the standard defines none (or it was not found).
   */
  readonly middleLiving?: { readonly rural: LegalValue<number>; readonly urban: LegalValue<number> };
  /**
   * How income is measured for middle-living households (and, as the project assumes, low-income workers): its
   * description and source. The library's inputs follow it: income over 12 months, state allowances excluded.
   */
  readonly middleLivingIncomeMethod?: LegalValue<LocalizedText>;
  /**
   * Low-income workers (người lao động có thu nhập thấp): a worker in a household that is neither poor nor
   * near-poor, with per-capita income at most this; in force from `effectiveFrom`.
   */
  readonly lowIncomeWorker?: {
    readonly effectiveFrom: string;
    readonly rural: LegalValue<number>;
    readonly urban: LegalValue<number>;
  };
  /** Phiếu A/B scoring. */
  readonly scoring: FormScoring;
  /** The review procedure, when sourced. */
  readonly procedure?: ProcedureRules;
  /**
   * Reviews held in a given year that the law directs to apply a standard other than the one governing the lists
   * they fix (chỉ đạo rà soát theo chuẩn): Decree 351/2025/NĐ-CP Art. 4 cl. 1 point a directs the review held in
   * 2026 to apply the 2022–2025 standard, although the lists it fixes are used in 2027. Carried by the standard
   * whose instrument gives the direction. See `standardForReviewYear`.
   */
  readonly reviewDirectives?: readonly ReviewDirective[];
  /**
   * How this standard's indicators relate to an earlier standard's (kept, changed, removed, added), each with its
   * source and certainty. See `indicatorChanges`.
   */
  readonly indicatorChanges?: IndicatorChanges;
  /**
   * For a local standard: the national standard it is layered on, the authority that set it, and the province's
   * definition it was built from (a `LocalStandardDefinition`, plain JSON).
   */
  readonly layeredOn?: { readonly national: string; readonly authority: string; readonly definition: LocalStandardDefinition };
}

/**
 * Where in the province's own instrument a local value is stated (điều, khoản, điểm của văn bản địa phương), so
 * that each local value is cited to its provision.
 *
 * @example
 * ```ts
 * const p: LocalProvision = { article: "2", clause: "1", point: "a" };
 * ```
 * @category Standards
 */
export interface LocalProvision {
  /** Article (Điều). */
  readonly article?: string;
  /** Clause (Khoản). */
  readonly clause?: string;
  /** Point (Điểm). */
  readonly point?: string;
  /** An appendix or item. */
  readonly item?: string;
}

/**
 * The local lines of one area, as a province decides them (chuẩn thu nhập của địa phương cho một khu vực).
 *
 * @example
 * ```ts
 * const a: LocalAreaLines = { incomeLine: 1_750_000 };
 * const b: LocalAreaLines = { incomeLine: 46_000_000, period: "year", cite: { article: "1" } };
 * ```
 * @category Standards
 */
export interface LocalAreaLines {
  /** The income line, whole đồng per person per `period`. */
  readonly incomeLine: number;
  /** The income-only poverty line, when the national standard has one (2016–2020). */
  readonly poorByIncomeLine?: number;
  /** The period the lines are stated for; `"month"` when omitted. */
  readonly period?: "month" | "year";
  /** Where the province's instrument states these lines. */
  readonly cite?: LocalProvision;
}

/**
 * A province's own B1 cut-offs for one area (điểm cắt B1 của địa phương): the B1 scores it equates with its own
 * income lines, so that Phiếu B can be scored under its standard.
 *
 * @example
 * ```ts
 * const c: LocalB1Cutoffs = { cutoff: 160, cite: { item: "Phụ lục II" } };
 * ```
 * @category Standards
 */
export interface LocalB1Cutoffs {
  /** B1 at or below this: poor or near-poor, B2 decides (≡ the local income line). */
  readonly cutoff: number;
  /** B1 at or below this: poor by income alone (only where the national standard has such a cut-off, 2016–2020). */
  readonly poorByIncome?: number;
  /** Where the province's instrument states them. */
  readonly cite?: LocalProvision;
}

/**
 * A provincial standard to layer on a national one (chuẩn nghèo của địa phương), as a province decides it.
 *
 * @example
 * ```ts
 * const input: LocalStandardInput = {
 *   id: "tinh-x-2025", national: "2021-2025", authority: "UBND tỉnh X",
 *   title: { vi: "Chuẩn nghèo tỉnh X", en: "Province X poverty standard" },
 *   instrument: { id: "Quyết định 1/2025/QĐ-UBND", kind: "local", title: { vi: "…", en: "…" } },
 *   incomeLines: { rural: { incomeLine: 1_750_000 }, urban: { incomeLine: 2_250_000 } },
 * };
 * ```
 * @category Standards
 */
export interface LocalStandardInput {
  /** The local standard's own id; it may not be a national standard's id. */
  readonly id: string;
  /** The national standard it raises: an id or a standard object. */
  readonly national: string | PovertyStandard;
  /** The authority that set it (e.g. "UBND tỉnh …"). */
  readonly authority: string;
  /** Its title. */
  readonly title: { readonly vi: string; readonly en: string };
  /** The local instrument (the province's decision or resolution). */
  readonly instrument: Instrument;
  /** The local lines, per area; an area left out keeps the national lines. Whole đồng per person per `period`. */
  readonly incomeLines: { readonly rural?: LocalAreaLines; readonly urban?: LocalAreaLines };
  /**
   * Deprived indicators at or above which a household within the income band is poor, when the province counts
   * fewer than the national standard (Đồng Nai 2022–2025: 2 instead of 3). Never more than the national count.
   */
  readonly poorDeprivationCount?: { readonly value: number; readonly cite?: LocalProvision };
  /**
   * The province's B1 cut-offs, per area. Without them, Phiếu B is not scored in an area whose income line the
   * province raised (no B1 score is equated with the local line); with them, it is. Never below the national ones.
   */
  readonly b1?: { readonly rural?: LocalB1Cutoffs; readonly urban?: LocalB1Cutoffs };
  /**
   * The province's middle-living ceilings (mức sống trung bình), per person per month, per area. Never below the
   * national ceiling, and above the area's income line.
   */
  readonly middleLiving?: { readonly rural?: { readonly ceiling: number; readonly cite?: LocalProvision }; readonly urban?: { readonly ceiling: number; readonly cite?: LocalProvision } };
  /** Certainty of the local values; `"confirmed"` when omitted. */
  readonly status?: Certainty;
}

/**
 * What a province decided, as carried by the layered standard (`layeredOn.definition`): the
 * {@link LocalStandardInput} with the national standard given by id. The library rebuilds a local standard from it
 * to recognise the standard by its structure (after a JSON round trip, `structuredClone`, or another copy of the
 * library).
 *
 * @example
 * ```ts
 * const d: LocalStandardDefinition = { id: "tinh-x", national: "2021-2025", authority: "UBND tỉnh X", title: { vi: "…", en: "…" }, instrument: { id: "QĐ 1/2025/QĐ-UBND", kind: "local", title: { vi: "…", en: "…" } }, incomeLines: { rural: { incomeLine: 1_750_000 } } };
 * ```
 * @category Standards
 */
export interface LocalStandardDefinition extends Omit<LocalStandardInput, "national"> {
  /** The national standard's id. */
  readonly national: string;
}

/**
 * A legal direction that reviews held in one year apply a given standard (chỉ đạo rà soát năm … theo chuẩn …).
 *
 * @example
 * ```ts
 * getStandard("2027-2030").reviewDirectives?.[0]?.applies; //=> "2021-2025"
 * ```
 * @category Standards
 */
export interface ReviewDirective {
  /** The year the reviews are held in. */
  readonly reviewYear: number;
  /** Which reviews: the periodic one (rà soát định kỳ), the regular ones (rà soát thường xuyên), or both. */
  readonly kinds: readonly ("periodic" | "regular")[];
  /** The id of the standard those reviews apply. */
  readonly applies: string;
  /** The article giving the direction. */
  readonly citation: Citation;
  /** How sure the project is of the direction and of this reading of it. */
  readonly status: Certainty;
  /** The direction in words, as the library reads it. */
  readonly text: LocalizedText;
}

/**
 * How one indicator changed between two standards (thay đổi chỉ số giữa hai chuẩn).
 *
 * @remarks
 * - `kept`: same key in both standards, the same thing measured (its definition may still be uncertain in either);
 * - `changed`: what is measured changed (e.g. telecom → telecom and digital services): an answer given under the
 *   earlier standard does not answer the later one;
 * - `removed`: only in the earlier standard;
 * - `added`: only in the later standard.
 *
 * @example
 * ```ts
 * const c: IndicatorChange = { kind: "removed", from: "informationAccess", note: { vi: "…", en: "…" }, citation: { instrument: "Nghị định 351/2025/NĐ-CP" }, status: "confirmed" };
 * ```
 * @category Standards
 */
export interface IndicatorChange {
  /** What happened to the indicator. */
  readonly kind: "kept" | "changed" | "removed" | "added";
  /** Its key in the earlier standard (absent for `added`). */
  readonly from?: string;
  /** Its key in the later standard (absent for `removed`). */
  readonly to?: string;
  /** What changed, or why it is kept. */
  readonly note: LocalizedText;
  /** Source. */
  readonly citation: Citation;
  /** Certainty. */
  readonly status: Certainty;
}

/**
 * A standard's indicators mapped from an earlier standard's (bảng chuyển đổi chỉ số).
 *
 * @example
 * ```ts
 * getStandard("2027-2030").indicatorChanges?.from; //=> "2021-2025"
 * ```
 * @category Standards
 */
export interface IndicatorChanges {
  /** The earlier standard's id. */
  readonly from: string;
  /** One entry per indicator of either standard: every earlier key appears once as `from`, every later key once as `to`. */
  readonly changes: readonly IndicatorChange[];
}
