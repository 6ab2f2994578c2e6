import type { TaskRow } from "@/db/schema";
import { byName } from "@/lib/labels/schemas";
import { describeRecurrence, type Anchor } from "@/lib/recurrence";
import type { WireTask } from "./schemas";

/** A reminder as the task queries aggregate it (JSON: `at` is text). */
export interface ReminderRecord {
  id: string;
  before_minutes: number | null;
  at: string | null;
}

/** A task row with its label names and reminders, as the list queries select it. */
export type TaskRecord = TaskRow & { labels: string[]; reminders?: ReminderRecord[] };

function recurrenceOf(row: TaskRow): WireTask["recurrence"] {
  if (!row.recurrenceRule || !row.recurrenceAnchor) return null;
  const anchor = row.recurrenceAnchor as Anchor;
  return { rule: row.recurrenceRule, anchor, text: describeRecurrence(row.recurrenceRule, anchor, row.dueTime, row.recurrenceStart) };
}

const reminderOf = (r: ReminderRecord): WireTask["reminders"][number] =>
  r.at !== null ? { id: r.id, at: new Date(r.at).toISOString() } : { id: r.id, before_minutes: r.before_minutes ?? 0 };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toTask(row: TaskRecord): WireTask {
  return {
    id: row.number,
    title: row.title,
    description: row.description,
    completed: row.completed,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    completed_at: iso(row.completedAt),
    deleted_at: iso(row.deletedAt),
    due_date: row.dueDate,
    due_time: row.dueTime,
    due_at: iso(row.dueAt),
    priority: row.priority,
    list_id: row.listId,
    labels: [...row.labels].sort(byName),
    position: row.position,
    recurrence: recurrenceOf(row),
    reminders: (row.reminders ?? []).map(reminderOf),
    completed_occurrences: (row.completedOccurrences as WireTask["completed_occurrences"] | null) ?? [],
  };
}

const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
// Drivers hand a `date` column back as text or as a Date at UTC midnight.
const calendarDate = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** A `tasks` row from raw SQL (snake_case columns) as Drizzle would have returned it. */
export function rowFromSql(r: Record<string, unknown>): TaskRow {
  return {
    id: r.id as string,
    userId: r.user_id as string,
    number: Number(r.number),
    title: r.title as string,
    description: r.description as string,
    completed: r.completed as boolean,
    completedAt: dateOrNull(r.completed_at),
    deletedAt: dateOrNull(r.deleted_at),
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
    dueDate: calendarDate(r.due_date),
    dueTime: (r.due_time as string | null) ?? null,
    dueAt: dateOrNull(r.due_at),
    priority: Number(r.priority),
    listId: r.list_id as string,
    position: r.position as string,
    trashedWithList: r.trashed_with_list as boolean,
    recurrenceRule: (r.recurrence_rule as string | null) ?? null,
    recurrenceAnchor: (r.recurrence_anchor as TaskRow["recurrenceAnchor"]) ?? null,
    recurrenceStart: calendarDate(r.recurrence_start),
    completedOccurrences: (r.completed_occurrences as unknown) ?? [],
  };
}
