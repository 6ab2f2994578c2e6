// GET /api/v1/tasks — list (status, q, due filters, priority, list_id, label, sort, order, limit, cursor); POST /api/v1/tasks — create.
import { decodeCursor, encodeCursor, taskListParamsSchema } from "@/lib/api/task-query";
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { newTaskSchema } from "@/lib/tasks/schemas";
import { taskService } from "@/lib/tasks/service";

export const dynamic = "force-dynamic";

export const GET = endpoint("api", async ({ userId, db, time, query }) => {
  const { q, cursor, limit, ...filters } = query(taskListParamsSchema);
  const offset = decodeCursor(cursor);
  const page = await taskService(db, { time }).listTasks(userId, {
    ...filters,
    query: q,
    limit: limit + 1, // one more tells whether there is a next page
    offset,
  });
  const more = page.length > limit;
  return json({ tasks: page.slice(0, limit), next_cursor: more ? encodeCursor(offset + limit) : null });
});

export const POST = endpoint("api", async ({ userId, db, time, body }) => {
  const input = await body(newTaskSchema);
  return json(await taskService(db, { time }).addTask(userId, input), 201);
});
