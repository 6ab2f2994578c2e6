import type { DueSummary } from "../tools/summary";
import { TOOL, type AnyToolName } from "../tools/names";
import type { AddIntent, Change, ListFilter, Priority, Reminder, Status } from "./intent-types";

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
  /** The list's name, its labels and its repeat in words ("Every Monday"), as results show them. */
  list?: string | null;
  labels?: string[];
  recurrence?: string;
  /** How many reminders it has (get_task gives them whole). */
  reminders?: number | StoredReminder[];
  previous?: PreviousValues;
}

/** A reminder as get_task shows it: minutes before the due time, or an instant. */
export interface StoredReminder {
  before_minutes?: number | null;
  at?: string | null;
}

export interface PreviousValues {
  title?: string;
  description?: string;
  completed?: boolean;
  due_date?: string | null;
  due_time?: string | null;
  priority?: number;
  list?: string | null;
  labels?: string[];
  recurrence?: { rule: string; anchor: string } | null;
  reminders?: Reminder[];
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
  const { due, after, before, priority, completedOn, list, label } = filter;
  return {
    toolName: TOOL.listTasks,
    input: {
      status,
      ...(due && { due }),
      ...(after && { due_after: after }),
      ...(before && { due_before: before }),
      ...(priority && { priority }),
      ...(completedOn && { completed_on: completedOn }),
      ...(list && { list }),
      ...(label && { label }),
    },
  };
}

export const addCall = ({ title, due, priority, list, labels, recurrence, reminders }: AddIntent): Call => ({
  toolName: TOOL.addTask,
  input: {
    title,
    ...(due && { due }),
    ...(priority && { priority }),
    ...(list && { list }),
    ...(labels?.length && { labels }),
    ...(recurrence && { recurrence }),
    ...(reminders?.length && { reminders }),
  },
});

export const listListsCall: Call = { toolName: TOOL.listLists, input: {} };
export const createListCall = (name: string): Call => ({ toolName: TOOL.createList, input: { name } });
export const getTaskCall = (taskId: number): Call => ({ toolName: TOOL.getTask, input: { task_id: taskId } });

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The task's labels with a change made: added ones last, each name once (ignoring case). */
function labelsAfter(change: Extract<Change, { verb: "label" }>, current: string[] | undefined): string[] {
  const kept = change.clear ? [] : (current ?? []).filter((l) => !change.remove.some((r) => sameName(r, l)));
  for (const name of change.add) if (!kept.some((l) => sameName(l, name))) kept.push(name);
  return kept;
}

/** The task's reminders as the tools take them, with one more (unless it already has that one). */
function remindersAfter(reminder: Reminder, current: TaskSummary["reminders"]): Reminder[] {
  const own: Reminder[] = Array.isArray(current) ? current.map((r) => (typeof r.at === "string" ? { at: r.at } : { before_minutes: r.before_minutes ?? 0 })) : [];
  const same = (r: Reminder) => JSON.stringify(r) === JSON.stringify(reminder);
  return own.some(same) ? own : [...own, reminder];
}

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
    case "move":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, list: change.list } };
    case "label":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, labels: labelsAfter(change, task?.labels) } };
    case "repeat":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, recurrence: change.recurrence } };
    case "remind":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, reminders: remindersAfter(change.reminder, task?.reminders) } };
    case "skip":
      return { toolName: TOOL.updateTask, input: { task_id: taskId, skip: true } };
    case "snooze":
      return { toolName: TOOL.snoozeReminder, input: { task_id: taskId, minutes: change.minutes } };
  }
}

/**
 * A change made from the task as it is: a priority one step up or down, labels added or taken
 * off (the tool replaces the whole set), a reminder added beside the task's own.
 */
export const needsTask = (change: Change) =>
  (change.verb === "priority" && typeof change.priority === "string") || (change.verb === "label" && !change.clear) || change.verb === "remind";

/**
 * Needs more of the task than a list shows: its reminders themselves, when it has any
 * (list_tasks only counts them). `task` is what the list showed, if anything.
 */
export const needsWholeTask = (change: Change, task?: TaskSummary) =>
  change.verb === "remind" && (task === undefined || (typeof task.reminders === "number" && task.reminders > 0));

/** The tools that change something. */
export const CHANGING: ReadonlySet<string> = new Set<AnyToolName>([
  TOOL.addTask, TOOL.completeTask, TOOL.deleteTask, TOOL.updateTask, TOOL.restoreTask, TOOL.snoozeReminder,
]);

/** The tools that only read. */
export const LOOKUPS: ReadonlySet<string> = new Set<AnyToolName>([TOOL.listTasks, TOOL.listLists, TOOL.getTask]);
