import { addDaysToDate, dueLabel } from "@/lib/quick-add";
import { dayOf, mayBeDate, PRIORITY_NAME, priorityOf, todayOf } from "./dates";
import type { ListFilter, Status } from "./intent-types";
import type { PlanContext } from "./steps";

/**
 * Which tasks a question about the list is about besides their status: "what's due today?",
 * "anything overdue?", "what do I have this week?", "what's urgent?", "tasks with no date",
 * "what's due friday?". Dates are resolved in the turn's zone; a named day goes through the
 * quick-add parser only when the question ends with something date-like.
 */

const NO_DATE = /\b(?:(?:no|without(?: an?| any)?|missing(?: an?)?|lacking(?: an?)?)\s+(?:due\s+)?(?:dates?|deadlines?|due dates?)|undated|unscheduled|not scheduled|not dated)\b/i;
const OVERDUE = /\b(?:overdue|past due|late|behind(?: on)?|missed)\b/i;
const PRIORITY = /\b(?:p[1-4]|(?:top|highest|high|medium|normal|low|lowest)[\s-]priority|priority\s*[1-4]|urgent|important)\b/i;
const TODAY = /\b(?:today'?s?|tonight|this (?:morning|afternoon|evening))\b/i;
const TOMORROW = /\b(?:tomorrow'?s?|tmrw?|tmr)\b/i;
const YESTERDAY = /\byesterday\b/i;
const THIS_WEEK = /\b(?:this week'?s?|the week|the rest of the week|the next (?:7|seven) days|this coming week|within a week)\b/i;
const NEXT_WEEK = /\bnext week'?s?\b/i;
const UPCOMING = /\b(?:coming up|upcoming|up next|soon|in the future|on the horizon|later on|scheduled|ahead)\b/i;
/** "due friday", "on the 15th", "by monday": a date said after one of these words. */
const NAMED_DAY = /\b(due\s+(?:on\s+|by\s+|before\s+)?|on\s+|for\s+|by\s+|before\s+|until\s+)/gi;

const range = (after: string, before: string, words: string): ListFilter => ({ after, before, words });

/** A day said after "due", "on", "for" or "by", or ending the question ("what do I have friday"). */
function namedDay(text: string, ctx: PlanContext): ListFilter | null {
  if (!mayBeDate(text)) return null;
  const label = (date: string) => dueLabel({ date, time: null }, ctx);
  for (const m of text.matchAll(NAMED_DAY)) {
    const date = dayOf(text.slice(m.index + m[0].length), ctx);
    if (!date) continue;
    return /\b(?:by|before|until)\s+$/i.test(m[0]) ? { before: date, words: `due by ${label(date)}` } : range(date, date, `due on ${label(date)}`);
  }
  const words = text.replace(/[?.!\s]+$/, "").split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const date = dayOf(words.slice(-n).join(" "), ctx);
    if (date) return range(date, date, `due on ${label(date)}`);
  }
  return null;
}

/** The day filter a question names, or null. */
function dayFilter(text: string, ctx: PlanContext): ListFilter | null {
  if (NO_DATE.test(text)) return { due: "none", words: "without a due date" };
  if (OVERDUE.test(text)) return { due: "overdue", words: "overdue" };
  if (TODAY.test(text)) return { due: "today", words: "due today" };
  if (TOMORROW.test(text)) return range(addDaysToDate(todayOf(ctx), 1), addDaysToDate(todayOf(ctx), 1), "due tomorrow");
  if (THIS_WEEK.test(text)) return range(todayOf(ctx), addDaysToDate(todayOf(ctx), 6), "due this week");
  if (NEXT_WEEK.test(text)) {
    const monday = dayOf("next week", ctx);
    if (monday) return range(monday, addDaysToDate(monday, 6), "due next week");
  }
  const named = namedDay(text, ctx);
  if (named) return named;
  return UPCOMING.test(text) ? { due: "upcoming", words: "coming up" } : null;
}

/**
 * The filter of a question about tasks with this status (completed ones by the day they were
 * done: "what did I finish yesterday?"), or null when it names none.
 */
export function filterOf(text: string, status: Status, ctx: PlanContext): ListFilter | null {
  if (status === "trash") return null;
  if (status === "completed") {
    if (TODAY.test(text)) return { completedOn: todayOf(ctx), words: "today" };
    if (YESTERDAY.test(text)) return { completedOn: addDaysToDate(todayOf(ctx), -1), words: "yesterday" };
    return null;
  }
  const day = dayFilter(text, ctx);
  const named = text.match(PRIORITY)?.[0];
  const priority = named ? priorityOf(named) : null;
  if (!priority) return day;
  const words = PRIORITY_NAME[priority];
  return day ? { ...day, priority, words: `${words} and ${day.words}` } : { priority, words };
}
