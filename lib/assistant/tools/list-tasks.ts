import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { taskStatusSchema } from "@/lib/tasks/schemas";
import { TOOL } from "./names";
import { defineTool, runTool, type ToolContext } from "./context";

export const LIST_LIMIT = 50;

export const listTasksInput = z.object({
  status: taskStatusSchema
    .nullish()
    .describe("all (default), pending, completed, or trash (deleted tasks that can be restored)"),
  query: z.string().max(200).nullish().describe("Words to look for in titles and descriptions"),
});

export function listTasksTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.listTasks,
    description: `List the user's tasks in number order (at most ${LIST_LIMIT}), optionally filtered by status or by words. Use it to find a task named by words before acting on it.`,
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
          tasks: found.map((t) => ({ task_id: t.id, title: t.title, description: t.description, completed: t.completed })),
          total,
        };
      }),
  });
}
