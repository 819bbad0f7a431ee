import * as z from "zod/mini";
import { Decimal } from "decimal.js";
import type { Explanation } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, safeParseWith, unwrap } from "../_lib/issues.js";
import { Tracer } from "../explain/_trace.js";
import { hashSeed, mulberry32, pickK } from "../_lib/prng.js";
import { INSPECTION_SAMPLING_SEED_004 } from "./data/seedPlans.js";
import { addIssue, step, stepMessage } from "./_messages.js";

/**
 * The input of {@link drawInspectionSample} (chọn mẫu kiểm tra): a seed, the commune's villages with their poor,
 * near-poor and newly poor households (by code), and optionally how many households to take per village.
 *
 * @example
 * ```ts
 * const i: InspectionSampleInput = { seed: "KT-2021-XA01", villages: [{ code: "TH-01", households: ["HH-001", "HH-002"] }] };
 * ```
 * @category Procedure
 */
export interface InspectionSampleInput {
  /** The seed (string or integer; `42` and `"42"` are the same seed). Record it to reproduce the sample. */
  readonly seed: string | number;
  /** The villages (thôn, tổ dân phố), each with the codes of its eligible households. */
  readonly villages: readonly { readonly code: string; readonly households: readonly string[] }[];
  /** Households per village, within the seed's band (default: the band's minimum). */
  readonly householdsPerVillage?: number;
}

/**
 * A drawn inspection sample (mẫu kiểm tra): the villages and households to visit, with the shares.
 *
 * @example
 * ```ts
 * const s: InspectionSample = { villages: [{ code: "TH-01", households: ["HH-002"], shortfall: 4 }], villagesTotal: 1, villagePercent: "100.00", withinVillageBand: false, householdsPerVillage: 5 };
 * ```
 * @category Procedure
 */
export interface InspectionSample {
  /** The villages drawn, by code ascending; each with its households drawn (ascending) and the shortfall below the target. */
  readonly villages: readonly { readonly code: string; readonly households: readonly string[]; readonly shortfall: number }[];
  /** Villages in the commune. */
  readonly villagesTotal: number;
  /** Villages drawn ÷ villages × 100, two decimals, rounded half up. */
  readonly villagePercent: string;
  /** Whether the share lies inside the seed's band (false only for very small communes, where the smallest count above the minimum overshoots). */
  readonly withinVillageBand: boolean;
  /** The target households per village. */
  readonly householdsPerVillage: number;
}

const BAND = INSPECTION_SAMPLING_SEED_004.value;
/** A village or household code, as the household model reads it: NFC, surrounding spaces trimmed. */
const unitCode = z.string().check(z.normalize("NFC"), z.trim(), z.minLength(1), z.maxLength(100));

const inputSchema = z
  .strictObject({
    seed: z.union([z.string().check(z.minLength(1), z.maxLength(200)), z.int()]),
    villages: z
      .array(z.strictObject({ code: unitCode, households: z.array(unitCode).check(z.maxLength(100_000)) }))
      .check(z.minLength(1), z.maxLength(10_000)),
    householdsPerVillage: z.optional(z.int()),
  })
  .check(
    z.superRefine((v, ctx) => {
      const vs = new Set<string>();
      const hs = new Set<string>();
      v.villages.forEach((vi, i) => {
        if (vs.has(vi.code)) addIssue(ctx, "duplicate_village", ["villages", i, "code"], { code: vi.code });
        vs.add(vi.code);
        vi.households.forEach((h, j) => {
          if (hs.has(h)) addIssue(ctx, "duplicate_household", ["villages", i, "households", j], { code: h });
          hs.add(h);
        });
      });
      const n = v.householdsPerVillage;
      if (n !== undefined && (n < BAND.householdsPerVillage.min || n > BAND.householdsPerVillage.max)) {
        addIssue(ctx, "households_per_village_out_of_band", ["householdsPerVillage"], { min: BAND.householdsPerVillage.min, max: BAND.householdsPerVillage.max, received: n });
      }
    }),
  );

function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Draws a reproducible inspection sample (chọn mẫu kiểm tra thực tế): the villages and households an inspection
 * team visits, from a caller-given seed; returns the issues on bad input.
 *
 * @remarks
 * SEED rule ({@link INSPECTION_SAMPLING_SEED_004}, seed 004 Mục III.5): visit 50–60% of the commune's villages,
 * 5–10 poor, near-poor or newly poor households in each. The library draws the smallest number of villages that
 * reaches the minimum share, `k = ⌈n × 50 / 100⌉` (integer arithmetic; at least 1), and reports whether `k` stays
 * within the maximum (it cannot for 1 village, or 3: ⌈1.5⌉ = 2 = 66.67%). Households per village: the caller's
 * number within 5–10, default 5; a village with fewer gives all of them and a `shortfall`.
 *
 * Reproducible: villages and households are sorted by code first, then drawn with a seeded generator (FNV-1a
 * hash of the seed's text → mulberry32, partial Fisher–Yates). Same seed and same inputs → same sample, whatever
 * the input order. Not for security.
 *
 * Issues: `duplicate_village`, `duplicate_household`, `households_per_village_out_of_band`, `too_small` (no
 * villages), `invalid_type` (fractional seed or count).
 *
 * @param input - seed, villages with household codes, households per village.
 * @returns `{ ok: true, value: { outcome, explanation } }` or `{ ok: false, issues }`.
 * @example
 * ```ts
 * safeDrawInspectionSample({ seed: 7, villages: [{ code: "TH-01", households: [] }], householdsPerVillage: 11 }).ok; //=> false
 * ```
 * @category Procedure
 */
export function safeDrawInspectionSample(input: InspectionSampleInput): SafeResult<{ outcome: InspectionSample; explanation: Explanation }> {
  return guardSafe(() => {
    const r = safeParseWith(inputSchema, input);
    if (!r.ok) return r;
    const v = r.value;
    const t = new Tracer();
    t.add(
      step({
        rule: "inspection.rule",
        code: "inspection_rule",
        params: { minP: BAND.villagePercent.min, maxP: BAND.villagePercent.max, minH: BAND.householdsPerVillage.min, maxH: BAND.householdsPerVillage.max },
        result: true,
        citations: [INSPECTION_SAMPLING_SEED_004.citation],
        status: INSPECTION_SAMPLING_SEED_004.status,
      }),
    );
    const villages = [...v.villages].sort((a, b) => byCode(a.code, b.code));
    const n = villages.length;
    const k = Math.max(1, Math.ceil((n * BAND.villagePercent.min) / 100));
    const within = k * 100 <= n * BAND.villagePercent.max;
    const next = mulberry32(hashSeed(String(v.seed)));
    const chosen = pickK(villages, k, next).sort((a, b) => byCode(a.code, b.code));
    const target = v.householdsPerVillage ?? BAND.householdsPerVillage.min;
    const pct = new Decimal(k).times(100).dividedBy(n).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    t.add(step({ rule: "inspection.villages", code: within ? "villages_drawn" : "villages_drawn_above_band", params: { k, n, pct, within, seed: String(v.seed) }, actual: pct, expected: `${BAND.villagePercent.min}–${BAND.villagePercent.max}`, result: within, citations: [INSPECTION_SAMPLING_SEED_004.citation], status: "seed" }));
    const out = chosen.map((vi) => {
      const hs = pickK([...vi.households].sort(byCode), target, next).sort(byCode);
      const shortfall = Math.max(0, target - hs.length);
      t.add(step({ rule: "inspection.households", code: shortfall > 0 ? "households_short" : "households_drawn", params: { code: vi.code, got: hs.length, short: shortfall, target }, result: shortfall === 0, citations: [INSPECTION_SAMPLING_SEED_004.citation], status: "seed" }));
      return { code: vi.code, households: hs, shortfall };
    });
    const summary = stepMessage("inspection_sample", { villages: k, households: out.reduce((s, x) => s + x.households.length, 0) });
    return { ok: true, value: { outcome: { villages: out, villagesTotal: n, villagePercent: pct, withinVillageBand: within, householdsPerVillage: target }, explanation: t.finish("inspection_sample", "ngoc-hoi-2021", summary) } };
  });
}

/**
 * Draws a reproducible inspection sample (chọn mẫu kiểm tra thực tế); throws on bad input.
 *
 * @remarks See {@link safeDrawInspectionSample}.
 * @param input - seed, villages with household codes, households per village.
 * @returns `{ outcome, explanation }`.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const villages = ["TH-01", "TH-02", "TH-03", "TH-04"].map((code) => ({ code, households: [`${code}-HH-1`] }));
 * drawInspectionSample({ seed: "KT-2021", villages }).outcome.villages.length; //=> 2 (50% of 4)
 * ```
 * @category Procedure
 */
export function drawInspectionSample(input: InspectionSampleInput): { outcome: InspectionSample; explanation: Explanation } {
  return unwrap(safeDrawInspectionSample(input), "drawInspectionSample");
}
