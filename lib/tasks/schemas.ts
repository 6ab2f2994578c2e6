import { z } from "zod";
import { labelNameSchema, taskLabelsSchema } from "@/lib/labels/schemas";
import { listIdSchema } from "@/lib/lists/schemas";
import { isValidDate, isValidTime, parsePriority, type Priority } from "@/lib/quick-add";
import { anchorSchema as repeatAnchorSchema } from "@/lib/recurrence/schemas";
import { DESCRIPTION_MAX, TITLE_MAX } from "./limits";

export { DESCRIPTION_MAX, TITLE_MAX } from "./limits";
export const DUE_STRING_MAX = 100;
export const DEFAULT_PRIORITY: Priority = 4;

export const titleSchema = z
  .string({ error: "Title must be text" })
  .trim()
  .min(1, "Title can't be empty")
  .max(TITLE_MAX, `Title must be ${TITLE_MAX} characters or fewer`);

export const descriptionSchema = z
  .string({ error: "Description must be text" })
  .trim()
  .max(DESCRIPTION_MAX, `Description must be ${DESCRIPTION_MAX.toLocaleString("en-US")} characters or fewer`);

/** The per-user task number, the only task id anyone outside the database sees. */
export const taskNumberSchema = z.coerce
  .number({ error: "Task id must be a number" })
  .int("Task id must be a whole number")
  .positive("Task id must be positive")
  .max(2_147_483_647, "Task id is too large");

export const dueDateSchema = z
  .string({ error: "Due date must be text like 2026-12-03" })
  .refine(isValidDate, "Due date must be a real date as YYYY-MM-DD, like 2026-12-03");
export const dueTimeSchema = z
  .string({ error: "Due time must be text like 18:00" })
  .refine(isValidTime, "Due time must be a 24-hour time as HH:MM, like 18:00");
export const dueStringSchema = z
  .string({ error: "due_string must be text, like “tomorrow 6pm”" })
  .trim()
  .min(1, "due_string is empty: give words like “tomorrow 6pm”, or “none” to clear the date")
  .max(DUE_STRING_MAX, `due_string must be ${DUE_STRING_MAX} characters or fewer`);

/** 1 (highest) to 4 (none), or the words: urgent/highest → 1, high → 2, medium/normal → 3, low/none → 4. */
export const prioritySchema = z
  .union([z.number(), z.string()], { error: "Priority must be 1–4 or a word: urgent, high, medium, low" })
  .transform((value, ctx) => {
    const priority = parsePriority(String(value));
    if (priority === null) {
      ctx.addIssue({ code: "custom", message: "Priority must be 1–4 or a word: urgent, high, medium, low" });
      return z.NEVER;
    }
    return priority;
  });

// A write may set the due in words or as a date and time, not both; a time needs a date.
const dueFields = {
  due_string: dueStringSchema.optional(),
  due_date: dueDateSchema.nullable().optional(),
  due_time: dueTimeSchema.nullable().optional(),
  priority: prioritySchema.optional(),
};
type DueFields = { due_string?: string; due_date?: string | null; due_time?: string | null };
function checkDueFields(value: DueFields, ctx: z.RefinementCtx) {
  if (value.due_string !== undefined && (value.due_date !== undefined || value.due_time !== undefined)) {
    ctx.addIssue({ code: "custom", path: ["due_string"], message: "Give either due_string or due_date/due_time, not both" });
  }
  if (value.due_time != null && value.due_date == null && value.due_string === undefined) {
    ctx.addIssue({ code: "custom", path: ["due_time"], message: "A due time needs a due date: send due_date too" });
  }
}

export const REMINDERS_MAX = 5;
export const BEFORE_MINUTES_MAX = 40_320; // 4 weeks

/** Repeating: words ("every weekday at 9am", "every! 3 days") or an RRULE, or {rule, anchor}; "none" or null stops it. */
export const recurrenceInputSchema = z.union(
  [
    z.string().trim().min(1, "Give the repeat in words, like “every monday”, or none").max(200, "recurrence must be 200 characters or fewer"),
    z.strictObject({
      rule: z.string().trim().min(1).max(500).describe("An RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=MO"),
      anchor: repeatAnchorSchema.default("schedule").describe("schedule: the next date follows the calendar; completion: it counts from when the task is done"),
    }),
    z.null(),
  ],
  { error: "recurrence must be words such as “every monday”, an RRULE, {rule, anchor}, or null" },
);

export const reminderInputSchema = z.union(
  [
    z.strictObject({ before_minutes: z.number().int().min(0).max(BEFORE_MINUTES_MAX).describe("Minutes before the due time (0: at it; all-day tasks count back from 09:00)") }),
    z.strictObject({ at: z.iso.datetime({ offset: true }).describe("An exact instant, ISO 8601 with its offset") }),
  ],
  { error: `A reminder is {"before_minutes": 0–${BEFORE_MINUTES_MAX}} or {"at": "<ISO instant>"}` },
);
export const remindersInputSchema = z
  .array(reminderInputSchema, { error: "reminders must be a list" })
  .max(REMINDERS_MAX, `A task has at most ${REMINDERS_MAX} reminders`);

/** Repeating and reminding: fields every write may carry. */
const repeatFields = {
  recurrence: recurrenceInputSchema.optional(),
  reminders: remindersInputSchema.optional().describe("Replaces the task's reminders as a whole set"),
};

// Organisation: the list (default the Inbox) and the labels, which a write replaces as a whole set.
const organisationFields = {
  list_id: listIdSchema.optional().describe("The list; default the Inbox. It must be one of the user's lists outside the trash"),
  labels: taskLabelsSchema.optional().describe("Label names, matched ignoring case; a name with no label yet makes one. Replaces the whole set"),
};

/** A task number to place a task next to, in its (new) list; null means the top or the bottom. */
const anchorSchema = (field: string) =>
  z.number({ error: `${field} must be a task number or null` }).int(`${field} must be a task number or null`).positive(`${field} must be a task number or null`).max(2_147_483_647).nullable();

export const newTaskSchema = z
  .strictObject({ title: titleSchema, description: descriptionSchema.default(""), ...dueFields, ...organisationFields, ...repeatFields })
  .superRefine(checkDueFields);

export const taskPatchSchema = z
  .strictObject({
    title: titleSchema.optional(),
    description: descriptionSchema.optional(),
    completed: z.boolean({ error: "Completed must be true or false" }).optional(),
    ...dueFields,
    ...organisationFields,
    ...repeatFields,
    skip: z.literal(true, { error: "skip can only be true" }).optional().describe("Skip this occurrence of a repeating task: it moves to its next date"),
    after_id: anchorSchema("after_id").optional().describe("Put the task right after this task of its list; null puts it at the top"),
    before_id: anchorSchema("before_id").optional().describe("Put the task right before this task of its list; null puts it at the bottom"),
  })
  .superRefine(checkDueFields)
  .superRefine((p, ctx) => {
    if (p.after_id !== undefined && p.before_id !== undefined) {
      ctx.addIssue({ code: "custom", path: ["before_id"], message: "Give either after_id or before_id, not both" });
    }
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: "Nothing to change: give a title, description, completed, a due date, a priority, a list, labels, a place (after_id/before_id), a recurrence, reminders or skip",
  });

export const taskStatusSchema = z.enum(["all", "pending", "completed", "trash"]);
export const dueFilterSchema = z.enum(["today", "overdue", "upcoming", "none"]);
export const taskSortSchema = z.enum(["number", "created", "updated", "title", "due", "priority", "position"]);
export const sortOrderSchema = z.enum(["asc", "desc"]);

export const taskListQuerySchema = z.strictObject({
  status: taskStatusSchema.default("all"),
  query: z.string().trim().max(200, "Search text must be 200 characters or fewer").optional(),
  due: dueFilterSchema.optional(),
  due_before: dueDateSchema.optional(),
  due_after: dueDateSchema.optional(),
  priority: z.number().int().min(1).max(4).optional(),
  /** Completed on this date in the user's zone. */
  completed_on: dueDateSchema.optional(),
  /** Only the tasks of this list. */
  list_id: listIdSchema.optional(),
  /** Only the tasks with this label (ignoring case). */
  label: labelNameSchema.optional(),
  /** Default: number order (with a query, relevance); the trash shows the most recently deleted first. */
  sort: taskSortSchema.optional(),
  order: sortOrderSchema.optional(),
  limit: z.number().int().min(1).max(501).default(500),
  offset: z.number().int().min(0).default(0),
});

export type NewTask = z.input<typeof newTaskSchema>;
export type TaskPatch = z.input<typeof taskPatchSchema>;
/** A patch as parsed: defaults filled in, priority words turned into numbers. */
export type ParsedTaskPatch = z.output<typeof taskPatchSchema>;
export type TaskStatus = z.infer<typeof taskStatusSchema>;
export type DueFilter = z.infer<typeof dueFilterSchema>;
export type TaskListQuery = z.input<typeof taskListQuerySchema>;

/** A task as every surface shows it: `id` is the per-user number, never the internal id. */
export const taskSchema = z.object({
  id: z.number().int().describe("The per-user task number (#3 → 3)"),
  title: z.string(),
  description: z.string(),
  completed: z.boolean(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  completed_at: z.iso.datetime().nullable(),
  deleted_at: z.iso.datetime().nullable().describe("When it went to the trash; null outside the trash"),
  due_date: z.string().nullable().describe("YYYY-MM-DD, a wall-clock date in the user's zone"),
  due_time: z.string().nullable().describe("HH:MM (24 h), only with a date; null for all-day"),
  due_at: z.iso.datetime().nullable().describe("The instant of a timed due in the user's zone; derived, never written"),
  priority: z.number().int().min(1).max(4).describe("1 highest … 4 none"),
  list_id: z.uuid().describe("The task's list; the Inbox unless it was put elsewhere"),
  labels: z.array(z.string()).describe("Label names as stored, alphabetical"),
  position: z.string().describe("Opaque order key within the list; sort bytewise. Reorder with after_id/before_id"),
  recurrence: z
    .object({ rule: z.string(), anchor: repeatAnchorSchema, text: z.string().describe("The rule in words, e.g. “Every weekday at 09:00”") })
    .nullable(),
  reminders: z.array(
    z.union([z.object({ id: z.uuid(), before_minutes: z.number().int() }), z.object({ id: z.uuid(), at: z.iso.datetime() })]),
  ),
  completed_occurrences: z
    .array(z.object({ due_date: z.string(), completed_at: z.iso.datetime() }))
    .describe("Occurrences of a repeating task that were completed, newest first, the last 20"),
});

/** A task exactly as the wire carries it: what every service answers. */
export type WireTask = z.infer<typeof taskSchema>;

/**
 * A task as screens hold it: the wire shape, where the fields the server places (list, labels,
 * position) may be missing from an optimistic draft shown before the server has answered
 * (components/tasks/use-tasks.ts). Every WireTask is a Task.
 */
export type Task = Omit<WireTask, ServerPlaced> & Partial<Pick<WireTask, ServerPlaced>>;
type ServerPlaced = "list_id" | "labels" | "position" | "recurrence" | "reminders" | "completed_occurrences";
