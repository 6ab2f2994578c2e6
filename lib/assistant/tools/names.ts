/**
 * Every assistant tool's name, written once: the tool definitions, the offline model and the
 * panel's tool lines all import these.
 */
export const TOOL = {
  addTask: "add_task",
  listTasks: "list_tasks",
  completeTask: "complete_task",
  deleteTask: "delete_task",
  updateTask: "update_task",
  restoreTask: "restore_task",
} as const;

export type ToolName = (typeof TOOL)[keyof typeof TOOL];
