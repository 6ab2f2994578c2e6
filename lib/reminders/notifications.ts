import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications, tasks } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ShownNotification } from "./schemas";

/** The notification list in the header; every function takes the user id first. */
export function notificationService(db: Db) {
  return {
    async list(userId: string, limit = 30): Promise<{ notifications: ShownNotification[]; unread: number }> {
      const rows = await db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          title: notifications.title,
          body: notifications.body,
          missed: notifications.missed,
          taskNumber: tasks.number,
          createdAt: notifications.createdAt,
          readAt: notifications.readAt,
        })
        .from(notifications)
        .leftJoin(tasks, and(eq(tasks.id, notifications.taskId), eq(tasks.userId, userId)))
        .where(eq(notifications.userId, userId))
        .orderBy(desc(notifications.createdAt))
        .limit(limit);
      const [unread] = await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return {
        notifications: rows.map((r) => ({
          id: r.id,
          kind: r.kind as ShownNotification["kind"],
          title: r.title,
          body: r.body,
          missed: r.missed,
          task_id: r.taskNumber,
          created_at: r.createdAt.toISOString(),
          read: r.readAt !== null,
        })),
        unread: unread?.n ?? 0,
      };
    },

    /** Marks one notification read, or every one when `id` is null. */
    async markRead(userId: string, id: string | null): Promise<void> {
      const where = id === null ? eq(notifications.userId, userId) : and(eq(notifications.userId, userId), eq(notifications.id, id));
      const rows = await db.update(notifications).set({ readAt: sql`coalesce(${notifications.readAt}, now())` }).where(where).returning({ id: notifications.id });
      if (id !== null && rows.length === 0) throw new AppError("not_found", "Notification not found");
    },
  };
}
