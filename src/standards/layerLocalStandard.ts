import * as z from "zod/mini";
import type { Area, Certainty, Citation, LegalValue } from "../types.js";
import type { Issue, SafeResult } from "../errors/Issue.js";
import { safeParseWith, unwrap, withCause } from "../_lib/issues.js";
import { canonicalJson, deepFreeze } from "../_lib/freeze.js";
import { NATIONAL_IDS, isBuilt, isNationalId, markBuilt, matchNational, nationalById } from "./_national.js";
import type { AreaB1Cutoffs, AreaIncomeLines, FormScoring, Instrument, LocalStandardDefinition, LocalStandardInput, PovertyStandard } from "./types.js";
import { weakest } from "../explain/_trace.js";
import { issue } from "./_messages.js";

const text = z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const money = z.int().check(z.positive(), z.maximum(Number.MAX_SAFE_INTEGER));
const ref = z.string().check(z.minLength(1), z.maxLength(100));
const provision = z.strictObject({ article: z.optional(ref), clause: z.optional(ref), point: z.optional(ref), item: z.optional(ref) });
const areaSchema = z.strictObject({ incomeLine: money, poorByIncomeLine: z.optional(money), period: z.optional(z.enum(["month", "year"])), cite: z.optional(provision) });
/** A B1 score: whole points, 0 to 10,000 (a sanity bound; the forms' totals are in the hundreds). */
const score = z.int().check(z.nonnegative(), z.maximum(10_000));
const b1Area = z.strictObject({ cutoff: score, poorByIncome: z.optional(score), cite: z.optional(provision) });
const ceiling = z.strictObject({ ceiling: money, cite: z.optional(provision) });
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
    inForceStatus: z.optional(z.enum(["confirmed", "seed", "uncertain"])),
    amends: z.optional(z.array(z.string())),
  }),
  incomeLines: z.strictObject({ rural: z.optional(areaSchema), urban: z.optional(areaSchema) }),
  poorDeprivationCount: z.optional(z.strictObject({ value: z.int().check(z.minimum(1)), cite: z.optional(provision) })),
  b1: z.optional(z.strictObject({ rural: z.optional(b1Area), urban: z.optional(b1Area) })),
  middleLiving: z.optional(z.strictObject({ rural: z.optional(ceiling), urban: z.optional(ceiling) })),
  status: z.optional(z.enum(["confirmed", "seed", "uncertain"])),
});

type Parsed = z.output<typeof localSchema>;

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
 * The rule that a local value may only be more generous than the national one (the 2026–2030 draft let provinces
 * set a standard "cao hơn" the national one): lines and ceilings at or above, B1 cut-offs at or above (more
 * households scored within the band), the deprivation count at or below. Also: the id is the province's own, the
 * values fit the national standard's rule (a poverty line only where it has one), and something is set.
 */
function localIssues(v: Parsed, national: PovertyStandard): Issue[] {
  const issues: Issue[] = [];
  if (isNationalId(v.id)) issues.push(issue("local_id_shadows_national", ["id"], { id: v.id }));
  const setsSomething =
    v.incomeLines.rural !== undefined ||
    v.incomeLines.urban !== undefined ||
    v.poorDeprivationCount !== undefined ||
    v.b1?.rural !== undefined ||
    v.b1?.urban !== undefined ||
    v.middleLiving?.rural !== undefined ||
    v.middleLiving?.urban !== undefined;
  if (!setsSomething) issues.push(issue("local_standard_empty", ["incomeLines"], {}));
  for (const area of ["rural", "urban"] as const) {
    const l = v.incomeLines[area];
    if (l) {
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
    const b = v.b1?.[area];
    if (b) {
      const nb = national.scoring.b1?.[area];
      if (nb && b.cutoff < nb.cutoff.value) issues.push(issue("local_b1_below_national", ["b1", area, "cutoff"], { local: b.cutoff, national: nb.cutoff.value }));
      if (b.poorByIncome !== undefined) {
        if (!nb?.poorByIncome && national.classRule.value !== "two_lines") issues.push(issue("local_poor_line_without_national", ["b1", area, "poorByIncome"], {}));
        else if (nb?.poorByIncome && b.poorByIncome < nb.poorByIncome.value) issues.push(issue("local_b1_below_national", ["b1", area, "poorByIncome"], { local: b.poorByIncome, national: nb.poorByIncome.value }));
        if (b.poorByIncome >= b.cutoff) issues.push(issue("local_b1_cutoffs_reversed", ["b1", area, "poorByIncome"], { poorByIncome: b.poorByIncome, cutoff: b.cutoff }));
      } else if (national.classRule.value === "two_lines") issues.push(issue("local_b1_poor_cutoff_missing", ["b1", area, "poorByIncome"], {}));
    }
    const m = v.middleLiving?.[area];
    if (m && !national.middleLiving) {
      // only-more-generous: a province raises a national value, it does not add a rule the national standard lacks
      issues.push(issue("local_middle_living_without_national", ["middleLiving", area], {}));
    } else if (m) {
      const nm = national.middleLiving?.[area];
      if (nm && m.ceiling < nm.value) issues.push(issue("local_line_below_national", ["middleLiving", area, "ceiling"], { local: m.ceiling, national: nm.value, period: "month" }));
      // the ceiling (per month) must lie above the area's income line (local or national, per its period)
      const line = l ? { value: l.incomeLine, months: monthsOf(l.period) } : { value: national.incomeLines[area].incomeLine.value, months: monthsOf(national.incomeLines[area].period) };
      if (m.ceiling * line.months <= line.value) issues.push(issue("local_ceiling_not_above_line", ["middleLiving", area, "ceiling"], { ceiling: m.ceiling, line: line.value, period: line.months === 12 ? "year" : "month" }));
    }
  }
  const count = v.poorDeprivationCount?.value;
  if (count !== undefined) {
    const n = national.poorDeprivationCount.value;
    if (count > n) issues.push(issue("local_threshold_above_national", ["poorDeprivationCount", "value"], { local: count, national: n }));
  }
  return issues;
}

/** Builds the layered standard from a valid local definition: local values where the province set them, cited to its provisions. */
function build(v: Parsed, national: PovertyStandard): PovertyStandard {
  const status: Certainty = v.status ?? "confirmed";
  const note = `${v.authority}; layered on ${national.id}`;
  const citationOf = (p: z.output<typeof provision> | undefined): Citation => ({
    instrument: v.instrument.id,
    ...(p?.article !== undefined ? { article: p.article } : {}),
    ...(p?.clause !== undefined ? { clause: p.clause } : {}),
    ...(p?.point !== undefined ? { point: p.point } : {}),
    ...(p?.item !== undefined ? { item: p.item } : {}),
    note,
  });
  const areaVi = (area: Area): string => (area === "rural" ? "nông thôn" : "thành thị");
  const value = (n: number, cite: z.output<typeof provision> | undefined, vi: string, en: string): LegalValue<number> => ({ value: n, citation: citationOf(cite), status, label: { vi, en } });
  const layerArea = (area: Area): AreaIncomeLines => {
    const l = v.incomeLines[area];
    const n = national.incomeLines[area];
    if (!l) return n;
    return {
      ...(l.poorByIncomeLine !== undefined ? { poorByIncomeLine: value(l.poorByIncomeLine, l.cite, `chuẩn nghèo địa phương, ${areaVi(area)}`, `local poverty line, ${area}`) } : {}),
      incomeLine: value(l.incomeLine, l.cite, `chuẩn thu nhập địa phương, ${areaVi(area)}`, `local income line, ${area}`),
      ...(l.period ? { period: l.period } : {}),
      ...(n.nearPoorRule ? { nearPoorRule: n.nearPoorRule } : {}),
    };
  };
  const layerB1 = (area: Area): AreaB1Cutoffs | undefined => {
    const b = v.b1?.[area];
    if (!b) return national.scoring.b1?.[area];
    return {
      ...(b.poorByIncome !== undefined ? { poorByIncome: value(b.poorByIncome, b.cite, `điểm B1 tương đương chuẩn nghèo địa phương, ${areaVi(area)}`, `B1 score equivalent to the local poverty line, ${area}`) } : {}),
      cutoff: value(b.cutoff, b.cite, `điểm B1 tương đương chuẩn thu nhập địa phương, ${areaVi(area)}`, `B1 score equivalent to the local income line, ${area}`),
    };
  };
  const count = v.poorDeprivationCount;
  const poorDeprivationCount: LegalValue<number> = count ? { value: count.value, citation: citationOf(count.cite), status } : national.poorDeprivationCount;
  const b1Rural = layerB1("rural");
  const b1Urban = layerB1("urban");
  const nb2 = national.scoring.b2;
  // Phiếu B counts the same points per indicator; a local count of deprivations is that many indicators' points.
  const b2 =
    nb2 && count
      ? {
          pointsPerIndicator: nb2.pointsPerIndicator,
          poorAtOrAbove: {
            value: count.value * nb2.pointsPerIndicator.value,
            citation: { ...citationOf(count.cite), note: `${note}; ${count.value} indicators × ${nb2.pointsPerIndicator.value} points (${nb2.pointsPerIndicator.citation.instrument})` },
            status: weakest(status, nb2.pointsPerIndicator.status),
          },
        }
      : nb2;
  const scoring: FormScoring = {
    ...(national.scoring.formA ? { formA: national.scoring.formA } : {}),
    ...(b1Rural || b1Urban ? { b1: { ...(b1Rural ? { rural: b1Rural } : {}), ...(b1Urban ? { urban: b1Urban } : {}) } } : {}),
    ...(b2 ? { b2 } : {}),
  };
  const ml = v.middleLiving;
  const nml = national.middleLiving;
  const middleArea = (area: Area): LegalValue<number> | undefined => {
    const m = ml?.[area];
    return m ? value(m.ceiling, m.cite, `mức sống trung bình địa phương, ${areaVi(area)}`, `local middle-living ceiling, ${area}`) : nml?.[area];
  };
  const mlRural = middleArea("rural");
  const mlUrban = middleArea("urban");
  const definition: LocalStandardDefinition = JSON.parse(JSON.stringify({ ...v, national: national.id })) as LocalStandardDefinition;
  const layered: { -readonly [K in keyof PovertyStandard]: PovertyStandard[K] } = { ...national };
  delete layered.middleLiving;
  return deepFreeze({
    ...layered,
    id: v.id,
    title: v.title,
    scope: "local",
    instruments: [v.instrument as Instrument, ...national.instruments],
    incomeLines: { rural: layerArea("rural"), urban: layerArea("urban") },
    poorDeprivationCount,
    scoring,
    ...(mlRural && mlUrban ? { middleLiving: { rural: mlRural, urban: mlUrban } } : {}),
    layeredOn: { national: national.id, authority: v.authority, definition },
  });
}

/**
 * Layers a provincial standard on a national one (áp dụng chuẩn nghèo địa phương), returning the issues when the
 * input is bad.
 *
 * @remarks
 * The 2026–2030 draft let provinces set a standard higher than the national one (UNCERTAIN whether the signed
 * decree keeps it); some provinces already do (Đồng Nai 2022–2025, Quyết định 32/2022/QĐ-UBND: lines 2,000,000 /
 * 2,500,000 and poor from 2 deprivations; Ho Chi Minh City: lines per person per year). A province may set:
 * - income lines per area (per month, or per year: compared exactly by scaling the household's income);
 * - the number of deprivations that makes a household within the band poor (`poorDeprivationCount`); Phiếu B's
 *   poor threshold follows it at the form's points per indicator (2 × 10 = 20 points);
 * - its own B1 cut-offs per area, so that Phiếu B is scored under its standard; without them, an area whose line it
 *   raised refuses Phiếu B (`local_b1_cutoff_not_found`), since no B1 score is equated with the local line;
 * - middle-living ceilings per area.
 *
 * Each local value is cited to the province's instrument and the provision given in `cite`, with the certainty
 * given in `status`. A local value may only be more generous than the national one: lines, ceilings and B1
 * cut-offs at or above, the deprivation count at or below (`local_line_below_national`, `local_b1_below_national`,
 * `local_threshold_above_national`); a middle-living ceiling must lie above the area's line. Everything the
 * province did not set (indicators, Phiếu A, points per indicator, procedure) is the national standard's. A
 * local id may not be a national one (`local_id_shadows_national`). The result is deeply frozen, and carries the
 * definition it was built from (`layeredOn.definition`), so it is recognised by its structure after a JSON round
 * trip.
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
          : THREW.has(v.national as object) // a WeakMap holds objects only: false for a primitive
            ? withCause(issue("invalid_standard", ["national"], {}), THREW.get(v.national as object))
            : issue("invalid_standard", ["national"], {}),
      ],
    };
  }
  const issues = localIssues(v, national);
  if (issues.length > 0) return { ok: false, issues };
  const local = build(v, national);
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
