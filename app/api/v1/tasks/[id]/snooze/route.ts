// POST /api/v1/tasks/{id}/snooze — {minutes}: remind about the task again that much later.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { snoozeSchema, snoozeTask } from "@/lib/reminders/snooze";
import { taskNumberSchema } from "@/lib/tasks/schemas";
import { taskNotFound } from "@/lib/tasks/service";

export const dynamic = "force-dynamic";

export const POST = endpoint<{ id: string }>("api", async ({ userId, db, params, body }) => {
  const { minutes } = await body(snoozeSchema);
  const number = taskNumberSchema.safeParse(params.id);
  if (!number.success) throw taskNotFound(params.id);
  return json(await snoozeTask(db, userId, number.data, minutes));
});
