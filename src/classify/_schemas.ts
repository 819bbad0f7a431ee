// The money and members schemas the classifiers share, and their fast twins. Private.
import * as z from "zod/mini";

/** Whole đồng, 0 to 10^12: a sanity bound on a household's income, not a legal value. */
export const MAX_MONEY = 1_000_000_000_000;
/** A household's number of members (nhân khẩu), 1 to 1000: a sanity bound, not a legal value. */
export const MAX_MEMBERS = 1000;

/** Whole đồng, 0 to 10^12 (a sanity bound on a household's income, not a legal value). */
export const moneySchema = z.int().check(z.nonnegative(), z.maximum(MAX_MONEY));

/** A household's number of members (nhân khẩu), 1 to 1000 (a sanity bound, not a legal value). */
export const membersSchema = z.int().check(z.minimum(1), z.maximum(MAX_MEMBERS));

/** Fast twin of {@link moneySchema}: proven equal by a property test. */
export function isMoney(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 0 && v <= MAX_MONEY;
}

/** Fast twin of {@link membersSchema}: proven equal by a property test. */
export function isMembers(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= 1 && v <= MAX_MEMBERS;
}

/** An income object as read by {@link readIncome}: the quantity (see `IncomeQuantity`) and its form. */
export interface IncomeReading {
  amount: number;
  months: number;
  persons: number;
  /** Given per person per month (`perCapitaMonthly`), not as a household total. */
  perCapita: boolean;
}

/**
 * Fast twin of the income object's schema (thu nhập): reads an ordinary valid income — exactly one of
 * `perCapitaMonthly`, `monthlyTotal` or `annualTotal` in whole đồng, with `members` for a total and without it per
 * capita, no other own key — into `out` (`months` 12 for a 12-month total, else 1; `persons` the members, 1 per
 * capita) and returns true. Returns false for anything else, leaving the schema to decide and name the issue.
 * Allocates nothing; may throw on a hostile value (a getter), which callers catch. Written once for
 * `classifyByIncome` and the one-pass tallies; proven equal to the schema by the fast-path property tests.
 */
export function readIncome(inc: unknown, out: IncomeReading): boolean {
  if (typeof inc !== "object" || inc === null || Array.isArray(inc)) return false;
  const r = inc as { readonly [k: string]: unknown };
  let given = 0;
  let members: number | undefined;
  for (const k in r) {
    // an inherited key: the schema reads inherited values too, so leave it to decide
    if (!Object.hasOwn(r, k)) return false;
    const v = r[k];
    switch (k) {
      case "members":
        if (v === undefined) break;
        if (!isMembers(v)) return false;
        members = v;
        break;
      case "perCapitaMonthly":
      case "monthlyTotal":
      case "annualTotal":
        if (v === undefined) break;
        if (!isMoney(v)) return false;
        given++;
        out.amount = v;
        out.months = k === "annualTotal" ? 12 : 1;
        out.perCapita = k === "perCapitaMonthly";
        break;
      default:
        return false;
    }
  }
  if (given !== 1 || out.perCapita !== (members === undefined)) return false;
  out.persons = members ?? 1;
  return true;
}
