import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { STANDARDS } from "../standards/STANDARDS.js";
import type { PovertyStandard } from "../standards/types.js";
import { resolveStandardRef } from "../_lib/standardRef.js";
import { classifyResolvedHousehold, type ClassifyHouseholdInput, type HouseholdClassOutcome, type HouseholdDecision } from "./classifyHousehold.js";
import { decideHousehold, resolveHousehold } from "./resolveHousehold.js";
import * as rules from "./scoreRule.js";
import type { ScoreRule } from "./scoreRule.js";
import { MAX_CRITERIA } from "../forms/formA.js";

// Module-local aliases: the hot loop reads these once per record, and some loaders turn imported bindings into
// getter calls.
const FORM_A_ABSENT = rules.FORM_A_ABSENT;
const FORM_A_NOT_REVIEWED = rules.FORM_A_NOT_REVIEWED;
const SCORE_ABSENT = rules.SCORE_ABSENT;
const OUTCOME_BY_CODE = rules.OUTCOME_BY_CODE;
const decideCode = rules.decideCode;
const scoreRule = rules.scoreRule;

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
 * const r: RejectedHousehold = { index: 7, code: "HH-008", issues: [] };
 * ```
 * @category Classification
 */
export interface RejectedHousehold {
  /** 0-based position in the input. */
  readonly index: number;
  /** The record's `code` field (household code), when it has a string one. */
  readonly code?: string;
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
 * The outcomes of a batch run by input position (kết quả theo thứ tự bản ghi), stored compactly (one byte per
 * household for the common outcomes).
 *
 * @example
 * ```ts
 * const o: BatchOutcomes = classifyHouseholds([{ standard: "2021-2025", area: "rural", b1: 150 }]).outcomes;
 * o.at(0)?.kind; //=> "not_poor"
 * [...o].length; //=> 1
 * ```
 * @category Classification
 */
export interface BatchOutcomes extends Iterable<HouseholdClassOutcome | null> {
  /** The number of records read. */
  readonly length: number;
  /**
   * The outcome of the record at an input position.
   *
   * @param index - 0-based input position.
   * @returns the outcome (a shared frozen object), `null` when the record was rejected, `undefined` out of range.
   */
  at(index: number): HouseholdClassOutcome | null | undefined;
}

/**
 * The result of {@link classifyHouseholds} (kết quả phân loại hàng loạt).
 *
 * @example
 * ```ts
 * const r: ClassifyHouseholdsResult = classifyHouseholds([{ standard: "2021-2025", area: "rural", b1: 150 }]);
 * r.outcomes.at(0)?.kind; //=> "not_poor"
 * ```
 * @category Classification
 */
export interface ClassifyHouseholdsResult {
  /** The outcome of each record by input position; `null` where the record was rejected. */
  readonly outcomes: BatchOutcomes;
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

/** The code for an outcome that is not one of the shared ones (kept in a side map). */
const OTHER = 255;
const NOT_HANDLED = -1;

/**
 * The fast path: validates a record whose B1/B2 are plain numbers and whose Phiếu A (if any) is plain, and decides
 * it as an outcome code; returns NOT_HANDLED whenever anything is unusual, so the full path (the same as
 * {@link safeClassifyHousehold}) decides and reports issues.
 */
function fast(r: Obj, rule: ScoreRule): number {
  const b1 = r["b1"];
  const b2 = r["b2"];
  const formA = r["formA"];
  if (r["region"] !== undefined) return NOT_HANDLED;
  if (b1 !== undefined && !isScore(b1)) return NOT_HANDLED;
  if (b2 !== undefined && (!isScore(b2) || b2 % rule.pointsPerIndicator !== 0 || b2 > rule.pointsPerIndicator * rule.indicatorCount)) return NOT_HANDLED;
  let fa = FORM_A_ABSENT;
  if (formA !== undefined) {
    if (typeof formA !== "object" || formA === null) return NOT_HANDLED;
    const a = formA as Obj;
    const reviewed = a["reviewed"];
    const criteria = a["criteria"];
    let aKeys = 1;
    if (reviewed !== 0 && reviewed !== 1) return NOT_HANDLED;
    if (criteria !== undefined) {
      if (!Array.isArray(criteria) || (rule.formACount >= 0 && criteria.length !== rule.formACount) || criteria.length > MAX_CRITERIA) return NOT_HANDLED;
      let total = 0;
      for (let i = 0; i < criteria.length; i++) {
        const c: unknown = criteria[i];
        if (c !== 0 && c !== 1) return NOT_HANDLED;
        total += c;
      }
      fa = reviewed === 1 ? total : FORM_A_NOT_REVIEWED;
      aKeys++;
    } else if (reviewed === 1) return NOT_HANDLED;
    else fa = FORM_A_NOT_REVIEWED;
    let n = 0;
    for (const k in a) if (Object.prototype.hasOwnProperty.call(a, k)) n++;
    if (n !== aKeys) return NOT_HANDLED;
  }
  return decideCode(rule, fa, b1 === undefined ? SCORE_ABSENT : b1, b2 === undefined ? SCORE_ABSENT : b2);
}

const FIELDS = ["standard", "area", "region", "formA", "b1", "b2"] as const;

/** The classification fields of a batch record (other fields, such as a household code, are not part of it). */
function pick(rec: unknown): unknown {
  if (typeof rec !== "object" || rec === null || Array.isArray(rec)) return rec;
  const r = rec as Obj;
  const out: { [k: string]: unknown } = {};
  for (const k of FIELDS) if (r[k] !== undefined) out[k] = r[k];
  return out;
}

/** Tallies by outcome code (0 = rejected). */
const KIND_OF_CODE = OUTCOME_BY_CODE.map((o) => (o === null ? -1 : o.kind === "poor" ? 0 : o.kind === "near_poor" ? 1 : o.kind === "not_poor" ? 2 : 3));

function kindIndex(o: HouseholdClassOutcome): number {
  return o.kind === "poor" ? 0 : o.kind === "near_poor" ? 1 : o.kind === "not_poor" ? 2 : 3;
}

function view(codes: Uint8Array, length: number, others: Map<number, HouseholdClassOutcome>): BatchOutcomes {
  const at = (i: number): HouseholdClassOutcome | null | undefined => {
    if (!Number.isInteger(i) || i < 0 || i >= length) return undefined;
    const c = codes[i] ?? 0;
    return c === OTHER ? (others.get(i) ?? null) : (OUTCOME_BY_CODE[c] ?? null);
  };
  return {
    length,
    at,
    *[Symbol.iterator]() {
      for (let i = 0; i < length; i++) yield at(i) ?? null;
    },
  };
}

/**
 * Classifies many households from their Phiếu A and Phiếu B scores (phân loại hàng loạt hộ nghèo, hộ cận nghèo),
 * without building explanations unless asked; bad records are reported by index and the rest still classified.
 *
 * @remarks
 * Each record holds the fields of a {@link ClassifyHouseholdInput} (`standard`, `area`, `region`, `formA`, `b1`,
 * `b2`) and gets the same outcome and, when rejected, the same issues as {@link safeClassifyHousehold} on those
 * fields. Other fields (a household `code`, unit codes…) are carried by real records and are not part of the
 * classification: they are ignored, and a string `code` is copied into the rejection report. Records whose B1 and
 * B2 are plain numbers take a fast path that validates them cheaply (whole, non-negative; B2 a multiple of the
 * points per indicator and at most the maximum; Phiếu A of the right length) and allocates nothing per record;
 * anything else goes through the full validation. The standard is resolved once per run of records that share it.
 * Nothing is lost: `counts.input = counts.ok + counts.rejected`, and `outcomes` has one entry per input record.
 *
 * @param records - any iterable of records (an array, or a generator over a file read elsewhere).
 * @param options - `{ explain: true }` to build each decision's explanation.
 * @returns the outcomes by index, the rejected records with their issues, and the counts.
 * @throws {@link PovertyError} with code `"invalid_input"` when `records` is not iterable (a programmer error).
 * @example
 * ```ts
 * const r = classifyHouseholds([
 *   { standard: "2021-2025", area: "rural", b1: 140, b2: 30 },
 *   { standard: "2021-2025", area: "rural", b1: -3 },
 * ]);
 * r.outcomes.at(0); //=> { kind: "poor", basis: "income_and_deprivation" }
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
  let codes = new Uint8Array(Array.isArray(records) ? Math.max(records.length, 1) : 1024);
  const others = new Map<number, HouseholdClassOutcome>();
  const decisions: (HouseholdDecision | null)[] | undefined = explain ? [] : undefined;
  const rejected: RejectedHousehold[] = [];
  const tally = [0, 0, 0, 0];
  let lastRef: unknown = undefined;
  let lastStandard: PovertyStandard | undefined;
  let rural: ScoreRule | undefined;
  let urban: ScoreRule | undefined;
  let index = 0;
  for (const rec of records) {
    if (index === codes.length) {
      const grown = new Uint8Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
    }
    let code = NOT_HANDLED;
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
      if (rule !== undefined) code = fast(r, rule);
    }
    if (code !== NOT_HANDLED) {
      codes[index] = code;
      tally[KIND_OF_CODE[code] ?? 3]!++;
      index++;
      continue;
    }
    const res = resolveHousehold(pick(rec));
    if (!res.ok) {
      const c = typeof rec === "object" && rec !== null ? (rec as unknown as Obj)["code"] : undefined;
      rejected.push({ index, ...(typeof c === "string" ? { code: c } : {}), issues: res.issues });
      codes[index] = 0;
      decisions?.push(null);
      index++;
      continue;
    }
    let outcome: HouseholdClassOutcome;
    if (decisions) {
      const d = classifyResolvedHousehold(res.value);
      decisions.push(d);
      outcome = d.outcome;
    } else outcome = decideHousehold(res.value);
    const shared = OUTCOME_BY_CODE.indexOf(outcome);
    if (shared > 0) codes[index] = shared;
    else {
      codes[index] = OTHER;
      others.set(index, outcome);
    }
    tally[kindIndex(outcome)]!++;
    index++;
  }
  return {
    outcomes: view(codes, index, others),
    ...(decisions ? { decisions } : {}),
    rejected,
    counts: { input: index, ok: index - rejected.length, rejected: rejected.length, poor: tally[0] ?? 0, near_poor: tally[1] ?? 0, not_poor: tally[2] ?? 0, undetermined: tally[3] ?? 0 },
  };
}
