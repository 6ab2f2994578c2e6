import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apikey } from "@/db/schema";
import { countHitSql, limitState, type LimitRule, type LimitState } from "@/lib/rate-limit";

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
 * The owner of a valid API key, or null for an unknown, disabled or expired one. Keys are created
 * and revoked through Better Auth's plugin; checking one here is a single indexed read.
 */
export async function verifyApiKey(db: Db, key: string): Promise<KeyCaller | null> {
  if (!looksLikeKey(key)) return null;
  const [row] = await db
    .select({ id: apikey.id, userId: apikey.referenceId, enabled: apikey.enabled, expiresAt: apikey.expiresAt, lastRequest: apikey.lastRequest })
    .from(apikey)
    .where(eq(apikey.key, hashApiKey(key)))
    .limit(1);
  return acceptKey(db, row);
}

/**
 * Counts a request against `limit` and checks its API key in one round trip, the hot path of
 * every keyed API and MCP request.
 */
export async function verifyApiKeyAndCount(db: Db, key: string, limit: LimitRule): Promise<{ caller: KeyCaller | null; limit: LimitState }> {
  const hash = looksLikeKey(key) ? hashApiKey(key) : "";
  const result = (await db.execute(sql`
    with hit as (${countHitSql(limit)})
    select hit.count, hit.window_start, hit.now, k.id, k.reference_id, k.enabled, k.expires_at, k.last_request
    from hit left join apikey k on k.key = ${hash}`)) as unknown as {
    rows: { count: number; window_start: Date | string; now: Date | string; id: string | null; reference_id: string; enabled: boolean | null; expires_at: Date | string | null; last_request: Date | string | null }[];
  };
  const r = result.rows[0]!;
  const date = (v: Date | string | null) => (v === null ? null : new Date(v));
  const row = r.id ? { id: r.id, userId: r.reference_id, enabled: r.enabled, expiresAt: date(r.expires_at), lastRequest: date(r.last_request) } : undefined;
  return { caller: await acceptKey(db, row), limit: limitState(limit, r) };
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
