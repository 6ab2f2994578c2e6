import { isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { deliveries, user } from "@/db/schema";
import { dueInstant, todayIn } from "@/lib/quick-add";
import { DEFAULT_TIMEZONE } from "@/lib/users/schemas";
import { MISSED_AFTER_MS } from "./fire-times";

/**
 * Morning summaries whose local time has come today become deliveries, one per user and day (the
 * key makes a second instance's insert a no-op). More than an hour late, it is not sent at all.
 */
export async function materializeSummaries(db: Db, now: Date): Promise<number> {
  const users = await db.select({ id: user.id, timezone: user.timezone, time: user.morningSummaryTime }).from(user).where(isNotNull(user.morningSummaryTime));
  const rows = users.flatMap((u) => {
    const timezone = u.timezone ?? DEFAULT_TIMEZONE;
    const today = todayIn(timezone, now);
    const at = dueInstant({ date: today, time: u.time! }, timezone)!;
    const late = now.getTime() - at.getTime();
    if (late < 0 || late > MISSED_AFTER_MS) return [];
    return [{ userId: u.id, kind: "summary" as const, dedupeKey: `summary:${u.id}:${today}`, fireAt: at, nextAttemptAt: now }];
  });
  if (rows.length === 0) return 0;
  const created = await db.insert(deliveries).values(rows).onConflictDoNothing({ target: deliveries.dedupeKey }).returning({ id: deliveries.id });
  return created.length;
}
