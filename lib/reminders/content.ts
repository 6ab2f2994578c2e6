import { and, asc, eq, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tasks, user } from "@/db/schema";
import { dueLabel, todayIn } from "@/lib/quick-add";
import { DEFAULT_TIMEZONE } from "@/lib/users/schemas";

/** What a notification says, in the app and on the device. */
export interface NotificationContent {
  title: string;
  body: string;
  /** Where a click leads. */
  url: string;
  /** The task it is about, for Done and Snooze (null for a summary or a test). */
  taskNumber: number | null;
}

type Kind = "reminder" | "snooze" | "summary" | "test";

/** The words of one delivery, or null when there is nothing left to say (its task is done or gone). */
export async function contentFor(db: Db, d: { userId: string; taskId: string | null; kind: Kind }, now: Date): Promise<NotificationContent | null> {
  const [profile] = await db.select({ timezone: user.timezone }).from(user).where(eq(user.id, d.userId));
  const timezone = profile?.timezone ?? DEFAULT_TIMEZONE;
  if (d.kind === "test") return { title: "Docket notifications work", body: "Reminders will arrive like this one.", url: "/settings", taskNumber: null };
  if (d.kind === "summary") return summary(db, d.userId, timezone, now);
  if (!d.taskId) return null;
  const [task] = await db
    .select({ number: tasks.number, title: tasks.title, dueDate: tasks.dueDate, dueTime: tasks.dueTime, completed: tasks.completed, deletedAt: tasks.deletedAt, listId: tasks.listId })
    .from(tasks)
    .where(and(eq(tasks.id, d.taskId), eq(tasks.userId, d.userId)));
  if (!task || task.completed || task.deletedAt) return null;
  const due = task.dueDate ? `Due ${dueLabel({ date: task.dueDate, time: task.dueTime }, { timezone, now })}` : "Reminder";
  return { title: task.title, body: d.kind === "snooze" ? `Snoozed reminder · ${due}` : due, url: `/lists/${task.listId}?task=${task.number}&edit=1`, taskNumber: task.number };
}

/** The morning summary: what is due today and what is overdue. */
async function summary(db: Db, userId: string, timezone: string, now: Date): Promise<NotificationContent | null> {
  const today = todayIn(timezone, now);
  const due = await db
    .select({ title: tasks.title, dueDate: tasks.dueDate })
    .from(tasks)
    .where(and(eq(tasks.userId, userId), isNull(tasks.deletedAt), eq(tasks.completed, false), isNotNull(tasks.dueDate), lte(tasks.dueDate, today)))
    .orderBy(asc(tasks.dueDate), sql`${tasks.dueTime} asc nulls first`, asc(tasks.number))
    .limit(50);
  const overdue = due.filter((t) => t.dueDate! < today).length;
  const dueToday = due.length - overdue;
  if (due.length === 0) return { title: "Nothing due today", body: "Enjoy the clear day.", url: "/today", taskNumber: null };
  const counts = [dueToday && `${dueToday} due today`, overdue && `${overdue} overdue`].filter(Boolean).join(", ");
  return { title: `Today: ${counts}`, body: due.slice(0, 5).map((t) => t.title).join(" · "), url: "/today", taskNumber: null };
}
