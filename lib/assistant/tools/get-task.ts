import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { defineTool, runTool, type ToolContext } from "./context";
import { factsContext } from "./lists";
import { TOOL } from "./names";
import { taskFacts } from "./summary";
import { taskIdSchema } from "./task-id";

export const getTaskInput = z.object({ task_id: taskIdSchema });

export function getTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.getTask,
    description: "The whole of one task: its full description (list_tasks cuts long ones), repeat, reminders and the occurrences already completed.",
    inputSchema: getTaskInput,
    execute: ({ task_id }) =>
      runTool(ctx, TOOL.getTask, async () => {
        const task = await taskService(ctx.db, { time: ctx.time }).getTask(ctx.userId, task_id);
        return {
          ...taskFacts(task, await factsContext(ctx)),
          description: task.description,
          recurrence: task.recurrence,
          reminders: task.reminders,
          completed_at: task.completed_at,
          completed_occurrences: task.completed_occurrences,
        };
      }),
  });
}
