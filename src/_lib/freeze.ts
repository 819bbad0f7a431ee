/**
 * Freezes an object and everything reachable from it, so legal data and shared results cannot be edited in place.
 * Walks into objects that are already frozen at the top (their children may not be).
 */
export function deepFreeze<T>(value: T): T {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    Object.freeze(v);
    for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k]);
  };
  walk(value);
  return value;
}

/** Whether an object and everything reachable from it is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  const seen = new Set<object>();
  const walk = (v: unknown): boolean => {
    if (v === null || typeof v !== "object" || seen.has(v)) return true;
    seen.add(v);
    if (!Object.isFrozen(v)) return false;
    for (const k of Object.keys(v)) if (!walk((v as Record<string, unknown>)[k])) return false;
    return true;
  };
  return walk(value);
}

/**
 * A canonical JSON text of a plain value: object keys sorted, so two values equal as data give the same text
 * whatever the order their keys were written in (a standard sent from another language's back end).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value).sort();
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined) continue;
    out += `${out.length > 1 ? "," : ""}${JSON.stringify(k)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}
