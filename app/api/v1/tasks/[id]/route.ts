// GET, PATCH, DELETE /api/v1/tasks/{id} — one task by its number; DELETE ?permanent=true purges from the trash.
import { z } from "zod";
import { endpoint } from "@/lib/http/boundary";
import { json, noContent } from "@/lib/http/responses";
import { taskPatchSchema } from "@/lib/tasks/schemas";
import { taskService } from "@/lib/tasks/service";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = endpoint<Params>("api", async ({ userId, db, params }) => json(await taskService(db).getTask(userId, params.id)));

export const PATCH = endpoint<Params>("api", async ({ userId, db, time, params, body }) => {
  const patch = await body(taskPatchSchema);
  return json(await taskService(db, { time }).updateTask(userId, params.id, patch));
});

const deleteQuery = z.strictObject({ permanent: z.enum(["true", "false"], { error: "permanent must be true or false" }).optional() });

export const DELETE = endpoint<Params>("api", async ({ userId, db, params, query }) => {
  const { permanent } = query(deleteQuery);
  if (permanent === "true") {
    await taskService(db).purgeTask(userId, params.id);
    return noContent();
  }
  return json(await taskService(db).deleteTask(userId, params.id));
});
