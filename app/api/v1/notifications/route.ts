// GET /api/v1/notifications — the latest notifications (reminders, summaries), newest first, and the unread count.
import { endpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { notificationService } from "@/lib/reminders/notifications";

export const dynamic = "force-dynamic";

export const GET = endpoint("api", async ({ userId, db }) => json(await notificationService(db).list(userId)));
