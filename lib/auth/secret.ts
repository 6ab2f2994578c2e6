import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "@/lib/env";

/**
 * The Better Auth secret: BETTER_AUTH_SECRET when set; in embedded (PGlite) mode, one generated
 * on first start and kept beside the data so sessions survive restarts.
 */
export function authSecret(e: Env): string | undefined {
  if (e.BETTER_AUTH_SECRET) return e.BETTER_AUTH_SECRET;
  if (e.DATABASE_URL) return undefined; // development against a server: Better Auth's dev default
  const file = path.resolve(e.DATA_DIR, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // "wx": if another process wrote it first, read theirs instead of overwriting.
    try {
      writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim();
    }
  }
}
