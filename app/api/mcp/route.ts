// POST /api/mcp — Docket's tools over MCP (Streamable HTTP, stateless), for an API key's owner.
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { getDb } from "@/db";
import { keyCaller } from "@/lib/api/handler";
import { bearerToken } from "@/lib/api-keys";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { appOrigin } from "@/lib/http/request";
import { createMcpServer } from "@/lib/mcp/server";

export const dynamic = "force-dynamic";

const CHALLENGE = { "WWW-Authenticate": 'Bearer realm="docket"' };

async function handle(request: Request): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
  try {
    const origin = request.headers.get("origin");
    if (origin && origin !== appOrigin(request) && !env().MCP_ALLOWED_ORIGINS.includes(origin)) {
      throw new AppError("forbidden_origin", "This origin may not use Docket's MCP server; add it to MCP_ALLOWED_ORIGINS");
    }
    const db = await getDb();
    const token = bearerToken(request);
    if (!token) throw new AppError("unauthorized", "Send an API key as Authorization: Bearer <key> (create one in Settings)");
    const caller = await keyCaller(db, token);
    const server = createMcpServer({ userId: caller.userId, db, requestId });
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await server.connect(transport);
    return await transport.handleRequest(request);
  } catch (error) {
    const unauthorized = error instanceof AppError && error.code === "unauthorized";
    return errorResponse(error, requestId, unauthorized ? CHALLENGE : {});
  }
}

export { handle as GET, handle as POST, handle as DELETE };
