import type { ParsedResult } from "chrono-node/en";
import { formatTime, type WallClock, addDaysToDate } from "./calendar";

/**
 * Times for words without a clock time. Chrono's own defaults (morning 06:00, evening and
 * night 20:00, tonight 22:00) are too early or too late for a task; these are when a reminder is
 * useful. "noon" is 12:00 and "midnight" 00:00 (chrono's, kept).
 */
export const TIME_OF_DAY = {
  morning: "09:00",
  afternoon: "15:00",
  evening: "18:00",
  tonight: "20:00",
  night: "20:00",
} as const;

const TIME_OF_DAY_WORD = /\b(morning|afternoon|evening|tonight|night)\b/;
const MORNING_WORD = /\b(morning|am|a\.m\.)\b/;

/**
 * The clock time chrono read, as HH:MM, or null when the text gave no hour. An hour from 1 to 6
 * with no am/pm, no leading zero and no "morning" is taken as afternoon: "call Ann at 3" means
 * 15:00, not 03:00 ("at 9" stays 09:00, "at 03:00" stays 03:00).
 */
export function explicitTime(start: ParsedResult["start"], text: string): string | null {
  if (!start.isCertain("hour")) return null;
  const hour = start.get("hour") ?? 0;
  const minute = start.get("minute") ?? 0;
  const lower = text.toLowerCase();
  const leadingZero = /(^|\D)0\d[:.]\d\d/.test(lower);
  const guess = !start.isCertain("meridiem") && !leadingZero && !MORNING_WORD.test(lower);
  return formatTime(guess ? afternoonGuess(hour) : hour, minute);
}

/** An hour said without am/pm: 1–6 are afternoon (13–18), the rest as written. */
export function afternoonGuess(hour: number): number {
  return hour >= 1 && hour <= 6 ? hour + 12 : hour;
}

/**
 * "tomorrow 9", "fri 10": a bare hour right after a date, ending the text, is its time (chrono
 * leaves it out). Returns the length of text it takes and the time, or null.
 */
export function trailingHour(after: string): { length: number; time: string } | null {
  const match = /^\s+(?:at\s+)?([01]?\d|2[0-3])(?=[\s.,;:!?]*$)/.exec(after);
  return match ? { length: match[0].length, time: formatTime(afternoonGuess(Number(match[1])), 0) } : null;
}

/** The default time for a time-of-day word in the text ("tomorrow evening" → 18:00), or null. */
export function timeOfDayDefault(text: string): string | null {
  const word = TIME_OF_DAY_WORD.exec(text.toLowerCase())?.[1] as keyof typeof TIME_OF_DAY | undefined;
  return word ? TIME_OF_DAY[word] : null;
}

/** A time said without a date is today while it is still ahead on the user's clock, else tomorrow. */
export function dateForTime(wall: WallClock, time: string): string {
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return hour * 60 + minute > wall.minutes ? wall.date : addDaysToDate(wall.date, 1);
}
