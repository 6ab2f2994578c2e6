import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { deliveries } from "@/db/schema";
import { deliverDue } from "./deliver";
import type { VapidKeys } from "./vapid";

/** "Send a test notification": one delivery to every device the user enabled, right now. */
export async function sendTestNotification(db: Db, userId: string, vapid: VapidKeys | null): Promise<void> {
  const now = new Date();
  await db.insert(deliveries).values({ userId, kind: "test", dedupeKey: `test:${randomUUID()}`, fireAt: now, nextAttemptAt: now });
  await deliverDue(db, { now, vapid });
}
