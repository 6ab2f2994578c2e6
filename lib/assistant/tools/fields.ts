import { z } from "zod";
import { labelNameSchema, TASK_LABELS_MAX } from "@/lib/labels/schemas";
import { LIST_NAME_MAX } from "@/lib/lists/schemas";
import { BEFORE_MINUTES_MAX, DUE_STRING_MAX, dueDateSchema, dueFilterSchema, REMINDERS_MAX } from "@/lib/tasks/schemas";

/** Tool input fields shared by several tools; nullish, so models that send null for "not given" are fine. */
export const dueInput = z
  .string()
  .max(DUE_STRING_MAX)
  .nullish()
  .describe('When it is due, in words or ISO, read in the user\'s time zone: "tomorrow 6pm", "fri", "in 3 days", "2026-12-03", "2026-12-03T18:00". "none" clears it.');

export const priorityInput = z
  .union([z.number().int(), z.string().max(20)])
  .nullish()
  .describe("1 (urgent) … 4 (none, the default), or a word: urgent, high, medium, low");

export const listInput = z.string().max(LIST_NAME_MAX).nullish().describe("The name of one of the user's lists (see list_lists), e.g. \"Work\"; default the Inbox");
export const labelsInput = z
  .array(labelNameSchema)
  .max(TASK_LABELS_MAX)
  .nullish()
  .describe('Label names without "@", e.g. ["errands", "home"]; a new name makes a new label. Replaces the task\'s labels');

export const recurrenceInput = z
  .string()
  .max(200)
  .nullish()
  .describe('How it repeats, in words or an RRULE: "every monday", "every weekday at 9am", "every 2 weeks on friday", "every month on the 15th", "every 3 days after completion", "every day for 5 times", "FREQ=WEEKLY;BYDAY=MO". "none" stops it.');

export const remindersInput = z
  .array(
    z.object({
      before_minutes: z.number().int().min(0).max(BEFORE_MINUTES_MAX).nullish().describe("Minutes before the due time; 0 = at the due time"),
      at: z.string().max(40).nullish().describe("An exact instant, ISO 8601 with offset"),
    }),
  )
  .max(REMINDERS_MAX)
  .nullish()
  .describe(`Reminders (at most ${REMINDERS_MAX}), replacing the task's: [{"before_minutes": 30}] or [{"at": "2026-12-03T17:30:00Z"}]. "remind me to X at <time>" means [{"before_minutes": 0}]`);

/** A write's repeat and reminders from a tool's inputs. */
export const repeatWrite = (input: { recurrence?: string | null; reminders?: { before_minutes?: number | null; at?: string | null }[] | null }) => ({
  ...(input.recurrence != null && { recurrence: input.recurrence }),
  ...(input.reminders != null && {
    reminders: input.reminders.map((r) => (r.at != null ? { at: r.at } : { before_minutes: r.before_minutes ?? 0 })),
  }),
});

export const dueFilterInput = dueFilterSchema.nullish().describe("today, overdue (before today), upcoming (after today) or none (no date), in the user's time zone");
export const dateInput = (what: string) => dueDateSchema.nullish().describe(`${what}, as YYYY-MM-DD`);

/** A write's due fields from a tool's `due` and `priority`. */
export const dueWrite = (input: { due?: string | null; priority?: number | string | null }) => ({
  ...(input.due != null && { due_string: input.due }),
  ...(input.priority != null && { priority: input.priority }),
});
