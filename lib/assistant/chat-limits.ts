import type { Db } from "@/db/client";
import { env } from "@/lib/env";
import { rateLimiter } from "@/lib/rate-limit";

/** Chat messages per user per minute (RATE_LIMIT_CHAT_PER_MIN), counted in the database. */
export function enforceChatLimit(db: Db, userId: string): Promise<void> {
  return rateLimiter(db).enforce(
    { key: `chat:${userId}`, max: env().RATE_LIMIT_CHAT_PER_MIN, windowSeconds: 60 },
    "You're sending messages faster than the assistant allows.",
  );
}
