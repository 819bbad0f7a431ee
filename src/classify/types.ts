import type { RuleNotFound } from "../explain/types.js";

/**
 * Why a household is poor (căn cứ xác định hộ nghèo): `"income"` (2016–2020: income at or below the poverty line),
 * `"deprivation"` (2016–2020: income between the two lines and enough deprivations) or `"income_and_deprivation"`
 * (from 2021: income at or below the line **and** enough deprivations).
 *
 * @example
 * ```ts
 * const b: PoorBasis = "income_and_deprivation";
 * ```
 * @category Classification
 */
export type PoorBasis = "income" | "deprivation" | "income_and_deprivation";

/**
 * The class an income-and-deprivation rule gives a household (phân loại hộ): poor (hộ nghèo), near-poor (hộ cận
 * nghèo), neither (không thuộc diện nghèo, cận nghèo), or undetermined when an input the rule needs is missing.
 *
 * @remarks
 * `basis` says why a household is poor (see {@link PoorBasis}). `undetermined` means only that an input is
 * missing: `missing` names exactly the inputs that were needed and not given; nothing is guessed.
 *
 * @example
 * ```ts
 * const o: PovertyClassOutcome = { kind: "poor", basis: "income_and_deprivation" };
 * ```
 * @category Classification
 */
export type PovertyClassOutcome =
  | { readonly kind: "poor"; readonly basis: PoorBasis }
  | { readonly kind: "near_poor" }
  | { readonly kind: "not_poor" }
  | { readonly kind: "undetermined"; readonly missing: readonly string[] };

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

/**
 * The class of a household scored on the review forms (kết quả phân loại hộ theo Phiếu A, B): a
 * {@link PovertyClassOutcome} that also says why a household is not poor, or which rule the law lacks.
 *
 * @remarks
 * - `poor.basis`: `"income"` (2016–2020, B1 at or below the poverty cut-off), `"deprivation"` (2016–2020, B1 between
 *   the cut-offs and B2 ≥ 30) or `"income_and_deprivation"` (2022–2025, B1 at or below the cut-off and B2 ≥ 30).
 * - `not_poor.reason`: `"form_a_not_reviewed"` (Phiếu A column 0 = 0), `"form_a_screened_out"` (Phiếu A column E at
 *   or above the stop count) — both with `screenedOut: true` — or `"b1_above_cutoff"`.
 * - `undetermined.missing`: exactly the inputs needed and not given: `"b1"`, `"b2"`, or scorecard items / indicator
 *   answers as `"b1.answers.<item>"` / `"b2.answers.<indicator>"`. When only `b1` is missing, B2 may be needed
 *   later (if B1 turns out at or below the cut-off).
 * - `rule_not_found`: the law lacks a value and no input could help: `"b1_cutoff_not_found"` (2027–2030 has no
 *   B1/B2 cut-off) or `"local_b1_cutoff_not_found"` (a local standard raised the income line; no B1 score is
 *   equated with it). Classify from surveyed income instead.
 *
 * @example
 * ```ts
 * const o: HouseholdClassOutcome = { kind: "not_poor", reason: "form_a_screened_out", screenedOut: true };
 * ```
 * @category Classification
 */
export type HouseholdClassOutcome =
  | { readonly kind: "poor"; readonly basis: PoorBasis }
  | { readonly kind: "near_poor" }
  | { readonly kind: "not_poor"; readonly reason: "form_a_not_reviewed" | "form_a_screened_out" | "b1_above_cutoff"; readonly screenedOut: boolean }
  | { readonly kind: "undetermined"; readonly missing: readonly string[] }
  | RuleNotFound<"b1_cutoff_not_found" | "local_b1_cutoff_not_found">;
