import { describeDue } from "@/lib/quick-add/format";
import { addDaysToDate, dueInstant, todayIn } from "@/lib/quick-add/zone";
import type { QuickAddContext } from "@/lib/quick-add/types";
import { describeRecurrence } from "@/lib/recurrence/describe";
import { parseRecurrenceInput } from "@/lib/recurrence/input";
import { previewOccurrences, startSeries } from "@/lib/recurrence/occurrences";
import type { Task } from "@/lib/tasks/schemas";

export type RepeatCheck =
  | { kind: "none" }
  | { kind: "invalid"; message: string }
  | { kind: "ok"; text: string; dates: string[] };

export const REPEAT_HINT = "Try “every monday”, “every weekday at 9am”, “every 2 weeks” or “every 3 days after completion”.";

/**
 * What the repeat typed in the editor would do, as the server will read it (same parser, same
 * start rule as lib/tasks/repeat.ts): the rule in words and its next 5 dates, from the later of
 * the due date and today (tomorrow when today's time has passed).
 */
export function checkRepeat(words: string, due: { date: string; time: string }, ctx: QuickAddContext): RepeatCheck {
  if (!words.trim() || /^(none|never|no|stop|off)$/i.test(words.trim())) return { kind: "none" };
  const read = parseRecurrenceInput(words, ctx);
  if (!read) return { kind: "invalid", message: `Couldn't read “${words.trim()}” as a repeat. ${REPEAT_HINT}` };
  const time = read.time ?? (due.date && due.time ? due.time : null);
  const today = todayIn(ctx.timezone, ctx.now);
  const todayGone = time !== null && dueInstant({ date: today, time }, ctx.timezone)!.getTime() <= ctx.now.getTime();
  const earliest = todayGone ? addDaysToDate(today, 1) : today;
  const from = due.date && due.date > earliest ? due.date : earliest;
  const series = startSeries(read.rule, read.anchor, from);
  if (!series) return { kind: "invalid", message: "That repeat has no date from today on: its end has passed." };
  return {
    kind: "ok",
    text: describeRecurrence(series.rule, series.anchor, time, series.start),
    dates: previewOccurrences(series, from, 5).map((date) => describeDue({ date, time }, ctx)),
  };
}

/** The saved repeat's next dates, from the task's due date. */
export function savedPreview(task: Task, ctx: QuickAddContext): string[] {
  if (!task.recurrence || !task.due_date) return [];
  const series = { rule: task.recurrence.rule, anchor: task.recurrence.anchor, start: task.due_date };
  return previewOccurrences(series, task.due_date, 5).map((date) => describeDue({ date, time: task.due_time }, ctx));
}
