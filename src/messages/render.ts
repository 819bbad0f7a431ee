// Renders a code's message in both languages from the tables.
import type { LocalizedText, Path } from "../types.js";
import type { IssueCode, IssueParams, StepCode, StepParams, TermCode, TermParams } from "./codes.js";
import { EN } from "./en.js";
import { VI } from "./vi.js";

/** An issue's message in both languages, prefixed with the field it is about. */
export function issueMessage<C extends IssueCode>(code: C, path: Path, params: IssueParams[C]): LocalizedText {
  return { vi: VI.field(path, VI.issues[code](params)), en: EN.field(path, EN.issues[code](params)) };
}

/** Whether a code is an issue code of the tables. */
export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(VI.issues, code);
}

/** A step's message in both languages (without its citation). */
export function stepMessage<C extends StepCode>(code: C, params: StepParams[C]): LocalizedText {
  return { vi: VI.steps[code](params), en: EN.steps[code](params) };
}

/** A label in both languages. */
export function termText<K extends TermCode>(key: K, params: TermParams[K]): LocalizedText {
  return { vi: VI.terms[key](params), en: EN.terms[key](params) };
}

/** The two message functions of a step code, looked up once (for a hot call site to call them directly). */
export interface StepMessageFns<C extends StepCode> {
  readonly vi: (p: StepParams[C]) => string;
  readonly en: (p: StepParams[C]) => string;
}

/** Looks up the message functions of a step code once. */
export function stepMessageFns<C extends StepCode>(code: C): StepMessageFns<C> {
  return { vi: VI.steps[code] as (p: StepParams[C]) => string, en: EN.steps[code] as (p: StepParams[C]) => string };
}
