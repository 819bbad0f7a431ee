// The one check of indicator keys against a standard: unknown, of another standard, listed twice. Private.
import type { Path } from "../types.js";
import type { Issue } from "../errors/Issue.js";
import { STANDARDS } from "./STANDARDS.js";
import type { PovertyStandard } from "./types.js";
import { issue } from "./_messages.js";

interface KeyIndex {
  readonly set: ReadonlySet<string>;
  readonly known: string;
}

const INDEX = new WeakMap<PovertyStandard, KeyIndex>();

/** The standard's indicator keys as a set (built once per standard object). */
export function indicatorKeySet(standard: PovertyStandard): ReadonlySet<string> {
  return indexOf(standard).set;
}

function indexOf(standard: PovertyStandard): KeyIndex {
  let x = INDEX.get(standard);
  if (x === undefined) {
    const keys = standard.indicators.map((i) => i.key);
    x = { set: new Set(keys), known: keys.join(", ") };
    INDEX.set(standard, x);
  }
  return x;
}

/** The issue for a key that is not one of the standard's indicators: of another national standard, or of none. */
export function foreignKeyIssue(standard: PovertyStandard, key: string, at: Path): Issue {
  const others: string[] = [];
  for (const s of STANDARDS) if (indexOf(s).set.has(key)) others.push(s.id);
  return others.length > 0
    ? issue("indicator_of_other_standard", at, { key, standard: standard.id, belongsTo: others.join(", ") })
    : issue("unknown_indicator", at, { key, standard: standard.id, known: indexOf(standard).known });
}

/**
 * Checks a list of indicator keys against a standard: each must be one of its indicators, none twice. Linear in
 * the list. Returns the issues (none when the list is valid).
 */
export function checkIndicatorList(standard: PovertyStandard, keys: readonly string[], path: Path): Issue[] {
  const { set } = indexOf(standard);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const at = [...path, i];
    if (seen.has(k)) issues.push(issue("duplicate_indicator", at, { key: k }));
    seen.add(k);
    if (!set.has(k)) issues.push(foreignKeyIssue(standard, k, at));
  }
  return issues;
}
