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

/** "in my Work list", "on the list Travel", "in groceries": a list named in a question about tasks. */
const IN_LIST =
  /\s*\b(?:in|on|from|of|for)\s+(?:my\s+|the\s+|our\s+)?(?:list\s+(?:called\s+|named\s+)?([\p{L}\p{N}][\p{L}\p{N}' &-]{0,40}?)|([\p{L}\p{N}][\p{L}\p{N}' &-]{0,40}?)\s+list)(?=\s*$|\s+(?:that|which|due|for|with|today|tonight|tomorrow|this|next|on|by|overdue)\b)/iu;
/** "show the groceries list", "my work list": the list itself. */
const THE_LIST = /^(?:(?:show|open|display|view|see|list|give|get|pull up|bring up|check|read)(?:\s+me)?\s+)?(?:my|the|our)\s+(?:list\s+(?:called\s+|named\s+)?([\p{L}\p{N}][\p{L}\p{N}' &-]{0,40})|([\p{L}\p{N}][\p{L}\p{N}' &-]{0,40}?)\s+list)$/iu;
/** "what's in inbox?", "anything in work": one word after "in", which only a list can be. */
const IN_WORD = /^(?:what(?:'s| is| do i have|s)?|whats|anything|is there anything|show(?: me)?(?: everything| what'?s)?|list(?: everything)?|(?:my\s+|all\s+)?(?:tasks?|todos?|items?|stuff|everything))\s+in\s+(?:my\s+|the\s+)?([\p{L}][\p{L}\p{N}'-]*)$/iu;
/** Only a question ends with a list's bare name: "the party is in berlin" is not about a list. */
const ASKING = /^(?:show|list|display|see|view|give|get|what|which|whats|anything|any|do i have|is there|are there|how many|count)\b/i;
/** "what's due this week in travel": a last word after "in" that isn't a date. */
const IN_LAST_WORD = /\s+in\s+(?:my\s+|the\s+)?([\p{L}][\p{L}\p{N}'-]*)$/iu;
const LABELLED =
  /\s*(?:\b(?:labell?ed|tagged)(?:\s+(?:as|with))?\s+@?([\p{L}\p{N}_-]+)|\bwith\s+(?:the\s+)?(?:label|tag)\s+@?([\p{L}\p{N}_-]+)|(?:^|\s)@([\p{L}\p{N}_-]+))(?=\s*$|\s+(?:that|which|due|for|in|on|from|and)\b)/iu;
/** Names that only say "the list" (the whole list of tasks), or aren't lists at all. */
const NOT_A_LIST = /^(?:my|the|our|your|this|that|a|total|general|progress|order|detail|full|all|particular|advance|time|case|mind|here|there|it|them|to-?do|to do|todos?|tasks?|whole|entire|full|main|task|trash|bin|plate|agenda|calendar|week|weekend|day|morning|afternoon|evening|future|past|list)$/i;

export interface Place {
  list?: string;
  label?: string;
  /** "in Work", "labelled home". */
  words: string;
  /** The question without the list and label words. */
  rest: string;
}

/** The list and the label a question about tasks names, or null. */
export function placeOf(text: string): Place | null {
  let rest = text.replace(/[?.!\s]+$/, "");
  let list: string | undefined;
  let label: string | undefined;
  const labelled = rest.match(LABELLED);
  if (labelled) {
    label = labelled[1] ?? labelled[2] ?? labelled[3];
    rest = (rest.slice(0, labelled.index) + rest.slice(labelled.index! + labelled[0].length)).trim();
  }
  const lastWord = ASKING.test(rest) ? rest.match(IN_LAST_WORD) : null;
  const named = rest.match(THE_LIST) ?? rest.match(IN_LIST) ?? rest.match(IN_WORD) ?? (lastWord && !mayBeDate(lastWord[1]!) ? lastWord : null);
  const name = named && (named[1] ?? named[2])?.trim();
  if (named && name && !NOT_A_LIST.test(name)) {
    list = name;
    rest = named[0] === rest ? "" : (rest.slice(0, named.index) + rest.slice(named.index! + named[0].length)).trim();
  }
  if (!list && !label) return null;
  const words = [label && `labelled ${label}`, list && `in ${list}`].filter(Boolean).join(" ");
  return { ...(list && { list }), ...(label && { label }), words, rest };
}
