import * as z from "zod";
import type { JsonValue, LocalizedText } from "../explain/types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { formatPath } from "./format.js";
import { render, type MessageParams, type MessageTemplate } from "./messages.js";

const VI = z.locales.vi();
const EN = z.locales.en();

function localeText(map: ReturnType<typeof z.locales.vi>, issue: z.core.$ZodIssue): string {
  const r = map.localeError(issue as unknown as z.core.$ZodRawIssue);
  if (typeof r === "string") return r;
  if (r && typeof r === "object" && "message" in r && typeof r.message === "string") return r.message;
  return issue.message;
}

function toJson(v: unknown, depth = 0): JsonValue {
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "bigint") return v.toString();
  if (v === undefined) return null;
  if (depth > 2) return "…";
  if (Array.isArray(v)) return v.slice(0, 20).map((x) => toJson(x, depth + 1));
  if (typeof v === "object") {
    const out: { [k: string]: JsonValue } = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>).slice(0, 20)) out[k] = toJson(x, depth + 1);
    return out;
  }
  return String(v);
}

/** Prefixes a message with the field it is about. */
export function withField(path: readonly (string | number)[], text: LocalizedText): LocalizedText {
  const p = formatPath(path);
  return p === ""
    ? { vi: `Dữ liệu đầu vào: ${text.vi}`, en: `Input: ${text.en}` }
    : { vi: `Trường "${p}": ${text.vi}`, en: `Field "${p}": ${text.en}` };
}

/** Builds a domain issue from a message template. */
export function makeIssue<P extends MessageParams>(
  code: string,
  path: readonly (string | number)[],
  template: MessageTemplate<P>,
  params: P,
): Issue {
  return { code, path: [...path], params, message: withField(path, render(template, params)) };
}

/**
 * Adds a domain issue inside a zod refinement. The rendered issue travels in `params` and is unpacked by
 * {@link issuesFromZod}.
 */
export function addDomainIssue<P extends MessageParams>(
  ctx: { addIssue: (i: z.core.$ZodRawIssue<z.core.$ZodIssueCustom>) => void },
  code: string,
  path: readonly (string | number)[],
  template: MessageTemplate<P>,
  params: P,
): void {
  const text = render(template, params);
  ctx.addIssue({
    code: "custom",
    path: [...path] as PropertyKey[],
    message: text.en,
    params: { domain: { code, params, text } },
    input: undefined,
  } as unknown as z.core.$ZodRawIssue<z.core.$ZodIssueCustom>);
}

interface DomainPayload {
  code: string;
  params: MessageParams;
  text: LocalizedText;
}

function isDomain(v: unknown): v is DomainPayload {
  return typeof v === "object" && v !== null && "code" in v && "text" in v;
}

/** Converts zod's issues into the library's issues, with messages in Vietnamese and English. */
export function issuesFromZod(error: z.ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of error.issues) {
    const path = [...prefix, ...zi.path.map((p) => (typeof p === "symbol" ? String(p) : p))] as (string | number)[];
    if (zi.code === "custom") {
      const payload = (zi.params as { domain?: unknown } | undefined)?.domain;
      if (isDomain(payload)) {
        out.push({ code: payload.code, path, params: payload.params, message: withField(path, payload.text) });
        continue;
      }
    }
    const params: { [k: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(zi)) {
      if (k === "path" || k === "message" || k === "code" || k === "input" || k === "pattern" || k === "inst") continue;
      params[k] = toJson(v);
    }
    if ("input" in zi) params["received"] = toJson((zi as { input?: unknown }).input);
    out.push({ code: zi.code, path, params, message: withField(path, { vi: localeText(VI, zi), en: localeText(EN, zi) }) });
  }
  return out;
}

/** Parses with a schema, returning the library's issues instead of throwing. */
export function safeParseWith<T>(schema: z.ZodType<T>, input: unknown, prefix: readonly (string | number)[] = []): SafeResult<T> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: issuesFromZod(r.error, prefix) };
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
  );
}
