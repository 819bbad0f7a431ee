// docs/calendar.md's examples, run: what a user copies from the guide must stay true.
import { describe, expect, it } from "vitest";
import { addWorkingDays, createWorkingCalendar, isWorkingDay, workingDaysBetween } from "../src/index.js";

describe("docs/calendar.md examples", () => {
  it("working days", () => {
    expect(isWorkingDay("2023-05-02")).toBe(false);
    expect(isWorkingDay("2025-04-26")).toBe(true);
    expect(addWorkingDays("2023-09-08", 3)).toBe("2023-09-13");
    expect(workingDaysBetween("2023-09-08", "2023-09-13")).toBe(3);
  });

  it("supplying a schedule", () => {
    const year2025 = createWorkingCalendar({
      schedules: [
        {
          year: 2025,
          daysOff: ["2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02"],
          workingDays: ["2025-04-26"],
          source: "Văn bản 8726/VPCP-KGVX (26/11/2024)",
        },
      ],
    });
    expect(addWorkingDays("2025-01-24", 1, year2025)).toBe("2025-02-03");
    expect(isWorkingDay("2025-04-26", year2025)).toBe(true);
    const tet2030 = createWorkingCalendar({ holidaySchedules: [{ year: 2030, holiday: "tet", daysOff: ["2030-02-01", "2030-02-04", "2030-02-05", "2030-02-06", "2030-02-07"] }] });
    expect(isWorkingDay("2030-02-08", tet2030)).toBe(true);
    const computed = createWorkingCalendar({ officialSchedules: "none" });
    expect(addWorkingDays("2024-04-26", 3, computed)).toBe("2024-05-03");
    expect(addWorkingDays("2024-04-26", 3)).toBe("2024-05-04");
  });
});
