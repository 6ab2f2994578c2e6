// POST /api/mcp — Docket's tools over MCP (Streamable HTTP, stateless), for an API key's owner.
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { getDb } from "@/db";
import { apiKeyLimitKey, enforceApiLimit } from "@/lib/api/handler";
import { bearerToken, verifyApiKey } from "@/lib/api-keys";
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
    const key = token ? (await Promise.all([verifyApiKey(db, token), enforceApiLimit(db, apiKeyLimitKey(token))]))[0] : null;
    if (!key) {
      return errorResponse(
        new AppError("unauthorized", "Send an API key as Authorization: Bearer <key> (create one in Settings)"),
        requestId,
        CHALLENGE,
      );
    }
    const server = createMcpServer({ userId: key.userId, db, requestId });
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    await server.connect(transport);
    return await transport.handleRequest(request);
  } catch (error) {
    return errorResponse(error, requestId);
  }
}

export { handle as GET, handle as POST, handle as DELETE };
