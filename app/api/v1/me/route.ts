// GET /api/v1/me — the caller's profile; PATCH /api/v1/me — {timezone?, locale?, name?}.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { mePatchSchema } from "@/lib/users/schemas";
import { userService } from "@/lib/users/service";

export const dynamic = "force-dynamic";

export const GET = endpoint("api", async ({ userId, db }) => json(await userService(db).getMe(userId)));

export const PATCH = endpoint("api", async ({ userId, db, body }) => json(await userService(db).updateMe(userId, await body(mePatchSchema))));
