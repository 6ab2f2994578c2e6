import type { Status } from "./intent-types";
import type { Outcome } from "./outcomes";
import type { ListedTask, TaskSummary } from "./steps";

/** Lists and counts in words: "You have 3 pending tasks:", "You have 7 tasks: 5 pending and 2 done." */
export const quote = (text: string) => `“${text}”`;
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
export const numbered = (t: TaskSummary) => `#${t.task_id} ${quote(t.title)}`;

/** One line per task; "(done)" marks completed ones unless the whole list is of completed tasks. */
export function taskLines(tasks: (TaskSummary & { completed?: boolean })[], marks = true): string {
  return tasks.map((t) => `- #${t.task_id} ${t.title}${marks && t.completed ? " (done)" : ""}`).join("\n");
}

export const STATUS_WORD: Record<Status, string> = { all: "", pending: "pending ", completed: "completed ", trash: "deleted " };

export function listReply(status: Status, tasks: ListedTask[], total: number): string {
  if (total === 0) {
    if (status === "trash") return "Your trash is empty.";
    if (status === "completed") return "You haven't completed any tasks yet.";
    if (status === "pending") return "Nothing pending. You're all caught up!";
    return "You have no tasks yet. Try “add a task to buy groceries”.";
  }
  const noun = `${STATUS_WORD[status]}task${total === 1 ? "" : "s"}`;
  const head = status === "trash" ? `${total} ${noun} in the trash:` : `You have ${total} ${noun}:`;
  const more = total > tasks.length ? `\n\n…and ${total - tasks.length} more.` : "";
  return `${head}\n${taskLines(tasks, status === "all")}${more}`;
}

export function countReply(status: Status, tasks: ListedTask[], total: number): string {
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

export function todayReply(o: Extract<Outcome, { type: "listed" }>): string {
  if (o.today === "unknown") return o.total === 0 ? "You haven't completed any tasks yet." : `I can't see when tasks were completed yet, so here's everything that's done:\n${taskLines(o.tasks, false)}`;
  return o.total === 0 ? "Nothing completed today yet." : `You've completed ${plural(o.total, "task")} today:\n${taskLines(o.tasks, false)}`;
}

