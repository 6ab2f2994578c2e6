import { prepareDatabase } from "@/db";
import { env, EnvError } from "@/lib/env";
import type { Db } from "@/db/client";
import { log } from "@/lib/log";
import { runScheduler } from "@/lib/reminders/scheduler";
import { vapidKeys } from "@/lib/reminders/vapid";

/**
 * Validates the environment and migrates the database before the first request, so a
 * misconfigured deploy stops with a readable message instead of failing later.
 */
export async function startServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const started = Date.now();
  const handle = await prepareDatabase();
  log.info({ driver: handle.driver, latency_ms: Date.now() - started }, "database ready");
  startReminderTimer(handle.db);
}

/**
 * Reminders inside a long-running server (`npm start`): one scheduler pass every
 * REMINDERS_INTERVAL_SECONDS (0 turns it off; serverless hosts call /api/cron/reminders instead).
 * Passes never overlap here, and other instances' passes are safe to run beside it.
 */
function startReminderTimer(db: Db): void {
  const seconds = env().REMINDERS_INTERVAL_SECONDS;
  if (seconds === 0) return;
  const vapid = vapidKeys(env());
  if (!vapid) log.warn("push notifications are off: set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY (npx web-push generate-vapid-keys); reminders still appear in the app");
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runScheduler(db, { vapid })
      .then((run) => {
        if (run.delivered || run.missed || run.failed) log.info({ ...run }, "reminders sent");
      })
      .catch((error: unknown) => log.error({ err: error }, "reminder pass failed"))
      .finally(() => {
        running = false;
      });
  }, seconds * 1000);
  timer.unref();
}
