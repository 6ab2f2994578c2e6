// POST /api/v1/lists/{id}/restore — brings a list back from the trash with the tasks trashed with it.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { listService } from "@/lib/lists/service";

export const dynamic = "force-dynamic";

export const POST = endpoint<{ id: string }>("api", async ({ userId, db, params }) => json(await listService(db).restoreList(userId, params.id)));
