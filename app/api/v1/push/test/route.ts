// POST /api/v1/push/test — send a test notification to the caller's devices and the app.
import { env } from "@/lib/env";
import { endpoint } from "@/lib/http/boundary";
import { noContent } from "@/lib/http/responses";
import { sendTestNotification } from "@/lib/reminders/test-notification";
import { vapidKeys } from "@/lib/reminders/vapid";

export const dynamic = "force-dynamic";

export const POST = endpoint("api", async ({ userId, db }) => {
  await sendTestNotification(db, userId, vapidKeys(env()));
  return noContent();
});
