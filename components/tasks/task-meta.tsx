"use client";

import { clsx } from "clsx";
import { Bell, CalendarClock, CalendarDays, Flag } from "lucide-react";
import { useTime } from "@/components/time/time-context";
import { dueLabel, isOverdue } from "@/lib/quick-add/format";
import { todayIn } from "@/lib/quick-add/calendar";
import type { Task } from "@/lib/tasks/schemas";

export const PRIORITY_NAMES = { 1: "urgent", 2: "high", 3: "medium", 4: "none" } as const;
const FLAG_COLOURS = { 1: "text-flag-1", 2: "text-flag-2", 3: "text-flag-3" } as const;

/** "Today 18:00", "Tomorrow", "Fri", "3 Dec" in the user's zone; red, with a clock and "overdue" said, when late. */
export function DueChip({ task }: { task: Pick<Task, "due_date" | "due_time" | "completed"> }) {
  const time = useTime();
  if (!task.due_date) return null;
  const due = { date: task.due_date, time: task.due_time };
  const overdue = !task.completed && isOverdue(due, time);
  const today = !overdue && task.due_date === todayIn(time.timezone, time.now);
  const Icon = overdue ? CalendarClock : CalendarDays;
  return (
    <span
      data-due={task.due_date}
      data-overdue={overdue || undefined}
      className={clsx("inline-flex items-center gap-1 whitespace-nowrap", overdue ? "font-medium text-danger" : today ? "text-success" : "text-muted")}
    >
      <Icon className="size-3.5 shrink-0" aria-hidden />
      <span className="sr-only">Due </span>
      {dueLabel(due, time)}
      {overdue && <span className="sr-only">, overdue</span>}
    </span>
  );
}

/** A coloured flag and "P1" for priorities 1–3; nothing for 4 (none). */
export function PriorityFlag({ priority }: { priority: number }) {
  if (priority !== 1 && priority !== 2 && priority !== 3) return null;
  return (
    <span data-priority={priority} className={clsx("inline-flex items-center gap-1 whitespace-nowrap font-medium", FLAG_COLOURS[priority])}>
      <Flag className="size-3.5 shrink-0" fill="currentColor" aria-hidden />
      <span aria-hidden>P{priority}</span>
      <span className="sr-only">
        Priority {priority} ({PRIORITY_NAMES[priority]})
      </span>
    </span>
  );
}

/** "↻ Every Monday": the repeat in words (an optimistic draft may still hold the typed words: shown once saved). */
export function RepeatChip({ recurrence }: { recurrence: Task["recurrence"] }) {
  if (typeof recurrence?.text !== "string") return null;
  return (
    <span data-repeat={recurrence.rule} className="inline-flex min-w-0 items-center gap-1 text-muted">
      <span aria-hidden>↻</span>
      <span className="sr-only">Repeats </span>
      <span className="min-w-0 break-words">{recurrence.text}</span>
    </span>
  );
}

/** A bell when the task has reminders. */
export function ReminderMark({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span data-reminders={count} className="inline-flex items-center text-muted" title={count === 1 ? "1 reminder" : `${count} reminders`}>
      <Bell className="size-3.5 shrink-0" aria-hidden />
      <span className="sr-only">{count === 1 ? "1 reminder" : `${count} reminders`}</span>
    </span>
  );
}
