import type { LanguageModelV4Prompt } from "@ai-sdk/provider";
import { TOOL } from "../../tools/names";
import { planNextStep } from "../plan";
import type { Call, PlanContext } from "../steps";
import type { TaskFixture } from "./rows";

/**
 * A conversation with the offline model over an in-memory task list that behaves like the real
 * tools (numbers, trash, status filters, substring queries, at most 50 listed, errors as values),
 * driven the way streamText drives it: one assistant message per step, then its tool results.
 */
interface StoredTask {
  task_id: number;
  title: string;
  description: string;
  completed: boolean;
  completed_at: string | null;
  deleted: number | null;
}

export const SIMULATED_NOW = new Date("2026-03-10T15:00:00Z");

export function taskStore(fixtures: TaskFixture[] = [], { completedAt = false } = {}) {
  let deletions = 0;
  const tasks: StoredTask[] = fixtures.map((f, i) => {
    const t = typeof f === "string" ? { title: f } : f;
    return {
      task_id: i + 1,
      title: t.title,
      description: t.description ?? "",
      completed: t.done ?? false,
      completed_at: t.done ? (t.completedAt ?? "2026-03-01T10:00:00Z") : null,
      deleted: t.deleted ? ++deletions : null,
    };
  });
  const notFound = (id: unknown) => ({ error: "task_not_found", message: `Task ${String(id)} not found` });
  const live = (id: unknown) => tasks.find((t) => t.task_id === id && t.deleted === null);
  const summary = (t: StoredTask, status: string) => ({ task_id: t.task_id, status, title: t.title });

  function execute({ toolName, input }: Call): unknown {
    switch (toolName) {
      case TOOL.addTask: {
        const title = String(input.title ?? "").trim();
        if (!title) return { error: "invalid_input", message: "Title can't be empty" };
        if (title.length > 200) return { error: "invalid_input", message: "Title must be 200 characters or fewer" };
        const task = { task_id: tasks.length + 1, title, description: String(input.description ?? ""), completed: false, completed_at: null, deleted: null };
        tasks.push(task);
        return summary(task, "created");
      }
      case TOOL.listTasks: {
        const status = (input.status as string | undefined) ?? "all";
        const query = String(input.query ?? "").toLowerCase();
        const found = tasks
          .filter((t) => (status === "trash" ? t.deleted !== null : t.deleted === null))
          .filter((t) => (status === "pending" ? !t.completed : status === "completed" ? t.completed : true))
          .filter((t) => !query || `${t.title}\n${t.description}`.toLowerCase().includes(query))
          .sort((a, b) => (status === "trash" ? b.deleted! - a.deleted! : a.task_id - b.task_id));
        return {
          tasks: found.slice(0, 50).map((t) => ({
            task_id: t.task_id,
            title: t.title,
            description: t.description,
            completed: t.completed,
            ...(completedAt && { completed_at: t.completed_at }),
          })),
          total: found.length,
        };
      }
      case TOOL.completeTask: {
        const task = live(input.task_id);
        if (!task) return notFound(input.task_id);
        [task.completed, task.completed_at] = [true, SIMULATED_NOW.toISOString()];
        return summary(task, "completed");
      }
      case TOOL.deleteTask: {
        const task = live(input.task_id);
        if (!task) return notFound(input.task_id);
        task.deleted = ++deletions;
        return summary(task, "deleted");
      }
      case TOOL.restoreTask: {
        const task = tasks.find((t) => t.task_id === input.task_id && t.deleted !== null);
        if (!task) return notFound(input.task_id);
        task.deleted = null;
        return summary(task, "restored");
      }
      case TOOL.updateTask: {
        const task = live(input.task_id);
        if (!task) return notFound(input.task_id);
        if (typeof input.title === "string") task.title = input.title;
        if (typeof input.description === "string") task.description = input.description;
        if (typeof input.completed === "boolean") [task.completed, task.completed_at] = [input.completed, input.completed ? SIMULATED_NOW.toISOString() : null];
        return summary(task, "updated");
      }
    }
  }
  return { tasks, execute };
}

export interface TurnResult {
  calls: Call[];
  reply: string;
}

/** Sends each message in turn; the result of the last one. */
export function converse(messages: string[], fixtures: TaskFixture[] = [], options: { ctx?: PlanContext; completedAt?: boolean } = {}) {
  const store = taskStore(fixtures, options);
  const ctx = options.ctx ?? { timezone: "UTC", now: SIMULATED_NOW };
  const prompt: LanguageModelV4Prompt = [];
  let last: TurnResult = { calls: [], reply: "" };
  let id = 0;
  for (const text of messages) {
    prompt.push({ role: "user", content: [{ type: "text", text }] });
    last = { calls: [], reply: "" };
    for (let step = 0; step < 8; step++) {
      const next = planNextStep(prompt, ctx);
      if (next.type === "text") {
        prompt.push({ role: "assistant", content: [{ type: "text", text: next.text }] });
        last.reply = next.text;
        break;
      }
      const ids = next.calls.map(() => `c${id++}`);
      prompt.push({ role: "assistant", content: next.calls.map((c, i) => ({ type: "tool-call", toolCallId: ids[i]!, toolName: c.toolName, input: c.input })) });
      prompt.push({
        role: "tool",
        content: next.calls.map((c, i) => ({ type: "tool-result", toolCallId: ids[i]!, toolName: c.toolName, output: { type: "json", value: store.execute(c) as never } })),
      });
      last.calls.push(...next.calls);
    }
  }
  return { ...last, store, prompt };
}
