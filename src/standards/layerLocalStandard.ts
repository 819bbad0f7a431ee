import * as z from "zod/mini";
import type { Area, Certainty, Citation, LegalValue } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { issue, safeParseWith, unwrap, withCause } from "../_lib/issues.js";
import { canonicalJson, deepFreeze } from "../_lib/freeze.js";
import { NATIONAL_IDS, isBuilt, isNationalId, markBuilt, matchNational, nationalById } from "./_national.js";
import type { AreaIncomeLines, Instrument, LocalStandardDefinition, LocalStandardInput, PovertyStandard } from "./types.js";

const text = z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const money = z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER));
const areaSchema = z.strictObject({ incomeLine: money, poorByIncomeLine: z.optional(money), period: z.optional(z.enum(["month", "year"])) });
const localSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  national: z.unknown(),
  authority: z.string().check(z.minLength(1), z.maxLength(300)),
  title: text,
  instrument: z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(300)),
    kind: z.enum(["decree", "decision", "circular", "law", "consolidated", "local"]),
    title: z.strictObject({ vi: z.string(), en: z.string() }),
    signed: z.optional(z.iso.date()),
    inForce: z.optional(z.iso.date()),
    amends: z.optional(z.array(z.string())),
  }),
  incomeLines: z.strictObject({ rural: z.optional(areaSchema), urban: z.optional(areaSchema) }),
  status: z.optional(z.enum(["confirmed", "seed", "uncertain"])),
});

/** The error reading a national standard object threw (a getter, a revoked Proxy), kept as its refusal's cause. */
const THREW = new WeakMap<object, unknown>();

/** Resolves the national standard a local one is layered on: an id, or a national standard object. */
function resolveNational(ref: unknown): PovertyStandard | undefined {
  if (typeof ref === "string") return nationalById(ref);
  if (isBuilt(ref)) return ref.scope === "national" ? ref : undefined;
  if (typeof ref !== "object" || ref === null) return undefined;
  try {
    return matchNational(ref as { id?: unknown });
  } catch (e) {
    THREW.set(ref, e);
    return undefined;
  }
}

/** The months a line is stated per. */
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
 * (`local_line_below_national`); an id that is a national standard's is refused (`local_id_shadows_national`).
 * Lines stated per person per year (`period: "year"`) are compared exactly: the household's income is scaled,
 * never divided. The result is deeply frozen, and carries the definition it was built from
 * (`layeredOn.definition`), so it is recognised by its structure after a JSON round trip.
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
  const national = resolveNational(v.national);
  if (!national) {
    return {
      ok: false,
      issues: [
        typeof v.national === "string"
          ? issue("unknown_standard", ["national"], { id: v.national, known: NATIONAL_IDS })
          : typeof v.national === "object" && v.national !== null && THREW.has(v.national)
            ? withCause(issue("invalid_standard", ["national"], {}), THREW.get(v.national))
            : issue("invalid_standard", ["national"], {}),
      ],
    };
  }
  const issues: Issue[] = [];
  if (isNationalId(v.id)) issues.push(issue("local_id_shadows_national", ["id"], { id: v.id }));
  if (!v.incomeLines.rural && !v.incomeLines.urban) issues.push(issue("local_standard_empty", ["incomeLines"], {}));
  for (const area of ["rural", "urban"] as const) {
    const l = v.incomeLines[area];
    if (!l) continue;
    const months = monthsOf(l.period);
    const period = l.period ?? "month";
    const nLine = national.incomeLines[area].incomeLine.value;
    // local (per `months`) ≥ national (per month) ⇔ local ≥ national × months
    if (l.incomeLine < nLine * months) issues.push(issue("local_line_below_national", ["incomeLines", area, "incomeLine"], { local: l.incomeLine, national: nLine, period }));
    const nPoor = national.incomeLines[area].poorByIncomeLine;
    if (l.poorByIncomeLine !== undefined) {
      if (!nPoor) issues.push(issue("local_poor_line_without_national", ["incomeLines", area, "poorByIncomeLine"], {}));
      else if (l.poorByIncomeLine < nPoor.value * months) {
        issues.push(issue("local_line_below_national", ["incomeLines", area, "poorByIncomeLine"], { local: l.poorByIncomeLine, national: nPoor.value, period }));
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const status: Certainty = v.status ?? "confirmed";
  const citation: Citation = { instrument: v.instrument.id, note: `${v.authority}; layered on ${national.id}` };
  const line = (value: number, area: Area, kind: "poor" | "income"): LegalValue<number> => ({
    value,
    citation,
    status,
    label: {
      vi: `chuẩn ${kind === "poor" ? "nghèo" : "thu nhập"} địa phương, ${area === "rural" ? "nông thôn" : "thành thị"}`,
      en: `local ${kind === "poor" ? "poverty" : "income"} line, ${area}`,
    },
  });
  const layerArea = (area: Area): AreaIncomeLines => {
    const l = v.incomeLines[area];
    const n = national.incomeLines[area];
    if (!l) return n;
    return {
      ...(l.poorByIncomeLine !== undefined ? { poorByIncomeLine: line(l.poorByIncomeLine, area, "poor") } : {}),
      incomeLine: line(l.incomeLine, area, "income"),
      ...(l.period ? { period: l.period } : {}),
      ...(n.nearPoorRule ? { nearPoorRule: n.nearPoorRule } : {}),
    };
  };
  const definition: LocalStandardDefinition = JSON.parse(JSON.stringify({ ...v, national: national.id })) as LocalStandardDefinition;
  const local: PovertyStandard = deepFreeze({
    ...national,
    id: v.id,
    title: v.title,
    scope: "local",
    instruments: [v.instrument as Instrument, ...national.instruments],
    incomeLines: { rural: layerArea("rural"), urban: layerArea("urban") },
    layeredOn: { national: national.id, authority: v.authority, definition },
  });
  markBuilt(local);
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

/**
 * Rebuilds a local standard from its own definition and accepts it when the object given is, as data, exactly the
 * standard the library builds from that definition. Private to the standards module.
 */
export function rebuildLocal(s: { readonly layeredOn?: unknown }): PovertyStandard | undefined {
  const def = (s.layeredOn as { definition?: unknown } | undefined)?.definition;
  if (typeof def !== "object" || def === null) return undefined;
  const r = safeLayerLocalStandard(def as LocalStandardInput);
  if (!r.ok) return undefined;
  return canonicalJson(r.value) === canonicalJson(s) ? r.value : undefined;
}

/** The schema of {@link LocalStandardInput}, as the JSON Schema for other languages is generated from it. */
export { localSchema as localStandardInputSchema };
