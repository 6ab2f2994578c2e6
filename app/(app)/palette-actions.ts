"use server";

import { z } from "zod";
import { authedAction } from "@/lib/http/action";
import { taskListQuerySchema } from "@/lib/tasks/schemas";
import { taskService } from "@/lib/tasks/service";

/** How many tasks the command palette shows for a query. */
const PALETTE_TASKS = 8;

/** Tasks for the command palette: the API's search (title and description, typos forgiven), best first, the trash left out. */
export const searchTasksAction = authedAction("searchTasks", z.strictObject({ query: taskListQuerySchema.shape.query.unwrap().min(1) }), async ({ userId, db }, { query }) => {
  const tasks = await taskService(db).listTasks(userId, { query, limit: PALETTE_TASKS });
  return tasks.map(({ id, title, description, completed, list_id }) => ({ id, title, description: description.slice(0, 140), completed, list_id }));
});
