// GET, PATCH, DELETE /api/v1/tasks/{id} — one task by its number; DELETE ?permanent=true purges from the trash.
import { z } from "zod";
import { apiHandler, json, noContent, parseQuery } from "@/lib/api/handler";
import { readJson } from "@/lib/http/request";
import { taskPatchSchema } from "@/lib/tasks/schemas";
import { taskService } from "@/lib/tasks/service";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = apiHandler<Params>(async ({ userId, db, params }) => json(await taskService(db).getTask(userId, params.id)));

export const PATCH = apiHandler<Params>(async ({ request, userId, db, params }) => {
  const patch = await readJson(request, taskPatchSchema);
  return json(await taskService(db).updateTask(userId, params.id, patch));
});

const deleteQuery = z.strictObject({ permanent: z.enum(["true", "false"], { error: "permanent must be true or false" }).optional() });

export const DELETE = apiHandler<Params>(async ({ request, userId, db, params }) => {
  const { permanent } = parseQuery(request, deleteQuery);
  if (permanent === "true") {
    await taskService(db).purgeTask(userId, params.id);
    return noContent();
  }
  return json(await taskService(db).deleteTask(userId, params.id));
});
