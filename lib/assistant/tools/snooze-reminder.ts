import { z } from "zod";
import { SNOOZE_MAX_MINUTES, snoozeTask } from "@/lib/reminders/snooze";
import { defineTool, runTool, type ToolContext } from "./context";
import { TOOL } from "./names";
import { taskIdSchema } from "./task-id";

export const snoozeReminderInput = z.object({
  task_id: taskIdSchema,
  minutes: z.number().int().min(1).max(SNOOZE_MAX_MINUTES).describe("Remind again in this many minutes: 10, 60 (an hour), 1440 (a day)"),
});

export function snoozeReminderTool(ctx: ToolContext) {
  return defineTool({
    name: TOOL.snoozeReminder,
    description: "Remind the user about a task again later (snooze), e.g. in 60 minutes.",
    inputSchema: snoozeReminderInput,
    execute: ({ task_id, minutes }) => runTool(ctx, TOOL.snoozeReminder, async () => ({ ...(await snoozeTask(ctx.db, ctx.userId, task_id, minutes, ctx.time.now)), status: "snoozed", minutes })),
  });
}
