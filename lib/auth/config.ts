import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { Db } from "@/db/client";
import * as schema from "@/db/schema";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log, redactEmails } from "@/lib/log";
import { limitRules, rateLimiter } from "@/lib/rate-limit";
import { recomputeDueInstants } from "@/lib/users/service";
import { localeSchema, timezoneSchema } from "@/lib/users/schemas";
import { mailerFor, type Mailer } from "./mail";
import { passwordGuard } from "./password-guard";

/**
 * The verified client address, written by the /api/auth boundary after it drops any copy the
 * client sent (lib/http/auth-endpoint.ts). Better Auth records it on sessions; the limits use it.
 */
export const CLIENT_ADDRESS_HEADER = "x-docket-client-address";

// Warnings that describe Docket's deliberate zero-config choices, not problems.
const EXPECTED = [/Base URL is not set/, /could not determine a client IP/, /Rate limiting is disabled/i];

/** Better Auth's messages as JSON log lines, like the rest of the app's. */
const authLogger = {
  level: "info" as const,
  log(level: "debug" | "info" | "warn" | "error", message: string, ...args: unknown[]) {
    const expected = EXPECTED.some((re) => re.test(message));
    // Better Auth puts addresses in some messages ("Sign-up attempt for existing email: …").
    const details = args.length ? { details: args.map((a) => redactEmails(a instanceof Error ? a.message : JSON.stringify(a) ?? String(a))) } : {};
    log[expected ? "debug" : level]({ component: "better-auth", ...details }, redactEmails(message));
  },
};

const emailOf = (body: unknown) => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.length <= 320 ? email.trim().toLowerCase() : undefined;
};

/** Our AppError (a limit) as the APIError Better Auth answers with, Retry-After included. */
function asApiError(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== "rate_limited") return error;
  const code = "TOO_MANY_REQUESTS";
  return new APIError(code, { code: "TOO_MANY_ATTEMPTS", message: error.message }, { "Retry-After": String(error.retryAfterSeconds ?? 60) });
}

export const RESET_LINK_MINUTES = 60;

/** Where reset links point: BETTER_AUTH_URL; only outside production the request's own origin. */
function resetOrigin(e: Env, request: Request | undefined): string | null {
  if (e.BETTER_AUTH_URL) return new URL(e.BETTER_AUTH_URL).origin;
  if (e.NODE_ENV === "production" || !request) return null;
  return new URL(request.url).origin;
}

// Endpoints that check the current password of a signed-in user: each check counts as a sign-in.
const PASSWORD_CHECKS: Record<string, string> = { "/api-key/create": "password", "/change-password": "currentPassword" };

/** Better Auth for one database; framework-free so tests can build it against any driver. */
export function createAuth(db: Db, e: Env, secret: string | undefined, mailer: Mailer = mailerFor(e)) {
  const limiter = rateLimiter(db);
  const rules = limitRules(e);
  const guard = passwordGuard(db, e);
  const addressOf = (headers: Headers | undefined) => headers?.get(CLIENT_ADDRESS_HEADER) ?? null;

  return betterAuth({
    appName: "Docket",
    logger: authLogger,
    secret,
    baseURL: e.BETTER_AUTH_URL,
    database: drizzleAdapter(db, { provider: "pg", schema }),
    user: {
      // From the browser at sign-up; what "today" means for this user (see lib/users).
      additionalFields: {
        timezone: { type: "string", required: false, input: true, validator: { input: timezoneSchema } },
        locale: { type: "string", required: false, input: true, validator: { input: localeSchema } },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: RESET_LINK_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      // Never awaited: an answer that waits for the mail server would tell who has an account.
      sendResetPassword: async ({ user, token }, request) => {
        const origin = resetOrigin(e, request);
        if (!origin) {
          log.error("password reset link not sent: set BETTER_AUTH_URL, the address links in emails point to");
          return;
        }
        void mailer({
          to: user.email,
          subject: "Reset your Docket password",
          text: `Someone asked to reset the password of your Docket account. To choose a new one, open this link within ${RESET_LINK_MINUTES} minutes:\n\n${origin}/reset-password?token=${encodeURIComponent(token)}\n\nIf it wasn't you, ignore this email: your password stays as it is.`,
        }).catch((error: unknown) => log.error({ err: error }, "password reset email failed"));
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Docket's own limiter counts sign-ups and password checks (hooks below, rules in lib/rate-limit.ts),
    // keyed on an address the client cannot choose.
    rateLimit: { enabled: false },
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const address = addressOf(ctx.headers);
        try {
          if (ctx.path === "/sign-up/email") {
            // Without a known address every sign-up shares one bucket: only a bare `next start`
            // without TRUST_PROXY runs that way.
            await limiter.enforce(rules.signUp(address ?? "unknown"), "Too many sign-ups from your network.");
            return;
          }
          if (ctx.path === "/sign-in/email") {
            const email = emailOf(ctx.body);
            if (email) await guard.begin({ email, address });
            return;
          }
          if (ctx.path === "/request-password-reset") {
            const email = emailOf(ctx.body);
            if (address) await limiter.enforce(rules.passwordResetFromAddress(address), "Too many password reset requests from your network.");
            if (email) await limiter.enforce(rules.passwordResetForEmail(email), "Too many password reset requests for this email.");
            return;
          }
          const field = PASSWORD_CHECKS[ctx.path];
          if (field && ctx.request) {
            const session = await getSessionFromCtx(ctx);
            if (!session) return; // the endpoint itself answers 401
            const password = (ctx.body as Record<string, unknown> | undefined)?.[field];
            if (typeof password !== "string" || !password) {
              throw new APIError("BAD_REQUEST", { code: "PASSWORD_REQUIRED", message: "Enter your current password to confirm." });
            }
            if (ctx.path === "/change-password") {
              // Better Auth checks this one itself; the after hook gives the attempt back on success.
              await guard.begin({ email: session.user.email.toLowerCase(), address });
              return;
            }
            if (!(await guard.checkCurrentPassword(ctx.context, session.user, password, address))) {
              throw new APIError("BAD_REQUEST", { code: "INVALID_PASSWORD", message: "That password is not right." });
            }
          }
        } catch (error) {
          throw asApiError(error);
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (isAPIError(ctx.context.returned)) return;
        const address = addressOf(ctx.headers);
        if (ctx.path === "/sign-in/email") {
          const email = emailOf(ctx.body);
          if (email) await guard.succeeded({ email, address });
        }
        // A zone changed through Better Auth's own endpoint moves the due instants like PATCH /api/v1/me.
        const timezone = (ctx.body as { timezone?: unknown } | undefined)?.timezone;
        if (ctx.path === "/update-user" && typeof timezone === "string" && ctx.context.session) {
          await recomputeDueInstants(db, ctx.context.session.user.id, timezone);
        }
        if (ctx.path === "/change-password" && ctx.context.session) {
          await guard.succeeded({ email: ctx.context.session.user.email.toLowerCase(), address });
        }
      }),
    },
    plugins: [
      apiKey({
        defaultPrefix: "dk_",
        // Docket's own limiter (RATE_LIMIT_API_PER_MIN) applies; the plugin's 10-a-day default is off.
        rateLimit: { enabled: false },
        keyExpiration: { defaultExpiresIn: null, minExpiresIn: 1, maxExpiresIn: 365 },
        // Only Authorization: Bearer is read, by Docket's own key check (lib/auth/api-keys.ts).
        apiKeyHeaders: [],
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
