import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { STANDARDS } from "../standards/STANDARDS.js";
import type { PovertyStandard } from "../standards/types.js";
import { resolveStandardRef } from "../_lib/standardRef.js";
import { classifyResolvedHousehold, type ClassifyHouseholdInput, type HouseholdClassOutcome, type HouseholdDecision } from "./classifyHousehold.js";
import { decideHousehold, resolveHousehold } from "./resolveHousehold.js";
import { FORM_A_ABSENT, FORM_A_NOT_REVIEWED, SCORE_ABSENT, decideScores, scoreRule, type ScoreRule } from "./scoreRule.js";

/**
 * Options of {@link classifyHouseholds} (tùy chọn phân loại hàng loạt).
 *
 * @example
 * ```ts
 * const o: ClassifyHouseholdsOptions = { explain: false };
 * ```
 * @category Classification
 */
export interface ClassifyHouseholdsOptions {
  /** Build each household's explanation (`decisions`). Default `false`: outcomes only, for national-scale runs. */
  readonly explain?: boolean;
}

/**
 * A record the batch could not classify (bản ghi bị từ chối), by its position in the input.
 *
 * @example
 * ```ts
 * const r: RejectedHousehold = { index: 7, issues: [] };
 * ```
 * @category Classification
 */
export interface RejectedHousehold {
  /** 0-based position in the input. */
  readonly index: number;
  /** Why: the same issues {@link safeClassifyHousehold} returns. */
  readonly issues: readonly Issue[];
}

/**
 * The counts of a batch run (số lượng theo kết quả): every input record is either classified or rejected.
 *
 * @example
 * ```ts
 * const c: BatchCounts = { input: 3, ok: 2, rejected: 1, poor: 1, near_poor: 0, not_poor: 1, undetermined: 0 };
 * ```
 * @category Classification
 */
export interface BatchCounts {
  /** Records read. Always `ok + rejected`. */
  readonly input: number;
  /** Records classified. */
  readonly ok: number;
  /** Records rejected with issues. */
  readonly rejected: number;
  /** Classified poor. */
  readonly poor: number;
  /** Classified near-poor. */
  readonly near_poor: number;
  /** Classified neither. */
  readonly not_poor: number;
  /** Classified undetermined. */
  readonly undetermined: number;
}

/**
 * The result of {@link classifyHouseholds} (kết quả phân loại hàng loạt).
 *
 * @example
 * ```ts
 * const r: ClassifyHouseholdsResult = classifyHouseholds([{ standard: "2021-2025", area: "rural", b1: 150 }]);
 * r.outcomes[0]?.kind; //=> "not_poor"
 * ```
 * @category Classification
 */
export interface ClassifyHouseholdsResult {
  /** The outcome of each record by input position; `null` where the record was rejected. Outcomes are shared frozen objects. */
  readonly outcomes: readonly (HouseholdClassOutcome | null)[];
  /** With `explain: true`: each record's full decision by input position (`null` where rejected). */
  readonly decisions?: readonly (HouseholdDecision | null)[];
  /** The rejected records, in input order. */
  readonly rejected: readonly RejectedHousehold[];
  /** The counts. */
  readonly counts: BatchCounts;
}

type Obj = { readonly [k: string]: unknown };

/** Cheap check of a whole non-negative score. */
function isScore(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
}

/**
 * The fast path: validates a record that has only numbers for B1/B2 and a plain Phiếu A, and decides it; returns
 * `undefined` whenever anything is unusual, so the full path (the same as {@link safeClassifyHousehold}) decides
 * and reports issues.
 */
function fast(r: Obj, rule: ScoreRule): HouseholdClassOutcome | undefined {
  let keys = 2;
  const b1 = r["b1"];
  const b2 = r["b2"];
  const formA = r["formA"];
  let fa = FORM_A_ABSENT;
  if (b1 !== undefined) {
    if (!isScore(b1)) return undefined;
    keys++;
  }
  if (b2 !== undefined) {
    if (!isScore(b2) || b2 % rule.pointsPerIndicator !== 0 || b2 > rule.pointsPerIndicator * rule.indicatorCount) return undefined;
    keys++;
  }
  if (formA !== undefined) {
    if (typeof formA !== "object" || formA === null) return undefined;
    const a = formA as Obj;
    const reviewed = a["reviewed"];
    const criteria = a["criteria"];
    let aKeys = 1;
    if (reviewed !== 0 && reviewed !== 1) return undefined;
    if (criteria !== undefined) {
      if (!Array.isArray(criteria) || (rule.formACount >= 0 && criteria.length !== rule.formACount) || criteria.length > 50) return undefined;
      let total = 0;
      for (let i = 0; i < criteria.length; i++) {
        const c: unknown = criteria[i];
        if (c !== 0 && c !== 1) return undefined;
        total += c;
      }
      fa = reviewed === 1 ? total : FORM_A_NOT_REVIEWED;
      aKeys++;
    } else if (reviewed === 1) return undefined;
    else fa = FORM_A_NOT_REVIEWED;
    let n = 0;
    for (const k in a) if (Object.prototype.hasOwnProperty.call(a, k)) n++;
    if (n !== aKeys) return undefined;
    keys++;
  }
  let n = 0;
  for (const k in r) if (Object.prototype.hasOwnProperty.call(r, k)) n++;
  if (n !== keys) return undefined;
  return decideScores(rule, fa, b1 === undefined ? SCORE_ABSENT : b1, b2 === undefined ? SCORE_ABSENT : b2);
}

/**
 * Classifies many households from their Phiếu A and Phiếu B scores (phân loại hàng loạt hộ nghèo, hộ cận nghèo),
 * without building explanations unless asked; bad records are reported by index and the rest still classified.
 *
 * @remarks
 * Each record is an input of {@link classifyHousehold} and gets the same outcome and, when rejected, the same issues
 * as {@link safeClassifyHousehold}. Records whose B1 and B2 are plain numbers take a fast path that validates them
 * cheaply (whole, non-negative; B2 a multiple of the points per indicator and at most the maximum; Phiếu A of the
 * right length; no unknown field) and allocates nothing per record; anything else goes through the full
 * validation. The standard is resolved once per run of records that share it. Nothing is lost:
 * `counts.input = counts.ok + counts.rejected`, `outcomes` has one entry per input record.
 *
 * @param records - any iterable of inputs (an array, a generator over a file read elsewhere).
 * @param options - `{ explain: true }` to build each decision's explanation.
 * @returns the outcomes by index, the rejected records with their issues, and the counts.
 * @throws {@link PovertyError} with code `"invalid_input"` when `records` is not iterable (a programmer error).
 * @example
 * ```ts
 * const r = classifyHouseholds([
 *   { standard: "2021-2025", area: "rural", b1: 140, b2: 30 },
 *   { standard: "2021-2025", area: "rural", b1: -3 },
 * ]);
 * r.outcomes[0]; //=> { kind: "poor", basis: "income_and_deprivation" }
 * r.rejected[0]?.index; //=> 1
 * r.counts; //=> { input: 2, ok: 1, rejected: 1, poor: 1, near_poor: 0, not_poor: 0, undetermined: 0 }
 * ```
 * @category Classification
 */
export function classifyHouseholds(records: Iterable<ClassifyHouseholdInput>, options: ClassifyHouseholdsOptions = {}): ClassifyHouseholdsResult {
  if (records === null || typeof records !== "object" || typeof (records as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    throw new PovertyError("invalid_input", "classifyHouseholds needs an iterable of records", { function: "classifyHouseholds" });
  }
  const explain = options.explain === true;
  const outcomes: (HouseholdClassOutcome | null)[] = [];
  const decisions: (HouseholdDecision | null)[] | undefined = explain ? [] : undefined;
  const rejected: RejectedHousehold[] = [];
  let poor = 0;
  let nearPoor = 0;
  let notPoor = 0;
  let undetermined = 0;
  let lastRef: unknown = undefined;
  let lastStandard: PovertyStandard | undefined;
  let rural: ScoreRule | undefined;
  let urban: ScoreRule | undefined;
  let index = 0;
  for (const rec of records) {
    let outcome: HouseholdClassOutcome | undefined;
    if (!explain && typeof rec === "object" && rec !== null) {
      const r = rec as unknown as Obj;
      const ref = r["standard"];
      if (ref !== lastRef) {
        const s = typeof ref === "string" ? STANDARDS.find((x) => x.id === ref) : resolveStandardRef(ref, []).ok ? (ref as PovertyStandard) : undefined;
        lastRef = ref;
        lastStandard = s;
        const ru = s ? scoreRule(s, "rural") : undefined;
        const ur = s ? scoreRule(s, "urban") : undefined;
        rural = typeof ru === "object" ? ru : undefined;
        urban = typeof ur === "object" ? ur : undefined;
      }
      const area = r["area"];
      const rule = lastStandard === undefined ? undefined : area === "rural" ? rural : area === "urban" ? urban : undefined;
      if (rule) outcome = fast(r, rule);
    }
    if (outcome === undefined) {
      const res = resolveHousehold(rec);
      if (!res.ok) {
        rejected.push({ index, issues: res.issues });
        outcomes.push(null);
        decisions?.push(null);
        index++;
        continue;
      }
      if (decisions) {
        const d = classifyResolvedHousehold(res.value);
        decisions.push(d);
        outcome = d.outcome;
      } else outcome = decideHousehold(res.value);
    }
    outcomes.push(outcome);
    switch (outcome.kind) {
      case "poor":
        poor++;
        break;
      case "near_poor":
        nearPoor++;
        break;
      case "not_poor":
        notPoor++;
        break;
      case "undetermined":
        undetermined++;
        break;
    }
    index++;
  }
  const ok = index - rejected.length;
  return {
    outcomes,
    ...(decisions ? { decisions } : {}),
    rejected,
    counts: { input: index, ok, rejected: rejected.length, poor, near_poor: nearPoor, not_poor: notPoor, undetermined },
  };
}
