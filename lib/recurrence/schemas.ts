import { z } from "zod";

/** `schedule`: the next date follows the calendar; `completion`: it counts from the day the task was done. */
export const anchorSchema = z.enum(["schedule", "completion"]);
export type Anchor = z.infer<typeof anchorSchema>;

/**
 * What a repeating task stores besides its due date. `rule` is the RRULE value (date pattern
 * only); `start` is the series' first date. How COUNT is kept differs by anchor (see
 * `occurrences.ts`): a schedule series keeps its total COUNT and its start; a completion series
 * restarts at each completion with the COUNT that remains.
 */
export const seriesSchema = z.strictObject({
  rule: z.string().min(1).max(500),
  anchor: anchorSchema,
  start: z.iso.date(),
});
export type Series = z.infer<typeof seriesSchema>;
