// The schemas of explanations as data (steps, values read, citations), for the functions that take an explanation
// back from a caller: formatExplanation, compactExplanation, expandExplanation. Private.
import * as z from "zod/mini";
import type { Certainty, Citation, JsonValue } from "../types.js";

/** Any JSON value. */
export const jsonSchema: z.ZodMiniType<JsonValue> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonSchema), z.record(z.string(), jsonSchema)]));

/** A citation: the instrument and, when given, its article, clause, point, form item and a note. */
export const citationSchema = z.strictObject({
  instrument: z.string(),
  article: z.optional(z.string()),
  clause: z.optional(z.string()),
  point: z.optional(z.string()),
  item: z.optional(z.string()),
  note: z.optional(z.string()),
});

const citationPart = z.optional(z.string().check(z.maxLength(10_000)));

/**
 * A citation received back as data (in a meeting's outcome, a procedure period, a document): each part at most
 * 10,000 characters; a part given as `undefined` is left out, so the value is a {@link Citation}.
 */
export const citationValueSchema: z.ZodMiniType<Citation, unknown> = z.pipe(
  z.strictObject({ instrument: z.string().check(z.minLength(1), z.maxLength(10_000)), article: citationPart, clause: citationPart, point: citationPart, item: citationPart, note: citationPart }),
  z.transform((c): Citation => {
    const out: { -readonly [K in keyof Citation]: Citation[K] } = { instrument: c.instrument };
    if (c.article !== undefined) out.article = c.article;
    if (c.clause !== undefined) out.clause = c.clause;
    if (c.point !== undefined) out.point = c.point;
    if (c.item !== undefined) out.item = c.item;
    if (c.note !== undefined) out.note = c.note;
    return out;
  }),
);

/** A certainty. */
export const certaintySchema = z.enum(["confirmed", "seed", "uncertain"]);

/** A legal value read by a decision. */
export const valueReadSchema = z.strictObject({
  standard: z.string(),
  key: z.string(),
  value: jsonSchema,
  effectiveFrom: z.string(),
  effectiveTo: z.optional(z.string()),
  citation: citationSchema,
  status: certaintySchema,
});

/** A message in both languages. */
export const localizedSchema = z.strictObject({ vi: z.string(), en: z.string() });

/** The shape of a step as data without its message, as a compact explanation keeps it. */
export interface CompactStepData {
  rule: string;
  code: string;
  params: { [key: string]: JsonValue };
  actual?: JsonValue | undefined;
  expected?: JsonValue | undefined;
  result: boolean | string;
  citations: z.output<typeof citationSchema>[];
  status: Certainty;
  children?: CompactStepData[] | undefined;
}

/** The shape of a step as data (its code is checked against the catalogue by the caller when it matters). */
export interface StepData extends Omit<CompactStepData, "children"> {
  message: { vi: string; en: string };
  children?: StepData[] | undefined;
}

/** The fields every step has, with or without its message. */
const stepFields = {
  rule: z.string(),
  code: z.string(),
  params: z.record(z.string(), jsonSchema),
  actual: z.optional(jsonSchema),
  expected: z.optional(jsonSchema),
  result: z.union([z.boolean(), z.string()]),
  citations: z.array(citationSchema),
  status: certaintySchema,
};

/** A full explanation step, with its message. */
export const explanationStepSchema: z.ZodMiniType<StepData> = z.lazy(() => z.strictObject({ ...stepFields, message: localizedSchema, children: z.optional(z.array(explanationStepSchema)) }));

/** A step of a compact explanation: a full step without its message. */
export const compactStepSchema: z.ZodMiniType<CompactStepData> = z.lazy(() => z.strictObject({ ...stepFields, children: z.optional(z.array(compactStepSchema)) }));

/** A full explanation (formatVersion 1). */
export const explanationSchema = z.strictObject({
  formatVersion: z.literal(1),
  decision: z.string(),
  standard: z.string(),
  steps: z.array(explanationStepSchema),
  valuesRead: z.array(valueReadSchema),
  uncertain: z.boolean(),
  summary: localizedSchema,
});
