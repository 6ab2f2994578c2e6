import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { taskToolDefinitions } from "@/lib/assistant/tools";
import { isToolError, type ToolContext } from "@/lib/assistant/tools/context";

/**
 * A field as MCP clients are shown it: "may be null" becomes "may be left out", at every depth,
 * so the JSON Schema has no `["boolean", "null"]` type arrays, which strict clients refuse. (Models
 * keep nullable fields: some send null for "not given".)
 */
function forMcp(field: z.ZodType): z.ZodType {
  let inner = field;
  let optional = false;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
    optional = true;
    inner = inner.unwrap() as z.ZodType;
  }
  const description = field.description ?? inner.description;
  let shaped: z.ZodType = inner;
  if (inner instanceof z.ZodObject) shaped = mcpInputSchema(inner);
  else if (inner instanceof z.ZodArray) {
    const { maximum } = inner._zod.bag as { maximum?: number };
    shaped = z.array(forMcp(inner.element as z.ZodType));
    if (maximum !== undefined) shaped = (shaped as z.ZodArray).max(maximum);
  }
  if (optional) shaped = shaped.optional();
  return description ? shaped.describe(description) : shaped;
}

export function mcpInputSchema(schema: z.ZodObject): z.ZodObject {
  return z.object(Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, forMcp(field as z.ZodType)])));
}

/**
 * An MCP server for one caller, made per request (stateless): the assistant's own tools, each
 * result returned as structured content and as one JSON text item, errors flagged `isError`.
 */
export function createMcpServer(ctx: ToolContext): McpServer {
  const server = new McpServer({ name: "docket", version: "1.0.0" }, { capabilities: { tools: {} } });
  for (const tool of taskToolDefinitions(ctx)) {
    server.registerTool(tool.name, { description: tool.description, inputSchema: mcpInputSchema(tool.inputSchema) }, async (args: unknown) => {
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
