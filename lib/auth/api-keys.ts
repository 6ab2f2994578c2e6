import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apikey } from "@/db/schema";
import { countHitSql, limitState, pruneNowAndThen, type LimitRule, type LimitState } from "@/lib/rate-limit";

/** The token of an `Authorization: Bearer <token>` header; undefined when there is none. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get("authorization");
  if (!header) return undefined;
  const match = header.match(/^Bearer\s+(.+)$/i);
  return match ? match[1]!.trim() : "";
}

export interface KeyCaller {
  userId: string;
  keyId: string;
  /** The owner's profile zone and locale, read in the same statement (null until set). */
  timezone?: string | null;
  locale?: string | null;
}

/** How the API key plugin stores a key: SHA-256, base64url without padding. */
export const hashApiKey = (key: string) => createHash("sha256").update(key).digest("base64url");

// "Last used" is shown by the day; writing it at most once a minute keeps reads read-only.
const LAST_USED_RESOLUTION_MS = 60_000;

interface KeyRow {
  id: string;
  userId: string;
  enabled: boolean | null;
  expiresAt: Date | null;
  lastRequest: Date | null;
}

const looksLikeKey = (key: string) => key.startsWith("dk_") && key.length <= 200;

/**
 * Checks an API key and counts the request in one round trip, the hot path of every keyed API and
 * MCP request. A real key is counted against its own limit (`keyLimit`, keyed by the key's id); a
 * made-up one against its client address (`invalidLimit`), so unknown keys add no rows and a
 * client guessing keys is throttled.
 */
export async function verifyApiKeyAndCount(
  db: Db,
  key: string,
  keyLimit: LimitRule,
  invalidLimit: LimitRule,
): Promise<{ caller: KeyCaller | null; limit: LimitState }> {
  const hash = looksLikeKey(key) ? hashApiKey(key) : "";
  pruneNowAndThen(db);
  // Both rules count per minute, so one window length serves whichever bucket the key picks.
  const bucket = sql`coalesce((select ${keyLimit.key} || ':' || k.id from k), ${invalidLimit.key})`;
  const result = (await db.execute(sql`
    with k as (select id, reference_id, enabled, expires_at, last_request from apikey where key = ${hash} limit 1),
    hit as (${countHitSql(bucket, keyLimit.windowSeconds)})
    select hit.count, hit.window_start, hit.now, k.id, k.reference_id, k.enabled, k.expires_at, k.last_request, u.timezone, u.locale
    from hit left join k on true left join "user" u on u.id = k.reference_id`)) as unknown as {
    rows: { count: number; window_start: Date | string; now: Date | string; id: string | null; reference_id: string; enabled: boolean | null; expires_at: Date | string | null; last_request: Date | string | null; timezone: string | null; locale: string | null }[];
  };
  const r = result.rows[0]!;
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  const row = r.id ? { id: r.id, userId: r.reference_id, enabled: r.enabled, expiresAt: date(r.expires_at), lastRequest: date(r.last_request) } : undefined;
  const caller = await acceptKey(db, row);
  return { caller: caller && { ...caller, timezone: r.timezone, locale: r.locale }, limit: limitState(row ? keyLimit : invalidLimit, r) };
}

async function acceptKey(db: Db, row: KeyRow | undefined): Promise<KeyCaller | null> {
  if (!row || row.enabled === false) return null;
  const now = Date.now();
  if (row.expiresAt && row.expiresAt.getTime() <= now) {
    await db.delete(apikey).where(eq(apikey.id, row.id));
    return null;
  }
  if (!row.lastRequest || now - row.lastRequest.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(apikey).set({ lastRequest: sql`now()` }).where(eq(apikey.id, row.id));
  }
  return { userId: row.userId, keyId: row.id };
}
