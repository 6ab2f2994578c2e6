import { RRuleTemporal } from "rrule-temporal";
import { Temporal } from "temporal-polyfill";
import { plainDate, type CalendarDate } from "./calendar-date";
import { formatRule, hasDatePattern, parseRule, type RuleParts } from "./rule";
import type { Series } from "./schemas";

/*
 * How a series is kept (what a caller stores: `series` and the task's `due_date`):
 *
 * - Every series starts at its first real occurrence (`startSeries`): a start that does not match
 *   the pattern is moved to the first matching date on or after it, so the phase of INTERVAL and
 *   the counting of COUNT begin there (rrule-temporal drops a non-matching DTSTART; RFC 5545 would
 *   count it — aligning first makes the two agree).
 * - schedule: `start` and the rule (total COUNT, UNTIL) never change while the task repeats;
 *   the next date is the first occurrence after the current due date, so moving one occurrence
 *   neither shifts the series nor resets its count.
 * - completion: the series restarts at each completion: the returned series has `start` = the
 *   new due date and COUNT = the occurrences left including that one. UNTIL is absolute.
 *
 * Dates are expanded as midnights in UTC: they are floating calendar dates, and UTC has no
 * DST, so every day is 24 hours long and no date can be skipped or repeated by a zone change.
 */

export interface NextOccurrence {
  date: CalendarDate;
  /** The series to store from now on (the same object for a schedule anchor). */
  series: Series;
}

const PREVIEW_MAX = 100;

function midnight(date: CalendarDate): Temporal.ZonedDateTime {
  return plainDate(date).toZonedDateTime({ timeZone: "UTC" });
}

function partsOf(series: Series): RuleParts {
  const parts = parseRule(series.rule);
  // Stored rules were validated on the way in; a bad one is a bug, not "the series ended".
  if (!parts) throw new RangeError(`Invalid recurrence rule: ${series.rule}`);
  return parts;
}

/** The first occurrence of `parts` from DTSTART `start`, on or after (or strictly after) `from`. */
function nextFrom(parts: RuleParts, start: CalendarDate, from: CalendarDate, inclusive: boolean): CalendarDate | null {
  try {
    const rule = new RRuleTemporal({ rruleString: formatRule(parts), dtstart: midnight(start) });
    return rule.next(midnight(from), inclusive)?.toPlainDate().toString() ?? null;
  } catch {
    // rrule-temporal throws once its iteration cap is spent on a rule that never matches
    // (e.g. 30 February): that rule has no occurrence.
    return null;
  }
}

/** The first date on or after `date` that fits the pattern, ignoring INTERVAL, COUNT and UNTIL. */
function firstMatch(parts: RuleParts, date: CalendarDate): CalendarDate | null {
  if (!hasDatePattern(parts)) return date;
  return nextFrom({ ...parts, interval: 1, count: null, until: null }, date, date, true);
}

const afterUntil = (parts: RuleParts, date: CalendarDate) =>
  parts.until !== null && Temporal.PlainDate.compare(plainDate(date), plainDate(parts.until)) > 0;

/**
 * A new series from a rule: its start (and first due date) is the first occurrence on or after
 * `onOrAfter` — pass the later of the wanted due date and today. Null when the rule has no
 * occurrence from there (UNTIL already passed, a pattern that never matches).
 */
export function startSeries(rule: string, anchor: Series["anchor"], onOrAfter: CalendarDate): Series | null {
  const parts = parseRule(rule);
  if (!parts) return null;
  const start = firstMatch(parts, onOrAfter);
  if (start === null || afterUntil(parts, start)) return null;
  return { rule: formatRule(parts), anchor, start };
}

/** A series' occurrences come from its aligned start (see the note at the top). */
function scheduleNext(parts: RuleParts, series: Series, from: CalendarDate, inclusive: boolean): CalendarDate | null {
  const start = firstMatch(parts, series.start);
  return start === null ? null : nextFrom(parts, start, from, inclusive);
}

/**
 * The due date a series gives for a wanted date: the wanted date itself when it is an
 * occurrence, else the rule's first occurrence after it. Null when the series has ended.
 */
export function firstOccurrence(series: Series, onOrAfter: CalendarDate): CalendarDate | null {
  const parts = partsOf(series);
  if (series.anchor === "schedule") return scheduleNext(parts, series, onOrAfter, true);
  // A completion series has no fixed phase: any date that fits the pattern will do.
  const date = firstMatch(parts, onOrAfter);
  return date === null || afterUntil(parts, date) ? null : date;
}

/** For a completion anchor: one period after `from` (a day pattern: the first match after INTERVAL − 1 periods). */
function afterCompletion(parts: RuleParts, from: CalendarDate): CalendarDate | null {
  const unit = { DAILY: "days", WEEKLY: "weeks", MONTHLY: "months", YEARLY: "years" } as const;
  const day = plainDate(from);
  if (!hasDatePattern(parts)) {
    // Temporal clamps 31 January + 1 month to 28 February, which is what "a month later" means.
    return day.add({ [unit[parts.freq]]: parts.interval }).toString();
  }
  const earliest = day.add({ [unit[parts.freq]]: parts.interval - 1 }).add({ days: 1 });
  return firstMatch(parts, earliest.toString());
}

/**
 * The occurrence after `current` (the due date being completed). Schedule anchor: the first
 * occurrence strictly after `current`, COUNT and UNTIL counted from `series.start`. Completion
 * anchor: counted from `completedOn` (default: `current`), and the returned series carries the
 * remaining COUNT. Null when the series has ended.
 */
export function nextOccurrence(series: Series, current: CalendarDate, completedOn?: CalendarDate): NextOccurrence | null {
  const parts = partsOf(series);
  if (series.anchor === "schedule") {
    const date = scheduleNext(parts, series, current, false);
    return date === null ? null : { date, series };
  }
  const left = parts.count === null ? null : parts.count - 1;
  if (left !== null && left < 1) return null;
  const date = afterCompletion(parts, completedOn ?? current);
  if (date === null || afterUntil(parts, date)) return null;
  return { date, series: { ...series, rule: formatRule({ ...parts, count: left }), start: date } };
}

/**
 * Skipping consumes the occurrence like completing it would. Schedule anchor: as
 * `nextOccurrence`. Completion anchor: counted from the skipped date, as if done on time.
 */
export function skipOccurrence(series: Series, current: CalendarDate): NextOccurrence | null {
  return nextOccurrence(series, current, current);
}

/**
 * The next `n` dates on or after `from`. For a completion anchor they assume each occurrence is
 * done on its due date, starting at the first occurrence on or after `from`.
 */
export function previewOccurrences(series: Series, from: CalendarDate, n = 5): CalendarDate[] {
  const out: CalendarDate[] = [];
  const limit = Math.min(Math.max(n, 0), PREVIEW_MAX);
  let date = firstOccurrence(series, from);
  let current = series;
  while (date !== null && out.length < limit) {
    out.push(date);
    const next = nextOccurrence(current, date);
    date = next?.date ?? null;
    current = next?.series ?? current;
  }
  return out;
}

/**
 * The rule to export with DTSTART at the current due date (the calendar feed): a schedule series
 * with COUNT gets the number of dates still to come from `current` (itself included, also when
 * it was moved off the pattern). A completion series has no fixed future: null, a single event.
 */
export function feedRule(series: Series, current: CalendarDate): string | null {
  const parts = partsOf(series);
  if (series.anchor === "completion") return null;
  if (parts.count === null) return formatRule(parts);
  const start = firstMatch(parts, series.start);
  if (start === null) return null;
  let before: CalendarDate[];
  try {
    const rule = new RRuleTemporal({ rruleString: formatRule(parts), dtstart: midnight(start) });
    before = rule.between(midnight(start), midnight(current), true).map((d) => d.toPlainDate().toString());
  } catch {
    return null;
  }
  // The feed shows `current` and then the rule's later dates, as `nextOccurrence` walks them:
  // `current` itself plus every occurrence after it that COUNT still allows.
  const left = parts.count - before.length + 1;
  return left < 1 ? null : formatRule({ ...parts, count: left });
}
