// POST /api/v1/tasks/{id}/restore — brings a task back from the trash.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { taskService } from "@/lib/tasks/service";

export const dynamic = "force-dynamic";

export const POST = endpoint<{ id: string }>("api", async ({ userId, db, params }) => json(await taskService(db).restoreTask(userId, params.id)));
