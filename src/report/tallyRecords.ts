import type { PovertyStandard } from "../standards/types.js";
import { isCountable, newRecordScratch, parseRecord, readRecord } from "./_record.js";
import { drain, drainAsync, runOptions, UnitAccumulator, type RunOptions } from "./_run.js";
import type { UnitTallies } from "./types.js";

/**
 * Options of {@link tallyRecords} and {@link tallyRecordsAsync} (tùy chọn tổng hợp).
 *
 * @example
 * ```ts
 * const o: TallyRecordsOptions = { standard: "2021-2025", year: 2024, maxRejected: 100 };
 * ```
 * @category Reports
 */
export interface TallyRecordsOptions {
  /** The standard every record must be classified under: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** The list year the tallies are for (one of the standard's list years); default not given (`null`). */
  readonly year?: number | null;
  /** How many rejected records to list with their issues (all are counted): a whole number ≥ 0 or `Infinity`. Default 1000. */
  readonly maxRejected?: number;
}

/** The per-record step of a run over tally records. */
function stepper(acc: UnitAccumulator, o: RunOptions): (r: unknown) => void {
  const l = o.layout;
  const s = newRecordScratch(l);
  return (r) => {
    const index = acc.index++;
    if (isCountable(l, r, s)) return acc.count(s);
    if (!acc.listing) {
      acc.rejectedCount++;
      return;
    }
    const parsed = parseRecord(l, r);
    if (!parsed.ok) return acc.reject(index, parsed.issues);
    // Only a value that reads differently twice gets here: count the schema's own copy.
    if (readRecord(l, parsed.value, s)) acc.count(s);
  };
}

/**
 * Tallies a stream of classified households per unit (tổng hợp danh sách hộ theo đơn vị), holding only the tallies.
 *
 * @remarks
 * Reads the iterable once and keeps no record: memory is one {@link Tally} per unit seen, whatever the number of
 * households. Nothing is lost: every record is either counted or rejected (`counted + rejectedCount` = records
 * read); a record that fails {@link checkTallyRecord} is listed in `rejected` with its 0-based index and issues, up
 * to `maxRejected` (default 1000; `Infinity` lists them all). When the source itself fails part way (an iterator
 * that throws), no tally is returned: a {@link PovertyError} says how many records were read and counted. The
 * result does not depend on the order of the records: units come in code order and every tally is order-free.
 *
 * @param records - any iterable of records (an array, a generator).
 * @param options - the standard, the list year, and how many rejected records to list.
 * @returns the tallies per unit code, the counts of counted and rejected records, and the rejected records.
 * @throws {@link PovertyError} `"invalid_input"` when the options are not valid, `records` is not iterable, or
 *   reading it fails.
 * @example
 * ```ts
 * const run = tallyRecords(
 *   [
 *     { unitCode: "V-001", standard: "2021-2025", kind: "near_poor", persons: 3 },
 *     { unitCode: "", standard: "2021-2025", kind: "poor", persons: 2 },
 *   ],
 *   { standard: "2021-2025", year: 2024 },
 * );
 * run.units["V-001"]?.households.nearPoor; //=> 1
 * run.rejected[0]?.index; //=> 1
 * run.rejected[0]?.issues[0]?.code; //=> "missing_unit_code"
 * ```
 * @category Reports
 */
export function tallyRecords(records: Iterable<unknown>, options: TallyRecordsOptions): UnitTallies {
  const o = runOptions(options, "tallyRecords");
  const acc = new UnitAccumulator(o.layout, o.year, o.maxRejected);
  drain(records, acc, "tallyRecords", stepper(acc, o));
  return acc.finish();
}

/**
 * Tallies an asynchronous stream of classified households per unit (tổng hợp luồng dữ liệu hộ theo đơn vị).
 *
 * @remarks
 * As {@link tallyRecords}, for an async iterable (a database cursor, a file read line by line): records are
 * counted as they arrive and none is kept. A source that rejects part way rejects the promise with a
 * {@link PovertyError} saying how many records were read and counted; no partial tally is returned.
 *
 * @param records - any async iterable (or iterable) of records.
 * @param options - the standard, the list year, and how many rejected records to list.
 * @returns a promise of the tallies per unit, with what could not be counted.
 * @throws {@link PovertyError} `"invalid_input"` (as a rejected promise) when the options are not valid or the
 *   source fails.
 * @example
 * ```ts
 * async function* rows() { yield { unitCode: "V-001", standard: "2021-2025", kind: "poor", persons: 4, deprivations: ["employment", "telecom", "sanitation"] }; }
 * (await tallyRecordsAsync(rows(), { standard: "2021-2025" })).counted; //=> 1
 * ```
 * @category Reports
 */
export async function tallyRecordsAsync(records: AsyncIterable<unknown> | Iterable<unknown>, options: TallyRecordsOptions): Promise<UnitTallies> {
  const o = runOptions(options, "tallyRecordsAsync");
  const acc = new UnitAccumulator(o.layout, o.year, o.maxRejected);
  await drainAsync(records, acc, "tallyRecordsAsync", stepper(acc, o));
  return acc.finish();
}
