import { priorityName } from "./dates";
import { dueAndPriority, numbered, plural, quote, taskLines } from "./list-replies";
import type { Outcome, Verb } from "./outcomes";
import type { PlanContext, TaskSummary, ToolError } from "./steps";

/**
 * Sentences for changes made (or not): "Added #4 “Buy groceries”.", "Moved #3 “Dentist” to Fri
 * 10:00.", "Deleted 2 tasks: …". Dates and priorities are confirmed from the tool's result, never
 * from the request, so the reply says what was really set.
 */

export function errorReply(error: ToolError, verb: Verb | undefined, taskId?: number): string {
  const task = taskId === undefined ? "that task" : `task ${taskId}`;
  if (error.error === "task_not_found") {
    return verb === "restore" ? `I couldn't find ${task} in the trash.` : `I couldn't find ${task}. Say “show my tasks” to see their numbers.`;
  }
  if (error.error === "invalid_input") return `That didn't work: ${error.message ?? "the input was not valid"}.`;
  return "I couldn't reach your task list just now. Please try again in a moment.";
}

function added(t: TaskSummary): string {
  const facts = dueAndPriority(t);
  return `Added ${numbered(t)}${facts ? `, ${facts}` : ""}.`;
}

function dated(t: TaskSummary): string {
  if (!t.due) return t.previous?.due_date === null ? `${numbered(t)} has no due date.` : `Removed the due date from ${numbered(t)}.`;
  return t.previous?.due_date === null ? `${numbered(t)} is now due ${t.due.label}.` : `Moved ${numbered(t)} to ${t.due.label}.`;
}

const prioritised = (t: TaskSummary) =>
  typeof t.priority === "number" ? `${numbered(t)} is now ${priorityName(t.priority)}.` : `Changed the priority of ${numbered(t)}.`;

const DONE_ONE: Record<Verb, (t: TaskSummary) => string> = {
  add: added,
  complete: (t) => `Nice work! Marked ${numbered(t)} as done.`,
  reopen: (t) => `Reopened ${numbered(t)}. It's back in your pending list.`,
  delete: (t) => `Deleted ${numbered(t)}. It's in the trash; say “undo” to bring it back.`,
  restore: (t) => `Restored ${numbered(t)}. It's back on your list.`,
  rename: (t) => `Renamed #${t.task_id} to ${quote(t.title)}.`,
  describe: (t) => `Updated the notes on ${numbered(t)}.`,
  due: dated,
  priority: prioritised,
};
/** `count` is "3 tasks", `lines` the list of them. */
const DONE_MANY: Record<Verb, (count: string, lines: string) => string> = {
  add: (count, lines) => `Added ${count}:\n${lines}`,
  complete: (count, lines) => `Nice work! Marked ${count} as done:\n${lines}`,
  reopen: (count, lines) => `Reopened ${count}:\n${lines}`,
  delete: (count, lines) => `Deleted ${count}:\n${lines}\n\nThey're in the trash; say “undo” to bring them back.`,
  restore: (count, lines) => `Restored ${count}:\n${lines}`,
  rename: (count, lines) => `Renamed ${count}:\n${lines}`,
  describe: (count, lines) => `Updated the notes on ${count}:\n${lines}`,
  due: (count, lines) => `Changed the due dates of ${count}:\n${lines}`,
  priority: (count, lines) => `Changed the priority of ${count}:\n${lines}`,
};
const UNDONE: Record<Verb, string> = {
  add: "added", complete: "completed", reopen: "reopened", delete: "deleted", restore: "restored", rename: "renamed", describe: "updated",
  due: "moved back", priority: "changed back",
};

function undoneReply(verb: Verb, tasks: TaskSummary[], ctx?: PlanContext): string {
  if (tasks.length > 1) return `Undone: ${UNDONE[verb]} ${plural(tasks.length, "task")}:\n${taskLines(tasks, { ctx })}`;
  const task = tasks[0]!;
  if (verb === "rename") return `Undone: #${task.task_id} is ${quote(task.title)} again.`;
  if (verb === "describe") return `Undone: the notes on ${numbered(task)} are back as they were.`;
  if (verb === "due") return task.due ? `Undone: ${numbered(task)} is due ${task.due.label} again.` : `Undone: ${numbered(task)} has no due date again.`;
  if (verb === "priority" && typeof task.priority === "number") return `Undone: ${numbered(task)} is ${priorityName(task.priority)} again.`;
  return `Undone: ${UNDONE[verb]} ${numbered(task)}.`;
}

/** One sentence for one change, a short list for several of one kind. */
export function changedReply(verb: Verb, tasks: TaskSummary[], undo: boolean, ctx?: PlanContext): string {
  if (undo) return undoneReply(verb, tasks, ctx);
  if (tasks.length === 1) return DONE_ONE[verb](tasks[0]!);
  return DONE_MANY[verb](plural(tasks.length, "task"), taskLines(tasks, { ctx }));
}

/** Consecutive changes of one kind, from `start`: their tasks and where the run ends. */
export function runOfChanges(outcomes: Outcome[], start: number): { tasks: TaskSummary[]; end: number } {
  const first = outcomes[start] as Extract<Outcome, { type: "changed" }>;
  const tasks: TaskSummary[] = [];
  let end = start;
  for (; end < outcomes.length; end++) {
    const next = outcomes[end]!;
    if (next.type !== "changed" || next.verb !== first.verb || next.undo !== first.undo) break;
    tasks.push(next.task);
  }
  return { tasks, end };
}
