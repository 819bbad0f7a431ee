import * as z from "zod";

/** Whole đồng, 0 to 10^12 (a sanity bound on a household's income, not a legal value). */
export const moneySchema = z.number().int().nonnegative().max(1_000_000_000_000);

/** A household's number of members (nhân khẩu), 1 to 1000 (a sanity bound, not a legal value). */
export const membersSchema = z.number().int().min(1).max(1000);
