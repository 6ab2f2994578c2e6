import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { user } from "@/db/schema";
import { AppError } from "@/lib/errors";

/**
 * Deletes a user and, through the schema's cascades, everything that is theirs: tasks and their
 * counter, conversations and messages, sessions, accounts and API keys. The typed email must match.
 */
export async function deleteAccount(db: Db, userId: string, typedEmail: string): Promise<void> {
  const [row] = await db.select({ email: user.email }).from(user).where(eq(user.id, userId));
  if (!row) throw new AppError("not_found", "Account not found");
  if (typedEmail.trim().toLowerCase() !== row.email.toLowerCase()) {
    throw new AppError("invalid_input", "Type your account's email exactly to confirm", { email: "This is not your account's email" });
  }
  await db.delete(user).where(eq(user.id, userId));
}
