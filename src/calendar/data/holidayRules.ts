import type { Citation, LegalValue, LocalizedText } from "../../types.js";

const LABOUR_CODE = "Bộ luật Lao động 2019 (45/2019/QH14)";
const CIVIL_CODE = "Bộ luật Dân sự 2015 (91/2015/QH13)";

/**
 * The public holidays of Vietnam, by key (ngày nghỉ lễ, tết): `new_year` (Tết Dương lịch), `tet` (Tết Âm lịch),
 * `hung_kings` (Giỗ Tổ Hùng Vương), `reunification` (Ngày Chiến thắng, 30/4), `labour_day` (Quốc tế lao động,
 * 1/5), `national_day` (Quốc khánh, 2/9 and one adjacent day).
 *
 * @example
 * ```ts
 * const k: HolidayKey = "tet";
 * ```
 * @category Calendar
 */
export type HolidayKey = "new_year" | "tet" | "hung_kings" | "reunification" | "labour_day" | "national_day";

/**
 * One public holiday rule (quy định về ngày nghỉ lễ, tết) as the library computes it, with its legal source.
 *
 * @example
 * ```ts
 * PUBLIC_HOLIDAY_RULES.tet.days.value; //=> 5
 * ```
 * @category Calendar
 */
export interface PublicHolidayRule {
  /** The holiday's key. */
  readonly key: HolidayKey;
  /** Its name. */
  readonly name: LocalizedText;
  /** How many days off it gives, with the article that grants them. */
  readonly days: LegalValue<number>;
  /** Which days the library takes when it computes the holiday (the default an official schedule can override). */
  readonly rule: LocalizedText;
  /**
   * The same rule, machine-readable: a solar date; a solar date and one adjacent day; a lunar date; or the days
   * around the lunar new year, starting `startsDaysBefore` days before the 1st day of the 1st lunar month.
   */
  readonly date:
    | { readonly kind: "solar"; readonly month: number; readonly day: number }
    | { readonly kind: "solar_with_adjacent"; readonly month: number; readonly day: number }
    | { readonly kind: "lunar"; readonly month: number; readonly day: number }
    | { readonly kind: "lunar_new_year"; readonly startsDaysBefore: number };
  /** Certainty of the days chosen (the law's date itself, or the library's default where the law leaves a choice). */
  readonly dateStatus: LegalValue<unknown>["status"];
}

const art112 = (point: string, note?: string): Citation => ({ instrument: LABOUR_CODE, article: "112", clause: "1", point, ...(note ? { note } : {}) });

/**
 * The public holidays under the Labour Code 2019, Art. 112 cl. 1 (ngày nghỉ lễ, tết), as data with citations.
 *
 * @remarks
 * Labour Code 2019 (45/2019/QH14) Art. 112 cl. 1: a) 1 January, 1 day; b) Lunar New Year, 5 days; c) 30 April,
 * 1 day; d) 1 May, 1 day; đ) 2 September and one adjacent day before or after ("01 ngày liền kề trước hoặc sau"),
 * 2 days; e) the Hùng Kings' commemoration, 10th day of the 3rd lunar month, 1 day. Art. 112 cl. 3: each year the
 * Prime Minister fixes the exact days of Tết (point b) and the adjacent day of National Day (point đ); so the
 * computed days are a default, and {@link createWorkingCalendar} takes the year's official schedule to override
 * them.
 *
 * Choices where the law leaves the day open (status `uncertain`, they are the library's defaults):
 * - Tết: the last day of the old lunar year (29th or 30th of the 12th month) and the 1st–4th days of the new
 *   year — the most common official practice.
 * - National Day's adjacent day: see {@link NATIONAL_DAY_ADJACENT_DEFAULT}.
 * - Hùng Kings' day in a year with a leap 3rd month: the 10th of the regular (first) 3rd month.
 *
 * @example
 * ```ts
 * PUBLIC_HOLIDAY_RULES.national_day.days.value; //=> 2
 * PUBLIC_HOLIDAY_RULES.tet.days.citation.point; //=> "b"
 * ```
 * @category Calendar
 */
export const PUBLIC_HOLIDAY_RULES = {
  new_year: {
    key: "new_year",
    name: { vi: "Tết Dương lịch", en: "New Year's Day" },
    days: { value: 1, citation: art112("a"), status: "confirmed" },
    rule: { vi: "Ngày 01 tháng 01 dương lịch.", en: "1 January." },
    date: { kind: "solar", month: 1, day: 1 },
    dateStatus: "confirmed",
  },
  tet: {
    key: "tet",
    name: { vi: "Tết Âm lịch", en: "Lunar New Year (Tết)" },
    days: { value: 5, citation: art112("b", "Art. 112 cl. 3: the Prime Minister fixes the exact days each year"), status: "confirmed" },
    rule: {
      vi: "Mặc định: ngày cuối cùng của năm âm lịch cũ và mùng 1 đến mùng 4 tháng Giêng (lịch chính thức hằng năm do Thủ tướng quyết định).",
      en: "Default: the last day of the old lunar year and the 1st–4th days of the first lunar month (the official days are fixed each year by the Prime Minister).",
    },
    date: { kind: "lunar_new_year", startsDaysBefore: 1 },
    dateStatus: "uncertain",
  },
  hung_kings: {
    key: "hung_kings",
    name: { vi: "Giỗ Tổ Hùng Vương", en: "Hùng Kings' Commemoration" },
    days: { value: 1, citation: art112("e"), status: "confirmed" },
    rule: { vi: "Ngày 10 tháng 3 âm lịch (tháng 3 thường khi có tháng 3 nhuận).", en: "10th day of the 3rd lunar month (the regular month when a leap 3rd month follows)." },
    date: { kind: "lunar", month: 3, day: 10 },
    dateStatus: "confirmed",
  },
  reunification: {
    key: "reunification",
    name: { vi: "Ngày Chiến thắng", en: "Reunification Day" },
    days: { value: 1, citation: art112("c"), status: "confirmed" },
    rule: { vi: "Ngày 30 tháng 4 dương lịch.", en: "30 April." },
    date: { kind: "solar", month: 4, day: 30 },
    dateStatus: "confirmed",
  },
  labour_day: {
    key: "labour_day",
    name: { vi: "Ngày Quốc tế lao động", en: "International Labour Day" },
    days: { value: 1, citation: art112("d"), status: "confirmed" },
    rule: { vi: "Ngày 01 tháng 5 dương lịch.", en: "1 May." },
    date: { kind: "solar", month: 5, day: 1 },
    dateStatus: "confirmed",
  },
  national_day: {
    key: "national_day",
    name: { vi: "Quốc khánh", en: "National Day" },
    days: { value: 2, citation: art112("đ", "Art. 112 cl. 3: the Prime Minister fixes the adjacent day each year"), status: "confirmed" },
    rule: {
      vi: "Ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau (mặc định theo bảng NATIONAL_DAY_ADJACENT_DEFAULT).",
      en: "2 September and one adjacent day before or after (default from NATIONAL_DAY_ADJACENT_DEFAULT).",
    },
    date: { kind: "solar_with_adjacent", month: 9, day: 2 },
    dateStatus: "uncertain",
  },
} as const satisfies { readonly [K in HolidayKey]: PublicHolidayRule & { readonly key: K } };

/**
 * The default adjacent day of National Day (ngày liền kề Quốc khánh), by the weekday 2 September falls on:
 * `"before"` = 1 September, `"after"` = 3 September. Index 0 = Sunday … 6 = Saturday.
 *
 * @remarks
 * Labour Code 2019 Art. 112 cl. 1 point đ leaves the choice open and cl. 3 lets the Prime Minister fix it each
 * year. The library's default takes the adjacent day that is a weekday and joins the holiday to a weekend; when
 * neither does (2 September on a Wednesday) it takes 1 September. This matches the official choices of
 * 2021–2025 (3/9/2021, 1/9/2022, 1/9/2023, 3/9/2024, 1/9/2025). Status `uncertain`: a rule of thumb, not law.
 * Override it per calendar (`nationalDayAdjacent: "before" | "after"`) or with the year's official schedule.
 *
 * @example
 * ```ts
 * NATIONAL_DAY_ADJACENT_DEFAULT.value[2]; //=> "before" (2 September on a Tuesday → Monday 1 September)
 * ```
 * @category Calendar
 */
export const NATIONAL_DAY_ADJACENT_DEFAULT = {
  value: ["after", "after", "before", "before", "after", "before", "before"],
  citation: art112("đ", "library default: the weekday adjacent day that joins a weekend; Wednesday → 1 September"),
  status: "uncertain",
} as const satisfies LegalValue<readonly ("before" | "after")[]>;

/**
 * The compensatory-day rule (nghỉ bù): a holiday that falls on Saturday or Sunday gives one day off on the next
 * working day.
 *
 * @remarks
 * Labour Code 2019 Art. 111 cl. 3: when the weekly rest day coincides with a holiday of Art. 112 cl. 1, the worker
 * takes it on the next working day ("được nghỉ bù … vào ngày làm việc kế tiếp"). The library applies it with
 * Saturday and Sunday as the weekly rest (the week of state offices): holidays are taken in date order, and each
 * one on a weekend moves to the first following Monday–Friday that is neither a holiday nor already a
 * compensatory day. The value is `true` (the rule applies). Official schedules often move days further; supply
 * them to override.
 *
 * @example
 * ```ts
 * COMPENSATORY_DAY_RULE.citation.article; //=> "111"
 * ```
 * @category Calendar
 */
export const COMPENSATORY_DAY_RULE = {
  value: true,
  citation: {
    instrument: LABOUR_CODE,
    article: "111",
    clause: "3",
    note: "weekly rest taken as Saturday and Sunday (state offices); article not re-read in a source during encoding, the rule matches the official schedules of 2023",
  },
  status: "uncertain",
} as const satisfies LegalValue<boolean>;

/**
 * How a period counted in days is placed on the calendar (cách tính thời hạn): the day of the event is not
 * counted; the period ends at the end of its last day; when that last day is a weekend day or a holiday, it ends
 * at the end of the next working day.
 *
 * @remarks
 * Civil Code 2015 (91/2015/QH13) Art. 147 cl. 3 (a period started by an event starts on the next day), Art. 148
 * cl. 1 (a period in days ends at the end of its last day) and cl. 5 (a last day that is a weekend or holiday
 * moves to the next working day); Art. 145 cl. 1 makes these the rule unless another law says otherwise, and the
 * poverty-review texts do not. The library applies them to every procedure period: day 1 of a posting period is
 * the first working day **after** the posting day.
 *
 * @example
 * ```ts
 * DEADLINE_COUNTING_RULE.citation.article; //=> "147"
 * ```
 * @category Calendar
 */
export const DEADLINE_COUNTING_RULE = {
  value: { eventDayCounted: false, lastDayOnRestDayMovesToNextWorkingDay: true },
  citation: { instrument: CIVIL_CODE, article: "147", clause: "3", note: "and Art. 148 cl. 1 and 5; Art. 145 cl. 1" },
  status: "confirmed",
} as const satisfies LegalValue<{ readonly eventDayCounted: boolean; readonly lastDayOnRestDayMovesToNextWorkingDay: boolean }>;
