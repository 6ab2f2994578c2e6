import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { deliveries, tasks } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { snoozeSchema, SNOOZE_MAX_MINUTES } from "./schemas";

export { snoozeSchema, SNOOZE_MAX_MINUTES };

/** Reminds about a task again in `minutes`: a delivery of its own, whatever its other reminders do. */
export async function snoozeTask(db: Db, userId: string, taskNumber: number, minutes: number, now = new Date()): Promise<{ task_id: number; remind_at: string }> {
  const { minutes: m } = snoozeSchema.parse({ minutes });
  const [task] = await db
    .select({ id: tasks.id, number: tasks.number })
    .from(tasks)
    .where(and(eq(tasks.userId, userId), eq(tasks.number, taskNumber), isNull(tasks.deletedAt)));
  if (!task) throw new AppError("not_found", `Task ${taskNumber} not found`);
  const fireAt = new Date(now.getTime() + m * 60_000);
  await db.insert(deliveries).values({ userId, taskId: task.id, kind: "snooze", dedupeKey: `snooze:${randomUUID()}`, fireAt, nextAttemptAt: fireAt });
  return { task_id: task.number, remind_at: fireAt.toISOString() };
}
