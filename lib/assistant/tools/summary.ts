import { dueLabel } from "@/lib/quick-add";
import type { WireTask } from "@/lib/tasks/schemas";
import type { TimeContext } from "@/lib/tasks/time-context";

/** A due as tool results show it, with a label in the user's words ("Tomorrow 18:00"). */
export interface DueSummary {
  date: string;
  time: string | null;
  zone: string;
  at: string | null;
  label: string;
}

/** What results are written with: the user's time, and their lists' names by id. */
export interface FactsContext {
  time: TimeContext;
  lists: Map<string, string>;
}

export function dueSummary(task: WireTask, time: TimeContext): DueSummary | null {
  if (!task.due_date) return null;
  const due = { date: task.due_date, time: task.due_time };
  return { ...due, zone: time.timezone, at: task.due_at, label: dueLabel(due, { timezone: time.wordsTimezone ?? time.timezone, now: time.now }) };
}

/** What a tool result says about a task: enough for a reply to confirm exactly what was set. */
export function taskFacts(task: WireTask, facts: FactsContext) {
  return {
    task_id: task.id,
    title: task.title,
    completed: task.completed,
    due: dueSummary(task, facts.time),
    priority: task.priority,
    list: facts.lists.get(task.list_id) ?? null,
    labels: task.labels,
    ...(task.recurrence && { recurrence: task.recurrence.text }),
    ...(task.reminders.length > 0 && { reminders: task.reminders.length }),
  };
}

/** The values a change replaced, so "undo" right after can put them back. */
export function previousValues(task: WireTask, facts: FactsContext) {
  return {
    title: task.title,
    description: task.description,
    completed: task.completed,
    due_date: task.due_date,
    due_time: task.due_time,
    priority: task.priority,
    list: facts.lists.get(task.list_id) ?? null,
    labels: task.labels,
    recurrence: task.recurrence ? { rule: task.recurrence.rule, anchor: task.recurrence.anchor } : null,
    reminders: task.reminders.map(({ id: _, ...r }) => r),
  };
}

/** The result of a change: the task now, what happened, and (for edits) what it was before. */
export function actionResult(task: WireTask, status: string, facts: FactsContext, previous?: WireTask) {
  return { ...taskFacts(task, facts), status, ...(previous && { previous: previousValues(previous, facts) }) };
}
