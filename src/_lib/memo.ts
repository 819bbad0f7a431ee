// Bounded memo tables for values that are shared between calls (always deeply frozen by the caller). Private.

/** The most entries a memo table keeps; past it, values are made but not kept (memory stays bounded). */
export const MEMO_CAP = 4096;

/** A table of shared values per owner object (a standard, a legal value), keyed by a string or number. */
export class Memo<O extends object, K, V> {
  private readonly tables = new WeakMap<O, Map<K, V>>();

  /** The value for (owner, key): the kept one, or a new one from `make` (kept while the table is under the cap). */
  get(owner: O, key: K, make: () => V): V {
    let m = this.tables.get(owner);
    if (m === undefined) {
      m = new Map();
      this.tables.set(owner, m);
    }
    let v = m.get(key);
    if (v === undefined) {
      v = make();
      if (m.size < MEMO_CAP) m.set(key, v);
    }
    return v;
  }
}

const IDS = new WeakMap<object, number>();
let nextId = 1;

/** A small number that stands for an object's identity (for memo keys made of several objects). */
export function idOf(o: object): number {
  let id = IDS.get(o);
  if (id === undefined) {
    id = nextId++;
    IDS.set(o, id);
  }
  return id;
}
