// Renders any step code's message in both languages from the global tables (every domain's texts), for the
// functions that take steps of any code (expandExplanation). The functions that build steps and issues use their
// folder's bound tables instead (./texts.ts), so that a page loads only the texts of the functions it calls.
import type { LocalizedText } from "../types.js";
import type { StepCode, StepParams } from "./codes.js";
import { EN } from "./en.js";
import { VI } from "./vi.js";

/** A step's message in both languages (without its citation). */
export function stepMessage<C extends StepCode>(code: C, params: StepParams[C]): LocalizedText {
  return { vi: VI.steps[code](params), en: EN.steps[code](params) };
}
