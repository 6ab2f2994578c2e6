// POST /api/v1/tasks/{id}/restore — brings a task back from the trash.
import { apiHandler, json } from "@/lib/api/handler";
import { taskService } from "@/lib/tasks/service";

export const dynamic = "force-dynamic";

export const POST = apiHandler<{ id: string }>(async ({ userId, db, params }) => json(await taskService(db).restoreTask(userId, params.id)));
