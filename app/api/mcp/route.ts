// POST /api/mcp — Docket's tools over MCP (Streamable HTTP, stateless), for an API key's owner.
// GET and DELETE answer 405: without sessions there is no stream to open and nothing to end.
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { endpoint } from "@/lib/http/boundary";
import { readMcpMessage } from "@/lib/mcp/message";
import { createMcpServer } from "@/lib/mcp/server";

export const dynamic = "force-dynamic";

export const POST = endpoint("mcp", async ({ request, requestId, userId, db, time, text }) => {
  const message = readMcpMessage(await text());
  const server = createMcpServer({ userId, db, requestId, time: { ...time, now: new Date() } });
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  // The body was read once, under the cap, at the boundary; the transport gets it parsed.
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return transport.handleRequest(new Request(request.url, { method: "POST", headers, signal: request.signal }), { parsedBody: message });
});

const notAllowed = () =>
  Response.json(
    { jsonrpc: "2.0", error: { code: -32000, message: "Method not allowed: this MCP server is stateless, send JSON-RPC requests with POST" }, id: null },
    { status: 405, headers: { Allow: "POST" } },
  );

export { notAllowed as GET, notAllowed as DELETE };
