import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { currentUser } from "@/lib/auth";
import { AppError, parseInput, toAppError, type ErrorCode } from "@/lib/errors";
import { requestLog } from "@/lib/log";

export interface ActionError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export interface ActionContext {
  userId: string;
  db: Db;
}

/**
 * Every server action goes through here: session, input schema, error mapping. An action body
 * only calls lib/. Errors come back as values; database failures are logged, never shown.
 */
export function authedAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  run: (ctx: ActionContext, input: z.output<S>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const h = await headers();
    const started = Date.now();
    let log = requestLog({ request_id: h.get("x-request-id") ?? undefined });
    try {
      const user = await currentUser();
      if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again to continue.");
      log = log.child({ user_id: user.id });
      const data = await run({ userId: user.id, db: await getDb() }, parseInput(schema, input));
      log.info({ action: name, latency_ms: Date.now() - started }, "action");
      return { ok: true, data };
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "internal" || appError.code === "database_unavailable") {
        log.error({ action: name, err: error }, "action failed");
      }
      return { ok: false, error: { code: appError.code, message: appError.message, fields: appError.fields } };
    }
  };
}
