import type { Issue } from "../errors/Issue.js";
import { unwrap } from "../_lib/issues.js";
import type { PovertyStandard } from "../standards/types.js";
import { resolveLayout, type Layout } from "./_layout.js";
import { checkRecord, countRecord, isCountable } from "./addToTally.js";
import { newTally } from "./emptyTally.js";
import type { RejectedRecord, Tally, TallyRecord, UnitTallies } from "./types.js";

/**
 * Options of {@link tallyRecords} and {@link tallyRecordsAsync} (tùy chọn tổng hợp).
 *
 * @example
 * ```ts
 * const o: TallyRecordsOptions = { standard: "2021-2025", maxRejected: 100 };
 * ```
 * @category Reports
 */
export interface TallyRecordsOptions {
  /** The standard every record must be classified under: an id or a standard object. */
  readonly standard: string | PovertyStandard;
  /** How many rejected records to keep with their issues (the count covers all). Default 1000. */
  readonly maxRejected?: number;
}

/** Streams records into per-unit tallies. Private. */
class Accumulator {
  private readonly units = new Map<string, Tally>();
  private lastCode = "";
  private last: Tally | undefined;
  private index = 0;
  private counted = 0;
  private rejectedCount = 0;
  private readonly rejected: RejectedRecord[] = [];

  constructor(
    private readonly layout: Layout,
    private readonly maxRejected: number,
  ) {}

  add(r: unknown): void {
    const i = this.index++;
    if (!isCountable(this.layout, r)) {
      this.rejectedCount++;
      if (this.rejected.length < this.maxRejected) {
        const issues: Issue[] = [];
        checkRecord(this.layout, r, issues);
        this.rejected.push({ index: i, issues });
      }
      return;
    }
    const rec = r as TallyRecord;
    let t = this.last;
    if (rec.unitCode !== this.lastCode || t === undefined) {
      t = this.units.get(rec.unitCode);
      if (t === undefined) {
        t = newTally(this.layout);
        this.units.set(rec.unitCode, t);
      }
      this.lastCode = rec.unitCode;
      this.last = t;
    }
    countRecord(t, rec);
    this.counted++;
  }

  finish(): UnitTallies {
    const units: { [code: string]: Tally } = {};
    for (const [code, t] of this.units) units[code] = t;
    return { standard: this.layout.id, units, counted: this.counted, rejectedCount: this.rejectedCount, rejected: this.rejected };
  }
}

function start(options: TallyRecordsOptions, what: string): Accumulator {
  const layout = unwrap(resolveLayout(options.standard, ["standard"]), what);
  const max = options.maxRejected ?? 1000;
  return new Accumulator(layout, Number.isInteger(max) && max >= 0 ? max : 1000);
}

/**
 * Tallies a stream of classified households per unit (tổng hợp danh sách hộ theo đơn vị), holding only the tallies.
 *
 * @remarks
 * Reads the iterable once and keeps no record: memory is one {@link Tally} per unit seen, whatever the number of
 * households (a generator may even reuse one record object). A record that fails {@link checkTallyRecord} (no unit
 * code, another standard, an unknown indicator, …) is not counted and is listed in `rejected` with its 0-based
 * index and issues; the good records are all counted.
 *
 * @param records - any iterable of records (an array, a generator).
 * @param options - the standard, and how many rejected records to keep.
 * @returns the tallies per unit code, the counts of counted and rejected records, and the rejected records.
 * @throws {@link PovertyError} `"invalid_input"` when the standard in `options` is unknown.
 * @example
 * ```ts
 * const run = tallyRecords(
 *   [
 *     { unitCode: "V-001", standard: "2021-2025", kind: "near_poor", persons: 3 },
 *     { unitCode: "", standard: "2021-2025", kind: "poor", persons: 2 },
 *   ],
 *   { standard: "2021-2025" },
 * );
 * run.units["V-001"]?.households.nearPoor; //=> 1
 * run.rejected[0]?.index; //=> 1
 * run.rejected[0]?.issues[0]?.code; //=> "missing_unit_code"
 * ```
 * @category Reports
 */
export function tallyRecords(records: Iterable<unknown>, options: TallyRecordsOptions): UnitTallies {
  const acc = start(options, "tallyRecords");
  for (const r of records) acc.add(r);
  return acc.finish();
}

/**
 * Tallies an asynchronous stream of classified households per unit (tổng hợp luồng dữ liệu hộ theo đơn vị).
 *
 * @remarks
 * As {@link tallyRecords}, for an async iterable (a database cursor, a file read line by line): records are
 * counted as they arrive and none is kept.
 *
 * @param records - any async iterable (or iterable) of records.
 * @param options - the standard, and how many rejected records to keep.
 * @returns a promise of the tallies per unit, with what could not be counted.
 * @throws {@link PovertyError} `"invalid_input"` when the standard in `options` is unknown.
 * @example
 * ```ts
 * async function* rows() { yield { unitCode: "V-001", standard: "2021-2025", kind: "poor", persons: 4, deprivations: ["employment", "telecom", "sanitation"] }; }
 * (await tallyRecordsAsync(rows(), { standard: "2021-2025" })).counted; //=> 1
 * ```
 * @category Reports
 */
export async function tallyRecordsAsync(records: AsyncIterable<unknown> | Iterable<unknown>, options: TallyRecordsOptions): Promise<UnitTallies> {
  const acc = start(options, "tallyRecordsAsync");
  for await (const r of records) acc.add(r);
  return acc.finish();
}
