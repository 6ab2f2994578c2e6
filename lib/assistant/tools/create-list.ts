import { z } from "zod";
import { listNameSchema } from "@/lib/lists/schemas";
import { listService } from "@/lib/lists/service";
import { defineTool, runTool, type ToolContext } from "./context";
import { TOOL } from "./names";

export const createListInput = z.object({ name: listNameSchema.describe("The new list's name, e.g. \"Groceries\"") });

export function createListTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.createList,
    description: "Create a list for the user. A name they already use (ignoring case) gives a conflict error.",
    inputSchema: createListInput,
    execute: ({ name }) =>
      runTool(ctx, TOOL.createList, async () => {
        const list = await listService(ctx.db).createList(ctx.userId, { name });
        return { list_id: list.id, name: list.name, status: "created" };
      }),
  });
}
