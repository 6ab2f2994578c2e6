import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { bearerToken, hashApiKey, verifyApiKey } from "@/lib/api-keys";
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

export interface ApiCaller {
  userId: string;
  /** What the limit counts: the API key, or the user of a session. */
  limitKey: string;
}

const BEARER_CHALLENGE = { "WWW-Authenticate": 'Bearer realm="docket"' };

/**
 * The caller of an API request: `Authorization: Bearer <api key>`, or the session cookie — for
 * which a write from another site's page is refused (the cookie would be sent along).
 */
/** Counts one request against RATE_LIMIT_API_PER_MIN for this key or user. */
export function enforceApiLimit(db: Db, limitKey: string): Promise<void> {
  return rateLimiter(db).enforce({ key: limitKey, max: env().RATE_LIMIT_API_PER_MIN, windowSeconds: 60 }, "Too many API requests.");
}

/** The limiter's key for an API key: its stored hash, known before the key is looked up. */
export const apiKeyLimitKey = (token: string) => `api:key:${hashApiKey(token).slice(0, 22)}`;

/** Authenticates and counts the request; an API key's check and its count run side by side. */
export async function apiCaller(request: Request, db: Db): Promise<ApiCaller> {
  const token = bearerToken(request);
  if (token !== undefined) {
    const limitKey = apiKeyLimitKey(token);
    const [key] = await Promise.all([verifyApiKey(db, token), enforceApiLimit(db, limitKey)]);
    if (!key) throw new AppError("unauthorized", "The API key is invalid, revoked or expired. Create a new one in Settings.");
    return { userId: key.userId, limitKey };
  }
  if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
  const user = await currentUser(request.headers);
  if (!user) throw new AppError("unauthorized", "Sign in, or send an API key as Authorization: Bearer <key>");
  const limitKey = `api:user:${user.id}`;
  await enforceApiLimit(db, limitKey);
  return { userId: user.id, limitKey };
}

/**
 * Every /api/v1 route: authenticates (API key or session), refuses cookie-authenticated writes
 * from another site, counts the API limit, and turns every error into the one JSON shape.
 */
export function apiHandler<P = Record<string, never>>(run: (ctx: ApiContext<P>) => Promise<Response>) {
  return async (request: Request, route: { params: Promise<P> }): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    try {
      const db = await getDb();
      const caller = await apiCaller(request, db);
      return await run({ request, requestId, userId: caller.userId, db, params: await route.params });
    } catch (error) {
      const unauthorized = error instanceof AppError && error.code === "unauthorized";
      return errorResponse(error, requestId, unauthorized ? BEARER_CHALLENGE : {});
    }
  };
}

export const json = (data: unknown, status = 200) => Response.json(data, { status, headers: { "Cache-Control": "no-store" } });
export const noContent = () => new Response(null, { status: 204 });

/** Parses the query string with a strict schema: unknown parameters are refused. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return parseInput(schema, Object.fromEntries(new URL(request.url).searchParams));
}
