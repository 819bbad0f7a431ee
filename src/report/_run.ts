// What every run over many households shares: its options, the per-unit tallies it fills, the rejected records
// it lists, and how a failing source is reported. Private.
import * as z from "zod/mini";
import type { Issue } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { safeParseWith, unwrap } from "../_lib/issues.js";
import { plainArray } from "../_lib/plainArray.js";
import { standardRefSchema } from "../standards/_resolveStandard.js";
import { checkYear, layoutOf, type Layout } from "./_layout.js";
import { countScratch, type RecordScratch } from "./_record.js";
import { newTally, TallyImpl, type OpenMaps } from "./_tally.js";
import type { RejectedRecord, Tally, UnitTallies } from "./types.js";

/** The default cap on the rejected records listed (all are counted). */
export const DEFAULT_MAX_REJECTED = 1000;

const optionsSchema = z.object({
  standard: standardRefSchema,
  year: z.optional(z.nullable(z.int())),
  maxRejected: z.optional(z.union([z.int().check(z.nonnegative()), z.literal(Number.POSITIVE_INFINITY)])),
});

/** A run's validated options. */
export interface RunOptions {
  readonly layout: Layout;
  readonly year: number | null;
  readonly maxRejected: number;
}

/** Validates a run's options (standard, year, maxRejected), throwing a {@link PovertyError} with the issues. */
export function runOptions(options: unknown, what: string): RunOptions {
  const o = unwrap(safeParseWith(optionsSchema, options), what);
  const layout = layoutOf(o.standard);
  const year = unwrap(checkYear(layout, o.year, ["year"]), what);
  return { layout, year, maxRejected: o.maxRejected ?? DEFAULT_MAX_REJECTED };
}

/** Streams households into per-unit tallies. */
export class UnitAccumulator {
  private readonly units = new Map<string, TallyImpl>();
  private lastCode = "";
  private lastC: Float64Array | undefined;
  private lastOpen: OpenMaps | undefined;
  /** The last unit code added, and whether the codes were added in code order (then no sort is needed). */
  private lastNew = "";
  private inOrder = true;
  /** Records read so far (the next record's index). */
  index = 0;
  counted = 0;
  rejectedCount = 0;
  private readonly rejected: RejectedRecord[] = [];

  constructor(
    readonly layout: Layout,
    readonly year: number | null,
    private readonly maxRejected: number,
  ) {}

  /** Counts the household in the scratch under its unit. */
  count(s: RecordScratch): void {
    let c = this.lastC;
    let open = this.lastOpen;
    if (s.unit !== this.lastCode || c === undefined || open === undefined) {
      let t = this.units.get(s.unit);
      if (t === undefined) {
        t = newTally(this.layout, this.year);
        this.units.set(s.unit, t);
        if (s.unit < this.lastNew) this.inOrder = false;
        this.lastNew = s.unit;
      }
      this.lastCode = s.unit;
      this.lastC = c = TallyImpl.counts(t);
      this.lastOpen = open = TallyImpl.open(t);
    }
    countScratch(c, open, this.layout, s);
    this.counted++;
  }

  /**
   * Records a rejected household (listed while fewer than the cap are). Takes the issues themselves, not a function
   * making them: a closure made in a caller's per-household step would move the step's variables into a context
   * object allocated for every household.
   */
  reject(index: number, issues: readonly Issue[]): void {
    this.rejectedCount++;
    if (this.rejected.length < this.maxRejected) this.rejected.push({ index, issues });
  }

  /** Whether the next rejected record will be listed. */
  get listing(): boolean {
    return this.rejected.length < this.maxRejected;
  }

  /** The result: tallies by unit code in code order, so equal inputs in any order give the same result. */
  finish(): UnitTallies {
    // the counters handed out are the caller's from here: nothing more is counted through the cached ones
    this.lastC = undefined;
    this.lastOpen = undefined;
    const units: { [code: string]: Tally } = {};
    if (this.inOrder) for (const [code, t] of this.units) units[code] = t;
    else for (const code of [...this.units.keys()].sort()) units[code] = this.units.get(code) as Tally;
    return { standard: this.layout.id, year: this.year, units, counted: this.counted, rejectedCount: this.rejectedCount, rejected: this.rejected };
  }
}

/** How far a run got. */
export interface Progress {
  readonly index: number;
  readonly counted: number;
  readonly rejectedCount: number;
}

/** The error for a source that failed part way: it says how far the run got, and no partial result is returned. */
export function sourceFailed(what: string, p: Progress, cause: unknown): PovertyError {
  let reason = "a value that is not an Error";
  try {
    if (cause instanceof Error) reason = String(cause.message).slice(0, 200);
  } catch {
    reason = "an Error whose message cannot be read";
  }
  return new PovertyError(
    "invalid_input",
    `${what}: reading the records failed after ${p.index} record(s) (${p.counted} counted, ${p.rejectedCount} rejected); no result is returned, because it would be incomplete. Cause: ${reason}`,
    { function: what, read: p.index, counted: p.counted, rejected: p.rejectedCount },
  );
}

/** The sync iterator of a value, or a {@link PovertyError}. */
export function iteratorOf(records: unknown, what: string): Iterator<unknown> {
  try {
    const f = typeof records === "object" && records !== null ? (records as { [Symbol.iterator]?: unknown })[Symbol.iterator] : undefined;
    if (typeof f === "function") {
      const it: unknown = f.call(records);
      if (typeof it === "object" && it !== null && typeof (it as { next?: unknown }).next === "function") return it as Iterator<unknown>;
    }
  } catch {
    // reported below
  }
  throw new PovertyError("invalid_input", `${what} needs an iterable of records (an array, a generator)`, { function: what });
}

/** A sync source of records: an array read by index, or an iterator. */
export type Source = { readonly array: readonly unknown[] } | { readonly iterator: Iterator<unknown> };

/** The source of a sync iterable, or a {@link PovertyError} when it is not one (nothing is read yet). */
export function sourceOf(records: unknown, what: string): Source {
  const a = plainArray(records);
  return a !== undefined ? { array: a } : { iterator: iteratorOf(records, what) };
}

/** Runs `each` over every record of a source; a source that fails part way becomes a {@link PovertyError}. */
export function drainSource(src: Source, acc: Progress, what: string, each: (r: unknown) => void): void {
  if ("array" in src) {
    const a = src.array;
    // what the array's own iterator would give (it too reads `length` before each element), without an iterator
    // result object per record
    for (let i = 0; ; i++) {
      let x: unknown;
      try {
        if (i >= a.length) return;
        x = a[i];
      } catch (e) {
        throw sourceFailed(what, acc, e);
      }
      each(x);
    }
  }
  const it = src.iterator;
  for (;;) {
    // The step is read inside the try, as `for…of` reads it: any truthy `done` ends the source, and a step that is
    // not an object (or whose `done` or `value` throws) is a failing source, not a raw TypeError.
    let value: unknown;
    try {
      const step = it.next();
      if (step.done) return;
      value = step.value;
    } catch (e) {
      throw sourceFailed(what, acc, e);
    }
    each(value);
  }
}

/** Runs `each` over every record of a sync iterable; a failing source becomes a {@link PovertyError}. */
export function drain(records: unknown, acc: Progress, what: string, each: (r: unknown) => void): void {
  drainSource(sourceOf(records, what), acc, what, each);
}

/** Runs `each` over every record of an async (or sync) iterable; a failing source becomes a {@link PovertyError}. */
export async function drainAsync(records: unknown, acc: Progress, what: string, each: (r: unknown) => void): Promise<void> {
  let it: AsyncIterator<unknown> | Iterator<unknown>;
  try {
    const f = typeof records === "object" && records !== null ? (records as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] : undefined;
    it = typeof f === "function" ? (f.call(records) as AsyncIterator<unknown>) : iteratorOf(records, what);
  } catch (e) {
    if (e instanceof PovertyError) throw e;
    throw new PovertyError("invalid_input", `${what} needs an async iterable or an iterable of records`, { function: what });
  }
  for (;;) {
    let value: unknown;
    try {
      const step = await it.next();
      if (step.done) return;
      value = step.value;
    } catch (e) {
      throw sourceFailed(what, acc, e);
    }
    each(value);
  }
}

const capSchema = z.optional(z.object({ maxRejected: z.optional(z.union([z.int().check(z.nonnegative()), z.literal(Number.POSITIVE_INFINITY)])) }));

/** The `maxRejected` option of a run without a standard (movements): a whole number ≥ 0 or `Infinity`. */
export function maxRejectedOf(options: unknown, what: string): number {
  return unwrap(safeParseWith(capSchema, options), what)?.maxRejected ?? DEFAULT_MAX_REJECTED;
}
