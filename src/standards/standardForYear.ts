import type { SafeResult } from "../errors/Issue.js";
import { PovertyError } from "../errors/PovertyError.js";
import { guardSafe } from "../_lib/issues.js";
import { describeValue } from "../messages/format.js";
import { STANDARDS } from "./STANDARDS.js";
import type { PovertyStandard } from "./types.js";
import { issue } from "./_messages.js";
import { noStandardForYearError } from "./_yearError.js";

/**
 * Returns the standard whose lists are used in the given year (chuẩn nghèo áp dụng cho năm), or the issue that
 * no standard governs it.
 *
 * @remarks
 * The year is the year a list is **used for**: a review at the end of 2025 produces the lists used in 2026, so it
 * asks for 2026. 2016–2021 → `2016-2020` (Decree 07/2021/NĐ-CP kept it for 2021); 2022–2026 → `2021-2025`
 * (Decree 351/2025/NĐ-CP keeps Art. 3 of Decree 07/2021 in force for 2026); 2027–2030 → `2027-2030`. The library
 * never picks a standard from today's date.
 *
 * @param year - the year the list is used for.
 * @returns `{ ok: true, value: standard }` or `{ ok: false, issues }` with code `no_standard_for_year`.
 * @example
 * ```ts
 * const r = safeStandardForYear(2026);
 * r.ok && r.value.id; //=> "2021-2025"
 * ```
 * @category Standards
 */
export function safeStandardForYear(year: number): SafeResult<PovertyStandard> {
  return guardSafe(() => {
    if (typeof year !== "number" || !Number.isInteger(year)) {
      return { ok: false, issues: [issue("invalid_year", ["year"], { received: describeValue(year) })] };
    }
    for (const s of STANDARDS) {
      if (year >= s.listYears.value.from && year <= s.listYears.value.to) return { ok: true, value: s };
    }
    const from = Math.min(...STANDARDS.map((s) => s.listYears.value.from));
    const to = Math.max(...STANDARDS.map((s) => s.listYears.value.to));
    return { ok: false, issues: [issue("no_standard_for_year", ["year"], { year, from, to })] };
  });
}

/**
 * Returns the standard whose lists are used in the given year (chuẩn nghèo áp dụng cho năm).
 *
 * @remarks See {@link safeStandardForYear} for the year mapping.
 * @param year - the year the list is used for.
 * @returns the standard.
 * @throws {@link PovertyError} with code `"no_standard_for_year"` (or `"invalid_input"` for a non-integer year).
 * @example
 * ```ts
 * standardForYear(2021).id; //=> "2016-2020"
 * standardForYear(2022).id; //=> "2021-2025"
 * standardForYear(2027).id; //=> "2027-2030"
 * ```
 * @category Standards
 */
export function standardForYear(year: number): PovertyStandard {
  const r = safeStandardForYear(year);
  if (r.ok) return r.value;
  const notGoverned = noStandardForYearError(r.issues, year);
  if (notGoverned) throw notGoverned;
  const issue = r.issues[0];
  throw new PovertyError("invalid_input", issue ? issue.message.en : "no standard", { year: describeValue(year) }, r.issues);
}
