import { tool, type ToolSet } from "ai";
import { addTaskTool } from "./add-task";
import { completeTaskTool } from "./complete-task";
import { createListTool } from "./create-list";
import type { TaskTool, ToolContext } from "./context";
import { deleteTaskTool } from "./delete-task";
import { getTaskTool } from "./get-task";
import { listListsTool } from "./list-lists";
import { listTasksTool } from "./list-tasks";
import { restoreTaskTool } from "./restore-task";
import { snoozeReminderTool } from "./snooze-reminder";
import { updateTaskTool } from "./update-task";

/** The assistant's tools bound to one user: the chat, the JSON API and MCP all use these. */
export function taskToolDefinitions(ctx: ToolContext): TaskTool[] {
  return [
    addTaskTool(ctx),
    listTasksTool(ctx),
    completeTaskTool(ctx),
    deleteTaskTool(ctx),
    updateTaskTool(ctx),
    restoreTaskTool(ctx),
    listListsTool(ctx),
    createListTool(ctx),
    getTaskTool(ctx),
    snoozeReminderTool(ctx),
  ] as TaskTool[];
}

/** The same tools as AI SDK tools, for streamText. */
export function taskTools(ctx: ToolContext): ToolSet {
  return Object.fromEntries(
    taskToolDefinitions(ctx).map((t) => [
      t.name,
      tool({ description: t.description, inputSchema: t.inputSchema, execute: (input: unknown) => t.execute(input as never) }),
    ]),
  );
}

export type { ToolContext } from "./context";
