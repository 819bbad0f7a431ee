// The schema of the procedure's periods (ProcedureDeadlinesOutcome) as another function receives them back — the
// posting list prints its window from them, and they may have been stored as JSON in between. Private.
import * as z from "zod/mini";
import { isoDateSchema } from "../calendar/_isoDate.js";
import { certaintySchema, citationValueSchema } from "../explain/_schemas.js";
import { addIssue } from "./_messages.js";

const short = z.string().check(z.minLength(1), z.maxLength(100));

/** One period placed on the calendar: its days in order (the event, then day 1, then the last day). */
export const procedureDeadlineSchema = z
  .object({
    kind: z.enum(["posting", "complaint_recheck", "recheck_posting", "middle_living_posting", "middle_living_recheck", "middle_living_decision", "low_income_worker_posting"]),
    ref: z.nullable(short),
    eventOn: isoDateSchema,
    firstDay: isoDateSchema,
    lastDay: isoDateSchema,
    duration: z.object({ days: z.int().check(z.minimum(1), z.maximum(366)), unit: z.enum(["working", "calendar"]) }),
    movedFrom: z.nullable(isoDateSchema),
    citation: citationValueSchema,
    status: certaintySchema,
  })
  .check(
    z.superRefine((d, ctx) => {
      // ISO dates compare as strings
      if (!(d.eventOn < d.firstDay && d.firstDay <= d.lastDay)) addIssue(ctx, "deadline_days_out_of_order", [], { eventOn: d.eventOn, firstDay: d.firstDay, lastDay: d.lastDay });
    }),
  );

/**
 * The outcome of {@link computeProcedureDeadlines} as data (các thời hạn của quy trình): the periods and findings,
 * or no procedure. Unknown keys are ignored (not copied).
 */
export const deadlinesOutcomeSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("computed"),
    deadlines: z.array(procedureDeadlineSchema).check(z.maxLength(100_000)),
    findings: z.array(z.object({ code: z.enum(["complaint_after_posting", "recheck_posted_late", "duration_not_found"]), ref: z.nullable(short), date: z.nullable(isoDateSchema) })).check(z.maxLength(100_000)),
  }),
  z.object({ kind: z.literal("rule_not_found"), reason: z.literal("procedure_not_found"), standard: short }),
]);
