// POST /api/v1/push/subscriptions — this browser gets push notifications; DELETE {endpoint} — it stops.
import { env } from "@/lib/env";
import { endpoint } from "@/lib/http/boundary";
import { noContent } from "@/lib/http/responses";
import { pushSubscriptionSchema, pushUnsubscribeSchema } from "@/lib/reminders/schemas";
import { pushSubscriptionService } from "@/lib/reminders/subscriptions";

export const dynamic = "force-dynamic";

export const POST = endpoint("api", async ({ request, userId, db, body }) => {
  await pushSubscriptionService(db, env().PUSH_TEST_ENDPOINTS).subscribe(userId, await body(pushSubscriptionSchema), request.headers.get("user-agent"));
  return noContent();
});

export const DELETE = endpoint("api", async ({ userId, db, body }) => {
  const { endpoint: url } = await body(pushUnsubscribeSchema);
  await pushSubscriptionService(db).unsubscribe(userId, url);
  return noContent();
});
