import { it } from "vitest";
import * as api from "../src/index.js";
it("prof", () => {
  const t = api.tallyRecords(Array.from({ length: 50 }, (_, i) => ({ unitCode: "V", standard: "2021-2025", kind: "poor", persons: 3, deprivations: ["employment", "telecom", "sanitation"], supportReceived: [`s${i % 7}`] })), { standard: "2021-2025" }).units["V"]!;
  for (const n of [2000, 16000, 2000, 16000]) {
    const rows = Array.from({ length: n }, (_, i) => ({ code: `V${i}`, name: `Thôn ${i}`, tally: t }));
    let t0 = performance.now(); api.breakdownTable(rows, { breakdown: "causes_of_poverty" }); const a = performance.now() - t0;
    t0 = performance.now(); api.summaryTable(rows); const b = performance.now() - t0;
    console.log(n, a.toFixed(1), b.toFixed(1));
  }
  const h = api.buildHierarchy([{ code: "P", name: "Tỉnh", level: "province" },{ code: "C", name: "Xã", level: "commune", parentCode: "P" },{ code: "V", name: "Thôn", level: "village", parentCode: "C" }]);
  const m = api.tallyMovements([{ unitCode: "V", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2 },{ unitCode: "C", previous: "poor", current: "poor", previousPersons: 2, currentPersons: 2 }]).units;
  console.log(JSON.stringify(api.rollUpMovements(h, m).rejected));
});
