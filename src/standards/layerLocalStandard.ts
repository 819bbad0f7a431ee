import * as z from "zod";
import type { Certainty, Citation, LegalValue } from "../explain/types.js";
import type { SafeResult } from "../errors/Issue.js";
import { addDomainIssue, safeParseWith, unwrap } from "../_lib/issues.js";
import { registerStandard, resolveStandardRef } from "../_lib/standardRef.js";
import type { Area, AreaIncomeLines, Instrument, PovertyStandard } from "./types.js";

/**
 * A provincial standard to layer on a national one (chuẩn nghèo của địa phương), as a province decides it.
 *
 * @example
 * ```ts
 * const input: LocalStandardInput = {
 *   id: "tinh-x-2025", national: "2021-2025", authority: "UBND tỉnh X",
 *   title: { vi: "Chuẩn nghèo tỉnh X", en: "Province X poverty standard" },
 *   instrument: { id: "Quyết định 1/2025/QĐ-UBND", kind: "local", title: { vi: "…", en: "…" } },
 *   incomeLines: { rural: { incomeLine: 1_750_000 }, urban: { incomeLine: 2_250_000 } },
 * };
 * ```
 * @category Standards
 */
export interface LocalStandardInput {
  /** The local standard's own id. */
  readonly id: string;
  /** The national standard it raises: an id or a standard object. */
  readonly national: string | PovertyStandard;
  /** The authority that set it (e.g. "UBND tỉnh …"). */
  readonly authority: string;
  /** Its title. */
  readonly title: { readonly vi: string; readonly en: string };
  /** The local instrument (the province's decision or resolution). */
  readonly instrument: Instrument;
  /** The local lines, per area; an area left out keeps the national lines. Whole đồng per person per `period`. */
  readonly incomeLines: {
    readonly rural?: { readonly incomeLine: number; readonly poorByIncomeLine?: number; readonly period?: "month" | "year" };
    readonly urban?: { readonly incomeLine: number; readonly poorByIncomeLine?: number; readonly period?: "month" | "year" };
  };
  /** Certainty of the local values; `"confirmed"` when omitted. */
  readonly status?: Certainty;
}

const LOCAL_BELOW = {
  vi: (p: { local: number; national: number; period: string }) =>
    `chuẩn địa phương (${p.local} đồng/người/${p.period === "year" ? "năm" : "tháng"}) thấp hơn chuẩn quốc gia (${p.national} đồng/người/tháng); địa phương chỉ được đặt chuẩn cao hơn.`,
  en: (p: { local: number; national: number; period: string }) =>
    `the local line (${p.local} VND per person per ${p.period}) is below the national line (${p.national} VND per person per month); a local standard may only be higher.`,
};
const NO_LINES = {
  vi: () => "chuẩn địa phương phải có ít nhất một khu vực (nông thôn hoặc thành thị).",
  en: () => "a local standard must set at least one area (rural or urban).",
};
const POOR_LINE_WITHOUT_NATIONAL = {
  vi: () => "chuẩn quốc gia không có chuẩn nghèo riêng theo thu nhập; địa phương không thể thêm.",
  en: () => "the national standard has no income-only poverty line; a local standard cannot add one.",
};

const money = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const areaSchema = z
  .object({ incomeLine: money, poorByIncomeLine: money.optional(), period: z.enum(["month", "year"]).optional() })
  .strict();
const localSchema = z
  .object({
    id: z.string().min(1),
    national: z.unknown(),
    authority: z.string().min(1),
    title: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
    instrument: z.object({
      id: z.string().min(1),
      kind: z.enum(["decree", "decision", "circular", "law", "consolidated", "local"]),
      title: z.object({ vi: z.string(), en: z.string() }),
      signed: z.iso.date().optional(),
      inForce: z.iso.date().optional(),
      amends: z.array(z.string()).optional(),
    }),
    incomeLines: z.object({ rural: areaSchema.optional(), urban: areaSchema.optional() }).strict(),
    status: z.enum(["confirmed", "seed", "uncertain"]).optional(),
  })
  .strict();

/** Scales a line to a per-month comparison in integers: returns [amount, months]. */
function monthsOf(period: "month" | "year" | undefined): number {
  return period === "year" ? 12 : 1;
}

/**
 * Layers a provincial standard with higher income lines on a national one (áp dụng chuẩn nghèo địa phương cao hơn
 * chuẩn quốc gia), returning the issues when the input is bad.
 *
 * @remarks
 * The 2026–2030 draft let provinces set a standard higher than the national one (UNCERTAIN whether the signed
 * decree keeps it); some provinces already do. The result is a full {@link PovertyStandard} with `scope: "local"`:
 * the local lines replace the national ones in the areas the province set, everything else (indicators,
 * thresholds, scoring, procedure) is the national standard's. A decision's explanation names the local standard
 * and reads each line from whichever standard supplied it. A local line below the national line is refused
 * (`local_line_below_national`). Lines stated per person per year (`period: "year"`) are compared exactly: the
 * household's income is scaled, never divided.
 *
 * @param input - the local standard.
 * @returns the layered standard, or issues.
 * @example
 * ```ts
 * const r = safeLayerLocalStandard({ ...input, incomeLines: { rural: { incomeLine: 1_000_000 } } });
 * r.ok; //=> false (below the national 1,500,000)
 * ```
 * @category Standards
 */
export function safeLayerLocalStandard(input: LocalStandardInput): SafeResult<PovertyStandard> {
  const parsed = safeParseWith(localSchema, input);
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  const nat = resolveStandardRef(v.national, ["national"]);
  if (!nat.ok) return nat;
  const national = nat.value;
  const check = z.unknown().superRefine((_, ctx) => {
    if (!v.incomeLines.rural && !v.incomeLines.urban) addDomainIssue(ctx, "local_standard_empty", ["incomeLines"], NO_LINES, {});
    for (const area of ["rural", "urban"] as const) {
      const l = v.incomeLines[area];
      if (!l) continue;
      const months = monthsOf(l.period);
      const nLine = national.incomeLines[area].incomeLine.value;
      // local (per `months`) ≥ national (per month) ⇔ local ≥ national × months
      if (l.incomeLine < nLine * months) {
        addDomainIssue(ctx, "local_line_below_national", ["incomeLines", area, "incomeLine"], LOCAL_BELOW, {
          local: l.incomeLine,
          national: nLine,
          period: l.period ?? "month",
        });
      }
      const nPoor = national.incomeLines[area].poorByIncomeLine;
      if (l.poorByIncomeLine !== undefined) {
        if (!nPoor) addDomainIssue(ctx, "local_poor_line_without_national", ["incomeLines", area, "poorByIncomeLine"], POOR_LINE_WITHOUT_NATIONAL, {});
        else if (l.poorByIncomeLine < nPoor.value * months) {
          addDomainIssue(ctx, "local_line_below_national", ["incomeLines", area, "poorByIncomeLine"], LOCAL_BELOW, {
            local: l.poorByIncomeLine,
            national: nPoor.value,
            period: l.period ?? "month",
          });
        }
      }
    }
  });
  const checked = safeParseWith(check, null);
  if (!checked.ok) return checked;

  const status: Certainty = v.status ?? "confirmed";
  const citation: Citation = { instrument: v.instrument.id, note: `${v.authority}; layered on ${national.id}` };
  const line = (value: number, area: Area, kind: string): LegalValue<number> => ({
    value,
    citation,
    status,
    label: { vi: `chuẩn ${kind === "poor" ? "nghèo" : "thu nhập"} địa phương, ${area === "rural" ? "nông thôn" : "thành thị"}`, en: `local ${kind === "poor" ? "poverty" : "income"} line, ${area}` },
  });
  const layerArea = (area: Area): AreaIncomeLines => {
    const l = v.incomeLines[area];
    const n = national.incomeLines[area];
    if (!l) return n;
    const poorLine = l.poorByIncomeLine !== undefined ? line(l.poorByIncomeLine, area, "poor") : undefined;
    return {
      incomeLine: line(l.incomeLine, area, "income"),
      ...(poorLine ? { poorByIncomeLine: poorLine } : {}),
      ...(l.period ? { period: l.period } : {}),
      ...(n.nearPoorRule ? { nearPoorRule: n.nearPoorRule } : {}),
    };
  };
  const local: PovertyStandard = Object.freeze({
    ...national,
    id: v.id,
    title: v.title,
    scope: "local",
    instruments: [v.instrument as Instrument, ...national.instruments],
    incomeLines: Object.freeze({ rural: layerArea("rural"), urban: layerArea("urban") }),
    layeredOn: { national: national.id, authority: v.authority },
  });
  registerStandard(local);
  return { ok: true, value: local };
}

/**
 * Layers a provincial standard on a national one (áp dụng chuẩn nghèo địa phương); throws on bad input.
 *
 * @remarks See {@link safeLayerLocalStandard}.
 * @param input - the local standard.
 * @returns the layered standard.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * const s = layerLocalStandard({
 *   id: "tinh-x-2025", national: "2021-2025", authority: "UBND tỉnh X",
 *   title: { vi: "Chuẩn nghèo tỉnh X", en: "Province X poverty standard" },
 *   instrument: { id: "Quyết định 1/2025/QĐ-UBND", kind: "local", title: { vi: "…", en: "…" } },
 *   incomeLines: { rural: { incomeLine: 1_750_000 }, urban: { incomeLine: 2_250_000 } },
 * });
 * s.incomeLines.rural.incomeLine.value; //=> 1750000
 * ```
 * @category Standards
 */
export function layerLocalStandard(input: LocalStandardInput): PovertyStandard {
  return unwrap(safeLayerLocalStandard(input), "layerLocalStandard");
}
