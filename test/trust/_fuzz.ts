// The fuzz harness of the trust tests: for one public function, arbitrary JSON, arbitrary JavaScript values, and
// targeted mutations of its valid calls (test/trust/_calls.ts). The properties: a safe… function never throws and
// returns a well-formed result; any other function throws nothing but a PovertyError; no prototype is polluted;
// no case takes over 1 s. The seed is the fixed global one (test/setup.ts); FC_SEED varies it, and a failure prints
// the seed and path that replay it (docs/testing.md).
import fc from "fast-check";
import { isPovertyError } from "../../src/index.js";
import type { Call } from "./_calls.js";
import { revokedProxy } from "../_lib/hostile.js";

/** Cases per function: 10,000 unless FUZZ_RUNS says otherwise. */
export const FUZZ_RUNS = Number(process.env["FUZZ_RUNS"] ?? 10_000);
/** The longest a single case may take, ms. */
export const CASE_LIMIT_MS = 1000;

/** Functions that must never throw, though their name does not start with "safe" (predicates). */
const NEVER_THROW = new Set(["isPovertyError", "findStandard"]);

// ---------------------------------------------------------------------------------------------------------------
// Hostile values

/** A Proxy whose every trap throws. */
function throwingProxy(target: object = {}): object {
  const boom = (): never => {
    throw new Error("proxy trap");
  };
  return new Proxy(target, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, defineProperty: boom, set: boom, deleteProperty: boom, isExtensible: boom, preventExtensions: boom, apply: boom, construct: boom, setPrototypeOf: boom });
}

/** A copy of an object whose first key (or an extra key) is a getter that throws. */
function withThrowingGetter(v: unknown): unknown {
  const base: { [k: string]: unknown } = Array.isArray(v) ? ([...v] as never) : typeof v === "object" && v !== null ? { ...(v as object) } : {};
  const key = Object.keys(base)[0] ?? "x";
  Object.defineProperty(base, key, {
    enumerable: true,
    get() {
      throw new TypeError("getter");
    },
  });
  return base;
}

/** A getter that answers differently each time it is read (valid once, then not). */
function withFlippingGetter(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
  const base: { [k: string]: unknown } = { ...(v as object) };
  const key = Object.keys(base)[0];
  if (key === undefined) return v;
  const good = base[key];
  let n = 0;
  Object.defineProperty(base, key, {
    enumerable: true,
    get() {
      return n++ === 0 ? good : { hostile: true };
    },
  });
  return base;
}

function nullProto(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) return v.map(nullProto);
  const o = Object.create(null) as { [k: string]: unknown };
  for (const [k, x] of Object.entries(v)) o[k] = nullProto(x);
  return o;
}

function deepFreezeCopy(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  const c: unknown = Array.isArray(v) ? v.map(deepFreezeCopy) : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepFreezeCopy(x)]));
  return Object.freeze(c);
}

function deep(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { a: v };
  return v;
}

function sparse(v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const a: unknown[] = [];
  a.length = v.length + 2;
  v.forEach((x, i) => {
    if (i % 2 === 0) a[i] = x;
  });
  return a;
}

const ZW = "\u200b";

/** A string in another Unicode form: NFD, with a zero-width space, with a BOM, upper-cased. */
function restring(v: unknown, how: number): unknown {
  if (typeof v !== "string") return v;
  switch (how % 4) {
    case 0:
      return v.normalize("NFD");
    case 1:
      return `${v}${ZW}`;
    case 2:
      return `\ufeff${v}`;
    default:
      return `${v.slice(0, 1)}${ZW}${v.slice(1)}`;
  }
}

/** The replacements that make a value unreadable (it throws when read, or nests deeper than a stack): only these may
 * be answered with `input_unreadable`. Everything else — NaN, a null-prototype object, a frozen copy, a Map — can be
 * read, and must get a proper answer. */
const UNREADABLE = {
  deep: (_o: unknown, n: number): unknown => deep(50 + (n % 4) * 3000),
  getter: (old: unknown): unknown => withThrowingGetter(old),
  flipping: (old: unknown): unknown => withFlippingGetter(old),
  proxy: (old: unknown): unknown => throwingProxy(typeof old === "object" && old !== null ? old : {}),
  revoked: (): unknown => revokedProxy(),
};

/** The ways one value in a valid input is replaced (by index, so a failure prints a small description). */
const REPLACEMENTS: readonly ((old: unknown, n: number) => unknown)[] = [
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => -0,
  () => 1e308,
  () => -1e308,
  () => -1,
  () => 0.5,
  (old) => (typeof old === "number" ? old + 0.5 : 1.5),
  (old) => (typeof old === "number" ? -old : -7),
  () => 2 ** 53,
  () => Number.MAX_VALUE,
  () => Number.MIN_VALUE,
  () => "",
  (_o, n) => "x".repeat(1000 + (n % 3) * 50_000),
  (old, n) => restring(old, n),
  () => "2023-02-30",
  () => "2024-13-01",
  () => "0000-00-00",
  () => "2023-2-3",
  () => "9999-12-31",
  () => "1899-12-31",
  () => null,
  () => undefined,
  () => true,
  () => [],
  () => ({}),
  (old) => String(old),
  (old) => (typeof old === "string" && old.trim() !== "" && !Number.isNaN(Number(old)) ? Number(old) : old),
  (old) => [old],
  UNREADABLE.deep,
  () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown,
  (old) => (typeof old === "object" && old !== null ? Object.assign(JSON.parse('{"__proto__":{"polluted":true}}') as object, old) : old),
  (old) => nullProto(old),
  UNREADABLE.getter,
  UNREADABLE.flipping,
  UNREADABLE.proxy,
  UNREADABLE.revoked,
  (old) => deepFreezeCopy(old),
  (old) => sparse(old),
  () => 10n,
  () => Symbol("s"),
  () => () => 1,
  () => new Date(0),
  () => new Map([["a", 1]]),
  () => Object.create({ inherited: 1 }) as unknown,
];

const UNREADABLE_REPLACEMENTS: ReadonlySet<number> = new Set(Object.values(UNREADABLE).map((f) => REPLACEMENTS.indexOf(f)));

/** Mutations of the whole argument list. */
const WHOLE: readonly ((args: unknown[]) => unknown[])[] = [
  (a) => a.map((x) => (typeof x === "object" && x !== null ? throwingProxy(x) : x)),
  (a) => a.map(deepFreezeCopy),
  (a) => a.map(nullProto),
  (a) => [...a, { extra: 1 }],
  (a) => a.slice(0, Math.max(0, a.length - 1)),
  (a) => a.map((x) => (typeof x === "object" && x !== null ? Object.assign(JSON.parse('{"__proto__":{"polluted":true}}') as object, x) : x)),
];

/** Every path (list of keys) to a value inside the arguments, the arguments themselves included. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  out.push(at);
  if (depth > 8 || typeof v !== "object" || v === null) return out;
  if (Array.isArray(v)) v.slice(0, 12).forEach((x, i) => paths(x, [...at, i], out, depth + 1));
  else for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out, depth + 1);
  return out;
}

function replaceAt(root: unknown[], path: readonly (string | number)[], make: (old: unknown) => unknown): unknown[] {
  if (path.length === 0) return make(root) as unknown[];
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as { [k: string | number]: unknown };
  const child = copy[head];
  copy[head] = rest.length === 0 ? make(child) : replaceAt(child as unknown[], rest, make);
  return copy as unknown as unknown[];
}

function addKeyAt(root: unknown[], path: readonly (string | number)[], key: string): unknown[] {
  return replaceAt(root, path, (old) => {
    if (typeof old !== "object" || old === null || Array.isArray(old)) return old;
    const c = { ...(old as object) };
    Object.defineProperty(c, key, { value: key === "__proto__" ? { polluted: true } : "x", enumerable: true, writable: true, configurable: true });
    return c;
  });
}

/** A mutation of a valid call, as a small printable description. */
interface Mutation {
  readonly call: number;
  readonly path: number;
  readonly kind: "replace" | "whole" | "addKey" | "removeKey";
  readonly which: number;
  readonly n: number;
}

function applyMutation(calls: readonly Call[], m: Mutation): unknown[] {
  const call = calls[m.call % calls.length] as Call;
  const args = call.args();
  // not the argument list itself: the call spreads it, outside the function under test
  const all = paths(args).filter((p) => p.length > 0);
  const path = all[m.path % all.length] ?? [0];
  switch (m.kind) {
    case "replace": {
      const r = REPLACEMENTS[m.which % REPLACEMENTS.length] as (old: unknown, n: number) => unknown;
      const out = replaceAt(args, path, (old) => r(old, m.n));
      return Array.isArray(out) ? out : [out];
    }
    case "whole":
      return (WHOLE[m.which % WHOLE.length] as (a: unknown[]) => unknown[])(args);
    case "addKey":
      return addKeyAt(args, path, (["__proto__", "constructor", "prototype", "extra", "toString", "valueOf"] as const)[m.which % 6] ?? "extra");
    case "removeKey":
      return path.length <= 1 ? args.slice(0, Number(path[0] ?? 0)) : replaceAt(args, path.slice(0, -1), (old) => {
        if (typeof old !== "object" || old === null) return old;
        const c: { [k: string]: unknown } = Array.isArray(old) ? ([...old] as never) : { ...(old as object) };
        delete c[String(path[path.length - 1])];
        return c;
      });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The property

/** The argument lists a case is made of: JSON, any JavaScript value, or a mutated valid call. */
export type FuzzInput = { readonly from: "json"; readonly args: unknown[] } | { readonly from: "anything"; readonly args: unknown[] } | { readonly from: "mutation"; readonly mutation: Mutation };

export function fuzzInputs(calls: readonly Call[]): fc.Arbitrary<FuzzInput> {
  const mutation = fc.record({
    call: fc.nat(),
    path: fc.nat(),
    kind: fc.constantFrom("replace", "replace", "replace", "whole", "addKey", "removeKey"),
    which: fc.nat(),
    n: fc.nat(),
  }) as fc.Arbitrary<Mutation>;
  const anything = fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withDate: true, withObjectString: true, maxDepth: 3, maxKeys: 5 });
  return fc.oneof(
    { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }).map((args) => ({ from: "json", args }) as FuzzInput) },
    { weight: 1, arbitrary: fc.array(anything, { maxLength: 3 }).map((args) => ({ from: "anything", args }) as FuzzInput) },
    { weight: calls.length > 0 ? 4 : 0, arbitrary: mutation.map((mutation) => ({ from: "mutation", mutation }) as FuzzInput) },
  );
}

/** Whether a case's arguments can all be read (no getter or Proxy that throws, no nesting deeper than a stack). */
export function isReadable(input: FuzzInput): boolean {
  if (input.from !== "mutation") return true;
  const m = input.mutation;
  if (m.kind === "replace") return !UNREADABLE_REPLACEMENTS.has(m.which % REPLACEMENTS.length);
  if (m.kind === "whole") return m.which % WHOLE.length !== 0;
  return true;
}

/** The argument list a case stands for (built afresh: hostile values are made here, never shared between runs). */
export function argsOf(calls: readonly Call[], input: FuzzInput): unknown[] {
  return input.from === "mutation" ? applyMutation(calls, input.mutation) : input.args;
}

function isResult(r: unknown): string | undefined {
  if (typeof r !== "object" || r === null) return "not an object";
  const res = r as { ok?: unknown; value?: unknown; issues?: unknown };
  if (res.ok === true) return "value" in res ? undefined : "ok without value";
  if (res.ok !== false) return "ok is neither true nor false";
  if (!Array.isArray(res.issues) || res.issues.length === 0) return "no issues";
  for (const i of res.issues as { code?: unknown; path?: unknown; message?: { vi?: unknown; en?: unknown } }[]) {
    if (typeof i.code !== "string" || !Array.isArray(i.path) || typeof i.message?.vi !== "string" || typeof i.message.en !== "string") return `malformed issue ${JSON.stringify(i)}`;
  }
  return undefined;
}

const PROTOTYPES: readonly [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
];

function protoSnapshot(): string {
  return PROTOTYPES.map(([n, p]) => `${n}:${Reflect.ownKeys(p).map(String).sort().join(",")}`).join("|");
}

function describeArgs(args: unknown[]): string {
  try {
    return JSON.stringify(args, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : typeof v === "number" && !Number.isFinite(v) ? String(v) : v)).slice(0, 300);
  } catch {
    return "unprintable";
  }
}

function describeError(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : typeof e;
  } catch {
    return "unprintable";
  }
}

/** The outcome of one case, checked; throws (fails the property) with a reason. */
export function checkCase(name: string, fn: (...args: unknown[]) => unknown, calls: readonly Call[], input: FuzzInput): void {
  const args = argsOf(calls, input);
  const before = protoSnapshot();
  const t0 = performance.now();
  let threw: { e: unknown } | undefined;
  let r: unknown;
  try {
    r = fn(...args);
    // a lazy result (the batch's outcome view) is read too
    if (typeof r === "object" && r !== null && "outcomes" in r) for (const _ of (r as { outcomes: Iterable<unknown> }).outcomes);
  } catch (e) {
    threw = { e };
  }
  const ms = performance.now() - t0;
  const after = protoSnapshot();
  if (after !== before) throw new Error(`${name}: a prototype was changed (${after})`);
  if (({} as { polluted?: unknown }).polluted !== undefined) throw new Error(`${name}: Object.prototype polluted`);
  if (ms > CASE_LIMIT_MS) throw new Error(`${name}: a case took ${ms.toFixed(0)} ms`);
  const mustNotThrow = name.startsWith("safe") || NEVER_THROW.has(name);
  if (threw) {
    if (mustNotThrow) throw new Error(`${name} threw ${describeError(threw.e)}`);
    if (!isPovertyError(threw.e)) throw new Error(`${name} threw a non-PovertyError: ${describeError(threw.e)}`);
    if (isReadable(input) && threw.e.issues.some((i) => i.code === "input_unreadable")) {
      throw new Error(`${name}: input_unreadable on readable input ${describeArgs(args)} (cause: ${describeError(threw.e.cause)})`);
    }
    return;
  }
  if (name.startsWith("safe")) {
    const bad = isResult(r);
    if (bad) throw new Error(`${name}: malformed result (${bad})`);
    // on readable input, an input_unreadable issue would hide a crash of the library's own
    if (isReadable(input) && (r as { ok: boolean }).ok === false && (r as { issues: { code: string }[] }).issues.some((i) => i.code === "input_unreadable")) {
      throw new Error(`${name}: input_unreadable on readable input ${describeArgs(args)}`);
    }
  }
}

/** Runs the fuzz property for one function. */
export function fuzz(name: string, fn: (...args: unknown[]) => unknown, calls: readonly Call[], numRuns = FUZZ_RUNS): void {
  fc.assert(
    fc.property(fuzzInputs(calls), (input) => {
      checkCase(name, fn, calls, input);
    }),
    { numRuns },
  );
}
