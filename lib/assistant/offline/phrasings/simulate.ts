import type { LanguageModelV4Prompt } from "@ai-sdk/provider";
import { AppError } from "@/lib/errors";
import { dueInstant, dueLabel, parseDueString, parsePriority, todayIn, type Due } from "@/lib/quick-add";
import { byName } from "@/lib/labels/schemas";
import { describeRecurrence, type Series } from "@/lib/recurrence";
import { advance, beginSeries, readRecurrence } from "@/lib/tasks/repeat";
import type { TimeContext } from "@/lib/tasks/time-context";
import { TOOL } from "../../tools/names";
import { planNextStep } from "../plan";
import type { Call, PlanContext } from "../steps";
import type { Reminder, TaskFixture } from "./rows";

/**
 * A conversation with the offline model over an in-memory task list that behaves like the real
 * tools (numbers, trash, status and due filters, substring queries, at most 50 listed, due words
 * read in the turn's zone, results with due labels and previous values, errors as values; lists
 * by name ignoring case with list_not_found naming them, labels matched ignoring case, repeats
 * read and advanced by the service's own rules, reminders that need a due date, snoozes),
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
  list: string;
  labels: string[];
  series: Series | null;
  /** As the wire shows them: minutes before the due time, or an instant. */
  reminders: ({ id: string; before_minutes: number } | { id: string; at: string })[];
}

export const SIMULATED_NOW = new Date("2026-03-10T15:00:00Z");
export const SIMULATED_CTX: PlanContext = { timezone: "UTC", now: SIMULATED_NOW };

type Outcome<T> = T | { error: "invalid_input"; message: string };
const invalid = (message: string) => ({ error: "invalid_input" as const, message });

export function taskStore(fixtures: TaskFixture[] = [], ctx: PlanContext = SIMULATED_CTX, extraLists: string[] = []) {
  let deletions = 0;
  let reminderIds = 0;
  const time: TimeContext = { timezone: ctx.timezone, locale: ctx.locale ?? "en-US", now: ctx.now };
  const lists: string[] = ["Inbox"];
  const makeList = (name: string) => {
    if (!lists.some((l) => l.toLowerCase() === name.toLowerCase())) lists.push(name);
  };
  for (const name of extraLists) makeList(name);
  for (const f of fixtures) if (typeof f !== "string" && f.list) makeList(f.list);
  const labelNames: string[] = [];
  /** Labels as the service stores them: an existing name ignoring case keeps its first spelling. */
  const labelsOf = (names: string[]) =>
    names
      .map((n) => {
        const known = labelNames.find((l) => l.toLowerCase() === n.trim().toLowerCase());
        if (known) return known;
        labelNames.push(n.trim());
        return n.trim();
      })
      .filter((n, i, all) => all.indexOf(n) === i)
      .sort(byName);
  const reminderRows = (wanted: Reminder[]) => wanted.map((r) => ({ id: `r${++reminderIds}`, ...r }));
  const readDue = (words: string): Outcome<Due | null> => {
    const due = parseDueString(words, ctx);
    return due === null ? invalid(`Couldn't read “${words}” as a date: try “tomorrow 6pm”, “fri”, “dec 3” or 2026-12-03`) : due === "clear" ? null : due;
  };
  const tasks: StoredTask[] = fixtures.map((f, i) => {
    const t: Exclude<TaskFixture, string> = typeof f === "string" ? { title: f } : f;
    let due = t.due === undefined ? null : readDue(t.due);
    if (due && "error" in due) throw new Error(`fixture due ${t.due}: ${due.message}`);
    const repeat = t.repeat === undefined ? null : readRecurrence(t.repeat, time);
    const series = repeat && beginSeries(repeat, due?.date ?? null, time, due?.time ?? repeat.time);
    if (series) due = { date: series.start, time: due?.time ?? repeat!.time };
    return {
      task_id: i + 1,
      title: t.title,
      description: t.description ?? "",
      completed: t.done ?? false,
      completed_at: t.done ? (t.completedAt ?? "2026-03-01T10:00:00Z") : null,
      deleted: t.deleted ? ++deletions : null,
      due,
      priority: t.priority ?? 4,
      list: lists.find((l) => l.toLowerCase() === (t.list ?? "Inbox").toLowerCase())!,
      labels: labelsOf(t.labels ?? []),
      series,
      reminders: reminderRows(t.reminders ?? []),
    };
  });
  const today = todayIn(ctx.timezone, ctx.now);
  const notFound = (id: unknown) => ({ error: "task_not_found", message: `Task ${String(id)} not found` });
  const live = (id: unknown) => tasks.find((t) => t.task_id === id && t.deleted === null);
  const dueSummary = (due: Due | null) =>
    due && { ...due, zone: ctx.timezone, at: dueInstant(due, ctx.timezone)?.toISOString() ?? null, label: dueLabel(due, ctx) };
  const repeatText = (t: StoredTask) => t.series && describeRecurrence(t.series.rule, t.series.anchor, t.due?.time ?? null, t.series.start);
  const facts = (t: StoredTask) => ({
    task_id: t.task_id, title: t.title, completed: t.completed, due: dueSummary(t.due), priority: t.priority, list: t.list, labels: [...t.labels],
    ...(t.series && { recurrence: repeatText(t) }),
    ...(t.reminders.length > 0 && { reminders: t.reminders.length }),
  });
  const previousOf = (t: StoredTask) => ({
    title: t.title, description: t.description, completed: t.completed, due_date: t.due?.date ?? null, due_time: t.due?.time ?? null, priority: t.priority,
    list: t.list, labels: [...t.labels], recurrence: t.series && { rule: t.series.rule, anchor: t.series.anchor },
    reminders: t.reminders.map(({ id: _, ...r }) => r),
  });
  const listNamed = (name: unknown): Outcome<string> => {
    const found = lists.find((l) => l.toLowerCase() === String(name).trim().toLowerCase());
    return found ?? { error: "list_not_found" as never, message: `You have no list called “${String(name).trim()}” — your lists are ${lists.join(", ")}. Use one of them, or create_list first.` };
  };
  /** Runs a write the way the service does, its AppErrors becoming error values. */
  const attempt = <T>(write: () => T): Outcome<T> => {
    try {
      return write();
    } catch (error) {
      if (error instanceof AppError) return invalid(error.message);
      throw error;
    }
  };
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
    const inList = input.list == null ? null : listNamed(input.list);
    if (typeof inList === "object" && inList) return inList;
    const label = input.label == null ? null : String(input.label).toLowerCase();
    const found = tasks
      .filter((t) => inList === null || t.list === inList)
      .filter((t) => label === null || t.labels.some((l) => l.toLowerCase() === label))
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

  /** A write's repeat and reminders, as the service plans them against the task's due. */
  function organise(task: StoredTask, input: Record<string, unknown>, due: Due | null | undefined): Outcome<{ due: Due | null; series: Series | null; reminders?: Reminder[] }> {
    return attempt(() => {
      let next = due === undefined ? task.due : due;
      let series = task.series;
      if (input.recurrence != null) {
        const repeat = readRecurrence(String(input.recurrence), time);
        series = repeat && beginSeries(repeat, next?.date ?? null, time, next?.time ?? repeat.time);
        if (series) next = { date: series.start, time: next?.time ?? repeat!.time };
      } else if (series && next === null) series = null;
      const reminders = input.reminders as Reminder[] | undefined | null;
      if (reminders && next === null && reminders.some((r) => "before_minutes" in r)) {
        throw new AppError("invalid_input", "A reminder before the due time needs a due date: set one, or remind at an exact time");
      }
      return { due: next, series, ...(reminders != null && { reminders }) };
    });
  }

  function write(task: StoredTask, input: Record<string, unknown>): Outcome<StoredTask> {
    const fields = dueFields(input);
    if ("error" in fields) return fields;
    const list = input.list == null ? task.list : listNamed(input.list);
    if (typeof list === "object") return list;
    const planned = organise(task, input, fields.due);
    if ("error" in planned) return planned;
    let { due, series } = planned;
    let completed = typeof input.completed === "boolean" ? input.completed : task.completed;
    const how = input.skip === true ? "skip" : input.completed === true && !task.completed ? "complete" : null;
    if (how === "skip" && !series) return invalid("Only a repeating task has occurrences to skip");
    if (how && series && due) {
      const next = advance(series, due.date, how, time);
      if (next) [due, series, completed] = [{ date: next.date, time: due.time }, next.series, false];
      else if (how === "skip") return invalid("This is the last occurrence: complete it, or stop repeating");
    }
    if (typeof input.title === "string") task.title = input.title;
    if (typeof input.description === "string") task.description = input.description;
    if (completed !== task.completed) task.completed_at = completed ? ctx.now.toISOString() : null;
    Object.assign(task, { completed, due, series, list });
    if (fields.priority !== undefined) task.priority = fields.priority;
    if (Array.isArray(input.labels)) task.labels = labelsOf(input.labels.map(String));
    if (planned.reminders) task.reminders = reminderRows(planned.reminders);
    return task;
  }

  function execute({ toolName, input }: Call): unknown {
    switch (toolName) {
      case TOOL.addTask: {
        const title = String(input.title ?? "").trim();
        if (!title) return invalid("Title can't be empty");
        if (title.length > 200) return invalid("Title must be 200 characters or fewer");
        const task: StoredTask = {
          task_id: tasks.length + 1, title, description: String(input.description ?? ""), completed: false, completed_at: null, deleted: null,
          due: null, priority: 4, list: "Inbox", labels: [], series: null, reminders: [],
        };
        const written = write(task, { ...input, completed: undefined, skip: undefined });
        if ("error" in written) return written;
        tasks.push(task);
        return summary(task, "created");
      }
      case TOOL.listTasks:
        return list(input);
      case TOOL.completeTask: {
        const task = live(input.task_id);
        if (!task) return notFound(input.task_id);
        const previous = previousOf(task);
        const written = write(task, { completed: true });
        return "error" in written ? written : summary(task, "completed", previous);
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
        const previous = previousOf(task);
        const copy = { ...task };
        const written = write(copy, input);
        if ("error" in written) return written;
        Object.assign(task, copy);
        return summary(task, "updated", previous);
      }
      case TOOL.getTask: {
        const task = live(input.task_id);
        if (!task) return notFound(input.task_id);
        return {
          ...facts(task),
          description: task.description,
          recurrence: task.series && { rule: task.series.rule, anchor: task.series.anchor, text: repeatText(task) },
          reminders: task.reminders,
          completed_at: task.completed_at,
          completed_occurrences: [],
        };
      }
      case TOOL.listLists:
        return { lists: lists.map((name, i) => ({ list_id: `l${i + 1}`, name, pending: tasks.filter((t) => t.list === name && !t.completed && t.deleted === null).length })) };
      case TOOL.createList: {
        const name = String(input.name ?? "").trim();
        if (lists.some((l) => l.toLowerCase() === name.toLowerCase())) return { error: "conflict", message: `You already have a list called “${name}”` };
        lists.push(name);
        return { list_id: `l${lists.length}`, name, status: "created" };
      }
      case TOOL.snoozeReminder: {
        const task = live(input.task_id);
        if (!task) return notFound(input.task_id);
        const minutes = Number(input.minutes);
        return { task_id: task.task_id, remind_at: new Date(ctx.now.getTime() + minutes * 60_000).toISOString(), status: "snoozed", minutes };
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
export function converse(messages: string[], fixtures: TaskFixture[] = [], ctx: PlanContext = SIMULATED_CTX, lists: string[] = []) {
  const store = taskStore(fixtures, ctx, lists);
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
