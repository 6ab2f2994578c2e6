import { z } from "zod";

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;

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

export const newTaskSchema = z.strictObject({
  title: titleSchema,
  description: descriptionSchema.default(""),
});

export const taskPatchSchema = z
  .strictObject({
    title: titleSchema.optional(),
    description: descriptionSchema.optional(),
    completed: z.boolean({ error: "Completed must be true or false" }).optional(),
  })
  .refine((p) => p.title !== undefined || p.description !== undefined || p.completed !== undefined, {
    message: "Nothing to change: give a title, description or completed",
  });

export const taskStatusSchema = z.enum(["all", "pending", "completed", "trash"]);

export const taskSortSchema = z.enum(["number", "created", "updated", "title"]);
export const sortOrderSchema = z.enum(["asc", "desc"]);

export const taskListQuerySchema = z.strictObject({
  status: taskStatusSchema.default("all"),
  query: z.string().trim().max(200, "Search text must be 200 characters or fewer").optional(),
  /** Default: number order; the trash shows the most recently deleted first. */
  sort: taskSortSchema.optional(),
  order: sortOrderSchema.optional(),
  limit: z.number().int().min(1).max(501).default(500),
  offset: z.number().int().min(0).default(0),
});

export type NewTask = z.input<typeof newTaskSchema>;
export type TaskPatch = z.input<typeof taskPatchSchema>;
export type TaskStatus = z.infer<typeof taskStatusSchema>;
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
});

export type Task = z.infer<typeof taskSchema>;
