import type { LanguageModelV4Prompt } from "@ai-sdk/provider";
import { parseIntent, type Intent, type TaskRef } from "./intents";
import { actionReply, errorReply, GREETING, HELP, listReply, quote, taskLines, type ListedTask } from "./replies";

export type Step = { type: "tool"; toolName: string; input: Record<string, unknown> } | { type: "text"; text: string };

interface ToolStep {
  toolName: string;
  input: Record<string, unknown>;
  output: unknown;
}

type ActionIntent = Extract<Intent, { ref: TaskRef }>;

function outputValue(output: unknown): unknown {
  const o = output as { type?: string; value?: unknown } | undefined;
  if (!o || typeof o !== "object") return output;
  if (o.type === "json" || o.type === "error-json") return o.value;
  if (typeof o.value === "string") {
    try {
      return JSON.parse(o.value);
    } catch {
      return { error: "unavailable", message: o.value };
    }
  }
  return o.value;
}

/** Tool calls with their results, in order, from a slice of the prompt. */
function toolSteps(messages: LanguageModelV4Prompt): ToolStep[] {
  const results = new Map<string, unknown>();
  for (const m of messages) {
    if (m.role !== "tool" && m.role !== "assistant") continue;
    for (const part of m.content) if (part.type === "tool-result") results.set(part.toolCallId, outputValue(part.output));
  }
  const steps: ToolStep[] = [];
  for (const m of messages) {
    if (m.role !== "assistant") continue;
    for (const part of m.content) {
      if (part.type !== "tool-call") continue;
      const input = (typeof part.input === "string" ? JSON.parse(part.input) : part.input) as Record<string, unknown>;
      steps.push({ toolName: part.toolName, input, output: results.get(part.toolCallId) });
    }
  }
  return steps;
}

const isError = (v: unknown): v is { error: string; message?: string } =>
  typeof v === "object" && v !== null && typeof (v as { error?: unknown }).error === "string";

const STOP = new Set(["the", "a", "an", "my", "to", "for", "about", "task", "tasks", "todo", "one", "of", "with", "on", "at", "in"]);
const stem = (w: string) => w.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
const tokens = (s: string) =>
  s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w)).map(stem);

function matching(words: string, tasks: ListedTask[]): ListedTask[] {
  const wanted = tokens(words);
  if (wanted.length === 0) return [];
  return tasks.filter((t) => {
    const have = tokens(`${t.title} ${t.description ?? ""}`);
    return wanted.every((w) => have.some((h) => h.startsWith(w) || w.startsWith(h)));
  });
}

/** The list_tasks search for a task named by words: a prefix of its longest word, filtered after. */
function searchFor(words: string): string {
  const longest = [...words.toLowerCase().split(/[^\p{L}\p{N}]+/u)].filter((w) => !STOP.has(w)).sort((a, b) => b.length - a.length)[0] ?? words;
  return longest.slice(0, Math.max(3, Math.min(5, longest.length)));
}

const VERB: Record<ActionIntent["kind"], string> = {
  complete: "mark as done",
  reopen: "reopen",
  delete: "delete",
  restore: "restore",
  rename: "change",
};

function actionCall(intent: ActionIntent, taskId: number): Step {
  switch (intent.kind) {
    case "complete":
      return { type: "tool", toolName: "complete_task", input: { task_id: taskId } };
    case "reopen":
      return { type: "tool", toolName: "update_task", input: { task_id: taskId, completed: false } };
    case "delete":
      return { type: "tool", toolName: "delete_task", input: { task_id: taskId } };
    case "restore":
      return { type: "tool", toolName: "restore_task", input: { task_id: taskId } };
    case "rename":
      return { type: "tool", toolName: "update_task", input: { task_id: taskId, title: intent.title } };
  }
}

function afterAction(step: ToolStep, intent?: ActionIntent): Step {
  const taskId = step.input.task_id as number | undefined;
  if (isError(step.output)) return { type: "text", text: errorReply(step.output, taskId) };
  const result = step.output as { task_id: number; title: string };
  if (intent?.kind === "rename") return { type: "text", text: `Renamed #${result.task_id} to ${quote(result.title)}.` };
  if (intent?.kind === "reopen") return { type: "text", text: `Reopened #${result.task_id} ${quote(result.title)}. It's back in your pending list.` };
  return { type: "text", text: actionReply(step.toolName, result) };
}

function planAction(intent: ActionIntent, steps: ToolStep[]): Step {
  if ("number" in intent.ref) {
    const done = steps[0];
    return done ? afterAction(done, intent) : actionCall(intent, intent.ref.number);
  }
  const words = intent.ref.words;
  const [search, next] = steps;
  if (!search) {
    const status = intent.kind === "restore" ? "trash" : "all";
    return { type: "tool", toolName: "list_tasks", input: { status, query: searchFor(words) } };
  }
  if (isError(search.output)) return { type: "text", text: errorReply(search.output) };
  if (next?.toolName !== "list_tasks" && next) return afterAction(next, intent);
  const found = matching(words, (search.output as { tasks: ListedTask[] }).tasks);
  const candidates = intent.kind === "complete" ? found.filter((t) => !t.completed) : found;
  if (candidates.length === 1) return actionCall(intent, candidates[0]!.task_id);
  if (candidates.length > 1) {
    const example = candidates[0]!.task_id;
    return {
      type: "text",
      text: `I found ${candidates.length} tasks matching ${quote(words)}:\n${taskLines(candidates)}\nWhich one should I ${VERB[intent.kind]}? Say, for example, “${VERB[intent.kind]} task ${example}”.`,
    };
  }
  if (!next) return { type: "tool", toolName: "list_tasks", input: { status: "pending" } };
  const pending = (isError(next.output) ? [] : (next.output as { tasks: ListedTask[] }).tasks) ?? [];
  const where = intent.kind === "restore" ? " in the trash" : "";
  return {
    type: "text",
    text: pending.length
      ? `I couldn't find a task matching ${quote(words)}${where}. Here's what's pending:\n${taskLines(pending)}`
      : `I couldn't find a task matching ${quote(words)}${where}, and nothing is pending.`,
  };
}

/** What "undo" reverses: the last successful change in the conversation before this message. */
function planUndo(history: ToolStep[], steps: ToolStep[]): Step {
  if (steps[0]) {
    const step = steps[0];
    if (isError(step.output)) return { type: "text", text: errorReply(step.output, step.input.task_id as number) };
    const r = step.output as { task_id: number; title: string };
    const what = step.toolName === "restore_task" ? "restored" : step.toolName === "delete_task" ? "deleted" : "reopened";
    return { type: "text", text: `Undone: ${what} #${r.task_id} ${quote(r.title)}.` };
  }
  const last = [...history].reverse().find((s) => s.toolName !== "list_tasks" && !isError(s.output));
  const taskId = (last?.output as { task_id?: number } | undefined)?.task_id;
  if (!last || !taskId) return { type: "text", text: "There's nothing to undo yet. I can undo a delete, a completion or an add right after it." };
  if (last.toolName === "delete_task") return { type: "tool", toolName: "restore_task", input: { task_id: taskId } };
  if (last.toolName === "complete_task") return { type: "tool", toolName: "update_task", input: { task_id: taskId, completed: false } };
  if (last.toolName === "add_task" || last.toolName === "restore_task") return { type: "tool", toolName: "delete_task", input: { task_id: taskId } };
  return { type: "text", text: "I can only undo a delete, a completion or an add. Tell me what to change instead." };
}

/** Decides the next step of the offline assistant from the conversation so far. */
export function planNextStep(prompt: LanguageModelV4Prompt): Step {
  let lastUser = -1;
  prompt.forEach((m, i) => {
    if (m.role === "user") lastUser = i;
  });
  if (lastUser < 0) return { type: "text", text: HELP };
  const userMessage = prompt[lastUser]!;
  const text = userMessage.role === "user" ? userMessage.content.map((p) => (p.type === "text" ? p.text : "")).join(" ") : "";
  const steps = toolSteps(prompt.slice(lastUser + 1));
  const intent = parseIntent(text);

  switch (intent.kind) {
    case "greet":
      return { type: "text", text: GREETING };
    case "help":
      return { type: "text", text: `I'm not sure what you mean. ${HELP.replace("I'm Docket's built-in assistant. ", "")}` };
    case "add": {
      const done = steps[0];
      return done ? afterAction(done) : { type: "tool", toolName: "add_task", input: { title: intent.title } };
    }
    case "list": {
      const done = steps[0];
      if (!done) return { type: "tool", toolName: "list_tasks", input: { status: intent.status } };
      if (isError(done.output)) return { type: "text", text: errorReply(done.output) };
      const { tasks, total } = done.output as { tasks: ListedTask[]; total: number };
      return { type: "text", text: listReply(intent.status, tasks, total) };
    }
    case "undo":
      return planUndo(toolSteps(prompt.slice(0, lastUser)), steps);
    default:
      return planAction(intent, steps);
  }
}
