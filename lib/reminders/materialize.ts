import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { deliveries } from "@/db/schema";
import { todayIn } from "@/lib/quick-add";
import { DEFAULT_TIMEZONE } from "@/lib/users/schemas";
import { CATCH_UP_MS, fireTime, MISSED_AFTER_MS } from "./fire-times";

interface Candidate {
  reminder_id: string;
  user_id: string;
  task_id: string;
  before_minutes: number | null;
  at: Date | string | null;
  due_date: string | Date | null;
  due_time: string | null;
  due_at: Date | string | null;
  timezone: string | null;
}

const dateText = (v: string | Date | null) => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const instant = (v: Date | string | null) => (v === null ? null : new Date(v));

/**
 * Turns the reminders whose time has come into deliveries. A delivery's key names the reminder, the
 * occurrence and the moment, so the insert itself is the claim: however many instances run this at
 * once, each reminder occurrence becomes one row. One fired more than an hour ago (the server was
 * down) becomes a missed one, shown but never pushed late.
 */
export async function materializeReminders(db: Db, now: Date): Promise<{ due: number; missed: number }> {
  const since = new Date(now.getTime() - CATCH_UP_MS);
  // Before-the-due reminders reach at most 4 weeks back from the due date; all-day ones count from 09:00.
  const result = (await db.execute(sql`
    select r.id as reminder_id, r.user_id, r.task_id, r.before_minutes, r.at, t.due_date, t.due_time, t.due_at, u.timezone
    from reminders r
    join tasks t on t.id = r.task_id and t.user_id = r.user_id
    join "user" u on u.id = r.user_id
    where t.deleted_at is null and not t.completed
      and (
        (r.before_minutes is not null and t.due_date between ${todayIn("UTC", since)}::date - 1 and ${todayIn("UTC", now)}::date + 30)
        or (r.at is not null and r.at > ${since.toISOString()}::timestamptz and r.at <= ${now.toISOString()}::timestamptz
            and (r.occurrence_date is null or r.occurrence_date = t.due_date))
      )`)) as unknown as { rows: Candidate[] };

  const rows = result.rows
    .map((c) => ({
      c,
      fireAt: fireTime({
        beforeMinutes: c.before_minutes,
        at: instant(c.at),
        dueDate: dateText(c.due_date),
        dueTime: c.due_time,
        dueAt: instant(c.due_at),
        timezone: c.timezone ?? DEFAULT_TIMEZONE,
      }),
    }))
    .filter((x): x is { c: Candidate; fireAt: Date } => x.fireAt !== null && x.fireAt <= now && x.fireAt > since)
    .map(({ c, fireAt }) => {
      const missed = now.getTime() - fireAt.getTime() > MISSED_AFTER_MS;
      return {
        userId: c.user_id,
        taskId: c.task_id,
        kind: "reminder" as const,
        dedupeKey: `reminder:${c.reminder_id}:${dateText(c.due_date) ?? "none"}:${fireAt.toISOString()}`,
        fireAt,
        status: missed ? ("missed" as const) : ("pending" as const),
        nextAttemptAt: now,
      };
    });
  if (rows.length === 0) return { due: 0, missed: 0 };
  const created = await db.insert(deliveries).values(rows).onConflictDoNothing({ target: deliveries.dedupeKey }).returning({ status: deliveries.status });
  return { due: created.filter((r) => r.status === "pending").length, missed: created.filter((r) => r.status === "missed").length };
}
