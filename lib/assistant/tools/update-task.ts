import { z } from "zod";
import { descriptionSchema, titleSchema } from "@/lib/tasks/schemas";
import { taskService } from "@/lib/tasks/service";
import { defineTool, runTool, type ToolContext } from "./context";
import { dueInput, dueWrite, labelsInput, listInput, priorityInput, recurrenceInput, remindersInput, repeatWrite } from "./fields";
import { factsContext, listIdByName } from "./lists";
import { TOOL } from "./names";
import { actionResult } from "./summary";
import { taskIdSchema } from "./task-id";

export const updateTaskInput = z.object({
  task_id: taskIdSchema,
  title: titleSchema.nullish().describe("The new title"),
  description: descriptionSchema.nullish().describe("The new description"),
  completed: z.boolean().nullish().describe("true to mark done, false to reopen"),
  due: dueInput,
  priority: priorityInput,
  list: listInput.describe("Move the task to the user's list with this name, e.g. \"Work\" (to the end of it)"),
  labels: labelsInput,
  recurrence: recurrenceInput,
  reminders: remindersInput,
  skip: z.boolean().nullish().describe("true: skip this occurrence of a repeating task (it moves to its next date)"),
});

export function updateTaskTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.updateTask,
    description: "Change a task's title, description, completed state, due date, priority, list (by name), labels (the whole set), repeat or reminders, or skip one occurrence of a repeating task. Give only what changes. Completing a repeating task moves it to its next date. The result carries the previous values.",
    inputSchema: updateTaskInput,
    execute: ({ task_id, title, description, completed, list, labels, recurrence, reminders, skip, ...due }) =>
      runTool(ctx, TOOL.updateTask, async () => {
        const service = taskService(ctx.db, { time: ctx.time });
        const before = await service.getTask(ctx.userId, task_id);
        const listId = list != null ? await listIdByName(ctx, list) : undefined;
        const patch = {
          ...(title != null && { title }),
          ...(description != null && { description }),
          ...(completed != null && { completed }),
          ...dueWrite(due),
          ...(listId !== undefined && { list_id: listId }),
          ...(labels != null && { labels }),
          ...repeatWrite({ recurrence, reminders }),
          ...(skip === true && { skip: true as const }),
        };
        return actionResult(await service.updateTask(ctx.userId, task_id, patch), "updated", await factsContext(ctx), before);
      }),
  });
}
