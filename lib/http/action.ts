import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError, parseInput, toAppError, type ErrorCode } from "@/lib/errors";
import { log } from "@/lib/log";
import { newRequestId } from "./boundary";
import { countUserApiRequest } from "./caller";
import { clientAddress } from "./client-address";

export interface ActionError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export interface ActionContext {
  userId: string;
  email: string;
  db: Db;
  address: string | null;
}

/** Next refuses a cross-site action itself; this holds the same rule when BETTER_AUTH_URL names the site. */
function assertSameSite(h: Headers): void {
  const origin = h.get("origin");
  if (!origin) return;
  const expected = env().BETTER_AUTH_URL ? new URL(env().BETTER_AUTH_URL!).host : h.get("host");
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    // an unparseable Origin is as foreign as any other
  }
  if (host !== expected) throw new AppError("forbidden_origin", "Requests from another site are not allowed");
}

/**
 * Every server action goes through here, the boundary for actions: a server-made request id,
 * the session, the origin rule, the API limit per user, the input schema, errors as values
 * (database failures are logged, never shown). Next caps the body (next.config.ts).
 */
export function authedAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (ctx: ActionContext, input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const h = await headers();
    const started = Date.now();
    const requestId = newRequestId();
    let actionLog = log.child({ request_id: requestId });
    try {
      assertSameSite(h);
      const user = await currentUser();
      if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again to continue.");
      actionLog = actionLog.child({ user_id: user.id });
      const db = await getDb();
      await countUserApiRequest(db, user.id);
      const data = await run({ userId: user.id, email: user.email, db, address: clientAddress(h) }, parseInput(schema, input));
      actionLog.info({ action: name, latency_ms: Date.now() - started }, "action");
      return { ok: true, data };
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "internal" || appError.code === "database_unavailable") {
        actionLog.error({ action: name, err: error }, "action failed");
      }
      return { ok: false, error: { code: appError.code, message: appError.message, fields: appError.fields } };
    }
  };
}
