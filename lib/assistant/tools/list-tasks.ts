import { z } from "zod";
import { taskService } from "@/lib/tasks/service";
import { LABEL_NAME_MAX } from "@/lib/labels/schemas";
import { LIST_NAME_MAX } from "@/lib/lists/schemas";
import { taskStatusSchema } from "@/lib/tasks/schemas";
import { TOOL } from "./names";
import { defineTool, runTool, type ToolContext } from "./context";
import { dateInput, dueFilterInput } from "./fields";
import { factsContext, listIdByName } from "./lists";
import { taskFacts } from "./summary";

export const LIST_LIMIT = 50;
/** Descriptions in a listing are cut to this many characters, so listings stay small for the model. */
export const LISTED_DESCRIPTION_MAX = 200;

function listedDescription(description: string) {
  const chars = [...description];
  return chars.length <= LISTED_DESCRIPTION_MAX
    ? { description }
    : { description: `${chars.slice(0, LISTED_DESCRIPTION_MAX).join("")}…`, description_truncated: true };
}

export const listTasksInput = z.object({
  status: taskStatusSchema
    .nullish()
    .describe("all (default), pending, completed, or trash (deleted tasks that can be restored)"),
  query: z.string().max(200).nullish().describe("Words to look for in titles and descriptions (every word; typos are tolerated); results come by relevance"),
  due: dueFilterInput,
  due_before: dateInput("Due on or before this date"),
  due_after: dateInput("Due on or after this date"),
  priority: z.number().int().min(1).max(4).nullish().describe("Only this priority, 1 (urgent) … 4 (none)"),
  completed_on: dateInput("Completed on this day (in the user's time zone)"),
  list: z.string().max(LIST_NAME_MAX).nullish().describe("Only the tasks of the user's list with this name, e.g. \"Work\" (see list_lists)"),
  label: z.string().max(LABEL_NAME_MAX).nullish().describe("Only the tasks with this label, e.g. \"errands\""),
});

export function listTasksTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.listTasks,
    description: `List the user's tasks (at most ${LIST_LIMIT}; by relevance for words, by due date when a due filter is given, else by number), optionally filtered by status, words, due date, priority, completion day, list or label. Use it to find a task named by words before acting on it. Descriptions longer than ${LISTED_DESCRIPTION_MAX} characters are cut (description_truncated: true).`,
    inputSchema: listTasksInput,
    execute: (input) =>
      runTool(ctx, TOOL.listTasks, async () => {
        const service = taskService(ctx.db, { time: ctx.time });
        const listId = input.list != null ? await listIdByName(ctx, input.list) : undefined;
        const filter = {
          status: input.status ?? "all",
          query: input.query?.trim() || undefined,
          due: input.due ?? undefined,
          due_before: input.due_before ?? undefined,
          due_after: input.due_after ?? undefined,
          priority: input.priority ?? undefined,
          completed_on: input.completed_on ?? undefined,
          list_id: listId,
          label: input.label?.trim() || undefined,
        };
        const byDue = filter.due !== undefined || filter.due_before !== undefined || filter.due_after !== undefined;
        const [found, total, facts] = await Promise.all([
          service.listTasks(ctx.userId, { ...filter, ...(byDue && { sort: "due" as const }), limit: LIST_LIMIT }),
          service.countTasks(ctx.userId, filter),
          factsContext(ctx),
        ]);
        return {
          tasks: found.map((t) => ({ ...taskFacts(t, facts), ...listedDescription(t.description), completed_at: t.completed_at })),
          total,
        };
      }),
  });
}
