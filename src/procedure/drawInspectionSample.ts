import * as z from "zod";
import { Decimal } from "decimal.js";
import type { Explanation } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { addDomainIssue, safeParseWith, unwrap } from "../_lib/issues.js";
import { Tracer, step } from "../_lib/trace.js";
import { str, type MessageParams } from "../_lib/messages.js";
import { hashSeed, mulberry32, pickK } from "../_lib/prng.js";
import { INSPECTION_SAMPLING_SEED_004 } from "./data/seedPlans.js";

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

const MSG = {
  dupVillage: { vi: (p: MessageParams) => `mã thôn "${str(p["code"])}" bị lặp lại.`, en: (p: MessageParams) => `village code "${str(p["code"])}" is listed twice.` },
  dupHousehold: { vi: (p: MessageParams) => `mã hộ "${str(p["code"])}" bị lặp lại.`, en: (p: MessageParams) => `household code "${str(p["code"])}" is listed twice.` },
  band: {
    vi: (p: MessageParams) => `số hộ mỗi thôn phải từ ${str(p["min"])} đến ${str(p["max"])} (kế hoạch kiểm tra), nhận được ${str(p["received"])}.`,
    en: (p: MessageParams) => `households per village must be ${str(p["min"])}–${str(p["max"])} (inspection plan), received ${str(p["received"])}.`,
  },
};

const inputSchema = z
  .object({
    seed: z.union([z.string().min(1).max(200), z.number().int()]),
    villages: z.array(z.object({ code: z.string().min(1).max(100), households: z.array(z.string().min(1).max(100)).max(100_000) }).strict()).min(1).max(10_000),
    householdsPerVillage: z.number().int().optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const vs = new Set<string>();
    const hs = new Set<string>();
    v.villages.forEach((vi, i) => {
      if (vs.has(vi.code)) addDomainIssue(ctx, "duplicate_village", ["villages", i, "code"], MSG.dupVillage, { code: vi.code });
      vs.add(vi.code);
      vi.households.forEach((h, j) => {
        if (hs.has(h)) addDomainIssue(ctx, "duplicate_household", ["villages", i, "households", j], MSG.dupHousehold, { code: h });
        hs.add(h);
      });
    });
    const n = v.householdsPerVillage;
    if (n !== undefined && (n < BAND.householdsPerVillage.min || n > BAND.householdsPerVillage.max)) {
      addDomainIssue(ctx, "households_per_village_out_of_band", ["householdsPerVillage"], MSG.band, { min: BAND.householdsPerVillage.min, max: BAND.householdsPerVillage.max, received: n });
    }
  });

const T = {
  rule: {
    vi: (p: MessageParams) => `Phương pháp kiểm tra: đi thực tế ${str(p["minP"])}–${str(p["maxP"])}% số thôn, mỗi thôn ${str(p["minH"])}–${str(p["maxH"])} hộ (tài liệu nguồn, SEED).`,
    en: (p: MessageParams) => `Inspection method: visit ${str(p["minP"])}–${str(p["maxP"])}% of the villages, ${str(p["minH"])}–${str(p["maxH"])} households each (seed document, SEED).`,
  },
  villages: {
    vi: (p: MessageParams) => `Chọn ${str(p["k"])}/${str(p["n"])} thôn (${str(p["pct"])}%)${p["within"] ? "" : ", vượt mức tối đa vì xã có ít thôn"}; hạt giống "${str(p["seed"])}".`,
    en: (p: MessageParams) => `${str(p["k"])} of ${str(p["n"])} villages drawn (${str(p["pct"])}%)${p["within"] ? "" : ", above the maximum because the commune has few villages"}; seed "${str(p["seed"])}".`,
  },
  village: {
    vi: (p: MessageParams) => `Thôn ${str(p["code"])}: ${str(p["got"])} hộ${num(p["short"]) > 0 ? ` (thiếu ${str(p["short"])} so với ${str(p["target"])}: thôn chỉ có ${str(p["got"])} hộ)` : ""}.`,
    en: (p: MessageParams) => `Village ${str(p["code"])}: ${str(p["got"])} households${num(p["short"]) > 0 ? ` (${str(p["short"])} short of ${str(p["target"])}: the village has only ${str(p["got"])})` : ""}.`,
  },
};

function num(v: unknown): number {
  return typeof v === "number" ? v : 0;
}

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
  const r = safeParseWith(inputSchema, input);
  if (!r.ok) return r;
  const v = r.value;
  const t = new Tracer();
  t.add(
    step({
      rule: "inspection.rule",
      code: "inspection_rule",
      template: T.rule,
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
  t.add(step({ rule: "inspection.villages", code: within ? "villages_drawn" : "villages_drawn_above_band", template: T.villages, params: { k, n, pct, within, seed: String(v.seed) }, actual: pct, expected: `${BAND.villagePercent.min}–${BAND.villagePercent.max}`, result: within, citations: [INSPECTION_SAMPLING_SEED_004.citation], status: "seed" }));
  const out = chosen.map((vi) => {
    const hs = pickK([...vi.households].sort(byCode), target, next).sort(byCode);
    const shortfall = Math.max(0, target - hs.length);
    t.add(step({ rule: "inspection.households", code: shortfall > 0 ? "households_short" : "households_drawn", template: T.village, params: { code: vi.code, got: hs.length, short: shortfall, target }, result: shortfall === 0, citations: [INSPECTION_SAMPLING_SEED_004.citation], status: "seed" }));
    return { code: vi.code, households: hs, shortfall };
  });
  const summary = { vi: `Mẫu kiểm tra: ${k} thôn, ${out.reduce((s, x) => s + x.households.length, 0)} hộ.`, en: `Inspection sample: ${k} villages, ${out.reduce((s, x) => s + x.households.length, 0)} households.` };
  return { ok: true, value: { outcome: { villages: out, villagesTotal: n, villagePercent: pct, withinVillageBand: within, householdsPerVillage: target }, explanation: t.finish("inspection_sample", "seed-004", summary) } };
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
