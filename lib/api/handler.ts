import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { currentUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError, parseInput } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { assertSameOrigin } from "@/lib/http/request";
import { rateLimiter } from "@/lib/rate-limit";

export interface ApiContext<P> {
  request: Request;
  requestId: string;
  userId: string;
  db: Db;
  params: P;
}

/**
 * Every /api/v1 route: authenticates (session cookie; API keys come with the settings page),
 * refuses cookie-authenticated writes from another site, counts the API limit, and turns every
 * error into the one JSON shape with its status.
 */
export function apiHandler<P = Record<string, never>>(run: (ctx: ApiContext<P>) => Promise<Response>) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    try {
      if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
      const user = await currentUser(request.headers);
      if (!user) throw new AppError("unauthorized", "Sign in to use the API");
      const db = await getDb();
      await rateLimiter(db).enforce(
        { key: `api:${user.id}`, max: env().RATE_LIMIT_API_PER_MIN, windowSeconds: 60 },
        "Too many API requests.",
      );
      return await run({ request, requestId, userId: user.id, db, params: await route.params });
    } catch (error) {
      return errorResponse(error, requestId);
    }
  };
}

export const json = (data: unknown, status = 200) => Response.json(data, { status, headers: { "Cache-Control": "no-store" } });
export const noContent = () => new Response(null, { status: 204 });

/** Parses the query string with a strict schema: unknown parameters are refused. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return parseInput(schema, Object.fromEntries(new URL(request.url).searchParams));
}
