import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { tasks, user } from "@/db/schema";
import { AppError, parseInput } from "@/lib/errors";
import { dueInstant } from "@/lib/quick-add";
import { DEFAULT_LOCALE, DEFAULT_TIMEZONE, mePatchSchema, type Me } from "./schemas";

type MePatch = Parameters<typeof mePatchSchema.parse>[0];

/** The signed-in user's profile; every function takes the user id first. */
export function userService(db: Db) {
  const toMe = (row: { id: string; email: string; name: string; timezone: string | null; locale: string | null; morningSummaryTime: string | null }): Me => ({
    id: row.id,
    email: row.email,
    name: row.name,
    timezone: row.timezone ?? DEFAULT_TIMEZONE,
    locale: row.locale ?? DEFAULT_LOCALE,
    morning_summary_time: row.morningSummaryTime,
  });
  const columns = { id: user.id, email: user.email, name: user.name, timezone: user.timezone, locale: user.locale, morningSummaryTime: user.morningSummaryTime };

  return {
    async getMe(userId: string): Promise<Me> {
      const [row] = await db.select(columns).from(user).where(eq(user.id, userId));
      if (!row) throw new AppError("not_found", "Account not found");
      return toMe(row);
    },

    /**
     * Changes the profile. A new zone moves every timed task's instant so its wall-clock time
     * stays ("18:00" is still 18:00 where the user now is), in the same transaction.
     */
    async updateMe(userId: string, patch: MePatch): Promise<Me> {
      const data = parseInput(mePatchSchema, patch);
      return db.transaction(async (tx) => {
        const { morning_summary_time, ...rest } = data;
        const [row] = await tx
          .update(user)
          .set({ ...rest, ...(morning_summary_time !== undefined && { morningSummaryTime: morning_summary_time }), updatedAt: sql`now()` })
          .where(eq(user.id, userId))
          .returning(columns);
        if (!row) throw new AppError("not_found", "Account not found");
        if (data.timezone) await recomputeDueInstants(tx as unknown as Db, userId, data.timezone);
        return toMe(row);
      });
    },

    /** Sets the zone and locale the browser reports, only where the profile has none yet. */
    async adoptBrowserSettings(userId: string, settings: { timezone?: string; locale?: string }): Promise<void> {
      const data = parseInput(mePatchSchema, settings);
      await db.transaction(async (tx) => {
        const [row] = await tx.select({ timezone: user.timezone, locale: user.locale }).from(user).where(eq(user.id, userId)).for("update");
        if (!row) return;
        const set = { ...(!row.timezone && data.timezone && { timezone: data.timezone }), ...(!row.locale && data.locale && { locale: data.locale }) };
        if (Object.keys(set).length === 0) return;
        await tx.update(user).set(set).where(eq(user.id, userId));
        if (set.timezone) await recomputeDueInstants(tx as unknown as Db, userId, set.timezone);
      });
    },
  };
}

/** Every timed task's due instant, again, for the user's zone. */
export async function recomputeDueInstants(db: Db, userId: string, timezone: string): Promise<void> {
  const timed = await db
    .select({ number: tasks.number, date: tasks.dueDate, time: tasks.dueTime })
    .from(tasks)
    .where(and(eq(tasks.userId, userId), isNotNull(tasks.dueTime)));
  if (timed.length === 0) return;
  const numbers = timed.map((t) => t.number);
  const instants = timed.map((t) => dueInstant({ date: t.date!, time: t.time }, timezone)!.toISOString());
  await db.execute(sql`
    update ${tasks} set due_at = v.at
    from unnest(${`{${numbers.join(",")}}`}::int[], ${`{${instants.join(",")}}`}::timestamptz[]) as v(n, at)
    where ${tasks.userId} = ${userId} and ${tasks.number} = v.n`);
}
