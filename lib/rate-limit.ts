import { sql, type SQL } from "drizzle-orm";
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

/**
 * One hit as a statement returning (count, window_start, now): a row lock makes concurrent hits
 * count exactly. Exported so a caller can count in the same round trip as its own read.
 */
export function countHitSql(rule: LimitRule): SQL {
  const expired = sql`rate_limits.window_start <= now() - make_interval(secs => ${rule.windowSeconds})`;
  return sql`insert into rate_limits (key, window_start, count) values (${rule.key}, now(), 1)
    on conflict (key) do update set
      count = case when ${expired} then 1 else rate_limits.count + 1 end,
      window_start = case when ${expired} then now() else rate_limits.window_start end
    returning count, window_start, now() as now`;
}

interface HitRow {
  count: number;
  window_start: Date | string;
  now: Date | string;
}

export function limitState(rule: LimitRule, row: HitRow): LimitState {
  return state(rule, Number(row.count), row.window_start, row.now);
}

export function limitExceeded(message: string, s: LimitState): AppError {
  return new AppError("rate_limited", `${message} Try again in ${formatWait(s.retryAfterSeconds)}.`, undefined, s.retryAfterSeconds);
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
      const result = (await db.execute(countHitSql(rule))) as unknown as { rows: HitRow[] };
      return limitState(rule, result.rows[0]!);
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
      if (!s.allowed) throw limitExceeded(message, s);
    },
  };
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export type RateLimiter = ReturnType<typeof rateLimiter>;
