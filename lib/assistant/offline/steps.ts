import { TOOL, type ToolName } from "../tools/names";
import type { Change, Status } from "./intent-types";

/** The vocabulary the planner shares: tool calls, their results, and the task shapes in them. */

export interface Call {
  toolName: ToolName;
  input: Record<string, unknown>;
}

export interface ToolStep extends Call {
  output: unknown;
}

/** A task as list_tasks reports it (`completed_at` arrives with a later issue). */
export interface ListedTask {
  task_id: number;
  title: string;
  description?: string;
  completed: boolean;
  completed_at?: string | null;
}

/** What a change tool answers: `{task_id, status, title}`. */
export interface TaskSummary {
  task_id: number;
  title: string;
}

export interface ToolError {
  error: string;
  message?: string;
}

/** What a turn's plan is decided with besides the prompt: pure functions get it passed in. */
export interface PlanContext {
  timezone: string;
  now: Date;
}

export const isToolError = (value: unknown): value is ToolError =>
  typeof value === "object" && value !== null && typeof (value as ToolError).error === "string";

export interface ListResult {
  tasks: ListedTask[];
  total: number;
}

export function listResult(output: unknown): ListResult {
  const o = output as Partial<ListResult> | undefined;
  const tasks = Array.isArray(o?.tasks) ? o.tasks : [];
  return { tasks, total: typeof o?.total === "number" ? o.total : tasks.length };
}

export const listCall = (status: Status, query?: string): Call => ({
  toolName: TOOL.listTasks,
  input: query ? { status, query } : { status },
});
export const addCall = (title: string): Call => ({ toolName: TOOL.addTask, input: { title } });

/** The one tool call that makes a change to task `taskId`. */
export function changeCall(change: Change, taskId: number): Call {
  switch (change.verb) {
    case "complete":
      return { toolName: TOOL.completeTask, input: { task_id: taskId } };
    case "reopen":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, completed: false } };
    case "delete":
      return { toolName: TOOL.deleteTask, input: { task_id: taskId } };
    case "restore":
      return { toolName: TOOL.restoreTask, input: { task_id: taskId } };
    case "rename":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, title: change.title } };
    case "describe":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, description: change.description } };
  }
}

/** The tools that change something (everything but list_tasks). */
export const CHANGING: ReadonlySet<string> = new Set<ToolName>([TOOL.addTask, TOOL.completeTask, TOOL.deleteTask, TOOL.updateTask, TOOL.restoreTask]);
