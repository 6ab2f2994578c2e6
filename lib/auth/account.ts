import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { user } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** The typed confirmation must be the account's email (any letter case). */
export function assertTypedEmail(accountEmail: string, typedEmail: string): void {
  if (typedEmail.trim().toLowerCase() !== accountEmail.toLowerCase()) {
    throw new AppError("invalid_input", "Type your account's email exactly to confirm", { email: "This is not your account's email" });
  }
}

/**
 * Deletes a user and, through the schema's cascades, everything that is theirs: tasks and their
 * counter, conversations and messages, sessions, accounts and API keys.
 */
export async function deleteAccount(db: Db, userId: string): Promise<void> {
  const deleted = await db.delete(user).where(eq(user.id, userId)).returning({ id: user.id });
  if (deleted.length === 0) throw new AppError("not_found", "Account not found");
}
