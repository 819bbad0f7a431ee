// The national standards by id and by structure, and the set of standard objects the library built. Private.
import { canonicalJson } from "../_lib/freeze.js";
import { STANDARDS } from "./STANDARDS.js";
import type { NationalStandardId, PovertyStandard } from "./types.js";

const BY_ID: ReadonlyMap<string, PovertyStandard> = new Map(STANDARDS.map((s) => [s.id, s]));
const CANONICAL: ReadonlyMap<string, string> = new Map(STANDARDS.map((s) => [s.id, canonicalJson(s)]));

/** The national standard with an id, or undefined. */
export function nationalById(id: string): PovertyStandard | undefined {
  return BY_ID.get(id);
}

/** Whether an id is a national standard's. */
export function isNationalId(id: string): id is NationalStandardId {
  return BY_ID.has(id);
}

/** The national ids, comma-separated (for messages). */
export const NATIONAL_IDS: string = STANDARDS.map((s) => s.id).join(", ");

const BUILT = new WeakSet<object>(STANDARDS as readonly object[]);

/** Marks a standard object as built (or fully validated) by the library. */
// Stryker disable next-line all: equivalent — a memo: an object not marked is recognised by its structure, with the same answer
export function markBuilt(s: PovertyStandard): void {
  BUILT.add(s);
}

/** Whether an object is a standard the library built or validated. */
// Stryker disable next-line BlockStatement: equivalent — answering "not built" sends every object to recognition by structure, with the same answer
export function isBuilt(s: unknown): s is PovertyStandard {
  // a WeakSet answers false for a primitive (it cannot hold one): no type test needed
  return BUILT.has(s as object);
}

/**
 * The library's own national standard equal as data to a standard object from elsewhere (a JSON round trip,
 * `structuredClone`, another copy of the library), or undefined when none is.
 */
export function matchNational(s: { readonly id?: unknown }): PovertyStandard | undefined {
  // read once: a getter could name another standard on a second read than the one compared
  const id = s.id as string;
  // the map's keys are the national ids: any other id, string or not, finds nothing
  const expected = CANONICAL.get(id);
  // Stryker disable next-line all: equivalent — without it the comparison with `undefined` fails, with the same answer
  if (expected === undefined) return undefined;
  return canonicalJson(s) === expected ? BY_ID.get(id) : undefined;
}
