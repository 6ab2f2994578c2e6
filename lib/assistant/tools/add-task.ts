import { z } from "zod";
import { descriptionSchema, titleSchema } from "@/lib/tasks/schemas";
import { taskService } from "@/lib/tasks/service";
import { defineTool, runTool, type ToolContext } from "./context";
import { dueInput, dueWrite, priorityInput } from "./fields";
import { TOOL } from "./names";
import { actionResult } from "./summary";

export const addTaskInput = z.object({
  title: titleSchema.describe("The task, short and in the user's words, without the date or priority words, e.g. 'Call mom'"),
  description: descriptionSchema.nullish().describe("Optional details"),
  due: dueInput,
  priority: priorityInput,
});

export function addTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.addTask,
    description: "Create a new task for the user, optionally with a due date/time and a priority. Returns its number (task_id) and the resolved due.",
    inputSchema: addTaskInput,
    execute: (input) =>
      runTool(ctx, TOOL.addTask, async () => {
        const task = await taskService(ctx.db, { time: ctx.time }).addTask(ctx.userId, {
          title: input.title,
          description: input.description ?? "",
          ...dueWrite(input),
        });
        return actionResult(task, "created", ctx.time);
      }),
  });
}
