// The public holidays of 2023 computed from the Labour Code 2019 alone (no official schedule given), checked against
// the days off the Government announced for 2023: 2/1 (for 1/1, a Sunday); Tết 20/1–26/1; 29/4–3/5; 1/9–4/9
// (../shared/spec/procedure.md, "Working days"). Each day cites its provision: Art. 112 cl. 1 points a (1 January),
// b (Tết), c (30 April), d (1 May), đ (2 September and an adjacent day), e (the Hùng Kings, 10th day of the 3rd lunar
// month: 29/4/2023); a holiday on a weekend gives a compensatory day (Art. 111 cl. 3), marked uncertain as the data
// says: the weekly rest taken as Saturday and Sunday (state offices) is a practice assumption.
import { describe, expect, it } from "vitest";
import { createWorkingCalendar, publicHolidays } from "../index.js";

const LC = "Bộ luật Lao động 2019 (45/2019/QH14)";
// computed inside each test, not when the file is collected: a mutation-testing run measures what each test runs
const year2023 = () => publicHolidays(2023, createWorkingCalendar({ officialSchedules: "none" }));
const row = (d: ReturnType<typeof year2023>["daysOff"][number]) => [d.date, d.kind, d.holiday, d.citation.instrument, d.citation.article, d.citation.point ?? d.citation.clause, d.status];

describe("2023's public holidays from the law, against the announced schedule", () => {
  it("every day, its kind, its holiday and its provision", () => {
    expect(year2023().daysOff.map(row)).toEqual([
      ["2023-01-01", "holiday", "new_year", LC, "112", "a", "confirmed"],
      ["2023-01-02", "compensatory", "new_year", LC, "111", "3", "uncertain"],
      ...["20", "21", "22", "23", "24"].map((d) => [`2023-01-${d}`, "holiday", "tet", LC, "112", "b", expect.any(String) as unknown]),
      ["2023-01-25", "compensatory", "tet", LC, "111", "3", expect.any(String) as unknown],
      ["2023-01-26", "compensatory", "tet", LC, "111", "3", expect.any(String) as unknown],
      ["2023-04-29", "holiday", "hung_kings", LC, "112", "e", "confirmed"],
      ["2023-04-30", "holiday", "reunification", LC, "112", "c", "confirmed"],
      ["2023-05-01", "holiday", "labour_day", LC, "112", "d", "confirmed"],
      ["2023-05-02", "compensatory", "hung_kings", LC, "111", "3", "uncertain"],
      ["2023-05-03", "compensatory", "reunification", LC, "111", "3", "uncertain"],
      ["2023-09-01", "holiday", "national_day", LC, "112", "đ", expect.any(String) as unknown],
      ["2023-09-02", "holiday", "national_day", LC, "112", "đ", expect.any(String) as unknown],
      ["2023-09-04", "compensatory", "national_day", LC, "111", "3", expect.any(String) as unknown],
    ]);
  });

  it("the weekdays off are exactly the announced ones", () => {
    const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
    const off = year2023().daysOff.map((d) => d.date).filter((d) => weekday(d) !== 0 && weekday(d) !== 6);
    const announced = ["2023-01-02", "2023-01-20", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"];
    expect(off).toEqual(announced);
  });

  it("names each compensatory day after the holiday it replaces, in both languages", () => {
    const y = year2023();
    const c = y.daysOff.find((d) => d.date === "2023-05-03");
    expect(c?.name).toEqual({ vi: "Nghỉ bù Ngày Chiến thắng (30/04/2023)", en: "Compensatory day for Reunification Day (2023-04-30)" });
    expect(y.source).toBe("computed");
  });
});
