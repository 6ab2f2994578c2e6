import { Temporal } from "temporal-polyfill";
import type { Due } from "./types";

// All zone arithmetic goes through Temporal with an explicit zone, never through Date's local
// getters: the process zone (a server in UTC, a laptop abroad) must not change any answer.

/** The user's wall clock at an instant. */
export interface WallClock {
  date: string;
  /** HH:MM */
  time: string;
  /** Minutes since local midnight. */
  minutes: number;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An IANA zone name that this runtime knows. UTC offsets ("+05:30") are not profile zones. */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== "string" || tz.trim() === "" || /^[+-]/.test(tz)) return false;
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(tz);
    return true;
  } catch {
    return false;
  }
}

/** A real calendar date in YYYY-MM-DD form ("2026-02-30" is not). */
export function isValidDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  try {
    Temporal.PlainDate.from(date, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
}

/** A 24-hour HH:MM time ("25:00" and "9:00" are not). */
export function isValidTime(time: string): boolean {
  return TIME_PATTERN.test(time);
}

export function wallClock(now: Date, timezone: string): WallClock {
  const zoned = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(timezone);
  return {
    date: zoned.toPlainDate().toString(),
    time: formatTime(zoned.hour, zoned.minute),
    minutes: zoned.hour * 60 + zoned.minute,
    weekday: zoned.dayOfWeek,
  };
}

/** Today's date (YYYY-MM-DD) in the zone. */
export function todayIn(timezone: string, now: Date): string {
  return wallClock(now, timezone).date;
}

export function addDaysToDate(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Adds calendar units; a day that does not exist in the target month clamps (Jan 31 + 1 month → Feb 28). */
export function addToDate(date: string, amount: { days?: number; weeks?: number; months?: number; years?: number }): string {
  return Temporal.PlainDate.from(date).add(amount, { overflow: "constrain" }).toString();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return Temporal.PlainDate.from(date).dayOfWeek;
}

/** The wall clock `amount` minutes after `now` in the zone (DST-aware: elapsed time, not wall time). */
export function wallClockAfter(now: Date, timezone: string, minutes: number): WallClock {
  return wallClock(new Date(now.getTime() + minutes * 60_000), timezone);
}

/**
 * The instant of a timed due in the zone; null for an all-day due. A wall time that does not
 * exist (spring-forward gap) moves forward by the gap, a repeated one (autumn) takes the earlier
 * instant — Temporal's "compatible". Throws RangeError on an invalid due or zone.
 */
export function dueInstant(due: Due, timezone: string): Date | null {
  if (due.time === null) return null;
  if (!isValidDate(due.date) || !isValidTime(due.time)) throw new RangeError(`Invalid due: ${due.date} ${due.time}`);
  const [year, month, day] = due.date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = due.time.split(":").map(Number) as [number, number];
  const zoned = Temporal.ZonedDateTime.from({ year, month, day, hour, minute, timeZone: timezone }, { disambiguation: "compatible" });
  return new Date(zoned.epochMilliseconds);
}

export function formatTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

export function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
