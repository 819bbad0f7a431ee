import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { unwrap } from "../_lib/issues.js";
import type { PovertyStandard } from "../standards/types.js";
import { resolveLayout, type Layout } from "./_layout.js";
import { countScratch, isCountable, newRecordScratch, parseRecord, readRecord, recordIssues, type RecordScratch } from "./_record.js";
import { TallyImpl } from "./_tally.js";
import type { Tally, TallyRecord } from "./types.js";

export { MAX_PERSONS } from "./_layout.js";

const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** One scratch per layout for single-record calls; a call made while it is in use (re-entry) gets its own. */
const SCRATCH = new WeakMap<Layout, { s: RecordScratch; busy: boolean }>();

/**
 * The issues that keep a record out of a tally (kiểm tra bản ghi hộ), empty when it can be counted.
 *
 * @remarks
 * One schema defines a countable record: an object; a unit code (1–64 characters); the tally's standard; a class;
 * persons a whole number 1–{@link MAX_PERSONS}; `poorBasis` required for the poor under a two-lines standard
 * (2016–2020: `"income"` or `"deprivation"`), otherwise absent or `"income_and_deprivation"`; `middleLiving` only for
 * a not-poor household under a standard that defines it; the standard's indicator keys, causes and children's
 * deprivations from their lists, each at most once; support and ethnicity keys 1–64 characters, each support key
 * at most once. A record whose class contradicts its own deprivations under the standard's rule is refused
 * (`class_contradicts_deprivations`): under 2021–2025 a poor household deprived in fewer than 3 indicators, or a
 * near-poor one deprived in 3 or more (Decree 07/2021/NĐ-CP Art. 3; the rule is the classifier's own). The check is
 * linear in the record's size.
 *
 * @param standard - the standard to check against: an id (a tally's `standard`) or a standard object.
 * @param record - the record.
 * @returns every issue found, each with code, path and vi/en message.
 * @throws {@link PovertyError} `"invalid_input"` when the standard is unknown.
 * @example
 * ```ts
 * checkTallyRecord("2021-2025", { standard: "2021-2025", kind: "poor", persons: 3 })[0]?.code; //=> "missing_unit_code"
 * checkTallyRecord("2021-2025", { unitCode: "V", standard: "2021-2025", kind: "poor", persons: 3, deprivations: ["telecom"] })[0]?.code; //=> "class_contradicts_deprivations"
 * ```
 * @category Reports
 */
export function checkTallyRecord(standard: string | PovertyStandard, record: unknown): readonly Issue[] {
  return recordIssues(unwrap(resolveLayout(standard, ["standard"]), "checkTallyRecord"), record);
}

/**
 * Adds one classified household to a tally, in place (cộng một hộ vào bảng tổng hợp), or says why it cannot.
 *
 * @remarks
 * A record that fails {@link checkTallyRecord} leaves the tally unchanged and its issues are returned. Counts:
 * households and persons by class; for poor and near-poor households also each deprived indicator and each group
 * (ethnic minority, no member able to work, member with merit, causes, support, ethnicity, children's
 * deprivations); under 2016–2020 the poor again by basis. Every field is read once, so the count always agrees
 * with what was checked. Allocates nothing for a valid record in the usual shape.
 *
 * @param tally - the tally to add to (changed), from {@link emptyTally}, {@link tallyFromJson} or a run.
 * @param record - a classified household.
 * @returns an empty list when counted; otherwise the issues.
 * @throws {@link PovertyError} `"invalid_input"` when `tally` is not one of the library's tallies (read a stored
 *   tally with {@link tallyFromJson} first).
 * @example
 * ```ts
 * const t = emptyTally("2021-2025");
 * addToTally(t, { unitCode: "V-001", standard: "2021-2025", kind: "poor", persons: 5, deprivations: ["employment", "nutrition", "sanitation"] }); //=> []
 * t.segments.poor.deprivations["employment"]; //=> 1
 * addToTally(t, { unitCode: "", standard: "2021-2025", kind: "poor", persons: 5 })[0]?.code; //=> "missing_unit_code"
 * ```
 * @category Reports
 */
export function addToTally(tally: Tally, record: TallyRecord): readonly Issue[] {
  if (!TallyImpl.is(tally)) {
    throw new PovertyError("invalid_input", "addToTally needs a tally made by the library (emptyTally, tallyFromJson or a run)", { function: "addToTally" });
  }
  const l = TallyImpl.layout(tally);
  let slot = SCRATCH.get(l);
  // Stryker disable next-line BooleanLiteral: equivalent — a slot made busy is never freed, so every call gets a scratch of its own: the same counts
  if (slot === undefined) SCRATCH.set(l, (slot = { s: newRecordScratch(l), busy: false }));
  const own = slot.busy;
  const s = own ? newRecordScratch(l) : slot.s;
  slot.busy = true;
  try {
    if (isCountable(l, record, s)) {
      countScratch(TallyImpl.counts(tally), TallyImpl.open(tally), l, s);
      return NO_ISSUES;
    }
    const parsed = parseRecord(l, record);
    if (!parsed.ok) return parsed.issues;
    // The schema accepts what the reader refused only for a value that reads differently twice (a hostile getter):
    // count the schema's own copy.
    if (readRecord(l, parsed.value, s)) countScratch(TallyImpl.counts(tally), TallyImpl.open(tally), l, s);
    return NO_ISSUES;
  } finally {
    if (!own) slot.busy = false;
  }
}
