// GET /api/v1/labels — the caller's labels, alphabetical; POST /api/v1/labels — create.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { newLabelSchema } from "@/lib/labels/schemas";
import { labelService } from "@/lib/labels/service";

export const dynamic = "force-dynamic";

export const GET = endpoint("api", async ({ userId, db }) => json({ labels: await labelService(db).listLabels(userId) }));

export const POST = endpoint("api", async ({ userId, db, body }) => json(await labelService(db).createLabel(userId, await body(newLabelSchema)), 201));
