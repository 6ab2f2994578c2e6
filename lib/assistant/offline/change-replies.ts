import { instantLabel, priorityName } from "./dates";
import { dueAndPriority, numbered, plural, quote, taskLines } from "./list-replies";
import type { Outcome, Verb } from "./outcomes";
import type { PlanContext, TaskSummary, ToolError } from "./steps";

/**
 * Sentences for changes made (or not): "Added #4 “Buy groceries”.", "Moved #3 “Dentist” to Fri
 * 10:00.", "Deleted 2 tasks: …". Dates and priorities are confirmed from the tool's result, never
 * from the request, so the reply says what was really set.
 */

/** "You have no list called “Shopping” — your lists are Inbox, Work. Say “create a list called Shopping” to make it." */
export const noListSentence = (name: string, lists: string, or = "") =>
  `You have no list called “${name}” — your lists are ${lists}. Say “create a list called ${name}” to make it${or ? `, or ${or}` : ""}.`;

/** The tool's list_not_found message, for the user: its own words, without what it tells a model to do. */
export function noListReply(message: string | undefined, or = ""): string {
  const said = message?.match(/^You have no list called “(.+?)” — your lists are (.+?)\.(?:\s|$)/);
  return said ? noListSentence(said[1]!, said[2]!, or) : (message ?? "You have no list by that name.");
}

export function errorReply(error: ToolError, verb: Verb | undefined, taskId?: number): string {
  const task = taskId === undefined ? "that task" : `task ${taskId}`;
  if (error.error === "list_not_found") return noListReply(error.message);
  if (error.error === "conflict") return `That didn't work: ${error.message ?? "that name is already used"}.`;
  if (error.error === "task_not_found") {
    return verb === "restore" ? `I couldn't find ${task} in the trash.` : `I couldn't find ${task}. Say “show my tasks” to see their numbers.`;
  }
  if (error.error === "invalid_input") return `That didn't work: ${error.message ?? "the input was not valid"}.`;
  return "I couldn't reach your task list just now. Please try again in a moment.";
}

/** What a change sent and got back besides the task: the reminder's minutes, when a snooze reminds again. */
export interface Detail {
  input?: Record<string, unknown>;
  remindAt?: string;
  ctx?: PlanContext;
}

/** "30 minutes", "an hour", "1 hour 30 minutes", "a day". */
export function duration(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? "a day" : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? "an hour" : `${minutes / 60} hours`;
  if (minutes > 60) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return plural(minutes, "minute");
}

const repeatWords = (t: TaskSummary) => `${t.recurrence}${t.due ? `, next due ${t.due.label}` : ""}`;

/** The reminder a change sent last: minutes before the due time, or an instant. */
function reminderSent(input: Record<string, unknown> | undefined): { before_minutes?: number; at?: string } | undefined {
  const reminders = input?.reminders;
  return Array.isArray(reminders) ? (reminders.at(-1) as { before_minutes?: number; at?: string } | undefined) : undefined;
}

function reminderWords(sent: { before_minutes?: number; at?: string }, ctx?: PlanContext): string {
  if (sent.at) return ctx ? instantLabel(sent.at, ctx) : sent.at;
  return sent.before_minutes ? `${duration(sent.before_minutes)} before it's due` : "when it's due";
}

function added(t: TaskSummary, { input, ctx }: Detail): string {
  const where = t.list && t.list !== "Inbox" ? ` to ${t.list}` : "";
  const facts = [
    ...(t.due && !t.recurrence ? [dueAndPriority({ due: t.due } as TaskSummary)] : []),
    ...(typeof t.priority === "number" && t.priority < 4 ? [priorityName(t.priority)] : []),
    ...(t.labels?.length ? [`labelled ${t.labels.join(", ")}`] : []),
  ].join(", ");
  const repeats = t.recurrence ? ` Repeats: ${repeatWords(t)}.` : "";
  const sent = reminderSent(input);
  const remind = sent ? ` I'll remind you ${reminderWords(sent, ctx)}.` : "";
  return `Added ${numbered(t)}${where}${facts ? `, ${facts}` : ""}.${repeats}${remind}`;
}

function repeated(t: TaskSummary): string {
  if (!t.recurrence) return `${numbered(t)} no longer repeats${t.due ? `; it's due ${t.due.label}` : ""}.`;
  return `${numbered(t)} now repeats: ${repeatWords(t)}.`;
}

function reminded(t: TaskSummary, { input, ctx }: Detail): string {
  const sent = reminderSent(input) ?? {};
  const due = t.due ? ` (due ${t.due.label})` : "";
  if (sent.at) return `I'll remind you about ${numbered(t)} ${reminderWords(sent, ctx)}${due}.`;
  if (sent.before_minutes) return `I'll remind you ${duration(sent.before_minutes)} before ${numbered(t)}${due}.`;
  return `I'll remind you about ${numbered(t)} when it's due${due}.`;
}

function snoozed(t: TaskSummary, { remindAt, ctx }: Detail): string {
  const task = t.title ? numbered(t) : `task ${t.task_id}`;
  return remindAt && ctx ? `Snoozed ${task}: I'll remind you again ${instantLabel(remindAt, ctx)}.` : `Snoozed ${task}.`;
}

function dated(t: TaskSummary): string {
  if (!t.due) return t.previous?.due_date === null ? `${numbered(t)} has no due date.` : `Removed the due date from ${numbered(t)}.`;
  return t.previous?.due_date === null ? `${numbered(t)} is now due ${t.due.label}.` : `Moved ${numbered(t)} to ${t.due.label}.`;
}

const prioritised = (t: TaskSummary) =>
  typeof t.priority === "number" ? `${numbered(t)} is now ${priorityName(t.priority)}.` : `Changed the priority of ${numbered(t)}.`;

const DONE_ONE: Record<Verb, (t: TaskSummary, detail: Detail) => string> = {
  add: added,
  complete: (t) => `Nice work! Marked ${numbered(t)} as done.`,
  reopen: (t) => `Reopened ${numbered(t)}. It's back in your pending list.`,
  delete: (t) => `Deleted ${numbered(t)}. It's in the trash; say “undo” to bring it back.`,
  restore: (t) => `Restored ${numbered(t)}. It's back on your list.`,
  rename: (t) => `Renamed #${t.task_id} to ${quote(t.title)}.`,
  describe: (t) => `Updated the notes on ${numbered(t)}.`,
  due: dated,
  priority: prioritised,
  move: (t, { input }) => `Moved ${numbered(t)} to ${t.list ?? String(input?.list ?? "that list")}.`,
  label: (t) => (t.labels?.length ? `Labels on ${numbered(t)}: ${t.labels.join(", ")}.` : `${numbered(t)} has no labels now.`),
  repeat: repeated,
  remind: reminded,
  skip: (t) => `Skipped one: ${numbered(t)} is next due ${t.due?.label ?? "when it next repeats"}.`,
  snooze: snoozed,
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
  move: (count, lines) => `Moved ${count}:\n${lines}`,
  label: (count, lines) => `Changed the labels of ${count}:\n${lines}`,
  repeat: (count, lines) => `Changed how ${count} repeat:\n${lines}`,
  remind: (count, lines) => `Added a reminder to ${count}:\n${lines}`,
  skip: (count, lines) => `Skipped the next date of ${count}:\n${lines}`,
  snooze: (count, lines) => `Snoozed ${count}:\n${lines}`,
};
const UNDONE: Record<Verb, string> = {
  add: "added", complete: "completed", reopen: "reopened", delete: "deleted", restore: "restored", rename: "renamed", describe: "updated",
  due: "moved back", priority: "changed back", move: "moved back", label: "relabelled", repeat: "changed back", remind: "changed back",
  skip: "unskipped", snooze: "snoozed",
};

function undoneReply(verb: Verb, tasks: TaskSummary[], ctx?: PlanContext): string {
  if (tasks.length > 1) return `Undone: ${UNDONE[verb]} ${plural(tasks.length, "task")}:\n${taskLines(tasks, { ctx })}`;
  const task = tasks[0]!;
  if (verb === "rename") return `Undone: #${task.task_id} is ${quote(task.title)} again.`;
  if (verb === "describe") return `Undone: the notes on ${numbered(task)} are back as they were.`;
  if (verb === "due") return task.due ? `Undone: ${numbered(task)} is due ${task.due.label} again.` : `Undone: ${numbered(task)} has no due date again.`;
  if (verb === "priority" && typeof task.priority === "number") return `Undone: ${numbered(task)} is ${priorityName(task.priority)} again.`;
  if (verb === "move" && task.list) return `Undone: ${numbered(task)} is back in ${task.list}.`;
  if (verb === "label") return task.labels?.length ? `Undone: the labels on ${numbered(task)} are ${task.labels.join(", ")} again.` : `Undone: ${numbered(task)} has no labels again.`;
  if (verb === "remind") return `Undone: the reminders on ${numbered(task)} are back as they were.`;
  if (verb === "repeat") return task.recurrence ? `Undone: ${numbered(task)} repeats again: ${repeatWords(task)}.` : `Undone: ${numbered(task)} doesn't repeat again.`;
  return `Undone: ${UNDONE[verb]} ${numbered(task)}.`;
}

/** One sentence for one change, a short list for several of one kind. */
export function changedReply(verb: Verb, tasks: TaskSummary[], undo: boolean, ctx?: PlanContext, detail: Detail = {}): string {
  if (undo) return undoneReply(verb, tasks, ctx);
  if (tasks.length === 1) return DONE_ONE[verb](tasks[0]!, { ...detail, ctx });
  const list = tasks[0]!.list;
  if (verb === "add" && list && list !== "Inbox" && tasks.every((t) => t.list === list)) return `Added ${plural(tasks.length, "task")} to ${list}:\n${taskLines(tasks, { ctx })}`;
  return DONE_MANY[verb](plural(tasks.length, "task"), taskLines(tasks, { ctx, lists: verb === "add" || verb === "move" }));
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
