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
