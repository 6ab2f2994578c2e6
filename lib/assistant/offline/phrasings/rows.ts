/**
 * The shape of a phrasing row: one message a person might send, the tasks they have, what they
 * said earlier in the conversation, and the tool calls the offline assistant should make.
 */
import { TOOL, type AnyToolName } from "../../tools/names";

export type Call = readonly [toolName: AnyToolName, input: Record<string, unknown>];

/**
 * A task the user has before the conversation starts; a bare string is a pending task. `due` is
 * an ISO date or date-time on the user's wall clock ("2026-03-12", "2026-03-12T10:00").
 */
export type TaskFixture =
  | string
  | {
      title: string;
      description?: string;
      done?: boolean;
      deleted?: boolean;
      completedAt?: string;
      due?: string;
      priority?: 1 | 2 | 3 | 4;
      /** The name of the list it is in (made for the row when missing); the Inbox when absent. */
      list?: string;
      labels?: string[];
      /** How it repeats, in words ("every monday"): it is then due on the rule's first date unless `due` says otherwise. */
      repeat?: string;
      reminders?: Reminder[];
    };

/** A reminder as the tools take it. */
export type Reminder = { before_minutes: number } | { at: string };

export interface Phrasing {
  /** The message. */
  say: string;
  /** The user's tasks when the conversation starts, numbered 1, 2, 3… in this order. */
  tasks?: TaskFixture[];
  /** The user's lists after the Inbox, in order (lists the tasks name are made too). */
  lists?: string[];
  /** Earlier messages of the same conversation, each answered by the offline assistant first. */
  before?: string[];
  /**
   * The tool calls this turn makes, in order. Look-ups (list_tasks, list_lists, get_task) are
   * compared only when the row names one (a list_tasks input as a subset), so a row does not pin
   * how a task or a list named by words is looked up; "none" means no tool call at all.
   */
  calls: Call[] | "none";
  /** Something the reply must say. */
  reply?: RegExp;
  /** Something the reply must not say. */
  notReply?: RegExp;
  /** The turn's time zone (default UTC) and the moment it is said (default SIMULATED_NOW, a Tuesday). */
  timezone?: string;
  now?: string;
}

export const add = (
  title: string,
  fields: { due?: string; priority?: number; list?: string; labels?: string[]; recurrence?: string; reminders?: Reminder[] } = {},
): Call => [TOOL.addTask, { title, ...fields }];
export const list = (input: {
  status?: "all" | "pending" | "completed" | "trash";
  query?: string;
  due?: "today" | "overdue" | "upcoming" | "none";
  due_before?: string;
  due_after?: string;
  priority?: number;
  completed_on?: string;
  list?: string;
  label?: string;
}): Call => [TOOL.listTasks, input];
export const complete = (task_id: number): Call => [TOOL.completeTask, { task_id }];
export const reopen = (task_id: number): Call => [TOOL.updateTask, { task_id, completed: false }];
export const remove = (task_id: number): Call => [TOOL.deleteTask, { task_id }];
export const restore = (task_id: number): Call => [TOOL.restoreTask, { task_id }];
export const rename = (task_id: number, title: string): Call => [TOOL.updateTask, { task_id, title }];
export const setDescription = (task_id: number, description: string): Call => [TOOL.updateTask, { task_id, description }];
/** A new due date in words (or ISO), or "none" to clear it. */
export const setDue = (task_id: number, due: string): Call => [TOOL.updateTask, { task_id, due }];
export const setPriority = (task_id: number, priority: number): Call => [TOOL.updateTask, { task_id, priority }];
/** Moves a task to the list with this name. */
export const moveTo = (task_id: number, list: string): Call => [TOOL.updateTask, { task_id, list }];
/** The task's whole set of labels. */
export const setLabels = (task_id: number, labels: string[]): Call => [TOOL.updateTask, { task_id, labels }];
/** How it repeats, in words; "none" stops it. */
export const setRepeat = (task_id: number, recurrence: string): Call => [TOOL.updateTask, { task_id, recurrence }];
/** The task's whole set of reminders. */
export const setReminders = (task_id: number, reminders: Reminder[]): Call => [TOOL.updateTask, { task_id, reminders }];
export const skip = (task_id: number): Call => [TOOL.updateTask, { task_id, skip: true }];
export const snooze = (task_id: number, minutes: number): Call => [TOOL.snoozeReminder, { task_id, minutes }];
export const createList = (name: string): Call => [TOOL.createList, { name }];
export const listLists = (): Call => [TOOL.listLists, {}];
export const getTask = (task_id: number): Call => [TOOL.getTask, { task_id }];
