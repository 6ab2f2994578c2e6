// GET, PATCH, DELETE /api/v1/labels/{id} — one label; DELETE takes it off its tasks (204).
import { endpoint } from "@/lib/http/boundary";
import { json, noContent } from "@/lib/http/responses";
import { labelPatchSchema } from "@/lib/labels/schemas";
import { labelService } from "@/lib/labels/service";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = endpoint<Params>("api", async ({ userId, db, params }) => json(await labelService(db).getLabel(userId, params.id)));

export const PATCH = endpoint<Params>("api", async ({ userId, db, params, body }) => json(await labelService(db).updateLabel(userId, params.id, await body(labelPatchSchema))));

export const DELETE = endpoint<Params>("api", async ({ userId, db, params }) => {
  await labelService(db).deleteLabel(userId, params.id);
  return noContent();
});
