// Builds the library's issues: from a code and its typed params, or from the schema layer (zod/mini) issues.
// Private to the library.
import type * as z from "zod/mini";
import type { JsonValue, LocalizedText, Path } from "../types.js";
import type { IssueCode, IssueParams, SchemaIssueParams } from "../messages/codes.js";
import { fieldEn, fieldText, fieldVi } from "../messages/field.js";
import type { Texts } from "../messages/texts.js";
import { describeValue } from "../messages/format.js";
import { viSchemaIssues } from "../messages/vi/common.js";
import { enSchemaIssues } from "../messages/en/common.js";
import type { Issue, IssueOf, SafeResult } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { isPovertyError } from "../errors/isPovertyError.js";

/**
 * Builds an issue from its code, path and typed params, with its message in both languages; a folder binds it to
 * the tables of its codes ({@link issueBuilder}), so only codes of those tables are accepted.
 */
export type BoundIssue<P> = <C extends keyof P & IssueCode>(code: C, path: Path, params: IssueParams[C]) => IssueOf<C>;

/** An issue with its message: the body in both languages, prefixed with the field it is about. */
function issueOf<C extends IssueCode>(code: C, path: Path, params: IssueParams[C], body: LocalizedText): IssueOf<C> {
  return { code, path: [...path], params, message: fieldText(path, body) };
}

/** The body of an issue's message in both languages, from bound tables. */
function bodyOf<P, C extends keyof P & IssueCode>(texts: () => Texts<P>, code: C, params: IssueParams[C]): LocalizedText {
  const t = texts();
  return { vi: (t.vi[code] as (p: IssueParams[C]) => string)(params), en: (t.en[code] as (p: IssueParams[C]) => string)(params) };
}

/** Binds the issue builder to a folder's tables (call it with a pure annotation, so that a bundler drops an unused binding). */
export function issueBuilder<P>(texts: () => Texts<P>): BoundIssue<P> {
  return (code, path, params) => issueOf(code, path, params, bodyOf(texts, code, params));
}

const SCHEMA_TEXTS: Texts<SchemaIssueParams> = { vi: viSchemaIssues, en: enSchemaIssues };

/** Builds an issue of the schema layer (the common codes: invalid_type, too_small, input_unreadable …). */
const schemaIssue: BoundIssue<SchemaIssueParams> = /* @__PURE__ */ issueBuilder(() => SCHEMA_TEXTS);

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
 * Adds one of the library's issues inside a zod check (its path relative to the value the check runs on); a folder
 * binds it to the tables of its codes ({@link issueAdder}). The issue travels in the custom issue's params, with
 * the body of its message already rendered, and is unpacked by {@link issuesFromZod}, which prefixes the field.
 */
export type BoundAddIssue<P> = <C extends keyof P & IssueCode>(ctx: IssueSink, code: C, path: Path, params: IssueParams[C], cause?: { readonly cause: unknown }) => void;

/** What a custom zod issue of the library carries. */
interface CustomPayload {
  readonly code: IssueCode;
  readonly params: IssueParams[IssueCode];
  readonly body: LocalizedText;
  readonly cause?: { readonly cause: unknown };
}

/** Binds the zod-check issue adder to a folder's tables (call it with a pure annotation, so that a bundler drops an unused binding). */
export function issueAdder<P>(texts: () => Texts<P>): BoundAddIssue<P> {
  return (ctx, code, path, params, cause) => {
    const payload: CustomPayload = { code, params, body: bodyOf(texts, code, params), ...(cause ? { cause } : {}) };
    const raw = { code: "custom", path: [...path], message: code, input: undefined, params: { [CUSTOM]: payload } };
    if (typeof ctx.addIssue === "function") ctx.addIssue(raw as never);
    else ctx.issues?.push(raw);
  };
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
      return schemaIssue("invalid_type", path, { expected: String(zi.expected), received });
    case "too_small":
      return schemaIssue("too_small", path, { origin: String(zi.origin), minimum: num(zi.minimum), inclusive: zi.inclusive !== false, received });
    case "too_big":
      return schemaIssue("too_big", path, { origin: String(zi.origin), maximum: num(zi.maximum), inclusive: zi.inclusive !== false, received });
    case "invalid_format":
      return schemaIssue("invalid_format", path, { format: String(zi.format), received });
    case "invalid_value":
      return schemaIssue("invalid_value", path, { values: zi.values.map((x) => toJson(x)), received });
    case "unrecognized_keys":
      return schemaIssue("unrecognized_keys", path, { keys: zi.keys.map(String) });
    case "not_multiple_of":
      return schemaIssue("not_multiple_of", path, { divisor: num(zi.divisor), received });
    case "invalid_key":
      return schemaIssue("invalid_key", path, { received });
    case "custom": {
      const payload = (zi.params as { readonly [CUSTOM]?: CustomPayload } | undefined)?.[CUSTOM];
      if (payload !== undefined) {
        const made = issueOf(payload.code, path, payload.params, payload.body) as Issue;
        return payload.cause ? withCause(made, payload.cause.cause) : made;
      }
      return schemaIssue("invalid_union", path, { received });
    }
    default:
      return schemaIssue("invalid_union", path, { received });
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

/**
 * A message naming another field: the prefix the library put for the old path is replaced with the one for the
 * new path; a message without that prefix is kept as it is.
 */
function refield(message: LocalizedText, from: Path, to: Path): LocalizedText {
  const vi = fieldVi(from, "");
  const en = fieldEn(from, "");
  if (!message.vi.startsWith(vi) || !message.en.startsWith(en)) return message;
  return { vi: fieldVi(to, message.vi.slice(vi.length)), en: fieldEn(to, message.en.slice(en.length)) };
}

/** Prefixes the paths of issues (for an input nested in a larger one). */
export function prefixIssues(issues: readonly Issue[], prefix: Path): Issue[] {
  return issues.map((i) => {
    const path = [...prefix, ...i.path];
    // the message names the field, so it names the longer path now
    const moved = { ...i, path, message: refield(i.message, i.path, path) } as Issue;
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
  return withCause(schemaIssue("input_unreadable", path, { error: errorName(e) }), e);
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
