import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { TOOL } from "./names";
import { defineTool, runTool, summary, type ToolContext } from "./context";
import { taskIdSchema } from "./task-id";

export const completeTaskInput = z.object({ task_id: taskIdSchema });

export function completeTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.completeTask,
    description: "Mark a task as done.",
    inputSchema: completeTaskInput,
    execute: ({ task_id }) =>
      runTool(ctx, TOOL.completeTask, async () => summary(await taskService(ctx.db).completeTask(ctx.userId, task_id), "completed")),
  });
}
