import type { SafeResult } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { resolveStandard as resolveStandardRef } from "../standards/_resolveStandard.js";
import { findStandard } from "../standards/getStandard.js";
import type { PovertyStandard } from "../standards/types.js";
import type { CauseOfPoverty, ChildDeprivation } from "./types.js";
import { CAUSES_OF_POVERTY, CHILD_DEPRIVATIONS } from "./constants.js";

/** What a tally needs to know about its standard. Private. */
export interface Layout {
  readonly id: string;
  readonly standard: PovertyStandard;
  /** Indicator keys in the standard's order. */
  readonly keys: readonly string[];
  /** Indicator key → 0-based position. */
  readonly index: ReadonlyMap<string, number>;
  /** Poor are split by income / by deprivation (the standard has a poverty line of its own). */
  readonly split: boolean;
  /** The standard defines middle-living households. */
  readonly middleLiving: boolean;
  /** A zeroed deprivation record in the standard's order, cloned by spread for every new segment. */
  readonly zeroDeprivations: { readonly [key: string]: number };
}

export const CAUSES: readonly CauseOfPoverty[] = CAUSES_OF_POVERTY;
export const CHILD: readonly ChildDeprivation[] = CHILD_DEPRIVATIONS;
export const CAUSE_INDEX: ReadonlyMap<string, number> = new Map(CAUSES.map((c, i) => [c, i]));
export const CHILD_INDEX: ReadonlyMap<string, number> = new Map(CHILD.map((c, i) => [c, i]));

const byId = new Map<string, Layout>();
const byObject = new WeakMap<PovertyStandard, Layout>();

/** A zeroed record built key by key (Object.fromEntries may give a slow dictionary-mode object). */
function zeros(keys: readonly string[]): { [key: string]: number } {
  const o: { [key: string]: number } = {};
  for (const k of keys) o[k] = 0;
  return o;
}

function build(s: PovertyStandard): Layout {
  const sorted = [...s.indicators].sort((a, b) => a.order - b.order);
  const keys = sorted.map((i) => i.key);
  return {
    id: s.id,
    standard: s,
    keys,
    index: new Map(keys.map((k, i) => [k, i])),
    split: s.incomeLines.rural.poorByIncomeLine !== undefined || s.incomeLines.urban.poorByIncomeLine !== undefined,
    middleLiving: s.middleLiving !== undefined,
    zeroDeprivations: zeros(keys),
  };
}

/** The layout of a standard given as an id or a standard object; remembers it under the standard's id. */
export function resolveLayout(ref: unknown, path: readonly (string | number)[]): SafeResult<Layout> {
  const r = resolveStandardRef(ref, path);
  if (!r.ok) return r;
  let l = byObject.get(r.value);
  if (!l) {
    l = build(r.value);
    byObject.set(r.value, l);
  }
  byId.set(l.id, l);
  return { ok: true, value: l };
}

let lastId = "";
let last: Layout | undefined;

/** The layout of a tally's standard id (a programmer error when the tally was not built by the library). */
export function layoutOf(id: string): Layout {
  if (id === lastId && last) return last;
  let l = byId.get(id);
  if (!l) {
    const s = findStandard(id);
    if (!s) throw new PovertyError("unknown_standard", `No standard "${id}" is known to the report module; build tallies with emptyTally or tallyFromJson`, { id });
    l = build(s);
    byId.set(id, l);
  }
  lastId = id;
  last = l;
  return l;
}
