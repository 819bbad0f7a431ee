// The names of a standard's indicators as messages list them ("bảo hiểm y tế, nhà tiêu hợp vệ sinh"). Private.
import type { LocalizedText } from "../types.js";
import type { PovertyStandard } from "./types.js";

const LOWER = new WeakMap<PovertyStandard, readonly { readonly key: string; readonly vi: string; readonly en: string }[]>();

/**
 * The names in the law of the given indicators, in the standard's order, lower-cased and joined with ", " (the
 * keys' own order does not matter). Names are lower-cased once per standard.
 */
export function indicatorNames(standard: PovertyStandard, keys: readonly string[]): LocalizedText {
  let names = LOWER.get(standard);
  if (names === undefined) {
    names = standard.indicators.map((i) => ({ key: i.key, vi: i.name.vi.toLowerCase(), en: i.name.en.toLowerCase() }));
    LOWER.set(standard, names);
  }
  let vi = "";
  let en = "";
  for (const n of names) {
    if (!keys.includes(n.key)) continue;
    vi += vi === "" ? n.vi : `, ${n.vi}`;
    en += en === "" ? n.en : `, ${n.en}`;
  }
  return { vi, en };
}
