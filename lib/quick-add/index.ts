/**
 * Quick add: typed text → title, due and priority, in the user's zone. Pure and framework-free;
 * runs in the browser (live highlighting) and on the server (API `due_string`, assistant tools).
 *
 * Defaults and rules (tests in quick-add.table.test.ts):
 * - Times of day: morning 09:00, afternoon 15:00, evening 18:00, tonight / night 20:00, noon
 *   12:00, midnight 00:00. A bare hour 1–6 with no am/pm is afternoon ("at 3" → 15:00); "at 9" → 09:00.
 * - A time with no date is today while still ahead on the user's clock, else tomorrow;
 *   "tonight" and "this morning/afternoon/evening" are always today.
 * - Weekdays look forward: "fri" / "on friday" / "this friday" is the next Friday after today
 *   (said on a Friday: a week later); "next friday" is the Friday of next week (Monday-based).
 *   "next week" is next Monday; "this weekend" the coming Saturday (today on Sat/Sun).
 * - Dates without a year ("Dec 3", "3/12", "the 15th") are the next one not in the past, today
 *   included. Numeric dates follow the locale (en-US 3/12 = March 12; en-GB 3 December).
 * - "in N days/weeks/months/years" clamps to the month's end (Jan 31 + 1 month → Feb 28);
 *   "in N hours/minutes" counts elapsed time. "next month" / "next year" is its first day,
 *   "end of month" the last day of this month. "2 weeks" alone is an amount, not a date.
 * - Where a date must stand to count (so "Read 1984" and "Call May" stay titles): anchor.ts.
 * - Priority: "p1"…"p4" or "!1"…"!4" anywhere as a word; "urgent", "high priority",
 *   "priority high", "low priority" … at the end, or at the start followed by ":" "-" "," "!".
 *   Several marks: the last one wins.
 * - Repeats start with "every" or "each" ("every weekday at 9am", "every! 3 days", "each month on
 *   the 15th"; lib/recurrence reads them): a bare "weekly" or "monthly" stays in the title, since
 *   "Read the weekly report" is a title far more often than a rule.
 * - "Remind me to …" at the start, with a due date or a repeat, asks for a reminder at the due time and leaves
 *   the title ("Remind me to call mom tomorrow at 6pm" → "Call mom", reminded at 18:00). With no
 *   date there is nothing to remind at, so the words stay.
 * - An unknown `timezone` throws RangeError: check profile zones with isValidTimeZone first.
 */
import { describeRecurrence } from "@/lib/recurrence/describe";
import { extractRecurrence } from "@/lib/recurrence/extract";
import { findDue } from "./dates";
import { findPriorityMarks, findPriorityPhrase } from "./priority";
import { findTags } from "./tags";
import { titleWithout } from "./title";
import type { QuickAdd, QuickAddContext, Span, Token } from "./types";

export type { Due, Priority, QuickAdd, QuickAddContext, QuickAddRepeat, Token } from "./types";
export { parseDueString } from "./due-string";
export { parsePriority } from "./priority";
export { dueLabel, describeDue, isOverdue } from "./format";
export { TIME_OF_DAY } from "./times";
export { findTags, tagBeingTyped, type FoundTag } from "./tags";
export { addDaysToDate, dueInstant, isValidDate, isValidTime, isValidTimeZone, todayIn } from "./zone";

export interface QuickAddOptions {
  /** Token texts (any case) the user turned back into plain text: they stay in the title, unparsed. */
  ignore?: string[];
  /**
   * Recognise `#list` and `@label` (the task form does; the assistant's own words don't), with the
   * names of the user's lists, so a list name with spaces matches whole.
   */
  tags?: { lists: string[] };
}

/** The text with the spans replaced by spaces: same length, so every index still points into the typed text. */
function blankOut(text: string, spans: Span[]): string {
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  return out;
}

/** Ignored phrases become underscores: still words (they keep a date from counting as "at the end"), never dates. */
function maskIgnored(text: string, ignore: string[]): string {
  let out = text;
  for (const phrase of ignore.map((p) => p.trim()).filter(Boolean)) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
    out = out.replace(new RegExp(`(?<!\\w)${escaped}(?!\\w)`, "gi"), (m) => m.replace(/\S/g, "_"));
  }
  return out;
}

/** A repeat in the text, only when it starts with "every" or "each" (see the rules above). */
function findRepeat(blank: string, ctx: QuickAddContext): (Span & { label: string }) | null {
  const found = extractRecurrence(blank, ctx);
  if (!found || !/^(every|each)\b/i.test(blank.slice(found.start))) return null;
  return { start: found.start, end: found.end, label: describeRecurrence(found.rule, found.anchor, found.time) };
}

const REMIND_ME = /^(\s*)(remind me(?:\s+(?:to|about))?)(?=\s)/i;

/** "Remind me to" at the very start of the text. */
function findRemindMe(text: string): Span | null {
  const match = REMIND_ME.exec(text);
  return match ? { start: match[1]!.length, end: match[0].length } : null;
}

export function parseQuickAdd(text: string, ctx: QuickAddContext, options: QuickAddOptions = {}): QuickAdd {
  const masked = maskIgnored(text, options.ignore ?? []);
  const tags = options.tags ? findTags(masked, options.tags.lists) : [];
  const untagged = blankOut(masked, tags);
  const marks = findPriorityMarks(untagged);
  let blank = blankOut(untagged, marks);
  const repeat = findRepeat(blank, ctx);
  if (repeat) blank = blankOut(blank, [repeat]);
  let phrase = findPriorityPhrase(blank);
  if (phrase) blank = blankOut(blank, [phrase]);
  const found = findDue(blank, ctx);
  // "Fix the server urgent tomorrow": the phrase ends the text once the date is out of it.
  phrase ??= findPriorityPhrase(blankOut(blank, found.spans));

  const prioritySpans = phrase ? [...marks, phrase] : marks;
  const remindMe = found.due || repeat ? findRemindMe(blank) : null;
  const token = (kind: Token["kind"]) => ({ start, end }: Span): Token => ({ kind, start, end, text: text.slice(start, end) });
  const tokens = [
    ...found.spans.map(token("due")),
    ...prioritySpans.map(token("priority")),
    ...(repeat ? [token("recurrence")(repeat)] : []),
    ...(remindMe ? [token("reminder")(remindMe)] : []),
    ...tags.map((t) => token(t.kind)(t)),
  ].sort((a, b) => a.start - b.start);
  const title = titleWithout(text, tokens);
  const labels = tags.filter((t) => t.kind === "label").map((t) => t.name);
  return {
    // What followed "remind me to" starts the title now: "Remind me to call mom" → "Call mom".
    title: remindMe ? title.charAt(0).toUpperCase() + title.slice(1) : title,
    due: found.due,
    priority: marks.at(-1)?.priority ?? phrase?.priority ?? null,
    recurrence: repeat && { words: text.slice(repeat.start, repeat.end), label: repeat.label },
    remind: remindMe !== null,
    tokens,
    ...(options.tags && {
      list: tags.filter((t) => t.kind === "list").at(-1)?.name ?? null,
      labels: labels.filter((name, i) => labels.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === i),
    }),
  };
}
