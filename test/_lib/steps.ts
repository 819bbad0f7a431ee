// How the explanation tests read a step: without its rendered message (messages are checked separately, for the
// numbers they must show), or as the few fields a boundary case pins. Shared so that each test file does not write
// them again; they only select fields, so the values compared still come from each test.
import type { Citation } from "../../src/types.js";
import type { ExplanationStep } from "../../src/explain/types.js";

/** A step and its children without the rendered messages. */
export const withoutMessage = (s: ExplanationStep | undefined): object | undefined => {
  if (s === undefined) return undefined;
  const { message: _m, children, ...rest } = s;
  return children ? { ...rest, children: children.map(withoutMessage) } : rest;
};

/** A citation as [instrument, form item]. */
export const byItem = (c: Citation): readonly (string | null)[] => [c.instrument, c.item ?? null];

/** A citation as [instrument, article, clause, point]. */
export const byProvision = (c: Citation): readonly (string | null)[] => [c.instrument, c.article ?? null, c.clause ?? null, c.point ?? null];

/** The fields a boundary case pins: rule, code, params, actual and expected when set, result, certainty, citations. */
export function pinned(s: ExplanationStep, cite: (c: Citation) => readonly (string | null)[] = byItem): object {
  return {
    rule: s.rule,
    code: s.code,
    params: s.params,
    ...(s.actual !== undefined ? { actual: s.actual } : {}),
    ...(s.expected !== undefined ? { expected: s.expected } : {}),
    result: s.result,
    status: s.status,
    cited: s.citations.map(cite),
  };
}
