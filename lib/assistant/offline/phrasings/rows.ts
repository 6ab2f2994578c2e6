/**
 * The shape of a phrasing row: one message a person might send, the tasks they have, what they
 * said earlier in the conversation, and the tool calls the offline assistant should make.
 */
import { TOOL, type ToolName } from "../../tools/names";

export type Call = readonly [toolName: ToolName, input: Record<string, unknown>];

/**
 * A task the user has before the conversation starts; a bare string is a pending task. `due` is
 * an ISO date or date-time on the user's wall clock ("2026-03-12", "2026-03-12T10:00").
 */
export type TaskFixture =
  | string
  | { title: string; description?: string; done?: boolean; deleted?: boolean; completedAt?: string; due?: string; priority?: 1 | 2 | 3 | 4 };

export interface Phrasing {
  /** The message. */
  say: string;
  /** The user's tasks when the conversation starts, numbered 1, 2, 3… in this order. */
  tasks?: TaskFixture[];
  /** Earlier messages of the same conversation, each answered by the offline assistant first. */
  before?: string[];
  /**
   * The tool calls this turn makes, in order. list_tasks calls are compared only when the row
   * names one (its input as a subset), so a row does not pin how a task named by words is looked
   * up; "none" means no tool call at all.
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

export const add = (title: string, fields: { due?: string; priority?: number } = {}): Call => [TOOL.addTask, { title, ...fields }];
export const list = (input: {
  status?: "all" | "pending" | "completed" | "trash";
  query?: string;
  due?: "today" | "overdue" | "upcoming" | "none";
  due_before?: string;
  due_after?: string;
  priority?: number;
  completed_on?: string;
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
