// POST /api/v1/notifications/read — {id?}: mark one notification read, or all of them without an id.
import { z } from "zod";
import { endpoint } from "@/lib/http/boundary";
import { noContent } from "@/lib/http/responses";
import { notificationService } from "@/lib/reminders/notifications";

export const dynamic = "force-dynamic";

const readSchema = z.strictObject({ id: z.uuid({ error: "id must be a notification id" }).optional() });

export const POST = endpoint("api", async ({ userId, db, body }) => {
  const { id } = await body(readSchema);
  await notificationService(db).markRead(userId, id ?? null);
  return noContent();
});
