/** The offline assistant's sentences: friendly, short, always naming the task and its number. */
export interface ListedTask {
  task_id: number;
  title: string;
  description?: string;
  completed: boolean;
}

export const quote = (title: string) => `“${title}”`;

export function taskLines(tasks: ListedTask[]): string {
  return tasks.map((t) => `- #${t.task_id} ${t.title}${t.completed ? " (done)" : ""}`).join("\n");
}

const STATUS_WORDS = { all: "", pending: "pending ", completed: "completed ", trash: "deleted " } as const;

export function listReply(status: keyof typeof STATUS_WORDS, tasks: ListedTask[], total: number): string {
  if (total === 0) {
    if (status === "trash") return "Your trash is empty.";
    if (status === "completed") return "You haven't completed any tasks yet.";
    if (status === "pending") return "Nothing pending. You're all caught up!";
    return "You have no tasks yet. Try “add a task to buy groceries”.";
  }
  const noun = `${STATUS_WORDS[status]}task${total === 1 ? "" : "s"}`;
  const head = status === "trash" ? `${total} ${noun} in the trash:` : `You have ${total} ${noun}:`;
  const more = total > tasks.length ? `\n…and ${total - tasks.length} more.` : "";
  return `${head}\n${taskLines(tasks)}${more}`;
}

export function actionReply(toolName: string, result: { task_id: number; title: string }): string {
  const task = `#${result.task_id} ${quote(result.title)}`;
  switch (toolName) {
    case "add_task":
      return `Added ${task} to your list.`;
    case "complete_task":
      return `Nice work! Marked ${task} as done.`;
    case "delete_task":
      return `Deleted ${task}. It's in the trash; say “undo” to bring it back.`;
    case "restore_task":
      return `Restored ${task}. It's back on your list.`;
    default:
      return `Updated ${task}.`;
  }
}

export function errorReply(error: { error: string; message?: string }, taskId?: number): string {
  if (error.error === "task_not_found") {
    return `I couldn't find task ${taskId ?? ""}`.trim() + ". Say “show my tasks” to see their numbers.";
  }
  if (error.error === "invalid_input") return `That didn't work: ${error.message ?? "the input was not valid"}.`;
  return "I couldn't reach your task list just now. Please try again in a moment.";
}

export const HELP =
  "I'm Docket's built-in assistant. I can manage your tasks with simple requests like:\n" +
  "- “Add a task to buy groceries”\n- “What's pending?”\n- “Mark task 3 as done”\n" +
  "- “Delete the meeting task”\n- “Change task 1 to ‘Call mom tonight’”\n- “Undo”";

export const GREETING = `Hi! ${HELP.replace("I'm Docket's built-in assistant. ", "")}`;
