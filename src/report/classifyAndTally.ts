import type { Area } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith, unreadable } from "../_lib/issues.js";
import { lookupStandard } from "../standards/_resolveStandard.js";
import type { PovertyStandard } from "../standards/types.js";
import type { SocioEconomicRegion } from "../household/regions.js";
import type { FormAAnswers } from "../forms/formA.js";
import type { B1Entry, B2Entry } from "../forms/types.js";
import { readIncome, type IncomeReading } from "../classify/_schemas.js";
import { evaluateIncome, incomeRule, NO_INCOME_PROBE, type IncomeRule } from "../classify/_incomeRule.js";
import { NO_SCORE_PROBE, evaluateScores, ruleNotFound } from "../classify/_householdRule.js";
import { newScratch, resolveFast, resolveHouseholdInput, type FastHousehold } from "../classify/_householdInput.js";
import { resolveIncomeInput, type IncomeInput } from "../classify/classifyByIncome.js";
import type { HouseholdClassOutcome, PovertyClassOutcome } from "../classify/types.js";
import { type Layout } from "./_layout.js";
import { K_NEAR_POOR, K_NOT_POOR, K_POOR, K_POOR_INCOME, newRecordScratch, readDeprivations, readReportFields, reportFieldsSchema, type RecordScratch } from "./_record.js";
import { drain, drainAsync, drainSource, runOptions, sourceOf, UnitAccumulator } from "./_run.js";
import { PovertyError } from "../errors/PovertyError.js";
import type { TallyRecordsOptions } from "./tallyRecords.js";
import type { CauseOfPoverty, ChildDeprivation, UnitTallies } from "./types.js";
import { issue } from "./_messages.js";

/**
 * One household as the fused run takes it (hộ gia đình để phân loại và tổng hợp): the inputs of
 * {@link classifyByIncome} or of {@link classifyHousehold}, with the report's fields.
 *
 * @remarks
 * Classified by income when `income` is given (per capita, monthly total or 12-month total, with `deprivations`
 * or `deprivationCount`), otherwise from the forms (`formA`, `b1`, `b2` in every form {@link classifyHousehold}
 * takes). Both at once is refused. The deprivation counts of the tally come from the list the household was
 * classified with (`deprivations`, or B2's list or answers); a count alone adds no per-indicator count. Other
 * fields (a household code) are ignored.
 *
 * @example
 * ```ts
 * const h: HouseholdReportInput = {
 *   unitCode: "V-001", standard: "2021-2025", area: "rural", persons: 4,
 *   income: { monthlyTotal: 5_600_000, members: 4 }, deprivations: ["employment", "telecom", "sanitation"],
 *   ethnicMinority: true,
 * };
 * ```
 * @category Reports
 */
export interface HouseholdReportInput {
  /** The unit (village, residential group) it lives in. */
  readonly unitCode: string;
  /** The standard: the run's, as an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** Rural or urban. */
  readonly area: Area;
  /** Its members (nhân khẩu), 1 to 1000. */
  readonly persons: number;
  /** Its income, when classified by income. */
  readonly income?: IncomeInput;
  /** Its deprived indicators (by income). */
  readonly deprivations?: readonly string[];
  /** Its number of deprived indicators (by income), when the list is not known. */
  readonly deprivationCount?: number;
  /** Its socio-economic region (forms with a regional B1 scorecard). */
  readonly region?: SocioEconomicRegion;
  /** Phiếu A answers (forms). */
  readonly formA?: FormAAnswers;
  /** B1 (forms). */
  readonly b1?: number | B1Entry;
  /** B2 (forms). */
  readonly b2?: number | B2Entry;
  /** A middle-living farm, forestry or fishery household (only when not poor or near-poor). */
  readonly middleLiving?: boolean;
  /** An ethnic-minority household. */
  readonly ethnicMinority?: boolean;
  /** No member able to work. */
  readonly noMemberAbleToWork?: boolean;
  /** A member with merit to the revolution. */
  readonly memberWithMerit?: boolean;
  /** Its causes of poverty. */
  readonly causesOfPoverty?: readonly CauseOfPoverty[];
  /** The kinds of support it received, by the caller's keys. */
  readonly supportReceived?: readonly string[];
  /** Its ethnicity code. */
  readonly ethnicity?: string;
  /** Its children's deprivations. */
  readonly childDeprivations?: readonly ChildDeprivation[];
}

type Obj = { readonly [k: string]: unknown };

const INCOME_FIELDS = ["standard", "area", "income", "deprivations", "deprivationCount"] as const;
const SCORE_FIELDS = ["standard", "area", "region", "formA", "b1", "b2"] as const;

/** What a run reuses for every household: nothing is allocated per household on the usual path. */
interface Scratch {
  readonly r: RecordScratch;
  readonly income: IncomeReading;
  readonly incomeFacts: { income: { amount: number; months: number; persons: number }; deprivationCount: number | undefined };
  readonly facts: FastHousehold;
  readonly forms: ReturnType<typeof newScratch>;
  /** The run's income rules by area, looked up once. */
  readonly rural: IncomeRule;
  readonly urban: IncomeRule;
  /** The run's standard, resolved from the last id seen (an id string only: an object could change between reads). */
  readonly lookup: (ref: unknown) => PovertyStandard | undefined;
}

function newRunScratch(l: Layout): Scratch {
  const income: IncomeReading = { amount: 0, months: 1, persons: 1, perCapita: false };
  let lastId: string | undefined;
  const lookup = (ref: unknown): PovertyStandard | undefined => {
    if (ref === lastId) return l.standard;
    const s = lookupStandard(ref);
    if (s === l.standard && typeof ref === "string") lastId = ref;
    return s;
  };
  return {
    r: newRecordScratch(l),
    income,
    incomeFacts: { income, deprivationCount: undefined },
    facts: {} as FastHousehold,
    forms: newScratch(),
    rural: incomeRule(l.standard, "rural"),
    urban: incomeRule(l.standard, "urban"),
    lookup,
  };
}

function isObject(x: unknown): x is Obj {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** The class code of an outcome, or -1 when it is not a class (undetermined, rule not found). */
function classOf(o: PovertyClassOutcome | HouseholdClassOutcome): number {
  switch (o.kind) {
    case "poor":
      return o.basis === "income" ? K_POOR_INCOME : K_POOR;
    case "near_poor":
      return K_NEAR_POOR;
    case "not_poor":
      return K_NOT_POOR;
    default:
      return -1;
  }
}

/** Finishes a household whose class is known: the middle-living flag. False when it conflicts. */
function setClass(l: Layout, r: Obj, cls: number, s: RecordScratch): boolean {
  const ml = r["middleLiving"];
  if (ml === true && (cls !== K_NOT_POOR || !l.middleLiving)) return false;
  if (ml !== undefined && ml !== true && ml !== false) return false;
  s.cls = cls;
  s.middle = ml === true;
  return true;
}

/**
 * The fast path: reads an ordinary valid household straight into the scratch and classifies it with the rule the
 * explained path uses (no probe). Returns false for anything else (then the full path decides).
 */
function readFast(l: Layout, x: unknown, sc: Scratch): boolean {
  if (!isObject(x)) return false;
  const s = sc.r;
  if (!readReportFields(x, s)) return false;
  const inc = x["income"];
  if (inc !== undefined) {
    if (x["formA"] !== undefined || x["b1"] !== undefined || x["b2"] !== undefined || x["region"] !== undefined) return false;
    if (sc.lookup(x["standard"]) !== l.standard) return false;
    const area = x["area"];
    if (area !== "rural" && area !== "urban") return false;
    if (!readIncome(inc, sc.income)) return false;
    const list = x["deprivations"];
    const count = x["deprivationCount"];
    if (list !== undefined) {
      if (count !== undefined || !readDeprivations(l, list, s)) return false;
      sc.incomeFacts.deprivationCount = s.nDep;
    } else {
      s.nDep = 0;
      if (count !== undefined && (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0 || count > l.k)) return false;
      sc.incomeFacts.deprivationCount = count as number | undefined;
    }
    const cls = classOf(evaluateIncome(area === "rural" ? sc.rural : sc.urban, sc.incomeFacts, NO_INCOME_PROBE));
    return cls >= 0 && setClass(l, x, cls, s);
  }
  if (x["deprivations"] !== undefined || x["deprivationCount"] !== undefined) return false;
  if (!resolveFast(x, sc.facts, sc.forms, true, sc.lookup) || sc.facts.standard !== l.standard) return false;
  const cls = classOf(evaluateScores(sc.facts.rule, sc.facts, NO_SCORE_PROBE));
  if (cls < 0) return false;
  const b2 = sc.facts.b2;
  s.nDep = 0;
  const deprived = b2 !== undefined && b2.kind === "scored" ? b2.deprived : undefined;
  if (deprived !== undefined) for (let i = 0; i < deprived.length; i++) s.dep[s.nDep++] = l.index.get(deprived[i] as string) as number;
  return setClass(l, x, cls, s);
}

function pick(x: Obj, fields: readonly string[]): Obj {
  const out: { [k: string]: unknown } = {};
  for (const k of fields) if (x[k] !== undefined) out[k] = x[k];
  return out;
}

/**
 * The full path: the classifiers' own validation and rule, and the report fields' schema. Fills the scratch and
 * returns no issues when the household can be counted; otherwise every issue.
 */
function readFull(l: Layout, x: unknown, sc: Scratch): readonly Issue[] {
  if (!isObject(x)) return [issue("invalid_type", [], { expected: "object", received: Array.isArray(x) ? "array" : x === null ? null : typeof x })];
  const byIncome = x["income"] !== undefined;
  const byForms = x["formA"] !== undefined || x["b1"] !== undefined || x["b2"] !== undefined;
  const issues: Issue[] = [];
  if (byIncome && byForms) issues.push(issue("classification_input_ambiguous", [], {}));
  else if (!byIncome && !byForms) issues.push(issue("classification_input_missing", [], {}));
  const report = safeParseWith(reportFieldsSchema, x);
  if (!report.ok) return [...issues, ...report.issues];
  if (issues.length > 0) return issues;
  let outcome: PovertyClassOutcome | HouseholdClassOutcome;
  let standard: PovertyStandard;
  let deprived: readonly string[] | undefined;
  if (byIncome) {
    const r = resolveIncomeInput(pick(x, INCOME_FIELDS));
    if (!r.ok) return r.issues;
    standard = r.value.standard;
    outcome = evaluateIncome(incomeRule(standard, r.value.area), r.value, NO_INCOME_PROBE);
    deprived = r.value.deprivationKeys;
  } else {
    const extra = ["deprivations", "deprivationCount"].filter((k) => x[k] !== undefined);
    if (extra.length > 0) return [issue("unrecognized_keys", [], { keys: extra })];
    const r = resolveHouseholdInput(pick(x, SCORE_FIELDS));
    if (!r.ok) return r.issues;
    standard = r.value.standard;
    const rule = r.value.rule;
    outcome = typeof rule === "string" ? ruleNotFound(standard, rule) : evaluateScores(rule, r.value, NO_SCORE_PROBE);
    const b2 = r.value.b2;
    deprived = b2 !== undefined && b2.kind === "scored" ? b2.deprived : undefined;
  }
  if (standard !== l.standard) return [issue("standard_mismatch", ["standard"], { expected: l.id, actual: standard.id })];
  if (outcome.kind === "undetermined") return [issue("undetermined_household", [], { missing: [...outcome.missing] })];
  if (outcome.kind === "rule_not_found") return [issue("household_rule_not_found", [], { reason: outcome.reason, standard: outcome.standard })];
  const cls = classOf(outcome);
  const v = report.value as Obj;
  const s = sc.r;
  if (!readReportFields(v, s)) return [issue("invalid_union", [], { received: "object" })];
  const ml = x["middleLiving"];
  if (ml !== undefined && typeof ml !== "boolean") return [issue("invalid_type", ["middleLiving"], { expected: "boolean", received: typeof ml })];
  if (ml === true && cls !== K_NOT_POOR) return [issue("middle_living_not_poor_only", ["middleLiving"], { kind: outcome.kind })];
  if (ml === true && !l.middleLiving) return [issue("middle_living_not_defined", ["middleLiving"], { standard: l.id })];
  s.cls = cls;
  s.middle = ml === true;
  s.nDep = 0;
  if (deprived !== undefined) for (const k of deprived) s.dep[s.nDep++] = l.index.get(k) as number;
  return [];
}

/** The per-household step of a fused run. */
function stepper(acc: UnitAccumulator, l: Layout): (r: unknown) => void {
  const sc = newRunScratch(l);
  return (x) => {
    const index = acc.index++;
    let fast: boolean;
    try {
      fast = readFast(l, x, sc);
    } catch {
      fast = false; // a getter that throws, a revoked Proxy: the full path reports it
    }
    if (fast) return acc.count(sc.r);
    let issues: readonly Issue[];
    try {
      issues = readFull(l, x, sc);
    } catch (e) {
      // a value the full path cannot read either: the library's one issue for that, naming the error
      issues = [unreadable(e)];
    }
    if (issues.length === 0) acc.count(sc.r);
    else acc.reject(index, issues);
  };
}

/**
 * Classifies households and tallies them per unit in one pass (phân loại và tổng hợp hộ nghèo, hộ cận nghèo theo
 * đơn vị), keeping no household.
 *
 * @remarks
 * Each household is classified by the same rule evaluation as {@link classifyByIncome} or {@link classifyHousehold}
 * (without an explanation), then counted at once into its unit's tally: no intermediate record is made. The usual
 * shapes (income per capita, monthly or 12-month total with a deprivation list or count; B1 as a total; B2 as a
 * total, a count, a list or answers; plain Phiếu A) take a path that allocates nothing per household; anything
 * else goes through the classifiers' full validation. The result equals classifying each household, turning each
 * decision into a record with {@link tallyRecordFromDecision} and tallying those with {@link tallyRecords}
 * (property-tested). A household that cannot be counted — bad input, an undetermined class (`undetermined_household`),
 * no rule for its inputs (`household_rule_not_found`), both or neither kind of input — is rejected with its index
 * and issues (listed up to `maxRejected`, all counted). The order of the households does not matter.
 *
 * @param households - any iterable of households (an array, a generator).
 * @param options - the standard, the list year, and how many rejected households to list.
 * @returns the tallies per unit code, the counts, and the rejected households.
 * @throws {@link PovertyError} `"invalid_input"` when the options are not valid, `households` is not iterable, or
 *   reading it fails part way (no partial result).
 * @example
 * ```ts
 * const run = classifyAndTally(
 *   [
 *     { unitCode: "V-001", standard: "2021-2025", area: "rural", persons: 4, income: { monthlyTotal: 5_600_000, members: 4 }, deprivations: ["employment", "telecom", "sanitation"] },
 *     { unitCode: "V-001", standard: "2021-2025", area: "rural", persons: 3, b1: 140, b2: 20 },
 *     { unitCode: "V-002", standard: "2021-2025", area: "rural", persons: 2, b1: 150 },
 *   ],
 *   { standard: "2021-2025", year: 2026 },
 * );
 * run.units["V-001"]?.households.poor; //=> 1
 * run.units["V-001"]?.households.nearPoor; //=> 1
 * run.units["V-002"]?.households.notPoor; //=> 1
 * ```
 * @category Reports
 */
export function classifyAndTally(households: Iterable<HouseholdReportInput | unknown>, options: TallyRecordsOptions): UnitTallies {
  const o = runOptions(options, "classifyAndTally");
  const acc = new UnitAccumulator(o.layout, o.year, o.maxRejected);
  drain(households, acc, "classifyAndTally", stepper(acc, o.layout));
  return acc.finish();
}

/**
 * Classifies households and tallies them per unit in one pass, from an asynchronous source (phân loại và tổng hợp
 * từ luồng dữ liệu).
 *
 * @remarks
 * As {@link classifyAndTally}, for an async iterable (a database cursor, a file read line by line). A source that
 * fails part way rejects the promise with a {@link PovertyError} saying how far it got; no partial result.
 *
 * @param households - any async iterable (or iterable) of households.
 * @param options - the standard, the list year, and how many rejected households to list.
 * @returns a promise of the tallies per unit, with what could not be counted.
 * @throws {@link PovertyError} `"invalid_input"` (as a rejected promise) when the options are not valid or the
 *   source fails.
 * @example
 * ```ts
 * async function* rows() { yield { unitCode: "V-001", standard: "2021-2025", area: "urban", persons: 2, b1: 150 }; }
 * (await classifyAndTallyAsync(rows(), { standard: "2021-2025" })).counted; //=> 1
 * ```
 * @category Reports
 */
export async function classifyAndTallyAsync(households: AsyncIterable<unknown> | Iterable<unknown>, options: TallyRecordsOptions): Promise<UnitTallies> {
  const o = runOptions(options, "classifyAndTallyAsync");
  const acc = new UnitAccumulator(o.layout, o.year, o.maxRejected);
  await drainAsync(households, acc, "classifyAndTallyAsync", stepper(acc, o.layout));
  return acc.finish();
}

/**
 * A fused run fed in batches (phân loại và tổng hợp theo từng lô): what {@link startClassifyAndTally} returns.
 *
 * @remarks
 * The run is the caller's own: nothing in it is shared with another run. It counts each batch as it is given and
 * keeps no household. After {@link ClassifyAndTallyRun.finish} it takes no more batches; a batch whose source fails
 * part way stops the run (its counts would be incomplete), and every later call says so.
 *
 * @example
 * ```ts
 * const run = startClassifyAndTally({ standard: "2021-2025", year: 2026 });
 * run.add([{ unitCode: "V-001", standard: "2021-2025", area: "rural", persons: 4, b1: 140, b2: 20 }]);
 * run.add([{ unitCode: "V-002", standard: "2021-2025", area: "rural", persons: 2, b1: 150 }]);
 * run.read; //=> 2
 * run.finish().units["V-001"]?.households.nearPoor; //=> 1
 * ```
 * @category Reports
 */
export interface ClassifyAndTallyRun {
  /**
   * Classifies and counts a batch of households (any iterable: an array of rows from a database cursor, a
   * generator). A rejected household's index counts from the run's first household, across batches.
   *
   * @throws {@link PovertyError} `"invalid_input"` when the batch is not iterable (the run goes on), when reading
   *   it fails part way (the run stops), or when the run is finished, stopped or already adding a batch.
   */
  add(households: Iterable<HouseholdReportInput | unknown>): void;
  /** The households read so far (counted and rejected). */
  readonly read: number;
  /**
   * Ends the run: the tallies per unit code in code order, the counts and the rejected households, as
   * {@link classifyAndTally} returns them. The run takes no batch afterwards.
   *
   * @throws {@link PovertyError} `"invalid_input"` when the run is already finished or was stopped.
   */
  finish(): UnitTallies;
}

/** The library's batch run; its state is private to the run. */
class BatchRun implements ClassifyAndTallyRun {
  readonly #acc: UnitAccumulator;
  readonly #step: (r: unknown) => void;
  /** "open", "adding" (a batch is being read), "finished" or "stopped" (a batch failed part way). */
  #state: "open" | "adding" | "finished" | "stopped" = "open";

  constructor(acc: UnitAccumulator, step: (r: unknown) => void) {
    this.#acc = acc;
    this.#step = step;
    Object.freeze(this);
  }

  get read(): number {
    return this.#acc.index;
  }

  add(households: Iterable<unknown>): void {
    this.#ready("add");
    const src = sourceOf(households, WHAT); // not iterable: nothing was read, the run goes on
    this.#state = "adding";
    try {
      drainSource(src, this.#acc, WHAT, this.#step);
    } catch (e) {
      this.#state = "stopped";
      throw e;
    }
    this.#state = "open";
  }

  finish(): UnitTallies {
    this.#ready("finish");
    this.#state = "finished";
    return this.#acc.finish();
  }

  #ready(what: string): void {
    const state = this.#state;
    if (state === "open") return;
    const why =
      state === "adding"
        ? "a batch is being read (add was called from inside a batch)"
        : state === "finished"
          ? "the run is finished"
          : "a batch failed part way, so the run's counts would be incomplete";
    throw new PovertyError("invalid_input", `${WHAT}: ${what} cannot be called: ${why}`, { function: WHAT, state });
  }
}

const WHAT = "startClassifyAndTally";

/**
 * Starts a fused run fed in batches (bắt đầu phân loại và tổng hợp theo từng lô): the same classification and
 * counting as {@link classifyAndTally}, for households that arrive in batches — the pages of a database cursor, the
 * files of each commune — without joining them into one iterable.
 *
 * @remarks
 * Adding the batches one by one and finishing gives the same result as one {@link classifyAndTally} call over all
 * their households in the same order (property-tested), rejected indices included. Arrays are read by index, with
 * no iterator object per household, which is what makes a national run from batches fast. A batch that fails part
 * way stops the run: a partial count must not be reported.
 *
 * @param options - the standard, the list year, and how many rejected households to list.
 * @returns the run: `add` a batch, `finish` to get the tallies.
 * @throws {@link PovertyError} `"invalid_input"` when the options are not valid.
 * @example
 * ```ts
 * const run = startClassifyAndTally({ standard: "2021-2025", year: 2026 });
 * for (const page of [[{ unitCode: "V-001", standard: "2021-2025", area: "urban", persons: 2, b1: 150 }]]) run.add(page);
 * run.finish().counted; //=> 1
 * ```
 * @category Reports
 */
export function startClassifyAndTally(options: TallyRecordsOptions): ClassifyAndTallyRun {
  const o = runOptions(options, WHAT);
  const acc = new UnitAccumulator(o.layout, o.year, o.maxRejected);
  return new BatchRun(acc, stepper(acc, o.layout));
}

/** Classifies one household for a report (the full path): its class code, or the issues. Private, for tests. */
export function householdIssues(l: Layout, x: unknown): SafeResult<number> {
  const sc = newRunScratch(l);
  const issues = readFull(l, x, sc);
  return issues.length === 0 ? { ok: true, value: sc.r.cls } : { ok: false, issues };
}
