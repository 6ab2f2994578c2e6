import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db/client";
import { AppError, parseInput } from "@/lib/errors";
import { log, type Logger } from "@/lib/log";
import { DEFAULT_LOCALE, DEFAULT_TIMEZONE } from "@/lib/users/schemas";
import { BODY_LIMITS, parseJsonBody, readBody } from "./body";
import { bearerToken, countChatMessage, countUserApiRequest, keyCaller, noKey, sessionCaller, type Caller } from "./caller";
import { clientAddress } from "./client-address";
import { errorResponse } from "./errors";
import { assertMcpOrigin, assertSameOrigin } from "./origin";

/**
 * The kinds of entry point and what each accepts:
 * - api: /api/v1 — an API key, or the session cookie (then a write from another site is refused);
 *   counted against the API limit.
 * - chat: /api/chat — the browser's session only, same origin always; counted against the chat limit.
 * - mcp: /api/mcp — an API key only; MCP's origin rule; counted against the API limit.
 * - public: no caller (health, the calendar feed with its token in the URL).
 */
export type EndpointKind = "api" | "chat" | "mcp" | "public";

const BODY_LIMIT: Record<EndpointKind, number> = { api: BODY_LIMITS.api, chat: BODY_LIMITS.chat, mcp: BODY_LIMITS.api, public: BODY_LIMITS.api };
const BEARER_CHALLENGE = { "WWW-Authenticate": 'Bearer realm="docket"' };

/** What every handler gets: a server-made request id, the client address, the body under its cap. */
export interface RequestContext<P> {
  request: Request;
  requestId: string;
  /** The client's address as the limits see it; null when nothing trustworthy says it. */
  address: string | null;
  params: P;
  log: Logger;
  /** The body as text, read once, at most the endpoint's limit. */
  text(): Promise<string>;
  /** The JSON body parsed with `schema` (strict schemas refuse unknown fields). */
  body<S extends z.ZodType>(schema: S): Promise<z.output<S>>;
  /** The query string parsed with `schema`. */
  query<S extends z.ZodType>(schema: S): z.output<S>;
}

export interface CallerContext<P> extends RequestContext<P> {
  db: Db;
  caller: Caller;
  userId: string;
  /** The caller's profile zone and locale with defaults, for services that read dates. */
  time: { timezone: string; locale: string };
}

type RouteHandler<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

/** A request id of our own; a client's X-Request-Id is only ever logged beside it. */
export const newRequestId = () => crypto.randomUUID();

function requestContext<P>(request: Request, kind: EndpointKind, params: P): RequestContext<P> {
  const requestId = newRequestId();
  const clientRequestId = request.headers.get("x-request-id")?.slice(0, 100);
  let body: Promise<string> | undefined;
  const text = () => (body ??= readBody(request, BODY_LIMIT[kind]));
  return {
    request,
    requestId,
    address: clientAddress(request.headers),
    params,
    log: log.child({ request_id: requestId, ...(clientRequestId && { client_request_id: clientRequestId }) }),
    text,
    body: async (schema) => parseJsonBody(await text(), schema),
    query: (schema) => parseInput(schema, Object.fromEntries(new URL(request.url).searchParams)),
  };
}

/** Who is calling, by the rules of the endpoint's kind, with the request counted. */
async function identify(kind: Exclude<EndpointKind, "public">, ctx: RequestContext<unknown>, db: Db): Promise<Caller> {
  const { request } = ctx;
  if (kind === "mcp") assertMcpOrigin(request);
  if (kind === "chat") assertSameOrigin(request);
  const token = kind === "chat" ? undefined : bearerToken(request);
  if (token) return keyCaller(db, token, ctx.address);
  if (kind === "mcp") throw noKey();
  if (token === "") throw noKey();
  if (kind === "api" && request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
  const caller = await sessionCaller(request);
  if (!caller) {
    throw new AppError("unauthorized", kind === "chat" ? "Sign in to talk to the assistant" : "Sign in, or send an API key as Authorization: Bearer <key>");
  }
  if (kind === "chat") await countChatMessage(db, caller.userId);
  else await countUserApiRequest(db, caller.userId);
  return caller;
}

function finish(response: Response, ctx: RequestContext<unknown>, started: number, userId?: string): Response {
  ctx.log.info({ method: ctx.request.method, path: new URL(ctx.request.url).pathname, status: response.status, latency_ms: Date.now() - started, ...(userId && { user_id: userId }) }, "request");
  try {
    response.headers.set("x-request-id", ctx.requestId);
    return response;
  } catch {
    // Some responses have immutable headers: copy them into one we own.
    const headers = new Headers(response.headers);
    headers.set("x-request-id", ctx.requestId);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/**
 * Every route handler with a caller goes through here: request id, caller, origin rule, limit,
 * body cap and the one error shape. `alsoCountChat` makes a request count against the chat
 * limit as well (the JSON chat API).
 */
export function endpoint<P = Record<string, string | string[]>>(
  kind: Exclude<EndpointKind, "public">,
  run: (ctx: CallerContext<P>) => Promise<Response>,
  options: { alsoCountChat?: boolean } = {},
): RouteHandler<P> {
  return async (request, route) => {
    const started = Date.now();
    const ctx = requestContext(request, kind, (await route?.params) as P);
    let userId: string | undefined;
    try {
      const db = await getDb();
      const caller = await identify(kind, ctx, db);
      userId = caller.userId;
      if (options.alsoCountChat) await countChatMessage(db, caller.userId);
      const time = { timezone: caller.timezone ?? DEFAULT_TIMEZONE, locale: caller.locale ?? DEFAULT_LOCALE };
      return finish(await run({ ...ctx, db, caller, userId: caller.userId, time }), ctx, started, userId);
    } catch (error) {
      const unauthorized = error instanceof AppError && error.code === "unauthorized" && kind !== "chat";
      return finish(errorResponse(error, ctx.requestId, unauthorized ? BEARER_CHALLENGE : {}), ctx, started, userId);
    }
  };
}

/** A route without a caller: the same request id, body cap and error shape. */
export function publicEndpoint<P = Record<string, string | string[]>>(run: (ctx: RequestContext<P>) => Promise<Response>): RouteHandler<P> {
  return async (request, route) => {
    const started = Date.now();
    const ctx = requestContext(request, "public", (await route?.params) as P);
    try {
      return finish(await run(ctx), ctx, started);
    } catch (error) {
      return finish(errorResponse(error, ctx.requestId), ctx, started);
    }
  };
}
