import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apikey } from "@/db/schema";

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

/**
 * The owner of a valid API key, or null for an unknown, disabled or expired one. Keys are created
 * and revoked through Better Auth's plugin; checking one here is a single indexed read, which
 * keeps every API request as cheap as the query it serves.
 */
export async function verifyApiKey(db: Db, key: string): Promise<KeyCaller | null> {
  if (!key.startsWith("dk_") || key.length > 200) return null;
  const [row] = await db
    .select({ id: apikey.id, userId: apikey.referenceId, enabled: apikey.enabled, expiresAt: apikey.expiresAt, lastRequest: apikey.lastRequest })
    .from(apikey)
    .where(eq(apikey.key, hashApiKey(key)))
    .limit(1);
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
