import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { TOOL } from "./names";
import { defineTool, runTool, type ToolContext } from "./context";
import { factsContext } from "./lists";
import { actionResult } from "./summary";
import { taskIdSchema } from "./task-id";

export const restoreTaskInput = z.object({ task_id: taskIdSchema });

export function restoreTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.restoreTask,
    description: "Bring a deleted task back from the trash (undo a delete). When its list is in the trash too, it comes back to the Inbox.",
    inputSchema: restoreTaskInput,
    execute: ({ task_id }) =>
      runTool(ctx, TOOL.restoreTask, async () => actionResult(await taskService(ctx.db, { time: ctx.time }).restoreTask(ctx.userId, task_id), "restored", await factsContext(ctx))),
  });
}
