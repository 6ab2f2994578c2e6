import type { ParsedResult } from "chrono-node/en";
import {
  endOfMonth,
  nextDayOfMonth,
  nextMonday,
  nextMonthDay,
  previousWeekday,
  startOfNext,
  upcomingWeekday,
  weekdayNextWeek,
  weekendDate,
} from "./relative";
import { explicitTime, timeOfDayDefault } from "./times";
import { addToDate, formatDate, isValidDate, wallClockAfter, type WallClock } from "./calendar";

/** What one date expression says: a date, a time, or both. A time alone gets its date later. */
export interface Resolved {
  date: string | null;
  time: string | null;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, "a couple of": 2, "couple of": 2, "a few": 3, few: 3,
};
const AMOUNT = String.raw`(\d+|a couple of|couple of|a few|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = String.raw`(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)`;
const DURATION_AHEAD = new RegExp(String.raw`\b(?:in|within|after)\s+${AMOUNT}\s*${UNIT}\b`);
const DURATION_LATER = new RegExp(String.raw`\b${AMOUNT}\s*${UNIT}\s+(?:from\s+now|from\s+today|later|hence)\b`);
const DURATION_AGO = new RegExp(String.raw`\b${AMOUNT}\s*${UNIT}\s+ago\b`);

interface Duration {
  amount: number;
  unit: "minutes" | "hours" | "days" | "weeks" | "months" | "years";
}

function readDuration(text: string): Duration | null {
  let sign = 1;
  let match = DURATION_AHEAD.exec(text) ?? DURATION_LATER.exec(text);
  if (!match && (match = DURATION_AGO.exec(text))) sign = -1;
  if (!match) return null;
  const amount = sign * (NUMBER_WORDS[match[1]!] ?? Number(match[1]));
  const u = match[2]!;
  const unit = u.startsWith("mi") ? "minutes" : u.startsWith("h") ? "hours" : u.startsWith("d") ? "days"
    : u.startsWith("w") ? "weeks" : u.startsWith("mo") ? "months" : "years";
  return { amount, unit };
}

const isoWeekday = (chronoWeekday: number) => (chronoWeekday === 0 ? 7 : chronoWeekday);

/** The date the words name, worked out from the user's today; null when they name no date. */
function resolveDate(result: ParsedResult, text: string, today: string): string | null {
  const start = result.start;
  const weekday = start.get("weekday");
  if (/\bweekend\b/.test(text)) return weekendDate(today, /\bnext\b/.test(text));
  if (start.isCertain("weekday") && weekday !== null && !start.isCertain("day")) {
    if (/\bnext\b/.test(text)) return weekdayNextWeek(today, isoWeekday(weekday));
    if (/\b(last|past|previous)\b/.test(text)) return previousWeekday(today, isoWeekday(weekday));
    return upcomingWeekday(today, isoWeekday(weekday));
  }
  if (/\bnext\s+week\b/.test(text)) return nextMonday(today);
  const nextUnit = /\bnext\s+(month|year)\b/.exec(text)?.[1] as "month" | "year" | undefined;
  if (nextUnit) return startOfNext(today, nextUnit);
  if (/\bend\s+of\s+(?:the\s+|this\s+)?month\b/.test(text)) return endOfMonth(today);
  if (!start.isCertain("day")) return null; // a bare month ("Call May") is never a date
  const day = start.get("day")!;
  if (!start.isCertain("month")) return nextDayOfMonth(today, day); // a day with no month: the next one
  const month = start.get("month")!;
  if (!start.isCertain("year")) return nextMonthDay(today, month, day);
  const date = formatDate(start.get("year")!, month, day);
  return isValidDate(date) ? date : null;
}

/**
 * Reads one chrono result in the user's zone. Returns null when the words are not a due date at
 * all: "now", a bare amount of time ("2 weeks"), a bare month, or anything giving neither date nor time.
 */
export function resolveExpression(result: ParsedResult, wall: WallClock, now: Date, timezone: string): Resolved | null {
  const text = result.text.toLowerCase().trim();
  if (/^(right\s+)?now$/.test(text)) return null;
  const duration = readDuration(text);
  // chrono reads "2 weeks", "for 2 hours", "4 mon" as moments from now; with nothing saying
  // when (in, later, from now, ago) they are amounts: "Take a week off", "Study for 2 hours".
  if (result.tags().has("result/relativeDate") && !duration && !/\b(next|last|this)\b/.test(text)) return null;
  const time = explicitTime(result.start, text) ?? timeOfDayDefault(text);
  if (duration && (duration.unit === "minutes" || duration.unit === "hours")) {
    const later = wallClockAfter(now, timezone, duration.amount * (duration.unit === "hours" ? 60 : 1));
    return { date: later.date, time: later.time };
  }
  const date = duration ? addToDate(wall.date, { [duration.unit]: duration.amount }) : resolveDate(result, text, wall.date);
  if (date === null && time === null) return null;
  // "tonight" is dated by chrono; "this morning/afternoon/evening" is today even when it has passed.
  if (date === null && /\bthis\s+(morning|afternoon|evening)\b/.test(text)) return { date: wall.date, time };
  return { date, time };
}
