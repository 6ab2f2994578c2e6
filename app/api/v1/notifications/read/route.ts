// POST /api/v1/notifications/read — {id?}: mark one notification read, or all of them without an id.
import { endpoint } from "@/lib/http/boundary";
import { noContent } from "@/lib/http/responses";
import { notificationService } from "@/lib/reminders/notifications";
import { markReadSchema } from "@/lib/reminders/schemas";

export const dynamic = "force-dynamic";

export const POST = endpoint("api", async ({ userId, db, body }) => {
  const { id } = await body(markReadSchema);
  await notificationService(db).markRead(userId, id ?? null);
  return noContent();
});
