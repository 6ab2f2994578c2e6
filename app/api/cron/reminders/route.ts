// GET, POST /api/cron/reminders — one pass of the reminder scheduler, for hosts without a long-running
// process (Vercel Cron sends GET). Needs Authorization: Bearer $CRON_SECRET.
import { timingSafeEqual } from "node:crypto";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { publicEndpoint } from "@/lib/http/boundary";
import { json } from "@/lib/http/responses";
import { runScheduler } from "@/lib/reminders/scheduler";
import { vapidKeys } from "@/lib/reminders/vapid";

export const dynamic = "force-dynamic";

function authorized(request: Request): boolean {
  const secret = env().CRON_SECRET;
  const given = request.headers.get("authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (!secret || !given || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

const run = publicEndpoint(async ({ request }) => {
  if (!authorized(request)) throw new AppError("unauthorized", "Send Authorization: Bearer <CRON_SECRET> (set CRON_SECRET to enable this route)");
  return json(await runScheduler(await getDb(), { vapid: vapidKeys(env()) }));
});

export { run as GET, run as POST };
