import type { Db } from "@/db/client";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatWait, limitRules, rateLimiter } from "@/lib/rate-limit";

/** The part of Better Auth's context that checks a stored password. */
export interface PasswordContext {
  internalAdapter: { findCredentialAccount(userId: string): Promise<{ password?: string | null } | null> };
  password: { verify(input: { hash: string; password: string }): Promise<boolean> };
}

/** What a password check is counted as: an attempt for (email, client address) and for the address. */
export interface PasswordAttempt {
  email: string;
  /** The client address, or null when nothing trustworthy says it (then only the email's bucket counts). */
  address: string | null;
}

/**
 * Guards one password check. The attempt is counted BEFORE the password is checked, so guesses
 * sent all at once each take a number and no more than the limit are ever checked; a right
 * password then gives the attempt back. Keys are (email, address) and the address alone, so a
 * guesser elsewhere never locks the owner out.
 */
export function passwordGuard(db: Db, e: Env) {
  const limiter = rateLimiter(db);
  const rules = limitRules(e);
  const buckets = ({ email, address }: PasswordAttempt) => [
    rules.passwordFailures(email, address ?? "unknown"),
    ...(address ? [rules.passwordFailuresFromAddress(address)] : []),
  ];

  return {
    /** Counts the attempt; throws `rate_limited` (with the wait) when either bucket is full. */
    async begin(attempt: PasswordAttempt): Promise<void> {
      const states = await Promise.all(buckets(attempt).map((rule) => limiter.hit(rule)));
      const refused = states.filter((s) => !s.allowed);
      if (refused.length === 0) return;
      const wait = Math.max(...refused.map((s) => s.retryAfterSeconds));
      throw new AppError("rate_limited", `Too many failed sign-ins. Try again in ${formatWait(wait)}.`, undefined, wait);
    },

    /**
     * Checks a signed-in user's current password as a counted sign-in attempt (creating an API
     * key, deleting the account). Throws `rate_limited` when the buckets are full.
     */
    async checkCurrentPassword(auth: PasswordContext, user: { id: string; email: string }, password: string, address: string | null): Promise<boolean> {
      const attempt = { email: user.email.toLowerCase(), address };
      await this.begin(attempt);
      const account = await auth.internalAdapter.findCredentialAccount(user.id);
      const right = !!account?.password && (await auth.password.verify({ hash: account.password, password }));
      if (right) await this.succeeded(attempt);
      return right;
    },

    /** The password was right: this email's failures from this address are forgotten. */
    async succeeded(attempt: PasswordAttempt): Promise<void> {
      const [forEmail, forAddress] = buckets(attempt);
      await Promise.all([limiter.reset(forEmail!.key), forAddress && limiter.unhit(forAddress.key)]);
    },
  };
}

export type PasswordGuard = ReturnType<typeof passwordGuard>;
