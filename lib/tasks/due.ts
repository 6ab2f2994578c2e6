import { Temporal } from "temporal-polyfill";
import { dueInstant, parseDueString, todayIn, type Due } from "@/lib/quick-add";
import { AppError } from "@/lib/errors";
import type { TimeContext } from "./time-context";

/** What a write does to the due: nothing (undefined), clear it (null), or set it. */
export type DueChange = Due | null | undefined;

interface DueInput {
  due_string?: string;
  due_date?: string | null;
  due_time?: string | null;
}

/** The due a write asks for, from words (read like quick add) or from a date and time. */
export function dueChange(input: DueInput, time: TimeContext, current?: Due | null): DueChange {
  if (input.due_string !== undefined) {
    const parsed = parseDueString(input.due_string, { timezone: time.wordsTimezone ?? time.timezone, locale: time.locale, now: time.now });
    if (parsed === null) {
      const message = `Couldn't read “${input.due_string}” as a date: try “tomorrow 6pm”, “fri”, “dec 3” or 2026-12-03`;
      throw new AppError("invalid_input", message, { due_string: message });
    }
    return parsed === "clear" ? null : parsed;
  }
  if (input.due_date === null) return null;
  if (input.due_date !== undefined) return { date: input.due_date, time: input.due_time ?? null };
  // Only the time changes: it needs a date to belong to.
  if (input.due_time !== undefined) {
    if (!current) {
      throw new AppError("invalid_input", "A due time needs a due date: send due_date too", { due_time: "A due time needs a due date" });
    }
    return { date: current.date, time: input.due_time };
  }
  return undefined;
}

/** The stored columns for a due: the wall-clock date and time, and the instant in the profile zone. */
export function dueColumns(due: Due | null, timezone: string) {
  return { dueDate: due?.date ?? null, dueTime: due?.time ?? null, dueAt: due ? dueInstant(due, timezone) : null };
}

/** Today's date where the words are read: the range Today, Overdue and Upcoming are cut at. */
export const todayFor = (time: TimeContext) => todayIn(time.wordsTimezone ?? time.timezone, time.now);

/** The instants a calendar day spans in a zone: [start, end), 23 or 25 hours on a clock change. */
export function dayRange(date: string, timezone: string): { start: Date; end: Date } {
  const day = Temporal.PlainDate.from(date);
  const start = day.toZonedDateTime({ timeZone: timezone });
  const end = day.add({ days: 1 }).toZonedDateTime({ timeZone: timezone });
  return { start: new Date(start.epochMilliseconds), end: new Date(end.epochMilliseconds) };
}
