import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { descriptionSchema, titleSchema } from "@/lib/tasks/schemas";
import { TOOL } from "./names";
import { defineTool, runTool, summary, type ToolContext } from "./context";
import { taskIdSchema } from "./task-id";

export const updateTaskInput = z.object({
  task_id: taskIdSchema,
  title: titleSchema.nullish().describe("The new title"),
  description: descriptionSchema.nullish().describe("The new description"),
  completed: z.boolean().nullish().describe("true to mark done, false to reopen"),
});

export function updateTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.updateTask,
    description: "Change a task's title, description or completed state. Give only what changes.",
    inputSchema: updateTaskInput,
    execute: ({ task_id, title, description, completed }) =>
      runTool(ctx, TOOL.updateTask, async () => {
        const patch = {
          ...(title != null && { title }),
          ...(description != null && { description }),
          ...(completed != null && { completed }),
        };
        return summary(await taskService(ctx.db).updateTask(ctx.userId, task_id, patch), "updated");
      }),
  });
}
