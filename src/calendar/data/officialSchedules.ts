import type { Citation, Certainty } from "../../types.js";
import { deepFreeze } from "../../_lib/freeze.js";
import type { HolidayKey } from "./holidayRules.js";
import { formatDay, parseDay } from "../_isoDate.js";

/**
 * One holiday's days off in one year as the Government announced them for civil servants (lịch nghỉ một dịp lễ,
 * tết đã công bố): the statutory days, compensatory days, swapped days and weekend days worked.
 *
 * @remarks
 * The days apply to state offices with Saturday and Sunday as the weekly rest ("cán bộ, công chức, viên chức");
 * other employers follow the Labour Code and their own rules. `holidayDays` are the Labour Code's days as the
 * announcement names them (a statutory day on a weekend is listed and compensated); `compensatoryDays` are the
 * nghỉ bù days; `swappedDays` are weekdays given off in exchange for a weekend day worked (`workingDays`, ngày làm
 * bù). `breakFrom`–`breakTo` is the whole break as announced, weekends included. Dates may fall outside `year`
 * (New Year 2019 swapped Monday 31/12/2018).
 *
 * @example
 * ```ts
 * const h: AnnouncedHoliday | undefined = OFFICIAL_HOLIDAY_SCHEDULES.find((y) => y.year === 2025)?.holidays.find((x) => x.holiday === "reunification");
 * h?.workingDays; //=> ["2025-04-26"]
 * ```
 * @category Calendar
 */
export interface AnnouncedHoliday {
  /** The holiday. */
  readonly holiday: HolidayKey;
  /** The year of the holiday (of its main day). */
  readonly year: number;
  /** The statutory holiday days as announced, ascending (weekend days included). */
  readonly holidayDays: readonly string[];
  /** Compensatory days off (nghỉ bù) for statutory days on a weekend, ascending. */
  readonly compensatoryDays: readonly string[];
  /** Weekdays off in exchange for a weekend day worked (ngày nghỉ hoán đổi), ascending. */
  readonly swappedDays: readonly string[];
  /** Weekend days worked in exchange (ngày làm bù), ascending. */
  readonly workingDays: readonly string[];
  /** First day of the whole break, weekends included. */
  readonly breakFrom: string;
  /** Last day of the whole break, weekends included. */
  readonly breakTo: string;
  /** The announcing instrument (number and date when found) and the source read. */
  readonly citation: Citation;
  /** `confirmed` when read in a legal or government portal quoting the instrument; `uncertain` otherwise. */
  readonly status: Certainty;
}

/**
 * A year's announced day-off schedule (lịch nghỉ lễ, tết năm … đã công bố): the holidays announced, with the year's
 * certainty (the weakest of its holidays').
 *
 * @example
 * ```ts
 * OFFICIAL_HOLIDAY_SCHEDULES[0]?.year; //=> 2016
 * ```
 * @category Calendar
 */
export interface AnnouncedYear {
  /** The Gregorian year. */
  readonly year: number;
  /** Its holidays as announced (a holiday missing here is computed from the Labour Code). */
  readonly holidays: readonly AnnouncedHoliday[];
  /** The weakest certainty of its holidays. */
  readonly status: Certainty;
}

type Days = readonly string[];
interface Parts {
  readonly comp?: Days;
  readonly swap?: Days;
  readonly work?: Days;
}

const LAW = "dates of the holiday and compensatory days as the Labour Code gives them; no announcement text read for this holiday";

function h(year: number, holiday: HolidayKey, holidayDays: Days, brk: readonly [string, string], citation: Citation, status: Certainty, p: Parts = {}): AnnouncedHoliday {
  return {
    holiday,
    year,
    holidayDays,
    compensatoryDays: p.comp ?? [],
    swappedDays: p.swap ?? [],
    workingDays: p.work ?? [],
    breakFrom: brk[0],
    breakTo: brk[1],
    citation,
    status,
  };
}

function year(y: number, holidays: readonly AnnouncedHoliday[]): AnnouncedYear {
  return { year: y, holidays, status: holidays.every((x) => x.status === "confirmed") ? "confirmed" : "uncertain" };
}

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  const a = parseDay(from) ?? 0;
  const b = parseDay(to) ?? 0;
  for (let d = a; d <= b; d++) out.push(formatDay(d));
  return out;
};

const i = (instrument: string, note: string): Citation => ({ instrument, note });

// 2016 — Thông báo 4659/TB-LĐTBXH of 13/11/2015 (all 2016 holidays; no swap).
const N2016 = "Thông báo 4659/TB-LĐTBXH (13/11/2015)";
// 2017 — Công văn 9794/VPCP-KGVX of 14/11/2016 (Tết); the ministry's notice number was not found.
const N2017 = "Công văn 9794/VPCP-KGVX (14/11/2016)";
// 2018 — Thông báo 5427/TB-LĐTBXH of 22/12/2017 (all 2018 holidays).
const N2018 = "Thông báo 5427/TB-LĐTBXH (22/12/2017)";
// 2019 — Thông báo 3238/TB-LĐTBXH (date not found).
const N2019 = "Thông báo 3238/TB-LĐTBXH (2018; date not found)";
// 2020 — Thông báo 4544/TB-LĐTBXH of 25/10/2019 (Tết).
const N2020 = "Thông báo 4544/TB-LĐTBXH (25/10/2019)";
// 2021 — Văn bản 9895/VPCP-KGVX of 27/11/2020 (Tết and National Day), carried out by Thông báo 4875/TB-LĐTBXH.
const N2021 = "Văn bản 9895/VPCP-KGVX (27/11/2020); Thông báo 4875/TB-LĐTBXH";
// 2022 — Công văn 245/VPCP-KGVX of 11/01/2022 (Tết).
const N2022 = "Công văn 245/VPCP-KGVX (11/01/2022)";
// 2023 — Văn bản 8056/VPCP-KGVX of 01/12/2022 (Tết and National Day).
const N2023 = "Văn bản 8056/VPCP-KGVX (01/12/2022)";
// 2024 — Văn bản 8662/VPCP-KGVX of 03/11/2023 (Tết, National Day); Văn bản 2450/VPCP-KGVX of 12/04/2024 (30/4–1/5).
const N2024 = "Văn bản 8662/VPCP-KGVX (03/11/2023)";
const N2024b = "Văn bản 2450/VPCP-KGVX (12/04/2024)";
// 2025 — Văn bản 8726/VPCP-KGVX of 26/11/2024 (Tết "and some other holidays of 2025").
const N2025 = "Văn bản 8726/VPCP-KGVX (26/11/2024)";
// 2026 — Văn bản 12729/VPCP-KGVX of 25/12/2025 (New Year); the October 2025 text on Tết and National Day (number not found).
const N2026a = "Văn bản 12729/VPCP-KGVX (25/12/2025)";
const N2026 = "Văn bản của Văn phòng Chính phủ, tháng 10/2025 (số chưa tìm được), theo đề xuất của Bộ Nội vụ";

const PRESS = "dates read in national press quoting the instrument";
const PORTAL = "dates read in a legal or government portal quoting the instrument";

/**
 * The day-off schedules the Government announced for civil servants, 2016–2026 (lịch nghỉ lễ, tết hằng năm đối với
 * cán bộ, công chức, viên chức), as cited data; the default working calendar uses them for those years.
 *
 * @remarks
 * Each year, the Prime Minister (Labour Code 2019 Art. 112 cl. 3; before 2021, by his agreement to the ministry's
 * proposal) fixes Tết's days and National Day's adjacent day, and agrees to swaps of a weekday for a Saturday
 * ("hoán đổi ngày làm việc"); the Ministry of Labour (from 2025 the Ministry of Home Affairs) announces them. The
 * years' Tết breaks: 06/02–14/02/2016, 26/01–01/02/2017, 14/02–20/02/2018, 02/02–10/02/2019, 23/01–29/01/2020,
 * 10/02–16/02/2021, 29/01–06/02/2022, 20/01–26/01/2023, 08/02–14/02/2024, 25/01–02/02/2025, 14/02–22/02/2026.
 * Swaps: New Year 2019 (31/12/2018 off, 05/01/2019 worked), 30/4 2019 (29/04 off, 04/05 worked), 30/4 2024 (29/04
 * off, 04/05 worked), 30/4 2025 (02/05 off, 26/04 worked), New Year 2026 (02/01 off, 10/01 worked), National Day
 * 2026 (31/08 off, 22/08 worked). The instruments were found by number in secondary sources; their texts were
 * not read. A holiday's status is `confirmed` when its dates were read in a legal or government portal quoting
 * the instrument, `uncertain` otherwise (press only, or no announcement read and the days taken from the Labour
 * Code). A caller's schedule overrides any of them (see {@link createWorkingCalendar}).
 *
 * @example
 * ```ts
 * OFFICIAL_HOLIDAY_SCHEDULES.map((y) => y.year).join(","); //=> "2016,2017,2018,2019,2020,2021,2022,2023,2024,2025,2026"
 * ```
 * @category Calendar
 */
export const OFFICIAL_HOLIDAY_SCHEDULES: readonly AnnouncedYear[] = deepFreeze([
  year(2016, [
    h(2016, "new_year", ["2016-01-01"], ["2016-01-01", "2016-01-03"], i(N2016, LAW), "uncertain"),
    h(2016, "tet", range("2016-02-07", "2016-02-11"), ["2016-02-06", "2016-02-14"], i(N2016, `${PRESS}; the statutory days named are 07/02 (the last day of the lunar year, a Sunday) to 11/02, compensated on 12/02; no swap`), "uncertain", { comp: ["2016-02-12"] }),
    h(2016, "hung_kings", ["2016-04-16"], ["2016-04-16", "2016-04-18"], i(N2016, LAW), "uncertain", { comp: ["2016-04-18"] }),
    h(2016, "reunification", ["2016-04-30"], ["2016-04-30", "2016-05-03"], i(N2016, LAW), "uncertain", { comp: ["2016-05-02"] }),
    h(2016, "labour_day", ["2016-05-01"], ["2016-04-30", "2016-05-03"], i(N2016, LAW), "uncertain", { comp: ["2016-05-03"] }),
    h(2016, "national_day", ["2016-09-02"], ["2016-09-02", "2016-09-04"], i(N2016, `${LAW}; one day under the Labour Code 2012`), "uncertain"),
  ]),
  year(2017, [
    h(2017, "new_year", ["2017-01-01"], ["2016-12-31", "2017-01-02"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2017 (số chưa tìm được)", "dates read in press: 01/01 a Sunday, compensated on 02/01"), "uncertain", { comp: ["2017-01-02"] }),
    h(2017, "tet", range("2017-01-26", "2017-01-30"), ["2017-01-26", "2017-02-01"], i(N2017, `${PORTAL}: 29 and 30 Chạp and mùng 1–3; mùng 1 and 2 on the weekend, compensated on mùng 4 and 5; no swap`), "confirmed", { comp: ["2017-01-31", "2017-02-01"] }),
    h(2017, "hung_kings", ["2017-04-06"], ["2017-04-06", "2017-04-06"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2017 (số chưa tìm được)", "dates read in press"), "uncertain"),
    h(2017, "reunification", ["2017-04-30"], ["2017-04-29", "2017-05-02"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2017 (số chưa tìm được)", "dates read in press: 30/04 a Sunday, compensated on 02/05"), "uncertain", { comp: ["2017-05-02"] }),
    h(2017, "labour_day", ["2017-05-01"], ["2017-04-29", "2017-05-02"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2017 (số chưa tìm được)", "dates read in press"), "uncertain"),
    h(2017, "national_day", ["2017-09-02"], ["2017-09-02", "2017-09-04"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2017 (số chưa tìm được)", "dates read in press: 02/09 a Saturday, compensated on 04/09"), "uncertain", { comp: ["2017-09-04"] }),
  ]),
  year(2018, [
    h(2018, "new_year", ["2018-01-01"], ["2017-12-30", "2018-01-01"], i(N2018, PRESS), "uncertain"),
    h(2018, "tet", range("2018-02-14", "2018-02-18"), ["2018-02-14", "2018-02-20"], i(N2018, `${PRESS}: two days before Tết and mùng 1–3; mùng 2 and 3 on the weekend, compensated on 19 and 20/02`), "uncertain", { comp: ["2018-02-19", "2018-02-20"] }),
    h(2018, "hung_kings", ["2018-04-25"], ["2018-04-25", "2018-04-25"], i(N2018, PRESS), "uncertain"),
    h(2018, "reunification", ["2018-04-30"], ["2018-04-28", "2018-05-01"], i(N2018, PRESS), "uncertain"),
    h(2018, "labour_day", ["2018-05-01"], ["2018-04-28", "2018-05-01"], i(N2018, PRESS), "uncertain"),
    h(2018, "national_day", ["2018-09-02"], ["2018-09-01", "2018-09-03"], i(N2018, `${PRESS}: 02/09 a Sunday, compensated on 03/09`), "uncertain", { comp: ["2018-09-03"] }),
  ]),
  year(2019, [
    h(2019, "new_year", ["2019-01-01"], ["2018-12-29", "2019-01-01"], i(N2019, `${PRESS}: Monday 31/12/2018 off, Saturday 05/01/2019 worked`), "uncertain", { swap: ["2018-12-31"], work: ["2019-01-05"] }),
    h(2019, "tet", range("2019-02-04", "2019-02-08"), ["2019-02-02", "2019-02-10"], i(N2019, `${PRESS}: the notice names 04/02 (30 Chạp) to 08/02 (mùng 4); another report calls it two days before Tết and three after — the same weekdays`), "uncertain"),
    h(2019, "hung_kings", ["2019-04-14"], ["2019-04-13", "2019-04-15"], i(N2019, `${PORTAL}: 14/04 a Sunday, compensated on 15/04`), "confirmed", { comp: ["2019-04-15"] }),
    h(2019, "reunification", ["2019-04-30"], ["2019-04-27", "2019-05-01"], i(N2019, `${PORTAL}: Monday 29/04 off, Saturday 04/05 worked`), "confirmed", { swap: ["2019-04-29"], work: ["2019-05-04"] }),
    h(2019, "labour_day", ["2019-05-01"], ["2019-04-27", "2019-05-01"], i(N2019, PORTAL), "confirmed"),
    h(2019, "national_day", ["2019-09-02"], ["2019-08-31", "2019-09-02"], i(N2019, `${PRESS}; one day under the Labour Code 2012`), "uncertain"),
  ]),
  year(2020, [
    h(2020, "new_year", ["2020-01-01"], ["2020-01-01", "2020-01-01"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2020", LAW), "uncertain"),
    h(2020, "tet", range("2020-01-23", "2020-01-27"), ["2020-01-23", "2020-01-29"], i(N2020, `${PORTAL}: two days before Tết and mùng 1–3; mùng 1 and 2 on the weekend, compensated on mùng 4 and 5`), "confirmed", { comp: ["2020-01-28", "2020-01-29"] }),
    h(2020, "hung_kings", ["2020-04-02"], ["2020-04-02", "2020-04-02"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2020", "dates read in press"), "uncertain"),
    h(2020, "reunification", ["2020-04-30"], ["2020-04-30", "2020-05-03"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2020", "dates read in press"), "uncertain"),
    h(2020, "labour_day", ["2020-05-01"], ["2020-04-30", "2020-05-03"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2020", "dates read in press"), "uncertain"),
    h(2020, "national_day", ["2020-09-02"], ["2020-09-02", "2020-09-02"], i("Thông báo của Bộ LĐTBXH về nghỉ lễ, tết năm 2020", `${LAW}; one day under the Labour Code 2012 (its last year)`), "uncertain"),
  ]),
  year(2021, [
    h(2021, "new_year", ["2021-01-01"], ["2021-01-01", "2021-01-03"], i("Labour Code 2012 Art. 115 (the 2021 New Year fell before the 2019 code's first announcement)", "dates read only in an employer's holiday list"), "uncertain"),
    h(2021, "tet", range("2021-02-10", "2021-02-14"), ["2021-02-10", "2021-02-16"], i(N2021, `${PORTAL}: two days before Tết and three after; mùng 2 and 3 on the weekend, compensated on mùng 4 and 5`), "confirmed", { comp: ["2021-02-15", "2021-02-16"] }),
    h(2021, "hung_kings", ["2021-04-21"], ["2021-04-21", "2021-04-21"], i("Labour Code 2019 Art. 112 cl. 1 point e", "dates read in press"), "uncertain"),
    h(2021, "reunification", ["2021-04-30"], ["2021-04-30", "2021-05-03"], i("Labour Code 2019 Art. 112 cl. 1 point c", "dates read in press"), "uncertain"),
    h(2021, "labour_day", ["2021-05-01"], ["2021-04-30", "2021-05-03"], i("Labour Code 2019 Art. 112 cl. 1 point d", "dates read in press: 01/05 a Saturday, compensated on 03/05"), "uncertain", { comp: ["2021-05-03"] }),
    h(2021, "national_day", ["2021-09-02", "2021-09-03"], ["2021-09-02", "2021-09-05"], i(N2021, `${PORTAL}: 02/09 and the adjacent day after`), "confirmed"),
  ]),
  year(2022, [
    h(2022, "new_year", ["2022-01-01"], ["2022-01-01", "2022-01-03"], i("Labour Code 2019 Art. 112 cl. 1 point a", "dates read in press: 01/01 a Saturday, compensated on 03/01"), "uncertain", { comp: ["2022-01-03"] }),
    h(2022, "tet", range("2022-01-31", "2022-02-04"), ["2022-01-29", "2022-02-06"], i(N2022, `${PRESS}: five Tết days (31/01, the last day of the lunar year, to 04/02, mùng 4) and four weekend days`), "uncertain"),
    h(2022, "hung_kings", ["2022-04-10"], ["2022-04-09", "2022-04-11"], i("Labour Code 2019 Art. 112 cl. 1 point e", "dates read in press: 10/04 a Sunday, compensated on 11/04"), "uncertain", { comp: ["2022-04-11"] }),
    h(2022, "reunification", ["2022-04-30"], ["2022-04-30", "2022-05-03"], i("Labour Code 2019 Art. 112 cl. 1 point c", "dates read in press"), "uncertain", { comp: ["2022-05-02"] }),
    h(2022, "labour_day", ["2022-05-01"], ["2022-04-30", "2022-05-03"], i("Labour Code 2019 Art. 112 cl. 1 point d", "dates read in press"), "uncertain", { comp: ["2022-05-03"] }),
    h(2022, "national_day", ["2022-09-01", "2022-09-02"], ["2022-09-01", "2022-09-04"], i("Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch và Quốc khánh năm 2022 (số chưa tìm được)", "dates read in press: the adjacent day before"), "uncertain"),
  ]),
  year(2023, [
    h(2023, "new_year", ["2023-01-01"], ["2022-12-31", "2023-01-02"], i("Labour Code 2019 Art. 112 cl. 1 point a", "dates read in press: 01/01 a Sunday, compensated on 02/01"), "uncertain", { comp: ["2023-01-02"] }),
    h(2023, "tet", range("2023-01-20", "2023-01-24"), ["2023-01-20", "2023-01-26"], i(N2023, `${PRESS}: 29 and 30 Chạp and mùng 1–3; 30 Chạp and mùng 1 on the weekend, compensated on mùng 4 and 5`), "uncertain", { comp: ["2023-01-25", "2023-01-26"] }),
    h(2023, "hung_kings", ["2023-04-29"], ["2023-04-29", "2023-05-03"], i("Labour Code 2019 Art. 112 cl. 1 point e", "dates read in press: 29/04 a Saturday, compensated on 02/05"), "uncertain", { comp: ["2023-05-02"] }),
    h(2023, "reunification", ["2023-04-30"], ["2023-04-29", "2023-05-03"], i("Labour Code 2019 Art. 112 cl. 1 point c", "dates read in press: 30/04 a Sunday, compensated on 03/05"), "uncertain", { comp: ["2023-05-03"] }),
    h(2023, "labour_day", ["2023-05-01"], ["2023-04-29", "2023-05-03"], i("Labour Code 2019 Art. 112 cl. 1 point d", "dates read in press"), "uncertain"),
    h(2023, "national_day", ["2023-09-01", "2023-09-02"], ["2023-09-01", "2023-09-04"], i(N2023, `${PRESS}: the adjacent day before; 02/09 a Saturday, compensated on 04/09`), "uncertain", { comp: ["2023-09-04"] }),
  ]),
  year(2024, [
    h(2024, "new_year", ["2024-01-01"], ["2023-12-30", "2024-01-01"], i("Labour Code 2019 Art. 112 cl. 1 point a", "dates read in press"), "uncertain"),
    h(2024, "tet", range("2024-02-08", "2024-02-12"), ["2024-02-08", "2024-02-14"], i(N2024, `${PORTAL}: five Tết days (two before Tết, three after) and two compensatory days under Art. 111 cl. 3`), "confirmed", { comp: ["2024-02-13", "2024-02-14"] }),
    h(2024, "hung_kings", ["2024-04-18"], ["2024-04-18", "2024-04-18"], i("Labour Code 2019 Art. 112 cl. 1 point e", "date from the lunar calendar; no announcement read"), "uncertain"),
    h(2024, "reunification", ["2024-04-30"], ["2024-04-27", "2024-05-01"], i(N2024b, `${PRESS}: Monday 29/04 off; the Saturday worked is reported as 04/05, not read in the instrument`), "uncertain", { swap: ["2024-04-29"], work: ["2024-05-04"] }),
    h(2024, "labour_day", ["2024-05-01"], ["2024-04-27", "2024-05-01"], i(N2024b, PRESS), "uncertain"),
    h(2024, "national_day", ["2024-09-02", "2024-09-03"], ["2024-08-31", "2024-09-03"], i(N2024, `${PORTAL}: the adjacent day after`), "confirmed"),
  ]),
  year(2025, [
    h(2025, "new_year", ["2025-01-01"], ["2025-01-01", "2025-01-01"], i("Labour Code 2019 Art. 112 cl. 1 point a", "dates read in press"), "uncertain"),
    h(2025, "tet", range("2025-01-27", "2025-01-31"), ["2025-01-25", "2025-02-02"], i(N2025, `${PRESS}: nine days 25/01–02/02 with no day worked in exchange; the weekdays off are 28 and 29 Chạp (the last two days of the year) and mùng 1–3`), "uncertain"),
    h(2025, "hung_kings", ["2025-04-07"], ["2025-04-05", "2025-04-07"], i("Labour Code 2019 Art. 112 cl. 1 point e", "dates read in press"), "uncertain"),
    h(2025, "reunification", ["2025-04-30"], ["2025-04-30", "2025-05-04"], i(N2025, `${PRESS}: Friday 02/05 off, Saturday 26/04 worked; that the instrument covers this holiday is inferred (it covers Tết 'and some holidays of 2025')`), "uncertain", { swap: ["2025-05-02"], work: ["2025-04-26"] }),
    h(2025, "labour_day", ["2025-05-01"], ["2025-04-30", "2025-05-04"], i(N2025, PRESS), "uncertain"),
    h(2025, "national_day", ["2025-09-01", "2025-09-02"], ["2025-08-30", "2025-09-02"], i(N2025, `${PRESS}: the adjacent day before`), "uncertain"),
  ]),
  year(2026, [
    h(2026, "new_year", ["2026-01-01"], ["2026-01-01", "2026-01-04"], i(N2026a, `${PRESS}: Friday 02/01 off, Saturday 10/01 worked`), "uncertain", { swap: ["2026-01-02"], work: ["2026-01-10"] }),
    h(2026, "tet", range("2026-02-16", "2026-02-20"), ["2026-02-14", "2026-02-22"], i(N2026, `${PRESS}: nine days, five Tết days (16/02, the last day of the lunar year, to 20/02, mùng 4) and four weekend days`), "uncertain"),
    h(2026, "hung_kings", ["2026-04-26"], ["2026-04-25", "2026-04-27"], i("Labour Code 2019 Art. 112 cl. 1 point e", "dates read in press: 26/04 a Sunday, compensated on 27/04"), "uncertain", { comp: ["2026-04-27"] }),
    h(2026, "reunification", ["2026-04-30"], ["2026-04-30", "2026-05-03"], i("Labour Code 2019 Art. 112 cl. 1 point c", "dates read in press"), "uncertain"),
    h(2026, "labour_day", ["2026-05-01"], ["2026-04-30", "2026-05-03"], i("Labour Code 2019 Art. 112 cl. 1 point d", "dates read in press"), "uncertain"),
    h(2026, "national_day", ["2026-09-01", "2026-09-02"], ["2026-08-29", "2026-09-02"], i(N2026, `${PRESS}: the adjacent day before; Monday 31/08 off, Saturday 22/08 worked`), "uncertain", { swap: ["2026-08-31"], work: ["2026-08-22"] }),
  ]),
]);
