import "server-only";
import type { Db } from "@/db/client";
import { bearerToken, verifyApiKeyAndCount } from "@/lib/auth/api-keys";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { limitExceeded, limitRules, rateLimiter } from "@/lib/rate-limit";

/** Who is calling, and what their requests count against. */
export interface Caller {
  userId: string;
  via: "session" | "key";
  keyId?: string;
  /** The profile zone and locale when known already (null: not set yet; services read defaults). */
  timezone?: string | null;
  locale?: string | null;
}

export const API_LIMIT_MESSAGE = "Too many API requests.";
export const CHAT_LIMIT_MESSAGE = "You're sending messages faster than the assistant allows.";
const INVALID_KEY_LIMIT_MESSAGE = "Too many requests with an unknown API key.";

export const noKey = () => new AppError("unauthorized", "Send an API key as Authorization: Bearer <key> (create one in Settings)");
const badKey = () => new AppError("unauthorized", "The API key is invalid, revoked or expired. Create a new one in Settings.");

/** An API key's owner, the request counted against the key (or, for a made-up key, the address). */
export async function keyCaller(db: Db, token: string, address: string | null): Promise<Caller> {
  const rules = limitRules(env());
  const { caller, limit } = await verifyApiKeyAndCount(db, token, rules.api("key"), rules.invalidApiKeys(address ?? "unknown"));
  if (!caller) {
    if (!limit.allowed) throw limitExceeded(INVALID_KEY_LIMIT_MESSAGE, limit);
    throw badKey();
  }
  if (!limit.allowed) throw limitExceeded(API_LIMIT_MESSAGE, limit);
  return { userId: caller.userId, via: "key", keyId: caller.keyId, timezone: caller.timezone, locale: caller.locale };
}

/** The signed-in user of a request's session cookie, or null. */
export async function sessionCaller(request: Request): Promise<Caller | null> {
  const user = await currentUser(request.headers);
  return user ? { userId: user.id, via: "session", timezone: user.timezone, locale: user.locale } : null;
}

/** Counts one API request (API, MCP, server actions) for a signed-in user. */
export function countUserApiRequest(db: Db, userId: string): Promise<void> {
  return rateLimiter(db).enforce(limitRules(env()).api(`user:${userId}`), API_LIMIT_MESSAGE);
}

/** Counts one assistant message for a user, whichever surface it came from. */
export function countChatMessage(db: Db, userId: string): Promise<void> {
  return rateLimiter(db).enforce(limitRules(env()).chat(userId), CHAT_LIMIT_MESSAGE);
}

export { bearerToken };
