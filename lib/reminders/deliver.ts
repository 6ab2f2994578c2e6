import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { deliveries, notifications, pushSubscriptions } from "@/db/schema";
import { contentFor } from "./content";
import { MAX_ATTEMPTS, retryDelay } from "./fire-times";
import { sendPush } from "./push";
import type { VapidKeys } from "./vapid";

/** A delivery's lease: another instance may take it over once this has run out (a crash mid-way). */
const LEASE_MS = 2 * 60 * 1000;
const BATCH = 50;

type Claimed = typeof deliveries.$inferSelect;

export interface DeliverOptions {
  now: Date;
  vapid: VapidKeys | null;
}

/**
 * Claims the deliveries that are due (FOR UPDATE SKIP LOCKED under a lease, so two instances
 * never hold the same one) and delivers each: the in-app notification once, then Web Push to
 * every device it has not reached yet. Failures are retried with backoff; dead subscriptions go.
 */
export async function deliverDue(db: Db, options: DeliverOptions): Promise<{ delivered: number; retried: number; failed: number }> {
  const { now } = options;
  const claimed = (await db.execute(sql`
    update ${deliveries} set locked_until = ${new Date(now.getTime() + LEASE_MS).toISOString()}::timestamptz,
      attempts = case when ${deliveries.status} = 'pending' then ${deliveries.attempts} + 1 else ${deliveries.attempts} end
    where id in (
      select id from ${deliveries}
      where ((${deliveries.status} = 'pending' and ${deliveries.nextAttemptAt} <= ${now.toISOString()}::timestamptz)
          or (${deliveries.status} = 'missed' and ${deliveries.deliveredAt} is null))
        and (${deliveries.lockedUntil} is null or ${deliveries.lockedUntil} <= ${now.toISOString()}::timestamptz)
      order by ${deliveries.nextAttemptAt}
      limit ${BATCH}
      for update skip locked
    )
    returning *`)) as unknown as { rows: Record<string, unknown>[] };

  const tally = { delivered: 0, retried: 0, failed: 0 };
  for (const raw of claimed.rows) {
    const outcome = await deliverOne(db, toClaimed(raw), options);
    tally[outcome]++;
  }
  return tally;
}

function toClaimed(r: Record<string, unknown>): Claimed {
  return {
    id: r.id as string,
    userId: r.user_id as string,
    taskId: (r.task_id as string | null) ?? null,
    kind: r.kind as Claimed["kind"],
    dedupeKey: r.dedupe_key as string,
    fireAt: new Date(r.fire_at as string),
    status: r.status as Claimed["status"],
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(r.next_attempt_at as string),
    lockedUntil: r.locked_until ? new Date(r.locked_until as string) : null,
    sentTo: (r.sent_to as string[]) ?? [],
    lastError: (r.last_error as string | null) ?? null,
    deliveredAt: r.delivered_at ? new Date(r.delivered_at as string) : null,
    createdAt: new Date(r.created_at as string),
  };
}

async function deliverOne(db: Db, d: Claimed, { now, vapid }: DeliverOptions): Promise<"delivered" | "retried" | "failed"> {
  const finish = (set: Partial<Claimed>) => db.update(deliveries).set({ lockedUntil: null, ...set }).where(eq(deliveries.id, d.id));
  const content = await contentFor(db, d, now);
  // The task was done or deleted before its reminder came: nothing to say.
  if (!content) {
    await finish({ status: d.status === "missed" ? "missed" : "delivered", deliveredAt: now, lastError: "nothing to deliver" });
    return "delivered";
  }
  const missed = d.status === "missed";
  const [notification] = await db
    .insert(notifications)
    .values({ userId: d.userId, deliveryId: d.id, taskId: d.taskId, kind: d.kind, title: content.title, body: missed ? `Missed · ${content.body}` : content.body, missed })
    .onConflictDoNothing({ target: notifications.deliveryId })
    .returning({ id: notifications.id });
  if (missed) {
    await finish({ deliveredAt: now });
    return "delivered";
  }

  const sent = new Set(d.sentTo as string[]);
  const targets = vapid ? (await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, d.userId))).filter((s) => !sent.has(s.id)) : [];
  const notificationId = notification?.id ?? null;
  const payload = { ...content, notificationId, tag: content.taskNumber ? `task-${content.taskNumber}` : d.kind };
  const errors: string[] = [];
  const gone: string[] = [];
  for (const target of targets) {
    const result = await sendPush(target, payload, vapid!);
    if ("sent" in result) sent.add(target.id);
    else if ("gone" in result) gone.push(target.id);
    else if (result.retry) errors.push(result.failed);
  }
  if (gone.length) await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.userId, d.userId), inArray(pushSubscriptions.id, gone)));
  const reached = [...sent].filter((id) => !(d.sentTo as string[]).includes(id));
  if (reached.length) await db.update(pushSubscriptions).set({ lastSuccessAt: now }).where(inArray(pushSubscriptions.id, reached));

  if (errors.length === 0) {
    await finish({ status: "delivered", deliveredAt: now, sentTo: [...sent] });
    return "delivered";
  }
  if (d.attempts >= MAX_ATTEMPTS) {
    await finish({ status: "failed", sentTo: [...sent], lastError: errors[0]! });
    return "failed";
  }
  await finish({ nextAttemptAt: new Date(now.getTime() + retryDelay(d.attempts)), sentTo: [...sent], lastError: errors[0]! });
  return "retried";
}
