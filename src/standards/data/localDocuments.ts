// The local documents the project was created from, cited as an officer would cite them. Private to the library.
//
// Each is a real administrative document (a provincial or city plan, a commune guide, a district inspection plan).
// A value only such a document states has status "seed" in the data; its citation names the document by number,
// issuer and date as printed on it, never by a file name. Where the document leaves its number or date blank, the
// citation says what is printed and the note records the project's identification and how sure it is.
import type { Citation } from "../../types.js";

/**
 * Hướng dẫn số 01/HD-BCĐ ngày 05/9/2023 of the commune steering committee of Nam Cao: the 2023 periodic review
 * under the 2022–2025 standard (Phiếu A/B steps, village meeting, posting, complaints, the commune's timetable).
 */
export const GUIDE_NAM_CAO_2023: Citation = Object.freeze({
  instrument: "Hướng dẫn số 01/HD-BCĐ ngày 05/9/2023 của Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo xã Nam Cao",
  note: "project source document 003",
});

/**
 * Kế hoạch số 124/KH-UBND ngày 09/8/2019 of the People's Committee of Kiên Giang province: the 2019 review under the
 * 2016–2020 standard (the classes in points, the B1 equivalences 120/140/150/175).
 */
export const PLAN_KIEN_GIANG_2019: Citation = Object.freeze({
  instrument: "Kế hoạch số 124/KH-UBND ngày 09/8/2019 của UBND tỉnh Kiên Giang",
  note: "project source document 002",
});

/**
 * The 2023 review plan of the People's Committee of Bắc Kạn city (September 2023; number and day left blank on the
 * copy). The city's own report of November 2023 cites its plan as Kế hoạch số 210/KH-UBND ngày 15/9/2023, almost
 * certainly this document (an inference, so it is not printed).
 */
export const PLAN_BAC_KAN_CITY_2023: Citation = Object.freeze({
  instrument: "Kế hoạch thực hiện rà soát hộ nghèo, hộ cận nghèo năm 2023 của UBND thành phố Bắc Kạn (tháng 9/2023)",
  note: "project source document 000; number and day blank on the copy, probably Kế hoạch 210/KH-UBND of 15/9/2023 (uncertain)",
});

/**
 * The 2021 inspection plan of the district steering committee of Ngọc Hồi (Kon Tum province; number and date left
 * blank on the copy): inspect 50–60% of a commune's villages and 5–10 households in each.
 */
export const PLAN_NGOC_HOI_2021: Citation = Object.freeze({
  instrument: "Kế hoạch kiểm tra, giám sát công tác giảm nghèo và rà soát hộ nghèo, hộ cận nghèo năm 2021 của Ban Chỉ đạo huyện Ngọc Hồi, tỉnh Kon Tum",
  note: "project source document 004; number and date blank on the copy",
});
