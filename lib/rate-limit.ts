import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { AppError } from "@/lib/errors";

export interface LimitRule {
  /** What is counted, e.g. `chat:<userId>` or `signin-fail:<email>`. */
  key: string;
  max: number;
  windowSeconds: number;
}

export interface LimitState {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

function state(rule: LimitRule, count: number, windowStart: Date | string, now: Date | string): LimitState {
  const start = new Date(windowStart).getTime();
  const elapsedMs = new Date(now).getTime() - start;
  const retryAfterSeconds = Math.max(1, Math.ceil((rule.windowSeconds * 1000 - elapsedMs) / 1000));
  return { allowed: count <= rule.max, count, retryAfterSeconds };
}

/**
 * Fixed-window counters kept in the database, so every instance shares them and a restart
 * forgets nothing. One upsert per hit: the row lock makes concurrent hits count exactly.
 */
export function rateLimiter(db: Db) {
  const expired = (windowSeconds: number) =>
    sql`${rateLimits.windowStart} <= now() - make_interval(secs => ${windowSeconds})`;

  return {
    /** Counts one hit; `allowed` is false once the count passes `max` within the window. */
    async hit(rule: LimitRule): Promise<LimitState> {
      // Now and then, forget counters whose windows ended long ago, so the table stays small.
      if (Math.random() < 0.01) {
        void db.delete(rateLimits).where(sql`${rateLimits.windowStart} < now() - interval '1 day'`).catch(() => {});
      }
      const [row] = await db
        .insert(rateLimits)
        .values({ key: rule.key, windowStart: sql`now()`, count: 1 })
        .onConflictDoUpdate({
          target: rateLimits.key,
          set: {
            count: sql`case when ${expired(rule.windowSeconds)} then 1 else ${rateLimits.count} + 1 end`,
            windowStart: sql`case when ${expired(rule.windowSeconds)} then now() else ${rateLimits.windowStart} end`,
          },
        })
        .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart, now: sql<string>`now()` });
      return state(rule, row!.count, row!.windowStart, row!.now);
    },

    /** Reads the count without adding to it; `allowed` is false once `max` hits are used up. */
    async peek(rule: LimitRule): Promise<LimitState> {
      const [row] = await db
        .select({ count: rateLimits.count, windowStart: rateLimits.windowStart, now: sql<string>`now()` })
        .from(rateLimits)
        .where(sql`${rateLimits.key} = ${rule.key} and not ${expired(rule.windowSeconds)}`);
      if (!row) return { allowed: true, count: 0, retryAfterSeconds: 0 };
      const s = state(rule, row.count, row.windowStart, row.now);
      return { ...s, allowed: row.count < rule.max };
    },

    async reset(key: string): Promise<void> {
      await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
    },

    /** Counts a hit and throws `rate_limited` (with Retry-After) when the limit is passed. */
    async enforce(rule: LimitRule, message = "Too many requests."): Promise<void> {
      const s = await this.hit(rule);
      if (!s.allowed) {
        throw new AppError("rate_limited", `${message} Try again in ${formatWait(s.retryAfterSeconds)}.`, undefined, s.retryAfterSeconds);
      }
    },
  };
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export type RateLimiter = ReturnType<typeof rateLimiter>;
