// 2027: what changes for the sample village. Classifies the village's households under the 2021–2025 standard and
// under the 2027–2030 one, from the same data, and prints the impact tables a planner reads.
//
//   npx tsx examples/reform2027.ts [--lang en]
//
// The households' income is their 12-month income with state allowances excluded (the method the standards' data
// records for middle-living households; the project assumes it here too). The indicators are those the reviewers
// ticked on Phiếu B: a household scored on B2 answered all twelve 2021–2025 indicators; one not scored on B2
// answered none. The 2027–2030 indicators the village has not collected (digital services, waste treatment) are
// unknown, never "not deprived".
import { getStandard, reformImpact, reformImpactTable, reformMatrixTable, renderText, type Locale, type ReformHousehold, type ReformImpactResult } from "../src/index.js";
import { SAMPLE_VILLAGE as V } from "./sampleVillage.js";

const KEYS_2021 = getStandard("2021-2025").indicators.map((i) => i.key);

/** The sample village's households as the reform impact reads them. */
export function sampleHouseholds(): ReformHousehold[] {
  return V.households.map((h) => ({
    code: h.code,
    area: V.area,
    members: h.members,
    income: { annualTotal: h.income12Months.total - h.income12Months.stateAllowances, members: h.members },
    indicators: "deprived" in h && h.deprived ? Object.fromEntries(KEYS_2021.map((k) => [k, h.deprived.includes(k)])) : {},
  }));
}

/** The sample village's reform impact, 2021–2025 → 2027–2030. */
export function sampleVillageReform(): ReformImpactResult {
  return reformImpact({ from: "2021-2025", to: "2027-2030", unit: V.code, households: sampleHouseholds() });
}

/** The tables of the reform impact, rendered as text in a locale. */
export function sampleVillageReformText(locale: Locale): string {
  const r = sampleVillageReform();
  const units = renderText(reformImpactTable([{ code: V.code, name: V.name, impact: r.impact }]), { locale });
  const matrix = renderText(reformMatrixTable(r.impact, { locale }), { locale });
  const changed = r.changed.map((c) => `${c.code}: ${c.from} → ${c.to}`).join("\n");
  const missing = Object.entries(r.impact.missingUnderTo)
    .map(([k, n]) => `${k}: ${n}`)
    .join("\n");
  return `${units}\n${matrix}\n${changed}\n\n${missing}\n`;
}

const isMain = import.meta.url === `file://${process.argv[1] ?? ""}`;
if (isMain) {
  const locale: Locale = process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en" ? "en" : "vi";
  process.stdout.write(sampleVillageReformText(locale));
}
