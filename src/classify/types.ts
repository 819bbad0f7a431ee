/**
 * The class an income-and-deprivation rule gives a household (phân loại hộ): poor (hộ nghèo), near-poor (hộ cận
 * nghèo), neither (không thuộc diện nghèo, cận nghèo), or undetermined when an input the rule needs is missing.
 *
 * @remarks
 * `basis` says why a household is poor: `"income"` (2016–2020: income at or below the poverty line),
 * `"deprivation"` (2016–2020: income between the two lines and at least 3 deprivations) or
 * `"income_and_deprivation"` (from 2021: income at or below the line **and** at least 3 deprivations).
 * `undetermined.missing` names exactly the inputs that were needed and not given; nothing is guessed.
 *
 * @example
 * ```ts
 * const o: PovertyClassOutcome = { kind: "poor", basis: "income_and_deprivation" };
 * ```
 * @category Classification
 */
export type PovertyClassOutcome =
  | { readonly kind: "poor"; readonly basis: "income" | "deprivation" | "income_and_deprivation" }
  | { readonly kind: "near_poor" }
  | { readonly kind: "not_poor" }
  | { readonly kind: "undetermined"; readonly missing: readonly string[]; readonly reason?: string };

/**
 * The kinds of {@link PovertyClassOutcome}.
 *
 * @example
 * ```ts
 * const k: PovertyClassKind = "near_poor";
 * ```
 * @category Classification
 */
export type PovertyClassKind = PovertyClassOutcome["kind"];
