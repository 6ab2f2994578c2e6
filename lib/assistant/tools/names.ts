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

/**
 * The task tools' names: the ones the chat panel's tool lines describe one by one
 * (components/assistant/tool-line.tsx); the list tools show there as "Working…"/"Done" until
 * the lists UI gives them their own lines, and this type becomes AnyToolName.
 */
export type ToolName = Exclude<AnyToolName, typeof TOOL.listLists | typeof TOOL.createList | typeof TOOL.getTask | typeof TOOL.snoozeReminder>;
