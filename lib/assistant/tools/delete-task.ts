import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { TOOL } from "./names";
import { defineTool, runTool, type ToolContext } from "./context";
import { factsContext } from "./lists";
import { actionResult } from "./summary";
import { taskIdSchema } from "./task-id";

export const deleteTaskInput = z.object({ task_id: taskIdSchema });

export function deleteTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.deleteTask,
    description: "Move a task to the trash (it can be restored with restore_task).",
    inputSchema: deleteTaskInput,
    execute: ({ task_id }) =>
      runTool(ctx, TOOL.deleteTask, async () => actionResult(await taskService(ctx.db, { time: ctx.time }).deleteTask(ctx.userId, task_id), "deleted", await factsContext(ctx))),
  });
}
