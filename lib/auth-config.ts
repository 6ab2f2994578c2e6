import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import type { Env } from "@/lib/env";
import { log } from "@/lib/log";
import { formatWait, rateLimiter } from "@/lib/rate-limit";

/** The request header proxy.ts fills with the client IP it trusts (never a client's own value). */
export const CLIENT_IP_HEADER = "x-docket-client-ip";

const FAILED_SIGNIN_WINDOW_SECONDS = 15 * 60;

// Warnings that describe Docket's deliberate zero-config choices (DESIGN §1), not problems.
const EXPECTED = [/Base URL is not set/, /could not determine a client IP/];

/** Better Auth's messages as JSON log lines, like the rest of the app's. */
const authLogger = {
  level: "info" as const,
  log(level: "debug" | "info" | "warn" | "error", message: string, ...args: unknown[]) {
    const expected = EXPECTED.some((re) => re.test(message));
    const details = args.length ? { details: args.map((a) => (a instanceof Error ? a.message : a)) } : {};
    log[expected ? "debug" : level]({ component: "better-auth", ...details }, message);
  },
};

/** Better Auth for one database; framework-free so tests can build it against any driver. */
export function createAuth(db: Db, e: Env, secret: string | undefined) {
  const limiter = rateLimiter(db);
  const failedSignIns = (email: string) => ({
    key: `signin-fail:${email.trim().toLowerCase()}`,
    max: e.RATE_LIMIT_SIGNIN_FAILS_PER_15MIN,
    windowSeconds: FAILED_SIGNIN_WINDOW_SECONDS,
  });
  const emailOf = (body: unknown) => {
    const email = (body as { email?: unknown } | undefined)?.email;
    return typeof email === "string" && email.length <= 320 ? email : undefined;
  };

  return betterAuth({
    appName: "Docket",
    logger: authLogger,
    secret,
    baseURL: e.BETTER_AUTH_URL,
    database: drizzleAdapter(db, { provider: "pg", schema }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 120,
      customRules: {
        "/sign-up/email": { window: 60, max: e.RATE_LIMIT_SIGNUP_PER_MIN },
        // Guessing is limited per email below; this only caps bursts from one address.
        "/sign-in/email": { window: 60, max: Math.max(30, e.RATE_LIMIT_SIGNIN_FAILS_PER_15MIN * 6) },
        "/get-session": false,
      },
    },
    advanced: {
      // proxy.ts sets this header from X-Forwarded-For only when TRUST_PROXY=true;
      // otherwise it is absent and every client shares one bucket.
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = emailOf(ctx.body);
        if (!email) return;
        // Count the attempt before the password is checked: concurrent guesses each take a
        // number, so no more than the limit are ever checked. A successful sign-in clears it.
        const state = await limiter.hit(failedSignIns(email));
        if (!state.allowed) {
          throw new APIError(
            "TOO_MANY_REQUESTS",
            {
              code: "TOO_MANY_FAILED_SIGN_INS",
              message: `Too many failed sign-ins for this email. Try again in ${formatWait(state.retryAfterSeconds)}.`,
            },
            { "Retry-After": String(state.retryAfterSeconds) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = emailOf(ctx.body);
        if (!email) return;
        if (!isAPIError(ctx.context.returned)) await limiter.reset(failedSignIns(email).key);
      }),
    },
    plugins: [
      apiKey({
        defaultPrefix: "dk_",
        // Docket's own limiter (RATE_LIMIT_API_PER_MIN) applies; the plugin's 10-a-day default is off.
        rateLimit: { enabled: false },
        keyExpiration: { defaultExpiresIn: null, minExpiresIn: 1, maxExpiresIn: 365 },
        // Only Authorization: Bearer is read, by Docket's API routes (lib/api-keys.ts).
        apiKeyHeaders: [],
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
