// Generic, schema-blind mutations of a valid JSON input: each picks one place in the value and breaks it in one of
// the ways the contract must catch — a wrong type, a fractional, negative or out-of-range number, a missing or an
// extra key, an unknown enum value, a malformed string, an array too short, too long or with a duplicate — or pads
// a string in ways only normalisation tells apart. They know nothing of the schemas: whether the result is still
// valid is for the library and the JSON Schema to say.
import fc from "fast-check";

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The kinds of mutation, in the brief's words. */
export const MUTATIONS = [
  "wrong_type",
  "fractional",
  "negative",
  "out_of_range",
  "missing_key",
  "extra_key",
  "bad_enum",
  "bad_pattern",
  "empty_array",
  "duplicate_item",
  "extra_item",
  "drop_item",
  "null",
  "normalisation",
] as const;

/** One kind of mutation. */
export type Mutation = (typeof MUTATIONS)[number];

type Path = (string | number)[];

/** Keys whose object value is a standard: mutated whole, never inside (a change inside is a forged standard). */
const OPAQUE = new Set(["standard", "national"]);

/** Every path in a value (the root included), not entering standard objects. */
function paths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      if (OPAQUE.has(k) && x !== null && typeof x === "object") out.push([...at, k]);
      else paths(x, [...at, k], out);
    }
  }
  return out;
}

function get(v: Json, p: Path): Json {
  let x: Json = v;
  for (const k of p) x = (x as { [k: string]: Json })[k as string] as Json;
  return x;
}

function set(root: Json, p: Path, value: Json | undefined): Json {
  if (p.length === 0) return value === undefined ? null : value;
  const parent = get(root, p.slice(0, -1)) as { [k: string]: Json } | Json[];
  const k = p[p.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(k as number, 1);
    else delete parent[k as string];
  } else (parent as { [k: string]: Json })[k as string] = value;
  return root;
}

const BIG = [101, 131, 1001, 1_000_001, 1e12 + 1, 2 ** 53, 1e21];
const BAD_STRINGS = ["", " ", "2023-02-30", "2023-13-01", "23-1-1", "2024-02-29x", "1899-12-31", "2200-01-01", "RURAL", "x".repeat(101), "x".repeat(301), "\u0000"];
const PADS = [" ", "\t", "\u00a0", "\u3000", "\ufeff"];

/** The value `v` broken at one place: `pick` chooses the place and the variant, `kind` the kind of mutation. */
export function mutate(input: Json, kind: Mutation, pick: number): Json {
  const root = structuredClone(input);
  const all = paths(root);
  const p = all[pick % all.length] as Path;
  const v = get(root, p);
  const n = Math.floor(pick / all.length);
  const isObject = v !== null && typeof v === "object" && !Array.isArray(v);
  switch (kind) {
    case "wrong_type":
      return set(root, p, typeof v === "number" ? String(v) : typeof v === "string" ? (n % 2 === 0 ? 7 : true) : typeof v === "boolean" ? (n % 2 === 0 ? "true" : 1) : Array.isArray(v) ? {} : isObject ? [] : 0);
    case "fractional":
      return typeof v === "number" ? set(root, p, v + [0.5, 0.25, 1e-9][n % 3]!) : set(root, p, 1.5);
    case "negative":
      return typeof v === "number" ? set(root, p, -v - 1) : set(root, p, -1);
    case "out_of_range":
      return set(root, p, typeof v === "number" ? (v < 0 ? -BIG[n % BIG.length]! : BIG[n % BIG.length]!) : BIG[n % BIG.length]!);
    case "missing_key": {
      if (isObject) {
        const keys = Object.keys(v);
        return keys.length > 0 ? set(root, [...p, keys[n % keys.length] as string], undefined) : set(root, [...p, "extra"], 1);
      }
      return p.length > 0 ? set(root, p, undefined) : root;
    }
    case "extra_key":
      return isObject ? set(root, [...p, ["extra", "note_x", "Standard", "standard_"][n % 4] as string], n % 2 === 0 ? 1 : "x") : set(root, p, { extra: 1 });
    case "bad_enum":
      return typeof v === "string" ? set(root, p, [`${v}_x`, v.toUpperCase(), "unknown"][n % 3]!) : set(root, p, "not_a_value");
    case "bad_pattern":
      return set(root, p, BAD_STRINGS[n % BAD_STRINGS.length]!);
    case "empty_array":
      return Array.isArray(v) ? set(root, p, []) : set(root, p, []);
    case "duplicate_item":
      return Array.isArray(v) && v.length > 0 ? set(root, p, [...v, structuredClone(v[n % v.length]!)]) : root;
    case "extra_item":
      return Array.isArray(v) ? set(root, p, [...v, ...(v.length > 0 ? [structuredClone(v[0]!)] : [0]), ...(n % 2 === 0 ? [] : Array.from({ length: 60 }, () => structuredClone(v[0] ?? 0)))]) : root;
    case "drop_item":
      return Array.isArray(v) && v.length > 0 ? set(root, [...p, n % v.length], undefined) : root;
    case "null":
      return set(root, p, null);
    case "normalisation": {
      if (typeof v !== "string") return root;
      const pad = PADS[n % PADS.length]!;
      const variants = [`${pad}${v}${pad}`, v.normalize("NFD"), `${v}${" ".repeat(120)}`, `${v}😀`, `${"😀".repeat(60)}`];
      return set(root, p, variants[n % variants.length]!);
    }
  }
}

/** Mutated copies of valid inputs: one mutation each, of any kind, at any place. */
export function mutated(valid: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  return fc.tuple(valid, fc.constantFrom(...MUTATIONS), fc.nat()).map(([v, kind, pick]) => mutate(v, kind, pick));
}

/** Whether a value holds a string that normalisation changes, or that has characters outside the BMP. */
export function hasUnplainString(v: Json): boolean {
  if (typeof v === "string") return v.normalize("NFC").trim() !== v || /[\u{10000}-\u{10FFFF}]/u.test(v);
  if (Array.isArray(v)) return v.some(hasUnplainString);
  if (v !== null && typeof v === "object") return Object.values(v).some(hasUnplainString);
  return false;
}
