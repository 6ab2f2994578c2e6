import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reminders } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { ReminderRecord } from "./rows";

export type ReminderInput = { before_minutes: number } | { at: string };

/**
 * Replaces a task's reminders with `wanted`. Reminders before the due time need a due date; an
 * absolute one on a repeating task belongs to the occurrence due on `dueDate`.
 */
export async function replaceReminders(tx: Db, userId: string, taskId: string, wanted: ReminderInput[], dueDate: string | null, repeating: boolean): Promise<ReminderRecord[]> {
  if (dueDate === null && wanted.some((r) => "before_minutes" in r)) {
    const message = "A reminder before the due time needs a due date: set one, or remind at an exact time";
    throw new AppError("invalid_input", message, { reminders: message });
  }
  await tx.delete(reminders).where(and(eq(reminders.taskId, taskId), eq(reminders.userId, userId)));
  if (wanted.length === 0) return [];
  const rows = await tx
    .insert(reminders)
    .values(
      wanted.map((r) =>
        "at" in r
          ? { userId, taskId, at: new Date(r.at), occurrenceDate: repeating ? dueDate : null }
          : { userId, taskId, beforeMinutes: r.before_minutes },
      ),
    )
    .returning({ id: reminders.id, beforeMinutes: reminders.beforeMinutes, at: reminders.at });
  return rows.map((r) => ({ id: r.id, before_minutes: r.beforeMinutes, at: r.at?.toISOString() ?? null }));
}

/** An occurrence was completed or skipped: its absolute reminders are done with. */
export async function dropOccurrenceReminders(tx: Db, userId: string, taskId: string): Promise<void> {
  await tx.delete(reminders).where(and(eq(reminders.taskId, taskId), eq(reminders.userId, userId), isNotNull(reminders.occurrenceDate)));
}
