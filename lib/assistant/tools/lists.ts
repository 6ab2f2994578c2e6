import { listService } from "@/lib/lists/service";
import { ToolFailure, type ToolContext } from "./context";
import type { FactsContext } from "./summary";

/** What results are written with: the user's time and their lists' names (see ./summary.ts). */
export async function factsContext(ctx: ToolContext): Promise<FactsContext> {
  return { time: ctx.time, lists: await listService(ctx.db).listNamesById(ctx.userId) };
}

/**
 * The id of the user's list with this name (ignoring case), or a list_not_found error value that
 * names their lists, so the model can offer the right one or create_list.
 */
export async function listIdByName(ctx: ToolContext, name: string): Promise<string> {
  const service = listService(ctx.db);
  const found = await service.findListByName(ctx.userId, name);
  if (found) return found.id;
  const names = (await service.listLists(ctx.userId)).map((l) => l.name);
  throw new ToolFailure({
    error: "list_not_found",
    message: `You have no list called “${name.trim()}” — your lists are ${names.join(", ")}. Use one of them, or create_list first.`,
  });
}
