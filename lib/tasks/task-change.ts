import { sql } from "drizzle-orm";
import type { TaskRow } from "@/db/schema";
import { tasks } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { dueChange, dueColumns } from "./due";
import { advance, beginSeries, NOT_REPEATING, OCCURRENCES_KEPT, readRecurrence, seriesColumns, seriesOf } from "./repeat";
import type { ParsedTaskPatch } from "./schemas";
import type { TimeContext } from "./time-context";

export interface PlannedChange {
  /** Columns to set on the task. */
  set: Record<string, unknown>;
  /** The occurrence moved on: absolute reminders of the old one no longer apply. */
  occurrenceEnded: boolean;
  /** The due date the task has after the change (reminders before it need one). */
  dueDate: string | null;
}

const invalid = (field: string, message: string) => new AppError("invalid_input", message, { [field]: message });

/**
 * What a change to an existing task writes, from the patch and the task as it is: the due date
 * (a repeating task's series stays when one occurrence is moved), the repeat, and completing or
 * skipping an occurrence, which moves a repeating task to its next date instead of closing it.
 */
export function planTaskChange(data: ParsedTaskPatch, current: TaskRow, time: TimeContext): PlannedChange {
  const set: Record<string, unknown> = {};
  let due = current.dueDate ? { date: current.dueDate, time: current.dueTime } : null;

  const change = dueChange(data, time, due);
  if (change !== undefined) due = change;

  let series = seriesOf(current);
  if (data.recurrence !== undefined) {
    const repeat = readRecurrence(data.recurrence, time);
    if (repeat) {
      series = beginSeries(repeat, due?.date ?? null, time, due?.time ?? repeat.time);
      due = { date: series.start, time: due?.time ?? repeat.time };
    } else series = null;
    Object.assign(set, series ? seriesColumns(series) : NOT_REPEATING);
  } else if (series && due === null) {
    // A series needs a date: clearing the date stops the repeat.
    series = null;
    Object.assign(set, NOT_REPEATING);
  }

  let occurrenceEnded = false;
  const how = data.skip ? "skip" : data.completed === true && !current.completed ? "complete" : null;
  if (how && !series) {
    if (how === "skip") throw invalid("skip", "Only a repeating task has occurrences to skip");
  } else if (how && series && due) {
    const next = advance(series, due.date, how, time);
    if (how === "complete") {
      const done = [{ due_date: due.date, completed_at: time.now.toISOString() }, ...((current.completedOccurrences as unknown[]) ?? [])];
      set.completedOccurrences = done.slice(0, OCCURRENCES_KEPT);
    }
    if (next) {
      due = { date: next.date, time: due.time };
      Object.assign(set, seriesColumns(next.series));
      occurrenceEnded = true;
      // The task stays open, at its next date.
      data = { ...data, completed: undefined };
    } else if (how === "skip") {
      throw invalid("skip", "This is the last occurrence: complete it, or stop repeating");
    }
  }

  if (change !== undefined || occurrenceEnded || data.recurrence !== undefined) Object.assign(set, dueColumns(due, time.timezone));
  if (data.priority !== undefined) set.priority = data.priority;
  if (data.title !== undefined) set.title = data.title;
  if (data.description !== undefined) set.description = data.description;
  if (data.completed !== undefined) {
    set.completed = data.completed;
    // Keep the first completion time when "complete" is repeated.
    set.completedAt = data.completed ? sql`coalesce(${tasks.completedAt}, now())` : null;
  }
  set.updatedAt = sql`now()`;
  return { set, occurrenceEnded, dueDate: due?.date ?? null };
}
