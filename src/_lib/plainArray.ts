// An array that can be read by index instead of through its iterator. Private.

const ARRAY_VALUES = Array.prototype[Symbol.iterator];

/**
 * The value as an array to read by index, when it is an array whose iterator is the arrays' own one (reading
 * `length` and each index gives what that iterator would, without an iterator result per element); else undefined —
 * not an array, an array with an iterator of its own, or a hostile Proxy whose reads throw (the caller reads it as
 * any iterable and reports it).
 */
export function plainArray(value: unknown): readonly unknown[] | undefined {
  try {
    return Array.isArray(value) && (value as unknown[])[Symbol.iterator] === ARRAY_VALUES ? (value as unknown[]) : undefined;
  } catch {
    return undefined;
  }
}
