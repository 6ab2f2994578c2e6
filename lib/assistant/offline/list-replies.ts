import type { DueSummary } from "../tools/summary";
import { priorityName, todayOf } from "./dates";
import type { ListFilter, Status } from "./intent-types";
import type { Outcome } from "./outcomes";
import type { PlanContext, TaskSummary } from "./steps";

/** Lists and counts in words: "You have 3 pending tasks:", "You have 2 tasks due today:", "- #3 Dentist — Fri 10:00". */
export const quote = (text: string) => `“${text}”`;
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
export const numbered = (t: TaskSummary) => `#${t.task_id} ${quote(t.title)}`;

/** Past its date (or, timed, its moment) in the turn's zone. */
export function isPastDue(due: DueSummary, ctx: PlanContext): boolean {
  return due.at ? Date.parse(due.at) < ctx.now.getTime() : due.date < todayOf(ctx);
}

/** "Fri 10:00", "Yesterday, overdue", plus the priority when it is above the default: "Tomorrow, P1". */
function notesOf(t: TaskSummary & { completed?: boolean }, ctx: PlanContext | undefined): string {
  const notes: string[] = [];
  if (t.due) notes.push(ctx && !t.completed && isPastDue(t.due, ctx) ? `${t.due.label}, overdue` : t.due.label);
  if (typeof t.priority === "number" && t.priority < 4) notes.push(`P${t.priority}`);
  return notes.length > 0 ? ` — ${notes.join(", ")}` : "";
}

/**
 * One line per task; "(done)" marks completed ones unless `marks` is off (a list of done tasks);
 * `lists` names the list of a task outside the Inbox ("in Groceries"), for tasks just added or moved.
 */
export function taskLines(
  tasks: (TaskSummary & { completed?: boolean })[],
  { marks = true, ctx, lists = false }: { marks?: boolean; ctx?: PlanContext; lists?: boolean } = {},
): string {
  const where = (t: TaskSummary) => (lists && t.list && t.list !== "Inbox" ? ` (in ${t.list})` : "");
  return tasks.map((t) => `- #${t.task_id} ${t.title}${notesOf(t, ctx)}${where(t)}${marks && t.completed ? " (done)" : ""}`).join("\n");
}

/** "due Fri 10:00 (overdue), urgent (P1)" for a sentence about one task; "" when it has neither. */
export function dueAndPriority(t: TaskSummary & { completed?: boolean }, ctx?: PlanContext): string {
  const parts: string[] = [];
  if (t.due) parts.push(`due ${t.due.label}${ctx && !t.completed && isPastDue(t.due, ctx) ? " (overdue)" : ""}`);
  if (typeof t.priority === "number" && t.priority < 4) parts.push(priorityName(t.priority));
  return parts.join(", ");
}

export const STATUS_WORD: Record<Status, string> = { all: "", pending: "pending ", completed: "completed ", trash: "deleted " };

const more = (shown: number, total: number) => (total > shown ? `\n\n…and ${total - shown} more.` : "");

export function listReply(status: Status, tasks: TaskSummary[], total: number, ctx?: PlanContext): string {
  if (total === 0) {
    if (status === "trash") return "Your trash is empty.";
    if (status === "completed") return "You haven't completed any tasks yet.";
    if (status === "pending") return "Nothing pending. You're all caught up!";
    return "You have no tasks yet. Try “add a task to buy groceries”.";
  }
  const noun = `${STATUS_WORD[status]}task${total === 1 ? "" : "s"}`;
  const head = status === "trash" ? `${total} ${noun} in the trash:` : `You have ${total} ${noun}:`;
  return `${head}\n${taskLines(tasks, { marks: status === "all", ctx })}${more(tasks.length, total)}`;
}

/** "Nothing due today.", "Nothing is overdue." */
function nothing(filter: ListFilter): string {
  const only = !filter.priority && !filter.list && !filter.label;
  if (filter.due === "none" && only) return "Every pending task has a due date.";
  if (filter.due === "overdue" && only) return "Nothing is overdue. You're on top of things!";
  return `Nothing ${filter.words}.`;
}

/** "2 tasks due today", "2 overdue tasks", "2 urgent (P1) tasks". */
function howMany(total: number, filter: ListFilter): string {
  if (filter.due === "overdue" && !filter.priority && !filter.list && !filter.label) return plural(total, "overdue task");
  if (filter.priority && !filter.due && !filter.after && !filter.before) return plural(total, `${filter.words} task`);
  return `${plural(total, "task")} ${filter.words}`;
}

function completedOnReply(filter: ListFilter, tasks: TaskSummary[], total: number, listed: boolean): string {
  if (total === 0) return filter.words === "today" ? "Nothing completed today yet." : `You didn't complete anything ${filter.words}.`;
  const head = `You've completed ${plural(total, "task")} ${filter.words}`;
  return listed ? `${head}:\n${taskLines(tasks, { marks: false })}${more(tasks.length, total)}` : `${head}.`;
}

export function filteredReply(o: Extract<Outcome, { type: "listed" | "counted" }> & { filter: ListFilter }, ctx: PlanContext): string {
  const { tasks, total } = o;
  // The list's own name, as the tasks show it ("work" was said, the list is "Work").
  const named = o.filter.list && tasks[0]?.list;
  const filter = named ? { ...o.filter, words: o.filter.words.replace(`in ${o.filter.list}`, `in ${named}`) } : o.filter;
  const listed = o.type === "listed";
  if (filter.completedOn) return completedOnReply(filter, tasks, total, listed);
  if (total === 0) return nothing(filter);
  if (!listed) return `You have ${howMany(total, filter)}.`;
  return `You have ${howMany(total, filter)}:\n${taskLines(tasks, { marks: o.status !== "pending", ctx })}${more(tasks.length, total)}`;
}

export function countReply(status: Status, tasks: (TaskSummary & { completed?: boolean })[], total: number): string {
  if (status === "trash") return total === 0 ? "Your trash is empty." : `There ${total === 1 ? "is 1 task" : `are ${total} tasks`} in the trash.`;
  if (status === "completed") return total === 0 ? "You haven't completed any tasks yet." : `You've completed ${plural(total, "task")}.`;
  if (status === "pending") return total === 0 ? "Nothing pending. You're all caught up!" : `You have ${plural(total, "pending task")}.`;
  if (total === 0) return "You have no tasks yet.";
  if (tasks.length < total) return `You have ${plural(total, "task")}.`;
  const finished = tasks.filter((t) => t.completed).length;
  if (finished === 0) return `You have ${plural(total, "task")}, ${total === 1 ? "pending" : "all pending"}.`;
  if (finished === total) return `You have ${plural(total, "task")}, ${total === 1 ? "done" : "all done"}.`;
  return `You have ${plural(total, "task")}: ${total - finished} pending and ${finished} done.`;
}
