// GET /api/v1/lists — the caller's lists in order (status=active|archived|all|trash); POST /api/v1/lists — create.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { listQuerySchema, newListSchema } from "@/lib/lists/schemas";
import { listService } from "@/lib/lists/service";

export const dynamic = "force-dynamic";

export const GET = endpoint("api", async ({ userId, db, query }) => json({ lists: await listService(db).listLists(userId, query(listQuerySchema)) }));

export const POST = endpoint("api", async ({ userId, db, body }) => json(await listService(db).createList(userId, await body(newListSchema)), 201));
