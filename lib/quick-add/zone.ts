import { Temporal } from "temporal-polyfill";
import { isValidDate, isValidTime } from "./calendar";
import type { Due } from "./types";

// Calendar days and wall clocks live in ./calendar.ts (no Temporal, so the first page load stays
// small); the instant of a wall time in a zone, where DST gaps and overlaps need rules, is here.
export {
  addDaysToDate,
  addToDate,
  daysBetween,
  formatDate,
  formatTime,
  isValidDate,
  isValidTime,
  isValidTimeZone,
  todayIn,
  wallClock,
  wallClockAfter,
  weekdayOf,
} from "./calendar";
export type { WallClock } from "./calendar";

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
