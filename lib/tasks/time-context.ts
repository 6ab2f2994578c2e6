import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { user } from "@/db/schema";
import { DEFAULT_LOCALE, DEFAULT_TIMEZONE } from "@/lib/users/schemas";

/** What dates mean for one request: the user's profile zone and locale, and now. */
export interface TimeContext {
  /** The profile zone: floating due dates and times are instants in it. */
  timezone: string;
  locale: string;
  now: Date;
  /** The zone words like "today" are read in for this request (a chat turn's own); default the profile zone. */
  wordsTimezone?: string;
}

/** The user's zone and locale as stored, with the defaults for a profile that has none yet. */
export async function loadTimeProfile(db: Db, userId: string): Promise<{ timezone: string; locale: string }> {
  const [row] = await db.select({ timezone: user.timezone, locale: user.locale }).from(user).where(eq(user.id, userId));
  return { timezone: row?.timezone ?? DEFAULT_TIMEZONE, locale: row?.locale ?? DEFAULT_LOCALE };
}
