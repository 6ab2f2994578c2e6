import { z } from "zod";
import { labelNameSchema, TASK_LABELS_MAX } from "@/lib/labels/schemas";
import { LIST_NAME_MAX } from "@/lib/lists/schemas";
import { DUE_STRING_MAX, dueDateSchema, dueFilterSchema } from "@/lib/tasks/schemas";

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

export const dueFilterInput = dueFilterSchema.nullish().describe("today, overdue (before today), upcoming (after today) or none (no date), in the user's time zone");
export const dateInput = (what: string) => dueDateSchema.nullish().describe(`${what}, as YYYY-MM-DD`);

/** A write's due fields from a tool's `due` and `priority`. */
export const dueWrite = (input: { due?: string | null; priority?: number | string | null }) => ({
  ...(input.due != null && { due_string: input.due }),
  ...(input.priority != null && { priority: input.priority }),
});
