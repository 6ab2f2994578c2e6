/**
 * The name of the unique constraint (or unique index) an error broke, or null when the error is
 * not a unique violation (SQLSTATE 23505). Drizzle wraps driver errors, and node-postgres, the
 * Neon driver and PGlite each carry the constraint on their own error object: walk the causes.
 */
export function brokenUniqueConstraint(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint, message } = e as { code?: unknown; constraint?: unknown; message?: unknown };
    if (code !== "23505") continue;
    if (typeof constraint === "string") return constraint;
    const named = typeof message === "string" ? /constraint "([^"]+)"/.exec(message) : null;
    return named?.[1] ?? "";
  }
  return null;
}
