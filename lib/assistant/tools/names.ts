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
  listLists: "list_lists",
  createList: "create_list",
  getTask: "get_task",
  snoozeReminder: "snooze_reminder",
} as const;

/** Any tool's name. */
export type AnyToolName = (typeof TOOL)[keyof typeof TOOL];

/** The tools that act on one task or list tasks (not lists, get_task or snoozes). */
export type ToolName = Exclude<AnyToolName, typeof TOOL.listLists | typeof TOOL.createList | typeof TOOL.getTask | typeof TOOL.snoozeReminder>;
