import { z } from "zod";
import { AppError } from "@/lib/errors";
import { labelNameSchema } from "@/lib/labels/schemas";
import { listIdSchema } from "@/lib/lists/schemas";
import { dueDateSchema, dueFilterSchema, sortOrderSchema, taskSortSchema, taskStatusSchema } from "@/lib/tasks/schemas";

export const taskListParamsSchema = z.strictObject({
  status: taskStatusSchema.default("all"),
  q: z.string().trim().max(200, "q must be 200 characters or fewer").optional().describe("Search title and description: every word, typos allowed; ranked by relevance unless sort is given"),
  due: dueFilterSchema.optional().describe("today, overdue (before today), upcoming (after today) or none, in the user's zone"),
  due_before: dueDateSchema.optional().describe("Due on or before this date"),
  due_after: dueDateSchema.optional().describe("Due on or after this date"),
  priority: z.coerce.number({ error: "priority must be 1–4" }).int("priority must be 1–4").min(1, "priority must be 1–4").max(4, "priority must be 1–4").optional(),
  list_id: listIdSchema.optional().describe("Only this list's tasks"),
  label: labelNameSchema.optional().describe("Only tasks with this label (ignoring case)"),
  sort: taskSortSchema.optional().describe("Default number (with q, relevance); position is the manual order (by list, then within it)"),
  order: sortOrderSchema.optional(),
  limit: z.coerce.number({ error: "limit must be a number" }).int("limit must be a whole number").min(1, "limit must be at least 1").max(100, "limit must be 100 or less").default(50),
  cursor: z.string().max(200).optional(),
});

/** Cursors are opaque to clients: today an offset, encoded so it can change later. */
export const encodeCursor = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString("base64url");

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { o?: unknown };
    if (typeof o === "number" && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through
  }
  throw new AppError("invalid_input", "cursor is not valid: pass the next_cursor of a previous page", { cursor: "Invalid cursor" });
}
