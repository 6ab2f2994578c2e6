import { dueLabel, parseDueString, parsePriority, parseQuickAdd, todayIn, type Priority } from "@/lib/quick-add";
import { extractRecurrence, startSeries } from "@/lib/recurrence";
import type { AddIntent } from "./intent-types";
import type { PlanContext } from "./steps";
import { cleanTitle } from "./titles";

/**
 * Dates and priorities in the user's words, read by the one natural-language parser every surface
 * uses (lib/quick-add) and by lib/recurrence for "every monday". Nothing here parses a date
 * itself: it decides which few phrases are worth handing to those parsers (a cheap look for a
 * date-like word first), and turns what they found into intents. Due words are passed on to the
 * tools as said, so the tool reads them in the user's zone exactly as quick add would.
 */

/**
 * Words the date parser could read as a date or a time: without one, it is not run at all. A
 * number counts only the way a date or time is written with one ("3pm", "18:00", "3/12", "the
 * 15th", "at 3"): "thing 1" and "Read 1984" are titles, and cost nothing.
 */
const DATE_CUE =
  /\d\s*(?:am|pm|a\.m|p\.m|h|st|nd|rd|th)\b|\d[:/.-]\d|(?:\b(?:at|by|on|before|until|till)|@)\s*\d|\b(?:to(?:day|night|morrow)|tmrw?|tmr|yesterday|noon|midday|midnight|morning|afternoon|evening|night|weekend|(?:minute|min|hour|hr|day|week|wk|month|year)s?|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** Priority marks and words quick add reads ("p1", "urgent", "high priority"). */
const PRIORITY_CUE = /\b(?:p[1-4]|urgent|highest|top|high|medium|normal|lowest|low|priority)\b|![1-4]/i;
/** Words that take the date away ("no date", "someday"). */
const CLEAR = /^(?:none|no date|no due date|no due|no deadline|without a date|someday|clear|remove)$/i;
/** Words recurrence is said with; only then is lib/recurrence asked. */
export const RECURRENCE_CUE = /\b(?:every|each|daily|weekly|monthly|yearly|annually|fortnightly|biweekly|weekdays|weekends|repeat|repeating|recurring|recur)\b/i;

export const mayBeDate = (text: string) => DATE_CUE.test(text);

/** Today's date in the turn's zone, worked out once per turn context (Temporal's zone arithmetic isn't free). */
const todays = new WeakMap<PlanContext, string>();
export function todayOf(ctx: PlanContext): string {
  let today = todays.get(ctx);
  if (today === undefined) todays.set(ctx, (today = todayIn(ctx.timezone, ctx.now)));
  return today;
}

/** Priorities in words, as replies name them: "#2 “Gym” is now urgent (P1)." */
export const PRIORITY_NAME: Record<Priority, string> = { 1: "urgent (P1)", 2: "high priority (P2)", 3: "medium priority (P3)", 4: "low priority (P4)" };
export const priorityName = (priority: number) => PRIORITY_NAME[priority as Priority] ?? `priority ${priority}`;

/** An instant as the user reads it in the turn's zone: "at 16:00" today, else "tomorrow 09:00", "Fri 09:00". */
export function instantLabel(iso: string, ctx: PlanContext): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: ctx.timezone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
  const date = todayIn(ctx.timezone, instant);
  if (date === todayOf(ctx)) return `at ${time}`;
  const label = dueLabel({ date, time }, ctx);
  return /^(?:Today|Tomorrow|Yesterday)\b/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : `on ${label}`;
}

/** How due words read as a chip label ("Tomorrow 18:00"), for offers made before any tool has read them. */
export function labelOf(words: string, ctx: PlanContext): string | null {
  const due = parseDueString(words, ctx);
  return due && due !== "clear" ? dueLabel(due, ctx) : null;
}

/** The start and end of a date phrase that only joins it to the rest: "on", "by", "to", trailing commas. */
const EDGES = /^[\s,;:.!?-]+|[\s,;:.!?-]+$/g;
const LEADING_CONNECTOR = /^(?:on|for|by|to|until|till|til)\s+(?=\S)/i;

/**
 * A phrase that is only a date ("next friday", "the 15th", "tomorrow 3pm"), as the due words to
 * send: "none" for words that clear the date, null for anything else (or a date with other words).
 */
export function dueWordsOf(phrase: string, ctx: PlanContext): string | null {
  const words = phrase.replace(EDGES, "").replace(LEADING_CONNECTOR, "").replace(/\s+/g, " ");
  if (CLEAR.test(words)) return "none";
  if (!DATE_CUE.test(words) || RECURRENCE_CUE.test(words)) return null;
  const due = parseDueString(words, ctx);
  return due === null ? null : due === "clear" ? "none" : words;
}

/** The date a phrase names, for list filters ("friday" → 2026-03-13); null when it isn't only a date. */
export function dayOf(phrase: string, ctx: PlanContext): string | null {
  const words = phrase.replace(EDGES, "").replace(LEADING_CONNECTOR, "");
  if (!DATE_CUE.test(words)) return null;
  const due = parseDueString(words, ctx);
  return due && due !== "clear" ? due.date : null;
}

const PRIORITY_EXTRA: Record<string, Priority> = {
  important: 2, "very important": 1, "really important": 1, "super urgent": 1, "very urgent": 1, "a priority": 2, "a top priority": 1,
  "not urgent": 4, "no priority": 4, "not important": 4, "priority one": 1, "priority two": 2, "priority three": 3, "priority four": 4,
};

/** A whole phrase naming a priority ("urgent", "p1", "high priority", "important"), or null. */
export function priorityOf(phrase: string): Priority | null {
  const words = phrase.trim().toLowerCase().replace(/\s+/g, " ").replace(/^(?:an?|the)\s+(?=\S+ priority$)/, "");
  return PRIORITY_EXTRA[words] ?? parsePriority(words.replace(/-/g, " "));
}

/**
 * "water the plants every sunday", "every monday: water the plants": the repeat words as said and
 * the title without them; null when there are none, or nothing would be left of the title.
 */
function repeatIn(said: string, ctx: PlanContext): { title: string; recurrence: string; timed: boolean } | null {
  if (!RECURRENCE_CUE.test(said)) return null;
  // "on the 1st of every month" is said the other way round from what the reader knows.
  const text = said.replace(MONTH_DAY_FIRST, "every month on the $1");
  const found = extractRecurrence(text, ctx);
  if (!found || !startSeries(found.rule, found.anchor, todayOf(ctx))) return null;
  const rest = `${text.slice(0, found.start)} ${text.slice(found.end)}`.replace(/\s+/g, " ").replace(/^[\s,:;.-]+|[\s,:;.-]+$/g, "").replace(/\s+(?:at|on|by)$/i, "");
  const title = cleanTitle(rest);
  return title ? { title, recurrence: text.slice(found.start, found.end), timed: found.time !== null } : null;
}

const MONTH_DAY_FIRST = /\b(?:on\s+)?the\s+(\d{1,2}(?:st|nd|rd|th)|last day)\s+of\s+(?:every|each|the)\s+month\b/i;

/** The task's due words say a time of day ("tomorrow at 6pm", "in 20 minutes"), not only a day. */
const isTimed = (due: string, ctx: PlanContext) => {
  const read = parseDueString(due, ctx);
  return read !== null && read !== "clear" && read.time !== null;
};

/**
 * A task to add, read like quick add: the repeat words, the date words and the priority marks come
 * out of the title and go to the tool as `recurrence`, `due` (the recognised words, joined) and
 * `priority`. A title with nothing left after that keeps the original words ("add tomorrow" is a
 * task called "Tomorrow").
 */
export function readAdd(text: string, ctx: PlanContext): AddIntent {
  const repeat = repeatIn(text, ctx);
  const add = readDates(repeat?.title ?? text, ctx);
  return repeat ? { ...add, recurrence: repeat.recurrence } : add;
}

function readDates(title: string, ctx: PlanContext): AddIntent {
  if (!DATE_CUE.test(title) && !PRIORITY_CUE.test(title)) return { kind: "add", title };
  const parsed = parseQuickAdd(title, ctx);
  const dates = parsed.tokens.filter((t) => t.kind === "due");
  // "remind me friday to send the invoice": the date came first, "to" only joined it.
  const rest = dates[0]?.start === 0 ? parsed.title.replace(/^(?:to|about|that)\s+/i, "") : parsed.title;
  const stripped = cleanTitle(rest);
  if (!stripped || (dates.length === 0 && parsed.priority === null)) return { kind: "add", title };
  const due = dates.map((t) => t.text.replace(EDGES, "")).join(" ");
  const add: AddIntent = { kind: "add", title: stripped };
  if (due) add.due = due;
  if (parsed.priority !== null) add.priority = parsed.priority;
  return add;
}

/** "remind me to … at 8pm": a task with a time of day (or a repeat with one) is reminded of at that time. */
export function withReminder(add: AddIntent, ctx: PlanContext): AddIntent {
  const { remind, ...rest } = add;
  if (!remind || rest.reminders) return rest;
  const timed = (rest.due !== undefined && isTimed(rest.due, ctx)) || (rest.recurrence !== undefined && repeatIn(`x ${rest.recurrence}`, ctx)?.timed === true);
  return timed ? { ...rest, reminders: [{ before_minutes: 0 }] } : { ...rest, unreminded: true };
}
