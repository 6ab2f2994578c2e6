import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { taskStatusSchema } from "@/lib/tasks/schemas";
import { TOOL } from "./names";
import { defineTool, runTool, type ToolContext } from "./context";

export const LIST_LIMIT = 50;
/** Descriptions in a listing are cut to this many characters, so listings stay small for the model. */
export const LISTED_DESCRIPTION_MAX = 200;

function listedDescription(description: string) {
  const chars = [...description];
  return chars.length <= LISTED_DESCRIPTION_MAX
    ? { description }
    : { description: `${chars.slice(0, LISTED_DESCRIPTION_MAX).join("")}…`, description_truncated: true };
}

export const listTasksInput = z.object({
  status: taskStatusSchema
    .nullish()
    .describe("all (default), pending, completed, or trash (deleted tasks that can be restored)"),
  query: z.string().max(200).nullish().describe("Words to look for in titles and descriptions"),
});

export function listTasksTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.listTasks,
    description: `List the user's tasks in number order (at most ${LIST_LIMIT}), optionally filtered by status or by words. Use it to find a task named by words before acting on it. Descriptions longer than ${LISTED_DESCRIPTION_MAX} characters are cut (description_truncated: true).`,
    inputSchema: listTasksInput,
    execute: ({ status, query }) =>
      runTool(ctx, TOOL.listTasks, async () => {
        const service = taskService(ctx.db);
        const filter = { status: status ?? "all", query: query?.trim() || undefined };
        const [found, total] = await Promise.all([
          service.listTasks(ctx.userId, { ...filter, limit: LIST_LIMIT }),
          service.countTasks(ctx.userId, filter),
        ]);
        return {
          tasks: found.map((t) => ({ task_id: t.id, title: t.title, ...listedDescription(t.description), completed: t.completed })),
          total,
        };
      }),
  });
}
