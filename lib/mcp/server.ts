import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { taskToolDefinitions } from "@/lib/assistant/tools";
import { isToolError, type ToolContext } from "@/lib/assistant/tools/context";

/**
 * An MCP server for one caller, made per request (stateless): the assistant's own tools, each
 * result returned as structured content and as one JSON text item, errors flagged `isError`.
 */
export function createMcpServer(ctx: ToolContext): McpServer {
  const server = new McpServer({ name: "docket", version: "1.0.0" }, { capabilities: { tools: {} } });
  for (const tool of taskToolDefinitions(ctx)) {
    server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema }, async (args: unknown) => {
      const result = (await tool.execute(args as never)) as Record<string, unknown>;
      return {
        content: [{ type: "text" as const, text: JSON.stringify(result) }],
        structuredContent: result,
        isError: isToolError(result),
      };
    });
  }
  return server;
}
