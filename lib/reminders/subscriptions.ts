import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isAllowedPushEndpoint } from "./push-endpoints";
import { pushSubscriptionSchema, type PushSubscriptionInput } from "./schemas";

/** The devices that get a user's notifications. */
export function pushSubscriptionService(db: Db, allowedTestEndpoints: string[] = []) {
  return {
    /** This device gets the user's notifications (a browser signed in by someone else moves to them). */
    async subscribe(userId: string, input: PushSubscriptionInput, userAgent: string | null): Promise<void> {
      const sub = pushSubscriptionSchema.parse(input);
      if (!isAllowedPushEndpoint(sub.endpoint, allowedTestEndpoints)) {
        throw new AppError("invalid_input", "That push endpoint isn't a browser's push service", { endpoint: "Not a browser push service" });
      }
      const values = { userId, endpoint: sub.endpoint, p256dh: sub.keys.p256dh, auth: sub.keys.auth, userAgent: userAgent?.slice(0, 300) ?? null };
      await db.insert(pushSubscriptions).values(values).onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values });
    },

    async unsubscribe(userId: string, endpoint: string): Promise<void> {
      await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)));
    },

    async count(userId: string): Promise<number> {
      return (await db.select({ id: pushSubscriptions.id }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId))).length;
    },
  };
}
