import { z } from "zod";
import { descriptionSchema, titleSchema } from "@/lib/tasks/schemas";
import { taskService } from "@/lib/tasks/service";
import { defineTool, runTool, type ToolContext } from "./context";
import { dueInput, dueWrite, labelsInput, listInput, priorityInput, recurrenceInput, remindersInput, repeatWrite } from "./fields";
import { factsContext, listIdByName } from "./lists";
import { TOOL } from "./names";
import { actionResult } from "./summary";

export const addTaskInput = z.object({
  title: titleSchema.describe("The task, short and in the user's words, without the date, priority, list or label words, e.g. 'Call mom'"),
  description: descriptionSchema.nullish().describe("Optional details"),
  due: dueInput,
  priority: priorityInput,
  list: listInput,
  labels: labelsInput,
  recurrence: recurrenceInput,
  reminders: remindersInput,
});

export function addTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.addTask,
    description: "Create a new task for the user, optionally with a due date/time, a priority, a list (by name), labels, a repeat and reminders. Returns its number (task_id), the resolved due, its list, labels and repeat in words.",
    inputSchema: addTaskInput,
    execute: (input) =>
      runTool(ctx, TOOL.addTask, async () => {
        const listId = input.list != null ? await listIdByName(ctx, input.list) : undefined;
        const task = await taskService(ctx.db, { time: ctx.time }).addTask(ctx.userId, {
          title: input.title,
          description: input.description ?? "",
          ...dueWrite(input),
          ...(listId !== undefined && { list_id: listId }),
          ...(input.labels != null && { labels: input.labels }),
          ...repeatWrite(input),
        });
        return actionResult(task, "created", await factsContext(ctx));
      }),
  });
}
