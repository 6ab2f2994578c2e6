import type { Db } from "@/db/client";
import { deliverDue } from "./deliver";
import { materializeReminders } from "./materialize";
import { materializeSummaries } from "./summaries";
import type { VapidKeys } from "./vapid";

export interface SchedulerRun {
  reminders: number;
  summaries: number;
  missed: number;
  delivered: number;
  retried: number;
  failed: number;
}

/**
 * One pass of the reminder scheduler: due reminders and morning summaries become deliveries (each
 * once, however many instances run), then due deliveries go out. Stateless: everything it knows
 * is in the database, so `npm start`'s timer, several instances and a cron call can all run it.
 */
export async function runScheduler(db: Db, options: { now?: Date; vapid: VapidKeys | null }): Promise<SchedulerRun> {
  const now = options.now ?? new Date();
  const reminders = await materializeReminders(db, now);
  const summaries = await materializeSummaries(db, now);
  const sent = await deliverDue(db, { now, vapid: options.vapid });
  return { reminders: reminders.due, summaries, missed: reminders.missed, ...sent };
}
