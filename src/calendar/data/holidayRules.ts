import type { Citation, Certainty, LegalValue, LocalizedText } from "../../types.js";
import { deepFreeze } from "../../_lib/freeze.js";

const LABOUR_CODE_2012 = "Bộ luật Lao động 2012 (10/2012/QH13)";
const LABOUR_CODE_2019 = "Bộ luật Lao động 2019 (45/2019/QH14)";
const DECREE_45_2013 = "Nghị định 45/2013/NĐ-CP";
const CIVIL_CODE = "Bộ luật Dân sự 2015 (91/2015/QH13)";

/**
 * The public holidays of Vietnam, by key (ngày nghỉ lễ, tết): `new_year` (Tết Dương lịch), `tet` (Tết Âm lịch),
 * `hung_kings` (Giỗ Tổ Hùng Vương), `reunification` (Ngày Chiến thắng, 30/4), `labour_day` (Quốc tế lao động,
 * 1/5), `national_day` (Quốc khánh, 2/9, with one adjacent day from 2021).
 *
 * @example
 * ```ts
 * const k: HolidayKey = "tet";
 * ```
 * @category Calendar
 */
export type HolidayKey = "new_year" | "tet" | "hung_kings" | "reunification" | "labour_day" | "national_day";

/**
 * The holiday keys in the order of the law's points (a–e) (danh sách ngày nghỉ lễ, tết).
 *
 * @example
 * ```ts
 * HOLIDAY_KEYS.length; //=> 6
 * ```
 * @category Calendar
 */
export const HOLIDAY_KEYS: readonly HolidayKey[] = deepFreeze(["new_year", "tet", "hung_kings", "reunification", "labour_day", "national_day"]);

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
  readonly dateStatus: Certainty;
  /** Why the days chosen are what they are, when the law leaves a choice (the evidence for the default). */
  readonly dateCitation?: Citation;
}

/**
 * The public-holiday rules of one Labour Code (bộ quy định ngày nghỉ lễ, tết theo Bộ luật Lao động), with the
 * dates it is in force.
 *
 * @example
 * ```ts
 * HOLIDAY_RULE_SETS[0]?.effectiveTo; //=> "2020-12-31"
 * ```
 * @category Calendar
 */
export interface HolidayRuleSet {
  /** `labour_code_2012` or `labour_code_2019`. */
  readonly id: "labour_code_2012" | "labour_code_2019";
  /** The code's name and number. */
  readonly instrument: string;
  /** First day in force (ISO, inclusive). */
  readonly effectiveFrom: string;
  /** Last day in force (ISO, inclusive); `null` while in force. */
  readonly effectiveTo: string | null;
  /** Its holidays. */
  readonly rules: HolidayRuleTable;
  /** Its compensatory-day rule (nghỉ bù). */
  readonly compensatory: LegalValue<boolean>;
}

const cite = (instrument: string, article: string, point?: string, note?: string): Citation => ({
  instrument,
  article,
  clause: "1",
  ...(point ? { point } : {}),
  ...(note ? { note } : {}),
});

// Tết's default days: the evidence from the announced schedules (docs/calendar.md, table "Tết 2016–2026").
const TET_DEFAULT_NOTE =
  "library default, not law: the two last days of the old lunar year + the 1st–3rd of the new one, weekend days compensated forward; " +
  "reproduces the weekdays off announced for civil servants in all 11 years 2016–2026, where 'last day + 1st–4th' matches 4 (2016, 2019, 2022, 2026)";
const TET_RULE: LocalizedText = {
  vi: "Mặc định của thư viện: 02 ngày cuối năm âm lịch cũ và mùng 1 đến mùng 3 tháng Giêng (lịch chính thức hằng năm do Chính phủ công bố).",
  en: "Library default: the two last days of the old lunar year and the 1st–3rd days of the first lunar month (the official days are announced each year).",
};
const HUNG_KINGS_NOTE = "library choice, no legal source found: in a year with a leap 3rd lunar month the holiday is taken in the regular (first) 3rd month";

/**
 * The holidays of one Labour Code, by key (bảng ngày nghỉ lễ, tết của một Bộ luật Lao động).
 *
 * @example
 * ```ts
 * const t: HolidayRuleTable = PUBLIC_HOLIDAY_RULES;
 * t.labour_day.date; //=> { kind: "solar", month: 5, day: 1 }
 * ```
 * @category Calendar
 */
export type HolidayRuleTable = { readonly [K in HolidayKey]: PublicHolidayRule & { readonly key: K } };

function rulesOf(instrument: string, article: string, nationalDay: "one_day" | "two_days", tetNote: string): HolidayRuleTable {
  return {
    new_year: {
      key: "new_year",
      name: { vi: "Tết Dương lịch", en: "New Year's Day" },
      days: { value: 1, citation: cite(instrument, article, "a"), status: "confirmed" },
      rule: { vi: "Ngày 01 tháng 01 dương lịch.", en: "1 January." },
      date: { kind: "solar", month: 1, day: 1 },
      dateStatus: "confirmed",
    },
    tet: {
      key: "tet",
      name: { vi: "Tết Âm lịch", en: "Lunar New Year (Tết)" },
      days: { value: 5, citation: cite(instrument, article, "b", tetNote), status: "confirmed" },
      rule: TET_RULE,
      date: { kind: "lunar_new_year", startsDaysBefore: 2 },
      dateStatus: "uncertain",
      dateCitation: cite(instrument, article, "b", TET_DEFAULT_NOTE),
    },
    hung_kings: {
      key: "hung_kings",
      name: { vi: "Giỗ Tổ Hùng Vương", en: "Hùng Kings' Commemoration" },
      days: { value: 1, citation: cite(instrument, article, "e"), status: "confirmed" },
      rule: { vi: "Ngày 10 tháng 3 âm lịch (tháng 3 thường khi năm có tháng 3 nhuận: lựa chọn của thư viện).", en: "10th day of the 3rd lunar month (the regular month when the year has a leap 3rd month: a library choice)." },
      date: { kind: "lunar", month: 3, day: 10 },
      dateStatus: "uncertain",
      dateCitation: cite(instrument, article, "e", HUNG_KINGS_NOTE),
    },
    reunification: {
      key: "reunification",
      name: { vi: "Ngày Chiến thắng", en: "Reunification Day" },
      days: { value: 1, citation: cite(instrument, article, "c"), status: "confirmed" },
      rule: { vi: "Ngày 30 tháng 4 dương lịch.", en: "30 April." },
      date: { kind: "solar", month: 4, day: 30 },
      dateStatus: "confirmed",
    },
    labour_day: {
      key: "labour_day",
      name: { vi: "Ngày Quốc tế lao động", en: "International Labour Day" },
      days: { value: 1, citation: cite(instrument, article, "d"), status: "confirmed" },
      rule: { vi: "Ngày 01 tháng 5 dương lịch.", en: "1 May." },
      date: { kind: "solar", month: 5, day: 1 },
      dateStatus: "confirmed",
    },
    national_day:
      nationalDay === "one_day"
        ? {
            key: "national_day",
            name: { vi: "Quốc khánh", en: "National Day" },
            days: { value: 1, citation: cite(instrument, article, "đ"), status: "confirmed" },
            rule: { vi: "Ngày 02 tháng 9 dương lịch.", en: "2 September." },
            date: { kind: "solar", month: 9, day: 2 },
            dateStatus: "confirmed",
          }
        : {
            key: "national_day",
            name: { vi: "Quốc khánh", en: "National Day" },
            days: { value: 2, citation: cite(instrument, article, "đ", "Art. 112 cl. 3: the Prime Minister fixes the adjacent day each year"), status: "confirmed" },
            rule: {
              vi: "Ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau (mặc định theo bảng NATIONAL_DAY_ADJACENT_DEFAULT).",
              en: "2 September and one adjacent day before or after (default from NATIONAL_DAY_ADJACENT_DEFAULT).",
            },
            date: { kind: "solar_with_adjacent", month: 9, day: 2 },
            dateStatus: "uncertain",
          },
  };
}

const RULES_2012 = rulesOf(LABOUR_CODE_2012, "115", "one_day", `with ${DECREE_45_2013} Art. 8: the employer chooses 1 day before the lunar new year and 4 after, or 2 before and 3 after`);
const RULES_2019 = rulesOf(LABOUR_CODE_2019, "112", "two_days", "Art. 112 cl. 3: the Prime Minister fixes the exact days each year");

const COMPENSATORY_2012: LegalValue<boolean> = {
  value: true,
  citation: {
    instrument: LABOUR_CODE_2012,
    article: "115",
    clause: "3",
    note: "'nghỉ bù vào ngày kế tiếp' (quoted by secondary sources); weekly rest taken as Saturday and Sunday (state offices)",
  },
  status: "uncertain",
};

const COMPENSATORY_2019: LegalValue<boolean> = {
  value: true,
  citation: {
    instrument: LABOUR_CODE_2019,
    article: "111",
    clause: "3",
    note: "'nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp'; weekly rest taken as Saturday and Sunday (state offices), a practice assumption",
  },
  status: "uncertain",
};

/**
 * The public-holiday rules of each Labour Code, dated (các quy định về ngày nghỉ lễ, tết theo thời gian hiệu lực).
 *
 * @remarks
 * - Labour Code 2012 (10/2012/QH13), in force 01/05/2013–31/12/2020, Art. 115 cl. 1: ten days — 1/1; Tết, 5 days
 *   (Decree 45/2013/NĐ-CP Art. 8: one day before the lunar new year and four after, or two and three); 30/4; 1/5;
 *   **National Day, one day (2/9)**; Hùng Kings' day (10/3 lunar). Compensatory days: Art. 115 cl. 3.
 * - Labour Code 2019 (45/2019/QH14), in force from 01/01/2021, Art. 112 cl. 1: eleven days — the same, with
 *   **National Day two days (2/9 and one adjacent day)**; cl. 3: the Prime Minister fixes Tết's days and National
 *   Day's adjacent day each year. Compensatory days: Art. 111 cl. 3.
 *
 * Each holiday is computed under the code in force on its day (1/1, mùng 1 Tết, 10/3 lunar, 30/4, 1/5, 2/9). The
 * first year whose holidays all fall under an encoded code is 2014 (the Labour Code 1994, in force before
 * 01/05/2013, is not encoded): earlier years need a caller-supplied schedule.
 *
 * @example
 * ```ts
 * HOLIDAY_RULE_SETS.map((s) => [s.id, s.rules.national_day.days.value]);
 * //=> [["labour_code_2012", 1], ["labour_code_2019", 2]]
 * ```
 * @category Calendar
 */
export const HOLIDAY_RULE_SETS: readonly HolidayRuleSet[] = deepFreeze([
  { id: "labour_code_2012", instrument: LABOUR_CODE_2012, effectiveFrom: "2013-05-01", effectiveTo: "2020-12-31", rules: RULES_2012, compensatory: COMPENSATORY_2012 },
  { id: "labour_code_2019", instrument: LABOUR_CODE_2019, effectiveFrom: "2021-01-01", effectiveTo: null, rules: RULES_2019, compensatory: COMPENSATORY_2019 },
] satisfies readonly HolidayRuleSet[]);

/**
 * The public holidays under the Labour Code 2019, Art. 112 cl. 1 (ngày nghỉ lễ, tết), as data with citations —
 * the rules in force today; see {@link HOLIDAY_RULE_SETS} for every code by date.
 *
 * @remarks
 * Labour Code 2019 (45/2019/QH14) Art. 112 cl. 1: a) 1 January, 1 day; b) Lunar New Year, 5 days; c) 30 April,
 * 1 day; d) 1 May, 1 day; đ) 2 September and one adjacent day before or after ("01 ngày liền kề trước hoặc sau"),
 * 2 days; e) the Hùng Kings' commemoration, 10th day of the 3rd lunar month, 1 day. Art. 112 cl. 3: each year the
 * Prime Minister fixes the exact days of Tết (point b) and the adjacent day of National Day (point đ); the
 * announced schedules ({@link OFFICIAL_HOLIDAY_SCHEDULES}) replace the computed days where they exist.
 *
 * Choices where the law leaves the day open (status `uncertain`, they are the library's defaults):
 * - Tết: the two last days of the old lunar year and the 1st–3rd days of the new year, weekend days compensated —
 *   the pattern that reproduces the weekdays off announced in every year 2016–2026 (see `dateCitation`).
 * - National Day's adjacent day: see {@link NATIONAL_DAY_ADJACENT_DEFAULT}.
 * - Hùng Kings' day in a year with a leap 3rd month: the 10th of the regular (first) 3rd month (no legal source).
 *
 * @example
 * ```ts
 * PUBLIC_HOLIDAY_RULES.national_day.days.value; //=> 2
 * PUBLIC_HOLIDAY_RULES.tet.days.citation.point; //=> "b"
 * ```
 * @category Calendar
 */
export const PUBLIC_HOLIDAY_RULES: HolidayRuleTable = deepFreeze(RULES_2019);

/**
 * The default adjacent day of National Day (ngày liền kề Quốc khánh), by the weekday 2 September falls on:
 * `"before"` = 1 September, `"after"` = 3 September. Index 0 = Sunday … 6 = Saturday.
 *
 * @remarks
 * Labour Code 2019 Art. 112 cl. 1 point đ leaves the choice open and cl. 3 lets the Prime Minister fix it each
 * year (under the Labour Code 2012, until 2020, National Day was one day and there is no adjacent day). The
 * library's default takes the adjacent day that is a weekday and joins the holiday to a weekend; when neither does
 * (2 September on a Wednesday) it takes 1 September. This matches the official choices of 2021–2026 (3/9/2021,
 * 1/9/2022, 1/9/2023, 3/9/2024, 1/9/2025, 1/9/2026). Status `uncertain`: a rule of thumb, not law. Override it
 * per calendar (`nationalDayAdjacent: "before" | "after"`) or with the year's official schedule.
 *
 * @example
 * ```ts
 * NATIONAL_DAY_ADJACENT_DEFAULT.value[2]; //=> "before" (2 September on a Tuesday → Monday 1 September)
 * ```
 * @category Calendar
 */
export const NATIONAL_DAY_ADJACENT_DEFAULT = deepFreeze({
  value: ["after", "after", "before", "before", "after", "before", "before"],
  citation: cite(LABOUR_CODE_2019, "112", "đ", "library default: the weekday adjacent day that joins a weekend; Wednesday → 1 September"),
  status: "uncertain",
} as const satisfies LegalValue<readonly ("before" | "after")[]>);

/**
 * The compensatory-day rule (nghỉ bù) in force today: a holiday that falls on Saturday or Sunday gives one day
 * off on the next working day. See {@link HOLIDAY_RULE_SETS} for the rule of each code.
 *
 * @remarks
 * Labour Code 2019 Art. 111 cl. 3 (from 2021; the Labour Code 2012 had it in Art. 115 cl. 3): when the weekly rest
 * day coincides with a holiday, the worker takes it on the next working day. The library applies it with Saturday
 * and Sunday as the weekly rest (the week of state offices): holidays are taken in date order, and each one on a
 * weekend moves to the first following Monday–Friday that is neither a holiday nor already a compensatory day.
 * The value is `true` (the rule applies). Official schedules often move days further; they override it.
 *
 * @example
 * ```ts
 * COMPENSATORY_DAY_RULE.citation.article; //=> "111"
 * ```
 * @category Calendar
 */
export const COMPENSATORY_DAY_RULE: LegalValue<boolean> = deepFreeze(COMPENSATORY_2019);

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
export const DEADLINE_COUNTING_RULE = deepFreeze({
  value: { eventDayCounted: false, lastDayOnRestDayMovesToNextWorkingDay: true },
  citation: { instrument: CIVIL_CODE, article: "147", clause: "3", note: "and Art. 148 cl. 1 and 5; Art. 145 cl. 1" },
  status: "confirmed",
} as const satisfies LegalValue<{ readonly eventDayCounted: boolean; readonly lastDayOnRestDayMovesToNextWorkingDay: boolean }>);
