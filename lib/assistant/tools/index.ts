import { addTaskTool } from "./add-task";
import { completeTaskTool } from "./complete-task";
import type { ToolContext } from "./context";
import { deleteTaskTool } from "./delete-task";
import { listTasksTool } from "./list-tasks";
import { restoreTaskTool } from "./restore-task";
import { updateTaskTool } from "./update-task";

/** The assistant's tools, bound to one user: the same set serves the chat, the JSON API and MCP. */
export function taskTools(ctx: ToolContext) {
  return {
    add_task: addTaskTool(ctx),
    list_tasks: listTasksTool(ctx),
    complete_task: completeTaskTool(ctx),
    delete_task: deleteTaskTool(ctx),
    update_task: updateTaskTool(ctx),
    restore_task: restoreTaskTool(ctx),
  };
}

export type TaskTools = ReturnType<typeof taskTools>;
export type { ToolContext } from "./context";
