// The step that opens every explanation: the standard applied. Built once per standard, shared, frozen. Private.
import { deepFreeze } from "../_lib/freeze.js";
import type { ExplanationStep } from "../explain/types.js";
import type { PovertyStandard } from "./types.js";
import { step } from "./_messages.js";

const CACHE = new WeakMap<PovertyStandard, ExplanationStep>();

/** The "standard applied" step of a standard (national, or local with the national one it is layered on). */
export function standardStep(standard: PovertyStandard): ExplanationStep {
  let s = CACHE.get(standard);
  if (s === undefined) {
    const params = {
      id: standard.id,
      titleVi: standard.title.vi,
      titleEn: standard.title.en,
      local: standard.scope === "local",
      authority: standard.layeredOn?.authority ?? null,
      national: standard.layeredOn?.national ?? null,
    };
    s = deepFreeze(
      step({
        rule: "standard.applied",
        code: standard.scope === "local" ? "local_standard_applied" : "standard_applied",
        params,
        result: standard.id,
        citations: [{ instrument: standard.instruments[0]?.id ?? standard.id }],
      }),
    );
    CACHE.set(standard, s);
  }
  return s;
}

const DEFAULTS = new WeakMap<PovertyStandard, ExplanationStep>();

/**
 * The step that says a standard's review procedure is another standard's, applied as the practical default
 * (2027–2030), or undefined when the standard has its own. Built once per standard, shared, frozen.
 */
export function practicalDefaultStep(standard: PovertyStandard): ExplanationStep | undefined {
  const d = standard.procedure?.practicalDefault;
  if (!d) return undefined;
  let s = DEFAULTS.get(standard);
  if (s === undefined) {
    s = deepFreeze(
      step({
        rule: "procedure.practical_default",
        code: "procedure_practical_default",
        params: { standard: standard.id, from: d.from, instrument: standard.procedure?.instrument ?? d.citation.instrument },
        result: d.from,
        citations: [d.citation],
        status: d.status,
      }),
    );
    DEFAULTS.set(standard, s);
  }
  return s;
}
