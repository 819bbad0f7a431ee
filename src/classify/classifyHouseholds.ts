import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { unreadable } from "../_lib/issues.js";
import { lookupStandard } from "../standards/_resolveStandard.js";
import type { PovertyStandard } from "../standards/types.js";
import { newScratch, resolveFast, resolveHouseholdInput, type ClassifyHouseholdInput, type FastHousehold } from "./_householdInput.js";
import { NO_SCORE_PROBE, OUTCOMES, evaluateScores, ruleNotFound } from "./_householdRule.js";
import { explainHousehold, type HouseholdDecision } from "./classifyHousehold.js";
import type { HouseholdClassOutcome } from "./types.js";

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
  /**
   * How many rejected records to list with their issues (default 1000; `Infinity` lists every one). Every rejected
   * record is counted in `counts.rejected` whatever the cap, and its outcome is `null`.
   */
  readonly maxRejected?: number;
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
 * const c: BatchCounts = { input: 3, ok: 2, rejected: 1, poor: 1, near_poor: 0, not_poor: 1, undetermined: 0, rule_not_found: 0 };
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
  /** Classified undetermined (an input missing). */
  readonly undetermined: number;
  /** Not classified because the law lacks a rule (e.g. no B1 cut-off under 2027–2030). */
  readonly rule_not_found: number;
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
  /** The rejected records, in input order (at most `maxRejected`; `counts.rejected` counts them all). */
  readonly rejected: readonly RejectedHousehold[];
  /** The counts. */
  readonly counts: BatchCounts;
}

type Obj = { readonly [k: string]: unknown };

/** The shared outcomes by code (0 marks a rejected record; 255 an outcome kept in a side map). */
const OUTCOME_BY_CODE: readonly (HouseholdClassOutcome | null)[] = [
  null,
  OUTCOMES.poorIncome,
  OUTCOMES.poorDeprivation,
  OUTCOMES.poorIncomeAndDeprivation,
  OUTCOMES.nearPoor,
  OUTCOMES.notPoorB1,
  OUTCOMES.notPoorNotReviewed,
  OUTCOMES.notPoorScreenedOut,
  OUTCOMES.missingB1,
  OUTCOMES.missingB2,
];
const CODE_OF: ReadonlyMap<HouseholdClassOutcome, number> = new Map(OUTCOME_BY_CODE.flatMap((o, i) => (o === null ? [] : [[o, i] as const])));
const OTHER = 255;

const KIND_INDEX = { poor: 0, near_poor: 1, not_poor: 2, undetermined: 3, rule_not_found: 4 } as const;

const FIELDS = ["standard", "area", "region", "formA", "b1", "b2"] as const;

/** The classification fields of a batch record (other fields, such as a household code, are not part of it). */
function pick(rec: unknown, lookup: (ref: unknown) => PovertyStandard | undefined): unknown {
  if (typeof rec !== "object" || rec === null || Array.isArray(rec)) return rec;
  const r = rec as Obj;
  const out: { [k: string]: unknown } = {};
  for (const k of FIELDS) {
    const v = r[k];
    if (v === undefined) continue;
    // a standard given as an object is recognised once per batch (the recognised one stands in for it)
    // Stryker disable next-line all: equivalent — without the stand-in the object is recognised again, with the same answer
    out[k] = k === "standard" && typeof v === "object" && v !== null ? (lookup(v) ?? v) : v;
  }
  return out;
}

/**
 * Recognises each standard object once per call: the library remembers across calls only standards that can never
 * change, so a batch whose records share one unfrozen copy of a standard would otherwise recognise it per record.
 */
function batchLookup(): (ref: unknown) => PovertyStandard | undefined {
  const memo = new Map<object, PovertyStandard | undefined>();
  // Stryker disable all: equivalent — a memo: skipping or bypassing it gives the same standard for every reference
  return (ref) => {
    if (typeof ref !== "object" || ref === null) return lookupStandard(ref);
    if (memo.has(ref)) return memo.get(ref);
    const s = lookupStandard(ref);
    memo.set(ref, s);
    return s;
  };
}

// Stryker restore all

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

/** The record's own `code`, when it is a string that can be read. */
function codeOf(rec: unknown): string | undefined {
  try {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent — a primitive has no string `code`, and reading one from null throws into the catch below
    const c = typeof rec === "object" && rec !== null ? (rec as Obj)["code"] : undefined;
    return typeof c === "string" ? c : undefined;
  } catch {
    return undefined;
  }
}

function capOf(v: unknown): number {
  return typeof v === "number" && v >= 0 && !Number.isNaN(v) ? Math.floor(v) : 1000;
}

/**
 * Classifies many households from their Phiếu A and Phiếu B scores (phân loại hàng loạt hộ nghèo, hộ cận nghèo),
 * without building explanations unless asked; bad records are reported by index and the rest still classified.
 *
 * @remarks
 * Each record holds the fields of a {@link ClassifyHouseholdInput} (`standard`, `area`, `region`, `formA`, `b1`,
 * `b2`) and gets the same outcome and, when rejected, the same issues as {@link safeClassifyHousehold} on those
 * fields. Other fields (a household `code`, unit codes…) are carried by real records and are not part of the
 * classification: they are ignored, and a string `code` is copied into the rejection report. Every record is
 * decided by the same rule as {@link classifyHousehold} (one evaluation, without a tracer). Records in the usual
 * shapes (B1 as a total; B2 as a total, answers, a list or a count; plain Phiếu A) take a fast path that
 * validates them as the schemas would and allocates nothing per record; anything else goes through the full
 * validation, which reports the issues. Nothing is lost: `counts.input = counts.ok + counts.rejected`, and
 * `outcomes` has one entry per input record; rejected records beyond `maxRejected` are counted, not listed.
 *
 * @param records - any iterable of records (an array, or a generator over a file read elsewhere).
 * @param options - `{ explain: true }` to build each decision's explanation.
 * @returns the outcomes by index, the rejected records with their issues, and the counts.
 * @throws {@link PovertyError} with code `"invalid_input"` when `records` is not iterable or `options` cannot be
 * read (a programmer error), or when the iterator itself throws midway: the error's `details.read` says how many
 * records had been read, and its `cause` is what the iterator threw; no partial result is returned. A record that
 * cannot be read (a getter or a Proxy that throws) is not an error: it is rejected with an `input_unreadable` issue.
 * @example
 * ```ts
 * const r = classifyHouseholds([
 *   { standard: "2021-2025", area: "rural", b1: 140, b2: 30 },
 *   { standard: "2021-2025", area: "rural", b1: -3 },
 * ]);
 * r.outcomes.at(0); //=> { kind: "poor", basis: "income_and_deprivation" }
 * r.rejected[0]?.index; //=> 1
 * r.counts; //=> { input: 2, ok: 1, rejected: 1, poor: 1, near_poor: 0, not_poor: 0, undetermined: 0, rule_not_found: 0 }
 * ```
 * @category Classification
 */
export function classifyHouseholds(records: Iterable<ClassifyHouseholdInput>, options: ClassifyHouseholdsOptions = {}): ClassifyHouseholdsResult {
  let iterator: Iterator<unknown>;
  let explain: boolean;
  let cap: number;
  try {
    if (records === null || typeof records !== "object" || typeof (records as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") throw undefined;
    explain = options?.explain === true;
    cap = capOf(options?.maxRejected);
    iterator = (records as Iterable<unknown>)[Symbol.iterator]();
  } catch (e) {
    throw new PovertyError("invalid_input", "classifyHouseholds needs an iterable of records and readable options", { function: "classifyHouseholds" }, e === undefined ? [] : [unreadable(e)], e === undefined ? undefined : { cause: e });
  }
  // Stryker disable next-line all: equivalent — the first capacity only; the array grows as records come
  let codes = new Uint8Array(Array.isArray(records) ? Math.max(records.length, 1) : 1024);
  const others = new Map<number, HouseholdClassOutcome>();
  const decisions: (HouseholdDecision | null)[] | undefined = explain ? [] : undefined;
  const rejected: RejectedHousehold[] = [];
  let rejectedCount = 0;
  const tally = [0, 0, 0, 0, 0];
  const scratch = newScratch();
  const lookup = batchLookup();
  const facts = {} as FastHousehold;
  let index = 0;
  for (;;) {
    let rec: unknown;
    try {
      const next = iterator.next();
      if (next.done) break; // any truthy `done`, as `for…of` reads it
      rec = next.value;
    } catch (e) {
      throw new PovertyError(
        "invalid_input",
        `classifyHouseholds: the records' iterator threw after ${index} records were read; no result is returned`,
        { function: "classifyHouseholds", read: index },
        [unreadable(e, [index])],
        { cause: e },
      );
    }
    if (index === codes.length) {
      const grown = new Uint8Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
    }
    let outcome: HouseholdClassOutcome | undefined;
    if (!explain) {
      // Stryker disable all: equivalent — the fast path: a record it declines, or every record if it is skipped, goes through the full validation, which gives the same outcome (fastPaths.test.ts proves the two agree)
      let fast = false;
      try {
        fast = resolveFast(rec, facts, scratch, true, lookup);
      } catch {
        fast = false;
      }
      if (fast) outcome = evaluateScores(facts.rule, facts, NO_SCORE_PROBE);
    }
    if (outcome === undefined) {
      // Stryker restore all
      let res: ReturnType<typeof resolveHouseholdInput>;
      try {
        res = resolveHouseholdInput(pick(rec, lookup));
      } catch (e) {
        res = { ok: false, issues: [unreadable(e)] }; // a getter or a Proxy that throws
      }
      if (!res.ok) {
        rejectedCount++;
        if (rejected.length < cap) {
          const c = codeOf(rec);
          rejected.push({ index, ...(c !== undefined ? { code: c } : {}), issues: res.issues });
        }
        codes[index] = 0;
        decisions?.push(null);
        index++;
        continue;
      }
      if (decisions) {
        const d = explainHousehold(res.value);
        decisions.push(d);
        outcome = d.outcome;
      } else {
        const rule = res.value.rule;
        outcome = typeof rule === "string" ? ruleNotFound(res.value.standard, rule) : evaluateScores(rule, res.value, NO_SCORE_PROBE);
      }
    }
    const shared = CODE_OF.get(outcome);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — storage only: an outcome kept in the side map reads back the same
    if (shared !== undefined) codes[index] = shared;
    else {
      codes[index] = OTHER;
      others.set(index, outcome);
    }
    // not `(x as number)++`: Stryker's instrumenter drops the parentheses there and the file no longer parses
    const k = KIND_INDEX[outcome.kind];
    tally[k] = (tally[k] as number) + 1;
    index++;
  }
  return {
    outcomes: view(codes, index, others),
    ...(decisions ? { decisions } : {}),
    rejected,
    counts: {
      input: index,
      ok: index - rejectedCount,
      rejected: rejectedCount,
      poor: tally[0] ?? 0,
      near_poor: tally[1] ?? 0,
      not_poor: tally[2] ?? 0,
      undetermined: tally[3] ?? 0,
      rule_not_found: tally[4] ?? 0,
    },
  };
}

