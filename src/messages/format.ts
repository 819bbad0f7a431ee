// Formatting of numbers, money, dates and citations in each language. Pure string work, no Intl (its output
// differs between engines and ICU builds), no RegExp on the hot path.
import type { Citation, Locale } from "../types.js";

/** Groups the digits of an integer: "1.234.567" in Vietnamese, "1,234,567" in English. */
export function groupDigits(n: number | bigint, locale: Locale): string {
  const sep = locale === "vi" ? "." : ",";
  let s: string;
  if (typeof n === "bigint") s = n.toString();
  else {
    const t = Math.trunc(n);
    s = Number.isSafeInteger(t) ? String(t) : BigInt(t).toString();
  }
  let sign = "";
  if (s.charCodeAt(0) === 45) {
    sign = "-";
    s = s.slice(1);
  }
  const len = s.length;
  if (len <= 3) return sign + s;
  let out = s.slice(0, len % 3 || 3);
  for (let i = len % 3 || 3; i < len; i += 3) out += sep + s.slice(i, i + 3);
  return sign + out;
}

/** Money in whole đồng: "1.234.567 đồng" / "1,234,567 VND". */
export function formatDong(n: number | bigint, locale: Locale): string {
  return locale === "vi" ? `${groupDigits(n, locale)} đồng` : `${groupDigits(n, locale)} VND`;
}

/**
 * An ISO date `YYYY-MM-DD` as an officer writes it: "05/09/2023" in Vietnamese; English keeps the ISO form.
 * Anything that is not an ISO date is returned as it is.
 */
export function formatDate(iso: string, locale: Locale): string {
  if (locale === "en" || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return iso;
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A field path as text: `income.perCapitaMonthly`, `members[2].age`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out === "" ? p : `.${p}`;
  return out;
}

/** A citation as one line, as an officer writes it: instrument, article, clause, point, form item ("Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm a" / "…, Art. 3, cl. 1, pt. a"). */
export function citationText(c: Citation, locale: Locale): string {
  const vi = locale === "vi";
  let s = c.instrument;
  if (c.article) s += `, ${vi ? "Điều" : "Art."} ${c.article}`;
  if (c.clause) s += `, ${vi ? "khoản" : "cl."} ${c.clause}`;
  if (c.point) s += `, ${vi ? "điểm" : "pt."} ${c.point}`;
  if (c.item) s += `, ${c.item}`;
  return s;
}

/**
 * A short text for any value, for messages about bad input; never throws (an object without a prototype, a
 * symbol, a revoked Proxy or a getter that throws would make `String(v)` or `JSON.stringify(v)` throw).
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
      if (v === null) return "null";
      try {
        return Array.isArray(v) ? "array" : "object";
      } catch {
        return "object";
      }
  }
}
