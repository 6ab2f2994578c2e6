import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { calendarFeeds, reminders, tasks, user } from "@/db/schema";
import { feedRule, type Series } from "@/lib/recurrence";
import { DEFAULT_TIMEZONE } from "@/lib/users/schemas";
import { buildCalendar, type CalendarEvent } from "./ics";

const hash = (token: string) => createHash("sha256").update(token).digest("base64url");
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{40,50}$/;

/** Where the feed of `token` is served; the token is the credential, so it is shown once. */
export const feedUrl = (origin: string, token: string) => `${origin}/api/v1/calendar/${token}.ics`;

/** A user's private calendar feed: made, rotated and revoked by its owner, read by its token. */
export function calendarFeedService(db: Db) {
  return {
    /** A new token (the old one stops working at once). */
    async rotate(userId: string): Promise<string> {
      const token = randomBytes(32).toString("base64url");
      await db
        .insert(calendarFeeds)
        .values({ userId, tokenHash: hash(token) })
        .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash: hash(token), createdAt: sql`now()` } });
      return token;
    },

    async revoke(userId: string): Promise<void> {
      await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
    },

    async exists(userId: string): Promise<{ created_at: string } | null> {
      const [row] = await db.select({ createdAt: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
      return row ? { created_at: row.createdAt.toISOString() } : null;
    },

    /** The owner of a token, or null for an unknown or revoked one. */
    async ownerOf(token: string): Promise<{ userId: string; tokenHash: string } | null> {
      if (!TOKEN_SHAPE.test(token)) return null;
      const [row] = await db.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.tokenHash, hash(token)));
      return row ? { userId: row.userId, tokenHash: hash(token) } : null;
    },

    /** The owner's dated tasks as iCalendar text: events with their repeat and alarms, in their zone. */
    async calendar(userId: string, origin: string, now = new Date()): Promise<string> {
      const [profile] = await db.select({ timezone: user.timezone }).from(user).where(eq(user.id, userId));
      const rows = await db
        .select({
          id: tasks.id,
          number: tasks.number,
          title: tasks.title,
          description: tasks.description,
          dueDate: tasks.dueDate,
          dueTime: tasks.dueTime,
          completed: tasks.completed,
          listId: tasks.listId,
          updatedAt: tasks.updatedAt,
          rule: tasks.recurrenceRule,
          anchor: tasks.recurrenceAnchor,
          start: tasks.recurrenceStart,
          reminders: sql<{ before_minutes: number | null; at: string | null }[]>`coalesce((select jsonb_agg(jsonb_build_object('before_minutes', r.before_minutes, 'at', r.at)) from ${reminders} r where r.task_id = "tasks"."id"), '[]'::jsonb)`,
        })
        .from(tasks)
        .where(and(eq(tasks.userId, userId), isNull(tasks.deletedAt), isNotNull(tasks.dueDate)))
        .limit(5000);
      const events: CalendarEvent[] = rows.map((t) => {
        const series: Series | null = t.rule && t.anchor && t.start ? { rule: t.rule, anchor: t.anchor, start: t.start } : null;
        const rule = series ? feedRule(series, t.dueDate!) : null;
        return {
          uid: `${t.id}@docket`,
          title: t.title,
          description: t.description,
          url: `${origin}/lists/${t.listId}?task=${t.number}&edit=1`,
          date: t.dueDate!,
          time: t.dueTime,
          ...(rule && { rule }),
          reminders: t.reminders.map((r) => (r.at ? { at: new Date(r.at) } : { beforeMinutes: r.before_minutes ?? 0 })),
          updatedAt: t.updatedAt,
          completed: t.completed,
        };
      });
      return buildCalendar({ name: "Docket", timezone: profile?.timezone ?? DEFAULT_TIMEZONE, now, events });
    },
  };
}
