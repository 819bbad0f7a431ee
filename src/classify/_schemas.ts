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
