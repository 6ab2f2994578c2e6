// GET, PATCH, DELETE /api/v1/lists/{id} — one list; DELETE moves it and its tasks to the trash.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { listPatchSchema } from "@/lib/lists/schemas";
import { listService } from "@/lib/lists/service";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = endpoint<Params>("api", async ({ userId, db, params }) => json(await listService(db).getList(userId, params.id)));

export const PATCH = endpoint<Params>("api", async ({ userId, db, params, body }) => json(await listService(db).updateList(userId, params.id, await body(listPatchSchema))));

export const DELETE = endpoint<Params>("api", async ({ userId, db, params }) => json(await listService(db).deleteList(userId, params.id)));
