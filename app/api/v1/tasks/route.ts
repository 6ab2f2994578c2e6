// GET /api/v1/tasks — list (status, q, sort, order, limit, cursor); POST /api/v1/tasks — create.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { decodeCursor, encodeCursor, taskListParamsSchema } from "@/lib/api/task-query";
import { newTaskSchema } from "@/lib/tasks/schemas";
import { taskService } from "@/lib/tasks/service";

export const dynamic = "force-dynamic";

export const GET = endpoint("api", async ({ userId, db, query }) => {
  const p = query(taskListParamsSchema);
  const offset = decodeCursor(p.cursor);
  const page = await taskService(db).listTasks(userId, {
    status: p.status,
    query: p.q,
    sort: p.sort,
    order: p.order,
    limit: p.limit + 1, // one more tells whether there is a next page
    offset,
  });
  const more = page.length > p.limit;
  return json({ tasks: page.slice(0, p.limit), next_cursor: more ? encodeCursor(offset + p.limit) : null });
});

export const POST = endpoint("api", async ({ userId, db, body }) => {
  const input = await body(newTaskSchema);
  return json(await taskService(db).addTask(userId, input), 201);
});
