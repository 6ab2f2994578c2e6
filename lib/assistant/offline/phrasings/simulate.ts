import type { LanguageModelV4Prompt } from "@ai-sdk/provider";
import { dueInstant, dueLabel, parseDueString, parsePriority, todayIn, type Due } from "@/lib/quick-add";
import { TOOL } from "../../tools/names";
import { planNextStep } from "../plan";
import type { Call, PlanContext } from "../steps";
import type { TaskFixture } from "./rows";

/**
 * A conversation with the offline model over an in-memory task list that behaves like the real
 * tools (numbers, trash, status and due filters, substring queries, at most 50 listed, due words
 * read in the turn's zone, results with due labels and previous values, errors as values),
 * driven the way streamText drives it: one assistant message per step, then its tool results.
 */
interface StoredTask {
  task_id: number;
  title: string;
  description: string;
  completed: boolean;
  completed_at: string | null;
  deleted: number | null;
  due: Due | null;
  priority: number;
}

export const SIMULATED_NOW = new Date("2026-03-10T15:00:00Z");
export const SIMULATED_CTX: PlanContext = { timezone: "UTC", now: SIMULATED_NOW };

type Outcome<T> = T | { error: "invalid_input"; message: string };
const invalid = (message: string) => ({ error: "invalid_input" as const, message });

export function taskStore(fixtures: TaskFixture[] = [], ctx: PlanContext = SIMULATED_CTX) {
  let deletions = 0;
  const readDue = (words: string): Outcome<Due | null> => {
    const due = parseDueString(words, ctx);
    return due === null ? invalid(`Couldn't read “${words}” as a date: try “tomorrow 6pm”, “fri”, “dec 3” or 2026-12-03`) : due === "clear" ? null : due;
  };
  const tasks: StoredTask[] = fixtures.map((f, i) => {
    const t = typeof f === "string" ? { title: f } : f;
    const due = t.due === undefined ? null : readDue(t.due);
    if (due && "error" in due) throw new Error(`fixture due ${t.due}: ${due.message}`);
    return {
      task_id: i + 1,
      title: t.title,
      description: t.description ?? "",
      completed: t.done ?? false,
      completed_at: t.done ? (t.completedAt ?? "2026-03-01T10:00:00Z") : null,
      deleted: t.deleted ? ++deletions : null,
      due,
      priority: t.priority ?? 4,
    };
  });
  const today = todayIn(ctx.timezone, ctx.now);
  const notFound = (id: unknown) => ({ error: "task_not_found", message: `Task ${String(id)} not found` });
  const live = (id: unknown) => tasks.find((t) => t.task_id === id && t.deleted === null);
  const dueSummary = (due: Due | null) =>
    due && { ...due, zone: ctx.timezone, at: dueInstant(due, ctx.timezone)?.toISOString() ?? null, label: dueLabel(due, ctx) };
  const facts = (t: StoredTask) => ({ task_id: t.task_id, title: t.title, completed: t.completed, due: dueSummary(t.due), priority: t.priority });
  const previousOf = (t: StoredTask) => ({
    title: t.title, description: t.description, completed: t.completed, due_date: t.due?.date ?? null, due_time: t.due?.time ?? null, priority: t.priority,
  });
  const summary = (t: StoredTask, status: string, previous?: ReturnType<typeof previousOf>) => ({ ...facts(t), status, ...(previous && { previous }) });

  /** The due and priority a write asks for, or what is wrong with them. */
  function dueFields(input: Record<string, unknown>): Outcome<{ due?: Due | null; priority?: number }> {
    const out: { due?: Due | null; priority?: number } = {};
    if (input.due != null) {
      const due = readDue(String(input.due));
      if (due && "error" in due) return due;
      out.due = due;
    }
    if (input.priority != null) {
      const priority = parsePriority(String(input.priority));
      if (priority === null) return invalid("Priority must be 1–4 or a word: urgent, high, medium, low");
      out.priority = priority;
    }
    return out;
  }

  const dayOf = (instant: string) => todayIn(ctx.timezone, new Date(instant));
  const byDue = (a: StoredTask, b: StoredTask) =>
    (a.due ? 0 : 1) - (b.due ? 0 : 1) ||
    (a.due?.date ?? "").localeCompare(b.due?.date ?? "") ||
    (a.due?.time ? 1 : 0) - (b.due?.time ? 1 : 0) ||
    (a.due?.time ?? "").localeCompare(b.due?.time ?? "") ||
    a.priority - b.priority ||
    a.task_id - b.task_id;

  function list(input: Record<string, unknown>) {
    const status = (input.status as string | undefined) ?? "all";
    const query = String(input.query ?? "").toLowerCase();
    const { due, due_before: before, due_after: after, priority, completed_on: doneOn } = input as Record<string, string | number | undefined>;
    const found = tasks
      .filter((t) => (status === "trash" ? t.deleted !== null : t.deleted === null))
      .filter((t) => (status === "pending" ? !t.completed : status === "completed" ? t.completed : true))
      .filter((t) => !query || `${t.title}\n${t.description}`.toLowerCase().includes(query))
      .filter((t) => (due === "none" ? !t.due : due === "today" ? t.due?.date === today : due === "overdue" ? !!t.due && t.due.date < today : due === "upcoming" ? !!t.due && t.due.date > today : true))
      .filter((t) => (before === undefined || (!!t.due && t.due.date <= String(before))) && (after === undefined || (!!t.due && t.due.date >= String(after))))
      .filter((t) => priority === undefined || t.priority === priority)
      .filter((t) => doneOn === undefined || (t.completed_at !== null && dayOf(t.completed_at) === doneOn))
      .sort(status === "trash" ? (a, b) => b.deleted! - a.deleted! : due !== undefined || before !== undefined || after !== undefined ? byDue : (a, b) => a.task_id - b.task_id);
    return {
      tasks: found.slice(0, 50).map((t) => ({ ...facts(t), description: t.description, completed_at: t.completed_at })),
      total: found.length,
    };
  }

  function execute({ toolName, input }: Call): unknown {
    switch (toolName) {
      case TOOL.addTask: {
        const title = String(input.title ?? "").trim();
        if (!title) return invalid("Title can't be empty");
        if (title.length > 200) return invalid("Title must be 200 characters or fewer");
        const fields = dueFields(input);
        if ("error" in fields) return fields;
        const task: StoredTask = {
          task_id: tasks.length + 1, title, description: String(input.description ?? ""), completed: false, completed_at: null, deleted: null,
          due: fields.due ?? null, priority: fields.priority ?? 4,
        };
        tasks.push(task);
        return summary(task, "created");
      }
      case TOOL.listTasks:
        return list(input);
      case TOOL.completeTask: {
        const task = live(input.task_id);
        if (!task) return notFound(input.task_id);
        const previous = previousOf(task);
        [task.completed, task.completed_at] = [true, task.completed_at ?? ctx.now.toISOString()];
        return summary(task, "completed", previous);
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
        const fields = dueFields(input);
        if ("error" in fields) return fields;
        const previous = previousOf(task);
        if (typeof input.title === "string") task.title = input.title;
        if (typeof input.description === "string") task.description = input.description;
        if (typeof input.completed === "boolean") [task.completed, task.completed_at] = [input.completed, input.completed ? ctx.now.toISOString() : null];
        if (fields.due !== undefined) task.due = fields.due;
        if (fields.priority !== undefined) task.priority = fields.priority;
        return summary(task, "updated", previous);
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
export function converse(messages: string[], fixtures: TaskFixture[] = [], ctx: PlanContext = SIMULATED_CTX) {
  const store = taskStore(fixtures, ctx);
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
