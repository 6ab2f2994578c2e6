import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { TOOL } from "./names";
import { defineTool, runTool, type ToolContext } from "./context";
import { factsContext } from "./lists";
import { actionResult } from "./summary";
import { taskIdSchema } from "./task-id";

export const completeTaskInput = z.object({ task_id: taskIdSchema });

export function completeTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.completeTask,
    description: "Mark a task as done.",
    inputSchema: completeTaskInput,
    execute: ({ task_id }) =>
      runTool(ctx, TOOL.completeTask, async () => {
        const service = taskService(ctx.db, { time: ctx.time });
        const before = await service.getTask(ctx.userId, task_id);
        return actionResult(await service.completeTask(ctx.userId, task_id), "completed", await factsContext(ctx), before);
      }),
  });
}
