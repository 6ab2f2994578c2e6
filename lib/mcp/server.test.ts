import { describe, expect, it } from "vitest";
import { z } from "zod";
import { taskToolDefinitions } from "@/lib/assistant/tools";
import type { ToolContext } from "@/lib/assistant/tools/context";
import { mcpInputSchema } from "./server";

const ctx = { userId: "u", db: {} as ToolContext["db"], time: { timezone: "UTC", locale: "en-US", now: new Date() } };

describe("MCP tool inputs", () => {
  it("have no type arrays with null, which strict clients refuse, and keep every description", () => {
    for (const tool of taskToolDefinitions(ctx)) {
      const schema = z.toJSONSchema(mcpInputSchema(tool.inputSchema)) as { properties: Record<string, { description?: string }>; required?: string[] };
      expect(JSON.stringify(schema), tool.name).not.toMatch(/"type":\s*\[/);
      expect(JSON.stringify(schema), tool.name).not.toMatch(/"null"/);
      for (const [name, property] of Object.entries(schema.properties)) expect(property.description, `${tool.name}.${name}`).toBeTruthy();
    }
  });

  it("still require what the tool requires", () => {
    const add = taskToolDefinitions(ctx).find((t) => t.name === "add_task")!;
    expect((z.toJSONSchema(mcpInputSchema(add.inputSchema)) as { required: string[] }).required).toEqual(["title"]);
  });
});
