import { numbered, plural, quote, taskLines } from "./list-replies";
import type { Outcome, Verb } from "./outcomes";
import type { TaskSummary, ToolError } from "./steps";

/** Sentences for changes made (or not): "Added #4 “Buy groceries”.", "Deleted 2 tasks: …". */

export function errorReply(error: ToolError, verb: Verb | undefined, taskId?: number): string {
  const task = taskId === undefined ? "that task" : `task ${taskId}`;
  if (error.error === "task_not_found") {
    return verb === "restore" ? `I couldn't find ${task} in the trash.` : `I couldn't find ${task}. Say “show my tasks” to see their numbers.`;
  }
  if (error.error === "invalid_input") return `That didn't work: ${error.message ?? "the input was not valid"}.`;
  return "I couldn't reach your task list just now. Please try again in a moment.";
}

const DONE_ONE: Record<Verb, (t: TaskSummary) => string> = {
  add: (t) => `Added ${numbered(t)}.`,
  complete: (t) => `Nice work! Marked ${numbered(t)} as done.`,
  reopen: (t) => `Reopened ${numbered(t)}. It's back in your pending list.`,
  delete: (t) => `Deleted ${numbered(t)}. It's in the trash; say “undo” to bring it back.`,
  restore: (t) => `Restored ${numbered(t)}. It's back on your list.`,
  rename: (t) => `Renamed #${t.task_id} to ${quote(t.title)}.`,
  describe: (t) => `Updated the notes on ${numbered(t)}.`,
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
};
const UNDONE: Record<Verb, string> = {
  add: "added", complete: "completed", reopen: "reopened", delete: "deleted", restore: "restored", rename: "renamed", describe: "updated",
};

function undoneReply(verb: Verb, tasks: TaskSummary[]): string {
  if (tasks.length > 1) return `Undone: ${UNDONE[verb]} ${plural(tasks.length, "task")}:\n${taskLines(tasks)}`;
  const task = tasks[0]!;
  if (verb === "rename") return `Undone: #${task.task_id} is ${quote(task.title)} again.`;
  if (verb === "describe") return `Undone: the notes on ${numbered(task)} are back as they were.`;
  return `Undone: ${UNDONE[verb]} ${numbered(task)}.`;
}

/** One sentence for one change, a short list for several of one kind. */
export function changedReply(verb: Verb, tasks: TaskSummary[], undo: boolean): string {
  if (undo) return undoneReply(verb, tasks);
  if (tasks.length === 1) return DONE_ONE[verb](tasks[0]!);
  return DONE_MANY[verb](plural(tasks.length, "task"), taskLines(tasks));
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
