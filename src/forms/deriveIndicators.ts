import { Decimal } from "decimal.js";
import type { Certainty, Citation, LocalizedText } from "../types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, prefixIssues, unwrap } from "../_lib/issues.js";
import { resolveStandard } from "../standards/_resolveStandard.js";
import type { Indicator, PovertyStandard } from "../standards/types.js";
import { safeParseHousehold, type Household, type HouseholdInput } from "../household/household.js";
import { termText } from "./_messages.js";

/**
 * One indicator derived from member and housing data (chỉ số suy ra từ dữ liệu hộ), with the definition it
 * followed and how sure that definition is.
 *
 * @example
 * ```ts
 * const d: DerivedIndicator = {
 *   key: "healthInsurance", deprived: true, missing: [], status: "uncertain",
 *   source: { vi: "…", en: "…" }, citation: { instrument: "Nghị định 07/2021/NĐ-CP", article: "3" },
 *   parameters: { minAge: 6 },
 * };
 * ```
 * @category Forms
 */
export interface DerivedIndicator {
  /** The indicator's key in the standard. */
  readonly key: string;
  /** Deprived or not; `undefined` when the data needed is missing (see `missing`). */
  readonly deprived: boolean | undefined;
  /** Paths of the household fields that were needed and not given. */
  readonly missing: readonly string[];
  /** The certainty of the definition used (the 2021–2025 definitions are `"uncertain"`). */
  readonly status: Certainty;
  /** The definition followed, as in the standard's data. */
  readonly source: LocalizedText;
  /** Where the definition comes from. */
  readonly citation: Citation;
  /** The definition's numbers that were read, from the standard's data. */
  readonly parameters: { readonly [name: string]: number };
}

/**
 * Why an indicator of the standard was not derived (lý do không suy ra được chỉ số):
 * - `definition_not_found`: the standard's data has no definition of it (2021–2025 telecom and information access;
 *   every 2016–2020 indicator; most 2027–2030 ones);
 * - `numbers_not_found`: a definition is known but not the numbers it is stated with (2027–2030 dependants);
 * - `no_household_fields`: the definition needs data the library's household model does not hold (employment
 *   contracts, children's height and weight, schooling).
 *
 * @example
 * ```ts
 * const n: NotDerivedIndicator = { key: "telecom", reason: "definition_not_found", message: { vi: "…", en: "…" }, status: "confirmed", citation: { instrument: "Nghị định 07/2021/NĐ-CP" } };
 * ```
 * @category Forms
 */
export interface NotDerivedIndicator {
  /** The indicator's key in the standard. */
  readonly key: string;
  /** Why it was not derived. */
  readonly reason: "definition_not_found" | "numbers_not_found" | "no_household_fields";
  /** The reason in words. */
  readonly message: LocalizedText;
  /** The certainty of the indicator's name and definition. */
  readonly status: Certainty;
  /** Where the indicator comes from. */
  readonly citation: Citation;
}

/**
 * The indicators derived from a household's data (các chỉ số suy ra): the answers that could be decided, the
 * detail of each derivation, and, for every other indicator of the standard, why it was not derived.
 *
 * @example
 * ```ts
 * const r: DerivedIndicators = { answers: { healthInsurance: true }, details: [], notDerived: [] };
 * ```
 * @category Forms
 */
export interface DerivedIndicators {
  /** Decided answers, by indicator key, ready to merge into a B2 `answers` record (the reviewer's tick prevails). */
  readonly answers: { readonly [key: string]: boolean };
  /** Every derivation attempted, decided or not. */
  readonly details: readonly DerivedIndicator[];
  /** Every indicator of the standard with no derivation, in the standard's order, with the reason. */
  readonly notDerived: readonly NotDerivedIndicator[];
}

/**
 * The input of {@link deriveIndicators}.
 *
 * @example
 * ```ts
 * const input: DeriveIndicatorsInput = { standard: "2021-2025", household: { code: "HH-001", area: "rural", members: [{ age: 7, healthInsurance: false }] } };
 * ```
 * @category Forms
 */
export interface DeriveIndicatorsInput {
  /** The standard whose definitions are followed. */
  readonly standard: string | PovertyStandard;
  /** The household, as collected (validated here). */
  readonly household: HouseholdInput;
}

type Tri = boolean | undefined;

function param(ind: Indicator, name: string): number | undefined {
  return ind.parameters?.[name]?.value;
}

function detail(ind: Indicator, deprived: Tri, missing: string[], parameters: { [k: string]: number }): DerivedIndicator {
  let status: Certainty = ind.status;
  for (const p of Object.values(ind.parameters ?? {})) if (p.status === "uncertain") status = "uncertain";
  return { key: ind.key, deprived, missing, status, source: ind.definition ?? ind.name, citation: ind.citation, parameters };
}

/** "At least one": true if any is true, false if all are false, undefined otherwise. */
function any(values: readonly Tri[]): Tri {
  if (values.some((v) => v === true)) return true;
  return values.every((v) => v === false) ? false : undefined;
}

type Rule = (ind: Indicator, h: Household) => DerivedIndicator | undefined;

const RULES: { readonly [key: string]: Rule } = {
  healthInsurance: (ind, h) => {
    const minAge = param(ind, "minAge");
    if (minAge === undefined) return undefined;
    const missing: string[] = [];
    const values = h.members.map((m, i) => {
      if (m.age < minAge) return false;
      if (m.healthInsurance === undefined) missing.push(`members[${i}].healthInsurance`);
      return m.healthInsurance === undefined ? undefined : !m.healthInsurance;
    });
    const d = any(values);
    return detail(ind, d, d === undefined ? missing : [], { minAge });
  },
  housingArea: (ind, h) => {
    const min = param(ind, "minFloorAreaPerPersonM2");
    if (min === undefined) return undefined;
    const area = h.housing?.floorAreaM2;
    if (area === undefined) return detail(ind, undefined, ["housing.floorAreaM2"], { minFloorAreaPerPersonM2: min });
    // area / members < min ⇔ area < min × members, compared exactly in decimals (no division)
    const deprived = new Decimal(area).lt(new Decimal(min).times(h.members.length));
    return detail(ind, deprived, [], { minFloorAreaPerPersonM2: min });
  },
  dependants: (ind, h) => {
    const share = param(ind, "shareAbove");
    if (share === undefined) return undefined;
    const n = h.members.length;
    const yes = h.members.filter((m) => m.dependant === true).length;
    const unknown: string[] = [];
    h.members.forEach((m, i) => {
      if (m.dependant === undefined) unknown.push(`members[${i}].dependant`);
    });
    const limit = new Decimal(share).times(n);
    // dependants > share × members, compared exactly
    const deprived: Tri = new Decimal(yes).gt(limit) ? true : new Decimal(yes + unknown.length).gt(limit) ? undefined : false;
    return detail(ind, deprived, deprived === undefined ? unknown : [], { shareAbove: share });
  },
  housingQuality: (ind, h) => {
    const atLeast = param(ind, "nonDurablePartsAtLeast");
    if (atLeast === undefined) return undefined;
    const parts = [
      ["housing.walls", h.housing?.walls],
      ["housing.columns", h.housing?.columns],
      ["housing.roof", h.housing?.roof],
    ] as const;
    const bad = parts.filter(([, v]) => v === "non_durable").length;
    const unknown = parts.filter(([, v]) => v === undefined).map(([p]) => p);
    const deprived: Tri = bad >= atLeast ? true : bad + unknown.length >= atLeast ? undefined : false;
    return detail(ind, deprived, deprived === undefined ? [...unknown] : [], { nonDurablePartsAtLeast: atLeast });
  },
  drinkingWater: (ind, h) => {
    if (!ind.definition) return undefined;
    const v = h.water?.cleanSource;
    return detail(ind, v === undefined ? undefined : !v, v === undefined ? ["water.cleanSource"] : [], {});
  },
  sanitation: (ind, h) => {
    if (!ind.definition) return undefined;
    const v = h.sanitation?.hygienicLatrine;
    return detail(ind, v === undefined ? undefined : !v, v === undefined ? ["sanitation.hygienicLatrine"] : [], {});
  },
};

/**
 * Derives deprivation indicators from a household's member and housing data (suy ra chỉ số thiếu hụt từ dữ liệu
 * thành viên và nhà ở), each marked with the certainty of the definition it followed; returns the issues when the
 * household is bad.
 *
 * @remarks
 * The primary B2 input is the reviewer's tick per indicator; these helpers only suggest answers. They follow the
 * definitions in the standard's data (2021–2025: Decree 07/2021/NĐ-CP Art. 3, read in a secondary note, all
 * UNCERTAIN), with their numbers read from the indicator's `parameters`:
 * - health insurance: deprived if a member aged `minAge` (6) or over has no health insurance card;
 * - floor area per person: deprived if floor area < `minFloorAreaPerPersonM2` (8) × members, compared exactly in
 *   decimals (no division);
 * - dependants: deprived if the members marked as dependants are more than `shareAbove` (half) of the members;
 * - housing quality: deprived if at least `nonDurablePartsAtLeast` (2) of walls, columns and roof are non-durable;
 * - domestic water and hygienic latrine: from the household's yes/no answers.
 * An indicator whose data is missing is returned with `deprived: undefined` and the missing field paths (never
 * guessed). Every other indicator of the standard is listed in `notDerived` with the reason it cannot be derived
 * (no definition sourced, no numbers for it, or no household fields for it): under 2016–2020 all ten, under
 * 2027–2030 all twelve for now, so an app can show the reviewer which indicators to answer by hand.
 *
 * @param input - the standard and the household.
 * @returns `{ ok: true, value: { answers, details } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * const r = safeDeriveIndicators({ standard: "2021-2025", household: { code: "HH-001", area: "rural", members: [{ age: 7, healthInsurance: false }] } });
 * if (r.ok) r.value.answers["healthInsurance"]; //=> true
 * ```
 * @category Forms
 */
export function safeDeriveIndicators(input: DeriveIndicatorsInput): SafeResult<DerivedIndicators> {
  return guardSafe(() => {
    const std = resolveStandard((input as { standard?: unknown } | null)?.standard, ["standard"]);
    if (!std.ok) return std;
    const h = safeParseHousehold((input as { household?: unknown }).household);
    if (!h.ok) return { ok: false, issues: prefixIssues(h.issues, ["household"]) };
    const details: DerivedIndicator[] = [];
    const notDerived: NotDerivedIndicator[] = [];
    const answers: { [k: string]: boolean } = {};
    for (const ind of std.value.indicators) {
      const rule = Object.prototype.hasOwnProperty.call(RULES, ind.key) ? RULES[ind.key] : undefined;
      const d = rule?.(ind, h.value);
      if (!d) {
        const reason = !ind.definition ? "definition_not_found" : rule ? "numbers_not_found" : "no_household_fields";
        const params = { nameVi: ind.name.vi, nameEn: ind.name.en, standard: std.value.id };
        notDerived.push({ key: ind.key, reason, message: termText(`derive_${reason}`, params), status: ind.status, citation: ind.citation });
        continue;
      }
      details.push(d);
      if (d.deprived !== undefined) answers[d.key] = d.deprived;
    }
    return { ok: true, value: { answers, details, notDerived } };
  });
}

/**
 * Derives deprivation indicators from a household's data (suy ra chỉ số thiếu hụt); throws on bad input.
 *
 * @remarks See {@link safeDeriveIndicators}: every derivation is marked with the certainty of its definition.
 * @param input - the standard and the household.
 * @returns `{ answers, details }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * deriveIndicators({ standard: "2021-2025", household: { code: "HH-001", area: "rural", members: [{ age: 30 }, { age: 3 }], housing: { floorAreaM2: 15.9 } } }).answers["housingArea"];
 * //=> true (15.9 m² < 8 m² × 2 members)
 * ```
 * @category Forms
 */
export function deriveIndicators(input: DeriveIndicatorsInput): DerivedIndicators {
  return unwrap(safeDeriveIndicators(input), "deriveIndicators");
}
