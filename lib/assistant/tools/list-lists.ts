import { z } from "zod";
import { listService } from "@/lib/lists/service";
import { defineTool, runTool, type ToolContext } from "./context";
import { TOOL } from "./names";

export const listListsInput = z.object({});

export function listListsTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.listLists,
    description: "List the user's lists (the Inbox first unless they reordered them) with how many tasks are pending in each. Use it to find a list's exact name.",
    inputSchema: listListsInput,
    execute: () =>
      runTool(ctx, TOOL.listLists, async () => {
        const lists = await listService(ctx.db).listLists(ctx.userId);
        return { lists: lists.map((l) => ({ list_id: l.id, name: l.name, pending: l.pending_count })) };
      }),
  });
}
