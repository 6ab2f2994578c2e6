import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { descriptionSchema, titleSchema } from "@/lib/tasks/schemas";
import { TOOL } from "./names";
import { defineTool, runTool, summary, type ToolContext } from "./context";

export const addTaskInput = z.object({
  title: titleSchema.describe("The task, short and in the user's words, e.g. 'Buy groceries'"),
  description: descriptionSchema.nullish().describe("Optional details"),
});

export function addTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.addTask,
    description: "Create a new task for the user. Returns its number (task_id).",
    inputSchema: addTaskInput,
    execute: ({ title, description }) =>
      runTool(ctx, TOOL.addTask, async () =>
        summary(await taskService(ctx.db).addTask(ctx.userId, { title, description: description ?? "" }), "created"),
      ),
  });
}
