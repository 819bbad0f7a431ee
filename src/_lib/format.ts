import type { Locale } from "../explain/types.js";

/** Groups the digits of an integer: "1.234.567" in Vietnamese, "1,234,567" in English. */
export function groupDigits(n: number | bigint, locale: Locale): string {
  const s = (typeof n === "bigint" ? n : BigInt(Math.trunc(n))).toString();
  const neg = s.startsWith("-");
  const digits = neg ? s.slice(1) : s;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "vi" ? "." : ",");
  return neg ? `-${grouped}` : grouped;
}

/** Money in whole đồng: "1.234.567 đồng" / "1,234,567 VND". */
export function formatDong(n: number | bigint, locale: Locale): string {
  return locale === "vi" ? `${groupDigits(n, locale)} đồng` : `${groupDigits(n, locale)} VND`;
}

/** A field path as text: `income.perCapitaMonthly`, `members[2].age`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out;
}

/**
 * A short text for any value, for messages about bad input; never throws (an object without a prototype, a
 * symbol or a cyclic structure would make `String(v)` or `JSON.stringify(v)` throw).
 */
export function describeValue(v: unknown): string {
  switch (typeof v) {
    case "string":
      return v.length > 60 ? `${v.slice(0, 60)}…` : v;
    case "number":
    case "boolean":
    case "bigint":
    case "undefined":
      return String(v);
    case "symbol":
      return v.description !== undefined ? `Symbol(${v.description})` : "Symbol()";
    case "function":
      return "function";
    default:
      return v === null ? "null" : Array.isArray(v) ? "array" : "object";
  }
}
