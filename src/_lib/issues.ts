// Builds the library's issues: from a code and its typed params, or from the schema layer (zod/mini) issues.
// Private to the library.
import type * as z from "zod/mini";
import type { JsonValue, Path } from "../types.js";
import type { IssueCode, IssueParams } from "../messages/codes.js";
import { isIssueCode, issueMessage } from "../messages/render.js";
import { describeValue } from "../messages/format.js";
import type { Issue, IssueOf, SafeResult } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { isPovertyError } from "../errors/isPovertyError.js";

/** Builds an issue from its code, path and typed params, with its message in both languages. */
export function issue<C extends IssueCode>(code: C, path: Path, params: IssueParams[C]): IssueOf<C> {
  return { code, path: [...path], params, message: issueMessage(code, path, params) };
}

/** Keys that can reach a prototype when a consumer copies an object by assignment. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A value as JSON for an issue's params: bounded in depth and size, never throwing, without the keys
 * `__proto__`, `constructor` and `prototype`, arrays dense (a hole is `"undefined"`).
 */
export function toJson(v: unknown, depth = 0): JsonValue {
  if (v === null || typeof v === "string" || typeof v === "boolean") return typeof v === "string" && v.length > 200 ? `${v.slice(0, 200)}…` : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "bigint") return v.toString();
  if (v === undefined) return "undefined";
  if (typeof v !== "object") return describeValue(v);
  if (depth > 2) return "…";
  try {
    if (Array.isArray(v)) {
      const out: JsonValue[] = [];
      const n = Math.min(v.length, 20);
      for (let i = 0; i < n; i++) out.push(toJson(v[i], depth + 1));
      return out;
    }
    const out: { [k: string]: JsonValue } = {};
    let n = 0;
    for (const k of Object.keys(v)) {
      // `__proto__`, `constructor`, `prototype`: dropped, so that no consumer merging the params (Object.assign,
      // a deep merge) can have its prototype replaced through them
      if (PROTOTYPE_KEYS.has(k)) continue;
      if (n++ >= 20) break;
      let x: unknown;
      try {
        x = (v as Record<string, unknown>)[k];
      } catch {
        x = "…";
      }
      Object.defineProperty(out, k, { value: toJson(x, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  } catch {
    return describeValue(v);
  }
}

const CUSTOM = "vn-poverty.issue";

/**
 * Adds one of the library's issues inside a zod check (its path relative to the value the check runs on). The
 * issue travels in the custom issue's params and is unpacked by {@link issuesFromZod}.
 */
export function addIssue<C extends IssueCode>(ctx: IssueSink, code: C, path: Path, params: IssueParams[C], cause?: { readonly cause: unknown }): void {
  const raw = { code: "custom", path: [...path], message: code, input: undefined, params: { [CUSTOM]: { code, params, ...(cause ? { cause } : {}) } } };
  if (typeof ctx.addIssue === "function") ctx.addIssue(raw as never);
  else ctx.issues?.push(raw);
}

/** Where a zod check puts its issues: `ctx.addIssue` (refinements) or `ctx.issues` (a check's payload). */
export interface IssueSink {
  readonly addIssue?: (issue: never) => void;
  readonly issues?: unknown[];
}

type RawIssue = z.core.$ZodIssue;

function num(v: unknown): number {
  return typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : Number.NaN;
}

/** One zod issue as one of the library's issues. */
function fromZod(zi: RawIssue, path: Path): Issue {
  const raw = zi as unknown as { readonly [k: string]: unknown };
  const received = toJson(raw["input"]);
  switch (zi.code) {
    case "invalid_type":
      return issue("invalid_type", path, { expected: String(zi.expected), received });
    case "too_small":
      return issue("too_small", path, { origin: String(zi.origin), minimum: num(zi.minimum), inclusive: zi.inclusive !== false, received });
    case "too_big":
      return issue("too_big", path, { origin: String(zi.origin), maximum: num(zi.maximum), inclusive: zi.inclusive !== false, received });
    case "invalid_format":
      return issue("invalid_format", path, { format: String(zi.format), received });
    case "invalid_value":
      return issue("invalid_value", path, { values: zi.values.map((x) => toJson(x)), received });
    case "unrecognized_keys":
      return issue("unrecognized_keys", path, { keys: zi.keys.map(String) });
    case "not_multiple_of":
      return issue("not_multiple_of", path, { divisor: num(zi.divisor), received });
    case "invalid_key":
      return issue("invalid_key", path, { received });
    case "custom": {
      const payload = (zi.params as { readonly [CUSTOM]?: { code: IssueCode; params: IssueParams[IssueCode]; cause?: { readonly cause: unknown } } } | undefined)?.[CUSTOM];
      if (payload !== undefined) {
        const made = issue(payload.code, path, payload.params as never) as Issue;
        return payload.cause ? withCause(made, payload.cause.cause) : made;
      }
      return issue("invalid_union", path, { received });
    }
    default:
      return issue("invalid_union", path, { received });
  }
}

/** Converts zod's issues into the library's issues, with messages in Vietnamese and English. */
export function issuesFromZod(issues: readonly RawIssue[], prefix: Path = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    const path: (string | number)[] = [...prefix];
    for (const p of zi.path) path.push(typeof p === "symbol" ? String(p.description ?? "symbol") : p);
    out.push(fromZod(zi, path));
  }
  return out;
}

/** Anything with zod's `safeParse` (a zod/mini schema; classic schemas during the move). */
export interface Parser<T> {
  safeParse(input: unknown, params?: { reportInput?: boolean }): { success: true; data: T } | { success: false; error: { issues: readonly RawIssue[] } };
}

/** The error an issue was made from (a getter that threw, a revoked Proxy), kept out of the issue's JSON. */
const CAUSES = new WeakMap<object, unknown>();

/**
 * Records the error an issue was made from: the throwing twin of the `safe…` function that returns the issue
 * throws a {@link PovertyError} whose `cause` is that error.
 */
export function withCause<I extends Issue>(i: I, cause: unknown): I {
  CAUSES.set(i, cause);
  return i;
}

/** The first error any of the issues was made from, if one was. */
export function causeOf(issues: readonly Issue[]): { readonly cause: unknown } | undefined {
  for (const i of issues) if (CAUSES.has(i)) return { cause: CAUSES.get(i) };
  return undefined;
}

/** Parses with a schema, returning the library's issues instead of throwing. */
export function safeParseWith<T>(schema: Parser<T>, input: unknown, prefix: Path = []): SafeResult<T> {
  try {
    const r = schema.safeParse(input, { reportInput: true });
    // zod finalises its issues lazily (reading the input again): inside the try too
    return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesFromZod(r.error.issues, prefix) };
  } catch (e) {
    // a getter that throws or a hostile Proxy inside the input, or nesting too deep to walk
    return { ok: false, issues: [unreadable(e, prefix)] };
  }
}

/** Unwraps a safe result, throwing a coded {@link PovertyError} with the issues. */
export function unwrap<T>(r: SafeResult<T>, what: string): T {
  if (r.ok) return r.value;
  const first = r.issues[0];
  throw new PovertyError(
    "invalid_input",
    `Invalid input to ${what}: ${first ? first.message.en : "unknown problem"}${r.issues.length > 1 ? ` (and ${r.issues.length - 1} more)` : ""}`,
    { function: what, issueCount: r.issues.length },
    r.issues,
    causeOf(r.issues),
  );
}

/** Prefixes the paths of issues (for an input nested in a larger one). */
export function prefixIssues(issues: readonly Issue[], prefix: Path): Issue[] {
  return issues.map((i) => {
    const path = [...prefix, ...i.path];
    // the message names the field, so it is rendered again for the longer path
    const moved = (isIssueCode(i.code) ? { ...i, path, message: issueMessage(i.code, path, i.params as IssueParams[IssueCode]) } : { ...i, path }) as Issue;
    return CAUSES.has(i) ? withCause(moved, CAUSES.get(i)) : moved;
  });
}

/** The name of a thrown value, read without running any of its code (no getter, no `toString`). */
function errorName(e: unknown): string {
  try {
    if (e instanceof Error) {
      const d = Object.getOwnPropertyDescriptor(e, "name") ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(e) as object, "name");
      if (d !== undefined && typeof d.value === "string") return d.value.slice(0, 60);
      return "Error";
    }
  } catch {
    // a Proxy posing as an error
  }
  return describeValue(e);
}

/** The issue for an input that could not be read (a getter or Proxy threw, or nesting too deep). */
export function unreadable(e: unknown, path: Path = []): IssueOf<"input_unreadable"> {
  return withCause(issue("input_unreadable", path, { error: errorName(e) }), e);
}

/**
 * Runs the body of a `safe…` function so that it never throws: reading a hostile input (a getter or a Proxy that
 * throws, nesting too deep for the stack) becomes an `input_unreadable` issue. The body reads its input inside.
 */
export function guardSafe<T>(body: () => SafeResult<T>): SafeResult<T> {
  try {
    return body();
  } catch (e) {
    return { ok: false, issues: [unreadable(e)] };
  }
}

/**
 * Runs the body of a throwing function so that it throws nothing but a {@link PovertyError}: any other error
 * (from reading a hostile input) becomes `invalid_input` with an `input_unreadable` issue and the error as cause.
 */
export function guardThrowing<T>(what: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isPovertyError(e)) throw e;
    throw new PovertyError("invalid_input", `Invalid input to ${what}: it could not be read`, { function: what }, [unreadable(e)], { cause: e });
  }
}
