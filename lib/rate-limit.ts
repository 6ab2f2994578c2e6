import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export interface LimitRule {
  /** What is counted, e.g. `chat:<userId>` or `signin:<email>:<address>`. */
  key: string;
  max: number;
  windowSeconds: number;
}

export interface LimitState {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

const MINUTE = 60;
const QUARTER_HOUR = 15 * 60;
const HOUR = 60 * 60;

/**
 * Every limit Docket applies, in one place. `subject` is whatever the rule counts per: a user,
 * an API key, an email and client address, a client address, a calendar token.
 */
export function limitRules(e: Pick<Env, "RATE_LIMIT_API_PER_MIN" | "RATE_LIMIT_CHAT_PER_MIN" | "RATE_LIMIT_SIGNUP_PER_MIN" | "RATE_LIMIT_SIGNIN_FAILS_PER_15MIN">) {
  return {
    /** API, MCP and server actions, per API key or per signed-in user. */
    api: (subject: string): LimitRule => ({ key: `api:${subject}`, max: e.RATE_LIMIT_API_PER_MIN, windowSeconds: MINUTE }),
    /** Assistant messages per user, on every chat surface. */
    chat: (userId: string): LimitRule => ({ key: `chat:${userId}`, max: e.RATE_LIMIT_CHAT_PER_MIN, windowSeconds: MINUTE }),
    signUp: (address: string): LimitRule => ({ key: `signup:${address}`, max: e.RATE_LIMIT_SIGNUP_PER_MIN, windowSeconds: MINUTE }),
    /** Password guesses for one account from one client: the owner elsewhere still gets in. */
    passwordFailures: (email: string, address: string): LimitRule => ({
      key: `signin:${email.trim().toLowerCase()}:${address}`,
      max: e.RATE_LIMIT_SIGNIN_FAILS_PER_15MIN,
      windowSeconds: QUARTER_HOUR,
    }),
    /** Password guesses from one client across every account. */
    passwordFailuresFromAddress: (address: string): LimitRule => ({
      key: `signin-address:${address}`,
      max: Math.max(30, e.RATE_LIMIT_SIGNIN_FAILS_PER_15MIN * 6),
      windowSeconds: QUARTER_HOUR,
    }),
    /** Requests with an API key that does not exist, per client address. */
    invalidApiKeys: (address: string): LimitRule => ({ key: `api-invalid:${address}`, max: 30, windowSeconds: MINUTE }),
    calendarFeed: (tokenId: string): LimitRule => ({ key: `calendar:${tokenId}`, max: 60, windowSeconds: MINUTE }),
    passwordResetForEmail: (email: string): LimitRule => ({ key: `reset:${email.trim().toLowerCase()}`, max: 3, windowSeconds: HOUR }),
    passwordResetFromAddress: (address: string): LimitRule => ({ key: `reset-address:${address}`, max: 10, windowSeconds: HOUR }),
  };
}

export type LimitRules = ReturnType<typeof limitRules>;

/**
 * One hit as a statement returning (count, window_start, now): a row lock makes concurrent hits
 * count exactly. `key` may be an SQL expression, so a caller can choose the bucket in the same
 * round trip as its own read (the API key check does).
 */
export function countHitSql(key: string | SQL, windowSeconds: number): SQL {
  const expired = sql`rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})`;
  return sql`insert into rate_limits (key, window_start, count) select ${key}, now(), 1
    on conflict (key) do update set
      count = case when ${expired} then 1 else rate_limits.count + 1 end,
      window_start = case when ${expired} then now() else rate_limits.window_start end
    returning count, window_start, now() as now`;
}

export interface HitRow {
  count: number;
  window_start: Date | string;
  now: Date | string;
}

export function limitState(rule: Pick<LimitRule, "max" | "windowSeconds">, row: HitRow): LimitState {
  const count = Number(row.count);
  const elapsedMs = new Date(row.now).getTime() - new Date(row.window_start).getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((rule.windowSeconds * 1000 - elapsedMs) / 1000));
  return { allowed: count <= rule.max, count, retryAfterSeconds };
}

export function limitExceeded(message: string, s: LimitState): AppError {
  return new AppError("rate_limited", `${message} Try again in ${formatWait(s.retryAfterSeconds)}.`, undefined, s.retryAfterSeconds);
}

// Counters whose windows ended a day ago are forgotten now and then, on whichever path counts.
const PRUNE_SHARE = 0.01;
export function pruneNowAndThen(db: Db): void {
  if (Math.random() >= PRUNE_SHARE) return;
  void db.delete(rateLimits).where(sql`${rateLimits.windowStart} < now() - interval '1 day'`).catch(() => {});
}

/**
 * Fixed-window counters kept in the database, so every instance shares them and a restart
 * forgets nothing.
 */
export function rateLimiter(db: Db) {
  return {
    /** Counts one hit; `allowed` is false once the count passes `max` within the window. */
    async hit(rule: LimitRule): Promise<LimitState> {
      pruneNowAndThen(db);
      const result = (await db.execute(countHitSql(rule.key, rule.windowSeconds))) as unknown as { rows: HitRow[] };
      return limitState(rule, result.rows[0]!);
    },

    /** Takes back one hit (an attempt that turned out not to count, such as a right password). */
    async unhit(key: string): Promise<void> {
      await db.update(rateLimits).set({ count: sql`greatest(${rateLimits.count} - 1, 0)` }).where(sql`${rateLimits.key} = ${key}`);
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
