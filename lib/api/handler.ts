import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { bearerToken, hashApiKey, verifyApiKeyAndCount } from "@/lib/api-keys";
import { currentUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError, parseInput } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { assertSameOrigin } from "@/lib/http/request";
import { limitExceeded, rateLimiter } from "@/lib/rate-limit";

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
const LIMIT_MESSAGE = "Too many API requests.";
const apiLimit = (key: string) => ({ key, max: env().RATE_LIMIT_API_PER_MIN, windowSeconds: 60 });

/** Counts one request against RATE_LIMIT_API_PER_MIN for this key or user. */
export function enforceApiLimit(db: Db, limitKey: string): Promise<void> {
  return rateLimiter(db).enforce(apiLimit(limitKey), LIMIT_MESSAGE);
}

/** The limiter's key for an API key: its stored hash, known before the key is looked up. */
const apiKeyLimitKey = (token: string) => `api:key:${hashApiKey(token).slice(0, 22)}`;

/** An API key's owner, with the request counted against the key's limit (one round trip). */
export async function keyCaller(db: Db, token: string): Promise<ApiCaller> {
  const limitKey = apiKeyLimitKey(token);
  const { caller, limit } = await verifyApiKeyAndCount(db, token, apiLimit(limitKey));
  if (!caller) throw new AppError("unauthorized", "The API key is invalid, revoked or expired. Create a new one in Settings.");
  if (!limit.allowed) throw limitExceeded(LIMIT_MESSAGE, limit);
  return { userId: caller.userId, limitKey };
}

/** Authenticates the request (API key or session) and counts it against the API limit. */
export async function apiCaller(request: Request, db: Db): Promise<ApiCaller> {
  const token = bearerToken(request);
  if (token !== undefined) return keyCaller(db, token);
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
