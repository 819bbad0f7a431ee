import type { SafeResult } from "../errors/Issue.js";
import { guardSafe, unwrap } from "../_lib/issues.js";
import { deepFreeze } from "../_lib/freeze.js";
import { nationalById } from "./_national.js";
import { resolveStandard } from "./_resolveStandard.js";
import type { IndicatorChange, PovertyStandard } from "./types.js";
import { issue } from "./_messages.js";

/**
 * How the indicators of one standard map to another's (bảng chuyển đổi chỉ số giữa hai chuẩn).
 *
 * @example
 * ```ts
 * const m: IndicatorMap = indicatorChanges("2021-2025", "2027-2030");
 * m.changes.filter((c) => c.kind === "kept").length; //=> 10
 * ```
 * @category Standards
 */
export interface IndicatorMap {
  /** The earlier standard's id (a local standard's national one). */
  readonly from: string;
  /** The later standard's id (a local standard's national one). */
  readonly to: string;
  /** One entry per indicator of either standard (see {@link IndicatorChange}). */
  readonly changes: readonly IndicatorChange[];
}

const IDENTITY = new WeakMap<PovertyStandard, IndicatorMap>();

/** The national standard under a standard (itself when national). */
function nationalOf(s: PovertyStandard): PovertyStandard {
  return (s.layeredOn ? nationalById(s.layeredOn.national) : undefined) ?? s;
}

/**
 * The map from one standard's indicators to another's (chỉ số nào giữ, đổi, bỏ, thêm), each entry with its source
 * and certainty; or the issue that the library holds no such map.
 *
 * @remarks
 * The map is data in the later standard (`indicatorChanges`). Today: 2021–2025 → 2027–2030, as reported after
 * Decree 351/2025/NĐ-CP was signed — ten indicators kept, telecom changed into digital services, means of access to
 * information removed, domestic waste treatment added; every entry `uncertain` (the decree's text was not read).
 * A local standard maps as its national one (it keeps the national indicators). A standard maps to itself with every
 * indicator kept. Other pairs (e.g. 2016–2020 → 2021–2025) give `indicator_changes_not_found`.
 *
 * @param from - the earlier standard (id or object).
 * @param to - the later standard (id or object).
 * @returns the map (deeply frozen) or issues.
 * @example
 * ```ts
 * const r = safeIndicatorChanges("2021-2025", "2027-2030");
 * r.ok && r.value.changes.find((c) => c.kind === "changed"); //=> { kind: "changed", from: "telecom", to: "digitalServices", … }
 * ```
 * @category Standards
 */
export function safeIndicatorChanges(from: string | PovertyStandard, to: string | PovertyStandard): SafeResult<IndicatorMap> {
  return guardSafe(() => changesBetween(from, to));
}

function changesBetween(from: string | PovertyStandard, to: string | PovertyStandard): SafeResult<IndicatorMap> {
  const a = resolveStandard(from, ["from"]);
  const b = resolveStandard(to, ["to"]);
  if (!a.ok || !b.ok) return { ok: false, issues: [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)] };
  const f = nationalOf(a.value);
  const t = nationalOf(b.value);
  if (f === t) {
    let m = IDENTITY.get(f);
    if (m === undefined) {
      m = deepFreeze({
        from: f.id,
        to: t.id,
        changes: f.indicators.map((i) => ({ kind: "kept" as const, from: i.key, to: i.key, note: { vi: "Cùng một chuẩn.", en: "The same standard." }, citation: i.citation, status: i.status })),
      });
      IDENTITY.set(f, m);
    }
    return { ok: true, value: m };
  }
  if (t.indicatorChanges?.from === f.id) return { ok: true, value: { from: f.id, to: t.id, changes: t.indicatorChanges.changes } };
  return { ok: false, issues: [issue("indicator_changes_not_found", ["to"], { from: f.id, to: t.id })] };
}

/**
 * The map from one standard's indicators to another's (bảng chuyển đổi chỉ số); throws when the library holds none.
 *
 * @remarks See {@link safeIndicatorChanges}.
 * @param from - the earlier standard (id or object).
 * @param to - the later standard (id or object).
 * @returns the map.
 * @throws {@link PovertyError} with code `"invalid_input"` and the issues.
 * @example
 * ```ts
 * indicatorChanges("2021-2025", "2027-2030").changes.find((c) => c.kind === "removed")?.from; //=> "informationAccess"
 * ```
 * @category Standards
 */
export function indicatorChanges(from: string | PovertyStandard, to: string | PovertyStandard): IndicatorMap {
  return unwrap(safeIndicatorChanges(from, to), "indicatorChanges");
}
