import { AppError } from "@/lib/errors";
import { addDaysToDate, dueInstant, todayIn } from "@/lib/quick-add";
import { firstOccurrence, nextOccurrence, parseRecurrenceInput, parseRule, skipOccurrence, startSeries, type Series } from "@/lib/recurrence";
import type { TaskRow } from "@/db/schema";
import type { TimeContext } from "./time-context";

/** The stored columns of a series (all null: not repeating). */
export interface SeriesColumns {
  recurrenceRule: string | null;
  recurrenceAnchor: Series["anchor"] | null;
  recurrenceStart: string | null;
}

export const NOT_REPEATING: SeriesColumns = { recurrenceRule: null, recurrenceAnchor: null, recurrenceStart: null };

export const seriesColumns = (series: Series): SeriesColumns => ({ recurrenceRule: series.rule, recurrenceAnchor: series.anchor, recurrenceStart: series.start });

export function seriesOf(row: Pick<TaskRow, "recurrenceRule" | "recurrenceAnchor" | "recurrenceStart">): Series | null {
  return row.recurrenceRule && row.recurrenceAnchor && row.recurrenceStart
    ? { rule: row.recurrenceRule, anchor: row.recurrenceAnchor, start: row.recurrenceStart }
    : null;
}

const invalid = (message: string) => new AppError("invalid_input", message, { recurrence: message });

/** What a write asks the repeat to be: words or an RRULE read in the user's zone; null stops it. */
export function readRecurrence(input: string | { rule: string; anchor: Series["anchor"] } | null, time: TimeContext): { rule: string; anchor: Series["anchor"]; time: string | null } | null {
  if (input === null || (typeof input === "string" && /^(none|never|no|stop|off)$/i.test(input.trim()))) return null;
  if (typeof input === "string") {
    const read = parseRecurrenceInput(input, { timezone: time.wordsTimezone ?? time.timezone, now: time.now });
    if (!read) throw invalid(`Couldn't read “${input}” as a repeat: try “every monday”, “every weekday at 9am”, “every 3 days after completion” or an RRULE`);
    return read;
  }
  const parts = parseRule(input.rule);
  if (!parts) throw invalid("That RRULE isn't one Docket can repeat: use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS, COUNT or UNTIL, without DTSTART or times");
  return { rule: input.rule, anchor: input.anchor, time: null };
}

/**
 * A new series for a task whose due date is `due` (null: none yet), due at `at` (HH:MM, or null
 * all day): it starts at the first occurrence not in the past on or after `due`, which becomes
 * the due date. Today counts unless its time has already gone by.
 */
export function beginSeries(repeat: { rule: string; anchor: Series["anchor"] }, due: string | null, time: TimeContext, at: string | null = null): Series {
  const today = todayIn(time.wordsTimezone ?? time.timezone, time.now);
  const todayGone = at !== null && dueInstant({ date: today, time: at }, time.timezone)!.getTime() <= time.now.getTime();
  const earliest = todayGone ? addDaysToDate(today, 1) : today;
  const from = due !== null && due > earliest ? due : earliest;
  const series = startSeries(repeat.rule, repeat.anchor, from);
  if (!series) throw invalid("That repeat has no date from today on (its end has passed)");
  return series;
}

/** A due date given to a repeating task moves to the rule's first occurrence on or after it. */
export function dueOnSeries(series: Series, wanted: string): string {
  return firstOccurrence(series, wanted) ?? wanted;
}

/** What completing (or skipping) an occurrence does: the next date and series, or the end of the series. */
export function advance(series: Series, due: string, how: "complete" | "skip", time: TimeContext) {
  const today = todayIn(time.wordsTimezone ?? time.timezone, time.now);
  return how === "skip" ? skipOccurrence(series, due) : nextOccurrence(series, due, today);
}

/** Completed occurrences kept on a task: the newest first. */
export const OCCURRENCES_KEPT = 20;
