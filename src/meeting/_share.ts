// The meeting's share rule and the bound on its counts, apart from the vote so that the documents, which check a
// meeting's outcome against them, do not load the vote's decimal arithmetic. Private to the library.

/** A sanity bound on a meeting's counts (not a legal value). */
export const MAX_COUNT = 10 ** 6;

/** A share of the attendees, as a fraction. */
export type Share = { readonly numerator: number; readonly denominator: number };

/**
 * The meeting's share rule (Decision 24/2021/QĐ-TTg Art. 4): agreed when agree ÷ attendees ≥ the share, compared
 * exactly as `agree × denominator ≥ numerator × attendees`.
 */
export function meetingAgrees(agree: number, attendees: number, share: Share): boolean {
  return agree * share.denominator >= share.numerator * attendees;
}
