// The step that opens every explanation: the standard applied. Built once per standard, shared, frozen. Private.
import { deepFreeze } from "../_lib/freeze.js";
import { step } from "../explain/_trace.js";
import type { ExplanationStep } from "../explain/types.js";
import type { PovertyStandard } from "./types.js";

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
