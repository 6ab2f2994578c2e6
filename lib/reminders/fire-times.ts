import { dueInstant } from "@/lib/quick-add";

/** Reminders on an all-day task count back from this local time. */
export const ALL_DAY_REMINDER_TIME = "09:00";

/** A reminder that fired more than this long ago is shown as missed, never pushed late. */
export const MISSED_AFTER_MS = 60 * 60 * 1000;

/** How far back a scheduler catches up after downtime. */
export const CATCH_UP_MS = 7 * 24 * 60 * 60 * 1000;

export interface ReminderOccurrence {
  beforeMinutes: number | null;
  at: Date | null;
  dueDate: string | null;
  dueTime: string | null;
  dueAt: Date | null;
  timezone: string;
}

/** When a reminder fires for the task's current occurrence; null when it can't (no due date). */
export function fireTime(r: ReminderOccurrence): Date | null {
  if (r.at) return r.at;
  if (r.beforeMinutes === null || r.dueDate === null) return null;
  const base = r.dueAt ?? dueInstant({ date: r.dueDate, time: r.dueTime ?? ALL_DAY_REMINDER_TIME }, r.timezone);
  return base ? new Date(base.getTime() - r.beforeMinutes * 60_000) : null;
}

/** Retries after a push service failed: 30 s, 2 min, 10 min, 30 min, then the delivery gives up. */
const BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000];
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
export const retryDelay = (attempts: number) => BACKOFF_MS[Math.min(attempts - 1, BACKOFF_MS.length - 1)]!;
