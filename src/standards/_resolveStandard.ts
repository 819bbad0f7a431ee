// Resolves the `standard` of an input: an id, or a standard object recognised by its structure. Private.
import * as z from "zod/mini";
import type { Path } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { causeOf, withCause } from "../_lib/issues.js";
import { NATIONAL_IDS, isBuilt, markBuilt, matchNational, nationalById } from "./_national.js";
import { rebuildLocal } from "./layerLocalStandard.js";
import type { PovertyStandard } from "./types.js";
import { addIssue, issue } from "./_messages.js";

const SEEN = new WeakMap<object, PovertyStandard | null>();
/** The error reading an object threw (a getter, a revoked Proxy), kept as the cause of its refusal. */
const THREW = new WeakMap<object, unknown>();

/**
 * The library's own standard for an object from elsewhere: the national standard it equals as data, or the local
 * standard rebuilt from its definition; `null` when it is neither (forged or malformed). Remembered per object.
 */
/**
 * Whether an object can never change: frozen all the way down, with plain data properties only (no getter, which
 * could answer differently later). Only such objects are remembered by identity; any other is recognised afresh
 * on every call, so that editing it after a first call cannot go unnoticed.
 */
function isFrozenData(root: object): boolean {
  const seen = new Set<object>();
  const stack: object[] = [root];
  while (stack.length > 0) {
    const o = stack.pop() as object;
    // Stryker disable next-line all: equivalent — an object reached twice is checked twice (data read here has no cycles: those throw earlier)
    if (seen.has(o)) continue;
    seen.add(o);
    if (!Object.isFrozen(o)) return false;
    for (const k of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, k);
      if (d === undefined || !("value" in d)) return false;
      if (typeof d.value === "object" && d.value !== null) stack.push(d.value as object);
    }
  }
  return true;
}

function recognise(ref: object): PovertyStandard | null {
  const known = SEEN.get(ref);
  // Stryker disable next-line all: equivalent — the memory of unchanging objects: without it the object is recognised again, with the same answer
  if (known !== undefined) return known;
  let s: PovertyStandard | null = null;
  // Stryker disable next-line all: equivalent — only an object whose reading threw keeps it: remembered as refused, it is refused again
  let unchanging = false;
  try {
    const scope = (ref as { scope?: unknown }).scope;
    s = (scope === "national" ? matchNational(ref as { id?: unknown }) : scope === "local" ? rebuildLocal(ref as { layeredOn?: unknown }) : undefined) ?? null;
    unchanging = isFrozenData(ref);
  } catch (e) {
    s = null; // a getter that throws, a revoked Proxy, a cycle
    THREW.set(ref, e);
  }
  if (!unchanging) return s;
  SEEN.set(ref, s);
  // Stryker disable next-line all: equivalent — marking the rebuilt standard as built only saves its recognition later
  if (s !== null && s !== ref && Object.isFrozen(ref)) markBuilt(s);
  return s;
}

/** Why a standard reference did not resolve: the issue's code and params. */
function refusal(ref: unknown, path: Path): Issue {
  if (typeof ref === "string") return issue("unknown_standard", path, { id: ref, known: NATIONAL_IDS });
  const refused = issue("invalid_standard", path, {});
  // a WeakMap holds objects only: for a primitive `has` is false
  return THREW.has(ref as object) ? withCause(refused, THREW.get(ref as object)) : refused;
}

/** The standard a reference names, or undefined. */
export function lookupStandard(ref: unknown): PovertyStandard | undefined {
  if (typeof ref === "string") return nationalById(ref);
  if (isBuilt(ref)) return ref;
  if (typeof ref !== "object" || ref === null) return undefined;
  return recognise(ref) ?? undefined;
}

/**
 * Resolves a standard given as an id or as a standard object: one the library built, or one equal as data to one
 * it builds (a national standard after a JSON round trip, `structuredClone` or a hop to a worker; a local standard
 * rebuilt from its definition). A forged or malformed object is refused (`invalid_standard`).
 */
export function resolveStandard(ref: unknown, path: Path): SafeResult<PovertyStandard> {
  const s = lookupStandard(ref);
  return s !== undefined ? { ok: true, value: s } : { ok: false, issues: [refusal(ref, path)] };
}

/**
 * The schema of a `standard` field: an id or a standard object, parsed into the library's standard. Its issues
 * (`unknown_standard`, `invalid_standard`) come with the input's other issues.
 */
export const standardRefSchema: z.ZodMiniType<PovertyStandard, unknown> = z.pipe(
  z.unknown(),
  z.transform((ref: unknown, ctx) => {
    const s = lookupStandard(ref);
    if (s !== undefined) return s;
    const i = refusal(ref, []);
    addIssue(ctx, i.code as "unknown_standard", [], i.params as { id: string; known: string }, causeOf([i]));
    return z.NEVER;
  }),
);
