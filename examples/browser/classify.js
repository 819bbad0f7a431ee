// What the page and the worker both run: the form's values in, plain JSON out (so a worker can post it back).
import { getStandard, safeClassifyByIncome, safeClassifyHousehold } from "vn-poverty";

/** The standard the page uses. */
export const STANDARD_ID = "2021-2025";

/** The standard's deprivation indicators, in the law's order: key and names. */
export function indicators() {
  return getStandard(STANDARD_ID).indicators.map((i) => ({ key: i.key, vi: i.name.vi, en: i.name.en }));
}

/**
 * Classifies from the form's values: `{ area, basis: "income" | "b1", perCapitaMonthly, b1, deprivations }`.
 * Income per person per month goes to classifyByIncome; a B1 score (with B2 from the deprivations) to
 * classifyHousehold. Returns `{ ok: true, outcome, steps }` or `{ ok: false, issues }`.
 */
export function classify(form) {
  const r =
    form.basis === "b1"
      ? safeClassifyHousehold({ standard: STANDARD_ID, area: form.area, b1: form.b1, b2: { deprivations: form.deprivations } })
      : safeClassifyByIncome({ standard: STANDARD_ID, area: form.area, income: { perCapitaMonthly: form.perCapitaMonthly }, deprivations: form.deprivations });
  if (!r.ok) return { ok: false, issues: r.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) };
  return { ok: true, outcome: r.value.outcome, steps: r.value.explanation.steps.map((s) => s.message) };
}

/** The class in words, Vietnamese and English. */
export const CLASS_LABEL = {
  poor: { vi: "Hộ nghèo", en: "Poor household" },
  near_poor: { vi: "Hộ cận nghèo", en: "Near-poor household" },
  not_poor: { vi: "Không thuộc hộ nghèo, hộ cận nghèo", en: "Neither poor nor near-poor" },
  undetermined: { vi: "Chưa thể kết luận", en: "Undetermined" },
};
