import type { DueSummary } from "../tools/summary";
import { TOOL, type AnyToolName, type ToolName } from "../tools/names";
import type { AddIntent, Change, ListFilter, Priority, Status } from "./intent-types";

/** The vocabulary the planner shares: tool calls, their results, and the task shapes in them. */

export interface Call {
  toolName: AnyToolName;
  input: Record<string, unknown>;
}

export interface ToolStep extends Call {
  output: unknown;
}

/**
 * What a change tool answers: `{task_id, status, title}`, and (from tools that know them) the
 * due with its label, the priority and, for edits, the values the change replaced.
 */
export interface TaskSummary {
  task_id: number;
  title: string;
  due?: DueSummary | null;
  priority?: number;
  previous?: PreviousValues;
}

export interface PreviousValues {
  title?: string;
  description?: string;
  completed?: boolean;
  due_date?: string | null;
  due_time?: string | null;
  priority?: number;
}

/** A task as list_tasks reports it. */
export interface ListedTask extends TaskSummary {
  description?: string;
  completed: boolean;
  completed_at?: string | null;
}

export interface ToolError {
  error: string;
  message?: string;
}

/** What a turn's plan is decided with besides the prompt: pure functions get it passed in. */
export interface PlanContext {
  timezone: string;
  now: Date;
  /** BCP 47; decides whether 3/12 is 12 March or 3 December. Default en-US. */
  locale?: string;
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

/** list_tasks with a filter: its own `due`, an inclusive range of due dates, a priority, a completion day. */
export function filteredListCall(status: Status, filter: ListFilter): Call {
  const { due, after, before, priority, completedOn } = filter;
  return {
    toolName: TOOL.listTasks,
    input: {
      status,
      ...(due && { due }),
      ...(after && { due_after: after }),
      ...(before && { due_before: before }),
      ...(priority && { priority }),
      ...(completedOn && { completed_on: completedOn }),
    },
  };
}

export const addCall = ({ title, due, priority }: AddIntent): Call => ({
  toolName: TOOL.addTask,
  input: { title, ...(due && { due }), ...(priority && { priority }) },
});

/** A relative priority ("raise", "lower") from the task's own; 4 (none) when the list didn't say. */
export function priorityFor(change: Extract<Change, { verb: "priority" }>, current: number | undefined): Priority {
  if (typeof change.priority === "number") return change.priority;
  const now = current ?? 4;
  return Math.min(4, Math.max(1, change.priority === "up" ? now - 1 : now + 1)) as Priority;
}

/** The one tool call that makes a change to task `taskId` (`task`: what the list said of it, for relative priorities). */
export function changeCall(change: Change, taskId: number, task?: TaskSummary): Call {
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
    case "due":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, due: change.due } };
    case "priority":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, priority: priorityFor(change, task?.priority) } };
  }
}

/** A change that needs the task as listed first (a priority one step up or down). */
export const needsTask = (change: Change) => change.verb === "priority" && typeof change.priority === "string";

/** The tools that change something (everything but list_tasks). */
export const CHANGING: ReadonlySet<string> = new Set<ToolName>([TOOL.addTask, TOOL.completeTask, TOOL.deleteTask, TOOL.updateTask, TOOL.restoreTask]);
